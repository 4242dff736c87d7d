"""A row of one cell across an items table, above the item row it heads ("Lukket møde",
"Lukket punkt", "Sager til beslutning"), as Word, LibreOffice and a PDF's layout text
give it: written where the text reader reads such a line."""

from __future__ import annotations

from .closed_marks import OPEN_MARK_RE
from .text_dividers import part_state


def grouped(group: str, block: list[str]) -> list[str]:
    """An item's block (its numbered title line first) under a row of one cell across the
    table: a part's heading ("Lukket møde", "Sager til beslutning") stands above it, as
    the agenda's dividers do; the item's own mark ("Lukket punkt") goes under its title,
    as the item's line.

    >>> grouped("Lukket punkt", ["", "8. Salg af grund", "Godkendt."])
    ['', '8. Salg af grund', 'Lukket punkt', 'Godkendt.']
    >>> grouped("Lukket møde", ["8. Salg af grund"])
    ['', 'Lukket møde', '', '8. Salg af grund']
    """
    if not group:
        return block
    at = next((k for k, line in enumerate(block) if line.strip()), 0)
    if OPEN_MARK_RE.match(group) and part_state(group) is None:
        return [*block[:at + 1], group, *block[at + 1:]]
    return ["", group, "", *block[at:]]
