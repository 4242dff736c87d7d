"""The one period parser: every way a Danish question or claim names a day, a month, a
quarter, a season, a year or a relative meeting, as a `Period`.

>>> find_period("hvad skete der på junimødet?").month, find_period("junimødet").year
(6, None)
>>> p = find_period("hvem deltog i mødet den 7/2 2023?")
>>> (p.kind, p.start, p.strict)
('day', datetime.date(2023, 2, 7), True)
>>> find_period("hvor mange fik førtidspension i 2022").kind
'year'
>>> find_period("nytårskuren 2025").soft
True
>>> find_period("på det seneste møde").relative
'latest'

A period without a year ("i juni", "7. februar", "junimødet") keeps `year=None`;
`Period.resolve` picks the year from the meetings the archive holds. Every pattern
here is linear in the input's length: no nested or adjacent unbounded repeats.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import MAXYEAR, MINYEAR, date
from functools import lru_cache

from .danish import stems
from .period_patterns import (
    AS_OF_BEFORE,
    BARE_YEAR,
    CHRISTMAS,
    DATA_BEFORE,
    DATE_CUE,
    DAY_NAMED,
    DAY_NUMERIC,
    FIRST,
    HALF,
    ISO,
    LATEST,
    MEETING_AFTER,
    MEETING_BEFORE,
    MET_FIRST_LAST,
    MONTH,
    MONTH_NUMBER,
    MONTH_RANGE,
    NAMED_YEAR,
    NUMBER_WORDS,
    ORDINAL,
    PART,
    PART_MONTH,
    PARTS,
    PREVIOUS,
    QUARTER,
    RANGE,
    RANGE_START,
    RELATIVE_YEAR,
    SEASON,
    WEEK,
    YEARS_AGO,
    listed_years,
    season_span,
    since_matches,
)
from .spans import Spans


@dataclass(frozen=True)
class Period:
    """A named stretch of time, as the text said it.

    `strict` (a named day) means: answer only from that day's meetings. `soft` (a bare
    year, "nytårskuren 2025") means: prefer, never filter. `year` is None when the text
    gave none; `resolve()` fills it in.
    """

    # day | week | month | quarter | half | season | part | year | range | span | relative
    kind: str
    label: str
    span: tuple[int, int]
    year: int | None = None
    month: int | None = None
    day: int | None = None
    months: int = 1  # length in months for month/quarter/half/season
    end_year: int | None = None  # for ranges
    strict: bool = False
    soft: bool = False
    relative: str | None = None  # latest | previous | first (a meeting, not a date)
    names_meeting: bool = False  # "på mødet den 7. februar": the date is a meeting's
    week: int | None = None  # ISO week number ("uge 6")

    @property
    def start(self) -> date | None:
        if self.year is None:
            return None
        if self.kind == "day":
            return date(self.year, self.month or 1, self.day or 1)
        if self.kind == "week" and self.week:
            return date.fromisocalendar(self.year, self.week, 1)
        return date(self.year, self.month or 1, 1)

    @property
    def end(self) -> date | None:
        if self.year is None:
            return None
        if self.kind == "day":
            return self.start
        if self.kind == "week" and self.week:
            return date.fromisocalendar(self.year, self.week, 7)
        if self.kind in ("year", "range") or (self.kind == "relative" and self.month is None):
            return date(self.end_year or self.year, 12, 31)  # "det sidste møde i 2023"
        last = (self.month or 1) + self.months - 1
        year, month = self.year + (last - 1) // 12, (last - 1) % 12 + 1
        return date(year, month, calendar.monthrange(year, month)[1])

    def contains(self, day: date) -> bool:
        """Does `day` fall in the period (any year, when the text gave none)?"""
        if self.year is not None:
            start, end = self.start, self.end
            return bool(start and end and start <= day <= end)
        if self.kind == "day":
            return (day.month, day.day) == (self.month, self.day)
        if self.kind == "week":
            return day.isocalendar().week == self.week
        offset = (day.month - (self.month or 1)) % 12
        return offset < self.months

    def resolve(self, dates: Iterable[date]) -> Period:
        """With no year given, take the latest year in which one of `dates` falls in
        the period ("junimødet" → the June meeting the archive holds); else unchanged."""
        if self.year is not None or self.relative:
            return self
        hits = sorted((d for d in dates if self.contains(d)), reverse=True)
        if not hits:
            return self
        hit = hits[0]
        year = hit.year - 1 if (self.month or 1) + self.months - 1 > 12 and hit.month < (
            self.month or 1) else hit.year
        return replace(self, year=year)


def _valid(year: int | None, month: int, day: int | None = None) -> bool:
    """A real calendar day (or month); "7. februar 0000" names none."""
    if not 1 <= month <= 12 or (year is not None and not MINYEAR <= year <= MAXYEAR):
        return False
    if day is None:
        return True
    last = calendar.monthrange(year or 2000, month)[1]  # 2000: a leap year
    return 1 <= day <= last


def _year(text: str | None) -> int | None:
    """The year written, or None (also for a year no calendar has, "0000"); a two-digit
    year is this century's up to next year, else the last ("24" → 2024, "98" → 1998)."""
    text = text.lstrip("'’") if text else text
    year = int(text) if text else None
    if text and len(text) == 2 and year is not None:
        year += 2000 if year <= date.today().year % 100 + 1 else 1900
    return year if year is not None and MINYEAR <= year <= MAXYEAR else None


