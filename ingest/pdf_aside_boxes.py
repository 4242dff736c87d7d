"""A notice box set into a column of running text (read stage, used by `ingest.read`).

A newsletter-style referat may break its column's flow with a shaded box of news from
the administration ("Kort nyt fra forvaltningen" and a sentence or two) right after an
item's decision. The box belongs to no item, but its text layer gives its lines straight
after the decision's, so they read as more of the decision.

Read with what the page draws: a filled or framed rectangle in a column (its left edge
where the running text above it starts, that text's paragraph ended), two or more lines
inside it, all set in from its edge by the box's padding and starting at one edge (a
box, not a table's row), its first line a heading of a few words set larger than the
lines below it (a table's cell of running text is none). Such a box is page
furniture, as a running header is: its lines go. A box headed by an item's section
("Beslutning", "Indstilling", a dated decision heading) or an item's number holds the
item's own text, and stays; so does any box whose lines the text does not hold as a run."""

from __future__ import annotations

import re

from .pdf_pieces import Piece, baselines, pieces, said

_PAINT = frozenset((b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s"))
_MIN_WIDTH = 100.0  # points a box spans, at least (a column's width, not a bullet)
_SAME_X = 2.0  # points between two left edges in one column
_INSET = (2.5, 15.0)  # points the box's lines are set in from its edge: its padding
_ABOVE = 40.0  # points above the box the column's text may end, at most
_HEADING_WORDS = 8  # words a box's heading holds, at most
_LARGER = 0.3  # points a box's heading is set larger than its text, more than
_ITEM_HEAD_RE = re.compile(r"^(?:punkt|pkt\.?|sag)\s*\d", re.IGNORECASE)

Box = tuple[float, float, float, float]  # left, bottom, right, top


def _boxes(page: object) -> list[Box]:
    """Every rectangle the page fills or strokes, wide enough to hold text."""
    found: list[Box] = []
    pending: list[Box] = []

    def before(op: bytes, args: list, cm: list, tm: list) -> None:
        nonlocal pending
        if op == b"re" and len(args) == 4:
            try:
                x, y, w, h = (float(a) for a in args)
            except (TypeError, ValueError):
                return
            x0, y0 = cm[0] * x + cm[4], cm[3] * y + cm[5]
            x1, y1 = x0 + cm[0] * w, y0 + cm[3] * h
            pending.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
        elif op in _PAINT:
            found.extend(b for b in pending if b[2] - b[0] >= _MIN_WIDTH)
            pending = []
        elif op == b"n":
            pending = []

    page.extract_text(visitor_operand_before=before)  # type: ignore[attr-defined]
    return found


def aside_boxes(page: object, text: str) -> str:
    """`text` without the lines of each notice box set into the page's running text."""
    boxes = _boxes(page)
    if not boxes:
        return text
    drawn = pieces(page)
    lines = text.split("\n")
    for box in boxes:
        rows = _aside(box, drawn)
        if not rows:
            continue
        at = next((k for k in range(len(lines) - len(rows) + 1)
                   if [" ".join(ln.split()) for ln in lines[k:k + len(rows)]] == rows), None)
        if at is not None:
            lines = lines[:at] + lines[at + len(rows):]
    return "\n".join(lines)


def _aside(box: Box, drawn: list[Piece]) -> list[str] | None:
    """The lines of the notice box `box` (each a row of its pieces), or None when the box
    holds no such notice."""
    from .formats.dated import dated_decision  # (the formats package reads `read`)
    from .formats.text_sections import section_name

    left, bottom, right, top = box
    rows = baselines([p for p in drawn if left < p[0] < right and bottom < p[1] < top])
    if len(rows) < 2:
        return None
    edge = rows[0][0][0]
    if not _INSET[0] <= edge - left <= _INSET[1] or any(
            abs(row[0][0] - edge) > _SAME_X for row in rows):
        return None  # (not padded, or a table's row of cells side by side)
    if rows[0][0][2] <= max(p[2] for row in rows[1:] for p in row) + _LARGER:
        return None  # (no heading set larger than its text: a table's cell, a paragraph)
    lines = [said(row) for row in rows]
    head = lines[0]
    if head.endswith((".", ":")) or len(head.split()) > _HEADING_WORDS or section_name(head) or (
            dated_decision(head) or _ITEM_HEAD_RE.match(head)):
        return None  # (a box of the item's own: its decision, its heading)
    above = [p for p in drawn if abs(p[0] - left) <= _SAME_X + 1 and top < p[1] <= top + _ABOVE]
    if not above or not min(above, key=lambda p: p[1])[3].rstrip().endswith((".", "!", "?")):
        return None  # (no paragraph of the column's running text ended right above it)
    return lines
