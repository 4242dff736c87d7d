"""The period parser over the many ways Danish questions and claims name a time."""

from __future__ import annotations

import time
from datetime import date

import pytest

from referat.periods import find_period, find_periods

D = date


@pytest.mark.parametrize(("text", "start", "end"), [
    ("hvad skete der den 7. februar 2023?", D(2023, 2, 7), D(2023, 2, 7)),
    ("mødet d. 7 feb. 2023", D(2023, 2, 7), D(2023, 2, 7)),
    ("referatet fra 2023-02-07", D(2023, 2, 7), D(2023, 2, 7)),
    ("hvem deltog den 7/2 2023", D(2023, 2, 7), D(2023, 2, 7)),
    ("hvem deltog den 7/2-2023", D(2023, 2, 7), D(2023, 2, 7)),
    ("beslutningen 7.2.2023", D(2023, 2, 7), D(2023, 2, 7)),
    ("på mødet 18-03-2025", D(2025, 3, 18), D(2025, 3, 18)),
    ("hvad blev besluttet i september 2020", D(2020, 9, 1), D(2020, 9, 30)),
    ("møderne i februar 2024", D(2024, 2, 1), D(2024, 2, 29)),
    ("i første kvartal 2023", D(2023, 1, 1), D(2023, 3, 31)),
    ("tal for 4. kvartal 2023", D(2023, 10, 1), D(2023, 12, 31)),
    ("Q3 2024", D(2024, 7, 1), D(2024, 9, 30)),
    ("i andet halvår 2024", D(2024, 7, 1), D(2024, 12, 31)),
    ("i efteråret 2023", D(2023, 9, 1), D(2023, 11, 30)),
    ("i foråret 2025", D(2025, 3, 1), D(2025, 5, 31)),
    ("hvor mange fik førtidspension i 2022", D(2022, 1, 1), D(2022, 12, 31)),
    ("fra 2020 til 2023", D(2020, 1, 1), D(2023, 12, 31)),
    ("mellem 2015 og 2020", D(2015, 1, 1), D(2020, 12, 31)),
    # parts of a month or a year, as plans and figures are dated
    ("ledige sidst i august 2020", D(2020, 8, 1), D(2020, 8, 31)),
    ("i starten af maj 2021", D(2021, 5, 1), D(2021, 5, 31)),
    ("projektet løber til medio 2026", D(2026, 5, 1), D(2026, 8, 31)),
    ("klar inden udgangen af 2025", D(2025, 10, 1), D(2025, 12, 31)),
    ("punktet fra feb 2024", D(2024, 2, 1), D(2024, 2, 29)),
])
def test_periods_with_a_year(text: str, start: date, end: date) -> None:
    p = find_period(text)
    assert p is not None, text
    assert (p.start, p.end) == (start, end), text


def test_a_named_day_is_strict_and_a_bare_year_only_soft() -> None:
    assert find_period("den 7. februar 2023").strict
    year = find_period("nytårskuren 2025")
    assert year.soft and not year.strict
    assert not find_period("i 2025").soft


@pytest.mark.parametrize(("text", "month", "day"), [
    ("hvad skete der i juni?", 6, None),
    ("på junimødet", 6, None),
    ("februar-mødet", 2, None),
    ("udvalgsmødet den 7. februar", 2, 7),
    ("mødet den 7/2", 2, 7),
    ("i marts måned", 3, None),
])
def test_periods_without_a_year_resolve_from_the_archive(text: str, month: int,
                                                         day: int | None) -> None:
    p = find_period(text)
    assert p is not None and p.year is None and p.month == month and p.day == day, text
    meetings = [D(2015, 6, 9), D(2020, 9, 8), D(2023, 2, 7), D(2024, 2, 6), D(2025, 3, 18)]
    resolved = p.resolve(meetings)
    assert any(resolved.start <= m <= resolved.end for m in meetings), text


def test_a_winter_without_a_year_resolves_across_new_year() -> None:
    p = find_period("i vinteren").resolve([D(2024, 2, 6)])
    assert p.start == D(2023, 12, 1) and p.end == D(2024, 2, 29)


@pytest.mark.parametrize(("text", "which"), [
    ("hvad skete der på det seneste møde?", "latest"),
    ("sidste udvalgsmøde", "latest"),
    ("det første møde i arkivet", "first"),
    ("på forrige møde", "previous"),
])
def test_relative_meetings(text: str, which: str) -> None:
    p = find_period(text)
    assert p is not None and p.relative == which


@pytest.mark.parametrize("text", [
    "hvor mange ansatte har Caverion?",
    "en 1/3 af budgettet",
    "300 ansatte og 30.000 ejendomme",
    "julefrokosten",
    "punkt 5",
    "150.000 kr. til iværksætteri",
    "7,2 procent",
])
def test_no_period_where_none_is_named(text: str) -> None:
    assert find_period(text) is None, text


