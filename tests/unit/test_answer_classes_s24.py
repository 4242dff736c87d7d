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


def test_a_meeting_named_by_its_neighbour_is_the_archives_next_or_previous() -> None:
    """"Det møde, der fulgte efter udvalgsmødet den 18. august 2023" is the archive's next
    meeting, though the 18 August minutes are not in it; nothing after the last meeting
    is none."""
    f, note = _scope("Hvor holdt udvalget det møde, der fulgte efter udvalgsmødet den "
                     "18. august 2023?")
    assert note is None and f.date_from == f.date_to == date(2024, 2, 6)
    f, note = _scope("Hvem deltog i mødet før det 6. februar 2024?")
    assert note is None and f.date_from == date(2023, 2, 7)
    f, note = _scope("Hvad stod på dagsordenen på mødet efter 18. marts 2025?")
    assert note == "Der er intet møde efter den 18. marts 2025 i de indlæste referater."


def test_of_a_day_and_a_month_the_one_after_moedet_names_the_meeting() -> None:
    from referat.periods import find_period

    p = find_period("Hvad skete der den 23. november 2023 ifølge sagerne på udvalgets "
                    "møde i februar 2024?")
    assert p is not None and (p.kind, p.year, p.month) == ("month", 2024, 2)


def test_a_meeting_asked_in_a_month_without_meetings_is_none() -> None:
    """Asked for the agenda of a month the committee did not meet, the answer says
    there was no meeting, not another month's agenda."""
    f, note = _scope("Hvad stod der på udvalgets dagsorden i juni 2024?")
    assert note == "Der er intet møde i juni 2024 i de indlæste referater."


def test_the_case_number_asked_is_the_items_own_field() -> None:
    """Greve's JSON gives the number only as a field; the answer gives it, cites the
    item and names the same case's other treatments found."""
    from rag.compose.case_number import asks_case_number, compose_case_number

    from .item_context import bodies_context

    text = [("Sagsfremstilling", "Fortet skal have en ny museumsbygning til 63,7 mio. kr.")]
    ctx = bodies_context("Hvad er sagsnummeret på sagen om museumsbygningen på fortet?", [
        ("Stevns", "Byrådet", date(2024, 12, 11), 32, "Fortet – restfinansiering",
         "24-009923", text),
        ("Stevns", "Økonomiudvalget", date(2024, 11, 27), 27, "Fortet – restfinansiering",
         "24-009923", text),
        ("Stevns", "Økonomiudvalget", date(2024, 11, 27), 28, "Budgetopfølgning",
         "24-000111", text)])
    answer = compose_case_number(ctx)
    assert answer is not None and "Sagen har sagsnummer 24-009923" in answer.text
    assert "Økonomiudvalget, 27. november 2024, punkt 27" in answer.text
    assert "punkt 28" not in answer.text
    assert not asks_case_number("Sag nr. 24-009923 – hvad handler den om?")
    ctx = bodies_context("Hvilket journalnummer har sagen om fortet?", [
        ("Stevns", "Byrådet", date(2024, 12, 11), 32, "Fortet", None, text)])
    answer = compose_case_number(ctx)
    assert answer is not None and answer.declined and "sagsnummeret" in answer.text


def test_an_items_own_absence_line_answers_whether_a_member_was_there() -> None:
    """"Var Bo Holm med, da udvalget behandlede biblioteket?" — the meeting's list has
    him, the item's decision says "Fraværende: Bo Holm": no."""
    from rag.compose.scene import scene_person

    from .item_context import bodies_context

    ctx = bodies_context("Var Bo Holm med, da udvalget behandlede udbuddet af biblioteket?", [
        ("Stevns", "Økonomiudvalget", date(2024, 8, 28), 17, "Udbud af biblioteket", None,
         [("Sagsfremstilling", "Biblioteket sendes i udbud."),
          ("Beslutning", "Anbefales.\nAfbud: Lis Bak\nFraværende: Bo Holm")])])
    answer = scene_person(ctx)
    assert answer is not None and answer.text.startswith("Nej.")
    assert "Fraværende: Bo Holm" in answer.text


def test_a_meetings_list_is_followed_by_absence_noted_at_items() -> None:
    """"Var hele udvalget til stede hele mødet?": the list has all five, punkt 13's
    decision notes one absent; the answer quotes that line."""
    from rag.compose.item_absences import at_items_line

    meeting = meeting_info(date(2024, 11, 19), ["Ole Bak", "Lis Holm"], [],
                           agenda=[(12, "Budget", False), (13, "Mødekalender 2025", False)])
    decisions = {12: "Godkendt.", 13: "Godkendt.\nFraværende: Lis Holm"}
    views = {n: SimpleNamespace(section=lambda name, d=d: d if name == "Beslutning" else "")
             for n, d in decisions.items()}
    ctx = SimpleNamespace(lookup=SimpleNamespace(item=lambda ref: views.get(ref.punkt)))
    assert at_items_line(ctx, meeting) == (
        "Referatet noterer fravær ved enkelte punkter: punkt 13: »Fraværende: Lis Holm«.")


def test_a_treatment_in_a_month_filters_by_that_months_meetings() -> None:
    """"Hvem deltog, da udvalget i februar 2024 behandlede rammeaftalen?" asks the
    February treatment; the March item that retells it is not the answer."""
    f, note = _scope("Hvem fra administrationen deltog, da udvalget i februar 2024 "
                     "behandlede rammeaftalen om udlejning?")
    assert note is None and (f.date_from, f.date_to) == (date(2024, 2, 1), date(2024, 2, 29))
    f, note = _scope("Hvor mange boliger blev udlejet i februar 2024?")  # the data's month
    assert f.date_from is None


def test_two_periods_compared_are_both_quoted_from_one_item() -> None:
    """"Var udgiften i første halvår 2024 større eller mindre end hele 2023?": one item
    says both; each period gets its sentence."""
    from rag.compose.passage import Quote
    from rag.compose.when import per_period
    from referat.periods import find_periods

    from .item_context import item_context

    question = "Var udgiften i første halvår 2024 større eller mindre end i hele 2023?"
    ctx = item_context(question, [(9, "Evaluering af samarbejdet", date(2024, 2, 6))], {})
    item = ctx.candidates[0]
    quotes = [Quote(item, "Sagsfremstilling", "Udgiften i 1. halvår 2024 er 0,35 mio. kr.", 2.0),
              Quote(item, "Sagsfremstilling", "I 2023 var omkostningen 0,5 mio. kr.", 1.0)]
    picked = per_period(ctx, quotes, find_periods(question), compared=True)
    assert [q.text for q in picked] == [quotes[0].text, quotes[1].text]


def test_which_bodies_treated_it_asks_the_cases_history() -> None:
    from rag.case_intent import asks_case_history

    assert asks_case_history("Voldgiftssagen: hvilke politiske organer behandlede den i 2024?")
    assert asks_case_history("Årsberetningen: hvilke udvalg fik den forelagt og hvornår?")
    assert not asks_case_history("Hvilke udvalg fik flere penge i budgettet?")


def test_a_meetings_time_or_place_claimed_asks_the_meeting() -> None:
    """A start time or a place claimed of a named meeting is asked of its front page."""
    from rag.query import parse_question as parse

    q = parse("startede mødet i september 2020 kl 8 som det plejer?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "time")
    q = parse("Holdt udvalget sit møde 18. marts 2025 i Mødecenter C på rådhuset som normalt?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "place")
    q = parse("Skulle mødet den 7. februar 2023 foregå på rådhuset eller ude hos en virksomhed?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "place")
