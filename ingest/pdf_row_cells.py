"""A table row's right-hand cell drawn ahead of its row (read stage, used by
`pdf_draw_order`).

A browser printing a web agenda paints a heading row's right-aligned cell first
("Sagsnr. 24/31877" at the page's right, level with "2. Kvalitetsrapport …" at its
left): `pypdf` gives every such cell of the page in a heap at its top, or glues the
cell to the heading drawn right after it ("Sagsnr. 25/00917. Meddelelser"), so the
case numbers end in the wrong items and the heading is lost.

A short line drawn before a line that stands on the same baseline further left is
that line's cell: it is read at the end of its row ("2. Kvalitetsrapport … Sagsnr.
24/31877"). Only where the cells' rows are apart (two columns of text side by side
stand on neighbouring rows) and no cell is larger than its row's text."""

from __future__ import annotations

Line = tuple[str, float, float, float]  # text, x, y (baseline) and size (`pdf_draw_order`)

_LEFT_OF = 50.0  # points a row's text starts left of its cell, at least
_CELL_CHARS = 40  # a cell's length, at most
_ROW = 1.0  # of the row's size: baselines within it stand on one row (a cell centred)
_MIN_CELLS = 2  # cells on a page, unless a cell was glued to its row
_GLUE = 10.0  # points a piece goes back left on its line, where a line break was lost


def split_glued(drawn: list[tuple[float, float, float, str]]
                ) -> tuple[list[tuple[float, float, float, str]], int]:
    """The pieces with a line break before each one `pypdf` set on the line of a piece
    drawn before it further right (a cell and the heading drawn next), and how many
    breaks that made."""
    out: list[tuple[float, float, float, str]] = []
    start: float | None = None  # where the current line's first piece stands
    for x, y, size, said in drawn:
        if said.strip() and start is not None and x < start - _GLUE:
            out.append((x, y, size, "\n"))
            start = None
        if said.strip() and start is None:
            start = x
        out.append((x, y, size, said))
        if "\n" in said:
            start = x if said.split("\n")[-1].strip() else None
    return out, len(out) - len(drawn)


def _row_of(cell: Line, k: int, lines: list[Line]) -> int | None:
    """The index of the line drawn after `cell` (at `k`) that stands on its row to its
    left, no smaller than it (the nearest one: a cell centred beside a heading of two
    lines stands between them); None when none does."""
    _, x, y, size = cell
    near = [(abs(y2 - y), j) for j, (text, x2, y2, size2) in enumerate(lines[k + 1:], k + 1)
            if x2 is not None and text.strip() and size2 >= size
            and abs(y2 - y) <= _ROW * size2 and x2 < x - _LEFT_OF]
    return min(near)[1] if near else None


def joined_cells(lines: list[Line], glued: int) -> list[Line] | None:
    """The lines with each cell drawn ahead of its row set at the row's end; None when
    the page has no such cells: two or more, or one that `pypdf` had glued to its row
    (`glued` breaks made by `split_glued`), for a page counter or a letterhead drawn
    before the header or footer line beside it is no table's cell."""
    rows: dict[int, int] = {}  # row line → its cell line
    for k, line in enumerate(lines):
        if line[1] is None or len(line[0].strip()) > _CELL_CHARS or sum(
                c.isalpha() for c in line[0]) < 2:  # (a chart's figures are no cells)
            continue
        j = _row_of(line, k, lines)
        if j is not None and j not in rows:
            rows[j] = k
    worded = [j for j, line in enumerate(lines) if line[0].strip() and j not in rows.values()]
    places = sorted(worded.index(j) for j in rows)
    if not rows or (len(rows) < _MIN_CELLS and not glued) or any(
            b - a == 1 for a, b in zip(places, places[1:], strict=False)):
        return None  # (two columns side by side: their rows are neighbours)
    cells = set(rows.values())
    return [(f"{line[0].rstrip()} {lines[rows[j]][0].strip()}", *line[1:]) if j in rows
            else line for j, line in enumerate(lines) if j not in cells]
