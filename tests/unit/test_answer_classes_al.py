"""Classes of the 2026-12-03 morning session: a person on a meeting's list asked about in
few words ("steen pedersen med feb 2023?", "Jette Raus titel i 2015"), and the archive's
oldest or newest minutes named as a "referat". Each test fails on the code before."""

from __future__ import annotations

from datetime import date

import pytest

from rag.catalog import MeetingInfo
from rag.query import parse_question
from referat.periods import find_period
from tests.unit.conftest import COMMITTEE


@pytest.mark.parametrize("question", [
    "Steen Pedersen med feb 2023?",
    "Hvad var Jette Raus titel i 2015?",
    "Christian Skjæran parti 2015 møde",
    "Musa Kekec med 18/3-25?",
])
def test_a_listed_person_asked_in_few_words_asks_the_meetings_list(question: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.meeting_aspect) == ("meeting", "attendees")


@pytest.mark.parametrize("question", [
    "Hvad sagde Anja Holtze med hensyn til budgettet i 2024?",
    "Hvilken rolle har jobcentret i IPS-indsatsen?",
    "Hvilket parti stemte imod forslaget om studieturen?",
])
def test_a_name_or_a_role_word_beside_a_matter_is_no_meeting_question(question: str) -> None:
    assert parse_question(question).kind != "meeting"


def _meeting(archive):  # noqa: ANN001, ANN202 - the conftest's FakeArchive
    """18 March 2025: Musa Kekec sends apologies, and an item's title names him."""
    return archive.add_meeting(MeetingInfo(
        "Ballerup", COMMITTEE, date(2025, 3, 18), "15:00", "Toms Allé nr. 1",
        ["Anja Holtze (A)", "Lars Green Bach (B)", "Jette Rau (erhvervschef)"],
        ["Musa Kekec (A)"],
        [(1, "Besøg hos Toms Gruppen", False),
         (2, "Valg af midlertidig formand under Musa Kekecs (A) fravær", False)],
        "referat", "x.txt"))


def test_a_person_named_in_an_items_title_is_still_found_on_the_list(archive,
                                                                      context) -> None:
    """"Deltog Musa Kekec i mødet 18/3-25?" — his name is also in item 2's title; the
    answer is his own entry (afbud), opening with Nej, not the whole list."""
    from rag.compose.meeting import compose_meeting

    page = _meeting(archive)
    answer = compose_meeting(context("Deltog Musa Kekec i mødet 18/3-25?", [page]))
    assert answer.text.startswith("Nej.")
    assert "Musa Kekec (A) — afbud" in answer.text and "Anja Holtze" not in answer.text


def test_a_genitive_names_the_person(archive, context) -> None:
    from rag.compose.meeting import compose_meeting

    page = _meeting(archive)
    answer = compose_meeting(context("Hvad var Jette Raus titel i marts 2025?", [page]))
    assert "Jette Rau (erhvervschef) — deltog" in answer.text


def test_a_party_named_in_words_is_no_person(archive, context) -> None:
    """"Var der nogen fra Radikale Venstre med …?" asks for the party's member."""
    from rag.compose.meeting import compose_meeting

    page = _meeting(archive)
    answer = compose_meeting(context("Var der nogen fra Radikale Venstre med, da udvalget "
                                     "holdt møde hos Toms i marts 2025?", [page]))
    assert "Lars Green Bach (B)" in answer.text and "nævner ikke" not in answer.text


@pytest.mark.parametrize(("text", "relative"), [
    ("I det ældste referat – hvad var Jette Raus titel?", "first"),
    ("Hvad stod der i det seneste referat om IPS?", "latest"),
    ("i det forrige referat", "previous"),
])
def test_the_oldest_or_newest_minutes_name_a_meeting(text: str, relative: str) -> None:
    period = find_period(text)
    assert period is not None and period.relative == relative


def test_the_archive_is_no_topic() -> None:
    assert "arkiv" not in parse_question("Hvem deltog i det første møde i arkivet?").topic
