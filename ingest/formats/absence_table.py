"""Who was away, as minutes list it outside the header: a table after the items with a
column of item numbers, one of names and one of remarks ("Fraværende under punkt | Navn |
Bemærkning" / "1-5 | Pia Skov (A) | Afbud" / "4 | Carsten Kirkegaard (V) | Inhabil"), and
the "**Afbud** …" lines under single items.

A row whose numbers cover every item is an absence from the whole meeting (status
"afbud"); any other row becomes the member's part-time role ("fraværende under punkt 4
(inhabil)"), which `finish` turns into those items' absentees (`part_time`)."""

from __future__ import annotations

import re

from referat.domain import AgendaItem, Participant
from referat.part_time import missed_items

# A heading above such a table: "Fravær", "Fraværende", "Afbud og fravær"
_HEADING_RE = re.compile(r"^(?:fravær|fraværende|afbud(?:\s+og\s+fravær)?)\s*:?$", re.I)
# The header row's cells: the items', the names', the remarks'
_ITEMS_HEAD_RE = re.compile(r"\b(?:punkt|punkter|pkt\.?)$", re.IGNORECASE)
_NAME_HEAD = ("navn", "medlem", "deltager")
_ABSENCE_WORD_RE = re.compile(r"fravær|afbud|inhabil", re.IGNORECASE)
# An items cell: "4", "1-5", "1, 3 og 4"
_ITEMS_CELL_RE = re.compile(r"^\d{1,4}(?:\s*(?:-|–|,|og)\s*\d{1,4})*$")


def _cells(line: str) -> list[str]:
    """A table row's cells ("1-5 | Pia Skov (A) | Afbud", or markdown's "| … |")."""
    return [c.strip() for c in line.strip().strip("|").split("|")] if "|" in line else []


def _columns(line: str, above: str) -> tuple[int, int, int | None] | None:
    """(items, name, remark) column of an absence table's header row, or None: a column
    of item numbers and one of names, under a heading or with a header saying absence."""
    cells = [c.lower() for c in _cells(line)]
    items = next((k for k, c in enumerate(cells) if _ITEMS_HEAD_RE.search(c)), None)
    name = next((k for k, c in enumerate(cells) if c in _NAME_HEAD), None)
    if items is None or name is None or not (
            _ABSENCE_WORD_RE.search(line) or _HEADING_RE.match(above.strip())):
        return None
    remark = next((k for k in range(len(cells)) if k not in (items, name)), None)
    return items, name, remark


def _table_at(lines: list[str]) -> tuple[int, tuple[int, int, int | None]] | None:
    """Where an absence table's header row is in `lines`, and its columns."""
    above = ""
    for i, line in enumerate(lines):
        if cols := _columns(line, above):
            return i, cols
        above = line if line.strip() else above
    return None


def table_start(lines: list[str], first: int, end: int) -> int:
    """Where an absence table closing the minutes starts (its heading, if any), when
    nothing but its rows follows it in `lines[first:end]`; else `end`."""
    found = _table_at(lines[first:end])
    if found is None:
        return end
    at = first + found[0]
    if any(ln.strip() and not _cells(ln) for ln in lines[at + 1:end]):
        return end
    before = [k for k in range(first, at) if lines[k].strip()]
    return before[-1] if before and _HEADING_RE.match(lines[before[-1]].strip()) else at


def mark_absences(people: list[Participant], lines: list[str], numbers: list[int]) -> None:
    """Mark the absences an absence table in `lines` lists: absent from all the items
    (`numbers`) → "afbud"; from some → a part-time role naming them (a member the list
    did not name is added)."""
    found = _table_at(lines)
    if found is None:
        return
    at, (items, name, remark) = found
    for line in lines[at + 1:]:
        cells = _cells(line)
        if len(cells) <= max(items, name) or not _ITEMS_CELL_RE.match(cells[items]):
            continue
        who, note = cells[name], cells[remark] if remark is not None and remark < len(
            cells) else ""
        role = f"fraværende under punkt {cells[items]}" + (f" ({note.lower()})" if note else "")
        known = next((p for p in people if p.name.split(" (")[0] == who.split(" (")[0]), None)
        if known is None:
            known = Participant(who, "deltog")
            people.append(known)
        if set(numbers) <= set(missed_items(role, numbers)):
            known.status = "afbud"
        else:
            known.role = f"{known.role}, {role}" if known.role else role


def item_absentees(people: list[Participant], items: list[AgendaItem]) -> None:
    """"**Afbud** …" lines under items also mark meeting absentees: a name none of
    `people` has is added, absent."""
    known = {p.name for p in people}
    for item in items:
        for name in item.absentees:
            if name not in known:
                people.append(Participant(name, "afbud"))
                known.add(name)
