"""Word 97–2003 documents (.doc): older archives' minutes read as a .docx is.

Fixtures in `fixtures/word97/` (made by LibreOffice's Word 97 export from the hand-written
sources beside them, see its README); the damaged and protected variants are made here
by changing the fixture's bytes as such files differ.
"""

from __future__ import annotations

import struct
from datetime import date
from pathlib import Path

import pytest

from ingest.formats import read_meetings, word97
from ingest.formats.word97_binary import _pieces
from ingest.formats.word97_records import to_fc
from ingest.read import SkipFile

from .fixture_files import FIXTURES, one_meeting

FOLDER = FIXTURES / "word97"


def _section(item, name: str) -> str:
    return next(s.text for s in item.sections if s.name == name)


def test_a_doc_with_a_meeting_table_and_printed_numbers_reads_as_minutes() -> None:
    m = one_meeting("word97", "kultur_2006.doc")
    assert (m.municipality, m.committee, m.date) == (
        "Fredensborg", "Kultur- og Fritidsudvalget", date(2006, 3, 14))
    assert (m.start_time, m.place, m.doc_type) == ("16:30", "Mødelokale 2, Rådhuset", "referat")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Tilskud til Fredensborg Musikforening"),
        (3, "Eventuelt")]
    grant = m.items[1]
    assert grant.journal_number == "06/1234"
    assert _section(grant, "Beslutning").startswith("Indstillingen godkendt.")
    # a hyperlink field: its result is text, its instruction ("HYPERLINK …") is not
    assert _section(grant, "Sagsfremstilling").endswith("se ansøgningen.")
    assert {(p.name, p.status) for p in m.participants} >= {("Jens Ølgaard (V)", "afbud"),
                                                            ("Anne Hansen (A)", "deltog")}
    assert m.source_format == "word97"


def test_list_numbered_headings_page_header_and_bullets() -> None:
    m = one_meeting("word97", "teknik_2011.doc")
    # committee and date stand only in the page header; "Side N" of the footer is no text
    assert (m.municipality, m.committee, m.date) == (
        "Holbæk", "Teknik- og Miljøudvalget", date(2011, 4, 12))
    # Word's list numbered the headings: the numbers are no text of the paragraphs
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Vejbelysning på Ringstedvej – udskiftning til LED"),
        (3, "Eventuelt")]
    lights = m.items[1]
    text = _section(lights, "Sagsfremstilling")
    assert "- LED-armaturer på alle master\n- nye styreskabe" in text
    assert "1.250.000 kr." in text  # (the table inside the item)
    assert _section(lights, "Beslutning").startswith("Anbefales over for Økonomiudvalget.")
    assert ("Mette Krog (F)", "afbud") in {(p.name, p.status) for p in m.participants}
    assert not any("Side" in s.text for i in m.items for s in i.sections)


def test_an_agenda_with_outline_level_headings_and_text_outside_cp1252() -> None:
    m = one_meeting("word97", "boern_2009_dagsorden.doc")
    assert (m.committee, m.date, m.doc_type) == (
        "Børne- og Ungeudvalget", date(2009, 11, 3), "dagsorden")
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Skolestruktur 2010 – høringssvar", "09/22871"),
        (2, "Takstblad for dagtilbud 2010", "09/19004"), (3, "Eventuelt", None)]
    assert ("Łukasz Nowak (V)", "indkaldt") in {(p.name, p.status) for p in m.participants}


def test_the_format_is_known_by_content_not_by_name() -> None:
    raw = (FOLDER / "kultur_2006.doc").read_bytes()
    assert word97.sniff(raw, Path("referat.bin"))
    assert not word97.sniff((FOLDER / "kultur_2006.html").read_bytes(), Path("referat.doc"))


def _with_fib(raw: bytes, offset: int, value: int) -> bytes:
    """The file with one 16-bit field of its Word document header set."""
    at = raw.index(b"\xec\xa5")  # the header's magic number (wIdent) opens the stream
    return raw[:at + offset] + struct.pack("<H", value) + raw[at + offset + 2:]


