"""The patterns of `referat.periods`: every written form of a day, a month, a quarter, a
season, a part of a year, a week, a range and a relative meeting, kept apart from the code
that reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from .danish import DANISH_MONTHS

# Month names and the abbreviations minutes and people use ("feb.", "sept").
MONTH_NUMBER = {name: i + 1 for i, name in enumerate(DANISH_MONTHS)}
MONTH_NUMBER.update({name[:3]: i + 1 for i, name in enumerate(DANISH_MONTHS)})
MONTH_NUMBER.update({"sept": 9, "marts": 3, "maj": 5})
MONTH_ALT = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
ORDINAL = {"første": 1, "1": 1, "andet": 2, "anden": 2, "2": 2, "tredje": 3, "3": 3,
            "fjerde": 4, "4": 4, "sidste": 4}
# Seasons as (first month, number of months); winter runs into the next year.
SEASONS = {"forår": (3, 3), "sommer": (6, 3), "efterår": (9, 3), "høst": (9, 3),
            "vinter": (12, 3)}
YEAR = r"(?:19[5-9]\d|20\d\d)"
# A year as people shorten it in writing: "'24", "’15"
SHORT_YEAR = r"['’]\d\d"

ISO = re.compile(rf"\b({YEAR})-(\d{{1,2}})-(\d{{1,2}})\b")
# "7. februar 2023", "den 7 feb. 2023", "d. 7. februar", "7.-8. marts" (first day taken)
DAY_NAMED = re.compile(
    rf"\b(\d{{1,2}})\.?(?:\s?-\s?\d{{1,2}}\.?)?\s?({MONTH_ALT})\b\.?(?:\s(\d{{4}}|{SHORT_YEAR}))?",
    re.IGNORECASE)
# "7/2", "7/2-2023", "7/2 2023", "7.2.2023", "07-02-2023", "6/2-24", "7.2.23"
DAY_NUMERIC = re.compile(
    r"(?<![\d.,/-])(\d{1,2})(?:/(\d{1,2})(?:[ /-](\d{4}|(?<=[/-])\d\d))?|"
    r"[.-](\d{1,2})[.-](\d{4}|\d\d))"
    r"(?![\d/]|[.,]\d)")
# "i juni", "juni 2023", "junimødet", "mødet i marts", "februar-mødet"; a staff member's
# "feb 23", "feb-24 –", "sept 20 tog de …" (a two-digit year where the phrase ends or a
# verb follows; not "i juni 15 unge", nor "marts 18 hvem var der", a day)
AFTER_SHORT_YEAR = (r"og|eller|til|blev|var|er|har|havde|tog|fik|kom|gik|skete|sagde|"
                     r"besluttede|vedtog|godkendt\w*")
MONTH = re.compile(rf"\b({MONTH_ALT})(?:-?(møde\w*))?\b\.?"
                   rf"(?:(?:\småned)?\s(\d{{4}}|{SHORT_YEAR})|[\s-](\d\d)"
                    r"(?!,?\s*\d{4})"  # ("feb 06, 2024": a day, then the year)
                    r"(?=\s*(?:$|[,;:?!)]|\.(?!\d)|\s[–—-]\s|\s(?:"
                    + AFTER_SHORT_YEAR + r")\b)))?", re.IGNORECASE)
QUARTER = re.compile(
    rf"\b(?:(første|andet|anden|tredje|fjerde|sidste|[1-4])\.?\s?(?:kvartal|kvt)\.?"
    rf"|q([1-4]))(?:\s(?:af\s|i\s)?({YEAR}))?\b",
    re.IGNORECASE)
# ("første halvdel af 2024", "anden halvdel af året": the half-year too)
HALF = re.compile(rf"\b(første|andet|anden|sidste|[12])\.?\s?"
                  rf"(?:halvår|halvdel(?=\saf\s(?:året|{YEAR})))(?:\s(?:af\s|i\s)?({YEAR}))?",
                  re.IGNORECASE)
# A season and its time words ("sommeren", "efterårsferien", "forårsmødet"), not a thing
# named for it ("sommerjob", "vinterbadning").
# "vinteren 2024" is the winter of January 2024 (December 2023 – February 2024);
# "vinteren 2024/25" the one after it.
SEASON = re.compile(
    rf"\b(sen|tidlig|for(?=sommer|vinter))?(forår|sommer|efterår|høst|vinter)(?:en|et|ens|s)?(?:ferie|periode|møde|måned|tid|"
    # (a winter across two years, also shortened: "vinteren 2023/24", "vinteren 23/24")
    rf"sæson|halvår)?(?:n|en|et|t|ne|s|ens|ets|erne|rne)?\b(?:\s({YEAR}|\d\d(?=\s?/\s?\d\d\b))"
    rf"(\s?[/-]\s?\d{{2,4}}\b)?)?",
    re.IGNORECASE)
# Christmas and the new year, by their side: "før jul 2024" is December 2024, "efter
# jul 2024" and "efter nytår 2025" January 2025 (not "jul 2024", July, as a month)
CHRISTMAS = re.compile(rf"\b(før|inden|op til|efter)\s+(jul(?:en|eferien)?|nytår(?:et)?)"
                       rf"(?!\.)\b(?:\s({YEAR}))?", re.IGNORECASE)
# A holiday's side: "efter sommerferien" is the meetings of August and September, "før
# sommerferien" those of June (the school holiday runs from late June to mid-August).
_HOLIDAY_SIDE = re.compile(r"\b(efter|før|inden)\s+(?:den\s+)?$", re.IGNORECASE)


def season_span(m: re.Match[str], text: str, year: int | None) -> tuple[int | None, int, int]:
    """(year, first month, months) of a `SEASON` match: "sensommeren" is its last two
    months and the next, "forsommeren" the month before and its first, "vinteren 2024"
    the winter of January 2024, "efter sommerferien 2024" August–September 2024."""
    first, length = SEASONS[m.group(2).lower()]
    side = _HOLIDAY_SIDE.search(text[max(0, m.start() - 12):m.start()])
    if side and "ferie" in m.group(0).lower() and m.group(2).lower() == "sommer":
        return year, *((8, 2) if side.group(1).lower() == "efter" else (6, 1))
    if m.group(1):
        first, length = (first + 2 if m.group(1).lower() == "sen" else first - 1) % 12 or 12, 2
    if year and first + length - 1 > 12 and not m.group(4):
        year -= 1
    return year, first, length


# A part of a year, as plans are dated: "medio 2026", "ultimo 2025", "udgangen af 2024".
PART = re.compile(rf"\b(primo|medio|ultimo|(?:udgangen|slutningen|midten|starten|"
                   rf"begyndelsen)\saf|(?:sidst|først|midt)\si)\s({YEAR})\b", re.IGNORECASE)
PARTS = {"primo": (1, 4), "medio": (5, 4), "ultimo": (9, 4), "udgangen": (10, 3),
          "slutningen": (10, 3), "midten": (5, 4), "starten": (1, 3), "begyndelsen": (1, 3),
         "sidst": (10, 3), "først": (1, 3), "midt": (5, 4)}
# ... and of a month: "sidst i august 2020", "i starten af maj", "ultimo juni".
PART_MONTH = re.compile(rf"\b(?:(?:sidst|først|midt)\si|(?:starten|slutningen|midten|"
                         rf"begyndelsen|udgangen)\saf|primo|medio|ultimo)\s({MONTH_ALT})\b"
                         rf"(?:\s(\d{{4}}))?", re.IGNORECASE)
# ("fra 2015 til 2024", "mellem 2019 og 2020"; "referaterne fra 2023 og 2024" names two
# years, not the span between them)
RANGE = re.compile(rf"\b(?:fra\s({YEAR})\s(?:til|-)|mellem\s({YEAR})\s(?:til|og|-))\s({YEAR})\b"
                    rf"|\b({YEAR})\s?-\s?"
                    rf"({YEAR})\b"
                    rf"|\b({YEAR})\s?[/-]\s?(\d\d)\b(?![/.-]\d)", re.IGNORECASE)
SINCE = re.compile(rf"\b(siden|efter|før|inden|fra og med)\s({YEAR})\b|"
                   # "fra 2023 og frem": since 2023 too
                   rf"\b(fra)\s({YEAR})\s+og\s+frem(?:efter|over|ad)?\b", re.IGNORECASE)


def since_matches(text: str) -> Iterator[tuple[re.Match[str], str, int]]:
    """Each `SINCE` match with its word ("siden", "før", …; "fra og med" and "fra … og
    frem" as "siden") and year."""
    for m in SINCE.finditer(text):
        word = (m.group(1) or m.group(3)).lower()
        yield m, ("siden" if word.startswith("fra") else word), int(m.group(2) or m.group(4))
# "i 2015" names the period asked about; "planen for 2016" only names the topic's year.
NAMED_YEAR = re.compile(rf"\b(?:i|fra|året|år|løbet af|gennem|henover|hen over)\s({YEAR})\b",
                        re.IGNORECASE)
BARE_YEAR = re.compile(rf"\b({YEAR})\b")
AS_OF_BEFORE = re.compile(r"\b(?:pr\.|per|opgjort|status)\s*(?:den\s+)?$", re.IGNORECASE)
DATA_BEFORE = re.compile(r"\bfor\s+(?:det\s+|den\s+)?$", re.IGNORECASE)
RELATIVE_YEAR = re.compile(r"\b(i år(?!\s(?:19|20)\d\d)|i fjor|sidste år|sidste års|næste år|"
                           r"forrige år)\b",
                            re.IGNORECASE)
LATEST = re.compile(r"\b(?:seneste|sidste|nyeste)\s(?:\w+-?)?(?:møde|referat)|"
                    r"\b(?:sidst|senest)\s(?:holdt\s)?møde\b",  # "holdt udvalget sidst møde"
                     re.IGNORECASE)
PREVIOUS = re.compile(r"\b(?:forrige|næstseneste|næstsidste)\s(?:\w+-?)?(?:møde|referat)",
                       re.IGNORECASE)
FIRST = re.compile(r"\b(?:første|ældste|tidligste)\s(?:\w+-?)?(?:møde|referat)",
                    re.IGNORECASE)
# A bare "7/2" is a date only after words that introduce one (else it may be a fraction).
DATE_CUE = re.compile(r"(?:den|d\.|møde\w*|fra|til|på|om|siden|før|efter|inden)\s?$",
                       re.IGNORECASE)
RANGE_START = re.compile(r"\b(?:fra|siden|efter)\s+$", re.IGNORECASE)
MEETING_AFTER = re.compile(r"-?(?:udvalgs)?mød(?:e|et|er|erne)\b", re.IGNORECASE)
# "på mødet den …", "udvalgsmødet den …": the date names a meeting, not a fact.
# What says that a period is a meeting's: "på mødet den 7/2", "møderne i 2024",
# "referaterne fra 2023", "statusserne fra 2023" (papers put before a meeting that year),
# also with what they are on between: "statusserne på arbejdsgiverens sociale ansvar fra 2023"
MEETING_BEFORE = re.compile(r"(?:møde\w*|referat\w*|dagsorden\w*)\s"
                            r"(?:den\s|d\.\s?|i\s|om\s|fra\s)?$|"
                            r"\b(?:sag|status|opgørelse|redegørelse)\w*(?:\s+[\wæøå'-]+){0,5}?"
                            r"\sfra\s$|"
                            # "ifølge statussen i 2025": the report's year, not its figures'
                            r"\b(?:status(?:sen|serne)|opgørelse(?:n|rne)|redegørelse(?:n|rne))"
                            r"\s(?:i|fra)\s$", re.IGNORECASE)

# "for to år siden", "for 3 år siden": a year counted back from today
YEARS_AGO = re.compile(r"\bfor\s(et|to|tre|fire|fem|seks|syv|otte|ni|ti|\d{1,2})\sår\ssiden\b",
                       re.IGNORECASE)
NUMBER_WORDS = {"et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
                "ni": 9, "ti": 10}
# "uge 6 2024", "i uge 6 i 2024", "uge 6/2024": an ISO week
WEEK = re.compile(rf"\buge\s(\d{{1,2}})(?:\s(?:i\s)?|/)?({YEAR})?\b", re.IGNORECASE)
# "jan.-feb. 2023", "januar til marts 2023": months as one stretch
MONTH_RANGE = re.compile(rf"\b({MONTH_ALT})\.?\s?(?:-|–|\stil\s)\s?({MONTH_ALT})\b\.?"
                         rf"\s({YEAR})\b", re.IGNORECASE)
# "hvor mødtes udvalget første gang i 2024?", "… mødtes de for sidste gang": a meeting
MET_FIRST_LAST = re.compile(r"\b(?:mødtes|mødes|holdt\s+\w+\s+møde)\s+(?:\w+\s+){0,3}?(?:for\s+)?"
                            r"((første|sidste)\s+gang)\b", re.IGNORECASE)


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:og\s+|samt\s+|eller\s+)?|og\s+|samt\s+|eller\s+)")


def listed_years(text: str, found: list[Any]) -> list[Any]:
    """A bare year listed after a dated one is dated too: in "fra 2015, 2023 og 2025"
    the last two are years asked about as much as the first, not topic years like
    "budget 2025"."""
    for n in range(1, len(found)):
        prev, p = found[n - 1], found[n]
        if (p.kind == "year" and p.soft and not prev.soft and prev.year is not None
                and _LIST_JOIN.fullmatch(text[prev.span[1]:p.span[0]])):
            found[n] = replace(p, soft=False)
    return found
