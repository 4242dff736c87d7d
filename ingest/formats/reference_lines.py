"""The case's earlier treatments listed by reference under an item's case number, one a
line, before any heading, as eDoc prints them in an item's text:

    Sagsnr.: 2014-9931
    Dok.nr.: 2015-119920
    Plan- og Miljøudvalget den 1. september 2015 Punkt 5
    Økonomiudvalget den 9. september 2015 Punkt 8

    Sammendrag
    …

Each line names a body, the day and its item there: the case's history, no text of the
case. They head a "Tidligere behandling" of their own, whose entries `history_text`
reads into the item's history (a treatment the item's text gives no decision of, "Byrådet
den 26. august 2015 Punkt 4" at a budget's first reading, is still one)."""

from __future__ import annotations

import re

from .dated import BODY

REFERENCES = "Tidligere behandling"
_REFERENCE_RE = re.compile(
    rf"^{BODY}\s+den\s+(?:\d{{1,2}}\.\s*[a-zæøå]+\s+\d{{4}}|\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}})"
    r",?\s+(?:(?i:punkt|pkt\.?)|§)\s*\d{1,4}\.?$")


def is_reference(line: str) -> bool:
    """Whether the line is one earlier treatment's reference: body, day and item number.

    >>> is_reference("Økonomiudvalget den 9. september 2015 Punkt 8")
    True
    >>> is_reference("Byrådet den 26. august 2015 vedtog budgettet, punkt 4")
    False
    """
    return bool(_REFERENCE_RE.match(line.strip()))
