"""An agenda (dagsorden) published before its meeting lists whom it calls, not who came:
its members are "indkaldt", and asked who took part, the answer says that only the agenda
is in the archive and names whom it calls, instead of calling them participants."""

from __future__ import annotations

from datetime import date
from functools import partial

from rag.compose.meeting import _body
from referat.domain import ABSENT, ATTENDED, CALLED

from .fixture_files import one_meeting
from .item_context import meeting_info

one = partial(one_meeting, "formats42")

_CALLED = ["Annette Fog (formand)", "Bo Riber"]


def test_an_agendas_members_are_called_and_its_apologies_stay_apologies() -> None:
    m = one("01_dagsorden_portal.html")
    assert m.doc_type == "dagsorden"
    assert {p.name: p.status for p in m.participants}["Dennis Lyk"] == ABSENT
    assert m.entries(ATTENDED) == []
    assert "Annette Fog" in " ".join(m.entries(CALLED))


def test_minutes_keep_their_participants() -> None:
    """The same kind of list in minutes (decisions made) is who took part."""
    minutes = one("02_behandlingsorden.txt")
    assert minutes.doc_type == "referat"
    assert minutes.entries(ATTENDED) and not minutes.entries(CALLED)


def test_asked_who_took_part_an_agenda_names_whom_it_calls_and_not_as_participants() -> None:
    meeting = meeting_info(date(2024, 10, 9), [], ["Dennis Lyk"], called=_CALLED,
                           doc_type="dagsorden")
    told = _body(meeting, "attendees", "Handicaprådet")
    assert told.startswith("Kun dagsordenen til mødet i Handicaprådet den 9. oktober 2024")
    assert "- Annette Fog (formand)\n- Bo Riber" in told
    assert "Afbud meldt inden mødet: Dennis Lyk." in told
    assert "Deltagere i" not in told


def test_asked_who_was_absent_an_agenda_without_apologies_does_not_say_none_were() -> None:
    meeting = meeting_info(date(2024, 10, 9), [], [], called=_CALLED, doc_type="dagsorden")
    told = _body(meeting, "absentees", "Handicaprådet")
    assert "Hvem der havde afbud, står i referatet" in told
    assert "nævner ingen afbud" not in told


def test_the_status_of_each_entry_is_the_one_its_list_gives() -> None:
    meeting = meeting_info(date(2024, 10, 9), ["Carl Eng"], ["Dennis Lyk"], called=_CALLED)
    assert [meeting.status_of(e) for e in meeting.listed] == [
        ATTENDED, ABSENT, CALLED, CALLED]
