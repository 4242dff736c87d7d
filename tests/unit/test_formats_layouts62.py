"""A sixty-second round of layouts (round 62's blind files): KLE case numbers whose
handling facet is a letter ("00.01.00-I00-2-24"), an EG PDF whose items open with a
label/value fact table (the decider's label wrapped at its hyphen, a closed item's
"Status: Lukket" and its closed-doors sentence) and repeat the head's absence under every
decision, an Acadre "Protokol" vote naming a member and her party letter inside the
brackets, a portal's notice in place of a closed item's text, and minutes sent as an
e-mail that end with the closing line, the signature's logo and the mail's footer. The
PDFs are written by `gen_formats62.py`; the HTML and text files by hand."""

from __future__ import annotations

from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats62")


def test_kle_case_number_keeps_its_letter_facet() -> None:
    """"Sagsnr.: 00.01.00-I00-2-24": the facet "I00" is a letter and two digits, no
    OCR's "100". Before: the case number came back as "00.01.00-100-2-24"."""
    m = one("01_prepare_kle.pdf")
    assert [i.journal_number for i in m.items] == ["00.01.00-A00-1-24", "00.01.00-I00-2-24"]


def test_eg_fact_table_status_lukket_closes_the_item() -> None:
    """"Status:" / "Lukket" and "Punktet behandles for lukkede døre." under the facts: the
    item is closed. Before: it was read as open."""
    m = one("02_eg_facts.pdf")
    assert [(i.number, i.closed) for i in m.items] == [(1, False), (2, True)]


def test_eg_fact_table_with_a_wrapped_label_is_no_text() -> None:
    """"Endelig beslutnings-" / "kompetence:" / "Kulturudvalget": who decides, its own
    section, and the other facts no text. Before: the rows were a "Beskrivelse"."""
    item = one("02_eg_facts.pdf").item(1)
    assert [s.name for s in item.sections] == [
        "Beslutningen træffes af", "Sagsfremstilling", "Beslutning"]
    assert item.section("Beslutningen træffes af") == "Kulturudvalget"


def test_head_absence_repeated_under_each_decision_is_no_decision_text() -> None:
    """"Godkendt." / "Fraværende: Lis Holm (C)" where the head lists her as away: the
    absence is the meeting's and the item's, the decision "Godkendt.". Before: the line
    ended every decision."""
    m = one("02_eg_facts.pdf")
    assert [i.decision for i in m.items] == ["Godkendt.", "Godkendt."]
    assert [i.absentees for i in m.items] == [["Lis Holm (C)"], ["Lis Holm (C)"]]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Lis Holm (C)"]


def test_vote_side_names_a_member_with_her_party_letter() -> None:
    """"1 imod (Karl Bo, V)": one voter, Karl Bo of V. Before: two voters, "Karl Bo"
    and "V"."""
    item = one("03_acadre_protokol.pdf").item(42)
    assert item.votes == {"for": ["A", "C"], "imod": ["Karl Bo (V)"]}


def test_portal_closed_notice_is_no_decision() -> None:
    """A closed item showing only "Punktet er lukket. Indholdet offentliggøres ikke.":
    closed, without a decision. Before: the notice was its Beslutning."""
    item = one("05_portal_closed.html").item(2)
    assert item.closed and not item.decision


def test_mail_closing_line_and_footer_end_the_last_item() -> None:
    """"Mødet hævet kl. 17.00.", the signature's "[cid:image001.png@…]" logo and the
    address and privacy lines after the last decision end the minutes. Before: they
    were part of the decision "Intet."."""
    m = one("08_mail_referat.txt")
    assert [i.decision for i in m.items] == ["Godkendt.", "Intet."]
