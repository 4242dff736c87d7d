"""Questions over several named periods, asked one period at a time: "Hvad har udvalget
behandlet om unge i 2024 og i 2015?" → one question per year, in date order."""

from __future__ import annotations

import re
from dataclasses import replace

from referat.periods import find_periods

from ..asked_patterns import EITHER_WAY, FROM_TO_YEARS
from ..overview import asks_trend

# What joins coordinated periods: "i 2022 og i 2024", "i september 2020, og på mødet i
# februar 2024", "2023, 2024 og 2025" — not a range ("fra 2015 til 2024").
# ("ved statussen i 2023 og ved statussen i 2025", "for 2. halvår 2022 og for …": the
# paper or the preposition said again)
_JOINED = re.compile(r"^\s*(?:,\s*(?:og\s+|samt\s+)?|og\s+|samt\s+|som\s+)"
                     r"(?:(?:i|på|ved|fra|for|efter)\s+)?"
                     r"(?:(?:\w+-?)?mød(?:e|et|er|erne)\s+|(?:den\s+|det\s+)?[\w-]*(?:status|"
                     r"statussen|opgørelsen|nøgletallene|sagen|referatet)\s+)?"
                     r"(?:(?:i|den|d\.|fra|for)\s+)?$", re.IGNORECASE)
# Two periods compared: "i andet halvår 2022 sammenlignet med opgørelsen for andet halvår
# 2024", "i 2015 i forhold til i 2024"
_COMPARED = re.compile(r"\s*,?\s*(?:sammenlignet\s+med|i\s+forhold\s+til|over\s+for)\s+"
                       r"(?:(?:den|det|de)\s+)?(?:[\w-]*(?:opgørelsen|statussen|tallene|mødet|"
                       r"året)\s+)?(?:(?:for|i|fra|på|den)\s+)?", re.I)
# ("mellem 2019 og 2020" is a range; "referaterne fra 2023 og 2024" two years, and "fra
# 2015 til 2024" never reaches here: "til" does not join)
# Two periods set against each other: "2. kvt 2020 mod 4. kvt 2023", "2015 vs. 2025"; and
# after "sammenlign": "sammenlign 2. kvt 2020 med 4. kvt 2023"
_VERSUS = re.compile(r"\s*,?\s*(?:mod|vs\.?|versus|kontra)\s+(?:(?:i|på|den)\s+)?", re.I)
_WITH = re.compile(r"\s+med\s+(?:(?:i|på|den)\s+)?", re.I)
_COMPARE_VERB = re.compile(r"\bsammenlign\w*\b[^?]*$", re.I)
_RANGE_BEFORE = re.compile(r"\bmellem\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_SPLIT_KINDS = ("day", "month", "quarter", "half", "season", "year")


def period_parts(question: str) -> list[str]:
    """One question per named period when the question names two to four periods side
    by side, in date order; [] otherwise.

    >>> period_parts("Hvad har udvalget behandlet om psykisk sårbare unge i 2024 og i 2015?")
    ['Hvad har udvalget behandlet om psykisk sårbare unge i 2015?', \
'Hvad har udvalget behandlet om psykisk sårbare unge i 2024?']
    >>> period_parts("Hvordan udviklede ledigheden sig fra 2015 til 2024?")
    []
    """
    before = _YEAR_BEFORE.search(question)
    if before:  # "… i 2024 end året før?": 2023 and 2024, each on its own
        y = int(before.group(1))
        head, tail = question[:before.start(1)], question[before.end(1):before.start(2)]
        return [f"{head}{y - 1}{tail}{question[before.end(2):]}",
                f"{head}{y}{tail}{question[before.end(2):]}"]
    ends = FROM_TO_YEARS.search(question)
    if ends and EITHER_WAY.search(question):  # each end's figure, side by side
        return [f"{question[:ends.start()]}i {y}{question[ends.end():]}" for y in ends.groups()]
    if asks_trend(question):
        return []  # "hvordan har antallet udviklet sig … 2015, 2023 og 2025?": one answer
    found = sorted((p for p in find_periods(question)
                    if not p.relative and p.kind in _SPLIT_KINDS), key=lambda p: p.span)
    if not 2 <= len(found) <= 4 or _RANGE_BEFORE.search(question[:found[0].span[0]]):
        return []
    compares = bool(_COMPARE_VERB.search(question[:found[0].span[0]]))
    if any(not (_JOINED.match(gap) or _COMPARED.fullmatch(gap) or _VERSUS.fullmatch(gap)
                or (compares and _WITH.fullmatch(gap)))
           for a, b in zip(found, found[1:], strict=False)
           if (gap := question[a.span[1]:b.span[0]]) is not None):
        return []
    start, end = found[0].span[0], found[-1].span[1]
    # "i juni og september 2020": the last period's year is the others', said with them
    # (not a year their own text gives: "den 7/2-23 og 18/3-25")
    borrowed = [p.year is None and found[-1].year is not None for p in found]
    found = [replace(p, year=p.year or found[-1].year) for p in found]
    order = sorted(range(len(found)), key=lambda k: (
        found[k].year or 0, found[k].month or 0, found[k].day or 0))
    # (each part asks of one: "på begge nytårskure, både i 2023 og 2024" → "på
    # nytårskure, i 2023")
    return [_count_asked(_BOTH_WORDS.sub("", question[:start] + question[
        found[k].span[0]:found[k].span[1]] + (f" {found[k].year}" if borrowed[k] else "")
        + question[end:])) for k in order]


# "… – hvornår kom der flest virksomheder?" asks which of the periods had most: each
# period's part asks its count ("hvor mange virksomheder kom der?")
_WHEN_MOST = re.compile(r"\b(?:hvornår|hvilke[tn]?\s+(?:år|kvartal|halvår|periode|måned))\s+"
                        r"((?:\S+\s+){0,4}?)(?:flest|færrest)\s+([\w-]+)", re.I)


def _count_asked(part: str) -> str:
    """A part that asks when there were most asks how many there were then.

    >>> _count_asked("q4 2023 – hvornår kom der flest firmaer flyttende hertil")
    'q4 2023 – hvor mange firmaer kom der flyttende hertil'
    """
    m = _WHEN_MOST.search(part)
    if not m:
        return part
    return f"{part[:m.start()]}hvor mange {m.group(2)} {m.group(1)}".rstrip() + part[m.end():]


# A year compared with the one before it: "flere eller færre i 2024 end året før?"
_YEAR_BEFORE = re.compile(r"\bi\s+((?:19|20)\d\d)\b[^?]*?(\s*,?\s*(?:end|som|i forhold til|"
                          r"sammenlignet med)\s+(?:året|år(?:et)?)\s+(?:før|inden))\b", re.I)
_BOTH_WORDS = re.compile(r"\b(?:både|begge)\s+", re.I)
