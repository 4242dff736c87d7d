"""A seventeenth round: how more systems print and publish. Each test failed on the
code before this round. The documents are synthetic."""

from __future__ import annotations

from referat.domain import Meeting

from .fixture_files import one_meeting


def _meeting(name: str) -> Meeting:
    return one_meeting("formats17", name)


def test_members_there_for_part_of_the_meeting_are_absent_from_the_items_they_missed() -> None:
    """"Fraværende: Bo Jensen (V) deltog ikke i behandlingen af punkt 3 og 4. Carl Olsen
    (F) forlod mødet kl. 17.30 efter punkt 4. Dorte Lund (Ø) mødte fra punkt 2." Before:
    the three sentences became one participant named "Bo Jensen (V) deltog ikke i …
    Carl Olsen (F)", and no item knew who was missing."""
    m = _meeting("text_part_time_attendance.txt")
    status = {p.name: (p.status, p.role) for p in m.participants}
    assert status == {
        "Anne Hansen (A)": ("deltog", "formand"),
        "Bo Jensen (V)": ("deltog", "deltog ikke i behandlingen af punkt 3 og 4"),
        "Carl Olsen (F)": ("deltog", "forlod mødet efter punkt 4"),
        "Dorte Lund (Ø)": ("deltog", "mødte fra punkt 2"),
        "Erik Holm (C)": ("deltog", ""),
        "Fie Skov (O)": ("afbud", ""),
    }
    assert {i.number: i.absentees for i in m.items} == {
        1: ["Dorte Lund (Ø)"], 2: [], 3: ["Bo Jensen (V)"], 4: ["Bo Jensen (V)"],
        5: ["Carl Olsen (F)"]}
