"""A sixtieth round of layouts (round 60's blind files): a FirstAgenda JSON in camelCase
with its items nested in the meeting, a FirstAgenda page with the English interface, a
one-name "Fraværende:" list ending in a full stop, an older Acadre PDF with a running
header and its facts one cell a line, an OCR text layer, an Acadre agenda under a
letterhead and a Word roll-call vote. The PDFs and the .docx are written by
`gen_formats60.py`; the other files by hand."""

from __future__ import annotations

from datetime import date
from functools import partial

from .fixture_files import one_meeting

one = partial(one_meeting, "formats60")


def _people(m) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in m.participants]


def test_camelcase_export_with_items_nested_in_the_meeting() -> None:
    """A FirstAgenda-like JSON in camelCase: `meeting.agendaItems[]` with `itemNumber` and
    `caption`, attendees flagged `isAbsent`, earlier treatments with `decisionText` and the
    municipality only in the publication URL: the meeting, its items, decisions, history
    and absentee are read. Before: the file was rejected ("ingen dagsordenspunkter
    fundet")."""
    m = one("10_camel.json")
    assert (m.municipality, m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Hørsholm", "Plan- og Miljøudvalget", date(2023, 11, 14), "16:30",
        "Mødelokale B, Rådhuset", "referat")
    assert _people(m) == [("Anne Holm (C)", "deltog", ""), ("Bo Lind (A)", "afbud", "")]
    assert [(i.number, i.title, i.journal_number, i.closed, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "23/00101", False, "Godkendt."),
        (2, "Lokalplan for Bakkevej", "23/00877", False, "Anbefales."),
        (3, "Køb af areal", "23/00990", True, "Godkendt.")]
    assert [(t.date, t.text) for t in m.item(2).history] == [(date(2023, 10, 10), "Udsat.")]


def test_firstagenda_page_with_english_interface_labels() -> None:
    """A FirstAgenda page in the English interface ("Committee:", "Meeting date: Tuesday,
    March 12, 2024 at 5:30 PM", "Location:", "Participants:" with "(Absent)"): its facts
    read as the Danish labels' would, the content as written. Before: the file was
    rejected ("feltet 'Mødedato' mangler")."""
    m = one("04_firstagenda_en.html")
    assert (m.municipality, m.committee, m.date, m.start_time, m.place) == (
        "Lunde", "Kulturudvalget", date(2024, 3, 12), "17:30", "Lokale 4, Lunde Rådhus")
    assert _people(m) == [("Eva Dam", "deltog", ""), ("Karl Bo", "afbud", "")]
    assert [(i.number, i.title, i.journal_number, i.closed, i.decision) for i in m.items] == [
        (1, "Tilskud til spillesteder", "24/0311", False, "Godkendt."),
        (2, "Lejeaftale", "24/0402", True, "Godkendt.")]


def test_one_absent_name_with_the_lists_full_stop() -> None:
    """A "Fraværende:" label with one name on the line below, ending with the list's full
    stop ("Ole Vang (O)."): that member is absent. Before: the name was lost, so the
    meeting had no one absent."""
    m = one("06_fravaerende.pdf")
    assert (m.committee, m.date, m.start_time) == ("Byrådet", date(2024, 3, 4), "18:00")
    assert _people(m) == [("Eva Dam (A)", "deltog", "borgmester"), ("Karl Bo (V)", "deltog", ""),
                          ("Lis Holm (C)", "deltog", ""), ("Ole Vang (O)", "afbud", "")]
    assert [(i.number, i.closed, i.decision) for i in m.items] == [
        (1, False, "Taget til efterretning."), (2, True, "Godkendt.")]


def test_acadre_agenda_place_below_its_label() -> None:
    """An Acadre agenda under its letterhead, its facts one cell a line ("Mødested:" over
    "Mødelokale 2, Rådhuset"): the place is the room. Before: the place was the letterhead
    "… Kommune" or nothing."""
    m = one("03_acadre_dagsorden.pdf")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Kulturudvalget", date(2024, 9, 3), "15:30", "Mødelokale 2, Rådhuset", "dagsorden")
    assert _people(m) == [("Eva Dam (O)", "indkaldt", "formand"), ("Karl Bo (V)", "afbud", "")]


def test_older_acadre_facts_one_cell_a_line_and_lukket_sag() -> None:
    """An older Acadre referat with a running header on every page, its facts one cell a
    line ("Mødetidspunkt:" over "Kl. 13:00 - 16:00") and a closed item "… - LUKKET SAG":
    the start time and the room are read, and the title keeps no dash. Before: no start
    time, no place, and the title ended in " -"."""
    m = one("09_acadre_2009.pdf")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Udvalget for Miljø", date(2009, 10, 14), "13:00", "Mødelokale 3, Rådhuset")
    assert [(i.number, i.title, i.closed, i.decision) for i in m.items] == [
        (7, "Spildevandsplan 2009", False, "Godkendt."),
        (8, "Køb af areal ved stranden", True, "Godkendt.")]


def test_ocr_letters_in_committee_place_label_and_closing_line() -> None:
    """A scanned referat's OCR text with "l" read "1" inside words ("Mi1jøudva1g"), "ø"
    read "o" in the place's label ("Modested:") and "Modet haevet k1. 16.2O" over the page
    footer after the last decision: the committee, the place and the last decision read as
    printed. Before: the committee was "Mi1jøudva1g", the place kept its label, and the
    closing line and footer were glued into the last decision."""
    m = one("08_ocr.pdf")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Miljøudvalg", date(2015, 3, 10), "14:00", "Lokale 1, Radhuset")
    assert [(i.number, i.closed, i.decision) for i in m.items] == [
        (21, False, "Godkendt."), (22, True, "Godkendt.")]


def test_word_roll_call_vote_in_bullets() -> None:
    """A Word referat whose decision gives a roll-call vote as bullets ("For stemte: Eva
    Dam (A), Karl Bo (V)", "Imod stemte: …", "Undlod at stemme: …"): the vote is read by
    name, side by side. Before: the vote stayed in the text but the item had no votes."""
    m = one("07_navneopraab.docx")
    assert (m.committee, m.date, m.start_time) == ("Økonomiudvalget", date(2024, 11, 19), "16:30")
    assert m.item(1).decision.startswith("Anbefales.")
    assert m.item(1).votes == {"for": ["Eva Dam (A)", "Karl Bo (V)"], "imod": ["Ole Vang (Ø)"],
                               "undlod": ["Lis Holm (O)"]}
