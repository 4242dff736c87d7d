"""Answer classes found by the m-batch (fresh questions on the seeds, half of them held
out): a figure a decision question states is given, not asked; "hvad gjorde <kommune>s
erhvervsudvalg med sagen?" asks the decision; a season's meeting ("vintermødet") is a
meeting; an evidence sentence is quoted with the sentence that goes on with it."""

from __future__ import annotations

from datetime import date

from rag.compose.decision_answer import compose_decision
from rag.compose.fact import compose_fact
from rag.intent import asked_type, asks_decision
from rag.meeting_intent import meeting_named
from rag.query import parse_question

FEB = date(2023, 2, 7)


def test_a_figure_stated_in_a_decision_question_is_not_what_is_asked() -> None:
    question = ("Søgningen til erhvervsuddannelserne faldt til 16,3 pct. i 2022 – satte "
                "politikerne noget i gang, da de hørte om det, eller blev det ved en "
                "orientering?")
    assert asked_type(question) != "percent"
    assert parse_question(question).kind == "decision"
    # ... while a figure that says what is asked keeps the question a figure question
    template = ("Antallet faldt 13 pct. i Ballerup – hvad var faldet i hovedstadsområdet?")
    assert parse_question(template).kind == "number"
    assert asked_type("Hvor mange procent søgte en erhvervsuddannelse?") == "percent"


def test_what_a_named_committee_did_with_a_matter_is_a_decision_question() -> None:
    assert asks_decision("Hvad gjorde Ballerups erhvervsudvalg med sagen?")
    assert asks_decision("Hvordan forholdt Økonomiudvalget sig til forslaget?")
    assert not asks_decision("Hvad gjorde jobcentret for de ledige?")


def test_a_seasons_meeting_is_a_meeting() -> None:
    assert meeting_named("Holdt udvalget vintermødet i 2024 ude på en virksomhed?")
    q = parse_question("Holdt udvalget vintermødet i 2024 ude på en virksomhed?")
    assert (q.kind, q.meeting_aspect) == ("meeting", "place")
    assert not meeting_named("Hvad skete der med vinterbadningen?")


def test_decision_evidence_is_quoted_with_the_sentence_that_goes_on_with_it(
        archive, context) -> None:  # noqa: ANN001
    item = archive.add(date(2015, 6, 9), 3, "Brandingplatform Erhvervsområdet", {
        "Sagsfremstilling": "Det første grafiske design har været præsenteret for udvalget "
                            "ved det seneste møde. Udvalget besluttede, at de gerne vil se "
                            "et nyt oplæg på det grafiske design.",
        "Beslutning": "Indstillingen godkendt.",
    })
    answer = compose_decision(context("Var politikerne tilfredse med det første forslag til "
                                      "design, eller skulle det laves om?", [item]), item)
    assert answer is not None and "> Indstillingen godkendt." in answer.text
    assert "nyt oplæg" in answer.text


def test_a_free_question_is_answered_with_the_sentence_after_the_topic(
        archive, context) -> None:  # noqa: ANN001
    item = archive.add(FEB, 6, "Ekspertudvalgets anbefalinger", {
        "Sagsfremstilling": "Ekspertudvalget har afleveret sin anbefaling om "
                            "beskæftigelsesindsatsen. Det bærende princip er, at flere "
                            "skal i løntimer.",
        "Beslutning": "Taget til efterretning",
    })
    answer = compose_fact(context("hvad anbefalede ekspertudvalget om "
                                  "beskæftigelsesindsatsen?", [item]))
    assert not answer.declined and "løntimer" in answer.text


def test_jobs_that_disappear_are_posts_that_are_cut(archive, context) -> None:  # noqa: ANN001
    item = archive.add(date(2025, 3, 18), 1, "Besøg hos Toms Gruppen", {
        "Sagsfremstilling": "Toms Gruppen flytter produktionen til Polen. Flytningen af "
                            "produktionen betyder, at 100 stillinger nedlægges i Ballerup.",
        "Beslutning": "Taget til efterretning",
    })
    answer = compose_fact(context("Hvor mange job forsvinder, når Toms lukker produktionen "
                                  "i Ballerup?", [item]))
    assert not answer.declined and "100 stillinger" in answer.text


def test_a_matter_asked_across_the_archive_lists_every_item_naming_it() -> None:
    from rag.compose.mentions import asks_mentions

    assert asks_mentions("Hvad har udvalget hørt om erhvervsområdet ved Mileparken gennem "
                         "årene?")
    # the items of a kind are an overview, not the mentions of one word
    assert not asks_mentions("Hvilke lokalplaner er dukket op gennem årene?")
    # a decision, a person or a figure over time asked "ifølge referaterne" / "over
    # tiden" is still that question (the review's counter-examples)
    assert not asks_mentions("Hvad besluttede udvalget om studieturen til Lund ifølge "
                             "referaterne?")
    assert not asks_mentions("Hvem er formand for udvalget ifølge referaterne?")
    assert not asks_mentions("Hvordan har ledigheden udviklet sig over tiden?")


def test_a_plans_month_answers_what_was_planned_for_it(archive, context) -> None:  # noqa: ANN001
    item = archive.add(FEB, 7, "Sagsoversigt 2023 for udvalget", {
        "Sagsfremstilling": "Udvalget præsenteres for den foreløbige sagsoversigt for "
                            "udvalgets mødepunkter i 2023.\nMarts:\nOrientering om "
                            "budgetaftalepunkter\nDecember:\nÅrsstatus for Erhvervs- og "
                            "Vækstpolitikken\nÅrsstatus fra Beskæftigelsesvejleder",
        "Beslutning": "Taget til efterretning",
    })
    answer = compose_fact(context("hvilke punkter var planlagt til december i den "
                                  "sagsoversigt, udvalget fik i starten af året", [item]))
    assert "Vækstpolitikken" in answer.text and "Beskæftigelsesvejleder" in answer.text
    assert "budgetaftalepunkter" not in answer.text