def test_a_date_in_a_claim_names_a_meeting_only_after_moede() -> None:
    claim = find_period("studieturen blev gennemført den 23.-24. november 2023")
    assert claim.start == D(2023, 11, 23) and not claim.names_meeting
    meeting = find_period("udvalget besluttede på mødet den 7. februar 2023 at …")
    assert meeting.names_meeting


@pytest.mark.parametrize("text, start, end", [
    ("Blev sagsoversigten over sager i 2023 godkendt i februar?", date(2023, 2, 1),
     date(2023, 2, 28)),
])
def test_a_month_without_a_year_takes_the_one_year_named_beside_it(text: str, start: date,
                                                                    end: date) -> None:
    p = find_period(text)
    assert p is not None and (p.start, p.end) == (start, end)


def test_a_bare_topic_year_is_not_lent_to_a_month() -> None:
    p = find_period("Hvad besluttede udvalget om budget 2025 i september?")
    assert p is not None and p.kind == "month" and p.year is None


def test_several_periods_in_reading_order() -> None:
    found = find_periods("sammenlign juni 2015 med september 2020")
    assert [(p.year, p.month) for p in found] == [(2015, 6), (2020, 9)]


def test_last_year_counts_from_the_day_the_question_names() -> None:
    """"Sidste år" said of a named meeting is the year before it, not before today."""
    named = find_periods("På mødet i marts 2022 kom tallene – hvor mange flyttede sidste år?")
    assert [(p.kind, p.year) for p in named] == [("month", 2022), ("year", 2021)]
    alone = find_periods("Hvor mange flyttede sidste år?")
    assert [(p.kind, p.year) for p in alone] == [("year", date.today().year - 1)]


def test_linear_time_on_hostile_input() -> None:
    hostile = ("7. " * 5000) + ("møde " * 3000) + ("2023-" * 2000) + "1/" * 5000
    t0 = time.process_time()
    find_periods(hostile)
    assert time.process_time() - t0 < 1.0


def test_a_part_of_a_year_is_a_preference_and_not_topic() -> None:
    p = find_period("hvornår slutter projektet, medio 2026?")
    assert p is not None and p.soft and p.label == "medio 2026"


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Hvor mange firmaer forlod Ballerup fra foråret 2016 til foråret 2020?",
     date(2016, 3, 1), date(2020, 5, 31)),
    ("nystartede fra 2. kvartal 2016 til 2. kvartal 2020", date(2016, 4, 1), date(2020, 6, 30)),
    ("ledigheden mellem januar 2023 og marts 2024", date(2023, 1, 1), date(2024, 3, 31)),
])
def test_a_stretch_from_one_period_to_another_is_one_period(text, start, end) -> None:
    p = find_period(text)
    assert (p.kind, p.start, p.end) == ("span", start, end)


def test_two_meetings_named_with_og_are_no_stretch() -> None:
    p = find_period("landsgennemsnittet i referaterne fra februar 2023 og februar 2024")
    assert p.kind == "month"


THIS_YEAR = date.today().year


@pytest.mark.parametrize(("text", "start", "end"), [
    # a year shortened with an apostrophe, "måned" between month and year
    ("hvem deltog i mødet den 6. feb. '24?", D(2024, 2, 6), D(2024, 2, 6)),
    ("hvad skete der i juni '15?", D(2015, 6, 1), D(2015, 6, 30)),
    ("hvad blev besluttet på mødet i marts måned 2025?", D(2025, 3, 1), D(2025, 3, 31)),
    # months as one stretch
    ("møderne i jan.-feb. 2023", D(2023, 1, 1), D(2023, 2, 28)),
    ("fra juni til september 2020", D(2020, 6, 1), D(2020, 9, 30)),
    # an ISO week
    ("hvad skete på udvalgsmødet i uge 6 i 2024?", D(2024, 2, 5), D(2024, 2, 11)),
    ("mødet i uge 37/2020", D(2020, 9, 7), D(2020, 9, 13)),
    # parts of a year in everyday words, seasons with a prefix
    ("hvad besluttede de sidst i 2020?", D(2020, 10, 1), D(2020, 12, 31)),
    ("først i 2023", D(2023, 1, 1), D(2023, 3, 31)),
    ("i sensommeren 2020", D(2020, 8, 1), D(2020, 9, 30)),
    ("i forsommeren 2015", D(2015, 5, 1), D(2015, 6, 30)),
    # "i år 2020" is the year 2020; a season of two years
    ("hvad skete der i år 2020?", D(2020, 1, 1), D(2020, 12, 31)),
    ("i sæsonen 2023-24", D(2023, 1, 1), D(2024, 12, 31)),
    ("i 2022/23", D(2022, 1, 1), D(2023, 12, 31)),
    # a year counted back from today
    # (roughly: that year or the one before)
    ("hvem var formand for to år siden?", D(THIS_YEAR - 3, 1, 1), D(THIS_YEAR - 2, 12, 31)),
    ("for 10 år siden", D(THIS_YEAR - 11, 1, 1), D(THIS_YEAR - 10, 12, 31)),
])
def test_everyday_period_forms(text: str, start: date, end: date) -> None:
    p = find_period(text)
    assert p is not None, text
    assert (p.start, p.end) == (start, end), (text, p)


