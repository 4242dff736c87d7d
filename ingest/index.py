"""Write parsed minutes into the index: idempotent, safe to interrupt, and cheap to
run again.

A file's identity is its content (sha256) and the meeting it holds (`chunk.
meeting_key`: municipality, committee, date, time, document type), never its path:

* a file whose sha256 is already indexed is unchanged → nothing is read or written
  (a moved or renamed folder re-ingests as "unchanged");
* a file holding several meetings (a day's committee and council meetings) stores each,
  with its own key; they share the file's sha256;
* a new version of an indexed meeting replaces that meeting's chunks;
* another rendering of a meeting (its committee in other letter case, no start time:
  `meeting_identity`) is the same meeting: a duplicate of one this run has read, else a
  new version of the stored one, so the meeting is stored once;
* the files that give one sitting (its agenda and its minutes, an index page and a page
  per item) are combined into one meeting (`plan.plan_sitting`, `sittings.combine`): the
  minutes win, item pages are merged, a copy is a duplicate;
* for each file: delete the meeting's old chunks, embed, write the chunks in batches
  under Chroma's max batch size (meeting node last), then the item store row, in one
  transaction. A run killed midway leaves no item-store row, so the next run redoes it;
* a known file whose meetings were read by other code (`parser_stamp`) is read again:
  a meeting whose chunks come out the same keeps its embeddings, one whose chunks
  changed is written like a new version, and a meeting the new reading no longer finds
  in the file is dropped once the file's new meetings are stored;
* `prune` drops the meetings that none of the given files holds any more;
* when anything changed, the lexical index is rebuilt and a new generation published,
  which running retrievers pick up before their next question.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from tqdm import tqdm

from referat import schema as k
from referat.config import Config
from referat.domain import Meeting

from . import lexical
from .chunk import ChunkSettings, meeting_key
from .embed import get_embedder
from .formats import read_meetings
from .itemstore import REBUILD_HINT, ItemStore, SchemaMismatch
from .meeting_identity import MeetingKeys
from .parser_stamp import parser_stamp
from .plan import Known, Plan, plan_sitting, source_key, unexpected
from .read import SkipFile, list_files, read_bytes
from .report import FileResult, IngestReport
from .sittings import SHA_JOIN, Reading, group_readings
from .store import (
    add_batched,
    as_store_error,
    chroma_client,
    delete_ids,
    drop_collection,
    max_batch,
    open_collection,
    page_ids,
)


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, and every file below any directory (`list_files`)."""
    return list_files(paths)[0]


def read_file_meetings(path: Path, cfg: Config, municipality: str | None = None
                       ) -> list[Meeting]:
    """The meetings of one file as ingest reads them (format sniffed by the source
    adapters). `--kommune` (`municipality`) overrides what the file says;
    REFERAT_MUNICIPALITY fills in a municipality the file does not name (or names only
    by a postal address)."""
    meetings = read_meetings(path, municipality)
    for meeting in meetings:
        if cfg.municipality and (not meeting.municipality or meeting.municipality_guessed):
            meeting.municipality = cfg.municipality
    return meetings


def drop_index(cfg: Config) -> None:
    """Remove the collection, the item store and the lexical index."""
    drop_collection(cfg)
    for name in (k.ITEM_STORE_FILE, k.ITEM_STORE_FILE + "-wal", k.ITEM_STORE_FILE + "-shm",
                 k.GENERATION_FILE):
        (cfg.data_dir / name).unlink(missing_ok=True)
    shutil.rmtree(cfg.data_dir / k.LEXICAL_DIR, ignore_errors=True)


