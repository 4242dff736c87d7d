"""Layout round 22 (/work/fmt22: FirstAgenda's PDF print, eDoc's PDF print, Acadre MM
HTML, a Word referat of a small municipality, a decision protocol, system XML of later
versions): section headings numbered like "1.2 Beslutning" (Word's multi-level list
prints the number), a members' table with marks in status columns, a substitute "for"
an absent member, and a name list that ends a PDF page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

from .fixture_files import one_meeting
from .office_files import docx, para, table

HERE = Path(__file__).parent / "fixtures" / "formats22"


def test_section_headings_numbered_by_a_multi_level_list() -> None:
    """"1.2 Beslutning" on a line of its own is the heading "Beslutning"; "2.4
    Økonomiudvalget den 11. april 2018:" an earlier body's decision, not this one's."""
    m = one_meeting(HERE, "text_numbered_section_headings.txt")
    assert m.doc_type == "referat"
    first, second = m.items[0], m.items[1]
    assert first.section("Beslutning") == "Godkendt."
    assert first.section("Indstilling").startswith("Borgmesteren indstiller")
    assert second.section("Beslutning").startswith("Godkendt. Pernille Sparre (Ø) stemte imod")
    assert second.votes == {"imod": ["Pernille Sparre (Ø)"]}
    assert [(h.committee, h.date.isoformat(), h.text) for h in second.history] == [
        ("Økonomiudvalget", "2018-04-11", "Anbefales.")]
    # a numbered paragraph that is no heading keeps its number
    assert "1.1 Formål med projektet" in second.section("Sagsfremstilling")


def _marked_members(path: Path) -> None:
    path.write_bytes(docx([
        para("Læsø Kommune"), para("Referat", "Title"),
        para("Kommunalbestyrelsen"), para("Mødedato: 26. april 2018, kl. 17.00"),
        table([["Navn", "Parti", "Til stede", "Afbud"],
               ["Karsten Nielsen, borgmester", "Borgerlisten", "x", ""],
               ["Pernille Sparre", "Ø", "x", ""],
               ["Ruth Jakobsen", "A", "", "x"],
               ["Claus Grabow", "C", "", "x"],
               ["Jens Krog, stedfortræder for Claus Grabow", "C", "x", ""]]),
        para("Godkendelse af dagsorden", "Heading1", num=(1, 0)),
        para("Beslutning", "Heading2"), para("Godkendt."),
        para("Eventuelt", "Heading1", num=(1, 0)),
        para("Beslutning", "Heading2"), para("Intet."),
    ], styles={"Title": "Title", "Heading1": "heading 1", "Heading2": "heading 2"},
        numbering={1: "decimal"}))


def test_a_members_table_with_marks_in_status_columns(tmp_path: Path) -> None:
    path = tmp_path / "laesoe.docx"
    _marked_members(path)
    (m,) = read_meetings(path)
    people = {(p.name, p.status, p.role) for p in m.participants}
    assert people == {
        ("Karsten Nielsen (Borgerlisten)", "deltog", "borgmester"),
        ("Pernille Sparre (Ø)", "deltog", ""),
        ("Ruth Jakobsen (A)", "afbud", ""),
        ("Claus Grabow (C)", "afbud", ""),
        ("Jens Krog (C)", "deltog", "stedfortræder for Claus Grabow"),
    }


def test_a_substitute_for_an_absent_member_in_a_text_list() -> None:
    m = one_meeting(HERE, "text_substitute_for.txt")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Karsten Nielsen (Borgerlisten)", "deltog", "borgmester"),
        ("Jens Krog (C)", "deltog", "stedfortræder for Claus Grabow"),
        ("Lone Schou (A)", "deltog", ""),
        ("Claus Grabow (C)", "afbud", "")]


def test_an_absence_line_that_ends_every_page_is_no_footer() -> None:
    """eDoc starts each item on a new page, so "Følgende deltog ikke i behandlingen af
    punktet: Lise Dahl" is the last line of most pages: it is the items' text."""
    m = one_meeting(HERE, "pdf_absence_line_ends_each_page.pdf")
    assert [i.absentees for i in m.items] == [
        ["Lise Dahl"], ["Lise Dahl"], ["Lise Dahl"],
        # (one person once: "Hans Toft (C) … inhabil" and "…: Lise Dahl, Hans Toft")
        ["Hans Toft (C)", "Lise Dahl"], ["Lise Dahl"], ["Lise Dahl"]]
    assert all("Lise Dahl" in i.decision for i in m.items if not i.closed)


def test_an_acadre_export_with_its_own_date_form_and_a_party_field() -> None:
    """"03-06-2019 16:00" (no ISO date, no dateF3/dateF4): the meeting's day and hour;
    members' parties from their own field; "kunne ikke anbefale" is a vote against."""
    m = one_meeting(HERE, "acadre_date_in_acadres_own_form.xml")
    assert (m.date.isoformat(), m.start_time, m.committee) == (
        "2019-06-03", "16:00", "Børne- og Ungeudvalget")
    assert ("Linda Jørgensen (V)", "afbud") in {(p.name, p.status) for p in m.participants}
    assert ("Mads Nikolajsen (A)", "formand") in {(p.name, p.role) for p in m.participants}
    hadsten = next(i for i in m.items if i.number == 90)
    assert hadsten.votes == {"imod": ["Bente Hoffmann (F)"]}


def test_a_decision_protocol_printed_as_one_table() -> None:
    """"BESLUTNINGSPROTOKOL" above a labelled header, one table "Pkt. | Sag | Beslutning"
    (its column names printed once): minutes; each item's text is its decision, an
    earlier body's dated line at the top of a cell is history, and the column names are
    nobody absent."""
    m = one_meeting(HERE, "pdf_decision_protocol_table.pdf")
    assert m.doc_type == "referat"
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Tonni Hansen (F)"]
    assert all(i.decision for i in m.items)
    sale = m.items[2]
    assert sale.decision.startswith("Anbefales over for Kommunalbestyrelsen, at ejendommen")
    assert sale.votes == {"for": ["A", "C", "V"], "imod": ["O"]}
    assert [(h.committee, h.date.isoformat(), h.text) for h in sale.history] == [
        ("Økonomiudvalget", "2015-05-13", "Udsat.")]
    assert all(i.absentees == ["Tonni Hansen"] for i in m.items)


def test_a_one_word_body_dated_without_den() -> None:
    from ingest.formats.dated import dated_decision

    assert dated_decision("Magistraten 16. juni 2014, punkt 8:") == (
        "Magistraten", date(2014, 6, 16), 8)


def test_an_edoc_export_with_a_namespace_prefix_and_a_nested_committee() -> None:
    """"<ap:Meeting>…<ap:MeetingAgendaItem>", "<Committee><Name>…</Name>", and the case
    number in "<CaseNumber>" only."""
    m = one_meeting(HERE, "edoc_namespace_prefix_nested_committee.xml")
    assert (m.committee, m.date.isoformat(), m.start_time, m.source_format) == (
        "Teknik- og Miljøudvalget", "2016-03-08", "16:00", "edoc-xml")
    assert len(m.items) == 6 and all(i.journal_number for i in m.items)
    assert m.items[0].journal_number == "2016-00311"
