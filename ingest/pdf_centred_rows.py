"""A table protocol whose cells are centred in their rows (read stage, used by
`ingest.read`).

A council's beslutningsprotokol may be one table, a row an item: "Pkt." | "Sag" (the
title and "Sagsnr. …" under it) | "Forudgående behandling" (the committees' earlier
decisions, "Økonomiudvalget 10.06.2025:" and its text) | "Byrådets beslutning
24.06.2025". With each cell centred in its row, a row's number stands on its middle
line and a tall cell's first lines stand above it, so neither the text layer's lines
(which run the cells of a line together) nor a layout reading (which starts a row at
its number) can tell where one row ends and the next begins.

Read with positions: the head row names the columns (as `formats.protocol_heads` reads
any item table's head; a column of the earlier treatments is the case's history, and a
decision column's date after its name goes), each number in the number column is a row,
and each column's lines are cut into the rows' cells so that every cell is centred on its
row's number. Each row is then written out as the item block minutes print
(`protocol_heads.item_block`), its earlier treatments under "Tidligere behandling" and
its decision under "Beslutning"; a cell holding only a dash is empty. The page's text
above the head row stays as it is; the table ends at a line with text off its cells
(left of its number column, a word in that column, a line running across the columns:
"Mødet hævet …", the footer), and the lines from there are read row by row. A
page whose table's cells are not centred (each row's text starting on its number's
line: `pdf_tables` reads it) or do not centre on their rows is left as it is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .pdf_pieces import SAME_LINE, Piece, baselines, pieces, said

_SAME_X = 2.0  # points a cell's text may start left of its column's head
_CENTRED = 3.0  # points between a cell's middle and its row's number, at most
_EM = 0.5  # a character's width as a share of the font size, on average
_SLACK = 1.3  # a cell's width by its characters may overshoot its column so much
_NUMBER_RE = re.compile(r"^\d{1,3}\.?$")
_DATE_END_RE = re.compile(r"\s+(?:den\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
# a column of the case's earlier treatments by other bodies
_HISTORY_HEADS = ("forudgående behandling", "tidligere behandling", "tidligere behandlinger",
                  "behandling i udvalg", "sagens forløb")
_HISTORY = "Tidligere behandling"
_EMPTY_CELLS = ("-", "–", "—")

Line = tuple[float, float, str]  # x, baseline, text


def centred_row_pages(pages: Sequence[Any], texts: list[str]) -> list[str]:
    """Each page's text (`texts`), a page holding a table protocol with centred cells
    read row by row as item blocks."""
    return [_page(pieces(page), text) or text for page, text in zip(pages, texts, strict=True)]


def _head(row: list[Piece]) -> list[Any] | None:
    """The table's columns named by a row of heads, or None."""
    from .formats.protocol_heads import head_columns  # (the formats package reads `read`)

    names = []
    for piece in row:
        name = _DATE_END_RE.sub("", " ".join(piece[3].split()))
        names.append(_HISTORY if name.lower() in _HISTORY_HEADS else name)
    columns = head_columns(names, [round(p[0]) for p in row]) if len(row) >= 3 else None
    return columns if columns and _HISTORY in names else None


def _page(drawn: list[Piece], text: str) -> str | None:
    """The page's text with its centred table read row by row, or None."""
    rows = baselines(drawn)
    at = next((k for k, row in enumerate(rows) if _head(row)), None)
    if at is None:
        return None
    columns = _head(rows[at]) or []
    starts = [p[0] for p in rows[at]]
    lines = text.split("\n")
    head_at = next((k for k, ln in enumerate(lines) if " ".join(ln.split()) == said(rows[at])),
                   None)
    if head_at is None:
        return None
    cells: list[list[Line]] = [[] for _ in columns]
    # the table ends at the first line with text left of its number column, other than a
    # number in it, or too long for its column (the closing line, the page's footer): that
    # line and all below it are read as lines
    end = next((k for k in range(at + 1, len(rows))
                if any(_off_table(p, starts) for p in rows[k])), len(rows))
    outside = [p for row in rows[end:] for p in row]
    if any(_NUMBER_RE.match(p[3].strip()) and abs(p[0] - starts[0]) <= _SAME_X
           for p in outside):
        return None  # (a row of the table below that line)
    for row in rows[at + 1:end]:
        for piece in row:
            k = max(i for i, x in enumerate(starts) if x <= piece[0] + _SAME_X)
            if cells[k] and abs(cells[k][-1][1] - piece[1]) <= SAME_LINE:
                x, y, shown = cells[k][-1]
                cells[k][-1] = (x, y, f"{shown} {piece[3]}")
            else:
                cells[k].append((piece[0], piece[1], piece[3]))
    numbers = [c for c in cells[0] if _NUMBER_RE.match(c[2].strip())]
    if not numbers or len(numbers) != len(cells[0]):
        return None
    centres = [n[1] for n in numbers]
    split = [_cut(column, centres) for column in cells[1:]]
    if any(s is None for s in split):
        return None
    if not any(_tall(row) for row in zip(*split, strict=True)):
        return None  # (rows of one line each: read well as they are)
    from .formats.protocol_heads import item_block

    out = lines[:head_at]
    for number, *row_cells in zip(numbers, *split, strict=True):
        texts = [[ln[2] for ln in cell] for cell in row_cells]
        texts = [[] if [t.strip() for t in cell] in ([d] for d in _EMPTY_CELLS) else cell
                 for cell in texts]
        out += item_block(int(number[2].strip().rstrip(".")), columns, [[number[2]], *texts])
    out += [said(row) for row in baselines(outside)]
    return "\n".join(out)


def _off_table(piece: Piece, starts: list[float]) -> bool:
    """Whether a piece stands outside the table's cells: left of its first column, a word
    in its number column, or running past its column's end."""
    if piece[0] < starts[0] - _SAME_X:
        return True
    k = max(i for i, x in enumerate(starts) if x <= piece[0] + _SAME_X)
    if k == 0 and not _NUMBER_RE.match(piece[3].strip()):
        return True
    width = len(piece[3].strip()) * piece[2] * _EM
    return k + 1 < len(starts) and width > _SLACK * (starts[k + 1] - piece[0])


def _tall(cells: tuple[list[Line], ...]) -> bool:
    """Whether a row's cells take several lines (so that their centring tells the rows
    apart: a top-aligned table's cells do not centre on their numbers)."""
    tops = [cell[0][1] for cell in cells if cell]
    lows = [cell[-1][1] for cell in cells if cell]
    return bool(tops) and max(tops) - min(lows) > 2 * SAME_LINE


def _cut(column: list[Line], centres: list[float]) -> list[list[Line]] | None:
    """A column's lines cut into the rows' cells, each centred on its row's number (a
    row's cell may be empty); None when the lines do not centre so."""
    cells: list[list[Line]] = []
    i = 0
    for centre in centres:
        best, off = None, _CENTRED
        for j in range(i, len(column)):
            mid = (column[i][1] + column[j][1]) / 2
            if abs(mid - centre) <= off:
                best, off = j, abs(mid - centre)
            if mid < centre - _CENTRED:
                break
        if best is None:
            if i < len(column) and column[i][1] > centre + _CENTRED:
                return None  # (a line above the row's cell that centres on nothing)
            cells.append([])
            continue
        cells.append(column[i:best + 1])
        i = best + 1
    return cells if i == len(column) else None
