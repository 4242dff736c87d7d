"""A meeting named by its neighbour: "det møde, der fulgte efter udvalgsmødet den 18.
august 2020", "næste møde efter 7/2-2023", "mødet før det 6. februar 2024". The day
named need not be a meeting of the archive (its minutes may be missing); the meeting
asked is the archive's first after it, or its last before it.

(Written by hand: the period parser reads the day; which meeting neighbours it is a
question of the archive's meeting dates.)"""

from __future__ import annotations

import re
from datetime import date

# what stands between the asked meeting and the day: "det møde, der fulgte efter
# udvalgsmødet den", "næste møde efter", "mødet lige før det"
_AFTER = re.compile(r"\b(?:(?:næste|efterfølgende|følgende)\s+(?:[\w-]*)?møde\w*\s+(?:efter|end)|"
                    r"møde\w*,?\s+(?:der|som)\s+(?:fulgte|kom|lå)\s+(?:lige\s+|umiddelbart\s+)?"
                    r"efter|møde\w*\s+(?:lige\s+|umiddelbart\s+)?efter)\s+"
                    r"(?:(?:[\w-]*mødet|det)\s+)?(?:den\s+|d\.\s*)?$", re.I)
_BEFORE = re.compile(r"\b(?:(?:forrige|foregående)\s+(?:[\w-]*)?møde\w*\s+(?:før|inden)|"
                     r"møde\w*,?\s+(?:der|som)\s+(?:lå|kom|var)\s+(?:lige\s+|umiddelbart\s+)?"
                     r"(?:før|inden)|møde\w*\s+(?:lige\s+|umiddelbart\s+)?(?:før|inden))\s+"
                     r"(?:(?:[\w-]*mødet|det)\s+)?(?:den\s+|d\.\s*)?$", re.I)


def neighbour_side(text: str, label: str) -> str | None:
    """"after" or "before" when the text names a meeting by the day `label` it follows
    or precedes, else None.

    >>> neighbour_side("Hvor holdt udvalget det møde, der fulgte efter udvalgsmødet "
    ...                "den 18. august 2020?", "18. august 2020")
    'after'
    >>> neighbour_side("Hvad skete der på mødet den 18. august 2020?", "18. august 2020")
    """
    at = text.find(label)
    if at < 0:
        return None
    before = text[max(0, at - 80):at]
    if _AFTER.search(before):
        return "after"
    return "before" if _BEFORE.search(before) else None


def neighbour(days: list[date], day: date, side: str) -> date | None:
    """The first of `days` after `day`, or the last before it."""
    if side == "after":
        return min((d for d in days if d > day), default=None)
    return max((d for d in days if d < day), default=None)
