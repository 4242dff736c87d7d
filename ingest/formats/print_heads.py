"""The right-hand cells of a fixed-width print's page head (a mainframe's report), set
beside the municipality, the committee and the document's kind:

    VESTBY KOMMUNE                                     SIDE:         1
    KULTUR- OG FRITIDSUDVALGET                 UDSKREVET: 04.09.25 06.10
    R E F E R A T                                  KØRSEL: KFU0907 / PROT

The page number, the day the report was printed and the job that printed it are the
print's, not the meeting's: they go, so that the day printed is never read as the
meeting's date. The cells on the left stay as they are.
"""

from __future__ import annotations

import re

# a stamp cell far right of a line's text (three spaces or more before it)
_STAMP_CELL_RE = re.compile(
    r"(?<=\S)[ \t]{3,}(?:side|udskrevet|udskriftsdato|printet|kørsel|job|program)"
    r"[ \t]*:[ \t]*\S[^\n]{0,40}$", re.IGNORECASE | re.MULTILINE)


def without_print_stamps(text: str) -> str:
    """The text without a print's page-head stamp cells.

    >>> without_print_stamps("KULTURUDVALGET        UDSKREVET: 04.09.25 06.10\\nSide: 2 af 3")
    'KULTURUDVALGET\\nSide: 2 af 3'
    """
    if not re.search(r"(?i)udskrevet|kørsel|side", text):
        return text
    return _STAMP_CELL_RE.sub("", text)
