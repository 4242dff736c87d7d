"""Questions that ask for several items, not one answer: an overview of every item that
speaks of something ("hvad står der om mentorer i udvalgets referater?") and a trend over
meetings ("hvordan har antallet af elevpladser udviklet sig?").
"""

from __future__ import annotations

import re

from referat.periods import find_periods

# A question about how something changed over time wants each meeting's figure:
# "hvordan har antallet af elevpladser udviklet sig?", "… over årene", "år for år".
# Not "erhvervsudvikling" (a topic) nor "udviklingen af X" (a plan being made).
_TREND = re.compile(
    # (a typo too: "hvordan har tallet udvikelt sig"; "svinget": "hvordan har tallet
    # svinget fra status til status?")
    r"\b(?:udvik\w*\s+sig|ændret\s+sig|udviklingen\s+i|svinget|svinger|svingede|"
    r"(?:over|gennem|i\s+løbet\s+af)\s+(?:årene|tiden|tid|perioden)|år\s+for\s+år|"
    r"fra\s+år\s+til\s+år|fra\s+møde\s+til\s+møde|"
    # "hvordan er tallet gået fra 2015 til 2024?", "hvordan har det bevæget sig …?"
    r"hvordan\s+(?:er|har)\s+(?:\S+\s+){1,3}?(?:gået|bevæget\s+sig|artet\s+sig)\s+(?:fra|siden)\b|"
    # "… fra 2015 og frem til nu", "fra 2015 og frem", "siden 2015 og til i dag"
    r"(?:fra|siden)\s+(?:\d{4}|starten|begyndelsen)\s+(?:og\s+)?(?:frem|op|indtil|til)\s+"
    r"(?:til\s+)?(?:nu|i\s+dag|dags\s+dato)|(?:fra|siden)\s+\d{4}\s+og\s+frem)\b", re.I)
# Either way between two named times: "gik det frem eller tilbage med … fra februar 2023
# til februar 2024?" (within one period, "flere eller færre firmaer i 2023?" compares,
# it follows no development)
_EITHER_WAY = re.compile(
    r"\b(?:frem\s+eller\s+tilbage|op\s+eller\s+ned|"
    r"(?:steget|steg|faldet|faldt|flere|færre|højere|lavere|større|mindre|bedre|"
    r"dårligere)\s+eller\s+(?:steget|steg|faldet|faldt|flere|færre|højere|lavere|"
    r"større|mindre|bedre|dårligere))\b", re.I)
# A change named by its verb between two times: "steget fra 2020 til 2025", "faldet
# mellem 2. halvår 2022 og 2. halvår 2024"
_CHANGED_BETWEEN = re.compile(
    r"\b(?:steget|steg|faldet|faldt|øget|øgedes|vokset|voksede|forbedret|forværret|gået\s+"
    r"(?:op|ned|frem|tilbage))\b[^?]*\b(?:fra|mellem)\b", re.I)
# An overview: every item that speaks of it, "hvad står der om mentorer i udvalgets
# referater?", "hvad har udvalget haft med Psykiatrirådet at gøre?", "hvilke møder har
# Rita Bråten været med til?", "i hvilke sager deltog …?"
# "hvornår har Ungdomsrådet været nævnt i udvalgets sager?": the meetings that name it
# (their dates are in the citations), not a date in the text
WHEN_MENTIONED = (r"\bhvornår\s+(?:har|er|blev)\s+(?:\S+\s+){1,5}?(?:været\s+)?(?:nævnt|omtalt|"
                   r"oppe|behandlet|drøftet|på\s+dagsordenen)\b")
_OVERVIEW = re.compile(
    r"\b(?:hvad\s+står\s+der\s+(?:\w+\s+){0,2}?om|hvad\s+har\s+udvalget\s+(?:haft|gjort)\s+"
    r"med|hvilke\s+møder\s+har|i\s+hvilke\s+(?:møder|sager|referater|punkter|sammenhænge?)|"
    r"hvad\s+har\s+udvalget\s+(?:hørt|fået\s+at\s+vide|behandlet)\s+om|"
    r"hvor\s+(?:optræder|nævnes)\b|"
    # "hvilke lokalplaner er dukket op i udvalgets referater?"
    r"(?:er|har)\s+(?:\S+\s+){0,3}?(?:dukket\s+op|optrådt|været\s+nævnt|været\s+omtalt)\s+"
    r"i\s+(?:\S+\s+)?(?:referater|sager|møder|punkter)\w*)\b|" + WHEN_MENTIONED, re.I)


def asks_overview(question: str) -> bool:
    """Does the question ask for every item that speaks of something (not one answer)?"""
    return bool(_OVERVIEW.search(question))


def asks_trend(question: str) -> bool:
    """Does the question ask how something developed over several meetings?

    >>> asks_trend("hvordan har antallet af elevpladser udviklet sig over årene?")
    True
    >>> asks_trend("Gik det frem eller tilbage med andelen fra 2023 til 2024?")
    True
    >>> asks_trend("hvad besluttede udvalget om erhvervsudviklingen?")
    False
    >>> asks_trend("hvor mange i virksomhedspraktik har kommunen haft – fra 2015 og frem til nu?")
    True
    """
    if _TREND.search(question):
        return True
    dated = [p for p in find_periods(question) if not p.relative]
    if _EITHER_WAY.search(question):
        return len(dated) >= 2 or any(p.kind == "range" for p in dated)
    # "Er ledigheden steget fra 2020 til 2025?": a change between two years is asked of
    # each year's figure (not "steget fra marts til august 2020", one meeting's)
    years = {p.start.year for p in dated if p.start is not None} | {
        p.end.year for p in dated if p.end is not None and p.kind == "range"}
    return bool(_CHANGED_BETWEEN.search(question)) and len(years) >= 2
