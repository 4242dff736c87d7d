"""Drawn list bullets in a tagged PDF (read stage, used by `ingest.read`).

A browser printing an HTML `<ul>` (Chromium) *draws* each disc as a small shape, which
has no text at all, so "Udvalget besluttede følgende" / "at godkende budgettet" reads as
one sentence. A tagged PDF marks each list item's label as `/Lbl` marked content; a
label that paints a shape and shows no text drew its bullet, and the text shown next
(the item's first line) gets "• " in front. Glyph bullets ("▪", U+F0B7) are text and
are normalised later, in `ingest.formats.pdf_bullets.bullet_lines`.
"""

from __future__ import annotations

import re

from .pdf_draw_order import as_read
from .pdf_pieces import extracted

# Bullet glyphs as PDF text shows them (private-use ones are Symbol/Wingdings bullets).
BULLET_GLYPHS = "•●○◦▪▫■□‣⁃∙·➢➤►▶✓✔❖◆◇\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf071"
_LISTED_RE = re.compile(rf"^(?:[-*{BULLET_GLYPHS}–—]\s|\d{{1,2}}[.)]\s)")


# Operators that paint a shape or an image (a bullet drawn, not written).
_PAINT = frozenset((b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s", b"Do", b"sh"))


class _Labels:
    """Follows a page's marked content: the first text after each `/Lbl` that painted a
    shape and showed no text (a list without bullets, `list-style: none`, paints none)."""

    def __init__(self) -> None:
        self.depth, self.label, self.inked, self.pending = 0, 0, False, False
        self.painted = False
        self.marks: list[str] = []

    def operator(self, op: bytes, args: list, cm: object, tm: object) -> None:
        if op in (b"BDC", b"BMC"):
            self.depth += 1
            if not self.label and op == b"BDC" and args and args[0] == "/Lbl":
                self.label, self.inked, self.painted = self.depth, False, False
        elif op == b"EMC" and self.depth:
            if self.label == self.depth:
                self.label, self.pending = 0, self.painted and not self.inked
            self.depth -= 1
        elif self.label and op in _PAINT:
            self.painted = True

    def text(self, text: str, cm: object, tm: object, font: object, size: object) -> None:
        if not text.strip():
            return
        if self.label:
            self.inked = True
        elif self.pending:
            self.marks.append(text.strip())
            self.pending = False


def page_text(page: object) -> str:
    """The page's text (in reading order, `pdf_draw_order.as_read`), with \"• \" before
    each list item whose bullet was drawn."""
    labels = _Labels()
    text = as_read(*extracted(page, labels.operator, labels.text))
    return _mark(text, labels.marks) if labels.marks else text


def _mark(text: str, marks: list[str]) -> str:
    """Put "• " before the line each mark starts, in reading order."""
    lines = text.split("\n")
    at = 0
    for mark in marks:
        key = mark[:40]
        found = next((j for j in range(at, len(lines)) if lines[j].strip().startswith(key)),
                     None)
        if found is None:
            continue
        if not _LISTED_RE.match(lines[found].strip()):
            lines[found] = "• " + lines[found].strip()
        at = found + 1
    return "\n".join(lines)
