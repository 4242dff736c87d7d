"""A table of contents printed as a table of three cells a row (number | title | page),
whose cells a PDF's text gives one a line:

    Indholdsfortegnelse
    1.
    Godkendelse af dagsorden
    2
    2.
    Meddelelser
    2

Read as the contents lines they are ("1. Godkendelse af dagsorden<TAB>2"), which name
the items without starting them; otherwise each number cell would start an item of its
own holding only a page number, and the real item headings further down (numbered once
more from 1) would be lost in the last one. Found by that shape only, right below a
contents heading: the number alone, a title of up to three lines, the page alone. A
two-cell table (number and title in one cell | page) reads the same way: "1. Title"
(wrapping onto at most three lines), then the page alone."""

from __future__ import annotations

import re

CONTENTS_HEADING_RE = re.compile(r"^\s*(?:indholdsfortegnelse|indhold|indholdsliste)\s*:?\s*$",
                         re.IGNORECASE)
_NUMBER_CELL_RE = re.compile(r"^\s*(\d{1,3}[a-z]?)\.?\s*$")
_PAGE_CELL_RE = re.compile(r"^\s*(\d{1,3})\s*$")
_TITLED_CELL_RE = re.compile(r"^\s*(\d{1,3}[a-z]?)\.\s+(\S.*?)\s*$")
_TITLE_CELL_LINES = 3  # a title wraps in its cell onto at most this many lines
_MIN_ROWS = 2  # one row alone is no table


def _row(lines: list[str], i: int) -> tuple[str, int] | None:
    """The contents line of the row starting at `i` and the index after it, or None."""
    number = _NUMBER_CELL_RE.match(lines[i]) or _TITLED_CELL_RE.match(lines[i])
    if not number:
        return None
    title: list[str] = list(number.groups()[1:2])  # (the title of a "1. Title" cell)
    for k in range(i + 1, min(i + 2 + _TITLE_CELL_LINES, len(lines))):
        page = _PAGE_CELL_RE.match(lines[k])
        if page and title:
            return f"{number.group(1)}. {' '.join(title)}\t{page.group(1)}", k + 1
        if page or _NUMBER_CELL_RE.match(lines[k]) or _TITLED_CELL_RE.match(lines[k]) or (
                not lines[k].strip()):
            return None
        title.append(lines[k].strip())
    return None


def contents_cells(lines: list[str]) -> list[str]:
    """`lines` with a contents table's rows, one cell a line, written as contents lines
    (the list itself when there is none).

    >>> contents_cells(["Indhold", "1.", "Godkendelse af dagsorden", "2", "2.",
    ...                 "Meddelelser", "2", "1. Godkendelse af dagsorden"])[1:3]
    ['1. Godkendelse af dagsorden\\t2', '2. Meddelelser\\t2']
    """
    at = next((k for k, ln in enumerate(lines) if CONTENTS_HEADING_RE.match(ln)), -1)
    if at < 0:
        return lines
    rows: list[str] = []
    i = at + 1
    while i < len(lines) and (row := _row(lines, i)):
        rows.append(row[0])
        i = row[1]
    if len(rows) < _MIN_ROWS:
        return lines
    return [*lines[: at + 1], *rows, *lines[i:]]
