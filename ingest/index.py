"""Write parsed minutes into the Chroma index: idempotent and safe to interrupt.

For each file: parse → chunk → (if new or changed) delete the file's old nodes, embed,
write the agenda-item nodes, and write the meeting node LAST. The meeting node carries
the file's sha256 and `file_complete=True`, so:

* unchanged file (same path, same sha256, meeting node present) → nothing is written;
* changed file → its nodes are replaced (deterministic ids, old ones deleted first);
* a run killed midway leaves no meeting node for that file, so the next run redoes it;
* `prune` removes the nodes of files that were not given this time.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from llama_index.core.schema import TextNode
from tqdm import tqdm

from referat.config import Config
from referat.danish import os_reason
from referat.domain import ItemRef

from .chunk import ChunkSettings, meeting_key, meeting_to_nodes
from .embed import get_embedder
from .formats import read_meetings
from .read import SkipFile, list_files, read_bytes
from .store import as_store_error, drop_collection, open_collection


@dataclass
class FileResult:
    path: Path
    status: str  # added | updated | unchanged | skipped | duplicate
    reason: str = ""
    meeting: str = ""
    items: int = 0
    nodes: int = 0
    format: str = ""  # the source adapter that read it
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.status == "skipped"


@dataclass
class IngestReport:
    files: list[FileResult] = field(default_factory=list)
    embedded_chunks: int = 0
    embedded_tokens: int = 0
    embed_seconds: float = 0.0
    total_seconds: float = 0.0
    pruned_nodes: int = 0
    index_nodes: int = 0

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.failed]

    @property
    def written(self) -> list[FileResult]:
        return [f for f in self.files if f.status in ("added", "updated")]

    def summary(self) -> str:
        """A short Danish summary for the terminal."""
        done = [f for f in self.files if f.status in ("added", "updated", "unchanged")]
        lines = [
            f"Møder: {len(done)} ({len(self.written)} skrevet, "
            f"{sum(f.status == 'unchanged' for f in self.files)} uændrede)",
            f"Punkter: {sum(f.items for f in done)}   Noder i indekset: {self.index_nodes}",
        ]
        if self.embedded_chunks:
            rate = self.embedded_chunks / self.embed_seconds if self.embed_seconds else 0.0
            lines.append(
                f"Indlejret: {self.embedded_chunks} afsnit ({self.embedded_tokens} ord) på "
                f"{self.embed_seconds:.1f} s = {rate:.1f} afsnit/s; "
                f"i alt {self.total_seconds:.1f} s"
            )
        if self.pruned_nodes:
            lines.append(f"Fjernet: {self.pruned_nodes} noder fra filer, der ikke længere findes")
        for f in self.files:
            if f.status in ("skipped", "duplicate"):
                lines.append(f"Sprunget over: {shown_name(f.path)}: {f.reason}")
            else:
                lines.append(f"{shown_name(f.path)}: {f.format}, {f.meeting}, {f.items} "
                             f"punkt{'er' if f.items != 1 else ''}"
                             + "".join(f"\n  advarsel: {w}" for w in f.warnings))
        return "\n".join(lines)


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, and every file below any directory (`list_files`)."""
    return list_files(paths)[0]


def _unexpected(err: Exception) -> str:
    """A Danish reason for a failure no check foresaw; the file is skipped, the run goes on."""
    if isinstance(err, RecursionError):
        return "filen er for dybt indlejret til at kunne læses"
    if isinstance(err, MemoryError):
        return "filen kræver for meget hukommelse"
    if isinstance(err, OSError):
        return f"kan ikke læses ({os_reason(err)})"
    detail = str(err).strip().splitlines()[0][:120] if str(err).strip() else ""
    return f"uventet fejl ({err.__class__.__name__}{': ' + detail if detail else ''})"


