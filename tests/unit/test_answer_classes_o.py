"""Answer classes found by the o-batch (fresh questions on the seeds, half of them held
out): the archive's committee named after another body; the opening question word
decides what is asked; more ways to ask for a decision or a meeting's members."""

from __future__ import annotations

from rag.bodies import names_other_body
from rag.follow_up import needs_topic
from rag.intent import asked_type, asks_decision
from rag.names import ArchiveNames
from rag.query import parse_question

EBU = "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget"


def test_the_archives_committee_is_found_after_another_body_in_a_lead_in() -> None:
    names = ArchiveNames(["Ballerup"], [EBU])
    question = ("Ekspertudvalget vil have løntimer som det bærende princip. Vedtog "
                "Ballerups erhvervsudvalg noget nyt om det i marts 2025?")
    found = names.committees_in(question)
    assert found == [EBU]
    assert not names_other_body(question, found)
    assert names_other_body("Hvad vedtog Ekspertudvalget om løntimer?",
                            names.committees_in("Hvad vedtog Ekspertudvalget om løntimer?"))


def test_the_opening_question_word_decides_what_is_asked() -> None:
    assert asked_type("I årsstatus for 2014 (junimødet 2015): hvornår begyndte det samlede "
                      "antal forsørgede at gå den rigtige vej?") == "date"
    assert asked_type("Hvordan ville kommunen finde ud af, hvor mange unge der både hører "
                      "under SKP og mentorstøtte?") == "free"
    assert asked_type("Hvor mange unge hører under både SKP og mentorstøtte?") == "count"


def test_more_ways_to_ask_what_was_decided() -> None:
    assert asks_decision("Beskæftigelsesplanen for 2016 – hvad landede politikerne på i "
                         "juni 2015?")
    assert asks_decision("Repatrieringsordningen – hvor endte den sag henne politisk?")
    assert not asks_decision("Hvor landede flyet?")


def test_which_parties_had_members_at_a_meeting_is_a_meeting_question() -> None:
    q = parse_question("Hvilke partier havde politikere med til udvalgsmødet 7. februar 2023?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


def test_a_question_opening_with_og_or_saa_still_has_its_topic() -> None:
    """(A rule that asked back on "og hvornår skal det så evalueres?" was dropped: it
    asked back on these too.)"""
    for question in ("Og hvordan gik det med studieturen?",
                     "Så hvad blev der besluttet om Icehearts?",
                     "Så hvor mange deltog der i nytårskuren?"):
        assert not needs_topic(parse_question(question))


def test_the_reviews_counter_examples_keep_their_reading() -> None:
    assert not asks_decision("Hvad landede ledigheden på i 2020?")
    assert not asks_decision("Hvad stillede virksomheden udvalget til rådighed?")
    assert asked_type("Ledigheden lå på 5 pct. – hvad blev resultatet året efter?") == "percent"
    assert asked_type("Hvordan gik det med 225-timersreglen, hvor mange blev ramt?") == "count"
    names = ArchiveNames(["Ballerup"], [EBU])
    assert names.committees_in("Hvad mente Socialudvalget om Beskæftigelsesudvalgets "
                               "psykiatripolitik?") == []
    q = parse_question("Holdt udvalget mødet i februar 2023 som planlagt?")
    assert q.meeting_aspect != "place"


def test_a_yes_no_question_about_how_things_are_is_no_decision_question() -> None:
    from rag.intent import asks_state

    assert asks_state("Er iværksættere fra DTU tænkt ind i kommunens iværksætterplan?")
    assert asks_state("Har Caverion, som udvalget skulle besøge, et konkret klimamål?")
    assert not asks_state("Har udvalget godkendt studieturen?")
    assert not asks_state("Er det rigtigt, at studieturen blev godkendt?")
    assert not asks_state("Var næstformanden til stede, da udvalget mødtes?")
    assert not asks_state("Centerchefen for skoler – var han med, da udvalget mødtes?")


def test_the_matter_asked_yes_no_is_answered_from_the_text_with_the_decision(
        archive, context) -> None:  # noqa: ANN001
    from datetime import date

    from rag.compose.decision import with_decision
    from rag.compose.fact import compose_fact

    item = archive.add(date(2023, 2, 7), 4, "Iværksætterindsats 2023", {
        "Sagsfremstilling": "Indsatsen har fire målgrupper. En af dem er iværksættere fra "
                            "DTU Diploms uddannelsesmiljø.",
        "Beslutning": "Indstillingen godkendt.",
    })
    ctx = context("Er iværksættere fra DTU tænkt ind i iværksætterindsatsen?", [item])
    answer = with_decision(ctx, compose_fact(ctx))
    assert "DTU Diploms" in answer.text
    assert "Udvalgets beslutning: »Indstillingen godkendt.«" in answer.text
