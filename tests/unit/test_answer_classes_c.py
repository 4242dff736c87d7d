"""Answer classes found by the c-batch (40 questions scored before any fix): periods
written as "6/2-24" or "2020-mødet", indirect decision questions ("hvad blev der af …",
"har udvalget indført …?"), a money word that is only where something stands, a
figure of the whole country asked of one municipality, and the item's theme words
outweighing the word that is asked."""

from __future__ import annotations

from datetime import date

import pytest

from rag.compose.near_miss import other_place
from rag.intent import asked_type
from rag.query import parse_question
from referat.periods import find_period

MEETINGS = [date(2015, 6, 9), date(2020, 9, 8), date(2023, 2, 7), date(2024, 2, 6)]


@pytest.mark.parametrize(("text", "day"), [
    ("unge på uddannelseshjælp d. 6/2-24 – blev det besluttet?", date(2024, 2, 6)),
    ("hvad skete der på mødet 7.2.23?", date(2023, 2, 7)),
    ("meddelelserne d. 9/6-15", date(2015, 6, 9)),
    ("hvem deltog den 7/2-2023", date(2023, 2, 7)),
])
def test_a_date_with_a_two_digit_year_is_that_day(text: str, day: date) -> None:
    period = find_period(text)
    assert period is not None and period.kind == "day"
    assert (period.year, period.month, period.day) == (day.year, day.month, day.day)


def test_a_count_after_a_date_is_no_two_digit_year() -> None:
    """"7/2 24 borgere": a space before two digits is no year."""
    period = find_period("hvor mange kom den 7/2 24 borgere?")
    assert period is not None and period.year is None


def test_the_year_of_a_meeting_outranks_a_period_of_the_matter() -> None:
    """"nye virksomheder i andet kvartal på 2020-mødet" asks the 2020 meeting, not the
    latest second quarter with a meeting (June 2015)."""
    q = parse_question("hvilket center stod bag orienteringen om nye virksomheder i andet "
                       "kvartal på 2020-mødet?", MEETINGS)
    assert q.date_from == date(2020, 1, 1) and q.date_to == date(2020, 12, 31)
    assert find_period("hvad skete der på 2020-mødet?").names_meeting


@pytest.mark.parametrize("question", [
    "Udvalget bad om en årsrapport. Hvad blev der af den i juni 2015?",
    "hvad kom der ud af sagen om energitjek",
    "Har erhvervsudvalget indført arbejdspligt for kontanthjælpsmodtagere?",
    "har udvalget sat penge af til energitjek?",
])
def test_indirect_and_perfect_tense_decision_questions(question: str) -> None:
    assert parse_question(question).kind == "decision"


def test_a_visit_is_no_decision() -> None:
    assert parse_question("har udvalget besøgt Caverion?").kind != "decision"


def test_a_money_word_as_where_something_stands_asks_no_amount() -> None:
    assert asked_type("Hvad stod der i budgetaftalen for 2021 om politikker?") == "free"
    assert asked_type("hvad er budgettet for studieturen?") == "amount"


def test_a_figure_of_the_country_does_not_answer_for_the_municipality() -> None:
    towns = ["Ballerup", "Greve"]
    asked = "Hvor mange ansatte har Caverion i Ballerup?"
    assert other_place("Caverion har 300 ansatte i Danmark.", asked, towns)
    assert not other_place("Caverion har 40 ansatte i Ballerup og 300 i hele landet.",
                           asked, towns)
    # Ballerup as the destination, not the figure's place
    assert not other_place("Firmaet har 155 ansatte rundt i landet.",
                           "Hvor mange ansatte har firmaet, der er flyttet til Ballerup?",
                           towns)


def test_the_asked_word_outweighs_the_items_theme(archive, context) -> None:
    """Every sentence of the ReVUS item names ReVUS; the one that answers "hvad skal
    ReVUS afløse?" says "erstatte" (one verb for the other)."""
    from rag.compose.fact import compose_fact

    item = archive.add(date(2015, 6, 9), 5, "Regional Vækst- og Udviklingsstrategi 2015", {
        "Sammendrag": ("Regionsrådet har sendt udkastet til en ny regional vækst- og "
                       "udviklingsstrategi (ReVUS) i høring frem til den 19. juni 2015."),
        "Baggrund": ("ReVUS er udarbejdet sammen med regionens Vækstforum. ReVUS skal "
                     "erstatte den hidtidige regionale udviklingsplan (RUP). ReVUS "
                     "bygger på visionen om en grøn og innovativ metropol.")})
    answer = compose_fact(context("Hvad skal regionens vækst- og udviklingsstrategi "
                                  "(ReVUS) afløse?", [item]))
    first = next(line for line in answer.text.splitlines() if line.startswith(">"))
    assert "erstatte den hidtidige regionale udviklingsplan" in first


