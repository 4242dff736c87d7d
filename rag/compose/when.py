"""Which time a quote or an item is about: the periods a question names, whether a
sentence names one of them ("Der var cirka 310 i målgruppen i 2019"), and the best quote
for each named period ("i februar 2023 og februar 2024": each February's own minutes
first, then a later meeting reporting on it)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from referat.danish import sentences
from referat.domain import RetrievedItem
from referat.periods import Period, find_periods

from ..confidence import item_text
from ..intent import BODIES
from ..overview import asks_trend
from ..period_scope import mentions_period
from .base import Context

if TYPE_CHECKING:
    from .passage import Quote

_UNTIL_NOW = re.compile(r"\b(?:til|indtil) (?:i dag|nu)\b|\bsiden\b", re.I)
_RELATIVE = re.compile(r",\s*(?:som|der)\b[^,?]*|\bsom\b[^,?]*", re.I)
_NOW = re.compile(r"\b(?:det|den|de) (?:seneste|nuværende|aktuelle)\b|\bi dag\b|\baktuelt\b",
                  re.I)


def periods_before(question: str, day: date) -> list[Period]:
    """The dated periods the question names, when none of them holds `day` (the
    meeting's): "hvor mange … i 2019?" asked of the 2024 minutes is about 2019; [] when
    the question names no period or the meeting's own."""
    named = [p for p in find_periods(question) if p.start is not None and p.end is not None
             and not p.relative and p.kind != "range"]
    if any(p.start <= day <= p.end for p in named):  # type: ignore[operator]
        return []
    return named


def names_period(sentence: str, periods: list[Period] | None) -> bool:
    """Does the sentence name a time within one of `periods` ("i 2019" for 2019; "siden
    2019 (5,5 pct.)" starts there), or (`periods` None) any time at all ("december
    2023", "det seneste kvartal")?"""
    if periods is None and _NOW.search(sentence):
        return True
    found = [p for p in find_periods(sentence)
             if p.start is not None and p.end is not None and not p.relative]
    stretches = [(p.start, p.start if p.kind == "range" else p.end) for p in found]
    # two times as the ends of one stretch: "i perioden den 1. august 2024 til den 31.
    # december 2024" holds the autumn between them (not a stretch of years, whose figure
    # is no quarter's: "fra andet kvartal 2016 til andet kvartal 2020 … 36 virksomheder")
    longest = max(((x.end - x.start).days for x in periods or ()  # type: ignore[operator]
                   if x.start is not None and x.end is not None), default=0)
    stretches += [(a.start, b.end) for a, b in zip(found, found[1:], strict=False)
                  if _STRETCH_BETWEEN.fullmatch(sentence[a.span[1]:b.span[0]])
                  and (b.end - a.start).days <= 2 * longest + _MONTH_DAYS]
    return any(periods is None or any(lo <= x.end and x.start <= hi  # type: ignore[operator]
                                      for x in periods) for lo, hi in stretches)


_MONTH_DAYS = 31  # a stretch this much longer than twice the asked period still reports it
_STRETCH_BETWEEN = re.compile(r"\s*(?:til(?:\s+og\s+med)?|[–-])\s*(?:den\s+|d\.\s*)?", re.I)


def other_time(sentence: str, earlier: list[Period], meeting: date, reach: int) -> bool:
    """Does the sentence date its value to another time than the asked periods (which
    lie before the meeting)? "270 unge (december 2023)" asked for 2021 does; "Aktuelt er
    der …" does too, unless the meeting reports on the asked period (it ended within
    `reach` years before, as in `other_years_only`): the status for "andet halvår 2024"
    of March 2025 says "aktuelt"."""
    if not names_period(sentence, None):
        return False
    if any(p.start is not None and not p.relative for p in find_periods(sentence)):
        return True
    latest = max((p.end for p in earlier if p.end is not None), default=None)
    return latest is None or not (latest <= meeting and latest.year >= meeting.year - reach)


_REPORT_PERIODS = frozenset({"quarter", "half", "month"})


def title_elsewhere(title: str, earlier: list[Period]) -> bool:
    """Does an item's title date it to a time outside the asked periods? "Nye
    virksomheder i andet kvartal 2020" asked for "andet kvartal 2019": a sentence that
    names no time ("… en samlet nettotilflytning i perioden på 36 virksomheder") gives
    the title's period's figure, not the asked one's."""
    # (a report's period, "4. kvartal 2023", "andet halvår 2022", "maj 2024"; not a year,
    # which names a programme as often: "Nye initiativer 2023 for førtidspensionister")
    named = [p for p in find_periods(title) if p.start is not None and p.end is not None
             and not p.relative and p.kind in _REPORT_PERIODS]
    return bool(named) and not any(p.start <= x.end and x.start <= p.end  # type: ignore[operator]
                                   for p in named for x in earlier)


def in_period(ctx: Context, pool: list[RetrievedItem]) -> list[RetrievedItem]:
    """"… ifølge nøgletallene fra marts 2025?": when the question names one period (a
    preference, not a filter) and some of the pool is from or about it, only those are
    quoted, not another meeting's similar figures."""
    q = ctx.q
    if q.date_from is None or q.date_soft or len(named_periods(ctx)) > 1 or asks_trend(q.text):
        return pool  # (a development "fra 2015 til 2024": 2024's figures come in 2025)
    inside = [i for i in pool if mentions_period(q, i, item_text(ctx.lookup, i))]
    return inside or pool


def named_periods(ctx: Context) -> list[Period]:
    """The periods a question names, when it names several ("i 2022 og 2024")."""
    found = [p for p in find_periods(ctx.q.text) if p.start is not None and not p.relative]
    return found if len(found) >= 2 else []


def about(ctx: Context, quote: Quote, period: Period, later: bool = True) -> bool:
    """Is `quote` about `period`: its sentence names the year, or its item is from the
    period or (`later`: for figures reported later) the year after."""
    assert period.start is not None and period.end is not None
    # "i år", "sidste år", "siden 2019" are relative to the minutes, not to today
    named = _named(quote)
    if named:
        # "1. halvår 2024" is not about "andet halvår 2024", though both name 2024
        return _overlaps(named, period)
    d = quote.item.meeting_date
    end = date(period.end.year + 1, period.end.month, 28) if later else period.end
    return period.start <= d <= end


# Two periods' values set against each other: "større eller mindre end", "flere end i"
COMPARED = re.compile(r"\b(?:større|mindre|flere|færre|mere|højere|lavere|bedre|dårligere)\s+"
                      r"(?:eller\s+\w+\s+)?end\b|\bsammenlignet med\b", re.I)


def _named(quote: Quote) -> list[Period]:
    """The periods a quote's sentence names ("i 1. halvår 2024"), not relative ones."""
    return [p for p in find_periods(quote.text) if p.start is not None
            and p.end is not None and not p.relative and p.kind != "range"]


def _overlaps(named: list[Period], period: Period) -> bool:
    assert period.start is not None and period.end is not None
    return any(p.start <= period.end and period.start <= p.end for p in named)  # type: ignore[operator]


def per_period(ctx: Context, quotes: list[Quote], periods: list[Period],
               compared: bool = False) -> list[Quote]:
    """The best quote for each named period (several parts: each answered), or []. A
    meeting held in the period answers it before a later meeting that reports on it
    ("februar 2023 og februar 2024": each February's own minutes)."""
    chosen: dict[int, Quote] = {}
    for later in (False, True):
        for k, period in enumerate(periods):
            if k in chosen:
                continue
            # (one item may answer two periods with two sentences that name them: "i 1.
            # halvår 2024 er 0,35 mio. kr." and "i 2023 var 0,5 mio. kr.")
            best = next((x for x in quotes if about(ctx, x, period, later) and all(
                x.text != p.text and (x.item.ref != p.item.ref or (
                    compared and _overlaps(_named(x), period))) for p in chosen.values())), None)
            if best is not None:
                chosen[k] = best
    picked = [chosen[k] for k in sorted(chosen)]
    return picked if len(picked) >= 2 else []


# The minutes date something by the meeting before ("Det første grafiske design har været
# præsenteret for udvalget ved det seneste møde"); the item's earlier treatment says
# which day that was ("Erhvervs- og Beskæftigelsesudvalget den 12. maj 2015 Punkt 1").
_LAST_MEETING_SAID = re.compile(r"\b(?:ved|på|til)\s+(?:det\s+)?(?:seneste|sidste|forrige)\s+"
                                r"(?:udvalgs)?møde\b", re.I)


def says_last_meeting(sentence: str) -> bool:
    return bool(_LAST_MEETING_SAID.search(sentence))


def earlier_meeting_line(ctx: Context, item: RetrievedItem) -> str:
    """The line of the item's earlier treatment that names a day, or ""."""
    view = ctx.lookup.item(item.ref)
    text = view.section("Tidligere behandling") if view is not None else ""
    return next((s for s in sentences(text)
                 if any(p.kind == "day" for p in find_periods(s))), "")


_ACT = re.compile(r"\b(?:vedt\w*|godkend\w*|beslut\w*)", re.I)
_ACTOR = rf"(\w*(?:{BODIES})|de|man)"
_BODY = re.compile(rf"\b{_ACTOR}\s+(?:\w+\s+)?(?:vedt|godkend|beslut)|"
                   rf"(?:vedt\w*|godkend\w*|beslut\w*)\s+{_ACTOR}\b", re.I)


def dated_act(ctx: Context) -> bool:
    """"Hvilken dato vedtog udvalget den (reviderede strategi)?" asked of an item that
    only reports it ("… beskæftigelsesstrategi, som udvalget vedtog den 15. november
    2022"): a sentence of the best item dates the act to a day other than its meeting's,
    so the date is a fact in the text, not this meeting's decision."""
    top = ctx.candidates[0] if ctx.candidates else None
    view = ctx.lookup.item(top.ref) if top is not None else None
    body = _BODY.search(ctx.question)
    if view is None or body is None or not _ACT.search(ctx.question):
        return False
    # the body that acted, as the sentence names it ("udvalget" asked: any "…udvalget";
    # "Kommunalbestyrelsen" asked: not "Klima- og Miljøudvalget godkendte …")
    word = (body.group(1) or body.group(2)).lower()
    actor = "udvalg" if word in ("udvalget", "politikerne", "de", "man") else word[:8]
    return any(_ACT.search(s) and actor in s.lower() and any(
        p.kind == "day" and p.start not in (None, top.meeting_date) for p in find_periods(s))
        for _, text in view.sections for s in sentences(text))


def latest_asked_year(question: str) -> int:
    """The last year of the periods that date what is asked; 9999 when none does. A
    year that describes the topic ("…, som blev planlagt i 2020") or a period that runs
    to now ("fra 2021 til i dag") dates nothing.

    >>> latest_asked_year("Hvor mange var der i 2021?"), latest_asked_year("fra 2021 til i dag")
    (2021, 9999)
    """
    if _UNTIL_NOW.search(question):
        return 9999
    return max((p.end.year for p in find_periods(_RELATIVE.sub(" ", question))
                if p.end and not p.soft), default=9999)


def other_years_only(sentence: str, asked: list[Period], meeting_year: int,
                      reach: int, latest: int) -> bool:
    """The sentence dates its figure to years, none the asked one ("i 2012" asked); or it
    names no year while every period asked (`latest`: the last year of any) lies well
    before its meeting ("i 2021" asked of the 2024 minutes: "… fyldt op med 15 unge" is
    today's figure, not 2021's)."""
    years = [p for p in find_periods(sentence) if p.year is not None and p.start and p.end]
    if not years:
        return latest < meeting_year - reach
    return not any(p.start <= a.end and a.start <= p.end  # type: ignore
                   for p in years for a in asked)


_PARTS_OF_YEAR = ("half", "quarter")


def other_part_of_year(question: str, text: str) -> bool:
    """The question asks for a half or quarter of a year ("i første halvår 2024") and the
    item's text names another part of that year ("andet halvår af 2024") but never the
    asked one: its figures are of another period.

    >>> other_part_of_year("Hvor mange var i løntilskud i første halvår 2024?",
    ...                    "Status i andet halvår af 2024: Løntilskud (30)")
    True
    """
    asked = [p for p in find_periods(question) if p.kind in _PARTS_OF_YEAR and p.start]
    if len(asked) != 1:  # (not "fra 2. halvår 2022 til 2. halvår 2024")
        return False
    one = asked[0]
    named = [p for p in find_periods(text) if p.start and p.end and p.year == one.year]
    # another part of the same kind ("andet halvår" for "første halvår"), and nothing
    # that overlaps the asked one ("1. halvår 2024" holds "2. kvartal 2024")
    return any(p.kind == one.kind for p in named) and not any(
        p.start <= one.end and one.start <= p.end for p in named  # type: ignore[operator]
        if p.kind in _PARTS_OF_YEAR or p.kind in ("month", "day"))


# When something ends or opens is not when it starts: "hvornår skal helhedsplanen være
# færdig?" is not answered by "i løbet af 2023 påbegyndes udarbejdelse af en helhedsplan"
_END_ASKED = re.compile(r"\b(?:færdig\w*|åbne\w*|åbner|åbnede|afslutte\w*|slutte\w*|klar|"
                        r"stå færdig|være på plads|ibrug\w*|taget i brug)\b", re.I)
_START_SAID = re.compile(r"\b(?:påbegynd\w*|igangsæt\w*|opstart\w*|starte[rst]?|"
                         r"begynde[rs]?|sættes i gang|går i gang)\b", re.I)


def start_for_end(sentence: str, question: str) -> bool:
    """Does the question ask when something ends or opens, and the sentence date only its
    start?

    >>> start_for_end("Det forventes, at der i løbet af 2023 påbegyndes en helhedsplan.",
    ...               "Hvornår skal helhedsplanen være færdig?")
    True
    """
    return bool(_END_ASKED.search(question) and _START_SAID.search(sentence)
                and not _END_ASKED.search(sentence))