def _plan(paths: Iterable[Path | str], cfg: Config, store: ItemStore, report: IngestReport,
          settings: ChunkSettings, municipality: str | None
          ) -> tuple[list[Plan], set[str], Known]:
    """What to write, and the meeting keys the given files hold. Every file is read on
    its own: a bad one becomes a named reason in the report, never the end of the run.
    A file may hold several meetings (a day's committee and council meetings): each is
    stored, with a result of its own, and known by the file's sha256 like the others."""
    hashes = store.meeting_hashes()
    by_sha: dict[str, list[str]] = {}
    for key, sha in hashes.items():
        for part in sha.split(SHA_JOIN):  # (a meeting combined from several files)
            by_sha.setdefault(part, []).append(key)
    rows = {m[k.MEETING_KEY]: m for m in store.meetings()} if by_sha else {}
    known = Known(store, settings, report, hashes, rows, parser_stamp(settings))
    stamps = store.parse_stamps() if by_sha else {}
    files, unreadable = list_files(paths)
    report.files.extend(FileResult(err.path, "skipped", err.reason) for err in unreadable)
    read: list[Reading] = []
    for path in files:
        meetings: list[Meeting] = []
        try:
            raw = read_bytes(path)
            sha = hashlib.sha256(raw).hexdigest()
            keys = sorted(by_sha.get(sha, []),  # the file's meetings in its order
                          key=lambda key: _part(rows.get(key, {}).get("source", "")))
            if any(stamps.get(key) != known.stamp for key in keys):
                known.replaced[path], keys = keys, []  # read by other code: read again
            if not keys:
                meetings = read_file_meetings(path, cfg, municipality)
                keys = [meeting_key(m) for m in meetings]
        except SkipFile as err:
            report.files.append(FileResult(path, "skipped", err.reason))
            continue
        except Exception as err:  # one bad file never stops the run
            report.files.append(FileResult(path, "skipped", unexpected(err)))
            continue
        by_sha[sha] = keys
        read.append(Reading(path, sha, keys, meetings or None))
    planned: list[Plan] = []
    for group in group_readings(read):
        planned.extend(plan_sitting(known, group, lambda p: read_file_meetings(
            p, cfg, municipality)))
    return planned, set(known.claimed) | _kept(report, rows), known


def _no_longer_found(known: Known) -> list[str]:
    """The meetings of files read again that the new reading did not find in them
    (another committee name or date read right now), and stored meetings that a meeting
    of this run holds under another spelling of its key (another rendering of it, stored
    apart by an older version or in an earlier run): dropped, but only when every meeting
    of the file was stored, so a failed write never loses the old reading."""
    failed = {f.path for f in known.report.files if f.failed}
    gone = {key for path, keys in known.replaced.items() if path not in failed
            for key in keys if key not in known.claimed}
    claimed = MeetingKeys()
    for key in known.claimed:
        claimed.add(key)
    for key in sorted(set(known.hashes) - set(known.claimed)):
        if (same := claimed.find(key)) is not None and known.claimed[same] not in failed:
            claimed.add(key, same)
            gone.add(key)
    gone |= {key for key, into in known.absorbed.items()  # (an agenda under its minutes)
             if key in known.hashes and key not in known.claimed
             and into in known.claimed and known.claimed[into] not in failed}
    return sorted(gone)


def _kept(report: IngestReport, rows: dict[str, dict]) -> set[str]:
    """The stored meetings of the files and folders that could not be read this time (a
    damaged new version, a folder without access): `prune` keeps them, and the file's
    reason says so."""
    skipped = {source_key(f.path): f for f in report.files if f.status == "skipped"}
    kept: set[str] = set()
    for key, row in rows.items():
        source = Path(row["source"].rpartition("#")[0] or row["source"])
        hit = next((skipped[str(p)] for p in (source, *source.parents) if str(p) in skipped),
                   None)
        if hit is not None:
            kept.add(key)
            if not hit.reason.endswith(_KEPT):
                hit.reason += _KEPT
    return kept


_KEPT = "; det tidligere indlæste beholdes"


def _part(source: str) -> int:
    """Which of its file's meetings a stored source is: "…/referat.pdf#1" is the second."""
    head, _, part = source.rpartition("#")
    return int(part) if head and part.isascii() and part.isdigit() else 0


