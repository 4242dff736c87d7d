"""Month and party names typed with a slip ("sepetmber", "febuar", "socialdemokarter"),
spelled right so that the period parser and the party lists read them: "Hvor mødtes
teknikudvalget i starten af sepetmber 2024?" asks about September 2024, not the whole
year; "Var der socialdemokarter, der ikke dukkede op?" asks about (A)'s members.
Both are closed lists of words, unlike the archive's vocabulary (`typos.py`).

>>> respell_months("i starten af sepetmber 2024 og i febuar")
'i starten af september 2024 og i februar'
>>> respell_months("Mart og augustin kom i marts, Marte Meo i marst")
'Mart og augustin kom i marts, Marte Meo i marst'
>>> respell_parties("Var der socialdemokarter eller konsevative med?")
'Var der socialdemokrater eller konservative med?'
>>> respell_meeting("modet i marts 2025 – hvem var med til modet? Det kræver modet at sige mod")
'mødet i marts 2025 – hvem var med til mødet? Det kræver modet at sige mod'
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


# The forms a party's members or the party itself are written in, in lower case (long
# words only: a slip in "sf'er" or "venstre" is another word)
_PARTY_WORDS = frozenset({
    "socialdemokrat", "socialdemokraten", "socialdemokrater", "socialdemokraterne",
    "socialdemokratiet", "socialdemokratiets", "socialdemokratisk", "socialdemokratiske",
    "konservativ", "konservative", "konservatives", "enhedslisten", "enhedslistens",
    "venstrefolk", "venstremænd", "moderaterne", "danmarksdemokraterne",
    "kristendemokraterne", "alternativet", "alternativets", "løsgænger", "løsgængere",
})
_PARTY_WORD = re.compile(r"\b[A-Za-zæøåÆØÅ]{9,}\b")


def _party_word(word: str) -> str | None:
    low = word.lower()
    if low in _PARTY_WORDS:
        return None
    found = {p for p in _PARTY_WORDS if low[0] == p[0] and abs(len(low) - len(p)) <= 1
             and _distance(low, p) <= 1}
    return found.pop() if len(found) == 1 else None


def respell_parties(text: str) -> str:
    """`text` with each party word typed with one slip spelled right, in the case it
    was typed with."""
    def fix(m: re.Match[str]) -> str:
        right = _party_word(m.group(0))
        if right is None:
            return m.group(0)
        return right.capitalize() if m.group(0)[0].isupper() else right
    return _PARTY_WORD.sub(fix, text)


def respell_months(text: str) -> str:
    """`text` with each month name typed with a slip spelled right (lower case, as
    Danish writes months); other words as they are."""
    return _WORD.sub(lambda m: _month(m.group(0)) or m.group(0), text)


# "møde" typed with a plain o for its ø on a phone ("modet i marts 2025", "til modet?"):
# only where it dates or places a meeting or follows a word that points at one, since
# "mod", "mode" and "modet" (the courage) are words of their own
_MEETING_O = re.compile(r"\b([Mm])od(e|et|ets|er|erne)\b")
_DATED = re.compile(r"\s+(?:(?:i|den|d|på|hos|om)\b|d\.|\d)")
_POINTED = re.compile(r"(?:\b(?:til|på|ved|fra|sidste|næste|første|udvalgets)\s+|^\W*)$", re.I)


def respell_meeting(text: str) -> str:
    """`text` with "modet", "mode", "moder" … read as "mødet", "møde", "møder" …
    where they date a meeting ("modet i marts") or follow a word that points at one
    ("til modet?"); "Det kræver modet at …" stays."""
    def fix(m: re.Match[str]) -> str:
        dated = _DATED.match(text, m.end())
        if not dated and not _POINTED.search(text[:m.start()]):
            return m.group(0)
        return f"{m.group(1)}ød{m.group(2)}"
    return _MEETING_O.sub(fix, text)
