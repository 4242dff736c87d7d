"""Failure classes found on the dev half of the bd question batch (written blind from
the minutes, 2026-12-05); each test fails on the code before the fix. No model, no
Chroma."""

from __future__ import annotations

import pytest

from rag.compose.when import periods_before, title_elsewhere
from rag.intent import AMOUNT, QUANTITY, asked_type
from rag.roles import who_role
from referat.danish import own_question, topic_stems
from referat.values import RANK


@pytest.mark.parametrize("question", [
    "Hvor meget økonomisk støtte giver kommunen Toms Gruppen til flytningen?",
    "Hvor meget offentlig støtte fik projektet?",
    "Fik virksomheden økonomisk støtte fra kommunen, og hvor meget?",
])
def test_money_asked_with_an_adjective_before_the_noun_is_an_amount(question: str) -> None:
    assert asked_type(question) == AMOUNT


@pytest.mark.parametrize(("question", "kind"), [
    ("Hvor placerede Ballerup sig blandt de 44 kommuner i regionen?", RANK),
    ("Hvordan lå kommunen i regionen på ledigheden?", RANK),
    # (no ranking without a field to rank in)
    ("Hvor ligger virksomheden?", "place"),
])
def test_a_place_among_others_is_a_ranking(question: str, kind: str) -> None:
    assert asked_type(question) == kind


def test_an_instruction_after_a_yes_no_question_is_no_question_of_its_own() -> None:
    question = ("Er der kommet flere eller færre i fleksjob i kommunen – sammenlign 2015, "
                "2022 og 2024?")
    assert own_question(question) == question
    assert asked_type(question) == QUANTITY
    # which way it went, and the instruction, are no topic
    assert set(topic_stems("fleksjob")) <= set(topic_stems(question))
    assert not {"fler", "fær", "sammenlign"} & set(topic_stems(question))


@pytest.mark.parametrize(("title", "asked", "elsewhere"), [
    ("Nye virksomheder i andet kvartal 2020", "i andet kvartal 2019", True),
    ("Nye virksomheder i andet kvartal 2020", "i 2020", False),
    ("Status på arbejdsgiverens sociale ansvar andet halvår 2022", "i 2021", True),
    # a year in a title names a programme as often as a report's period
    ("Nye initiativer 2023 for førtidspensionister", "tilbage i 1998", False),
])
def test_a_title_dated_to_another_report_period(title: str, asked: str,
                                                elsewhere: bool) -> None:
    from datetime import date

    earlier = periods_before(f"Hvor mange var der {asked}?", date(2030, 1, 1))
    assert earlier
    assert title_elsewhere(title, earlier) is elsewhere


def test_who_came_and_told_about_a_matter_is_who_presented_it() -> None:
    assert who_role("Hvem kom og fortalte om IPS-indsatsen på mødet i marts 2025?") == \
        "presenter"
    assert who_role("Hvem gennemgik økonomien på beskæftigelsesområdet?") == "presenter"


@pytest.mark.parametrize(("sentence", "answers"), [
    ("Hun må arbejde 12-13 timer om ugen.", True),
    ("Det gennemsnitlige timeantal er cirka 40 om måneden.", True),
    # a count of something else is no number of hours
    ("Nytteindsatsen ledes af en holdleder samt tre virksomhedskonsulenter.", False),
])
def test_how_many_hours_is_answered_by_time_not_by_another_count(sentence: str,
                                                                 answers: bool) -> None:
    from rag.compose.typed import holds
    from referat.danish import stems

    counted = stems("timer")[0]
    assert asked_type("Hvor mange timer om ugen skal en borger arbejde?") == "count"
    assert holds(sentence, "count", counted=counted) is answers


@pytest.mark.parametrize(("text", "people"), [
    ("Borgmesterens virksomhedsbesøg: Upcy, som er en del af Forenede Dampvaskerier.", []),
    ("Danske Regioner og Jydske Realkredit har skrevet.", []),
    ("Saime Bilen Inanc (Ø) og Frede Hansen (V) stemte imod.",
     ["Saime Bilen Inanc (Ø)", "Frede Hansen (V)"]),
])
def test_a_firm_named_by_an_adjective_is_no_person(text: str, people: list[str]) -> None:
    from referat.values import PERSON, find_values

    assert [v.text for v in find_values(text, frozenset({PERSON}))] == people
