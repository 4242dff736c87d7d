"""Small capitals set by hand (read stage, used by `ingest.read`): a word's first capital
drawn in the text's size and the rest of the word in capitals of a smaller size, as a
browser draws `font-variant: small-caps` and a word processor its "small caps".

The two sizes are two pieces of text, and `pypdf` puts a space between them: "K ULTUR
- OG  F RITIDSUDVALGET", "M ØDEDATO", so the committee and the meeting's labels are
no words. A piece of one capital followed on its baseline, within a letter's width, by
a piece of smaller capitals is one word with it: the space between them goes."""

from __future__ import annotations

from .pdf_pieces import Piece

_SMALLER = 0.9  # the small capitals' size against the first capital's, at most
_SMALLEST = 0.5  # ... and at least
_SAME_LINE = 0.5  # points between the two pieces' baselines


def joined_capitals(drawn: list[Piece]) -> list[Piece]:
    """The page's pieces with each word's small capitals joined to its first capital."""
    out = list(drawn)
    shown = [k for k, piece in enumerate(out) if piece[3]]  # (an empty piece between)
    for before, k in zip(shown, shown[1:], strict=False):
        x0, y0, size0, first = out[before]
        x, y, size, rest = out[k]
        if (len(first.strip()) == 1 and first.strip().isupper() and rest[:1] == " "
                and rest[1:2].isupper() and _SMALLEST * size0 <= size <= _SMALLER * size0
                and abs(y - y0) <= _SAME_LINE and 0 < x - x0 <= 1.2 * size0):
            out[k] = (x, y, size, rest[1:])
    return out
