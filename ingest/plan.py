"""What ingest writes for each meeting of a run's files (`index._plan` reads them):
a result per meeting of each file, and a plan for each meeting to store.

A meeting given by several files (`sittings`) is stored once: the readings are
combined (`sittings.combine`), the file that adds to the meeting is reported as merged
into it, an agenda as replaced by its minutes, a copy as a duplicate; an agenda read
after its minutes were stored is not stored, and minutes read after their agenda drop
it once they are written (`_Known.absorbed`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from llama_index.core.schema import TextNode

from referat.danish import os_reason
from referat.domain import DAGSORDEN, REFERAT, Meeting

from .chunk import ChunkSettings, meeting_key, meeting_to_nodes
from .formats.statements import is_statement
from .itemstore import ItemStore, chunk_rows
from .meeting_identity import MeetingKeys
from .read import SkipFile
from .report import FileResult, IngestReport, shown_name
from .sittings import (
    BASE,
    MERGED,
    REPLACED,
    SHA_JOIN,
    Member,
    Reading,
    combine,
    printed,
    sitting,
)


def label(day: str, municipality: str, committee: str, doc_type: str) -> str:
    """How the summary names a meeting: `2025-03-18 Ballerup, EBU (referat)`."""
    where = f"{municipality}, " if municipality else ""
    return f"{day} {where}{committee} ({doc_type})"


def unexpected(err: Exception) -> str:
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


@dataclass
class Plan:
    result: FileResult
    key: str
    meeting: Meeting
    sha: str
    nodes: list[TextNode]
    keep: bool = False  # read again, chunks as stored: only the item store is rewritten


@dataclass
class Known:
    """What the index holds and what this run has claimed so far."""

    store: ItemStore
    settings: ChunkSettings
    report: IngestReport
    hashes: dict[str, str]  # meeting key → sha256 of its file
    rows: dict[str, dict]  # meeting key → its stored row (with its agenda)
    stamp: str  # `parser_stamp` of this run
    claimed: dict[str, Path] = field(default_factory=dict)  # meeting key → file this run
    # the claimed meetings by identity: another rendering's key finds its claimed one
    same: MeetingKeys = field(default_factory=MeetingKeys)
    # file → the meetings it held before it was read again (dropped if not found again)
    replaced: dict[Path, list[str]] = field(default_factory=dict)
    # stored meeting key → the key of the meeting it went into (dropped once that is)
    absorbed: dict[str, str] = field(default_factory=dict)

    def stored_rival(self, key: str, doc_type: str) -> str | None:
        """A stored meeting of the same sitting as `key` that is a `doc_type`."""
        finder = MeetingKeys()
        finder.add(sitting(key))
        return next((other for other, row in self.rows.items()
                     if row["doc_type"] == doc_type and finder.find(sitting(other))), None)


def plan_meeting(known: Known, path: Path, sha: str, n: int, key: str,
                  meeting: Meeting | None, reread: bool = False, check: bool = False
                  ) -> Plan | None:
    """The result for the file's `n`-th meeting, and what to write for it (nothing when
    `meeting` is None: the file is unchanged and was not read). A meeting read again
    (`reread`, or `check`: combined from files again) whose chunks come out as stored is
    planned without embedding."""
    row = known.rows.get(key)
    result = FileResult(path, "unchanged", reread=reread)
    if row:
        result.meeting = label(row["date"], row["municipality"], row["committee"],
                                row["doc_type"])
        result.items = len(row["agenda"])
    if meeting is not None:
        result.meeting = label(meeting.date.isoformat(), meeting.municipality,
                                meeting.committee, meeting.doc_type)
        result.items, result.format = len(meeting.items), meeting.source_format
        result.warnings = list(meeting.warnings)
    known.report.files.append(result)
    if (same := known.same.find(key)) is not None:  # (also under another spelling)
        known.same.add(key, same)
        result.status = "duplicate"
        result.reason = (f"samme møde ({result.meeting}) er allerede indlæst fra "
                         f"{shown_name(known.claimed[same])}")
        return None
    known.claimed[key] = path
    known.same.add(key)
    if meeting is None:
        known.store.set_source(key, source_key(path) + (f"#{n}" if n else ""))
        return None
    result.status = "updated" if key in known.hashes else "added"
    try:
        nodes = meeting_to_nodes(meeting, sha, known.settings)
    except Exception as err:
        result.status, result.reason = "skipped", unexpected(err)
        return None
    keep = ((reread or check) and known.hashes.get(key) == sha
            and known.store.stored_chunks(key) == chunk_rows(nodes))
    if keep:
        result.status = "unchanged"
    result.nodes = len(nodes)
    return Plan(result, key, meeting, sha, nodes, keep)


def plan_sitting(known: Known, group: list[Member],
                 read_file: Callable[[Path], list[Meeting]]) -> list[Plan]:
    """The results and the plan for one sitting's meetings in this run's files."""
    keys = {key for _, _, key in group}
    if len(group) == 1 and (lone := _statement(group[0])) is not None:
        if (stored := _stored_partner(known, group[0][2])) is None:
            known.report.files.append(FileResult(group[0][0].path, "skipped", (
                f"udtalelsen til punkt {printed(lone.items[0])} hører til et møde "
                f"({_shown(lone)}), som hverken er i denne indlæsning eller i indekset; "
                "indlæs filen sammen med mødets dagsorden eller referat")))
            return []
        group = [stored, group[0]]
    if len(group) == 1 or (len(keys) == 1 and all(r.meetings is None for r, _, _ in group)):
        return _plan_known(known, group)
    read = _read_all(known, group, read_file)
    if not read:
        return []
    best, meeting, parts = combine([m for *_, m in read])
    base, n, _, _ = read[best]
    key = meeting_key(meeting)
    sha = (SHA_JOIN.join(dict.fromkeys(r.sha for (r, *_), part in zip(read, parts, strict=True)
                                       if part in (BASE, MERGED)))
           if MERGED in parts else base.sha)
    start = len(known.report.files)
    plan = plan_meeting(known, base.path, sha, n, key, meeting,
                        reread=base.path in known.replaced, check=True)
    shown = known.report.files[-1].meeting
    results = {best: known.report.files.pop()}
    for at, ((reading, _, other, got), part) in enumerate(zip(read, parts, strict=True)):
        if part != BASE:
            known.absorbed.setdefault(other, key)
            results[at] = _joined(reading.path, got, part, shown, base.path)
    known.report.files[start:] = [results[at] for at in sorted(results)]
    return [plan] if plan is not None else []


def _shown(meeting: Meeting) -> str:
    return label(meeting.date.isoformat(), meeting.municipality, meeting.committee,
                 meeting.doc_type)


def _statement(member: Member) -> Meeting | None:
    """The meeting of a statement file read in this run (`statements`), else None."""
    reading, n, _ = member
    meeting = reading.meetings[n] if reading.meetings else None
    return meeting if meeting is not None and is_statement(meeting) else None


def _stored_partner(known: Known, key: str) -> Member | None:
    """The stored meeting a statement file read alone adds to, as a member to read again
    from its file (only a meeting stored from one file that is still there)."""
    rival = known.stored_rival(key, REFERAT) or known.stored_rival(key, DAGSORDEN)
    row = known.rows.get(rival or "", {})
    source = Path(row.get("source", "").rpartition("#")[0] or row.get("source", ""))
    if not row or SHA_JOIN in known.hashes.get(rival or "", "") or not source.is_file():
        return None
    return Reading(source, known.hashes[rival or ""], [rival or ""]), 0, rival or ""


def _read_all(known: Known, group: list[Member], read_file: Callable[[Path], list[Meeting]]
              ) -> list[tuple]:
    """Each member with its meeting, reading the unchanged files (a bad one is skipped
    with its reason)."""
    out = []
    for reading, n, key in group:
        if reading.meetings is None:
            try:
                reading.meetings = read_file(reading.path)
            except Exception as err:
                reason = err.reason if isinstance(err, SkipFile) else unexpected(err)
                known.report.files.append(FileResult(reading.path, "skipped", reason))
                continue
            found = [m for m in reading.meetings if meeting_key(m) == key]
            reading.meetings = found or reading.meetings
            n = 0 if found else n
        if n < len(reading.meetings):
            out.append((reading, n, key, reading.meetings[n]))
    return out


def _joined(path: Path, meeting: Meeting, part: str, shown: str, base: Path) -> FileResult:
    """The result of a file whose meeting went into another file's (`shown`)."""
    result = FileResult(path, part, meeting=shown, items=len(meeting.items),
                        format=meeting.source_format, warnings=list(meeting.warnings))
    if part == MERGED:
        result.reason = f"lagt sammen med mødet ({shown}) fra {shown_name(base)}"
    elif part == REPLACED and meeting.doc_type != DAGSORDEN:
        result.reason = (f"referatet er erstattet af den rettede udgave af samme møde "
                         f"({shown}) fra {shown_name(base)}")
    elif part == REPLACED:
        result.reason = (f"dagsordenen er erstattet af referatet af samme møde ({shown}) "
                         f"fra {shown_name(base)}")
    else:
        result.reason = f"samme møde ({shown}) er allerede indlæst fra {shown_name(base)}"
    return result


