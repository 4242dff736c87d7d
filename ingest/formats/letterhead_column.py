"""A letter's printed letterhead: the sender's block set flush right beside the
municipality's name at the top of a note or minutes typed as a letter,

    FAVRSKOV KOMMUNE                              Sekretariatet for Handicaprådet
                                                  Skovvej 20, 8382 Hinnerup
                                                  Dato: 3. marts 2025
                                                  Sagsnr.: 25/1180

The right-hand column names the office that wrote the note and the day it was written,
not the body that met nor the day it met; when a later line of the head names the
meeting's day with its hour ("Tid: Mandag d. 3/3-2025 kl. 14.00"), the column goes and
only the left-hand text (the municipality's name) stays. Any other head as it is.
"""

from __future__ import annotations

import re

from .text_furniture import DAY_AND_HOUR_RE

_GAP_RE = re.compile(r"^(\S.*?\S)\s{8,}(\S.*)$")  # "LEFT      RIGHT" on the block's first line
_MIN_INDENT = 24  # a right-hand column's lines start this far right


def without_letterhead_column(lines: list[str]) -> list[str]:
    """The head's lines with a right-hand letterhead column dropped (see the module's
    docstring).

    >>> without_letterhead_column(["ODDER KOMMUNE" + " " * 20 + "Sekretariatet",
    ...     " " * 33 + "Dato: 2. maj 2025", "", "Tid: Fredag d. 1/5-2025 kl. 9.00"])
    ['ODDER KOMMUNE', '', 'Tid: Fredag d. 1/5-2025 kl. 9.00']
    """
    start = next((k for k, ln in enumerate(lines) if ln.strip()), None)
    if start is None or not (m := _GAP_RE.match(lines[start].rstrip())):
        return lines
    column = len(lines[start].rstrip()) - len(m.group(2))
    if column < _MIN_INDENT:
        return lines
    end = start + 1
    while end < len(lines) and lines[end].strip() and abs(
            (len(lines[end]) - len(lines[end].lstrip())) - column) <= 2:
        end += 1
    if end == start + 1 or not any(DAY_AND_HOUR_RE.search(ln) for ln in lines[end:end + 30]):
        return lines  # (one line only, or no meeting's day and hour below: not a letterhead)
    return lines[:start] + [m.group(1)] + lines[end:]