def _days(text: str) -> list[Period]:
    found: list[Period] = []
    for m in ISO.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            found.append(Period("day", m.group(0), m.span(), y, mo, d, strict=True))
    for m in DAY_NAMED.finditer(text):
        mo = MONTH_NUMBER[m.group(2).lower()]
        d, y = int(m.group(1)), _year(m.group(3))
        if _valid(y, mo, d):
            found.append(Period("day", m.group(0).strip(), m.span(), y, mo, d, strict=True))
    for m in DAY_NUMERIC.finditer(text):
        d = int(m.group(1))
        mo = int(m.group(2) or m.group(4))
        y = _year(m.group(3) or m.group(5))
        if y is None and not DATE_CUE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        if _valid(y, mo, d):
            found.append(Period("day", m.group(0), m.span(), y, mo, d, strict=True))
    return found


def find_periods(text: str) -> list[Period]:
    """Every period named in `text`, in reading order; overlapping mentions are
    resolved in favour of the most specific (a day over its month over its year)."""
    return list(_periods(text))  # (a question is read for its periods several times)


@lru_cache(maxsize=256)
def _periods(text: str) -> tuple[Period, ...]:
    out: list[Period] = []
    taken = Spans()

    def add(p: Period) -> None:
        if taken.free(p.span):
            before = text[max(0, p.span[0] - 20):p.span[0]]
            if p.kind == "day" and AS_OF_BEFORE.search(before):
                # "fordelte sig pr. 31. december 2024": the figures' date, not a meeting's
                p = replace(p, soft=True)
            elif p.kind == "day" and MEETING_BEFORE.search(before):
                p = replace(p, names_meeting=True)
            elif p.kind != "day" and (DATA_BEFORE.search(before) or (
                    p.kind == "range" and p.label.lower().startswith(("før", "inden")))):
                # "halvårsstatus for andet halvår 2022", "førtidspension før 2003": the
                # period of the figures, not of a meeting: prefer, never filter.
                p = replace(p, soft=True)
            out.append(p)
            taken.claim(p.span)

    for p in _days(text):
        add(p)
    for m in QUARTER.finditer(text):
        n = ORDINAL[(m.group(1) or m.group(2)).lower()]
        add(Period("quarter", m.group(0), m.span(), _year(m.group(3)), 3 * n - 2, months=3))
    for m in HALF.finditer(text):
        n = 2 if m.group(1).lower() in ("andet", "anden", "sidste", "2") else 1
        add(Period("half", m.group(0), m.span(), _year(m.group(2)), 6 * n - 5, months=6))
    for m in WEEK.finditer(text):
        week, year = int(m.group(1)), _year(m.group(2))
        if 1 <= week <= 53 and (year is None or week <= date(year, 12, 28).isocalendar().week):
            add(Period("week", m.group(0), m.span(), year, week=week))
    for m in MONTH_RANGE.finditer(text):
        first, last = MONTH_NUMBER[m.group(1).lower()], MONTH_NUMBER[m.group(2).lower()]
        if first < last:
            # "april-juni 2020" is the second quarter, "juli-december" the second half:
            # the period figures are reported for, like "2. kvartal 2020"
            months = last - first + 1
            kind = {3: "quarter", 6: "half"}.get(months, "month") if (
                first - 1) % months == 0 else "month"
            add(Period(kind, m.group(0), m.span(), _year(m.group(3)), first, months=months))
    for m in CHRISTMAS.finditer(text):
        after, year = m.group(1).lower() == "efter", _year(m.group(3))
        if not after and m.group(2).lower().startswith("nytår"):
            continue  # ("før nytår": which one is unclear)
        shift = 1 if after and year and m.group(2).lower().startswith("jul") else 0
        add(Period("season", m.group(0), m.span(), year and year + shift,
                   1 if after else 12, months=1))
    for m in SEASON.finditer(text):
        year, first, length = season_span(m, text, _year(m.group(3)))
        add(Period("season", m.group(0), m.span(), year, first, months=length))
    for m in PART.finditer(text):
        # when a plan is due, not when a meeting was: a preference, never a filter
        first, length = PARTS[m.group(1).split()[0].lower()]
        add(Period("part", m.group(0), m.span(), _year(m.group(2)), first, months=length,
                   soft=True))
    for m in PART_MONTH.finditer(text):
        add(Period("month", m.group(0), m.span(), _year(m.group(2)),
                   MONTH_NUMBER[m.group(1).lower()]))
    for m in MONTH.finditer(text):
        word = m.group(1).lower()
        # "feb." and "feb 2024" are months; a bare "mar" or "jul" may be a word
        if word == "maj" or len(word) > 3 or m.group(0).endswith(".") or m.group(3) or \
                m.group(4):
            add(Period("month", m.group(0), m.span(), _year(m.group(3) or m.group(4)),
                       MONTH_NUMBER[word], names_meeting=bool(m.group(2))))
    for m in RANGE.finditer(text):
        a = int(m.group(1) or m.group(2) or m.group(4) or m.group(6))
        b = int(m.group(3) or m.group(5) or 0)
        if m.group(7):  # "2023-24", "2022/23": only the next year's two digits
            b = a + 1 if int(m.group(7)) == (a + 1) % 100 else 0
        if a <= b:
            add(Period("range", m.group(0), m.span(), a, end_year=b))
    for m, word, y in since_matches(text):
        if word in ("siden", "efter"):
            add(Period("range", m.group(0), m.span(), y + (word == "efter"),
                       end_year=date.today().year))
        else:
            add(Period("range", m.group(0), m.span(), 1950, end_year=y - 1))
    for m in NAMED_YEAR.finditer(text):
        add(Period("year", m.group(0), m.span(1), int(m.group(1))))
    for m in BARE_YEAR.finditer(text):
        # "2020-mødet", "2015-møderne": the year of a meeting, not of a figure
        meeting = bool(MEETING_AFTER.match(text, m.end()))
        add(Period("year", m.group(0), m.span(), int(m.group(1)), soft=not meeting,
                   names_meeting=meeting))
    for m in MET_FIRST_LAST.finditer(text):
        add(Period("relative", m.group(1), m.span(1),
                   relative="first" if m.group(2).lower() == "første" else "latest"))
    for rx, which in ((LATEST, "latest"), (PREVIOUS, "previous"), (FIRST, "first")):
        for m in rx.finditer(text):
            add(Period("relative", m.group(0), m.span(), relative=which))
    for m in YEARS_AGO.finditer(text):
        # (years back is rough: the year named and the one before, a preference only)
        year = date.today().year - (NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1)))
        add(Period("range", m.group(0), m.span(), year - 1, end_year=year, soft=True))
    # counted from a named day or month ("i februar 2024 … sidste år": 2023), else today
    base = next((p.year for p in out if p.year and p.kind in ("day", "month")), date.today().year)
    for m in RELATIVE_YEAR.finditer(text):
        shift = {"i år": 0, "næste år": 1}.get(m.group(1).lower(), -1)
        add(Period("year", m.group(0), m.span(), base + shift))
    return tuple(listed_years(text, sorted(out, key=lambda p: p.span)))