@pytest.mark.parametrize(("offset", "set_bits", "says"), [
    (0x0A, 0x0100, "beskyttet med adgangskode"),  # fEncrypted
    (0x02, 0, "Word 6.0/95"),  # nFib of Word 95 (0x0065)
])
def test_protected_or_older_word_files_are_named_with_a_reason(
        tmp_path: Path, offset: int, set_bits: int, says: str) -> None:
    raw = (FOLDER / "kultur_2006.doc").read_bytes()
    at = raw.index(b"\xec\xa5")
    old = struct.unpack_from("<H", raw, at + offset)[0]
    path = tmp_path / "gammelt_referat.doc"
    path.write_bytes(_with_fib(raw, offset, old | set_bits if set_bits else 0x0065))
    with pytest.raises(SkipFile) as err:
        read_meetings(path)
    assert str(err.value).startswith("gammelt_referat.doc: ")
    assert says in str(err.value)


def test_a_compound_file_without_a_word_document_is_no_doc(tmp_path: Path) -> None:
    raw = (FOLDER / "kultur_2006.doc").read_bytes()
    name = "WordDocument".encode("utf-16-le")
    path = tmp_path / "regneark.doc"
    path.write_bytes(raw.replace(name, "WordDokument".encode("utf-16-le"), 1))
    with pytest.raises(SkipFile) as err:
        read_meetings(path)
    assert "Excel- eller PowerPoint" in str(err.value)


def test_pieces_of_8_bit_and_utf16_text_read_in_order() -> None:
    # Word's own files (fast saves) mix pieces: cp1252 bytes at half their offset, and
    # UTF-16 text; the characters come in the piece table's order, not the file's.
    word = bytearray(64)
    word[40:46] = "Łódź ".encode("utf-16-le")[:6]  # 3 characters of UTF-16 at 40
    word[10:15] = "Møde ".encode("cp1252")  # 5 characters of cp1252 at 10
    cps = [0, 5, 8]
    pcds = [struct.pack("<HIH", 0, 0x40000000 | 20, 0), struct.pack("<HIH", 0, 40, 0)]
    plc = b"".join(struct.pack("<I", cp) for cp in cps) + b"".join(pcds)
    table = b"\x02" + struct.pack("<I", len(plc)) + plc
    text, pieces = _pieces(bytes(word), table, (0, len(table)))
    assert text == "Møde Łód"
    assert (to_fc(pieces, 1), to_fc(pieces, 6)) == (11, 42)


@pytest.mark.parametrize(("first_line", "committee"), [
    ("Teknik- og Miljøudvalget – Referat – 12. april 2011", "Teknik- og Miljøudvalget"),
    ("Teknik- og Miljøudvalget, 12. april 2011", "Teknik- og Miljøudvalget"),
    ("Holbæk, 12. april 2011", "Ukendt udvalg"),  # a town's dateline names no body
    # (a page header naming the municipality first, the kind without a dash before it)
    ("Holbæk Kommune Teknik- og Miljøudvalget Referat – 12. april 2011",
     "Teknik- og Miljøudvalget"),
])
def test_a_page_header_line_of_body_kind_and_date_names_the_committee(
        tmp_path: Path, first_line: str, committee: str) -> None:
    # (the line a .doc's or .docx's page header gives when the body has no head of its own)
    text = (f"{first_line}\nHolbæk Kommune\nMødested: Byrådssalen, kl. 17.00\n\n"
            "1. Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n")
    path = tmp_path / "referat.txt"
    path.write_text(text, encoding="utf-8")
    (m,) = read_meetings(path)
    assert (m.committee, m.date) == (committee, date(2011, 4, 12))


@pytest.mark.parametrize("name", ["teknik_2011", "boern_2009_dagsorden",
                                  "oekonomi_2012_rettelser", "tabeller_2013"])
