"""A forty-fifth round of layouts (f; round 45's blind files 02, 03 and 10, and the votes
of 04 and the hours of 06 and 07): a Word referat merged by a meeting system whose items'
bodies are import chunks (`<w:altChunk r:id="chunk2"/>` → `word/afchunk2.htm`, or an
MHTML part), which Word renders where the chunk stands and which stand in no paragraph
of the document; Word's single-file "Word XML-dokument", as Flat OPC (`<pkg:package>`,
each part of the .docx a `<pkg:part>`) or as Word 2003's WordprocessingML
(`<w:wordDocument>`, its lists `w:listDef`/`w:list`); a facts table naming the hour
"Kl.: | 16.30", and meeting hours on the hour, "d. 4/6-24 kl. 16-18", "kl. 19-21 i
Borgerhuset"; a vote written as a table of the parties with a mark in the column each
voted in ("Parti | For | Imod | Undlod" over "A | ✓ | |", on a web page and in Word);
a council's attendance as a Word table grouped by party, a row a party with its members
in a "Deltog" and an "Afbud" column (several names in a cell, a role beside a name),
group rows across a members' table, or a party column merged down; and "Deltog:" as the
label of those present. Each read wrongly or not at all before. The binary files are
made by `gen_formats45f.py`.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import pytest

from ingest.formats import read_meetings
from ingest.formats.dates import clock_time
from ingest.formats.party_attendance import party_attendance
from ingest.formats.party_votes import party_vote_lines
from ingest.read import SkipFile

from .fixture_files import one_meeting

one = partial(one_meeting, "formats45f")


def _people(meeting) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(p.name, p.status, p.role) for p in meeting.participants]


# --- Word import chunks (altChunk) ---------------------------------------------------


def test_import_chunks_are_the_items_bodies() -> None:
    """Each item's sections come from its chunk, HTML or MHTML (windows-1252), read in
    place; the chunk's vote lines are the item's vote, and the meeting is a referat.
    Before: every item without a section, no decision, kind "dagsorden"."""
    m = one("01_flettet_altchunk.docx")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Børne- og Skoleudvalget", date(2024, 5, 6), "15:00", "referat")
    assert [(i.number, i.title, [s.name for s in i.sections], i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", ["Beslutning"], "Godkendt."),
        (2, "Skoledistrikter fra skoleåret 2025/26", ["Sagsfremstilling", "Indstilling",
                                                       "Beslutning"],
         "Forslaget sendes i høring.\nFor: A, V og Ø\nImod: C"),
        (3, "Trivselsmåling 2024", ["Sagsfremstilling", "Beslutning"],
         "Orienteringen blev taget til efterretning."),
        (4, "Eventuelt", ["Beslutning"], "Næste møde flyttes til den 10. juni.")]
    assert m.item(2).votes == {"for": ["A", "V", "Ø"], "imod": ["C"]}
    assert m.item(2).journal_number == "17.02.00-P20-1-24"
    assert m.item(3).section("Sagsfremstilling").startswith("Trivslen i 4.-9. klasse er på")
    assert m.warnings == []


# --- Word XML documents --------------------------------------------------------------


def test_flat_opc_word_xml_is_read_as_the_docx_it_holds() -> None:
    """A dagsorden saved as "Word XML-dokument" (Flat OPC): the header, the items
    numbered by Word's list, the case number, no decisions. Before: refused, "XML i et
    ukendt format"."""
    m = one("02_word_xml_flat.xml")
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Kulturudvalget", date(2024, 6, 13), "16:30", "Østerby Bibliotek, læsesalen",
        "dagsorden")
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", ""), (2, "Tilskud til byfesten 2024", ""),
        (3, "Eventuelt", "")]
    assert m.item(2).journal_number == "24/8812"
    assert _people(m)[0] == ("Tove Bak (V)", "indkaldt", "formand")  # (an agenda's list)


