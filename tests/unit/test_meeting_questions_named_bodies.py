"""Meeting questions in an archive of many municipalities name the body and the town:
"Hvor blev Økonomiudvalgets temamøde … i Holbæk holdt?". Those names say which meeting,
they are no matter of an item, so the question stays a question about the meeting; an
item's own event ("dialogmøderne med virksomhederne") does not."""

from __future__ import annotations

import pytest

from rag.query import parse_question


@pytest.mark.parametrize(("question", "aspect"), [
    ("Hvor blev Økonomiudvalgets temamøde om budget 2026-2029 i Holbæk holdt den "
     "28. april 2025?", "place"),
    ("Hvem fra Ældrerådet var med til dialogmødet med Velfærds- og Sundhedsudvalget i "
     "Horsens i februar 2025?", "attendees"),
    ("Hvor og hvornår mødes Socialudvalget i Vordingborg den 14. februar 2024?", "place"),
    ("Hvornår startede det ekstraordinære møde i Teknik- og Miljøudvalget i Svendborg i "
     "august 2025?", "time"),
    ("Hvem forlod mødet i Beskæftigelsesudvalget den 14. marts 2023?", "attendees"),
])
def test_a_meeting_named_by_its_body_and_town_is_asked_about(question: str,
                                                             aspect: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == ("meeting", aspect)


def test_an_items_own_meeting_is_no_committee_meeting() -> None:
    assert parse_question("Hvornår begyndte dialogmøderne med virksomhederne?").kind != "meeting"


@pytest.mark.parametrize("question", [
    "Hvad sagde Teknik- og Miljøudvalget i Lejre til affaldstaksterne for 2022?",
    "Hvad mente Børne-, Kultur- og Fritidsudvalget om skolen?",
])
def test_a_committee_named_in_full_asks_for_its_decision(question: str) -> None:
    """A body named by its two- or three-part name asks what it decided, as "udvalget"
    does ("Hvad sagde udvalget til …?")."""
    assert parse_question(question).kind == "decision"
