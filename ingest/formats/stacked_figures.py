"""A table of figures in an item's text as a PDF's plain text gives it: one cell a line,
its head row's cells first, then row by row the row's label and its figures:

    Fordelingen fremgår af nedenstående tabel (1.000 kr.):
     Udvalg
    Serviceramme 2025
    10 Økonomiudvalget
    412.350
    20 Teknik og Miljø
    188.640
    I alt
    601.000

Read as text, the head's cells were joined onto the sentence before them as its wrapped
rest, and every figure stood on a line of its own, away from its row's label. Here such a
table is a paragraph of its own, a row a line: "Udvalg Serviceramme 2025" /
"10 Økonomiudvalget 412.350" / …. Found by its shape only: three rows or more, each a
label and as many figures as the others (a figure a line alone: "412.350", "-1,6",
"8,7 %"), the head the as many short lines straight before the first row as the rows
have cells (a page break with its blank lines may stand between)."""

from __future__ import annotations

import re

_FIGURE_RE = re.compile(r"^[-−–]?\d[\d.]*(?:,\d+)?\s*%?$")  # "412.350", "-1,6", "8,7 %"
_MIN_ROWS = 3
_MAX_FIGURES = 8  # figures a row
_MAX_LABEL = 60  # characters of a row's label cell
_MAX_HEAD_WORDS = 4  # words of a head row's cell ("Serviceramme 2025", "Anslået pris, kr.")
# A row of such a table ending in two figures or more: never a wrapped line's rest
# (a row of one figure is short; a line of prose may end in a year: "den 31." / "2022")
ROW_END_RE = re.compile(r"(?:\s[-−–]?\d+(?:\.\d{3})*(?:,\d+)?%?){2,}$")


def figure_rows(lines: list[str]) -> list[str]:
    """`lines` with each such table written a row a line, set apart by blank lines."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        rows, end = _rows_at(lines, i)
        if len(rows) < _MIN_ROWS:
            out.append(lines[i])
            i += 1
            continue
        head = _head(out, len(rows[0]))
        if head and (numbers := _number_column(out, len(rows))):  # ("Nr. 1. 2. 3." one line)
            head = [f"{numbers[0]} {head[0]}"]
            rows = [[n, *row] for n, row in zip(numbers[1:], rows, strict=True)]
        out.extend(["", *head, *(" ".join(row) for row in rows), ""])
        i = end
    return out


def _label(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= _MAX_LABEL and not _FIGURE_RE.match(s) and not s.endswith(
        (".", ":", ",", ";"))


def _rows_at(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The table's rows from line `i` on (each its label and figures) and the line after
    them; no rows where no label with figures as many as the first row's stands."""
    rows: list[list[str]] = []
    while i < len(lines) and (_label(lines[i]) or _numbered(lines, i)):
        first = i + 1 + _numbered(lines, i)  # (its number cell, "1.", before its label)
        k = first
        while k < len(lines) and k - first < _MAX_FIGURES and _FIGURE_RE.match(
                lines[k].strip()) and not _numbered(lines, k):
            k += 1
        if k == first or rows and k - i != len(rows[0]):
            break
        rows.append([line.strip() for line in lines[i:k]])
        i = k
    return rows, i


_ROW_NUMBER_RE = re.compile(r"^\d{1,3}\.$")


def _numbered(lines: list[str], i: int) -> bool:
    """Line `i` is a row's number cell, "2." alone above the row's label (no figure)."""
    return bool(_ROW_NUMBER_RE.match(lines[i].strip())) and i + 1 < len(lines) and _label(
        lines[i + 1])


# the number column drawn as one line above the head's other cells: "Nr. 1. 2. 3. 4."
_NUMBER_COLUMN_RE = re.compile(r"^(\S{1,4})((?:\s+\d{1,3}\.)+)$")


def _number_column(out: list[str], rows: int) -> list[str]:
    """The head's number cell and each row's number, taken off the end of `out`, when
    its last line is such a column of 1, 2, 3 … as many as the rows; [] otherwise."""
    m = _NUMBER_COLUMN_RE.match(out[-1].strip()) if out else None
    numbers = m.group(2).split() if m else []
    if numbers != [f"{n}." for n in range(1, rows + 1)]:
        return []
    del out[-1]
    return [m.group(1), *numbers]


def _head(out: list[str], cells: int) -> list[str]:
    """The head row's line, its cells taken off the end of `out` (blank lines after
    them as well); none where the lines before the rows are no such cells."""
    at = len(out)
    while at and not out[at - 1].strip():
        at -= 1
    run = [line.strip() for line in out[at - cells:at]] if at >= cells else []
    if not run or any(not _label(c.rstrip(".")) or len(c.split()) > _MAX_HEAD_WORDS
                      for c in run):
        return []
    del out[at - cells:]
    return [" ".join(run)]
