"""An item heading's number OCR misread on a scanned protocol page, read from the headings
around it (`ocr_words` mends a keyword's comma where the number's own dot follows):

* the keyword's dot read as a comma before a number without a dot of its own: "Pkt, 43
  Spildevandsplan" among "Pkt. 42 …" and "Pkt. 44 …" headings is "Pkt. 43 …";
* a digit of the number read as a letter: "Pkt. 4b Eventuelt." after "Pkt. 45 …" is
  "Pkt. 46 Eventuelt." ("b" for "6", "S" for "5", "B" for "8", "g" for "9" …).

Only where the headings make the number certain: the mended number is the one after the
number of the heading above it, written with the same keyword. Clean text keeps its
marks ("Pkt. 5a" after "Pkt. 5" is an item added after item 5).
"""

from __future__ import annotations

import re

# A heading's keyword, its dot (or the comma OCR read for it), the number and the title
_HEAD_RE = re.compile(r"(?m)^([ \t]*)(Pkt|PKT|Punkt|PUNKT)\b([.,;]?)([ \t]*)([^\W_]?\d[^\W_]{0,2})"
                      r"(?=[.:]?[ \t]+\S)")
# The letters OCR reads for digits in a typewriter's face
_DIGIT_FOR = str.maketrans({"b": "6", "G": "6", "S": "5", "s": "5", "B": "8", "Z": "2",
                            "z": "2", "g": "9", "q": "9", "O": "0", "o": "0", "l": "1",
                            "I": "1"})


def ocr_items(text: str) -> str:
    """`text` with the item headings' numbers OCR misread written as the headings around
    them make certain.

    >>> print(ocr_items("Pkt. 42 Vej\\nPkt, 43 Plan\\nPkt. 44 Sti\\nPkt. 45 Areal\\n"
    ...                 "Pkt. 4b Eventuelt."))
    Pkt. 42 Vej
    Pkt. 43 Plan
    Pkt. 44 Sti
    Pkt. 45 Areal
    Pkt. 46 Eventuelt.
    >>> print(ocr_items("Pkt. 5 Budget\\nPkt. 5a Hastesag\\nPkt, 7 Plan\\nPunkt 1 A\\nPunkt 2 B"))
    Pkt. 5 Budget
    Pkt. 5a Hastesag
    Pkt, 7 Plan
    Punkt 1 A
    Punkt 2 B
    """
    heads = list(_HEAD_RE.finditer(text))
    if len(heads) < 2:
        return text
    out, at, before = [], 0, None
    for m in heads:
        lead, keyword, dot, gap, number = m.groups()
        mended = number if number.isdigit() else number.translate(_DIGIT_FOR)
        if before is not None and before[0] == keyword.lower() and mended.isdigit() and (
                int(mended) == before[1] + 1) and (dot in ",;" and dot or mended != number):
            dot = "." if dot in ",;" and dot else dot
            out.append(text[at:m.start()] + f"{lead}{keyword}{dot}{gap}{mended}")
            at = m.end()
        before = (keyword.lower(), int(mended)) if mended.isdigit() else None
    return "".join(out) + text[at:] if out else text
