"""A bullet a PDF's font maps to the DEL control character (U+007F, a symbol font's bullet
with no Unicode of its own) reads as the bullet it is: "\x7f Resumé" → "• Resumé", so
that the list's items and a list of headings read as any bulleted list
(`ingest.formats.pdf_bullets`)."""

from __future__ import annotations

import re

_DEL_BULLET_RE = re.compile(r"^([ \t]*)\x7f(?=[ \t]|$)", re.MULTILINE)


def with_del_bullets(text: str) -> str:
    """`text` with a line's leading DEL glyph as "•".

    >>> with_del_bullets("Deltagere\\n\\x7f Ida Holm (A)")
    'Deltagere\\n• Ida Holm (A)'
    """
    if "\x7f" not in text:
        return text
    return _DEL_BULLET_RE.sub(r"\1•", text)
