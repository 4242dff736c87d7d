"""The characters of a text layer made the letters and spaces a reader sees (used by
`read.text_of`, for every PDF, web page and text file the text adapter reads).

A PDF's font may map each "ø" to "o" and a combining stroke (U+0338), and each "å" to
"a" and a combining ring (U+030A); a macOS or NFD export writes every letter that way.
NFC composes "å", but "ø" has no canonical decomposition, so "Mødested", "Sønderborg" and
the party letter "(Ø)" stay two characters each unless the stroke is put back on its
letter here. Typesetting writes zero-width spaces (U+200B) as break opportunities inside
words and case numbers ("Plan" U+200B "udvalget", "23/" U+200B "907", before an item's
number), and thin and narrow no-break spaces (U+2009, U+202F, …) in amounts and dates
("9 500 000", "4. maj"): the first are no characters at all, the others plain spaces, so
a label, a case number or an item's number reads as printed.
"""

from __future__ import annotations

import re
import unicodedata

# A letter with a combining stroke (long or short solidus overlay): the Danish "ø"
_STROKED = {"o": "ø", "O": "Ø"}
_STROKE_RE = re.compile(r"([oO])[\u0337\u0338]")
# Invisible break opportunities and joiners inside a word: gone
_INVISIBLE_RE = re.compile("[\u200b\u2060\ufeff]")
# Spaces of other widths than a space (en/em quads, figure, thin, hair, narrow no-break)
_SPACES = str.maketrans(dict.fromkeys("\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                                      "\u200a\u202f\u205f", " "))


def plain_chars(text: str) -> str:
    """`text` with its decomposed letters composed, its zero-width spaces gone and its
    thin spaces plain (a no-break space and a soft hyphen are `text_lines.normalize`'s).

    >>> plain_chars("Mo\u0338dedag i So\u0338nderborg, (O\u0338), Ha\u030arby")
    'Mødedag i Sønderborg, (Ø), Hårby'
    >>> plain_chars("Sag 23/\u200b907: Plan\u200budvalget, 9\u2009500\u2009000 kr., 4.\u202fmaj")
    'Sag 23/907: Planudvalget, 9 500 000 kr., 4. maj'
    """
    if text.isascii():
        return text
    if "\u0337" in text or "\u0338" in text:
        text = _STROKE_RE.sub(lambda m: _STROKED[m.group(1)], text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _INVISIBLE_RE.sub("", text).translate(_SPACES)
