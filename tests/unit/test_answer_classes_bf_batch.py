"""Answer classes found on the dev half of the blind bf batch (fifth session): a later
part with a matter of its own keeps its own period; the item right after another asked
with any verb ("hvilket punkt tog udvalget fat på lige efter …"); the committee's view
asked in any frame ("i hvilke råd mente udvalget, at …") is its decision; a person quoted
by name comes with the sentence that introduced them (who they are)."""

from __future__ import annotations

from datetime import date

import pytest

from rag.compose.agenda_position import agenda_position
from rag.compose.multi import split_parts
from rag.intent import asks_decision
from rag.query import parse_question
from tests.unit.item_context import item_context


def test_a_later_part_with_a_matter_of_its_own_keeps_its_own_period() -> None:
    parts = split_parts("Hvor mange penge var der til iværksætterindsatsen i 2023, og hvad "
                        "regner man med, at energitjekket til virksomhederne koster om året?")
    assert len(parts) == 2 and "2023" in parts[0] and "2023" not in parts[1]
    # a part that points back at the first asks about its period
    back = split_parts("Hvor mange ledige var der i 2019, og hvor stor en andel var det?")
    assert "2019" in back[1]
    # ... however many words of its own it has
    back = split_parts("hvor mange unge var på uddannelseshjælp i 2019, og hvor stor en "
                       "andel af de 18-29-årige var det")
    assert "2019" in back[1]


@pytest.mark.parametrize("question, place", [
    ("Hvilket punkt tog udvalget fat på lige efter rundvisningen hos Toms?", ("after", 1)),
    ("Hvilken sag behandlede de umiddelbart før nytårskuren?", ("before", -1)),
    ("Hvilken sag kom lige efter studieturen?", ("after", 1)),
    ("Hvilken sag tog udvalget op efter valget i 2021?", None),  # no neighbour asked
    ("Hvilke sager lå lige før og lige efter punktet om energitjek?", ("around", 0)),
])
def test_the_neighbouring_item_asked_with_any_verb(question: str, place) -> None:  # noqa: ANN001
    assert agenda_position(question) == place
    if place:
        assert parse_question(question, []).meeting_aspect == "agenda"


@pytest.mark.parametrize("question, decision", [
    ("I hvilke råd og nævn mente udvalget, at der kunne være færre politikere?", True),
    ("Hvor synes politikerne, at pengene skal bruges?", True),
    ("Hvad mente virksomhederne i Exometrics analyse om kommunen?", False),
])
def test_the_committees_view_is_its_decision(question: str, decision: bool) -> None:
    assert asks_decision(question) is decision


def test_a_person_quoted_by_name_comes_with_their_introduction() -> None:
    from rag.compose.fact import compose_fact

    text = ("Sagen er udsat fra juni. På mødet deltager analytiker "
            "Kenneth Andersen fra Exometric. Kenneth Andersen vil uddybe analysen og dens "
            "resultater.")
    ctx = item_context("Hvem skulle uddybe analysen af virksomhedernes flytninger?",
                       [(2, "Virksomheders til- og fraflytning", date(2020, 9, 8))],
                       {2: [("Sagsfremstilling", text)]}, confidence=0.9)
    answer = compose_fact(ctx)
    assert not answer.declined
    assert "analytiker Kenneth Andersen fra Exometric" in answer.text
    assert "udsat fra juni" not in answer.text
