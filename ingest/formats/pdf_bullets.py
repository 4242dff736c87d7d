"""List bullets in PDF text.

A bullet is lost, or comes out as a glyph the parser does not know, when the PDF is read
as text: a browser printing an HTML `<ul>` (Chromium) *draws* each disc as a small shape,
which has no text at all, so "Udvalget besluttede følgende" / "at godkende budgettet"
reads as one sentence; Word writes its bullets in the Symbol font (U+F0B7), others write
"▪", "◦" or "–". Two repairs:

* `text_with_bullets`, on the PDF's own structure: a tagged PDF marks each list item's
  label as `/Lbl` marked content; a label that paints a shape and shows no text drew
  its bullet, and the text shown next (the item's first line) gets "• " in front.
* `bullet_lines`: a line that starts with a bullet glyph starts with "• " (a dash with
  "- "), and a glyph alone on its line joins the line it marks; so `reflow` keeps every
  list item a line of its own and the sentence splitter a unit of its own.
"""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

from ..read import text_of

# Bullet glyphs as PDF text shows them (private-use ones are Symbol/Wingdings bullets).
_GLYPHS = "•●○◦▪▫■□‣⁃∙·➢➤►▶✓✔❖◆◇\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf071"
_BULLET_RE = re.compile(rf"^(\s*)[{_GLYPHS}](?:\s+|(?=\S))")
_DASH_RE = re.compile(r"^(\s*)[–—](?=\s+\S)\s*")
_ALONE_RE = re.compile(rf"^\s*[{_GLYPHS}]\s*$")  # not a dash: a table's "–" is nil
_LISTED_RE = re.compile(rf"^(?:[-*{_GLYPHS}–—]\s|\d{{1,2}}[.)]\s)")


def bullet_lines(lines: list[str]) -> list[str]:
    """`' at godkende'` → `'• at godkende'`, `'– tekst'` → `'- tekst'`; a glyph alone on
    its line is put in front of the next line that has text.

    >>> bullet_lines(["Følgende:", "\\uf0b7", "at godkende", "▪ at orientere", "– og mere"])
    ['Følgende:', '• at godkende', '• at orientere', '- og mere']
    """
    out: list[str] = []
    alone = False
    for line in lines:
        if _ALONE_RE.match(line):
            alone = True
            continue
        if alone and line.strip():
            line, alone = "• " + line.strip(), False
        line = _BULLET_RE.sub(r"\1• ", line, count=1)
        out.append(_DASH_RE.sub(r"\1- ", line, count=1))
    return out


def text_with_bullets(raw: bytes, path: Path) -> str:
    """The file's text as `ingest.read.text_of` reads it; for a tagged PDF, read in the
    same one pass, with "• " before each list item whose bullet was drawn."""
    if not raw.startswith(b"%PDF"):
        return text_of(raw, path)
    try:
        from pypdf import PdfReader

        reader = PdfReader(BytesIO(raw))
        if reader.is_encrypted or "/StructTreeRoot" not in reader.root_object:
            return text_of(raw, path)  # untagged: nothing marks a label
        pages = [_page_text(page) for page in reader.pages]
    except Exception:  # a damaged PDF: text_of gives the Danish reason
        return text_of(raw, path)
    text = "\n\f\n".join(pages)  # as text_of joins pages
    return text if len(re.sub(r"\s", "", text)) >= 20 else text_of(raw, path)


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


def _page_text(page: object) -> str:
    labels = _Labels()
    text = page.extract_text(visitor_operand_before=labels.operator,  # type: ignore[attr-defined]
                             visitor_text=labels.text) or ""
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
