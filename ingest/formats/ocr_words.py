"""Letters a scanned page's OCR misread in the words the reader keys on, where the line
can mean nothing else (`ocr_digits` does the same for digits):

* a section's label alone on its line, its "l" read as "i" (or "1", "I"), its "g" as
  "q" and its colon as a semicolon: "Besiutning:", "Beslutnlng:", "Beslutninq:",
  "Beslutning;", "Sagsfremstiiling:" are "Beslutning:" and "Sagsfremstilling:"; so is
  a heading printed without its colon ("Besiutning"), and one whose capital "I" was
  read as a small "l" ("lndstilling");
* a header's label split by a space OCR put inside it: "Fravær ende: Inge Dal" is
  "Fraværende: Inge Dal" (only where the joined word is a label the header knows);
* the hour's "kl." read "kI." or "k1." before a time ("kI. 13.00");
* an "l" read "1" between a word's letters: "Teknisk Udva1g" is "Teknisk Udvalg";
* an item's keyword with a comma for its dot before the number: "Pkt, 4. Title";
* a bar OCR made of a margin's rule at a line's start: "| Handicaprådet".

A label is changed only on a line of its own, a word read so only when it equals a known
label once "i", "l", "I", "1" and "|" count as one letter; a text without such lines is
returned as it is.
"""

from __future__ import annotations

import re

from .common import CANONICAL_HEADINGS
from .protocol_opening import protocol_text
from .text_header_rows import HEADER_FIELD_RE

# The letters OCR reads for one another in a label: "l", "i", "I", "1", "|", "!"
_SAME_LETTER = str.maketrans({"i": "l", "I": "l", "1": "l", "|": "l", "!": "l"})
# A label alone: a capitalised word (or two) and a colon, or a semicolon OCR read for one
# (or its capital "I" read "l": "lndstilling"; or a heading printed without a colon)
_LABEL_RE = re.compile(r"(?m)^([ \t]*)((?:[A-ZÆØÅ]|l(?=[a-zæøå]))[\wæøåÆØÅ|!]{3,30}"
                       r"(?: [\wæøå|!]{2,20})?)[ \t]*([:;]?)[ \t]*$")
_CLOCK_RE = re.compile(r"\b([kK])[I1]\.(?=[ \t]*\d{1,2}[.:][\dO]\d?)")
# a "1" OCR read for an "l" inside a word, between letters: "Udva1g", "F1yvholm" (in a
# word of no other digit: an export's id, "8c1f2a7e", mixes them on purpose)
_ONE_IN_WORD_RE = re.compile(r"(?<=[A-Za-zÆØÅæøå])1(?=[a-zæøå])")
_WORD_RE = re.compile(r"[^\W_]*[A-Za-zÆØÅæøå]1[a-zæøå][^\W_]*")


def _one_in_word(m: re.Match[str]) -> str:
    fixed = _ONE_IN_WORD_RE.sub("l", m.group(0))
    return m.group(0) if any(c.isdigit() for c in fixed) else fixed
_KEYWORD_COMMA_RE = re.compile(r"(?m)^([ \t]*(?:Pkt|PKT|Punkt|PUNKT))[,;]"
                               r"(?=[ \t]*\d{1,3}[.:][ \t]+\S)")
# a line's one bar at its start, a rule in the scan's margin (a table's row has more)
_BAR_RE = re.compile(r"(?m)^[ \t]*[|¦][ \t]+(?=[^|¦\n]+$)")
_SPLIT_LABEL_RE = re.compile(r"(?m)^([ \t]*)([A-ZÆØÅ][a-zæøå]{2,15}) ([a-zæøå]{2,10})(?=[ \t]*:)")


def _folded(word: str) -> str:
    return word.lower().translate(_SAME_LETTER).replace("q", "g")  # ("Beslutninq:")


_KNOWN = {_folded(h): h for h in CANONICAL_HEADINGS if " " not in h}


def _label(m: re.Match[str]) -> str:
    word, colon = m.group(2), ":" if m.group(3) else ""
    if word.lower() in CANONICAL_HEADINGS:
        return f"{m.group(1)}{word}{colon}"  # ("Beslutning;": the colon)
    known = _KNOWN.get(_folded(word))
    return f"{m.group(1)}{known[:1].upper()}{known[1:]}{colon}" if known else m.group(0)


def _joined(m: re.Match[str]) -> str:
    joined = m.group(2) + m.group(3)
    if HEADER_FIELD_RE.match(f"{joined}: x") and not HEADER_FIELD_RE.match(
            f"{m.group(2)} {m.group(3)}: x"):
        return m.group(1) + joined
    return m.group(0)


def ocr_words(text: str) -> str:
    """`text` with OCR's misread labels, hour, keyword and margin bars read as printed.

    >>> print(ocr_words("Besiutning:\\nGodkendt.\\nBeslutning;\\nSagsfremstiiling:"))
    Beslutning:
    Godkendt.
    Beslutning:
    Sagsfremstilling:
    >>> print(ocr_words("lndstilling\\nBesiutning\\nBeslutning\\nlovforslag"))
    Indstilling
    Beslutning
    Beslutning
    lovforslag
    >>> print(ocr_words("| Handicaprådet\\nMøde: 28. november 2024 kI. 13.00\\nPkt, 4. Title"))
    Handicaprådet
    Møde: 28. november 2024 kl. 13.00
    Pkt. 4. Title
    >>> ocr_words("Fravær ende: Inge Dal"), ocr_words("Bilag ikke: x"), ocr_words("| a | b |")
    ('Fraværende: Inge Dal', 'Bilag ikke: x', '| a | b |')
    >>> ocr_words("Teknisk Udva1g, k1. 16.20, H1N1, 24-1a, 8c1f2a7e")
    'Teknisk Udvalg, kl. 16.20, H1N1, 24-1a, 8c1f2a7e'
    """
    text = _WORD_RE.sub(_one_in_word, _CLOCK_RE.sub(r"\1l.", text))
    text = _KEYWORD_COMMA_RE.sub(r"\1.", text)
    text = _BAR_RE.sub("", text)
    text = _SPLIT_LABEL_RE.sub(_joined, text)
    # (a typed protocol's "Ar 1999, torsdag den 25. marts", "Blad 1123", "Sag nr. 43 (3)")
    return protocol_text(_LABEL_RE.sub(_label, text))
