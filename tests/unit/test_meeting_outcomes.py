"""A meeting's items chosen by what became of them: the body that decides them ("hvilke
sager skulle videre til kommunalbestyrelsen?"), a discussion without a decision ("hvilke
punkter blev kun drøftet?"), and a yes/no question on an outcome ("Blev noget udsat på
mødet …?"), answered with the items, each cited, instead of the whole agenda."""

from __future__ import annotations

from datetime import date

import pytest

from rag.catalog import MeetingInfo
from rag.compose.meeting import compose_meeting
from rag.compose.meeting_outcomes import asked_body
from rag.query import parse_question

from .conftest import COMMITTEE

DAY = date(2024, 2, 6)
ITEMS = [  # (punkt, title, decision, who decides)
    (1, "Meddelelser", "Taget til efterretning", COMMITTEE),
    (2, "Forenkling af politikker", "Indstilles til godkendelse", "Kommunalbestyrelsen"),
    (3, "Status på det sociale ansvar", "Taget til efterretning", "Økonomiudvalget"),
    (4, "Temadrøftelse: Unge på uddannelseshjælp", "Sagen blev drøftet", COMMITTEE),
    (5, "Oversigt over budgetaftalen", "Udsættes", COMMITTEE),
]


@pytest.fixture
def meeting(archive):  # noqa: ANN001, ANN201 - the fixture's archive and its front page
    front = archive.add_meeting(MeetingInfo(
        "Ballerup", COMMITTEE, DAY, "", "Rådhuset", ["Anja Holtze (A)"], [],
        [(n, title, False) for n, title, *_ in ITEMS], "referat", "x.md"))
    for n, title, decision, decider in ITEMS:
        archive.add(DAY, n, title, {"Beslutning": decision, "Beslutningen træffes af": decider})
    return front


def _cited(answer) -> list[int]:  # noqa: ANN001
    return [c.punkt for c in answer.citations]


@pytest.mark.parametrize(("question", "punkts"), [
    ("Hvilke sager fra mødet 6/2-24 skulle videre til kommunalbestyrelsen?", [2]),
    ("Hvilken sag fra udvalgsmødet d. 6.2.2024 skal videre til byrådet?", [2]),
    ("Hvilket punkt på mødet 6. februar 2024 var det Økonomiudvalget, der skulle træffe "
     "beslutning i?", [3]),
    ("Hvilke punkter blev kun drøftet på EBU 6/2-24, uden en egentlig beslutning?", [4]),
])
def test_items_chosen_by_who_decides_or_by_a_discussion(meeting, context, question,
                                                        punkts) -> None:
    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == ("meeting", "agenda")
    answer = compose_meeting(context(question, [meeting]))
    assert _cited(answer) == punkts
    assert "Dagsorden for" not in answer.text  # not the whole agenda


def test_a_yes_no_question_on_an_outcome_starts_with_yes(meeting, context) -> None:
    question = "Blev noget udsat på mødet 6. februar 2024?"
    assert parse_question(question).meeting_aspect == "agenda"
    answer = compose_meeting(context(question, [meeting]))
    assert answer.text.startswith("Ja. ") and _cited(answer) == [5]
    none = compose_meeting(context("Blev noget afvist på mødet 6. februar 2024?", [meeting]))
    assert none.text.startswith("Nej. ") and "Ingen punkter" in none.text


def test_a_body_is_asked_only_as_the_one_that_decides() -> None:
    assert asked_body("Hvilke sager blev udsat på mødet?") == ""
    assert asked_body("Hvad sagde udvalget om byrådets beslutning?") == ""
    assert asked_body("hvilke sager blev oversendt til Økonomiudvalget?") == "Økonomiudvalget"


def test_a_matter_asked_for_its_place_on_the_agenda(meeting, archive, context) -> None:
    """"Var X på dagsordenen …, og som hvilket punkt?": the item by its number and title,
    cited before the meeting; a matter no item of the meeting names gets the agenda."""
    question = "Var forenklingen af politikker på dagsordenen den 6/2-24, og som hvilket punkt?"
    assert parse_question(question).meeting_aspect == "agenda"
    item = archive.add(DAY, 2, "Forenkling af politikker", {
        "Beslutning": "Indstilles til godkendelse"})
    answer = compose_meeting(context(question, [item, meeting], confidence=0.3))
    assert answer.text.startswith("Ja. ") and "punkt 2: Forenkling af politikker" in answer.text
    assert _cited(answer)[0] == 2
    other = archive.add(DAY, 4, "Temadrøftelse: Unge på uddannelseshjælp", {})
    absent = compose_meeting(context("Var studieturen på dagsordenen den 6/2-24?",
                                     [other, meeting], confidence=0.3))
    assert absent.text.startswith("Dagsorden for")
