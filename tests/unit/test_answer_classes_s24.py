"""Failure classes of the twenty-fourth session: a relative meeting ("det første møde
i 2026") in a period without meetings is none, not the archive's first; "hvor skal vi
være?" after a meeting asks its place; "hvilke kommuner" is not answered by the archive's
own municipality; a clock time or weekday not stated is named so. In memory; no model,
no Chroma."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from rag.compose.near_miss import asked_what, names_one
from rag.meeting_intent import asks_aspect
from rag.query import parse_question
from rag.scope import scope
from referat.domain import Filters

from .item_context import meeting_info

DAYS = [date(2023, 2, 7), date(2024, 2, 6), date(2024, 9, 3), date(2025, 3, 18)]


def _lookup() -> Any:
    meetings = [meeting_info(d, [], []) for d in DAYS]

    def meetings_in(f: Filters) -> list[Any]:
        return [m for m in meetings if (f.date_from is None or m.date >= f.date_from)
                and (f.date_to is None or m.date <= f.date_to)]

    names = SimpleNamespace(committees_in=lambda text: [], municipalities_in=lambda text: [],
                            municipalities=["Ballerup"], committees=["EBU"])
    return SimpleNamespace(meetings_in=meetings_in, names=names, municipalities=["Ballerup"])


def _scope(question: str) -> tuple[Filters, str | None]:
    return scope(parse_question(question, DAYS), Filters(), _lookup())


def test_the_first_meeting_of_a_year_without_meetings_is_none() -> None:
    """Asked for the first meeting of 2026 in an archive ending in 2025, the answer says
    there is none that year (it used to cite the archive's first meeting, in 2023)."""
    f, note = _scope("Hvornår holder udvalget sit første møde i 2026?")
    assert note == "Der er intet møde i 2026 i de indlæste referater."
    f, note = _scope("Hvornår var det første møde efter sommerferien 2021?")
    assert note is not None and "fra 1. august 2021 til 30. september 2021" in note


def test_the_first_meeting_of_a_year_with_meetings_is_that_years_first() -> None:
    f, note = _scope("Hvad stod der på dagsordenen på det første møde i 2024?")
    assert note is None and f.date_from == f.date_to == date(2024, 2, 6)


def test_where_we_are_to_be_asks_the_meetings_place() -> None:
    assert asks_aspect("hvor skal vi være?", "place")
    assert asks_aspect("og hvor skulle udvalget mødes?", "place")
    assert not asks_aspect("hvor skal pengene bruges?", "place")


def test_which_municipalities_is_not_answered_by_the_archives_own() -> None:
    """"Flyttet til Ballerup fra andre kommuner" names none of the other municipalities;
    a sentence that names them does."""
    question = "Mange unge er flyttet hertil fra andre kommuner – hvilke kommuner kommer de fra?"
    own = "Cirka 25 pct. er flyttet til Ballerup fra andre kommuner inden for det seneste år."
    assert not names_one(own, question, ["Ballerup"])
    assert names_one("De fleste kom fra Herlev og Gladsaxe.", question, ["Ballerup"])
    # one municipality asked: the archive's own can be it ("hvilken kommune lå nr. 1?")
    assert names_one("Ballerup lå nummer ét blandt 98 kommuner.",
                     "Hvilken kommune lå nummer ét?", ["Ballerup"])


def test_a_clock_time_or_weekday_not_stated_is_named_so() -> None:
    assert asked_what("date", "Hvad er det præcise klokkeslæt for mødet?") == "klokkeslættet"
    assert asked_what("date", "Hvilke ugedage holder jobcentret åbent?") == "ugedagen"
    assert asked_what("date", "Hvornår er fristen?") == "datoen"
    assert asked_what("amount", "Hvad koster det?") == "beløbet"


def test_a_claim_about_a_meetings_start_or_absences_asks_the_meeting() -> None:
    """A claim wrapped in "Stemmer det, at …" or "Jeg har læst, at … Er det rigtigt?" is
    about the meeting's start or its list of absences, as the bare question is."""
    from rag.query import parse_question as parse

    q = parse("Stemmer det, at erhvervsudvalgets møde i september 2020 først begyndte "
              "om eftermiddagen?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "time")
    q = parse("Jeg har læst, at tre af udvalgets medlemmer havde meldt afbud til mødet "
              "i marts 2025. Er det rigtigt?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "absentees")


def test_absence_asked_yes_no_is_answered_yes_for_an_absent_member() -> None:
    from rag.roles import asks_absence

    assert asks_absence("Havde Musa Kekec meldt afbud til mødet i marts 2025?")
    assert asks_absence("Var borgmesteren fraværende ved mødet?")
    assert not asks_absence("Var Musa Kekec med på mødet i marts 2025?")
    assert not asks_absence("Havde hun ikke meldt afbud?")  # (answered as attendance)
