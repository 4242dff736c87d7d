"""The storage schema, in one place: every Chroma metadata key, the item store's tables
and the files of the data dir. Writers (`ingest.chunk`, `ingest.index`,
`ingest.itemstore`, `ingest.lexical`) and readers (`rag.catalog`, `rag.retrieve`) name
keys only through this module.

Chunk metadata holds keys and filter fields only; whole items and meetings (all
sections, participants, agenda) are stored once, in the SQLite item store.

>>> sorted(CHUNK_KEYS) == sorted(set(CHUNK_KEYS))
True
"""

from __future__ import annotations

# Bump when the layout below changes: an older index must be rebuilt
# (`referat ingest --rebuild …`), never read with the wrong keys.
# 4: the lexical index stems with `referat.stemming.DanishStemmer`
SCHEMA_VERSION = 5  # 5: an item's printed label ("5a"): `items.label`, chunk metadata LABEL

# -- Chroma chunk metadata ------------------------------------------------------------
KIND = "kind"  # "item" or "meeting"
KIND_ITEM, KIND_MEETING = "item", "meeting"
MUNICIPALITY = "municipality"
COMMITTEE = "committee"
MEETING_DATE = "meeting_date"  # ISO date
MEETING_DATE_INT = "meeting_date_int"  # 20230207: for range filters
MEETING_TIME = "meeting_time"  # "08:00" or ""
DOC_TYPE = "doc_type"  # "referat" or "dagsorden"
MEETING_KEY = "meeting_key"  # the meeting document's identity (`ingest.chunk.meeting_key`);
# also the item store's column of that name
PUNKT = "punkt"  # 0 for the meeting node
TITLE = "title"
LABEL = "label"  # the item's printed mark when it is not its Punkt number ("5a"), or ""
SECTION = "section"
PART = "part"
CLOSED = "closed"
SOURCE_SHA256 = "source_sha256"  # content hash of the file the chunk came from
FILE_COMPLETE = "file_complete"  # only on the meeting node, written last
# The meeting's occasion ("ekstraordinært", `referat.occasions`): only on the meeting
# node of a meeting that has one, so an ordinary meeting's chunks read as before
OCCASION = "occasion"

CHUNK_KEYS = (KIND, MUNICIPALITY, COMMITTEE, MEETING_DATE, MEETING_DATE_INT, MEETING_TIME,
              DOC_TYPE, MEETING_KEY, PUNKT, TITLE, LABEL, SECTION, PART, CLOSED,
              SOURCE_SHA256)
# Fields a query may filter on; the lexical index keeps them as columns.
FILTER_KEYS = (MEETING_DATE_INT, COMMITTEE, MUNICIPALITY, PUNKT)

# -- Chroma collection configuration ----------------------------------------------------
# Chroma keeps the last < 1,000 writes (`sync_threshold`) in its log and each reading
# process inserts them into its own copy of the HNSW graph with several threads, so two
# processes can build different graphs. With the default ef_search (100) that changed the
# dense top-40 of 9 of 225 eval questions between two runs of the same index, and once the
# answer. ef_search 500 makes that rare and costs a few ms per query at 300,000 chunks;
# below `rag.dense.EXACT_BELOW` chunks the dense search is exact anyway.
HNSW_SPACE = "cosine"
HNSW_EF_SEARCH = 500

# -- Files in the data dir ------------------------------------------------------------
ITEM_STORE_FILE = "items.sqlite"
LEXICAL_DIR = "lexical"  # one sub-directory per generation
GENERATION_FILE = "generation"  # "<n> <lexical sub-directory>", replaced atomically

# -- The item store (SQLite) ----------------------------------------------------------
ITEM_STORE_SQL = """
CREATE TABLE IF NOT EXISTS meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- One row per meeting document (minutes or agenda), written after its chunks.
CREATE TABLE IF NOT EXISTS meetings (
    meeting_key TEXT PRIMARY KEY,
    municipality TEXT NOT NULL,
    committee TEXT NOT NULL,
    date TEXT NOT NULL,
    time TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    place TEXT NOT NULL,
    source TEXT NOT NULL,
    source_url TEXT NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS meetings_sha ON meetings (sha256);
CREATE TABLE IF NOT EXISTS participants (
    meeting_key TEXT NOT NULL,
    ord INTEGER NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (meeting_key, ord)
);
CREATE TABLE IF NOT EXISTS items (
    meeting_key TEXT NOT NULL,
    punkt INTEGER NOT NULL,
    date TEXT NOT NULL,
    title TEXT NOT NULL,
    closed INTEGER NOT NULL,
    journal_number TEXT,
    label TEXT NOT NULL,
    PRIMARY KEY (meeting_key, punkt)
);
CREATE INDEX IF NOT EXISTS items_date ON items (date, punkt);
CREATE TABLE IF NOT EXISTS sections (
    meeting_key TEXT NOT NULL,
    punkt INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (meeting_key, punkt, ord)
);
-- Earlier/later treatments an item's "Sagens forløb" names (`referat sag`).
CREATE TABLE IF NOT EXISTS history (
    meeting_key TEXT NOT NULL,
    punkt INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    committee TEXT NOT NULL,
    date TEXT,
    ref_punkt INTEGER,
    text TEXT NOT NULL,
    PRIMARY KEY (meeting_key, punkt, ord)
);
CREATE INDEX IF NOT EXISTS items_case ON items (journal_number);
-- Chunk texts and their metadata (as written to Chroma), for the lexical index.
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY,
    node_id TEXT NOT NULL UNIQUE,
    meeting_key TEXT NOT NULL,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_meeting ON chunks (meeting_key);
-- A meeting's occasion ("ekstraordinært", "temamøde", …), one row per meeting that has
-- one. Added without a schema version bump: an older store gets the empty table (every
-- meeting ordinary) and the next ingest, reading its files again (a new parser stamp),
-- fills it in.
CREATE TABLE IF NOT EXISTS occasions (
    meeting_key TEXT PRIMARY KEY,
    occasion TEXT NOT NULL
);
-- Which reading of its file a meeting holds (`ingest.parser_stamp`): a meeting without a
-- row, or with another stamp, is read again by the next ingest. Added without a schema
-- version bump: an older store gets the empty table, so its meetings are re-read once.
CREATE TABLE IF NOT EXISTS parsed (
    meeting_key TEXT PRIMARY KEY,
    stamp TEXT NOT NULL
);
"""
