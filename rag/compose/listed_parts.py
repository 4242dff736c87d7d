"""A question asked of each of two or more matters it lists: "både X og Y", "henholdsvis
X, Y og Z", two measures ("antallet af … og andelen af …") or two bodies "hver især"."""

from __future__ import annotations

import re

from .multi import HV, MAX_PARTS, asks

_LISTED_WORDS = 8  # longest matter in a "henholdsvis A, B og C" list
_LAST_OWN = re.compile(r"^(\s+(?:med|for|til|hos|af|om)\s+[^?]+?)(\s+\w+e?s\s*\?\s*)$", re.I)


# "Hvordan ramte corona udvalgets område – både ledigheden i 2020 og udvalgets egne
# planer?": the question, asked of each of the two
_BOTH = re.compile(r"^(?P<head>[^–:]{8,}?)\s*(?:–|\s-\s|:|,)\s*både\s+(?P<a>[^?]+?)(?<!-)\s+og\s+"
                   r"(?:også\s+)?(?P<b>[^?]+?)\s*\?*\s*$", re.I)
# "…, både om studieturen og nytårskuren?": the preposition is said once for both
_PREPOSITION = re.compile(r"^(?:om|med|i|på|for|til|af|ved|hos|fra)\s", re.I)


# "… på henholdsvis dagpengeledighed og fleksjobledighed i nøgletallene?": the second
# ends where the sentence goes on (a preposition, a comma, the end)
_RESPECTIVELY = re.compile(r"\bhenholdsvis\s+(?P<a>[^?–]+?)\s+og\s+(?P<b>[^,?–]+?)"
                           r"(?=\s+(?:i|på|for|fra|til|ved|hos|af|med|om|under|efter|før)\s|"
                           r"\s*[,?–]|\s*$)", re.I)


# Two measures asked together: "Hvordan har optaget på merituddannelsen og antallet af
# elev- og praktikpladser ændret sig …?" (each is read at each time on its own)
_MEASURE = (r"(?:antallet|andelen|optaget|tallet|niveauet|omfanget|udgifterne|prisen|"
            r"beløbet)\s+(?:af|på|for|i|til)\s+")
_TWO_MEASURES = re.compile(
    rf"\b(?P<a>{_MEASURE}[^?,]+?)\s+og\s+(?:også\s+)?(?P<b>{_MEASURE}[^?,]+?)"
    r"(?=\s+(?:i|på|for|fra|til|ved|hos|med|mellem|under|efter|før|ændret|udviklet|været|"
    r"steget|faldet|var|er|blev|har|havde|sig)\b|\s*[,?]|\s*$)", re.I)


# Two bodies asked of "hver især": "Hvor stort et merforbrug forventede social- og
# handicapudvalget og skole-/børneudvalget hver især?" (a body's name may hold "og" itself
# after a hyphened word)
_BODY_NAME = (r"(?:[\wæøå/]+-,?\s+(?:og\s+)?)*[\wæøå/-]*(?:udvalget|rådet|bestyrelsen|"
              r"kommunalbestyrelsen)")
_TWO_BODIES = re.compile(rf"\b(?P<a>{_BODY_NAME})\s+og\s+(?P<b>{_BODY_NAME})\b"
                         r"(?=[^?]*\bhver\s+(?:især|for\s+sig)\b)", re.I)
_EACH = re.compile(r"\s+hver\s+(?:især|for\s+sig)\b", re.I)


# "både sagen om X og sagen om Y": two matters named by the same noun (the second ends
# where a period or the question's end begins)
_BOTH_ALIKE = re.compile(r"\bbåde\s+(?P<a>(?P<noun>[\wæøå]+)\s+(?:om|med|for|til)\s+[^?]+?)"
                         r"\s+og\s+(?P<b>(?P=noun)\s+(?:om|med|for|til)\s+[^?]+?)"
                         r"(?=\s+(?:i|på|fra|den|ved)\s+[^?\s]+(?:\s+\d{4})?\s*\?|\s*\?|\s*$)",
                         re.I)


def both_parts(question: str) -> list[str]:
    """The question asked of each of "både X og Y" after a dash, colon or comma, or of
    each of "henholdsvis X og Y"; [] otherwise.

    >>> both_parts("Hvad skete der – både med studieturen og med nytårskuren?")
    ['Hvad skete der med studieturen?', 'Hvad skete der med nytårskuren?']
    >>> both_parts("Hvor høj var henholdsvis dagpengeledigheden og fleksjobledigheden i 2025?")
    ['Hvor høj var dagpengeledigheden i 2025?', 'Hvor høj var fleksjobledigheden i 2025?']
    >>> both_parts("Hvad forventede social- og handicapudvalget og skole-/børneudvalget hver "
    ...            "især?")
    ['Hvad forventede social- og handicapudvalget?', 'Hvad forventede skole-/børneudvalget?']
    """
    bodies = _TWO_BODIES.search(question)
    if bodies and HV.search(question[:bodies.start()]):
        head, tail = question[:bodies.start()], _EACH.sub("", question[bodies.end():], count=1)
        return [f"{head}{bodies.group('a')}{tail}", f"{head}{bodies.group('b')}{tail}"]
    two = _TWO_MEASURES.search(question)
    if two and HV.search(question[:two.start()]):
        head, tail = question[:two.start()], question[two.end():]
        return [f"{head}{two.group('a')}{tail}", f"{head}{two.group('b')}{tail}"]
    each = _RESPECTIVELY.search(question)
    if each and (HV.search(question[:each.start()]) or asks(question[:each.start()])):
        head, tail = question[:each.start()], question[each.end():]
        # "henholdsvis A, B og C": each of the three
        listed = [*re.split(r",\s*", each.group("a")), each.group("b")]
        if len(listed) > 2 and (own := _LAST_OWN.match(tail)):
            # "… og samarbejdet med Idrætsfællesskabet evalueres?": the phrase before the
            # passive verb is the last matter's, not every matter's
            listed[-1] += own.group(1)
            tail = own.group(2)
        if len(listed) > MAX_PARTS or any(len(x.split()) > _LISTED_WORDS for x in listed):
            return []
        return [f"{head}{x}{tail}" for x in listed]
    same = _BOTH_ALIKE.search(question)
    if same and HV.search(question[:same.start()]):
        # "… under både sagen om X og sagen om Y i februar 2024?": each matter on its own
        head, tail = question[:same.start()], question[same.end():]
        return [f"{head}{same.group('a')}{tail}", f"{head}{same.group('b')}{tail}"]
    m = _BOTH.match(question.strip())
    if not m or not HV.search(m.group("head")) and not asks(m.group("head")):
        return []
    a, b = m.group("a"), m.group("b")
    if (said := _PREPOSITION.match(a)) and not _PREPOSITION.match(b):
        b = said.group(0) + b
    return [f"{m.group('head')} {x}?" for x in (a, b)]
