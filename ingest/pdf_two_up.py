"""Two pages printed on one sheet ("2 sider pr. ark", read stage, used by `ingest.read`):
a landscape PDF page that holds two portrait pages side by side, each scaled down with
its own running header and its own page counter ("Side 2 af 3").

The text layer gives the left page's text, then the right page's, with no break
between them: the right page's running header stands in the middle of whatever
sentence the left page ended with, where no page furniture rule finds it. A page is
two pages when its text is drawn half by half (every piece left of the middle, then
every piece right of it) and each half holds a page counter of its own; the right
half's text then starts a page of its own (a form feed before it, as between two
pages of the file)."""

from __future__ import annotations

import re

from .pdf_pieces import pieces

# a page's counter as a footer or header prints it: "Side 2 af 3", "Side 2", "2/3"
_COUNTER_RE = re.compile(r"^(?:side\s+\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3})$",
                         re.IGNORECASE)
_MIN_PIECES = 5  # pieces of text on a half, for it to be a page


def two_up_pages(page: object, text: str) -> str:
    """The page's text with a form feed before the right-hand page's text, when the page
    holds two pages side by side; `text` as it is otherwise."""
    box = page.mediabox  # type: ignore[attr-defined]
    width, height = float(box.width), float(box.height)
    if width <= height or sum(1 for ln in text.split("\n")
                              if _COUNTER_RE.match(ln.strip())) < 2:
        return text
    drawn = [(x, text) for x, _, _, text in pieces(page)]
    middle = float(box.left) + width / 2
    right = next((k for k, (x, _) in enumerate(drawn) if x >= middle), None)
    if right is None or right < _MIN_PIECES or len(drawn) - right < _MIN_PIECES or any(
            x < middle for x, _ in drawn[right:]):
        return text  # (one half only, or the halves drawn line by line: columns)
    halves = (drawn[:right], drawn[right:])
    if not all(any(_COUNTER_RE.match(t) for _, t in half) for half in halves):
        return text
    at = 0
    for _, said in drawn[:right]:  # (the text gives the pieces in drawing order)
        found = text.find(said, at)
        if found < 0:
            return text
        at = found + len(said)
    start = text.find(drawn[right][1], at)
    if start < 0 or (start and text[start - 1] != "\n"):
        return text
    return f"{text[:start]}\f\n{text[start:]}"
