"""A page whose text is drawn in another order than it is read (read stage, used by
`ingest.read`).

A typesetter may paint a page in passes: first every paragraph of body text, then
every heading over it (the item's "PUNKT 187", its title, "Beslutning"), or the items
first and the page's whole head (the municipality, the committee, the date and the
members) last, as a page template painted at the page's end does. `pypdf` gives the
text in drawing order, so the headings stand in a heap after the page's text, or the
date after the items, and neither a heading nor the head is where a reader finds it.

The page's lines are read with where they stand. A pass is a run of lines going down
the page; a pass that goes back up is a new one. A later pass whose lines start where
an earlier pass's lines start (one column) and fall between that pass's lines is part
of it: the two are read as one, top to bottom. The lines a later pass opens with that
stand above an earlier pass in its column (the head or running header painted last,
with the page's foot after it) are read before it. Two columns of text drawn right column
first are read left column first (`_columns_first`). Other passes side by side (a margin
note, columns drawn left first) and figures drawn bottom up (a chart's axis) are left in
their order; a page drawn as it is read is left as it is."""

from __future__ import annotations

from .pdf_pieces import Piece
from .pdf_row_cells import joined_cells, split_glued
from .pdf_small_caps import joined_capitals

Line = tuple[str, float, float, float]  # text, x, y (baseline) and size of its first piece

_SAME_X = 2.0  # points between two left edges in one column
_BACK_UP = 1.5  # sizes a line must stand above the one before to start a new pass
_BETWEEN = 2  # a later pass's lines between an earlier pass's lines, at least, to merge
_SHUFFLED = 8  # passes on a page drawn as boxes in no order, at least …
_BOX_LINES = 3  # … and lines a pass, on average, at most
_COLUMN_LINES = 8  # worded lines a pass holds, at least, to be a column of text
_GUTTER = 40.0  # points between the left column's last line start and the right's first
_SAME_BASELINE = 1.5  # points between two baselines on one line


def as_read(text: str, drawn: list[Piece]) -> str:
    """A page's text (`pdf_pieces.extracted`) with small capitals joined to their word's
    first capital (`pdf_small_caps`), in reading order; as it is if the pieces do not
    make it up."""
    if "".join(piece[3] for piece in drawn) != text:
        return text
    return reading_order(joined_capitals(drawn))


def reading_order(drawn: list[Piece]) -> str:
    """The text of a page's pieces (`pdf_pieces.runs`), in reading order when its passes
    are drawn out of it."""
    text = "".join(piece[3] for piece in drawn)
    split, glued = split_glued(drawn)
    cells = joined_cells(_lines(split), glued)  # (a row's cell drawn ahead of it)
    passes = _passes(cells or _lines(drawn))
    if len(passes) < 2 and not cells:
        return text
    if _shuffled(passes):  # (every paragraph a box of its own, the boxes in no order)
        return "\n".join(ln[0] for ln in _top_down([ln for p in passes for ln in p]))
    blocks = _merged([list(p) for p in passes])
    columns = _columns_first(blocks)
    blocks = _heads_first(columns or blocks)
    if [ln for block in blocks for ln in block] == [ln for p in passes for ln in p] \
            and not cells:
        return text
    lines = [ln for block in blocks for ln in block]
    return "\n".join(ln[0] for ln in (_rows_joined(lines) if columns else lines))


def _shuffled(passes: list[list[Line]]) -> bool:
    """Whether the page is drawn as boxes in no order: many passes of a few lines each,
    one below the other (no two of them side by side, as a page's columns stand)."""
    worded = [ln for p in passes for ln in _placed(p) if _worded(ln)]
    if len(passes) < _SHUFFLED or len(passes) * _BOX_LINES < len(worded):
        return False
    starts = sorted({round(ln[1]) for ln in worded})
    # (the boxes start at the page's left edge, a label's value right of its label)
    return sum(abs(ln[1] - starts[0]) <= _SAME_X for ln in worded) * 2 > len(worded)


def _lines(drawn: list[Piece]) -> list[Line]:
    """The page's lines (as `pypdf` breaks them), each placed where its first piece is."""
    lines: list[Line] = []
    current, where = "", None
    for x, y, size, said in drawn:
        parts = said.split("\n")
        for k, part in enumerate(parts):
            if k:
                lines.append((current, *(where or (None, None, 0.0))))
                current, where = "", None
            if where is None and part.strip():
                where = (x, y, size)
            current += part
    lines.append((current, *(where or (None, None, 0.0))))
    return lines


def _passes(lines: list[Line]) -> list[list[Line]]:
    """The lines cut where the drawing goes back up the page (a blank line goes with the
    line before it)."""
    passes: list[list[Line]] = [[]]
    last: Line | None = None
    for line in lines:
        if line[2] is not None and last is not None \
                and line[2] > last[2] + _BACK_UP * max(line[3], last[3], 1.0):
            passes.append([])
        passes[-1].append(line)
        if line[2] is not None:
            last = line
    return [p for p in passes if p]