# "fra 2015", "fra mødet i juni 2015", "fra den opgørelse, udvalget fik i februar 2023":
# a few words may name what the period is of (not another "til" or "og")
_FROM = re.compile(r"\b(?:fra|mellem)\s+(?:(?!(?:til|og)\b)[\w.,-]+\s+){0,6}?$", re.IGNORECASE)
# "til", "til og med mødet den", ", til den i", "til opgørelsen i"
_TO = re.compile(r"\s*,?\s*(til|og|–|-)\s*(?:(?:og med\s)?(?:(?:den|det|dem|de)\s)?"
                 r"(?:[\w-]*(?:mødet|opgørelsen|statussen|status|tallene|nøgletallene|sagen)\s)?"
                 r"(?:den\s|d\.\s?|i\s|på\s|fra\s)?)?",
                 re.IGNORECASE)


def _joined(text: str, found: list[Period]) -> list[Period]:
    """"fra foråret 2016 til foråret 2020", "mellem 2. kvartal 2016 og 2. kvartal 2020":
    two periods as one stretch, from the first's start to the second's end, for the
    period a question is scoped by (the values of a text keep both ends). Like any
    period, it filters decisions and meetings and is a preference for figures
    (`rag.scope`)."""
    out: list[Period] = []
    for p in found:
        prev = out[-1] if out else None
        # "fra 2023 til mødet 18/3": a day with no year ends the stretch at the latest
        # such meeting, so the stretch runs to the end of this year
        end = p.end or (date(date.today().year, 12, 31) if p.kind == "day" else None)
        if (prev is not None and prev.kind not in ("day", "relative", "range")
                and p.kind not in ("relative", "range")
                and prev.start and end and prev.start < end
                and (start := _FROM.search(text[max(0, prev.span[0] - 60):prev.span[0]]))
                and (to := _TO.fullmatch(text[prev.span[1]:p.span[0]]))
                # "mellem X og Y", "fra X til Y" — not "fra februar 2023 og februar 2024"
                and (to.group(1).lower() == "og") == start.group(0).lower().startswith(
                    "mellem")):
            months = (end.year - prev.start.year) * 12 + end.month - prev.start.month + 1
            out[-1] = Period("span", text[prev.span[0]:p.span[1]], (prev.span[0], p.span[1]),
                             prev.start.year, prev.start.month, months=months)
            continue
        out.append(p)
    return out


