"""A margin column of item marks drawn after a page's body (read stage, used by `ingest.read`).

Some producers (an EG/Prepare "Referat") set each item's number, and a closed item's
"Lukket", in a narrow column left of the text and draw that column after the page's body,
so the page's text lists them last ("… Indstilling" / "1" / "2" / "3" / "Side 1 af 2") and
no title carries its number. Read with positions, each such mark sits left of the body on
the baseline of its item's title: the mark is moved to its own line right above that
title, as a producer drawing in reading order prints it. A page whose bare marks are no
such column (a page number in the footer, a number in the text) is left as it is."""

from __future__ import annotations

import re

from .pdf_pieces import placed

# A mark the margin column holds: an item's number or the closed mark
_MARK_RE = re.compile(r"^(?:\d{1,3}[.]?|Lukket(?: punkt)?)$")
_GAP = 20.0  # how far left of the body's edge a mark is set (points)
_BASELINE = 8.0  # how far a mark's baseline may lie from its title's (a smaller font)


def margin_marks(page: object, text: str) -> str:
    """The page's text with each mark of a margin column above the line it marks."""
    lines = text.split("\n")
    if not any(_MARK_RE.match(ln.strip()) for ln in lines):
        return text
    chunks = placed(page)
    body = [c for c in chunks if not _MARK_RE.match(c[2])]
    if not body:
        return text
    left = min(x for x, _, _ in body)
    marks = [c for c in chunks if _MARK_RE.match(c[2]) and c[0] < left - _GAP]
    if not marks:
        return text
    moved: dict[int, list[str]] = {}  # the line index each mark goes above
    after: dict[int, list[str]] = {}  # "Lukket" under a number: below the number's title
    start, last_title = 0, None
    for x, y, mark in sorted(marks, key=lambda c: -c[1]):  # top to bottom
        if not mark[0].isdigit() and last_title is not None:
            after.setdefault(last_title, []).append(mark)
            continue
        near = [c for c in body if abs(c[1] - y) <= _BASELINE and c[0] > x]
        if not near:
            return text
        title = min(near, key=lambda c: abs(c[1] - y))[2]
        at = next((k for k in range(start, len(lines))
                   if lines[k].strip().startswith(title[:30])), None)
        if at is None:
            return text
        moved.setdefault(at, []).append(mark)
        start, last_title = at + 1, at
    gone = [mark for _, _, mark in marks]
    dropped: set[int] = set()
    for k in range(len(lines) - 1, -1, -1):  # the marks' own lines: the last holding each
        if lines[k].strip() in gone and k not in moved and k not in after:
            gone.remove(lines[k].strip())
            dropped.add(k)
    if gone or min(dropped) < max(moved, default=0):
        return text  # (a mark's line before its title: drawn in reading order already)
    out: list[str] = []
    for k, ln in enumerate(lines):
        out += moved.get(k, [])
        if k not in dropped:
            out.append(ln)
        out += after.get(k, [])
    return "\n".join(out)