def source_key(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # a symbolic-link loop: read_bytes names it
        return str(path.absolute())


def shown_name(path: Path) -> str:
    """A file name safe to print: control characters (terminal escapes) become "?"."""
    return "".join("?" if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in path.name)


def _complete_sources(collection) -> dict[str, dict]:
    """source_file → metadata of its meeting node, for files whose write completed."""
    got = collection.get(where={"file_complete": True}, include=["metadatas"])
    return {m["source_file"]: m for m in got["metadatas"] or []}


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
        drop_collection(cfg)
    collection = open_collection(cfg, create=True)
    store = ChromaVectorStore(chroma_collection=collection)
    settings = ChunkSettings(cfg.chunk_tokens, cfg.chunk_overlap)
    complete = _complete_sources(collection)
    held_by = {meeting_key_of(m): src for src, m in complete.items()}

    planned: list[tuple[FileResult, list[TextNode]]] = []
    given: set[str] = set()
    files, unreadable = list_files(paths)
    report.files.extend(FileResult(err.path, "skipped", err.reason) for err in unreadable)
    for path in files:
        try:
            key = source_key(path)
            given.add(key)
            raw = read_bytes(path)
            meeting, *more = read_meetings(path, municipality)  # known formats: one a file
        except SkipFile as err:
            report.files.append(FileResult(path, "skipped", err.reason))
            continue
        except Exception as err:  # one bad file never stops the run
            report.files.append(FileResult(path, "skipped", _unexpected(err)))
            continue
        sha = hashlib.sha256(raw).hexdigest()
        mkey = meeting_key(meeting)
        where = f"{meeting.municipality}, " if meeting.municipality else ""
        label = f"{meeting.date.isoformat()} {where}{meeting.committee} ({meeting.doc_type})"
        result = FileResult(path, "added", meeting=label, items=len(meeting.items),
                            format=meeting.source_format, warnings=list(meeting.warnings))
        if more:
            result.warnings.append(f"filen har {1 + len(more)} møder; kun det første er indlæst")
        previous = complete.get(key)
        if previous and previous.get("source_sha256") == sha:
            result.status = "unchanged"
            report.files.append(result)
            continue
        holder = held_by.get(mkey)
        if holder and holder != key:
            result.status = "duplicate"
            result.reason = f"samme møde ({label}) er allerede indlæst fra {Path(holder).name}"
            report.files.append(result)
            continue
        result.status = "updated" if previous else "added"
        try:
            nodes = meeting_to_nodes(meeting, sha, settings)
        except Exception as err:
            report.files.append(FileResult(path, "skipped", _unexpected(err)))
            continue
        held_by[mkey] = key
        result.nodes = len(nodes)
        planned.append((result, nodes))
        report.files.append(result)

    if planned:
        embedder = get_embedder(cfg.embed_model)
        total = sum(len(nodes) for _, nodes in planned)
        bar = tqdm(total=total, desc="Indlejrer", unit="afsnit", disable=not progress)
        for result, nodes in planned:
            key = source_key(result.path)
            try:
                # Stale and half-written nodes of this file go first.
                collection.delete(where={"source_file": key})
                batch = max(1, getattr(embedder, "embed_batch_size", 8))
                for i in range(0, len(nodes), batch):
                    chunk = nodes[i : i + batch]
                    texts = [n.get_content(metadata_mode="embed") for n in chunk]
                    t0 = time.perf_counter()
                    vectors = embedder.get_text_embedding_batch(texts)
                    report.embed_seconds += time.perf_counter() - t0
                    for node, vector in zip(chunk, vectors, strict=True):
                        node.embedding = vector
                    report.embedded_chunks += len(chunk)
                    report.embedded_tokens += sum(len(t.split()) for t in texts)
                    bar.update(len(chunk))
                store.add(nodes[:-1])
                store.add(nodes[-1:])  # the meeting node: marks the file complete
            except Exception as err:
                # A lost store ends the run (the file has no meeting node, so the next
                # run redoes it); anything else skips this file only.
                lost = as_store_error(cfg, err)
                if lost is not None:
                    raise lost from err
                result.status, result.reason = "skipped", _unexpected(err)
                with contextlib.suppress(Exception):
                    collection.delete(where={"source_file": key})
        bar.close()

    if prune:
        got = collection.get(include=["metadatas"])
        stale = [
            node_id
            for node_id, meta in zip(got["ids"], got["metadatas"], strict=True)
            if meta.get("source_file") not in given
        ]
        if stale:
            collection.delete(ids=stale)
        report.pruned_nodes = len(stale)

    report.index_nodes = collection.count()
    report.total_seconds = time.perf_counter() - started
    return report


def meeting_key_of(meta: dict) -> str:
    """`chunk.meeting_key` of the meeting a stored meeting node belongs to."""
    ref = ItemRef(meta.get("municipality", ""), meta["committee"],
                  date.fromisoformat(meta["meeting_date"]), meta.get("meeting_time", ""), 0)
    return f"{ref.key}|{meta['doc_type']}"
