"""One case, one quote: a case printed at a committee, Økonomiudvalget and the city council
with the same case text is quoted once, from its first treatment, and the answer names
the others (`rag/compose/same_case.py`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from rag.compose.base import Context
from rag.compose.decision_answer import compose_decision
from rag.compose.fact import compose_fact
from rag.compose.passage import Quote
from rag.compose.same_case import one_body_per_case
from tests.unit.item_context import bodies_context

FEE = "Gebyret for rottebekæmpelse udgør 412 kr. om året for et parcelhus i 2025."
CASE = [("Sagsfremstilling", "Gebyret dækker kommunens udgifter til rottebekæmpelse. " + FEE)]


def _context(question: str, items: list[tuple[str, date, int, str | None, list[Any]]]
             ) -> Context:
    """Greve's items ((committee, day, punkt, case number, sections)), all alike retrieved."""
    return bodies_context(question, [("Greve", c, d, n, "Rottebekæmpelsesgebyr - 2025", case,
                                      sections) for c, d, n, case, sections in items])


def _three_bodies(case_of_council: str | None = "24-011111") -> Context:
    return _context("Hvad bliver gebyret for rottebekæmpelse i 2025?", [
        ("Økonomiudvalget", date(2024, 10, 30), 18, "24-011111",
         CASE + [("Beslutning", "Økonomiudvalget anbefaler indstillingen.")]),
        ("Byrådet", date(2024, 11, 13), 22, case_of_council,
         CASE + [("Beslutning", "Godkendt.")]),
        ("Klima-, Teknik- og Miljøudvalget", date(2024, 10, 10), 9, "24-011111",
         CASE + [("Beslutning", "Anbefales.")]),
    ])


def test_a_case_through_three_bodies_is_quoted_once_from_its_first_treatment() -> None:
    answer = compose_fact(_three_bodies())
    assert [(c.committee, c.ref.punkt) for c in answer.citations] == [
        ("Klima-, Teknik- og Miljøudvalget", 9)]
    assert answer.text.count("412 kr.") == 1
    assert answer.text.endswith(
        "Samme sag er også behandlet i Økonomiudvalget (30. oktober 2024, punkt 18) og "
        "Byrådet (13. november 2024, punkt 22).")


def test_items_without_the_same_case_number_are_not_merged() -> None:
    """The council's item prints no case number: it may be another matter, so the answer
    does not call it a treatment of the committee's case."""
    answer = compose_fact(_three_bodies(case_of_council=None))
    assert answer.text.endswith(
        "Samme sag er også behandlet i Økonomiudvalget (30. oktober 2024, punkt 18).")


def test_one_committees_recurring_item_under_one_number_is_not_merged() -> None:
    """"Meddelelser" under one case number at two meetings of one committee say different
    things: each keeps its own quote."""
    ctx = _context("Hvad blev der meddelt om rotter?", [
        ("Klima-, Teknik- og Miljøudvalget", date(2024, 10, 10), 1, "24-000963",
         [("Sagsfremstilling", "Rotter ved Hundige Havn: status.")]),
        ("Klima-, Teknik- og Miljøudvalget", date(2024, 11, 7), 1, "24-000963",
         [("Sagsfremstilling", "Rotter ved Hundige Havn: status.")]),
    ])
    quotes = [Quote(item, "Sagsfremstilling", "Rotter ved Hundige Havn: status.", 1.0)
              for item in ctx.candidates]
    moved, left = one_body_per_case(ctx, quotes)
    assert [q.item for q in moved] == ctx.candidates and left == []


def test_a_later_bodys_own_sentence_below_the_case_text_is_not_quoted() -> None:
    """The council item's recommendation line scores below the case's sentence, which
    moved to the committee's item: it is not quoted beside it."""
    ctx = _three_bodies()
    committee, council = ctx.candidates[2], ctx.candidates[1]
    quotes = [Quote(council, "Sagsfremstilling", FEE, 1.0),
              Quote(council, "Beslutning", "Godkendt.", 0.5),
              Quote(committee, "Sagsfremstilling", FEE, 0.9)]
    moved, left = one_body_per_case(ctx, quotes)
    assert [(q.item.ref.committee, q.text) for q in moved] == [
        ("Klima-, Teknik- og Miljøudvalget", FEE), ("Klima-, Teknik- og Miljøudvalget", FEE)]
    assert left == [council]


def test_a_later_bodys_decision_on_the_case_is_shown_without_repeating_the_case() -> None:
    """"Hvad blev der besluttet om rottebekæmpelsesgebyret?" — each body's decision in
    date order; the committee's block says what was proposed, the council's only what
    it decided (its text and proposal are the committee's)."""
    proposal = [("Indstilling", "Administrationen indstiller, at gebyret godkendes.")]
    ctx = _context("Hvad blev der besluttet om rottebekæmpelsesgebyret?", [
        ("Klima-, Teknik- og Miljøudvalget", date(2024, 10, 10), 9, "24-011111",
         CASE + proposal + [("Beslutning", "Anbefales.")]),
        ("Byrådet", date(2024, 11, 13), 22, "24-011111",
         CASE + proposal + [("Beslutning", "Godkendt.")]),
    ])
    answer = compose_decision(ctx, ctx.candidates[0])
    assert answer is not None
    committee, council = answer.text.split("\n\n")[-2:]
    assert "Anbefales." in committee and "Indstillingen lød" in committee
    assert council.startswith("Byrådet behandlede sagen på mødet den 13. november 2024")
    assert "Godkendt." in council and "Indstillingen lød" not in council