@pytest.mark.parametrize("question", [
    "hvilket center stod bag orienteringen om nye virksomheder?",
    "Hvilke enheder i kommunen samarbejder Forebyggelsesenheden med?",
    "Hvilken afdeling har ansvaret for IPS?",
])
def test_a_body_asked_for_is_answered_like_a_person(question: str) -> None:
    """"Center for By, Erhverv og Miljø indstiller, at …" answers "hvilket center …?"."""
    assert asked_type(question) == "person"


def test_who_may_take_part_asks_for_a_group_not_a_name(archive, context) -> None:
    from rag.compose.fact import compose_fact

    assert asked_type("Hvem kan komme i et IPS-forløb?") == "free"
    item = archive.add(date(2025, 3, 18), 4, "Status på IPS-indsatsen", {
        "Sagsfremstilling": ("IPS-konsulent Anne Hansen er ansat i Helhedsafsnittet. "
                             "Borgere, der er i psykiatrisk behandling og ønsker at komme i "
                             "arbejde, kan deltage i et IPS-forløb.")})
    answer = compose_fact(context("Hvem kan komme i et IPS-forløb?", [item]))
    first = next(line for line in answer.text.splitlines() if line.startswith(">"))
    assert "psykiatrisk behandling" in first and not answer.declined


def test_the_askers_introduction_is_context_not_the_claim(archive, context) -> None:
    """"Jeg er tillidsrepræsentant i FOA. Jeg har hørt, at … kælderrum …": the evidence
    is the sentence about the cellar rooms, not the one that names FOA."""
    from rag.compose.decision import topic_evidence
    from rag.follow_up import asker_context

    assert asker_context("Jeg er tillidsrepræsentant i FOA. Blev nyttejobbet ændret?") == {
        "tillidsrepræsentant", "foa"}
    assert asker_context("Jeg har hørt, at udvalget ændrede nyttejobbet. Passer det?") == set()
    item = archive.add(date(2024, 2, 6), 10, "Orientering om nytteindsatsen", {
        "Sagsfremstilling": (
            "Tillidsrepræsentanter fra FOA har været i tæt dialog om opgaverne fremover. "
            "Opgaverne omfatter naturpleje og oprydning i kommunens kælderrum."),
        "Beslutning": "Taget til efterretning"})
    question = ("Jeg er tillidsrepræsentant i FOA. Jeg har hørt, at udvalget besluttede, at "
                "folk i nyttejob fremover skal rydde op i kommunens kælderrum – passer det?")
    _, sentence = topic_evidence(context(question, [item]), item, "Taget til efterretning")
    assert "kælderrum" in sentence


@pytest.mark.parametrize(("asked", "written"), [
    ("informeret", "kommunikeret"),  # "hvordan er medarbejderne informeret?"
    ("afløse", "erstatte"),
    ("udsat", "udsættes"),
])
def test_one_verb_in_other_words_matches(asked: str, written: str) -> None:
    from rag.confidence import match_weight
    from referat.danish import stems

    assert match_weight(stems(asked)[0], set(stems(written))) > 0


@pytest.mark.parametrize(("question", "aspect"), [
    ("Hvad hed udvalget på 2023-mødet – var uddannelse kommet med i navnet?", "name"),
    ("hvilke partier var repræsenteret på udvalgsmødet i juni 2015", "attendees"),
    # the remark after the question mark does not make it a question about absence
    ("Var Musa Kekec med til mødet den 6. februar 2024? Han har jo haft en periode med "
     "fravær", "attendees"),
])
def test_meeting_questions_in_other_words(question: str, aspect: str) -> None:
    q = parse_question(question, MEETINGS)
    assert (q.kind, q.meeting_aspect) == ("meeting", aspect)


def test_the_start_of_a_range_is_not_the_year_of_a_day() -> None:
    """"fra 2023 til mødet 18/3": the day is the archive's 18 March, not 18/3 2023 (the
    stretch runs from 2023 on: `test_answer_classes_az_batch`)."""
    period = find_period("hvilken stilling havde han fra 2023 til mødet 18/3")
    assert period is not None and not (period.kind == "day" and period.year == 2023)
    assert find_period("mødet den 7/2 i 2023").year == 2023


def test_an_at_clause_of_a_yes_no_question_is_what_was_decided() -> None:
    """"vedtog politikerne, at der skulle laves en kortlægning af hvor mange elever …?"
    asks whether it was decided, not how many pupils."""
    assert asked_type("vedtog politikerne i 2015 at der skulle laves en kortlægning af hvor "
                      "mange elever der mangler praktikplads") == "yesno"
    assert asked_type("hvor mange elever mangler en praktikplads?") == "count"
