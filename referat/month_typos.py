"""Month names typed with a slip ("sepetmber", "febuar", "oktobr"), spelled right so
that the period parser reads them: "Hvor mødtes teknikudvalget i starten af sepetmber
2024?" asks about September 2024, not the whole year.

>>> respell_months("i starten af sepetmber 2024 og i febuar")
'i starten af september 2024 og i februar'
>>> respell_months("Mart og augustin kom i marts, Marte Meo i marst")
'Mart og augustin kom i marts, Marte Meo i marst'
"""

from __future__ import annotations

import re

from .danish import DANISH_MONTHS

# (lower case, six letters or more: "Marte Meo" is a name, "marks" a word)
_WORD = re.compile(r"\b[a-zæøå]{6,}\b")
# (a slip is one edit in a short name, two in a long one; the first letter is kept)
_LONG = 8


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count once: "sepetmber")."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def _month(word: str) -> str | None:
    low = word.lower()
    if low in DANISH_MONTHS:
        return None
    for month in DANISH_MONTHS:
        allowed = 2 if len(month) >= _LONG else 1
        if low[0] == month[0] and abs(len(low) - len(month)) <= allowed \
                and _distance(low, month) <= allowed:
            return month
    return None


def respell_months(text: str) -> str:
    """`text` with each month name typed with a slip spelled right (lower case, as
    Danish writes months); other words as they are."""
    return _WORD.sub(lambda m: _month(m.group(0)) or m.group(0), text)
