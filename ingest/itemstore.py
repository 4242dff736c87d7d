"""The item store: whole meetings, agenda items (every section) and chunk texts, once,
in SQLite in the data dir (`referat.schema` names the tables).

Chroma holds embeddings and small filter metadata; this store holds what a reader
shows (`referat show`, the sources panel, the composers' quotes) and what the lexical
index is built from. A meeting's row is written in one transaction after its chunks are
in Chroma, so a meeting listed here is completely indexed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from llama_index.core.schema import TextNode

from referat import schema as k
from referat.config import Config
from referat.domain import Meeting

from .store import StoreError

_KEYS_PER_QUERY = 500  # under SQLite's limit of variables in one statement


def chunk_rows(nodes: list[TextNode]) -> list[tuple[str, str, str]]:
    """(node id, text, metadata as JSON) of each node: how the store keeps a chunk, and
    how a meeting read again is compared with what is stored."""
    return [(n.node_id, n.get_content(), json.dumps(n.metadata, ensure_ascii=False))
            for n in nodes]


class SchemaMismatch(StoreError):
    pass


REBUILD_HINT = "byg indekset igen med `referat ingest --rebuild …`"


def _open_error(path: Path, err: sqlite3.Error) -> StoreError:
    """One Danish line for an item store SQLite cannot open: a read-only data dir (WAL
    needs to write beside the file) or a damaged file."""
    if not os.access(path.parent, os.W_OK) or "readonly" in str(err):
        return StoreError(f"Datamappen {path.parent} (REFERAT_DATA_DIR) er skrivebeskyttet; "
                          "indekset kan ikke åbnes.")
    return StoreError(f"Indekset i {path} er beskadiget eller kan ikke åbnes ({err}); "
                      f"{REBUILD_HINT}.")


class ItemStore:
    """One SQLite file; safe to share between threads (one statement at a time)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(k.ITEM_STORE_SQL)
        except sqlite3.Error as err:
            raise _open_error(path, err) from err
        with self._lock:
            found = self._meta("schema_version")
            if found is None:
                self._db.execute("INSERT INTO meta VALUES ('schema_version', ?)",
                                 (str(k.SCHEMA_VERSION),))
            elif int(found) != k.SCHEMA_VERSION:
                raise SchemaMismatch(
                    f"Indekset i {path.parent} har skemaversion {found}, men denne version af "
                    f"Referat bruger {k.SCHEMA_VERSION}; {REBUILD_HINT}.")

    @classmethod
    def for_config(cls, cfg: Config) -> ItemStore:
        return cls(cfg.data_dir / k.ITEM_STORE_FILE)

    @staticmethod
    def exists(cfg: Config) -> bool:
        return (cfg.data_dir / k.ITEM_STORE_FILE).exists()

    def close(self) -> None:
        self._db.close()

    def _meta(self, name: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def _rows(self, sql: str, args: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cur = self._db.execute(sql, tuple(args))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    # -- writing ------------------------------------------------------------------------

    def put_meeting(self, key: str, meeting: Meeting, sha256: str,
                    nodes: list[TextNode], stamp: str = "", keep_chunks: bool = False
                    ) -> None:
        """Replace everything stored for meeting `key` in one transaction, with the
        `stamp` of the reading that made it (`ingest.parser_stamp`). `keep_chunks`: the
        meeting was read again and its chunks came out the same, so their rows (which
        the lexical index points at) stay."""
        with self._lock:
            db = self._db
            db.execute("BEGIN")
            try:
                self._delete(key, keep_chunks)
                db.execute("INSERT INTO parsed VALUES (?,?)", (key, stamp))
                db.execute(
                    "INSERT INTO meetings VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (key, meeting.municipality, meeting.committee, meeting.date.isoformat(),
                     meeting.start_time or "", meeting.doc_type, meeting.place or "",
                     meeting.source, meeting.source_url or "", sha256))
                if meeting.occasion:
                    db.execute("INSERT INTO occasions VALUES (?,?)", (key, meeting.occasion))
                db.executemany(
                    "INSERT INTO participants VALUES (?,?,?,?,?)",
                    [(key, i, p.name, p.status, p.role)
                     for i, p in enumerate(meeting.participants)])
                db.executemany(
                    "INSERT OR REPLACE INTO items VALUES (?,?,?,?,?,?,?)",
                    [(key, it.number, meeting.date.isoformat(), it.title, int(it.closed),
                      it.journal_number, it.label) for it in meeting.items])
                db.executemany(
                    "INSERT OR REPLACE INTO sections VALUES (?,?,?,?,?)",
                    [(key, it.number, i, s.name, s.text)
                     for it in meeting.items for i, s in enumerate(it.sections)])
                db.executemany(
                    "INSERT OR REPLACE INTO history VALUES (?,?,?,?,?,?,?)",
                    [(key, it.number, i, t.committee, t.date.isoformat() if t.date else None,
                      t.punkt, t.text)
                     for it in meeting.items for i, t in enumerate(it.history)])
                if not keep_chunks:
                    db.executemany(
                        "INSERT INTO chunks (node_id, meeting_key, text, metadata) "
                        "VALUES (?,?,?,?)",
                        [(node, key, text, meta) for node, text, meta in chunk_rows(nodes)])
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _delete(self, key: str, keep_chunks: bool = False) -> None:
        for table in ("meetings", "participants", "items", "sections", "history", "parsed",
                      "occasions", *(() if keep_chunks else ("chunks",))):
            self._db.execute(f"DELETE FROM {table} WHERE meeting_key = ?", (key,))

    def delete_meeting(self, key: str) -> None:
        with self._lock:
            self._db.execute("BEGIN")
            self._delete(key)
            self._db.execute("COMMIT")

    def set_source(self, key: str, source: str) -> None:
        """Where the meeting's file is now (a moved folder): no index change."""
        with self._lock:
            self._db.execute("UPDATE meetings SET source = ? WHERE meeting_key = ? "
                             "AND source != ?", (source, key, source))

    # -- reading ------------------------------------------------------------------------

    def parse_stamps(self) -> dict[str, str]:
        """meeting key → the stamp of the reading that made it (none for a meeting
        written before stamps were kept)."""
        return {r[k.MEETING_KEY]: r["stamp"]
                for r in self._rows("SELECT meeting_key, stamp FROM parsed")}

    def stored_chunks(self, key: str) -> list[tuple[str, str, str]]:
        """The meeting's chunks as `chunk_rows` gives them, in the order written."""
        return [(r["node_id"], r["text"], r["metadata"]) for r in self._rows(
            "SELECT node_id, text, metadata FROM chunks WHERE meeting_key = ? ORDER BY id",
            (key,))]

    def meeting_hashes(self) -> dict[str, str]:
        """meeting key → sha256 of the file it was read from."""
        return {r[k.MEETING_KEY]: r["sha256"]
                for r in self._rows("SELECT meeting_key, sha256 FROM meetings")}

    def participant_names(self) -> list[str]:
        """Every entry of the meetings' participant lists, once ("Sandra Marsenic (A)")."""
        return [r["name"] for r in self._rows("SELECT DISTINCT name FROM participants")]

    def meetings(self, details: bool = True, key: str | None = None) -> list[dict[str, Any]]:
        """Meeting rows (all, or the one with `key`); with `details`, each has its
        `participants` (name, status, role) and `agenda` (punkt, title, closed) lists
        and its items' printed `labels` (punkt → label, where there is one).
        Without them a large archive's meetings load in a fraction of the time (the
        agenda lists are every item's title: 0.6 s at 80,000 items)."""
        where, args = ("WHERE meeting_key = ?", (key,)) if key is not None else ("", ())
        # (each with its `occasion`, "" for an ordinary meeting)
        rows = self._rows("SELECT m.*, COALESCE(o.occasion, '') AS occasion FROM meetings m "
                          "LEFT JOIN occasions o USING (meeting_key) "
                          + where.replace("WHERE ", "WHERE m."), args)
        if not details:
            return rows
        people: dict[str, list[tuple[str, str, str]]] = {}
        for r in self._rows("SELECT meeting_key, name, status, role FROM participants "
                            f"{where} ORDER BY meeting_key, ord", args):
            people.setdefault(r[k.MEETING_KEY], []).append((r["name"], r["status"], r["role"]))
        agenda: dict[str, list[tuple[int, str, bool]]] = {}
        labels: dict[str, dict[int, str]] = {}
        for r in self._rows("SELECT meeting_key, punkt, title, closed, label FROM items "
                            f"{where} ORDER BY meeting_key, punkt", args):
            agenda.setdefault(r[k.MEETING_KEY], []).append(
                (r["punkt"], r["title"], bool(r["closed"])))
            if r["label"]:
                labels.setdefault(r[k.MEETING_KEY], {})[r["punkt"]] = r["label"]
        for r in rows:
            r["participants"] = people.get(r[k.MEETING_KEY], [])
            r["agenda"] = agenda.get(r[k.MEETING_KEY], [])
            r["labels"] = labels.get(r[k.MEETING_KEY], {})
        return rows

    def punkts_labelled(self, label: str, keys: list[str]) -> set[int]:
        """The item numbers printed as `label` ("5a", "2.1") in the meetings `keys`."""
        out: set[int] = set()
        for start in range(0, len(keys), _KEYS_PER_QUERY):
            part = keys[start:start + _KEYS_PER_QUERY]
            marks = ",".join("?" * len(part))
            out |= {r["punkt"] for r in self._rows(
                f"SELECT punkt FROM items WHERE lower(label) = ? AND meeting_key IN ({marks})",
                (label.lower(), *part))}
        return out

    def items_with_text(self, pattern: str, limit: int) -> list[dict[str, Any]]:
        """Items (as `items`) with a section whose text matches the SQL `LIKE` pattern,
        at most `limit` + 1 (so that a caller sees when there are more)."""
        keys = self._rows("SELECT DISTINCT meeting_key, punkt FROM sections WHERE text LIKE ? "
                          "LIMIT ?", (pattern, limit + 1))
        return [r for key in keys for r in self.items(
            "i.meeting_key = ? AND i.punkt = ?", (key[k.MEETING_KEY], key["punkt"]))]

    def items(self, where: str, args: Iterable[Any]) -> list[dict[str, Any]]:
        """Item rows (with their meeting's fields and `sections`) matching `where`."""
        rows = self._rows(
            "SELECT i.meeting_key, i.punkt, i.title, i.closed, i.journal_number, i.label, "
            "m.municipality, m.committee, m.date, m.time, m.doc_type "
            f"FROM items i JOIN meetings m USING (meeting_key) WHERE {where}", args)
        for r in rows:
            r["sections"] = [(s["name"], s["text"]) for s in self._rows(
                "SELECT name, text FROM sections WHERE meeting_key = ? AND punkt = ? "
                "ORDER BY ord", (r[k.MEETING_KEY], r["punkt"]))]
        return rows

    def history(self, meeting_key: str, punkt: int) -> list[dict[str, Any]]:
        """The treatments item `punkt` of a meeting names in its case history, in order."""
        return self._rows("SELECT committee, date, ref_punkt, text FROM history "
                          "WHERE meeting_key = ? AND punkt = ? ORDER BY ord", (meeting_key, punkt))

    def treated_between(self, first: date, last: date, committees: list[str] | None = None,
                        municipalities: list[str] | None = None) -> bool:
        """Does any item's case history name a treatment (by one of `committees`, when
        given) in these days — a meeting not in the archive itself ("Udsættes" on
        16-01-2024)? Only the histories of `municipalities`' minutes, when given."""
        return bool(self.treatments_between(first, last, committees, municipalities, 1))

    def treatments_between(self, first: date, last: date, committees: list[str] | None = None,
                           municipalities: list[str] | None = None,
                           limit: int = 200) -> list[str]:
        """The texts (the item's title and the treatment's own text) of the case-history
        treatments in these days, as `treated_between` finds them."""
        only = f" AND h.committee IN ({','.join('?' * len(committees))})" if committees else ""
        if municipalities:
            only += f" AND m.municipality IN ({','.join('?' * len(municipalities))})"
        rows = self._rows(
            "SELECT i.title || ' ' || h.text AS text FROM history h "
            "JOIN meetings m ON m.meeting_key = h.meeting_key "
            "JOIN items i ON i.meeting_key = h.meeting_key AND i.punkt = h.punkt "
            f"WHERE h.date BETWEEN ? AND ?{only} LIMIT ?",
            (first.isoformat(), last.isoformat(), *(committees or []), *(municipalities or []),
             limit))
        return [r["text"] for r in rows]

    def treated_items(self, first: date, last: date, municipalities: list[str] | None = None
                      ) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
        """The item rows whose case history names a treatment in these days, each with
        those treatments: what later minutes tell of a meeting not in the archive."""
        only = (f" AND m.municipality IN ({','.join('?' * len(municipalities))})"
                if municipalities else "")
        span = (first.isoformat(), last.isoformat())
        rows = self.items("EXISTS (SELECT 1 FROM history h WHERE h.meeting_key = i.meeting_key "
                          f"AND h.punkt = i.punkt AND h.date BETWEEN ? AND ?){only} "
                          "ORDER BY m.date, i.punkt", (*span, *(municipalities or [])))
        return [(r, [h for h in self.history(r[k.MEETING_KEY], r["punkt"])
                     if h["date"] and span[0] <= h["date"] <= span[1]]) for r in rows]

    def mentions(self, name: str, municipalities: list[str]) -> bool:
        """Does any item text of `municipalities`' minutes name `name` ("Økonomiudvalg",
        capitalised or not)? A body the minutes speak of is no other municipality's."""
        forms = {name, name[:1].lower() + name[1:], name[:1].upper() + name[1:]}
        where = " OR ".join("instr(s.text, ?) > 0" for _ in forms)
        return bool(self._rows(
            "SELECT 1 FROM sections s JOIN meetings m ON m.meeting_key = s.meeting_key "
            f"WHERE m.municipality IN ({','.join('?' * len(municipalities))}) AND ({where}) "
            "LIMIT 1", (*municipalities, *forms)))

    def count_chunks(self) -> int:
        return self._rows("SELECT count(*) AS n FROM chunks")[0]["n"]

    def iter_chunks(self, page: int = 5000
                    ) -> Iterator[tuple[int, str, str, dict[str, Any]]]:
        """(row id, node id, text, metadata) of every chunk, in row-id order, a page at
        a time."""
        last = -1
        while True:
            rows = self._rows("SELECT id, node_id, text, metadata FROM chunks WHERE id > ? "
                              "ORDER BY id LIMIT ?", (last, page))
            if not rows:
                return
            for r in rows:
                yield r["id"], r["node_id"], r["text"], json.loads(r["metadata"])
            last = rows[-1]["id"]

    def chunks(self, row_ids: list[int]) -> dict[int, tuple[str, str, dict[str, Any]]]:
        """row id → (node id, text, metadata)."""
        if not row_ids:
            return {}
        marks = ",".join("?" * len(row_ids))
        rows = self._rows(f"SELECT id, node_id, text, metadata FROM chunks WHERE id IN ({marks})",
                          row_ids)
        return {r["id"]: (r["node_id"], r["text"], json.loads(r["metadata"])) for r in rows}

    def node_ids(self, row_ids: list[int], batch: int = 900) -> list[str]:
        """The node ids of these chunk rows (read a few hundred at a time)."""
        out: list[str] = []
        for i in range(0, len(row_ids), batch):
            part = row_ids[i : i + batch]
            marks = ",".join("?" * len(part))
            out.extend(r["node_id"] for r in self._rows(
                f"SELECT node_id FROM chunks WHERE id IN ({marks})", part))
        return out


# -- generations: which lexical index is current ------------------------------------------

def read_generation(data_dir: Path) -> tuple[int, str]:
    """(generation number, lexical sub-directory); (0, "") before the first ingest."""
    try:
        number, name = (data_dir / k.GENERATION_FILE).read_text("utf-8").split()
        return int(number), name
    except (FileNotFoundError, ValueError):
        return 0, ""


def write_generation(data_dir: Path, number: int, name: str) -> None:
    """Publish a finished ingest: one atomic rename, so readers see old or new, never half."""
    tmp = data_dir / f".{k.GENERATION_FILE}.tmp"
    tmp.write_text(f"{number} {name}\n", "utf-8")
    os.replace(tmp, data_dir / k.GENERATION_FILE)
