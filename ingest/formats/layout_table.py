"""A table protocol as `pdftotext -layout` (or pypdf's layout mode) prints it: one table
whose rows are the items, each cell's text wrapped over several printed lines, side by
side with the other cells' lines:

    Pkt.   Sag                            Indstilling                      Beslutning

    2      Trafikplan for Søndermark      Forvaltningen indstiller, at     Godkendt.
           midtby 2025-2030               forslag til trafikplan sendes    For stemte: A, F og Ø (5)
           Sagsnr.: 05.01.00-P15-2-24     i offentlig høring.              Imod stemte: V (1)

Read as text, a printed line mixes the cells (the title ran on with the Indstilling's and
the Beslutning's first words). The columns are found from the head row's character
offsets (`protocol_heads`: a number, a title and one or more of the item's sections,
whatever the words), each moved to where the text under it is aligned when the head is
centred over its column, and for each row to where that row's text starts (a long line
squeezed sets a row's cells a few characters off); a printed line's text is split at
its gaps of two spaces or more (or where it crosses a column's start: two cells one
space apart), each piece going to the column it starts in. A row starts at a number in
the number column and goes on over the lines with nothing there. The head row repeated
on the next page gives that page's offsets (a row going on under it is still one
item); the page's footer and the form feed before it stay between two items, as the
page furniture they are ("Søndermark Kommune · Beslutningsprotokol 21.11.2024   Side 1
af 2", read as any running footer). Anything else in the number column, or text after
three blank lines, ends the table ("Mødet hævet kl. 17.25."). Each row is written out
as the item block minutes print (`protocol_heads.item_block`).

A table whose titles are printed again below it is a summary of the decisions above
the items' own texts (`summary_table`), and is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .group_rows import grouped
from .protocol_heads import Column, head_columns, item_block, printed_again, title_lines
from .text_layout import page_counter

_CHUNK_RE = re.compile(r"\S+(?: \S+)*")  # text between gaps of two spaces or more
_ROW_NUMBER_RE = re.compile(r"^(\d{1,3})\.?$")
_TOLERANCE = 2  # columns a piece of text may start right of its column's start
_GAP_LINES = 3  # blank lines after which a row's text does not go on (a page's footer)
_LOOKAHEAD = 15  # lines from a page's footer to the next page's head row
_ALIGN_LINES = 200  # lines under a head row looked at for its columns' alignment
_DRIFT = 8  # columns a row's text may stand off its column's start (a long line squeezed)


@dataclass
class _Row:
    """A row: its number, its printed lines with the page's columns, and the page
    furniture printed after it."""

    number: int
    columns: list[Column]
    lines: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    goes_on: bool = False  # the rest of the row before it, on the next page
    group: str = ""  # a row of one cell across the table above it ("Lukket punkt")


def _chunks(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _CHUNK_RE.finditer(line)]


def layout_head(line: str) -> list[Column] | None:
    """The columns of a head row printed side by side ("Pkt.   Sag   Beslutning"), each
    at its offset on the line (a page's form feed before it not counted); None for any
    other line.

    >>> [(c.kind, c.start) for c in layout_head("Pkt.   Sag      Beslutning")]
    [('number', 0), ('title', 7), ('section', 16)]
    """
    chunks = _chunks(line.lstrip("\f"))
    if len(chunks) < 3:
        return None
    return head_columns([text for _, text in chunks], [start for start, _ in chunks])


def _aligned(columns: list[Column], lines: list[str]) -> list[Column]:
    """The columns, each starting where the text under it is aligned: of the offsets
    where two or more printed lines' text starts, between the column to its left and
    its head, the most frequent (a head centred over its column stands right of it); the
    lines of the head's own page only (the next page sets its columns apart its own way)."""
    page = next((k for k, line in enumerate(lines) if "\f" in line), len(lines))
    counts = Counter(start for line in lines[:page] for start, _ in _chunks(line))
    out = [columns[0]]
    for column in columns[1:]:
        found = [p for p in counts if out[-1].start < p <= column.start + _TOLERANCE
                 and counts[p] >= 2]
        best = max(found, key=lambda p: (counts[p], p), default=column.start)
        out.append(replace(column, start=best))
    return out


def _pieces(line: str, columns: list[Column]) -> list[tuple[int, str]]:
    """The line's pieces of text, a piece running over a column's start (cells one
    space apart) split there."""
    out = []
    for start, text in _chunks(line):
        end = start + len(text)
        for column in columns[1:]:
            if not start + _TOLERANCE < column.start < end:
                continue
            cut = next((q for q in sorted(range(column.start - 2, column.start + 3),
                                          key=lambda q: abs(q - column.start))
                        if start < q < end and line[q - 1] == " " and line[q] != " "), None)
            if cut is not None:
                out.append((start, line[start:cut].rstrip()))
                start, text = cut, line[cut:end]
        out.append((start, text))
    return out


def _cells(line: str, columns: list[Column]) -> list[str]:
    """The text of each column on one printed line."""
    parts: list[list[str]] = [[] for _ in columns]
    for start, text in _pieces(line, columns):
        k = max((i for i, c in enumerate(columns) if c.start <= start + _TOLERANCE), default=0)
        parts[k].append(text)
    return [" ".join(p) for p in parts]


def _row_columns(row: _Row) -> list[Column]:
    """The row's own column starts: `pdftotext -layout` sets a row's lines as one block,
    its columns a few characters off the page's where a long line was squeezed ("…
    udvalget    Godkendt." four columns left of the decisions above and below). Each
    column starts at the leftmost text of the row's lines near the page's start."""
    starts = [start for line in row.lines for start, _ in _chunks(line)]
    out = [row.columns[0]]
    for column in row.columns[1:]:
        near = [s for s in starts if abs(s - column.start) <= _DRIFT and s > out[-1].start]
        out.append(replace(column, start=min(near, default=column.start)))
    return out


def _row_cells(row: _Row) -> list[list[str]]:
    """Each column's lines in the row."""
    columns = _row_columns(row)
    cells: list[list[str]] = [[] for _ in columns]
    for line in row.lines:
        for k, text in enumerate(_cells(line, columns)):
            if text:
                cells[k].append(text)
    return cells


def _page_foot(lines: list[str], i: int) -> bool:
    """Whether line `i` is the page's counter under the table ("Side 2", or a number
    alone with nothing but blank lines between it and the page break)."""
    if page_counter(lines[i]):
        return True
    after = next((ln for ln in lines[i + 1:i + _GAP_LINES + 2] if ln.strip() or "\f" in ln), "")
    return lines[i].strip().isdigit() and "\f" in after


def _group_row(lines: list[str], i: int, columns: list[Column]) -> str:
    """A row of one cell across the table ("Lukket punkt", "Åbne sager"), set in the
    number column, right above a numbered row; "" for any other line."""
    chunks = _chunks(lines[i])
    nxt = next((ln for ln in lines[i + 1:i + _GAP_LINES] if ln.strip()), "")
    if len(chunks) != 1 or chunks[0][0] > columns[0].start + _TOLERANCE or (
            _ROW_NUMBER_RE.match(chunks[0][1])):
        return ""
    return chunks[0][1] if _ROW_NUMBER_RE.match(_cells(nxt.lstrip("\f"), columns)[0]) else ""


def _next_head(lines: list[str], i: int, kinds: list[str]) -> int | None:
    """The next page's head row, a page break away from line `i` (the page's footer
    between); None when the table ends at `i`."""
    for j in range(i, min(len(lines), i + _LOOKAHEAD)):
        again = layout_head(lines[j])
        if again and [c.kind for c in again] == kinds and any(
                "\f" in ln for ln in lines[i:j + 1]):
            return j
    return None


def _rows(lines: list[str], at: int, columns: list[Column]) -> tuple[list[_Row], int]:
    """The rows under the head row at `at`, and where the table ends."""
    kinds = [c.kind for c in columns]
    columns = _aligned(columns, lines[at + 1:at + _ALIGN_LINES])
    rows: list[_Row] = []
    i, blank, group = at + 1, 0, ""
    while i < len(lines):
        line = lines[i].lstrip("\f")
        if not line.strip():
            blank, i = blank + 1, i + 1
            continue
        again = layout_head(line)
        if again and [c.kind for c in again] == kinds and rows:  # (the next page's)
            columns = _aligned(again, lines[i + 1:i + _ALIGN_LINES])
            blank, i = 0, i + 1
            continue
        cells = _cells(line, columns)
        number = _ROW_NUMBER_RE.match(cells[0])
        if number and any(cells[1:]):
            rows.append(_Row(int(number.group(1)), columns, [line], group=group))
            group = ""
        elif not cells[0] and rows and blank < _GAP_LINES and not _page_foot(lines, i):
            # the row's cells go on (not into the page's counter below them, "Side 2")
            if columns is not rows[-1].columns:  # (on the next page: its own columns)
                rows.append(_Row(rows[-1].number, columns, goes_on=True))
            rows[-1].lines.append(line)
        elif rows and (across := _group_row(lines, i, columns)):
            group = across
        elif rows and (nxt := _next_head(lines, i, kinds)) is not None:
            # a page's footer, then (the page break kept) the next page's head row
            rows[-1].furniture.extend([*(ln for k, ln in enumerate(lines[i:nxt], i) if not (
                ln.strip().isdigit() and _page_foot(lines, k))), "\f"])  # (its bare number)
            i = nxt
            continue
        else:
            break
        blank, i = 0, i + 1
    return rows, i


def _merged(rows: list[_Row]) -> list[tuple[int, list[list[str]], list[str], str]]:
    """Each item's number, its columns' lines, the page furniture after it and the row
    across the table above it: a row going on over a page break (its part on the next
    page without a number) is one."""
    out: list[tuple[int, list[list[str]], list[str], str]] = []
    for row in rows:
        cells = _row_cells(row)
        if row.goes_on and out:
            for k, lines in enumerate(cells):
                out[-1][1][k].extend(lines)
            out[-1][2].extend(row.furniture)
        else:
            out.append((row.number, cells, list(row.furniture), row.group))
    return out


def column_table_text(text: str) -> str:
    """`text` with each item table printed side by side written out as item blocks;
    unchanged when no line is such a table's head row."""
    lines = text.split("\n")
    if not any(len(ln) > 40 and "   " in ln for ln in lines):  # (no text printed in columns)
        return text
    i = 0
    while i < len(lines):
        columns = layout_head(lines[i])
        if columns is None:
            i += 1
            continue
        rows, end = _rows(lines, i, columns)
        items = _merged(rows)
        at = [c.kind for c in columns].index("title")
        titles = [title_lines(cells[at])[0] for _, cells, _, _ in items]
        if not items or printed_again(titles, lines[end:]):
            i += 1
            continue
        blocks = [ln for number, cells, furniture, group in items
                  for ln in [*grouped(group, item_block(number, columns, cells)), *furniture]]
        lines = [*lines[:i], *blocks, *lines[end:]]
        i += len(blocks)
    return "\n".join(lines)
