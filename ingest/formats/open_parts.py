"""Open parts of an agenda whose items are numbered from 1 again, each part headed by a
lettered (or Roman-numbered) group heading:

    A. SAGER TIL BESLUTNING
    1. Godkendelse af dagsorden
    2. Tilskud til foreningernes lokaler 2025
    3. Åbningstider i Lindholt Bibliotek
    B. SAGER TIL ORIENTERING
    1. Status på kunstgræsbanen i Nørreby
    2. Meddelelser fra formanden

One meeting cannot hold two items 1: the second part's items go on from the first
part's (items 4 and 5 here), each keeping its group and printed number as its label,
"Sager til orientering, punkt 1", as a Word agenda's groups numbered from 1 again are
labelled (`word_groups`). A closed part numbered from 1 again ("B. LUKKEDE PUNKTER") is
`text_items.closed_part`'s, labelled "lukket punkt 1"; it may follow the open parts.
"""

from __future__ import annotations

import re

from .text_dividers import is_group_heading, part_state
from .text_items import find_items
from .text_numbered import NumberedStart

# "B. SAGER TIL ORIENTERING", "II. Sager til efterretning" (a part's letter or numeral
# before the name of a group of the agenda)
_LETTERED_PART_RE = re.compile(r"^[#*_\s]*(?:[A-H]|[IVX]{1,4})[.)]\s+(?P<name>\S.{1,60}?)"
                               r"[*_\s:]*$")


def part_name(line: str) -> str | None:
    """The group an open part's lettered heading names, as the minutes write a group
    ("Sager til orientering"); None for any other line, and for a closed part's heading.

    >>> part_name("B. SAGER TIL ORIENTERING"), part_name("II. Sager til efterretning")
    ('Sager til orientering', 'Sager til efterretning')
    >>> part_name("B. LUKKEDE PUNKTER"), part_name("B. Ole Dam deltog ikke.")
    (None, None)
    """
    m = _LETTERED_PART_RE.match(line.strip())
    if not m or not is_group_heading(m["name"]) or part_state(m["name"]) is True:
        return None
    name = m["name"]
    return name[:1] + name[1:].lower() if name.isupper() else name


def _part_heading(line: str) -> bool:
    """Any part's lettered heading, open or closed ("B. LUKKEDE PUNKTER")."""
    m = _LETTERED_PART_RE.match(line.strip())
    return bool(m and is_group_heading(m["name"]))


def open_parts(lines: list[str], starts: list[NumberedStart],
               markdown: bool) -> list[NumberedStart]:
    """The items of the open parts after the last of `starts` that are numbered from 1
    again, each part under its lettered heading ("B. SAGER TIL ORIENTERING" / "1. …"):
    numbered on from the items before them, labelled "<group>, punkt <printed number>",
    each part's items found in its own lines. [] when no such part follows."""
    found: list[NumberedStart] = []
    while True:
        last = found[-1] if found else starts[-1]
        at = next((i for i in range(last.body, len(lines)) if _part_heading(lines[i])), None)
        if at is None or (name := part_name(lines[at])) is None:
            return found  # (no part, or a closed one: `closed_part` reads it)
        end = next((i for i in range(at + 1, len(lines)) if _part_heading(lines[i])),
                   len(lines))
        items = find_items(lines[at + 1:end], markdown)
        if not items or items[0].number != 1:
            return found
        found += [NumberedStart(at + 1 + s.line, at + 1 + s.body, last.number + s.number,
                                s.title, label=f"{name}, punkt {s.number}") for s in items]
