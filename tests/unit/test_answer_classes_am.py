"""Classes of the 2026-12-03 midday session, from the am-batch's dev half: a meeting
question that names the committee by its short form in capitals ("da EBU holdt møde",
"ØU-mødet") and one that asks who sat for a party ("hvem sad for det i KMU"). Each test
fails on the code before."""

from __future__ import annotations

import pytest

from rag.query import parse_question


@pytest.mark.parametrize("question", [
    "Hvilke embedsfolk sad med ved bordet, da EBU holdt møde den 6/2-24?",
    "Hvem deltog, da ØU holdt møde den 3. maj 2024?",
    "Hvem havde afbud, da KMU holdt møde i marts 2024?",
    "partiet med listebogstav D – hvem sad for det i EBU på mødet i februar 2024?",
    "Hvem sad for Venstre på mødet i juni 2015?",
])
def test_a_meeting_named_with_the_committees_short_form_asks_its_lists(question: str) -> None:
    q = parse_question(question)
    assert q.kind == "meeting"
    assert q.meeting_aspect in ("attendees", "absentees")


@pytest.mark.parametrize("question", [
    "Hvad besluttede EBU om studieturen på mødet i juni 2015?",
    "Hvor mange ledige var der ifølge EBU-sagen i februar 2024?",
    "Hvem sad for bordenden, da sagen om SFO blev drøftet?",
])
def test_a_short_form_does_not_make_an_items_question_a_meetings(question: str) -> None:
    assert parse_question(question).kind != "meeting"
