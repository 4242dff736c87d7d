"""A fifty-second round of layouts (round 52's blind files 01, 02, 03, 05, 06 and 08): an
item number drawn as a label beside its title in a PDF, a vote under an "Afstemning:"
label, the meeting's date only in the running footer or header, a page's "Siden er sidst
opdateret …", a static site's front matter with the English "date:", and a meeting
broken off and resumed by two notes of their own; each read wrongly (or refused) before.
The PDFs are written by `gen_formats52.py`."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from .fixture_files import one_meeting

one = partial(one_meeting, "formats52")


@pytest.mark.parametrize("name", ["01_nummer_efter_titel.pdf", "01_nummer_foer_titel.pdf"])
def test_item_number_label_beside_the_title(name: str) -> None:
    """"Naturpark Lunde Å Punkt 2" (the label drawn after the title, on its line) and
    "Punkt 2Naturpark Lunde Å" (drawn before it): each an item's heading, the label no
    part of the title. Before: refused, "ingen dagsordenspunkter fundet"."""
    m = one(name)
    assert (m.committee, m.date, m.start_time) == ("Miljøudvalget", date(2025, 3, 3), "15:00")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Naturpark Lunde Å", False),
        (3, "Køb af areal", True)]
    assert m.item(2).decision == "Anbefales over for Byrådet."


def test_vote_under_an_afstemning_label() -> None:
    """"Afstemning: For: 12 (A, F), Imod: 7 (V, O), Undlod: 1 (C)": every side of the
    vote. Before: the "For" side lost behind the label."""
    m = one("02_afstemning_label.txt")
    assert m.item(2).votes == {"for": ["A", "F"], "imod": ["V", "O"], "undlod": ["C"]}
    assert m.item(3).votes == {"for": ["A", "V", "F"], "undlod": ["C"]}


@pytest.mark.parametrize("name", ["03_dato_i_sidefod.pdf", "03_dato_i_sidehoved.pdf"])
def test_date_only_in_the_running_page_line(name: str) -> None:
    """"Referat – 03.03.2025 – Side N" at each page's foot (or top), the head naming no
    date: that is the meeting's date, and the committee is still the head's heading.
    Before: the footer refused ("ingen mødedato fundet i hovedet"), the header read as
    "Ukendt udvalg"."""
    m = one(name)
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Kulturudvalget", date(2025, 3, 3), "17:00", "Kulturhuset, sal 2")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Eva Holm (V)", "deltog"), ("Per Krag (A)", "afbud")]
    assert [i.decision for i in m.items] == ["Godkendt.", "Bevilget.", "Taget til efterretning."]


def test_page_updated_sentence_is_no_decision() -> None:
    """"Siden er sidst opdateret 20. marts 2025" under the last item of a web page.
    Before: the last decision's second line."""
    m = one("05_side_opdateret.html")
    assert m.item(2).decision == "Formanden orienterede om sundhedsugen."


def test_front_matter_english_date_and_danish_keys() -> None:
    """A Hugo page's front matter "date: 2025-03-04T15:30:00+01:00", "udvalg:", "sted:",
    the body naming no date: the meeting's date, hour, committee and place. Before:
    refused, "ingen mødedato fundet i hovedet"."""
    m = one("06_hugo_forside.md")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Ældreudvalget", date(2025, 3, 4), "15:30", "Rådhuset, mødelokale 2")
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden",
                                          "Kvalitetsstandard for madservice"]


def test_meeting_broken_off_and_resumed_by_notes() -> None:
    """"Mødet blev afbrudt kl. 23.05." / "Mødet genoptaget den 11. marts 2025 kl. 16.00." /
    "Fraværende ved det genoptagne møde: …" under item 2: no part of its decision; who was
    away when it went on is absent from the items after it (one away from the whole
    meeting stays so). Before: item 2's decision held the notes, item 2 had the absentees."""
    m = one("08_afbrudt_genoptaget.txt")
    assert m.item(2).decision == "Godkendt."
    assert [i.absentees for i in m.items] == [[], [], ["Tina Ravn (A)"], ["Tina Ravn (A)"]]
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Bo Lyng (V)", "afbud", ""), ("Tina Ravn (A)", "deltog", "fraværende fra punkt 3")]
