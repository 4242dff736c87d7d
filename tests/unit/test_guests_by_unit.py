"""Who joined for the items, narrowed to the unit the asker names: "Hvem fra Center for
Politik og Organisation sad med under flere af punkterne på mødet 7/2-23?" lists that
centre's people, not every guest line of the meeting."""

from __future__ import annotations

from datetime import date

from rag.catalog import MeetingInfo
from rag.compose.guests import asks_guests, compose_guests

from .conftest import COMMITTEE

DAY = date(2023, 2, 7)


def test_the_named_units_guests_only(archive, context) -> None:
    archive.add_meeting(MeetingInfo("Ballerup", COMMITTEE, DAY, "", "Rådhuset", [], [],
                                    [(1, "Besøg", False), (8, "Unge", False)], "referat",
                                    "x.md"))
    first = archive.add(DAY, 1, "Besøg", {"Sagsfremstilling": (
        "På udvalgets møde deltager erhvervsudviklingschef Claudia Westh Lonning fra Center "
        "for Politik og Organisation.")})
    archive.add(DAY, 8, "Unge", {"Sagsfremstilling": (
        "På udvalgets møde deltager teamleder Nanna Suhr Rasmussen fra Center for "
        "Arbejdsmarked under behandling af sagen.")})
    question = "Hvem fra Center for Politik og Organisation sad med under flere af punkterne?"
    assert asks_guests(question, None)
    answer = compose_guests(context(question, [first]))
    assert "Claudia Westh Lonning" in answer.text and "Nanna" not in answer.text
    every = compose_guests(context("Hvem sad med under punkterne?", [first]))
    assert "Claudia" in every.text and "Nanna" in every.text