def test_word_2003_xml_is_read_with_its_list_numbers() -> None:
    """A Word 2003 XML referat: its headings numbered by its list from 12 on (the
    board's running numbers), the facts table, each item's decision (a reviewer's
    comment on it no text). Before: refused."""
    m = one("03_word_2003.xml")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Grundejerforeningen Solhøj", date(2024, 6, 10), "19:00", "Fælleshuset, Solhøj 2")
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (12, "Godkendelse af referat", "Referatet fra 6. maj blev godkendt."),
        (13, "Vedligeholdelse af fællesarealer", "Bestyrelsen indhenter tre tilbud."),
        (14, "Eventuelt", "Intet.")]
    assert _people(m) == [("Birgit Holm", "deltog", "formand"),
                          ("Kaj Dam", "deltog", "kasserer"), ("Sanne Ry", "deltog", "")]


def test_other_xml_is_still_refused(tmp_path: Path) -> None:
    """An XML package of no Word document is refused as before, with its reason."""
    path = tmp_path / "regneark.xml"
    path.write_text('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>'
                    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/'
                    'xmlPackage"><pkg:part pkg:name="/xl/workbook.xml"/></pkg:package>',
                    encoding="utf-8")
    with pytest.raises(SkipFile, match="XML i et ukendt format"):
        read_meetings(path)


# --- the meeting's hour --------------------------------------------------------------


def test_hour_labelled_kl_in_a_facts_table() -> None:
    """"Kl.: | 16.30" under "Mødedato:" is the start. Before: no start time."""
    m = one("04_kl_tabel.docx")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Handicaprådet", date(2024, 6, 4), "16:30", "Sundhedshuset, mødelokale 2")


def test_hours_on_the_hour() -> None:
    """"Dato: d. 4/6-24 kl. 16-18" starts at 16:00 (the item's "inkl. 16 overnatninger"
    and "kl. 7 fra skolen" are no start); "Onsdag den 5. juni 2024 kl. 19-21 i
    Borgerhuset, salen" at 19:00, in Borgerhuset. Before: no start time, and no place."""
    m = one("05_hele_timer.txt")
    assert (m.date, m.start_time, m.place) == (
        date(2024, 6, 4), "16:00", "Ungdomsskolen, lærerværelset")
    m = one("06_hele_timer_sted.txt")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Landsbyrådet Nørreby", date(2024, 6, 5), "19:00", "Borgerhuset, salen")


def test_clock_time_reads_only_a_meetings_hour() -> None:
    """A whole hour after "kl." or a range of whole hours is a start; a number inside a
    word ("inkl."), a count of hours, a range backwards or a night hour is none."""
    assert [clock_time(t) for t in ("kl. 16-18", "Kl. 19 – 21.30", "kl. 9", "kl.17",
                                    "kl. 16.30-18", "kl. 10-kl. 12")] == [
        "16:00", "19:00", "09:00", "17:00", "16:30", "10:00"]
    assert [clock_time(t) for t in ("inkl. 16 stk.", "kl. 3", "kl. 18-16", "kl. 2 timer",
                                    "kl. 16 timer", "kl. 16,5", "kl. 160", "Punkt 16-18")] == [
        None] * 8



# --- votes as a table of the parties -------------------------------------------------


def test_party_vote_table_on_a_web_page() -> None:
    """"Parti | For | Imod | Undlod" with a ✓ in the column each party voted in is the
    item's vote, written as vote lines under the caption; the head row is no vote, and
    an empty box ("☐") no mark. Before: "A ✓" lines, the columns lost, no votes."""
    m = one("08_partistemmer.html")
    assert m.item(2).votes == {"for": ["A", "B"], "imod": ["V"], "undlod": ["O"]}
    assert m.item(2).decision == ("Udvalget anbefaler handleplanen over for Byrådet.\n\n"
                                  "Afstemning\nFor: A, B\nImod: V\nUndlod: O")
    assert m.item(3).votes == {"for": ["A", "V", "O"], "imod": ["B"]}
    assert m.item(1).votes == m.item(4).votes == {}


