"""Glyphs a PDF draws for a character they are not (read stage, used by `ingest.read`).

A bullet a PDF's font maps to the DEL control character (U+007F, a symbol font's bullet
with no Unicode of its own) reads as the bullet it is: "\x7f Resumé" → "• Resumé", so
that the list's items and a list of headings read as any bulleted list
(`ingest.formats.pdf_bullets`).

A converter that names such a glyph instead of reading it (docling:
`GLYPH<c=127,font=/AAAAAH+Wingdings-Regular>`, a symbol font's bullet) has its name read
the same way: "•" opening a line, nothing after a list's own marker or inside a line.

A browser printing a page hyphenated by the page's soft hyphens (Chromium) draws each
soft hyphen as a space glyph of no width and marks it as a soft hyphen only in the
marked content around it (`/Span <</ActualText (U+00AD)>>`). `pypdf` reads the space,
so every long word falls apart ("an søg nings fri sten"); the glyph is no text, and
goes before the page is read."""

from __future__ import annotations

import re

_DEL_BULLET_RE = re.compile(r"^([ \t]*)\x7f(?=[ \t]|$)", re.MULTILINE)
# marked content whose actual text is a soft hyphen (UTF-16 hex, or one PDFDoc byte),
# up to its end; and a glyph string shown in it
_SOFT_SPAN_RE = re.compile(rb"(/ActualText\s*(?:<FEFF00AD>|\((?:\\255|\xad)\))\s*>>\s*BDC)"
                           rb"((?:(?!BDC|BMC).)*?)EMC", re.DOTALL | re.IGNORECASE)
_SHOWN_RE = re.compile(rb"(?:<[0-9A-Fa-f\s]*>|\((?:[^()\\]|\\.)*\))\s*Tj")


def with_del_bullets(text: str) -> str:
    """`text` with a line's leading DEL glyph as "•".

    >>> with_del_bullets("Deltagere\\n\\x7f Ida Holm (A)")
    'Deltagere\\n• Ida Holm (A)'
    """
    if "\x7f" not in text:
        return text
    return _DEL_BULLET_RE.sub(r"\1•", text)


# docling's name of a glyph it read no character for: "GLYPH<c=127,font=/…>", "GLYPH<127>"
_GLYPH_NAME = r"GLYPH<[^<>\n]{1,80}>[ \t]*"
_LINE_GLYPH_RE = re.compile(rf"^([ \t]*){_GLYPH_NAME}", re.MULTILINE)
_GLYPH_NAME_RE = re.compile(_GLYPH_NAME)


def without_glyph_names(text: str) -> str:
    """`text` with a converter's glyph names read: a bullet opening a line, else nothing.

    >>> without_glyph_names("- GLYPH<c=127,font=/A+Wingdings> Ida\\nGLYPH<127> Bo")
    '- Ida\\n• Bo'
    """
    if "GLYPH<" not in text:
        return text
    return _GLYPH_NAME_RE.sub("", _LINE_GLYPH_RE.sub(r"\1• ", text))


# a letter of a symbol-encoded text font: its (3,0) cmap places code c at U+F000 + c, and a
# ToUnicode mapping to those points leaves them in the text layer ("\uf0c6r\uf0f8 Kommune");
# a text font's codes are its Windows code page's (c - 0xF000 read in cp1252 is "Ærø")
_SYMBOL_LETTER_RE = re.compile("[\uf0c0-\uf0ff]")
# ... known to be one when such a code stands inside a word, as a bullet's (U+F0B7) never does
_SYMBOL_IN_WORD_RE = re.compile("[A-Za-z][\uf0c0-\uf0ff]|[\uf0c0-\uf0ff][a-z]")


def _symbol_letter(m: re.Match[str]) -> str:
    letter = bytes([ord(m.group(0)) - 0xF000]).decode("cp1252")
    return letter if letter.isalpha() else m.group(0)


def with_symbol_letters(text: str) -> str:
    """`text` with a symbol-encoded text font's letters as the letters its codes are.

    >>> with_symbol_letters("\uf0c6r\uf0f8 Kommune, M\uf0f8dested:, Undlod: \uf0d8 (1)")
    'Ærø Kommune, Mødested:, Undlod: Ø (1)'
    >>> with_symbol_letters("\uf0b7 Ida Holm")
    '\uf0b7 Ida Holm'
    """
    if not _SYMBOL_IN_WORD_RE.search(text):
        return text
    return _SYMBOL_LETTER_RE.sub(_symbol_letter, text)


def without_soft_hyphen_glyphs(page: object) -> None:
    """Take out of `page`'s content the glyphs drawn inside marked content whose actual
    text is a soft hyphen (the text drawn there is no part of the page's words)."""
    stream = page.get_contents()  # type: ignore[attr-defined]
    data = stream.get_data() if stream is not None else b""
    if b"ActualText" not in data:
        return
    kept = _SOFT_SPAN_RE.sub(lambda m: m.group(1) + _SHOWN_RE.sub(b"", m.group(2)) + b"EMC",
                             data)
    if kept != data:
        from pypdf.generic import DecodedStreamObject, NameObject

        plain = DecodedStreamObject()
        plain.set_data(kept)
        page[NameObject("/Contents")] = plain  # type: ignore[index]
