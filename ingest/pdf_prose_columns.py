"""Two columns of running text set on one line grid and drawn row by row across both
(read stage, used by `pdf_interleaved`): a newsletter-like referat whose items run in two
columns, the layout program writing each baseline's two lines one after the other, so
the page's text reads "1. Godkendelse af dagsorden og oversendes til Økonomiudvalget"
(the left column's heading and a line of the right column's text).

The columns are told by where the lines stand: on many baselines one piece starts at
the page's left edge of text and another at the same place near the middle, and both
are lines of prose, long enough to fill most of a column and no longer (a label and
its value, a list of names in two columns, are short; a label's value runs wider). The
band of such rows, with the rows between and right after them whose pieces each keep
to one column, is read as the left column's lines top to bottom, then the right
column's. Rows above and below it (a full-width head, a line running across both
columns, the page's footer) stay where they are, as does any page whose text does not
hold the rows as drawn."""

from __future__ import annotations

from statistics import median

from .pdf_pieces import Piece

Row = tuple[float, list[Piece]]  # a baseline and its pieces, in drawing order

_SAME_LINE = 1.5  # points between two baselines on one line
_SAME_X = 2.0  # points between two left edges in one column
_MIN_ROWS = 5  # rows with a line in each column, at least
_EM = 0.5  # a character's width as a share of the font size, on average
_FILLED = 0.6  # a column's lines fill this share of its width, on the median
_SLACK = 1.2  # a left line's width by its characters may overshoot its column so much
_STEPS = 3  # a band's rows stand at most this many line steps apart


def prose_columns(drawn: list[Piece], lines: list[str]) -> list[str] | None:
    """`lines` with each band of two prose columns read column by column, or None when
    the page has no such band (or its text does not hold the band's rows)."""
    rows = _rows(drawn)
    out, start, changed = list(lines), 0, False
    while (band := _band(rows)) is not None:
        first, last, right = band
        found = _reordered(out, rows[first:last + 1], right, start)
        if found is None:
            return None
        out, start = found
        rows, changed = rows[last + 1:], True
    return out if changed else None


def _rows(drawn: list[Piece]) -> list[Row]:
    """The pieces in rows: the pieces drawn one after the other on one baseline."""
    rows: list[Row] = []
    for piece in drawn:
        if rows and abs(rows[-1][0] - piece[1]) <= _SAME_LINE:
            rows[-1][1].append(piece)
        else:
            rows.append((piece[1], [piece]))
    return rows


def _width(piece: Piece) -> float:
    return len(piece[3]) * piece[2] * _EM


def _band(rows: list[Row]) -> tuple[int, int, float] | None:
    """The first band of two prose columns in `rows`: its first and last row and where
    its right column starts; None when there is none."""
    paired = [(k, row[1][0][0], row[1][1][0]) for k, row in enumerate(rows)
              if len(row[1]) == 2 and row[1][1][0] > row[1][0][0]]
    for left, right in sorted({(round(a), round(b)) for _, a, b in paired}):
        ks = [k for k, a, b in paired if abs(a - left) <= _SAME_X and abs(b - right) <= _SAME_X]
        width = right - left
        lefts = median(_width(rows[k][1][0]) for k in ks) if ks else 0.0
        rights = median(_width(rows[k][1][1]) for k in ks) if ks else 0.0
        # (both columns about as wide: a label's value runs far wider than its label)
        if len(ks) < _MIN_ROWS or min(lefts, rights) < _FILLED * width or (
                rights > _SLACK * width):
            continue
        step = median(rows[a][0] - rows[b][0] for a, b in zip(ks, ks[1:], strict=False))
        if step <= 0:
            continue
        first, last = ks[0], ks[0]
        while last + 1 < len(rows) and _fits(rows[last + 1], rows[last], left, right, step):
            last += 1
        if sum(first <= k <= last for k in ks) >= _MIN_ROWS:
            return first, last, right - _SAME_X
    return None


def _fits(row: Row, above: Row, left: float, right: float, step: float) -> bool:
    """Whether `row` goes on with the band: close below the row above, each piece in one
    column (a left piece ends before the right column starts)."""
    if not 0 < above[0] - row[0] <= _STEPS * step:
        return False
    return all(p[0] >= right - _SAME_X or (
        p[0] >= left - _SAME_X and _width(p) <= _SLACK * (right - p[0])) for p in row[1])


def _said(pieces: list[Piece]) -> str:
    return " ".join(" ".join(p[3] for p in pieces).split())


def _reordered(lines: list[str], band: list[Row], right: float,
               start: int) -> tuple[list[str], int] | None:
    """`lines` with the band's rows (each a line of the text from `start` on) as the left
    column's lines, then the right column's; and where the text after them starts."""
    first = _said(band[0][1])
    k = next((k for k in range(start, len(lines)) if " ".join(lines[k].split()) == first), None)
    if k is None:
        return None
    at = []
    for _, pieces in band:
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines) or " ".join(lines[k].split()) != _said(pieces):
            return None
        at.append(k)
        k += 1
    ordered = [_said([p for p in pieces if p[0] < right]) for _, pieces in band]
    ordered += [_said([p for p in pieces if p[0] >= right]) for _, pieces in band]
    ordered = [ln for ln in ordered if ln]
    return lines[:at[0]] + ordered + lines[at[-1] + 1:], at[0] + len(ordered)
