"""Failure classes found on the dev half of the ay question batch (written blind from the
minutes, 2026-12-05); each test fails on the code before the fix. No model, no Chroma."""

from __future__ import annotations

import pytest

from rag.compose.contents import asks_contents
from rag.compose.guests import asks_guests
from rag.compose.multi import split_parts
from rag.compose.typed import only_given
from rag.compose.votes_held import asks_votes_held
from rag.intent import asked_type
from referat.values import COUNT, find_values


@pytest.mark.parametrize(("question", "asked"), [
    ("Stemte nogen imod noget i 2023?", True),
    ("Var der afstemninger på mødet i februar 2024?", True),
    ("Blev der stemt om noget på udvalgsmødet 7/2-23?", True),
    ("Har nogen i udvalget undladt at stemme?", True),
    ("Sker det nogensinde, at nogen i Økonomiudvalget stemmer imod?", True),
    ("Hvem stemte imod studieturen?", False),  # a matter of its own
    ("Hvor ofte stemmer Enhedslisten imod?", True),  # every item, its letter's lines
    ("Har Allan Kristensen nogensinde stemt imod?", True),  # every item, his lines
    ("Hvad besluttede udvalget i 2023?", False),  # no vote asked
])
def test_a_vote_question_without_a_matter_is_about_every_item(question: str,
                                                              asked: bool) -> None:
    assert asks_votes_held(question) is asked


def test_parallel_parts_share_only_the_meeting_named_at_the_end() -> None:
    """"Hvem var direktør, og hvem var centerchef for Arbejdsmarked på udvalgsmødet i
    februar 2023?": the director is asked of that meeting, not of "Arbejdsmarked"."""
    parts = split_parts("Hvem var direktør og hvem var centerchef for Arbejdsmarked på "
                        "udvalgsmødet i februar 2023?")
    assert parts[0] == "Hvem var direktør på udvalgsmødet i februar 2023?"
    # (a part without its own matter still borrows the later part's)
    assert split_parts("Hvad gik godt, og hvad gik skidt med forløbene hos "
                       "Idrætsfællesskabet?")[0].endswith("forløbene hos Idrætsfællesskabet?")


def test_a_bound_is_no_matter_a_later_part_borrows() -> None:
    parts = split_parts("Hvor længe må en nytteindsats højst vare, og hvor er den placeret?")
    assert "højst" not in parts[1] and "nytteindsats" in parts[1]


@pytest.mark.parametrize(("sentence", "number", "unit"), [
    ("For tredje år i træk topper Ballerup Kommune indekset.", 3, "år"),
    ("Det er 5. gang i træk, at prisen går hertil.", 5, "gang"),
])
def test_an_ordinal_in_a_row_is_a_count(sentence: str, number: int, unit: str) -> None:
    (value,) = find_values(sentence, frozenset({COUNT}))
    assert (value.number, value.unit) == (number, unit)


@pytest.mark.parametrize(("question", "expected"), [
    ("Det her energitjek – hvad regner man med det koster om året?", "amount"),
    ("Hvad vil det koste at fortsætte samarbejdet?", "amount"),
])
def test_what_it_costs_with_words_between_is_an_amount(question: str, expected: str) -> None:
    assert asked_type(question) == expected


def test_the_notices_of_a_meeting_asked_with_the_verb() -> None:
    assert asks_contents("Hvad blev der meddelt udvalget på mødet 7/2-2023?")


def test_consultants_who_presented_at_a_meeting_are_its_guests() -> None:
    assert asks_guests("Kom der eksterne konsulenter og fremlagde analyser på udvalgsmødet "
                       "8. september 2020?", None)
    assert not asks_guests("Hvad kostede konsulenterne i analysen?", None)  # no meeting


def test_the_home_municipality_is_no_place_the_answer_may_repeat() -> None:
    question = "Hvor er nytteindsatsen placeret i Ballerup?"
    sentence = "Med sagen forelægges en orientering om nytteindsatsen i Ballerup Kommune."
    assert only_given(sentence, "place", question, ["Ballerup"])
    assert not only_given("Den er forankret på Lindbjergvej 80.", "place", question,
                          ["Ballerup"])


def test_who_has_been_in_a_role_names_the_role() -> None:
    from rag.roles import asked_role_word

    assert asked_role_word("Hvem har været centerchef for Arbejdsmarked i 2023?") == \
        "centerchef"


def test_an_outcome_named_as_the_alternative_is_not_the_one_asked() -> None:
    from rag.compose.decision import asked_outcome

    assert asked_outcome("Hvilke sager endte med at blive udsat i stedet for bare at blive "
                         "taget til efterretning?") == "udsat"


@pytest.mark.parametrize("question", [
    "hvordan ser ledighedsprocenten ud i de nøgletal udvalget fik i marts 2025?",
    "Hvad er erhvervsfrekvensen blandt indvandrere?",
])
def test_a_compound_headed_by_procent_asks_a_percentage_of_its_first_part(
        question: str) -> None:
    from referat.danish import topic_stems

    assert asked_type(question) == "percent"
    assert not any(t.endswith(("procent", "frekvens")) for t in topic_stems(question))