def test_the_doc_reads_as_the_flat_opendocument_it_was_saved_from(name: str) -> None:
    # two readers of two formats of one document (the .fodt by the OpenDocument adapter)
    doc, fodt = one_meeting("word97", f"{name}.doc"), one_meeting("word97", f"{name}.fodt")
    assert (doc.source_format, fodt.source_format) == ("word97", "odt")
    assert (doc.committee, doc.date, doc.doc_type) == (fodt.committee, fodt.date, fodt.doc_type)
    assert [(i.number, i.title, i.journal_number, [(s.name, s.text) for s in i.sections])
            for i in doc.items] == [
        (i.number, i.title, i.journal_number, [(s.name, s.text) for s in i.sections])
        for i in fodt.items]
    assert [(p.name, p.status) for p in doc.participants] == [
        (p.name, p.status) for p in fodt.participants]


def test_tracked_changes_read_as_accepted() -> None:
    # the secretary replaced "Udsat til næste møde." by "Godkendt." with changes tracked:
    # the deleted text is still stored in the file, marked deleted
    m = one_meeting("word97", "oekonomi_2012_rettelser.doc")
    assert (m.committee, m.date) == ("Økonomiudvalget", date(2012, 5, 2))
    assert _section(m.items[0], "Beslutning") == "Godkendt."


def test_a_damaged_doc_is_named_with_a_reason_not_a_traceback(tmp_path: Path) -> None:
    # the header's pointer to the piece table (fcClx) points past the table stream's end
    raw = (FOLDER / "kultur_2006.doc").read_bytes()
    at = raw.index(b"\xec\xa5")
    csw = struct.unpack_from("<H", raw, at + 32)[0]
    cslw = struct.unpack_from("<H", raw, at + 34 + 2 * csw)[0]
    fc_clx = at + 34 + 2 * csw + 2 + 4 * cslw + 2 + 8 * 33
    path = tmp_path / "beskadiget.doc"
    path.write_bytes(raw[:fc_clx] + struct.pack("<I", 0x00FFFFFF) + raw[fc_clx + 4:])
    with pytest.raises(SkipFile) as err:
        read_meetings(path)
    assert str(err.value).startswith("beskadiget.doc: ")
    assert "Word-filen (.doc) er beskadiget" in str(err.value)


def test_items_as_tables_with_column_heads_over_number_and_title() -> None:
    # an ESDH system's export: each item a table, "Punkt | Titel" over "87 | Title",
    # running numbers of the year kept as the numbers users cite
    m = one_meeting("word97", "tabeller_2013.doc")
    assert (m.committee, m.date) == ("Teknisk Udvalg", date(2013, 10, 7))
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (87, "Godkendelse af dagsorden", "13/101"),
        (88, "Vintervedligeholdelse 2013/14", "13/2210"),
        (89, "Trafiksikkerhedsplan – høring", "13/1950")]
    assert _section(m.items[1], "Beslutning") == "Serviceniveauet fastholdes."


def test_a_letterhead_text_box_and_check_boxes_of_attendance() -> None:
    # a Word template: committee, date, time and place in a text box at the top; the
    # body's first date is when the agenda was sent; members ticked "Til stede" / "Afbud"
    # in check box form fields (their state in the Data stream)
    m = one_meeting("word97", "brevhoved_2008.doc")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Miljø- og Teknikudvalget", date(2008, 10, 14), "16:30", "Rådhuset, lokale 3")
    assert [(p.name, p.status) for p in m.participants] == [
        ("Karen Holst (V)", "deltog"), ("Per Mørk (A)", "deltog"), ("Jonas Bak (O)", "afbud")]
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Vintertjeneste 2008/09")]
    # (the .docx it was saved from reads the same)
    docx = one_meeting("word97", "brevhoved_2008.docx")
    assert (docx.committee, docx.date, [(p.name, p.status) for p in docx.participants]) == (
        m.committee, m.date, [(p.name, p.status) for p in m.participants])