def _plan_known(known: Known, group: list[Member]) -> list[Plan]:
    """One file's meeting, or the unchanged files of one stored meeting (the file it was
    stored from first; the others were merged into it when it holds their sha256)."""
    key, start = group[0][2], len(known.report.files)
    source = known.rows.get(key, {}).get("source", "")
    stored = source.rpartition("#")[0] or source
    order = sorted(range(len(group)), key=lambda at: source_key(group[at][0].path) != stored)
    group = [group[at] for at in order]
    reading, n, _ = group[0]
    meeting = reading.meetings[n] if reading.meetings else None
    if meeting is not None and (got := _against_stored(known, reading.path, key, meeting)):
        known.report.files.append(got)
        return []
    plan = plan_meeting(known, reading.path, reading.sha, n, key, meeting,
                        reread=reading.path in known.replaced)
    parts = known.hashes.get(key, "").split(SHA_JOIN)
    for other, m, _ in group[1:]:
        if len(parts) > 1 and other.sha in parts:
            known.report.files.append(FileResult(
                other.path, MERGED, meeting=known.report.files[-1].meeting,
                reason=f"indgår uændret i mødet fra {shown_name(reading.path)}"))
        else:
            plan_meeting(known, other.path, other.sha, m, key, None)
    results = known.report.files[start:]  # (in file order again)
    known.report.files[start:] = [results[order.index(at)] for at in range(len(order))]
    return [plan] if plan is not None else []


def _against_stored(known: Known, path: Path, key: str, meeting: Meeting
                    ) -> FileResult | None:
    """An agenda whose minutes are stored is not stored (its result says so); minutes
    whose agenda is stored drop it once they are written."""
    if meeting.doc_type == DAGSORDEN and (rival := known.stored_rival(key, REFERAT)):
        row = known.rows[rival]
        shown = label(row["date"], row["municipality"], row["committee"], row["doc_type"])
        source = Path(row["source"].rpartition("#")[0] or row["source"])
        return _joined(path, meeting, REPLACED, shown, source)
    if meeting.doc_type == REFERAT and (rival := known.stored_rival(key, DAGSORDEN)):
        known.absorbed.setdefault(rival, key)
    return None
