"""Failure classes of the twenty-fifth session: a question written as a letter (who is
asking and why, before the question proper); a meeting asked by its committee's short
name ("hvad snakkede beskæftigelsesudvalget om …?"); "hvornår på dagen og hvor" asks the
meeting's time and place in one; "begge" of two bodies asked one body at a time. In
memory; no model, no Chroma."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from rag.compose.body_parts import body_parts
from rag.compose.meeting_decisions import asks_meeting_decisions
from rag.compose.multi import shown_parts
from rag.meeting_intent import asks_aspect
from rag.preamble import asked_again, question_first

from .item_context import item_context


@pytest.mark.parametrize(("letter", "proper"), [
    ("Hej, jeg vil gerne overvære et møde engang. Blev mødet den 3. juni holdt på rådhuset?",
     "Blev mødet den 3. juni holdt på rådhuset? Jeg vil gerne overvære et møde engang."),
    # the asker's context keeps its date, after the question
    ("Jeg kigger på mødet i maj 2019 (7/5). Havde nogen meldt afbud?",
     "Havde nogen meldt afbud? Jeg kigger på mødet i maj 2019 (7/5)."),
    ("Kære kommune. Min søn på 15 er skoletræt. Findes der et praktiktilbud?",
     "Findes der et praktiktilbud? Min søn på 15 er skoletræt."),
    # thanks after the question are left out
    ("hvad drøftede udvalget den 4/3 2021? bare overskrifterne tak",
     "hvad drøftede udvalget den 4/3 2021?"),
])
def test_the_question_proper_comes_before_the_askers_context(letter: str, proper: str) -> None:
    assert question_first(letter) == proper


def test_a_letter_is_asked_again_first_reordered_then_without_its_context() -> None:
    """Context naming no day or number is left out the second time ("nabo" is no matter
    of the minutes); context naming a meeting stays."""
    assert asked_again("Hej, jeg er ny og har en nabo på efterløn. Blev der sat penge af?") == [
        "Blev der sat penge af? Jeg er ny og har en nabo på efterløn.", "Blev der sat penge af?"]
    assert asked_again("Jeg kigger på mødet 9/6. Var alle med?") == [
        "Var alle med? Jeg kigger på mødet 9/6."]
    assert asked_again("Hvem var med 9/6?") == []


@pytest.mark.parametrize("text", [
    # a claim to check stays where it is: "Passer det?" asks about it
    "Jeg har hørt, at udvalget lukkede skolen. Passer det?",
    "Min onkel påstår at de borgerlige stemte imod. Er det rigtigt?",
    # a matter told first is no context about the asker
    "Skolen lukkede i 2019. Hvem besluttede det?",
    # abbreviations and dates do not end a sentence
    "Hvem foreslog bl.a. Toms som mødested den 18. marts?",
])
def test_a_claim_or_a_matter_told_first_keeps_the_question_as_written(text: str) -> None:
    assert question_first(text) == text


def test_a_meeting_asked_by_its_committees_short_name_is_its_agenda() -> None:
    """"beskæftigelsesudvalget" names the committee, not a matter: the meeting's item list
    answers (it was declined: no item is about "beskæftigelsesudvalg")."""
    day = date(2020, 9, 8)
    items = [(1, "Meddelelser", day), (2, "Nye virksomheder", day)]
    for question in ("hvad snakkede beskæftigelsesudvalget om den 8/9 2020?",
                     "Hvad drøftede Kulturudvalget på mødet 8. september 2020?"):
        assert asks_meeting_decisions(item_context(question, items, {})), question
    assert not asks_meeting_decisions(item_context(
        "hvad snakkede beskæftigelsesudvalget om ledigheden den 8/9 2020?", items, {}))


def test_when_in_the_day_and_where_is_one_question_of_time_and_place() -> None:
    question = "Hvornår på dagen og hvor havde børneudvalget møde den 8. oktober 2024?"
    assert len(shown_parts(question)) == 1
    assert asks_aspect(question, "place") and asks_aspect(question, "time")


def test_both_bodies_are_asked_one_at_a_time_without_both() -> None:
    parts = body_parts("Kulturudvalget og økonomiudvalget mødtes vist begge den 2. maj – "
                       "hvor?")
    assert parts == ["Kulturudvalget mødtes vist den 2. maj – hvor?",
                     "økonomiudvalget mødtes vist den 2. maj – hvor?"]


@pytest.mark.parametrize("question", [
    "Var hele teknikudvalget samlet til mødet i midten af august 2024?",
    "Var udvalget fuldtalligt den 15. august 2024?",
])
def test_the_whole_committee_gathered_asks_the_meetings_absences(question: str) -> None:
    """"Var hele udvalget samlet?" asks who was away ("hele", "samlet" are no matter)."""
    from rag.query import parse_question

    q = parse_question(question, [date(2024, 8, 15)])
    assert (q.kind, q.meeting_aspect) == ("meeting", "absentees")


def test_did_not_in_a_later_part_denies_the_verb_before_it() -> None:
    """"Hvem stemte for og hvem gjorde ikke?" asks who did not vote for (the second part
    was declined: "gjorde" names nothing)."""
    from rag.compose.multi import split_parts

    parts = split_parts("Hvem stemte for og hvem gjorde ikke, da Ib Ek blev valgt som formand?")
    assert parts[1].startswith("hvem stemte ikke for"), parts


def _bodies_ctx(question: str) -> tuple[Any, Any, Any]:
    """The council's items (about the fort, not the stalls) and a retriever whose wider
    search finds the technical committee's item on the stalls."""
    from types import SimpleNamespace

    from rag.catalog import ItemView
    from rag.compose.base import Context
    from rag.query import parse_question
    from referat.domain import Filters, ItemRef, RetrievedItem

    def item(committee: str, day: date, n: int, title: str, text: str) -> tuple[Any, Any]:
        ref = ItemRef("Greve", committee, day, "17:00", n)
        return (RetrievedItem(ref, title, False, 1.0),
                ItemView(ref, n, title, False, None, [("Beslutning", text)]))
    council = [item("Byrådet", date(2024, 1, 29), 17, "Mosede Fort, anlægsbevilling",
                    "Byrådet godkendte anlægsbevillingen til Mosede Fort."),
               item("Byrådet", date(2024, 12, 11), 32, "Mosede Fort - restfinansiering",
                    "Byrådet godkendte indstillingen om Mosede Fort.")]
    stalls = item("Teknikudvalget", date(2024, 4, 25), 14, "Stadepladsansøgninger",
                  "Udvalget godkendte stadepladser til foodtrucks ved Mosede Fort.")
    views = {v.ref: v for _, v in [*council, stalls]}
    idf = {"stadeplads": 5.0, "foodtruck": 6.0, "mosed": 2.0, "fort": 2.0}  # (rare, common)
    lookup = SimpleNamespace(item=views.get, meeting=lambda ref: None, idf=idf,
                             default_idf=1.0, municipalities=["Greve"])
    names = SimpleNamespace(committees_in=lambda text: ["Byrådet"] if "byråd" in text.lower()
                            else [])
    lexical = SimpleNamespace(vocab=set(idf) | {"anlægsbevilling", "godkend"})
    retriever = SimpleNamespace(names=names, lexical=lexical, retrieve=lambda text, f, *a: (
        [stalls[0], *(i for i, _ in council)], {}))
    q = parse_question(question)
    ctx = Context(question, q, [i for i, _ in council], lookup, lambda i: 0.9, 0.6)  # type: ignore[arg-type]
    return ctx, retriever, Filters(municipalities=["Greve"], committees=["Byrådet"])


def test_a_matter_asked_of_a_body_that_never_treated_it_names_the_body_that_did() -> None:
    from rag.other_body import treated_elsewhere

    ctx, retriever, filters = _bodies_ctx("Godkendte byrådet stadepladserne til foodtrucks "
                                          "ved Mosede Fort?")
    answer = treated_elsewhere(ctx, retriever, filters)
    assert answer is not None and answer.declined
    assert "Byrådet har ikke behandlet det" in answer.text
    assert "Teknikudvalget" in answer.text and "punkt 14: Stadepladsansøgninger" in answer.text
    # the body's own matter is answered by the body
    ctx, retriever, filters = _bodies_ctx("Godkendte byrådet anlægsbevillingen til Mosede Fort?")
    assert treated_elsewhere(ctx, retriever, filters) is None
