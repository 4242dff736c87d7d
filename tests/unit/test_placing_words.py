"""Words that only place an item — its municipality, the committee the question names —
are not matter its text must repeat (`rag.confidence.placing_words`): in an archive of
many municipalities, "i Langelands økonomiudvalg" is where the answer is, not what it
is about."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import SimpleNamespace

from rag.confidence import coverage, placing_words
from rag.query import parse_question
from referat.domain import ItemRef, RetrievedItem

QUESTION = "Hvem stemte imod budgetforslaget 2017-2020 i Langelands økonomiudvalg?"
LOOKUP = SimpleNamespace(idf={}, default_idf=1.0)


def _item(municipality: str, committee: str) -> RetrievedItem:
    return RetrievedItem(ItemRef(municipality, committee, date(2016, 8, 23), "16:00", 2),
                         "Budgetforslag 2017-2020, 1. behandling", False, 1.0)


def test_the_asked_items_own_municipality_and_named_committee_place_it() -> None:
    q = parse_question(QUESTION)
    item = _item("Langeland", "Økonomiudvalget")
    assert placing_words(q, item.ref) == {"langeland", "økonomiudvalg"}
    # the budget item names the budget only, never Langeland or its committee
    text = "Budgetforslag 2017-2020. Anbefales over for Byrådet. Poul Erik Lind (Ø) stemte imod."
    assert coverage(q, text, LOOKUP, placed=placing_words(q, item.ref)) == 1.0  # type: ignore[arg-type]
    assert coverage(q, text, LOOKUP) < 1.0  # type: ignore[arg-type]


def test_another_item_of_the_same_committee_is_not_about_the_budget() -> None:
    """Leaving the placing words out does not lift every item of the committee."""
    q = parse_question(QUESTION)
    item = _item("Langeland", "Økonomiudvalget")
    text = "Drøftelse af fremtidig færgebetjening af Strynø."
    assert coverage(q, text, LOOKUP, placed=placing_words(q, item.ref)) == 0.0  # type: ignore[arg-type]


def test_another_municipalitys_item_is_not_placed_by_the_name() -> None:
    q = parse_question(QUESTION)
    assert "langeland" not in placing_words(q, _item("Fanø", "Økonomiudvalget").ref)
    # a committee the question does not name places nothing
    assert placing_words(q, _item("Langeland", "Teknik- og Miljøudvalget").ref) == {"langeland"}


def test_a_role_asked_of_a_named_committee_is_read_off_its_list() -> None:
    """"Hvem var formand for Fanøs økonomiudvalg …?": the municipality and committee
    name the meeting whose list holds the chair; they are not words the entry must say."""
    from rag.compose.people import role_holder
    from tests.unit.item_context import bodies_context, meeting_info

    day = date(2021, 5, 26)
    ctx = bodies_context("Hvem var formand for Fanøs økonomiudvalg på mødet i maj 2021?", [
        ("Fanø", "Økonomiudvalget", day, 2, "Budgetproces 2022-2025", None,
         [("Beslutning", "Godkendt.")])])
    info = replace(meeting_info(day, ["Ane Marie Sønderby (V) (borgmester, formand)",
                                      "Frank Brink Jessen (A)"], []),
                   municipality="Fanø", committee="Økonomiudvalget", start_time="16:00")
    ctx.lookup.meeting = lambda ref: info
    answer = role_holder(ctx, "person")
    assert answer is not None and "Ane Marie Sønderby" in answer.text
    assert "Frank Brink Jessen" not in answer.text


def test_who_led_a_meeting_asks_its_chair() -> None:
    """"Hvem ledede fællesmødet …?" asks the meeting's formand; "Hvem ledede projektet?"
    asks who ran a matter."""
    from rag.intent import asked_type
    from rag.roles import asked_role

    assert (asked_type("Hvem ledede udvalgsmødet i februar 2023?"),
            asked_role("Hvem ledede fællesmødet i Vejle?")) == ("person", "formand")
    assert (asked_type("Hvem ledede projektet?"), asked_role("Hvem ledede projektet?")) == (
        "free", None)
