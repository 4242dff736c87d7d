"""A decision asked over a period of several meetings ("i efteråret 2021", "i 2023")
shows each meeting's decision on the matter, in date order, as a question without a
period does; one meeting named ("på junimødet", "den 8/9") shows that one's only."""

from __future__ import annotations

from datetime import date

import pytest

from rag.compose.decision_answer import compose_decision
from tests.unit.item_context import bodies_context

PLAN = "Trafiksikkerhedsplan 2022-2025"
ITEMS = [
    ("Vordingborg", "Teknik- og Miljøudvalget", date(2021, 9, 8), 2, PLAN, None,
     [("Beslutning", "Anbefales over for Byrådet.")]),
    ("Holbæk", "Klima- og Teknikudvalget", date(2021, 11, 16), 2, PLAN, None,
     [("Beslutning", "Godkendt.")]),
]


def _cited(question: str) -> list[str]:
    ctx = bodies_context(question, ITEMS)
    answer = compose_decision(ctx, ctx.candidates[0])
    assert answer is not None
    return [c.ref.municipality for c in answer.citations]


def test_two_municipalities_decisions_in_a_season_are_both_shown() -> None:
    assert _cited("Både Holbæk og Vordingborg behandlede en trafiksikkerhedsplan i "
                  "efteråret 2021. Hvad besluttede de hver især?") == ["Vordingborg", "Holbæk"]


@pytest.mark.parametrize("question", [
    "Hvad besluttede udvalget om trafiksikkerhedsplanen den 8. september 2021?",
    "Hvad besluttede udvalget om trafiksikkerhedsplanen på septembermødet 2021?",
])
def test_one_meeting_named_shows_its_decision_only(question: str) -> None:
    assert _cited(question) == ["Vordingborg"]


def test_a_decision_asked_of_an_agenda_is_declined_with_the_agenda_item_cited() -> None:
    """Only the agenda is in the archive: the answer says so and cites the item, and,
    like a value the minutes do not state, counts as declined."""
    from types import SimpleNamespace

    ctx = bodies_context("Besluttede Ringsteds kultur- og fritidsudvalg at gøre fritidspasset "
                         "permanent?", [
                             ("Ringsted", "Kultur- og Fritidsudvalget", date(2020, 2, 4), 2,
                              "Fritidspas - evaluering af forsøgsordning 2019", None,
                              [("Indstilling", "At ordningen gøres permanent.")])])
    ctx.lookup.meeting = lambda ref: SimpleNamespace(doc_type="dagsorden")
    answer = compose_decision(ctx, ctx.candidates[0])
    assert answer is not None and answer.declined
    assert answer.text.startswith("Kun dagsordenen til mødet den 4. februar 2020")
    assert [c.ref.punkt for c in answer.citations] == [2]
