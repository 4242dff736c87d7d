"""What a sentence of the minutes states, by kind: for each typed part of a claim, does
a sentence state the same value (numbers normalised, bounds such as "over 250" honoured,
dates by day or period, names by first and last name, parties by letter), or another
value of its kind — and which?
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from referat.danish import stems
from referat.periods import Period, find_periods
from referat.synonyms import synonyms
from referat.values import COUNT, DATE, PARTY, PARTY_NAMES, PERSON, PLACE, Value, find_values

from .claims import Part


@dataclass(frozen=True, eq=False)
class Sentence:
    section: str
    text: str
    stems: frozenset[str]
    values: tuple[Value, ...]
    periods: tuple[Period, ...]


def make_sentence(section: str, text: str) -> Sentence:
    return Sentence(section, text, frozenset(stems(text.replace(" i mod ", " imod "))),
                    tuple(find_values(text)),
                    tuple(p for p in find_periods(text) if p.year is not None))


def words_of(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def person_in(name: str, text: str) -> bool:
    """"Saime Bilen Inanc" is in "Saime B. Inanc (Ø)": first and last name both named."""
    parts = re.findall(r"\w+", name.lower())
    have = words_of(text)
    last = parts[-1] if parts else ""
    lasts = {last, last.removesuffix("s"), last + "s"}  # "Musa Kekecs fravær"
    return bool(parts) and f" {parts[0]} " in have and any(f" {x} " in have for x in lasts)


# -- same value / another value, by kind ---------------------------------------------------

def numbers(part: Part, s: Sentence, nouns: frozenset[str] = frozenset()) -> list[Value]:
    """The sentence's values of the part's kind; counts only of the same thing (or of
    one of `nouns`, the stems around the claimed figure: "1.035 borgere … tilmeldt som
    dagpengemodtagere" counts what "1.035 dagpengemodtagere" does)."""
    v = part.value
    if v is None:
        return []
    found = [x for x in s.values if x.kind == v.kind]
    if v.kind == COUNT:
        found = [x for x in found if _same_unit(v.unit, x.unit) or _names_noun(x.unit, nouns)
                 or (x.unit in _PEOPLE and _described(v.unit, s, x))]
    return found


# Counted as people and described by what they are: "2.271 borgere …, der får
# førtidspension" counts "førtidspensionister".
_PEOPLE = frozenset(stems("borgere personer mennesker indbyggere", frozenset()))


# "…, der får førtidspension", "som modtager dagpenge": what the people counted are
_WHO_ARE = re.compile(r"^[^.;:]{0,40}?\b(?:der|som)\b([^.;:]{0,60})")


def _described(unit: str, s: Sentence, x: Value) -> bool:
    """The people counted by `x` are described, in a relative clause right after the
    count, by a word of the claim's noun ("borgere …, der får førtidspension")."""
    clause = _WHO_ARE.match(s.text[x.span[1]:])
    return len(unit) >= 7 and clause is not None and any(
        len(t) >= 7 and (unit.startswith(t) or t.startswith(unit))
        for t in stems(clause.group(1), frozenset()))


def _names_noun(unit: str, nouns: frozenset[str]) -> bool:
    """The unit is one of the nouns, or a compound holding one ("141 nystartede" ←
    "startet")."""
    return bool(unit) and (unit in nouns or any(
        (len(n) >= 4 and unit.endswith(n)) or (len(n) >= 5 and n in unit) for n in nouns))


def _same_unit(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or (min(len(a), len(b)) >= 4 and (
        a.startswith(b) or b.startswith(a))) or b in synonyms().get(a, ()))


def holds(part: Part, x: Value) -> bool:
    """Does the minutes' value `x` make the claimed value true (bounds included)?"""
    v = part.value
    if v is None:
        return False
    if v.number is None or x.number is None or not part.bound:
        return v.same(x)
    if part.bound == ">":
        return x.number >= v.number
    if part.bound == "<":
        return x.number <= v.number
    return abs(x.number - v.number) <= 0.1 * abs(v.number)


def same_value(part: Part, s: Sentence) -> bool:
    return any(holds(part, x) for x in numbers(part, s))


def _within_size(part: Part, x: Value) -> bool:
    """Is the claimed amount one the minutes' size-only amount allows? "250 mio. kr."
    against "et trecifret millionbeløb" (100–999 mio.) is neither said nor denied."""
    if not x.text.lower().endswith("beløb") or part.value is None or x.number is None:
        return False
    claimed = part.value.number or 0.0
    return x.number <= claimed < x.number * (10 if "cifret" in x.text.lower() else 1000)


def other_value(part: Part, s: Sentence, nouns: frozenset[str] = frozenset()) -> str:
    found = [x for x in numbers(part, s, nouns) if not _within_size(part, x)]
    if found and not same_value(part, s):
        return found[0].text
    return ""


def period_holds(claimed: Period, day: date) -> bool:
    if claimed.kind == "day":
        return claimed.start == day
    return claimed.contains(day)


def _same_date(part: Part, s: Sentence) -> bool:
    c = part.period
    if c is None:
        return False
    for p in s.periods:
        if c.kind == "day":
            # "1. juli" without a year is any year's 1 July
            if p.kind == "day" and (p.start == c.start or (
                    c.year is None and p.start is not None and c.contains(p.start))):
                return True
        elif p.start is not None and p.end is not None and c.contains(p.start) and c.contains(
                p.end):
            return True
    return False


def _other_date(part: Part, s: Sentence) -> str:
    c = part.period
    if c is None:
        return ""
    # a period that holds the claimed one, or lies in it, says the same thing coarser or
    # finer ("2023" does not contradict "februar 2023")
    comparable = [p for p in s.periods if ((p.kind == "day") == (c.kind == "day")
                  or c.kind == "day") and not _overlaps(c, p)]
    return comparable[0].label if comparable and not _same_date(part, s) else ""


def _overlaps(a: Period, b: Period) -> bool:
    a0, a1, b0, b1 = a.start, a.end, b.start, b.end
    if a0 is None or a1 is None or b0 is None or b1 is None:
        return False
    if a.kind == "day" and b.kind == "day":
        return a0 == b0
    return a0 <= b1 and b0 <= a1


def part_name(part: Part) -> str:
    return part.value.name if part.value is not None else part.text


def _same_place(part: Part, s: Sentence) -> bool:
    return words_of(part_name(part)) in words_of(s.text)


def _other_place(part: Part, s: Sentence) -> str:
    if _same_place(part, s):
        return ""
    mine = part_name(part).lower()
    for x in s.values:
        if x.kind == PLACE and mine not in x.name.lower() and x.name.lower() not in mine:
            return x.name
    return ""


def _same_person(part: Part, s: Sentence) -> bool:
    return person_in(part_name(part), s.text)


def _other_person(part: Part, s: Sentence) -> str:
    if _same_person(part, s):
        return ""
    return next((x.text for x in s.values if x.kind == PERSON), "")


def _same_party(part: Part, s: Sentence) -> bool:
    return any(x.kind == PARTY and x.name == part_name(part) for x in s.values)


def _other_party(part: Part, s: Sentence) -> str:
    if _same_party(part, s):
        return ""
    x = next((x for x in s.values if x.kind == PARTY), None)
    return f"{PARTY_NAMES.get(x.name, x.name)} ({x.name})" if x is not None else ""


SAME = {DATE: _same_date, PLACE: _same_place, PERSON: _same_person, PARTY: _same_party}
OTHER = {DATE: _other_date, PLACE: _other_place, PERSON: _other_person, PARTY: _other_party}
