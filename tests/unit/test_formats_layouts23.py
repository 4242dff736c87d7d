"""Layout round 23 (/work/fmt23: a region's committee, a Byråd print with "(Å)"/"(L)"
marks, old CMS and accordion HTML, a text export with "Sag 41/2019:" items, a joint
meeting, Confluence markdown, a case number before the title, an absence table, an
agenda with a supplement): the fixes, each with the layout that showed it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .fixture_files import one_meeting

HERE = Path(__file__).parent / "fixtures" / "formats23"


def test_items_numbered_with_their_year_and_a_sentence_naming_the_meeting() -> None:
    """"Sag 41/2019: Godkendelse af dagsorden" (a running number and its year), and
    "Økonomiudvalget holdt møde mandag den 11. marts 2019 kl. 15.00 i …" above them."""
    m = one_meeting(HERE, "text_sag_number_with_year.txt")
    assert (m.committee, m.date, m.start_time) == ("Økonomiudvalget", date(2019, 3, 11), "15:00")
    assert [i.number for i in m.items] == [41, 42, 43, 44, 45, 46]
    assert m.items[0].title == "Godkendelse af dagsorden"
    assert m.items[1].votes == {"imod": ["Louise Thomsen Terp (A)"]}


def test_an_earlier_decision_headed_by_body_and_date_without_a_colon() -> None:
    from ingest.formats.dated import dated_decision

    assert dated_decision("Økonomiudvalget den 19-09-2017") == (
        "Økonomiudvalget", date(2017, 9, 19), None)
    assert dated_decision("Økonomiudvalget den 18. marts 2015") == (
        "Økonomiudvalget", date(2015, 3, 18), None)
    # (a case history's line stays a line: its comma, its punkt)
    assert dated_decision("Klima- og Miljøudvalget, den 29. november 2022, punkt 3") is None


def test_parties_named_in_full_that_begin_with_det() -> None:
    from ingest.formats.people import decision_people

    _, votes = decision_people("Venstre, Socialdemokratiet, Dansk Folkeparti og Det "
                               "Konservative Folkeparti stemte for.")
    assert votes == {"for": ["Venstre", "Socialdemokratiet", "Dansk Folkeparti",
                             "Det Konservative Folkeparti"]}
    assert decision_people("Det Radikale Venstre stemte imod.")[1] == {
        "imod": ["Det Radikale Venstre"]}


def test_a_prints_open_and_closed_marks_after_the_title() -> None:
    from ingest.formats.closed_marks import closed_title

    assert closed_title("Salg af erhvervsgrund i Vestergade-kvarteret (L)") == (
        True, "Salg af erhvervsgrund i Vestergade-kvarteret")
    assert closed_title("Ændring af takster for madservice 2018 (Å)") == (
        False, "Ændring af takster for madservice 2018")


def test_a_members_list_that_wraps_after_an_ordinal() -> None:
    """"… Lars Erik Hornemann (V), 1." / "viceborgmester, Jesper Kiel (Ø), 2.
    viceborgmester, …": the list goes on, and "1. viceborgmester" is a role."""
    m = one_meeting(HERE, "text_members_wrap_after_ordinal.txt")
    present = [p for p in m.participants if p.status == "deltog"]
    assert len(present) == 16
    roles = {p.name: p.role for p in present}
    assert roles["Lars Erik Hornemann (V)"] == "1. viceborgmester"
    assert roles["Jesper Kiel (Ø)"] == "2. viceborgmester"
    assert [p.name for p in m.participants if p.status == "afbud"] == [
        "Anne Dam (A)", "Enok Toft Klausen (O)"]


def test_a_bulleted_members_list_with_an_absence_mark() -> None:
    """"- Kirsten Jørgensen (C) (afbud)" is an absent member, and the list goes on."""
    m = one_meeting(HERE, "web_members_list_with_afbud_mark.html")
    assert [(p.name, p.status) for p in m.participants][-2:] == [
        ("Kirsten Jørgensen (C)", "afbud"), ("Per Rasmussen (F)", "deltog")]


def test_an_agenda_whose_item_ends_with_an_earlier_bodys_outcome() -> None:
    """"Børne- og Ungeudvalget den 10. marts 2015" (no colon) at the top of a page, then
    "Anbefales.": history, not this meeting's decision; the file stays an agenda."""
    m = one_meeting(HERE, "pdf_agenda_with_earlier_decisions_no_colon.pdf")
    assert m.doc_type == "dagsorden"
    assert not any(i.decision for i in m.items)
    item = next(i for i in m.items if i.number == 4)
    assert [(h.date.isoformat(), h.text) for h in item.history] == [
        ("2015-03-03", "Udsat."), ("2015-03-10", "Anbefales.")]