def _embed(plans: list[Plan], cfg: Config, report: IngestReport,
           progress: bool) -> Iterator[Plan]:
    """Embed each plan's nodes; yield the plan when its vectors are set."""
    if all(p.keep for p in plans):
        yield from plans  # nothing to embed: the model is not even loaded
        return
    embedder = get_embedder(cfg.embed_model)
    total = sum(len(p.nodes) for p in plans if not p.keep)
    bar = tqdm(total=total, desc="Indlejrer", unit="afsnit", disable=not progress)
    size = max(1, getattr(embedder, "embed_batch_size", 8))
    for plan in plans:
        for i in range(0, 0 if plan.keep else len(plan.nodes), size):
            chunk = plan.nodes[i : i + size]
            texts = [n.get_content(metadata_mode="embed") for n in chunk]
            t0 = time.perf_counter()
            vectors = embedder.get_text_embedding_batch(texts)
            report.embed_seconds += time.perf_counter() - t0
            for node, vector in zip(chunk, vectors, strict=True):
                node.embedding = vector
            report.embedded_chunks += len(chunk)
            report.embedded_tokens += sum(len(t.split()) for t in texts)
            bar.update(len(chunk))
        yield plan
    bar.close()


def ingest_paths(
    paths: Iterable[Path | str],
    cfg: Config,
    prune: bool = False,
    rebuild: bool = False,
    progress: bool = True,
    municipality: str | None = None,
) -> IngestReport:
    """Ingest files and directories of minutes into the index configured by `cfg`."""
    from llama_index.vector_stores.chroma import ChromaVectorStore

    started = time.perf_counter()
    report = IngestReport()
    if rebuild:
        drop_index(cfg)
    client = chroma_client(cfg)
    collection = open_collection(cfg, create=True, client=client)
    new_store = not ItemStore.exists(cfg)
    store = ItemStore.for_config(cfg)
    if new_store and collection.count() > 0:
        raise SchemaMismatch(f"Indekset i {cfg.data_dir} er bygget af en ældre version af "
                             f"Referat; {REBUILD_HINT}.")
    vector_store = ChromaVectorStore(chroma_collection=collection)
    batch = max_batch(client)
    settings = ChunkSettings(cfg.chunk_tokens, cfg.chunk_overlap)
    planned, given, known = _plan(paths, cfg, store, report, settings, municipality)

    for plan in _embed(planned, cfg, report, progress) if planned else ():
        if plan.keep:
            store.put_meeting(plan.key, plan.meeting, plan.sha, plan.nodes, known.stamp,
                              keep_chunks=True)
            continue
        try:
            # Stale and half-written chunks of this meeting go first.
            delete_ids(collection, page_ids(collection, {k.MEETING_KEY: plan.key}), batch)
            add_batched(vector_store, plan.nodes[:-1], batch)
            add_batched(vector_store, plan.nodes[-1:], batch)  # the meeting node
            store.put_meeting(plan.key, plan.meeting, plan.sha, plan.nodes, known.stamp)
        except Exception as err:
            # A lost store ends the run (the meeting has no item-store row, so the next
            # run redoes it); anything else skips this file only.
            lost = as_store_error(cfg, err)
            if lost is not None:
                raise lost from err
            plan.result.status, plan.result.reason = "skipped", unexpected(err)
            with contextlib.suppress(Exception):
                delete_ids(collection, page_ids(collection, {k.MEETING_KEY: plan.key}), batch)

    def drop(key: str) -> int:
        ids = page_ids(collection, {k.MEETING_KEY: key})
        delete_ids(collection, ids, batch)
        store.delete_meeting(key)
        return len(ids)

    report.replaced_nodes = sum(drop(key) for key in _no_longer_found(known))
    if prune:
        report.pruned_nodes = sum(drop(key) for key in sorted(set(store.meeting_hashes())
                                                               - given))

    if (any(not p.keep for p in planned) or report.pruned_nodes or report.replaced_nodes
            or lexical.load(cfg.data_dir) is None):
        lexical.build(store, cfg.data_dir)
    report.index_nodes = collection.count()
    report.total_seconds = time.perf_counter() - started
    store.close()
    return report
