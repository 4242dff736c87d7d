"""One meeting given by several files of a run: combined into the one meeting stored.

A meeting (a sitting: municipality, committee, date and time, `sitting`) may come as
its agenda and its minutes, as a web portal's index page and one page per item, as
the full minutes and a decisions-only table, or twice as the same minutes (an XML
export and its PDF). `combine` makes the one meeting to store from them:

* the fullest reading is the base: minutes before an agenda, then the most sections;
* every other reading adds what the base lacks: an item it does not have, the text of
  an item it gives only by title, the participant list, the place. A reading that adds
  something was merged ("merged"); an agenda that adds nothing is replaced by the
  minutes ("replaced"); any other reading that adds nothing is a copy ("duplicate");
* the kind is the base's: minutes when any reading is minutes.

>>> sitting("Holbæk|Teknik- og Miljøudvalget|2024-04-09|15:30|0|dagsorden")
'Holbæk|Teknik- og Miljøudvalget|2024-04-09|15:30|0|*'
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

from referat.domain import DAGSORDEN, REFERAT, AgendaItem, Meeting

from .formats.revisions import version_of
from .formats.statements import STATEMENT_SECTIONS, is_statement
from .meeting_identity import MeetingKeys
from .sitting_people import add_roles

SHA_JOIN = "+"  # the stored sha256 of a meeting combined from files: theirs, joined
MERGED, REPLACED, DUPLICATE, BASE = "merged", "replaced", "duplicate", "base"


def sitting(key: str) -> str:
    """The meeting key (`chunk.meeting_key`) without its document type: an agenda and
    its minutes name the same sitting."""
    return key.rpartition("|")[0] + "|*"


def _rank(meeting: Meeting) -> tuple[bool, bool, int, int, int]:
    return (not is_statement(meeting), meeting.doc_type == REFERAT,
            version_of(meeting.warnings), sum(len(i.sections) for i in meeting.items),
            len(meeting.items))


def printed(item: AgendaItem) -> str:
    """The item's printed mark: "7a" of an item numbered 8, else its number."""
    return item.label or str(item.number)


def _absorb(base: Meeting, other: Meeting) -> bool:
    """Add to `base` what `other` gives and it lacks; whether anything was added."""
    added = False
    at = {printed(item): n for n, item in enumerate(base.items)}
    decisions_only = all(_decided_only(item) for item in base.items)
    for item in other.items:
        n = at.get(printed(item))
        if n is None:
            if not is_statement(other):  # (a statement on an item the meeting lacks)
                base.items.append(copy.deepcopy(item))
                added = True
        elif not base.items[n].sections and item.sections:
            base.items[n] = _with_text(base.items[n], item)
            added = True
        elif decisions_only or is_statement(other):
            added = _add_sections(base.items[n], item) or added
    if not base.participants and other.participants:
        base.participants = copy.deepcopy(other.participants)
        added = True
    elif decisions_only:
        added = add_roles(base.participants, other.participants) or added
    if added and other.place and (not base.place or (
            other.place.startswith(base.place) and len(other.place) > len(base.place))):
        base.place = other.place  # (or its fuller spelling: "…, Valdemarsgade 43, …")
    return added


def _decided_only(item: AgendaItem) -> bool:
    """An item of a decisions-only protocol: its decision, no text of the case."""
    return all(s.name == "Beslutning" for s in item.sections)


def _add_sections(base: AgendaItem, other: AgendaItem) -> bool:
    """A decisions-only item gets the case's sections its agenda gives before its
    decision (a statement's after it), and the case's history; whether any were added."""
    names = {s.name for s in base.sections}
    new = [copy.deepcopy(s) for s in other.sections if s.name not in names]
    if not new and (base.history or not other.history):
        return False
    statements = [s for s in new if s.name in STATEMENT_SECTIONS]
    case = [s for s in new if s.name not in STATEMENT_SECTIONS]
    base.sections = case + base.sections + statements
    base.history = base.history or copy.deepcopy(other.history)
    base.journal_number = base.journal_number or other.journal_number
    return True


def _with_text(titled: AgendaItem, full: AgendaItem) -> AgendaItem:
    """The item given with text, keeping what only the title's reading says."""
    item = copy.deepcopy(full)
    item.journal_number = item.journal_number or titled.journal_number
    item.closed = item.closed or titled.closed
    item.label = item.label or titled.label
    return item


def combine(meetings: list[Meeting]) -> tuple[int, Meeting, list[str]]:
    """The index of the base reading, the meeting to store, and each reading's part:
    BASE, MERGED, REPLACED or DUPLICATE (see the module's text). With nothing merged,
    the stored meeting is the base reading itself."""
    best = max(range(len(meetings)), key=lambda n: (_rank(meetings[n]), -n))
    merged = copy.deepcopy(meetings[best])
    parts = [BASE if n == best else "" for n in range(len(meetings))]
    for n, meeting in enumerate(meetings):
        if n == best:
            continue
        if version_of(meeting.warnings) < version_of(merged.warnings):
            parts[n] = REPLACED  # (an earlier issue of corrected minutes adds nothing)
        elif _absorb(merged, meeting):
            parts[n] = MERGED
        elif meeting.doc_type == DAGSORDEN and merged.doc_type != DAGSORDEN:
            parts[n] = REPLACED
        else:
            parts[n] = DUPLICATE
    if MERGED not in parts:
        return best, meetings[best], parts
    merged.items.sort(key=_printed_order)
    if len({item.number for item in merged.items}) < len(merged.items):
        for number, item in enumerate(merged.items, 1):  # ("7a" of a supplement after 7)
            if item.number != number:
                item.label, item.number = printed(item), number
    return best, merged, parts


def _printed_order(item: AgendaItem) -> tuple[int, str]:
    """Items by their printed numbers: "7a" after 7, before 8."""
    mark = printed(item)
    digits = re.match(r"\d+", mark)
    return (int(digits.group()) if digits else item.number, mark)


@dataclass
class Reading:
    """One file of a run: its sha256, the keys of its meetings, and the meetings when
    it was read (None: unchanged, known by its sha256)."""

    path: Path
    sha: str
    keys: list[str]
    meetings: list[Meeting] | None = None


Member = tuple[Reading, int, str]  # a file, which of its meetings, that meeting's key


def group_readings(readings: list[Reading]) -> list[list[Member]]:
    """The run's meetings by sitting (`sitting`, found as `MeetingKeys` finds a key: the
    committee's spelling and a missing start time do not matter), in file order."""
    finder = MeetingKeys()
    groups: dict[str, list[Member]] = {}
    for reading in readings:
        for n, key in enumerate(reading.keys):
            found = finder.find(sitting(key))
            finder.add(sitting(key), found)
            groups.setdefault(found or sitting(key), []).append((reading, n, key))
    return list(groups.values())
