"""An attendance table with one column per part of the meeting, as a council prints it
above the items:

    Navn | Parti | Pkt. 1-3 | Pkt. 4-6 | Lukket møde (pkt. 7)
    Karsten Kaae | V | X | - | -
    Bent Hansen | O | Afbud | Afbud | Afbud

Flattened to text, each row is the name, the party letter and one cell per part: "X"
(there), "-" (not there) or an absence word. A member there for no part is absent from
the meeting; one there for some parts took part, and is absent from the items of the
parts they missed (each column names its items).

A grid with one column per item is the same table, each column a part of one item, its
heads the bare numbers, a remark column after them, the marks "x" and "÷":

    Navn Parti 1 2 3 4 Bemærkning
    Bo Elkjær A ÷ ÷ x x Deltog fra pkt. 3
    Tine Busk V ÷ ÷ ÷ ÷ Afbud

A remark other than an absence word is the member's role ("Borgmester", "Stedfortræder
for Tine Busk", "Deltog fra pkt. 3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from referat.domain import AgendaItem, Participant

_HEADER_RE = re.compile(r"^\W*navn\s+(?:parti\s+)?(?P<parts>.*\bpkt\b.*)$", re.IGNORECASE)
# A grid's heads: the items' bare numbers ("1 2 3 … 10"), then a remark column or none
_ITEMS_HEAD_RE = re.compile(r"^\W*navn\s+(?:parti\s+)?(?P<items>\d{1,3}(?:\s+\d{1,3}){1,59})"
                            r"(?P<remark>\s+(?:bemærkning(?:er)?|note|kommentar))?\s*$",
                            re.IGNORECASE)
_RANGE_RE = re.compile(r"\b(?:pkt|punkt)\.?\s*(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?", re.IGNORECASE)
# A part's cell: there ("X", "Til stede"), or not ("-", "Afbud", "Fraværende", "Forfald")
PRESENT_CELLS = ("x", "ja", "deltog")
ABSENT_CELLS = ("-", "–", "÷", "afbud", "fraværende", "forfald", "nej")
_PARTY_RE = re.compile(r"^\(?([A-ZÆØÅ]{1,3})\)?$")


@dataclass
class PartTable:
    """The members, and the item numbers each member who took part missed."""

    people: list[Participant] = field(default_factory=list)
    missed: dict[str, list[int]] = field(default_factory=dict)


def _parts(header: str) -> list[list[int]] | None:
    """The items of each part column: "Pkt. 1-3 Pkt. 4-6 Lukket møde (pkt. 7)" →
    [[1, 2, 3], [4, 5, 6], [7]]; a grid's "1 2 3" → [[1], [2], [3]]."""
    if items := _ITEMS_HEAD_RE.match(header.strip().replace("|", " ")):
        numbers = [int(n) for n in items["items"].split()]
        return [[n] for n in numbers] if numbers == list(
            range(numbers[0], numbers[0] + len(numbers))) else None
    m = _HEADER_RE.match(header.strip().replace("|", " "))
    ranges = _RANGE_RE.findall(m["parts"]) if m else []
    parts = [list(range(int(a), int(b or a) + 1)) for a, b in ranges]
    return parts if len(parts) >= 2 and all(parts) else None


def _row(line: str, width: int) -> tuple[str, list[bool], str] | None:
    """A row's name (with its party), whether the member was there for each part, and the
    remark after the marks (a grid's last column), if any."""
    words = line.replace("|", " ").split()
    start = next((k for k in range(2, len(words) - width + 1) if all(
        c.lower() in (*PRESENT_CELLS, *ABSENT_CELLS) for c in words[k:k + width])), None)
    if start is None:
        return None
    name, cells, remark = words[:start], words[start:start + width], " ".join(words[start + width:])
    if party := _PARTY_RE.match(name[-1]):
        name = [*name[:-1], f"({party.group(1)})"]
    if not all(w[:1].isupper() or w.startswith("(") for w in name):
        return None
    return " ".join(name), [c.lower() in PRESENT_CELLS for c in cells], remark


def part_table(lines: list[str]) -> PartTable | None:
    """The table in `lines` (the minutes' head), or None when there is none."""
    for i, line in enumerate(lines):
        if (parts := _parts(line)) is None:
            continue
        table = PartTable()
        for row in lines[i + 1:]:
            if (read := _row(row, len(parts))) is None:
                break
            name, there, remark = read
            role = "" if remark.lower() in ABSENT_CELLS else remark
            table.people.append(Participant(name, "deltog" if any(there) else "afbud", role))
            if any(there) and not all(there):
                table.missed[name] = [n for part, here in zip(parts, there, strict=True)
                                      if not here for n in part]
        return table if table.people else None
    return None


def part_people(items: list[AgendaItem], head: list[str]) -> list[Participant]:
    """The members of the part table in the `head` lines, the items of the parts each
    missed given the absence; none when there is no such table."""
    if (parts := part_table(head)) is None:
        return []
    for item in items:
        item.absentees += [n for n, missed in parts.missed.items() if item.number in missed]
    return parts.people
