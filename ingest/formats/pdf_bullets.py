"""List bullets in PDF text, as lines: a line that starts with a bullet glyph starts
with "• " (a dash with "- "), and a glyph alone on its line joins the line it marks; so
`reflow` keeps every list item a line of its own and the sentence splitter a unit of its
own. Word writes its bullets in the Symbol font (U+F0B7), others write "▪", "◦" or "–".
Bullets a browser *drew* (no text at all) are put back when the PDF is read
(`ingest.pdf_labels`).
"""

from __future__ import annotations

import re

from ..pdf_labels import BULLET_GLYPHS

_BULLET_RE = re.compile(rf"^(\s*)[{BULLET_GLYPHS}](?:\s+|(?=\S))")
_DASH_RE = re.compile(r"^(\s*)[–—](?=\s+\S)\s*")
# Word's "save as plain text" and Outlook's plain part write a second level's bullet as
# the letter "o" set off by a tab or wide spaces ("o\tved skoler …"): a sub-point's dash
_LETTER_O_RE = re.compile(r"^(\s*)o(?:\t|[ ]{2,})(?=\S)")
_ALONE_RE = re.compile(rf"^\s*[{BULLET_GLYPHS}]\s*$")  # not a dash: a table's "–" is nil


# a list's glyph before an entry (not a tick, "✓", an attendance mark)
_LIST_BULLET_RE = re.compile(rf"^(\s*)[{BULLET_GLYPHS.replace('✓', '').replace('✔', '')}]\s+(?=\S)")


def listed_lines(lines: list[str]) -> list[str]:
    """`' Ida Holm'` → `'• Ida Holm'` (a header's list, each glyph with its entry); a
    glyph alone, a tick, or a dash kept as it is.

    >>> listed_lines(["\\uf0b7 Ida Holm", "✓", "✓ Bo Dam"])
    ['• Ida Holm', '✓', '✓ Bo Dam']
    """
    return [_LIST_BULLET_RE.sub(r"\1• ", line, count=1) for line in lines]


def bullet_lines(lines: list[str]) -> list[str]:
    """`' at godkende'` → `'• at godkende'`, `'– tekst'` → `'- tekst'`; a glyph alone on
    its line is put in front of the next line that has text.

    >>> bullet_lines(["Følgende:", "\\uf0b7", "at godkende", "▪ at orientere", "– og mere"])
    ['Følgende:', '• at godkende', '• at orientere', '- og mere']
    >>> bullet_lines(["·\\tved skoler", "o\\tkl. 6.30", "o   kl. 7.00", "o og"])
    ['• ved skoler', '- kl. 6.30', '- kl. 7.00', 'o og']
    """
    out: list[str] = []
    alone = False
    for line in lines:
        if _ALONE_RE.match(line):
            alone = True
            continue
        if alone and line.strip():
            line, alone = "• " + line.strip(), False
        line = _BULLET_RE.sub(r"\1• ", _LETTER_O_RE.sub(r"\1- ", line, count=1), count=1)
        out.append(_DASH_RE.sub(r"\1- ", line, count=1))
    return out
