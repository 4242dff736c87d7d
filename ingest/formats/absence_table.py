"""Who was away, as minutes list it in a table of its own: a column of item numbers, one
of names and one of remarks ("Fraværende under punkt | Navn | Bemærkning" / "1-5 | Pia
Skov (A) | Afbud" / "4 | Carsten Kirkegaard (V) | Inhabil"), after the items or in the
header under a heading "Fravær" (`head_table`), its cells in pipes or, as `pdftotext
-layout` prints them, many spaces apart ("5-6   Maja Friis (F)   Forlod mødet kl.
20.10"); and the "**Afbud** …" lines under single items. A remark naming a substitute
("Afbud - stedfortræder Lis Holm (A)") adds that one as a participant.

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
_NAME_HEAD = ("navn", "medlem", "deltager", "fraværende")
_ABSENCE_WORD_RE = re.compile(r"fravær|afbud|inhabil", re.IGNORECASE)
# An items cell: "4", "1-5", "1, 3 og 4"
_ITEMS_CELL_RE = re.compile(r"^\d{1,4}(?:\s*(?:-|–|,|og)\s*\d{1,4})*$")


def _cells(line: str) -> list[str]:
    """A table row's cells ("1-5 | Pia Skov (A) | Afbud", markdown's "| … |", or columns
    two or more spaces apart)."""
    if "|" in line:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    cells = re.split(r"\s{2,}|\t+", line.strip())
    return cells if len(cells) >= 2 else []


# "Afbud - stedfortræder Lis Holm (A)": who came instead
_SUBSTITUTE_RE = re.compile(r"\bstedfortræder\s*:?\s+(?P<who>[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+)*"
                            r"(?:\s+\([A-ZÆØÅ]{1,3}\))?)")


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


def head_table(lines: list[str]) -> tuple[list[str], list[str]]:
    """The header's lines without an absence table under its heading ("Fravær" /
    "Punkt  Fraværende  Bemærkning" / its rows), and the table's lines (none when there is
    no such table): its heading is no list of people the header reads."""
    found = _table_at(lines)
    if found is None:
        return lines, []
    at, (items, _, _) = found
    end = at + 1
    while end < len(lines) and (not lines[end].strip() or (
            len(cells := _cells(lines[end])) > items and _ITEMS_CELL_RE.match(cells[items]))):
        end += 1
    before = [k for k in range(at) if lines[k].strip()]
    start = before[-1] if before and _HEADING_RE.match(lines[before[-1]].strip()) else at
    return lines[:start] + lines[end:], lines[start:end]


def mark_absences(people: list[Participant], lines: list[str], agenda: list[AgendaItem]) -> None:
    """Mark the absences an absence table in `lines` lists: absent from all the items
    (`agenda`) → "afbud", and each item's absentee when the row names each; from some
    → a part-time role naming them (a member the list did not name is added)."""
    numbers = [i.number for i in agenda]
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
            # (each item named by itself, as a grid per item reads, "1, 2 og 3": away from
            # each; a span, "1-4", says the meeting only)
            for item in agenda if not re.search(r"[-–]", cells[items]) else []:
                if _bare(who) not in map(_bare, item.absentees):
                    item.absentees = [*item.absentees, who]
        else:
            known.role = f"{known.role}, {role}" if known.role else role
        if (sub := _SUBSTITUTE_RE.search(note)) and not any(
                p.name.split(" (")[0] == sub["who"].split(" (")[0] for p in people):
            people.append(Participant(sub["who"], "deltog", f"stedfortræder for {who}"))


def item_absentees(people: list[Participant], items: list[AgendaItem]) -> None:
    """"**Afbud** …" lines under items also mark meeting absentees: a name none of
    `people` has (with or without the party: "Jesper Krogh" is "Jesper Krogh (A)") is
    added, absent."""
    known = {_bare(p.name) for p in people}
    for item in items:
        for name in item.absentees:
            if _bare(name) not in known:
                people.append(Participant(name, "afbud"))
                known.add(_bare(name))


def _bare(name: str) -> str:
    # (the party in brackets, "Jesper Krogh (A)", or after a comma, "Ida Holm, Venstre")
    return re.sub(r"\s*\([^()]*\)\s*$", "", name).split(",")[0].strip()
