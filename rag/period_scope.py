"""Which items speak of the period a question names: an item held then, or one whose
text names it ("Der var cirka 310 i målgruppen i 2019"), a month's events told at the next
meeting, and a month promised at the meetings before it."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from referat.danish import DANISH_MONTHS, danish_date
from referat.domain import Filters, RetrievedItem
from referat.periods import find_periods

from .meeting_intent import PLANNED
from .query import Question

# A month's events are reported at a meeting up to this long after it.
REPORTED_WITHIN = timedelta(days=45)
# ... and promised for it up to this long before.
PROMISED_WITHIN = timedelta(days=270)


# A year in the asker's own story: "Min far fik førtidspension i 1999", "jeg blev ledig
# i 2010" (the speaker or a relation, then the year within the clause)
OWN_STORY = re.compile(r"\b(?:jeg|min|mit|mine|vi|vores)\b[^.?!–:;]{0,60}?\b(?:19|20)\d\d\b",
                       re.I)


# "i år" as a year (not "i år 2020", which names its own)
_THIS_YEAR = re.compile(r"\bi år\b(?!\s*(?:19|20)\d\d)", re.I)


# How minutes date a figure: "Pr. den 26. august 2020 er der 1.035 …", "opgjort 1. maj"
_FIGURE_DAY = ("pr.", "pr. den", "per", "per den", "opgjort", "opgjort den", "status den")


def data_day(q: Question, lookup: Any, municipalities: list[str]) -> bool:
    """A figure asked as of a day no meeting was held on: a month's first or last day
    ("hvor mange indbyggere havde Greve 1. januar 2024?" — the minutes say "pr. 1. januar
    2024"), or a day the minutes write as a figure's date ("dagpengemodtagere 26. august
    2020 antal" — "Pr. den 26. august 2020 er der 1.035 …"): the count's date, no meeting
    (a day an event is planned for, "arrangementet den 3. maj 2023", is no figure's)."""
    d = q.date_from
    if q.kind != "number" or q.period_kind != "day" or d is None:
        return False
    if d.day == 1 or (d + timedelta(days=1)).day == 1:
        return True
    store = getattr(lookup, "store", None)
    return store is not None and any(store.mentions(f"{lead} {danish_date(d)}", municipalities)
                                     for lead in _FIGURE_DAY)


def this_year_held(question: str, dates: list[date]) -> str:
    """"Jobcamp i år" asked of an archive whose minutes end before this year is asked
    of its latest year (the answer's citation shows which); otherwise unchanged.

    >>> this_year_held("jobcamp i år – hvor er den?", [date(2015, 6, 9), date(2025, 3, 18)])
    'jobcamp i 2025 – hvor er den?'
    """
    last = max(dates).year if dates else None
    if last is None or last >= date.today().year:
        return question
    return _THIS_YEAR.sub(f"i {last}", question)


def mentions_period(q: Question, item: RetrievedItem, text: str) -> bool:
    """Is `item` from the question's period, or does its text name that period?"""
    lo, hi = q.date_from, q.date_to or q.date_from
    if lo is None or hi is None:
        return True
    if not item.is_meeting and lo <= item.meeting_date <= hi:
        return True
    lowered = text.lower()
    if lo.year == hi.year and lo.month < hi.month and lo.day == 1 and q.period_kind == "month":
        # "fra august til december 2024": a month of the stretch named with its year, or
        # told soon after it ("perioden 1. august–31. december 2024", in March 2025)
        months = "|".join(DANISH_MONTHS[lo.month - 1:hi.month])
        return bool(re.search(rf"\b(?:{months})(?:\s+måned)?\s+{lo.year}\b", lowered)) or (
            hi < item.meeting_date <= hi + REPORTED_WITHIN and bool(re.search(
                rf"\b(?:{months})\b", lowered)))
    if lo.year == hi.year and lo.month == hi.month and lo.day == 1:
        month = DANISH_MONTHS[lo.month - 1]
        if lo.year == 1:  # "jobcamp til oktober", no October meeting: any October
            return bool(re.search(rf"\b{month}\b", lowered))
        # "nytårskuren i januar 2023" is reported at the next meeting, in February
        soon_after = hi < item.meeting_date <= hi + REPORTED_WITHIN
        # "marts 2015", "i marts måned 2015"
        named = re.search(rf"\b{month}(?:\s+måned)?\s+{lo.year}\b", lowered)
        # a plan for the year: "Sagsoversigt 2023 … Oktober: Klimapris til virksomheder"
        # (asked of the plan itself, its month line, whatever year a bare month was
        # taken for: "hvad var planlagt til udvalgets møde i juni?")
        planned = re.search(rf"^\W*{month}\s*:", lowered, re.M) and (
            str(lo.year) in lowered or PLANNED.search(q.text))
        # a promise for that month, told before it ("… vil på udvalgets møde i september
        # forelægge en revideret afrapporteringsmodel", in March)
        promised = PLANNED.search(q.text) and lo - PROMISED_WITHIN <= item.meeting_date < lo \
            and re.search(rf"\b{month}\b", lowered)
        # (with no meeting that month, the next one is where its events are told)
        return bool(named or planned or promised) or (soon_after and (month in lowered
                                                                      or bool(q.unreported)))
    if lo.year == hi.year:
        return str(lo.year) in lowered
    # a span of years ("før 2003", "2016-2020"): a year inside it, or its end ("før 1.
    # januar 2003" names the year the span ends before)
    return any(lo.year <= int(y) <= hi.year + 1 for y in re.findall(r"\b(?:19|20)\d\d\b",
                                                                    lowered))


def prefer_period(q: Question, items: list[RetrievedItem], text_of: Any) -> list[RetrievedItem]:
    """Items of (or about) the named period first, each group in retrieval order; none
    at all when nothing is from or about that period."""
    inside = [i for i in items if not i.is_meeting and mentions_period(q, i, text_of(i))]
    if not inside:
        return []
    return inside + [i for i in items if i not in inside]


# The periods a recurring report's title names: "Benchmarking … for perioden 3. kvartal
# 2023 - 2. kvartal 2024", "Budgetopfølgning 1. halvår 2024" (not a month: "i januar
# 2024" mostly names the meeting, and "Prioritering af lokalplaner, januar 2024" is no
# report on the matter asked).
_TITLED_KINDS = frozenset({"quarter", "half"})


def titled_labels(question: str) -> list[str]:
    """The periods, with their year, a question names as a report's title would:
    "… for 3. kvartal 2023 - 2. kvartal 2024?" → ["3. kvartal 2023", "2. kvartal 2024"].
    (Not a year a document is "for": tried on "kvalitetsstandarden for 2024", it put
    "Sagsoversigt 2023" before the item asked of "handlingsplanen for 2023".)"""
    return [" ".join(p.label.lower().split()) for p in find_periods(question)
            if p.kind in _TITLED_KINDS and p.year is not None and not p.names_meeting]


def titled(item: RetrievedItem, labels: list[str]) -> bool:
    """Does the item's title name every one of `labels`?"""
    title = " ".join(item.title.lower().split())
    return bool(labels) and not item.is_meeting and all(label in title for label in labels)


def titled_period_first(question: str, items: list[RetrievedItem]) -> list[RetrievedItem]:
    """The items whose title names every period the question names (with its year)
    first: of a recurring report the one for the asked period, not the best-worded one
    ("Hvilken placering fik Greve i benchmarkingen for 3. kvartal 2023 - 2. kvartal
    2024?"). Unchanged when no title, or every title, names them."""
    labels = titled_labels(question)
    named = [i for i in items if titled(i, labels)]
    if not named or len(named) == len(items):
        return items
    return named + [i for i in items if i not in named]


def within(filters: Filters, lo: date, hi: date) -> Filters:
    """`filters` narrowed to the days from `lo` to `hi`."""
    held = filters.copy()
    held.date_from, held.date_to = lo, hi
    return held


def held_in(retriever: Any, text: str, filters: Filters, lo: date, hi: date, mode: str,
            wide: int | None, timings: dict[str, float]) -> list[RetrievedItem]:
    """The items of the meetings held from `lo` to `hi` that answer `text`, or none."""
    held = within(filters, lo, hi)
    if not retriever.meetings_in(held):
        return []
    items, t = retriever.retrieve(text, held, mode, wide)
    for k, v in t.items():
        timings[k] = timings.get(k, 0.0) + v
    return items
