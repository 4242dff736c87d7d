"""Answer classes found by the op-batch (60 questions on other municipalities' minutes:
Greve's FirstAgenda year, Aarhus, Ballerup 2012, Syddjurs; scored before any fix): a
committee named in two words ("Teknisk Udvalg i Aarhus"); a case followed through
several bodies ("hvordan gik sagen gennem sundhedsudvalget, økonomiudvalget og
byrådet?"); a second part that asks the same meeting's time ("…, og hvad var klokken?")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "committee"), [
    ("Hvor mødtes Teknisk Udvalg i Aarhus den 1. oktober 2025?", "Teknisk Udvalg"),
    ("Hvad besluttede Økonomisk Udvalg om budgettet?", "Økonomisk Udvalg"),
    ("hvad besluttede Social- og Sundhedsudvalget i juni?", "Social- og Sundhedsudvalget"),
    ("Hvad sagde Udvalget om det?", None),  # (the committee, not one by name)
])
def test_a_committee_named_in_two_words(question: str, committee: str | None) -> None:
    from rag.query import parse_question

    assert parse_question(question).committee_mention == committee


def test_a_meeting_of_a_two_word_committee_in_a_named_municipality() -> None:
    from rag.query import parse_question

    q = parse_question("Hvor mødtes Teknisk Udvalg i Aarhus den 1. oktober 2025?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "place")


@pytest.mark.parametrize(("question", "history"), [
    ("Fælles udbud af madservice med Ringsted: hvordan gik sagen gennem sundhedsudvalget, "
     "økonomiudvalget og byrådet i Greve i slutningen af 2024?", True),
    ("Hvordan kom forslaget igennem teknikudvalget og byrådet?", True),
    # one body, or bodies not followed through
    ("Hvordan gik sagen gennem byrådet?", False),
    ("Hvad sagde økonomiudvalget og byrådet om budgettet?", False),
])
def test_a_case_followed_through_several_bodies_is_its_history(question: str,
                                                               history: bool) -> None:
    from rag.case_intent import asks_case_history

    assert asks_case_history(question) is history


@pytest.mark.parametrize(("question", "other"), [
    ("Hvad har Odense Kommunes teknik- og miljøudvalg besluttet om affaldsindsamlingen?",
     "Odense"),
    ("Hvad besluttede Beskæftigelsesudvalget i Furesø Kommune om nytteindsats i 2024?",
     "Furesø"),
    ("Hvad sagde Gladsaxes byråd til energitjekket?", "Gladsaxe"),
    # the archive's own, and another municipality as a topic, not as the body
    ("Hvad sagde teknikudvalget i Greve om affald?", None),
    ("Hvad koster et ressource-tjek i Gladsaxe?", None),
    ("Hvad aftalte Ballerup med Gladsaxe Kommune om pendlerprojektet?", None),
])
def test_a_body_of_a_municipality_the_archive_lacks(question: str, other: str | None) -> None:
    from rag.bodies import foreign_body

    assert foreign_body(question, ["Ballerup", "Greve"]) == other


def test_an_owners_genitive_is_no_two_word_committee() -> None:
    from rag.bodies import committee_mention

    assert committee_mention("Hvad besluttede Syddjurs Kommunes Udvalget for plan, udvikling "
                             "og kultur om Kulturkommune 2017?") is None


@pytest.mark.parametrize(("decision", "expected"), [
    ("1. Ikke godkendt\n2. Godkendt\nAfbud: Lone Mortensen",
     "Indstillingens punkt 1 »at arbejde videre«: Ikke godkendt\n"
     "Indstillingens punkt 2 »at afslå ansøgningen«: Godkendt"),
    ("1. - 2. godkendt.", "Indstillingens punkt 1 »at arbejde videre«: godkendt.\n"
                          "Indstillingens punkt 2 »at afslå ansøgningen«: godkendt."),
])
def test_numbered_outcomes_are_paired_with_the_points_they_decide(decision: str,
                                                                  expected: str) -> None:
    from rag.compose.proposal import proposal_note

    points = {1: "at arbejde videre", 2: "at afslå ansøgningen"}
    assert proposal_note(decision, points) == expected


def test_a_part_of_a_group_is_a_count_of_it() -> None:
    from referat import values
    from referat.values import COUNT

    (found,) = values.find_values("Heraf er 49 af de hjemløse borgere tilhørende Greve "
                                  "Kommune.", frozenset({COUNT}))
    assert (found.number, found.unit) == (49, "hjemløs")
    assert not values.find_values("20 af dem var unge.", frozenset({COUNT}))


def test_a_place_in_a_ranking_without_its_total() -> None:
    from rag.intent import asked_type
    from referat import values
    from referat.values import RANK

    assert asked_type("Hvilken placering fik Greve Kommune i Dansk Industris "
                      "erhvervsvenlighedsundersøgelse 2024?") == "rank"
    assert values.find_values("Den samlede placering er faldet til nr. 78 fra en placering "
                              "som nummer 72 sidste år.", frozenset({RANK}))
    assert not values.find_values("Lokalplan nr. 208 blev vedtaget.", frozenset({RANK}))


def test_a_politician_is_told_from_a_firm_whose_name_reads_as_a_persons() -> None:
    """"Hvem valgte byrådet til bestyrelsen i Høje Taastrup Fjernvarme?": the sentence
    with "Marc Genning (V)" outweighs those naming the firm (`Weights.name_with_party`)."""
    from rag.compose.sentence_marks import PARTY_AFTER_NAME

    assert PARTY_AFTER_NAME.search("Marc Genning (V) blev valgt til bestyrelsen.")
    assert PARTY_AFTER_NAME.search("Byrådet valgte Anja Holtze (A) som formand.")
    assert not PARTY_AFTER_NAME.search("Bestyrelsen i Høje Taastrup Fjernvarme mødes.")
