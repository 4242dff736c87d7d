"""A narrow margin column beside the text (read stage, used by `ingest.read`).

Some referat templates set a narrow column left of the text, parted from it by a rule:
on the cover it holds the labels ("Mødedato", "Medlemmer", …) beside their values, and
beside each item's title the item's number in large type, "Sagsnr.", the case number
and "Åben sag" one under the other, perhaps later a side note ("Bilag" and its list)
beside the case text. The margin's lines stand between the title's lines, so a text
layer read line by line interleaves them: "Regnskab 2024 – overførsel af …" / "143
anlægsmidler fra 2024 til 2025" / "Sagsnr." / "25/3321", and a label drawn a hair below
its value's baseline comes after its value.

Read with positions, the page is the text column's rows top to bottom, and each block of
the margin (lines a line's leading apart at most) goes in before the row it stands
beside: its label or note above that text. A block that opens with a bare number (an
item's) is that item's head: the number, then the title rows beside the block (set in
the title's size), then the block's other lines ("Sagsnr." / "25/3321" / "Åben sag"), as
a referat prints an item's head. The rows above and below the text (the running header,
the footer) stay where they are, one row a line.

Only a document some page of which has a margin block headed by an item's number with a
row of the text between its lines (so its text layer interleaves them) is read so, each
page whose margin and text start where that page's do; any other page (a grid of labels
beside their values, each level with its value) is left as it is."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import reduce
from statistics import median
from typing import Any

from .pdf_pieces import SAME_LINE, Piece, baselines, pieces, said

_SAME_X = 2.0  # points between two left edges in one column
_LEVEL = 0.5  # points between a label's baseline and its value's, at most
_MARGIN_GAP = 60.0  # how far right of the margin the text column starts, at least (points)
_MIN_ROWS = 5  # rows starting at the text column's edge, at least
_EM = 0.5  # a character's width as a share of the font size, on average
_NUMBER_RE = re.compile(r"^\d{1,4}\.?$")  # an item's number alone

Row = tuple[float, float, str]  # baseline, size of its first piece, text


def side_column_pages(pages: Sequence[Any], texts: list[str]) -> list[str]:
    """Each page's text (`texts`), a page with a margin column beside its text read row
    by row with each margin block before the text it stands beside."""
    layouts = [_layout(pieces(page)) for page in pages]
    found = [lay for lay in layouts if lay is not None and lay.interleaved]
    if not found:
        return texts
    edges = (found[0].margin, found[0].body)
    out = []
    for text, lay in zip(texts, layouts, strict=True):
        same = lay is not None and abs(lay.margin - edges[0]) <= _SAME_X and (
            abs(lay.body - edges[1]) <= _SAME_X)
        out.append(lay.text() if same and lay is not None else text)
    return out


class _Layout:
    """One page read as a margin column beside a text column."""

    def __init__(self, margin: float, body: float, top: list[Row], rows: list[Row],
                 blocks: list[list[Row]], bottom: list[Row]) -> None:
        self.margin, self.body = margin, body
        self.top, self.rows, self.blocks, self.bottom = top, rows, blocks, bottom
        # (an item's number heading a margin block, a text row between the block's lines)
        self.interleaved = any(
            any(block[-1][0] + SAME_LINE < row[0] < block[0][0] - SAME_LINE for row in rows)
            for block in blocks if len(block) > 1 and _NUMBER_RE.match(block[0][2]))

    def text(self) -> str:
        """The page's lines: the header rows, the text rows with each margin block before
        the row it stands beside, the footer rows."""
        from .formats.text_layout import join_wrapped  # (the formats package reads `read`)

        out = [row[2] for row in self.top]
        rows, k = self.rows, 0
        for block in self.blocks:
            anchor = block[0][0] + 0.5 * block[0][1]
            while k < len(rows) and rows[k][0] > anchor:
                out.append(rows[k][2])
                k += 1
            if len(block) > 1 and _NUMBER_RE.match(block[0][2]):
                # (an item's head: its number, its title beside the block, the block's rest)
                title: list[str] = []
                size, low = (rows[k][1] if k < len(rows) else 0.0), block[-1][0]
                while k < len(rows) and abs(rows[k][1] - size) <= 0.3 and (
                        rows[k][0] >= low - 0.5 * size):
                    title.append(rows[k][2])
                    k += 1
                # (the title's rows are one title: "… lån til Hinnerup" / "Vandværk a.m.b.a.")
                out += [block[0][2], *([reduce(join_wrapped, title)] if title else [])]
                out += [line[2] for line in block[1:]]
            else:
                out += [line[2] for line in block]
        out += [row[2] for row in rows[k:]]
        out += [row[2] for row in self.bottom]
        return "\n".join(out)


def _rows(drawn: list[Piece]) -> list[Row]:
    """The pieces in rows, top to bottom: the pieces on one baseline, left to right."""
    return [(row[0][1], row[0][2], said(sorted(row))) for row in baselines(drawn)]


def _layout(drawn: list[Piece]) -> _Layout | None:
    """The page as a margin column beside its text, or None when it is no such page: a
    column of short lines at the page's left edge, a text column well right of it."""
    if not drawn:
        return None
    margin = min(p[0] for p in drawn)
    starts = Counter(round(p[0]) for p in drawn if p[0] >= margin + _MARGIN_GAP)
    if not starts:
        return None
    body = float(starts.most_common(1)[0][0])
    edge = [p for p in drawn if abs(p[0] - body) <= _SAME_X]
    if len(edge) < _MIN_ROWS:
        return None
    high = max(p[1] + p[2] for p in edge)
    low = min(p[1] - p[2] for p in edge)
    inside = [p for p in drawn if low <= p[1] <= high]
    side = [p for p in inside if abs(p[0] - margin) <= _SAME_X]
    text = [p for p in inside if p[0] > margin + _SAME_X]
    if not side or any(len(p[3]) * p[2] * _EM > body - margin for p in side):
        return None  # (a line running into the text column: no margin column)
    if any(p[0] < body - _SAME_X for p in text):
        return None  # (text between the margin and the text column: some other layout)
    rows = _rows(text)
    gaps = [a[0] - b[0] for a, b in zip(rows, rows[1:], strict=False) if a[0] - b[0] > SAME_LINE]
    if not gaps:
        return None
    leading = median(gaps)
    level = [r[0] for r in rows]
    blocks: list[list[Row]] = []
    for line in _rows(side):
        if blocks:
            last = blocks[-1][-1]
            both_level = all(any(abs(y - at) <= _LEVEL for at in level) for y in (line[0], last[0]))
            if last[0] - line[0] <= leading and not both_level:
                blocks[-1].append(line)
                continue
        blocks.append([line])
    top = _rows([p for p in drawn if p[1] > high])
    bottom = _rows([p for p in drawn if p[1] < low])
    return _Layout(margin, body, top, rows, blocks, bottom)
