"""An item's band that prints what the item is for beside its title – "Punkt 2 |
Budgetopfølgning | Beslutning", "Punkt 4 | … | Orientering" – as a PDF's text gives it:
the type word alone on the line under the title, right above the item's case number
("Beslutning" / "Sagsnr.: 15.00.00-A00-1-26"). There the word says what the agenda asks
of the body; it heads no decision (an agenda's closed item would otherwise get its
notice "Sagen behandles for lukkede døre." as a decision). A decision heading is never
printed above the item's case number.
"""

from __future__ import annotations

import re

_TYPE_RE = re.compile(r"^(?:til\s+)?(?:beslutning|orientering|drøftelse|godkendelse|"
                      r"indstilling)$", re.IGNORECASE)
_CASE_RE = re.compile(r"^(?:sagsnr|sags nr|sagsnummer|j\.\s?nr|journalnr|journalnummer)\.?"
                      r"\s*:?\s*\S*\d", re.IGNORECASE)


def without_type_word(body: list[str]) -> list[str]:
    """The item's body lines without its band's type word above the case number.

    >>> without_type_word(["Beslutning", "Sagsnr.: 24/118", "Indstilling", "Godkendes."])
    ['Sagsnr.: 24/118', 'Indstilling', 'Godkendes.']
    >>> without_type_word(["Beslutning", "Godkendt.", "Sagsnr.: 24/118"])
    ['Beslutning', 'Godkendt.', 'Sagsnr.: 24/118']
    """
    filled = [k for k, ln in enumerate(body) if ln.strip()][:2]
    if len(filled) == 2 and _TYPE_RE.match(body[filled[0]].strip()) and _CASE_RE.match(
            body[filled[1]].strip()):
        return body[:filled[0]] + body[filled[0] + 1:]
    return body