def _placed(block: list[Line]) -> list[Line]:
    return [ln for ln in block if ln[2] is not None]


def _shared(block: list[Line], other: list[Line]) -> list[Line]:
    """`block`'s lines that start where a line of `other` starts."""
    starts = [ln[1] for ln in _placed(other)]
    return [ln for ln in _placed(block) if any(abs(ln[1] - x) <= _SAME_X for x in starts)]


def _between(block: list[Line], other: list[Line]) -> int:
    """How many of `block`'s lines stand between two lines of `other` that start where
    they start (in their column)."""
    count = 0
    for line in _placed(block):
        column = [ln[2] for ln in _shared(other, [line])]
        count += bool(column) and min(column) < line[2] < max(column) and _worded(line)
    return count


def _worded(line: Line) -> bool:
    """Whether the line holds a word (a chart's axis drawn bottom up is figures only)."""
    return any(c.isalpha() for c in line[0])


def _merged(blocks: list[list[Line]]) -> list[list[Line]]:
    """The passes with each later pass drawn between an earlier one's lines merged into
    it, the two read top to bottom."""
    k = 1
    while k < len(blocks):
        into = next((j for j in range(k) if _between(blocks[k], blocks[j]) >= _BETWEEN), None)
        if into is None:
            k += 1
            continue
        both = blocks[into] + blocks.pop(k)
        blocks[into] = _top_down(both)
    return blocks


def _columns_first(blocks: list[list[Line]]) -> list[list[Line]] | None:
    """The passes with a column of text drawn after the column right of it (a canvas
    program writing a page's right column first) moved before that column, or None when
    no column is: a reader reads the left column first. Each must be a column: many
    lines, all starting left of every line of the other, side by side down the page."""
    out, moved, k = list(blocks), False, 1
    while k < len(out):
        right = next((j for j in range(k) if _side_by_side(out[k], out[j])), None)
        if right is None:
            k += 1
            continue
        out.insert(right, out.pop(k))
        moved = True
    return out if moved else None


def _rows_joined(lines: list[Line]) -> list[Line]:
    """The lines with a line drawn right of the one before on its baseline joined to it:
    a running header's two ends ("Vordingborg Kommune" … "Udvalget – Referat – <date>"),
    which a text layer breaks apart, read as the one line a header is."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if last and line[2] is not None and last[2] is not None and line[0].strip() and (
                abs(line[2] - last[2]) <= _SAME_BASELINE and line[1] > last[1] + _GUTTER):
            out[-1] = (f"{last[0].rstrip()} {line[0].strip()}", *last[1:])
            continue
        out.append(line)
    return out


def _side_by_side(left: list[Line], right: list[Line]) -> bool:
    """Whether `left` is a column of text standing left of the column `right` on the same
    stretch of the page (each at least half beside the other)."""
    lefts = [ln for ln in _placed(left) if _worded(ln)]
    rights = [ln for ln in _placed(right) if _worded(ln)]
    if min(len(lefts), len(rights)) < _COLUMN_LINES:
        return False
    if max(ln[1] for ln in lefts) + _GUTTER > min(ln[1] for ln in rights):
        return False
    (top_l, low_l), (top_r, low_r) = ((max(ln[2] for ln in c), min(ln[2] for ln in c))
                                      for c in (lefts, rights))
    beside = min(top_l, top_r) - max(low_l, low_r)
    return beside * 2 >= min(top_l - low_l, top_r - low_r) > 0


def _top_down(block: list[Line]) -> list[Line]:
    """The block's lines top to bottom, left to right (a blank line after the line it
    followed)."""
    rows: list[tuple[float, float, list[Line]]] = []
    for line in block:
        if line[2] is None and rows:
            rows[-1][2].append(line)
        elif line[2] is not None:
            rows.append((-round(line[2], 1), line[1], [line]))
    return [ln for _, _, group in sorted(rows, key=lambda r: (r[0], r[1])) for ln in group]


def _heads_first(blocks: list[list[Line]]) -> list[list[Line]]:
    """The passes with the lines a later pass opens with above an earlier pass in its
    column (a page's head, painted last with the page's footer) put before that pass."""
    for k in range(1, len(blocks)):
        for j in range(k):
            top = max((ln[2] for ln in _placed(blocks[j])), default=None)
            head = _head(blocks[k], top)
            if _shared([ln for ln in _placed(head) if _worded(ln)], blocks[j]):
                blocks[k] = blocks[k][len(head):]
                blocks.insert(j, head)
                break
    return [block for block in blocks if block]


def _head(block: list[Line], top: float | None) -> list[Line]:
    """The lines `block` opens with that stand above `top`."""
    if top is None:
        return []
    n = 0
    while n < len(block) and (block[n][2] is None or block[n][2] > top):
        n += 1
    return block[:n]