def test_party_vote_table_in_word() -> None:
    """A Word table of the parties by full name with "X" marks: the parties' letters
    under each side. Before: the head row read as "Parti: For" / "Imod: Undlod", a vote
    against by "Undlod", and the party rows lost."""
    m = one("07_partistemmer.docx")
    assert m.item(2).votes == {"for": ["A", "C", "F"], "imod": ["V"], "undlod": ["Ø"]}
    assert m.item(2).decision.endswith("Afstemning:\n\nFor: A, C, F\nImod: V\nUndlod: Ø")
    assert m.item(3).votes == {"for": ["A", "V", "C", "F", "Ø"]}
    assert m.item(4).votes == {}


def test_party_vote_lines_leave_other_tables() -> None:
    """Counts under the sides, a row marking two sides and a table not headed by the
    parties are no such vote."""
    assert party_vote_lines([["Parti", "For", "Imod"], ["A", "3", ""], ["V", "", "2"]]) is None
    assert party_vote_lines([["Parti", "For", "Imod"], ["A", "X", "X"]]) is None
    assert party_vote_lines([["Navn", "For", "Imod"], ["Ole Dam", "X", ""]]) is None
    assert party_vote_lines([["Parti", "For", "Imod"], ["A - Socialdemokratiet", "X", ""],
                             ["SF", "", "✔"]]) == ["For: A", "Imod: F"]


# --- attendance grouped by party -----------------------------------------------------


def test_attendance_table_a_row_a_party() -> None:
    """"Parti | Deltog | Afbud", the members in the cells (paragraphs, line breaks), a
    role beside a name: each member once, with the party's letter, role and status.
    Before: the heads and the parties as people, names glued ("Eva Lind Ali Omar"),
    everyone from the first party on 'afbud'."""
    m = one("09_partigrupper.docx")
    assert _people(m) == [
        ("Hans Bech (A)", "deltog", "borgmester"), ("Eva Lind (A)", "deltog", ""),
        ("Ali Omar (A)", "deltog", ""), ("Jonna Sø (V)", "deltog", "2. viceborgmester"),
        ("Erik Tang (V)", "deltog", ""), ("Rita Holm (A)", "afbud", ""),
        ("Lea Frost (Ø)", "afbud", "")]


def test_attendance_table_with_party_group_rows() -> None:
    """Group rows across "Navn | Funktion | Fremmøde" name the party of the members
    below them. Before: only the last group's name, as a participant."""
    m = one("10_grupperaekker.docx")
    assert _people(m) == [
        ("Hans Bech (A)", "deltog", "formand"), ("Jonna Sø (V)", "deltog", "næstformand"),
        ("Pia Krog (B)", "deltog", ""), ("Eva Lind (A)", "afbud", "")]


def test_attendance_table_with_a_party_column_merged_down() -> None:
    """"Parti | Navn | Status", the party's cell merged down over its members. Before:
    one participant, "A Hans Bech"."""
    m = one("11_parti_flettet.docx")
    assert _people(m) == [("Hans Bech (A)", "deltog", ""), ("Jonna Sø (V)", "deltog", ""),
                          ("Erik Tang (V)", "deltog", ""), ("Eva Lind (A)", "afbud", "")]


def test_members_table_of_no_party_is_read_as_before() -> None:
    """A members' table with a party a row ("Navn | Parti | Til stede | Afbud") is no
    grouped table; it is left to the members' table reader."""
    rows = [[["Navn"], ["Parti"], ["Til stede"], ["Afbud"]], [["Ane Lund"], ["A"], ["x"], []]]
    assert party_attendance(rows) is None
    assert party_attendance([[["Navn"], ["Funktion"]], [["Ane Lund"], ["Formand"]]]) is None


def test_deltog_label_names_those_present() -> None:
    """"Deltog: Ane Lund (A), formand; …" under the date, as "Til stede:" is read.
    Before: only the 'afbud' below it."""
    m = one("12_deltog.txt")
    assert _people(m) == [("Ane Lund (A)", "deltog", "formand"), ("Bo Ravn (V)", "deltog", ""),
                          ("Sif Holt (F)", "deltog", ""), ("Kim Sø (C)", "afbud", "")]
    assert m.item(2).absentees == ["Bo Ravn"]