@pytest.mark.parametrize(("text", "kind", "months"), [
    ("budget 2023-07-01 og 2023-08", "day", 1),  # an ISO date, not a season of two years
    ("i uge 60 2024", "year", 1),  # no such week
    ("i 2023-25", "year", 1),  # not a year and the next
    ("hvad skete der i juni og september 2020", "month", 1),  # two months, not a stretch
])
def test_forms_that_are_not_one_stretch(text: str, kind: str, months: int) -> None:
    p = find_period(text)
    assert p is not None and (p.kind, p.months) == (kind, months), (text, p)


def test_last_meeting_of_a_year_is_of_that_year() -> None:
    """"det sidste møde i 2023": the latest of 2023's meetings, not of the archive."""
    p = find_period("hvad besluttede udvalget på det sidste møde i 2023?")
    assert p is not None and p.relative == "latest"
    assert (p.start, p.end) == (D(2023, 1, 1), D(2023, 12, 31))
    assert find_period("det næstsidste møde").start is None


def test_week_without_year_takes_the_archive_year() -> None:
    p = find_period("mødet i uge 6").resolve([D(2023, 2, 7), D(2024, 9, 10)])
    assert (p.start, p.end) == (D(2023, 2, 6), D(2023, 2, 12))


@pytest.mark.parametrize(("text", "which"), [
    ("Hvor mødtes politikerne første gang i 2024?", "first"),
    ("Hvornår mødtes udvalget for sidste gang?", "latest"),
])
def test_met_first_or_last_time_is_a_meeting(text: str, which: str) -> None:
    p = find_period(text)
    assert p is not None and p.relative == which
    # (not any first time: "hvornår blev sagen nævnt første gang?")
    assert find_period("Hvornår blev sagen nævnt første gang?") is None


def test_a_winter_meeting_with_its_year_apart_is_of_that_january() -> None:
    """"vintermødet i 2023" is the winter named by its January's year (December 2022 –
    February 2023), as "vinteren 2023" is; not the winter that begins in December 2023."""
    p = find_period("Var vintermødet i 2023 på rådhuset?")
    assert (p.start, p.end) == (date(2022, 12, 1), date(2023, 2, 28))
    assert find_period("vinteren 2023").start == date(2022, 12, 1)


def test_a_year_of_the_matter_is_not_read_into_the_meetings_month() -> None:
    """"gebyret i 2025 … gebyrsagen i august": with no August 2025 meeting in the archive
    but one in August 2024, the year is the fee's, and the month is the meeting's."""
    text = "Hvor meget stiger gebyret i 2025 ifølge gebyrsagen i august?"
    meetings = [date(2024, 8, 15), date(2024, 11, 21)]
    p = find_period(text, meetings)
    assert (p.kind, p.month, p.year) == ("month", 8, None)
    assert p.resolve(meetings).start == date(2024, 8, 1)
    # a year that holds such a month is still read into it
    assert find_period(text, meetings + [date(2025, 8, 12)]).year == 2025
    # ... and a year next to the month is the meeting's, held or not ("martsmødet i 2024")
    assert find_period("Hvad besluttede de på martsmødet i 2024?", meetings).year == 2024


def test_papers_from_a_year_with_their_matter_between_name_the_meeting_year() -> None:
    """"statusserne på arbejdsgiverens sociale ansvar fra 2023" are the papers put before
    a 2023 meeting (their figures are of 2022); "ledigheden fra 2023" is no paper."""
    from referat.period_patterns import MEETING_BEFORE
    assert MEETING_BEFORE.search("ifølge statusserne på arbejdsgiverens sociale ansvar fra ")
    assert MEETING_BEFORE.search("i opgørelsen fra ")
    assert not MEETING_BEFORE.search("hvor mange flyttede til kommunen fra ")


def test_a_year_before_the_months_meetings_is_still_the_meetings() -> None:
    """"Hvad blev vedtaget i 2023 på byrådsmødet i december?" asks December 2023 (and is
    told there is none), not the archive's December 2024: only a later year is a plan's."""
    meetings = [date(2024, 8, 15), date(2024, 12, 11)]
    assert find_period("Hvad blev vedtaget i 2023 på byrådsmødet i december?", meetings).year \
        == 2023
    assert find_period("I 2023 – hvad besluttede byrådet i december?", meetings).year == 2023