def period_words(text: str) -> set[str]:
    """Stems of the periods `text` names: "andet halvår 2024" is a period, not a topic."""
    return set(stems(" ".join(p.label for p in find_periods(text))))


_NEXT_TO = 12  # characters between a month and a year of the meeting ("martsmødet i 2024")


def find_period(text: str, dates: Iterable[date] = ()) -> Period | None:
    """The most specific period `text` names: a day before a month, quarter, season or
    half-year, before a named year, before a bare year — and a period that names the
    meeting ("junimødet", "2020-mødet", "mødet den 7/2") before all of them; None when it
    names none. Given the archive's `dates`, a year apart is read into a month unless no
    meeting falls in both and it lies after every meeting in the month ("gebyret i 2025
    … gebyrsagen i august": the matter's year, asked of August 2024)."""
    rank = {"day": 0, "relative": 1, "week": 1, "month": 2, "quarter": 2, "half": 2, "season": 2,
            "part": 2, "range": 3, "span": 3, "year": 4}
    found = _joined(text, find_periods(text))
    if not found:
        return None
    # a period that names the meeting before one of the matter ("nye virksomheder i andet
    # kvartal på 2020-mødet"; one after "mødet": "… i vinterhalvåret? (mødet i september)",
    # "den 23. november 2023 ifølge sagerne på udvalgets møde i februar 2024": the month)
    best = min(found, key=lambda p: (not p.names_meeting, not (
        p.kind != "year" and MEETING_BEFORE.search(text[max(0, p.span[0] - 20):p.span[0]])),
        rank[p.kind], p.soft, p.year is None, p.span))
    # (not a range's start: "fra 2023 til mødet 18/3" gives 18/3 no year)
    years = {p.year for p in found if p.kind == "year" and not p.soft
             and not RANGE_START.search(text[max(0, p.span[0] - 8):p.span[0]])}
    if best.year is None and len(years) == 1 and best.kind != "year":
        # "sagsoversigten i 2023 … godkendt i februar": one year ("i 2023", not a bare
        # topic year as in "budget 2025") and a month without one are read together
        # (February 2023), not as the archive's latest February.
        year = years.pop()
        if best.kind == "season" and (best.month or 1) + best.months - 1 > 12:
            year -= 1  # ("vintermødet i 2023": the winter named by its January's year)
        joined, held = replace(best, year=year), [d for d in dates if best.contains(d)]
        near = any(p.kind == "year" and abs(p.span[0] - best.span[1]) < _NEXT_TO for p in found)
        if near or not held or year <= max(held).year:  # (a later year is a plan's)
            best = joined
    if best.kind == "relative" and best.year is None:
        # "det første møde efter sommerferien 2024", "sidste møde før jul 2023": the
        # first or last meeting of that window, not of the archive
        window = next((p for p in found if p.year and p.month and p.kind in (
            "month", "quarter", "half", "season", "part")), None)
        if window is not None:
            best = replace(best, year=window.year, month=window.month, months=window.months)
    return best
