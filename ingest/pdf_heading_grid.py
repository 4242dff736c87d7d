"""A grid of names under headings that span several of its columns (read stage, used by
`ingest.read`).

A council's attendance may be set as a borderless grid: "Til stede" over three columns
of members, three a row, and "Afbud og stedfortrædere" over a fourth column of "Afbud:
…" / "Stedfortræder: …" lines beside them. The text layer gives the grid row by row,
each row's four cells on one line ("Jens Holm (V), borgmester Eva Lund (A) Ole Bak (C)
Afbud: Ida Krog (V)"), so no reader can tell a member from the absentee beside them.

Read with positions: a row of short headings, the grid's rows below it with every cell
starting at one of a few column edges, each column under the heading left of it. Each
heading is written with its cells below it, one a line: a heading over several columns
takes its cells row by row (as they are read), one over a single column top to bottom,
a cell that opens in lower case going on with the cell above it ("… forlod mødet kl.
19.05" / "efter behandlingen af punkt 9."). The grid ends at a line with text off its
columns or too long for its column. Only a grid with a heading over two or more columns
is read so (one column a heading is `pdf_label_columns`'s); a page whose text does not
hold the grid's rows as lines is left as it is."""

from __future__ import annotations

import re

from .pdf_pieces import Piece, baselines, pieces, said

_SAME_X = 2.0  # points between two left edges in one column
_MIN_ROWS = 3  # rows of the grid, at least
_EM = 0.5  # a character's width as a share of the font size, on average
_SLACK = 1.15  # a cell's width by its characters may overshoot its column so much
# a heading: a few words, no digit, no bracket, no colon inside
_HEADING_RE = re.compile(r"^[A-ZÆØÅ][^\d():;,.]{1,40}$")


def heading_grid(page: object, text: str) -> str:
    """`text` with a grid under spanning headings read heading by heading."""
    rows = baselines(pieces(page))
    for k, row in enumerate(rows):
        found = _grid(rows, k)
        if found is None:
            continue
        end, edges = found
        shown = [said(r) for r in rows[k:end]]
        lines = text.split("\n")
        at = next((i for i, ln in enumerate(lines) if " ".join(ln.split()) == shown[0]), None)
        if at is None or [" ".join(ln.split()) for ln in lines[at:at + len(shown)]] != shown:
            return text
        return "\n".join(lines[:at] + _read(row, rows[k + 1:end], edges)
                         + lines[at + len(shown):])
    return text


def _column(x: float, edges: list[float]) -> int | None:
    return next((k for k, edge in enumerate(edges) if abs(x - edge) <= _SAME_X), None)


def _grid(rows: list[list[Piece]], k: int) -> tuple[int, list[float]] | None:
    """Where the grid under the headings of row `k` ends, and its column edges; None
    when row `k` heads no such grid."""
    heads = rows[k]
    if len(heads) < 2 or not all(_HEADING_RE.match(p[3].strip()) for p in heads):
        return None
    below = rows[k + 1:k + 2]
    if not below:
        return None
    edges = sorted({round(p[0], 1) for p in below[0]})
    if len(edges) <= len(heads) or any(_column(h[0], edges) is None for h in heads):
        return None  # (no heading over two or more columns)
    end = k + 1
    step = None
    while end < len(rows):
        row = rows[end]
        gap = rows[end - 1][0][1] - row[0][1]
        if any(_column(p[0], edges) is None or _too_wide(p, edges) for p in row) or (
                step is not None and gap > 1.5 * step):
            break
        step = step or gap
        end += 1
    return (end, edges) if end - k - 1 >= _MIN_ROWS else None


def _too_wide(piece: Piece, edges: list[float]) -> bool:
    """Whether a piece runs past its column into the next (a line across the grid)."""
    nxt = [e for e in edges if e > piece[0] + _SAME_X]
    return bool(nxt) and len(piece[3]) * piece[2] * _EM > _SLACK * (nxt[0] - piece[0])


def _read(heads: list[Piece], rows: list[list[Piece]], edges: list[float]) -> list[str]:
    """Each heading on a line of its own, its cells below it."""
    owner = [max(h for h, head in enumerate(heads) if head[0] <= e + _SAME_X) for e in edges]
    out: list[str] = []
    for h, head in enumerate(heads):
        mine = [c for c, o in enumerate(owner) if o == h]
        out.append(head[3].strip())
        cells: list[str] = []
        order = [(r, c) for r in range(len(rows)) for c in mine] if len(mine) > 1 else [
            (r, mine[0]) for r in range(len(rows))]
        for r, c in order:
            cell = " ".join(p[3].strip() for p in rows[r] if _column(p[0], edges) == c)
            if not cell:
                continue
            if cells and cell[:1].islower():
                cells[-1] = f"{cells[-1]} {cell}"  # (a cell's text wrapped onto a row below)
            else:
                cells.append(cell)
        out += cells
    return out
