"""Soft hyphens (U+00AD), as an OCR engine (ABBYY FineReader) writes a word it found
hyphenated at a printed line's end: "socialpædago\u00ad" / "gisk støtte …". At a line's end
the soft hyphen joins the word's two halves, and the line below runs on after it, as the
printed line did; anywhere else it is only a place where a word may break, and goes.

A browser that hyphenates a justified paragraph writes the hyphen it sets at a line's
break as U+2010 (HYPHEN), drawn at the column's right edge, so the text layer may hold a
space before it: "Administra ‐" / "tionen". It is the hyphen of a word broken over two
lines ("Administra-"), which the line reader makes whole as any other.

ABBYY FineReader's plain-text export writes the hyphen it found at a printed line's end
as "¬" (U+00AC): "samt¬" / "lige udvalg" is one word; before a capital the hyphen was
printed in the word ("Bruun¬" / "Madsen" is "Bruun-Madsen").
"""

from __future__ import annotations

import re

# A soft hyphen after a letter at a line's end, the word going on on the next line
_AT_LINE_END_RE = re.compile(r"(?<=\w)\u00ad[ \t]*\n[ \t]*(?=\w)")
_BREAK_RE = re.compile(r"(?<=\w)[ \t]?\u2010[ \t]*$", re.MULTILINE)
# FineReader's "¬" at a line's end, the word going on (in small letters, or a capital:
# a compound name's own hyphen) on the next line
_ABBYY_RE = re.compile(r"(?<=\w)\u00ac[ \t]*\n[ \t]*(?=(\w))")


def unhyphenated(text: str) -> str:
    """`text` with its soft hyphens gone, a word they split over two lines made whole.

    >>> unhyphenated("for socialpæda\u00adgo\u00ad\\ngisk støtte\\nNæste linje")
    'for socialpædagogisk støtte\\nNæste linje'
    >>> unhyphenated("Afsnit\u00ad\\n\\nNyt afsnit")  # (no word goes on: only the hyphen goes)
    'Afsnit\\n\\nNyt afsnit'
    >>> unhyphenated("Administra \u2010\\ntionen")
    'Administra-\\ntionen'
    >>> unhyphenated("for samt\u00ac\\nlige udvalg, Jette Bruun\u00ac\\nMadsen (referent)")
    'for samtlige udvalg, Jette Bruun-Madsen (referent)'
    """
    if "\u2010" in text:
        text = _BREAK_RE.sub("-", text)
    if "\u00ac" in text:  # ("samt¬" / "lige", "Bruun¬" / "Madsen")
        text = _ABBYY_RE.sub(lambda m: "-" if m.group(1).isupper() else "", text)
    if "\u00ad" not in text:
        return text
    return _AT_LINE_END_RE.sub("", text).replace("\u00ad", "")
