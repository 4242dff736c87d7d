"""Round 234's layouts (round 234's blind files): Word and OpenDocument minutes whose
structure lives in styles, numbering, tables and page headers, not in the text. An item
heading style of the template's own, based on "heading 1", its number attached in
styles.xml; OpenDocument outline numbering restarted at a later number, with a heading
marked as the list's header that is no item; a case's metadata table naming earlier
treatments one a line, by the body's initials, and the bodies the case goes on to; a
first page's header laid out as a table of two blocks of lines; a members' table's
"Stedfortræder for X – deltog", and such a table of an even count of rows; a vote side's
total after its last party's count; an
item table's "Sagstype: Åben"; and a council's consultation response told by its date.
Every text is written by the tests (other towns, bodies, names and words than the blind
files)."""

from __future__ import annotations

import io
import zipfile
from datetime import date

from .conftest import ReadFile
from .office_files import W, docx, para, table, zipped


def _parts(raw: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist()}


# --- an item heading style of the template's own, numbered in styles.xml -----------------

_CUSTOM_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Sagsoverskrift">'
    '<w:name w:val="Sagsoverskrift"/><w:basedOn w:val="Heading1"/>'
    '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style></w:styles>')


def test_item_style_based_on_heading_1_numbered_by_its_style(read_file: ReadFile) -> None:
    """The item headings are paragraphs of the template's own style "Sagsoverskrift",
    based on "heading 1", whose number (Word's list 4, "%1.") is attached in styles.xml;
    the labels are "heading 2", among them "Fremmødte" in the head and a dated decision
    heading naming this meeting. The items are the three "Sagsoverskrift" headings, each
    with its decision, and the members are read (before: the "heading 2" labels were
    taken for the items, numbered in order, and the members and two decisions lost)."""
    body = [para("Referat"), para("Miljø- og Teknikudvalget"),
            para("Dato: Onsdag den 12. marts 2025"), para("Tid: Kl. 09.00 – 11.30"),
            para("Sted: Byrådssalen, Haderslev Rådhus"), para("Fremmødte", "Heading2"),
            para("Ole Kirkegaard (V), formand"), para("Inger Munk (A)"),
            para("Bo Strandby (C)"), para("Afbud: Bo Strandby (C)"),
            para("Godkendelse af dagsorden", "Sagsoverskrift"),
            para("Beslutning Miljø- og Teknikudvalget den 12-03-2025", "Heading2"),
            para("Godkendt."),
            para("Ny affaldsordning for sommerhuse", "Sagsoverskrift"),
            para("Sagsfremstilling", "Heading2"),
            para("Ordningen giver sommerhusejere tømning hver uge i højsæsonen."),
            para("Beslutning Miljø- og Teknikudvalget den 12-03-2025", "Heading2"),
            para("Anbefales over for Byrådet."),
            para("Eventuelt", "Sagsoverskrift"),
            para("Beslutning Miljø- og Teknikudvalget den 12-03-2025", "Heading2"),
            para("Intet.")]
    parts = _parts(docx(body, {"Heading1": "heading 1"}, {4: "decimal"}))
    parts["word/styles.xml"] = _CUSTOM_STYLES
    (m,) = read_file("mtu.docx", zipped(parts))
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Godkendt."),
        (2, "Ny affaldsordning for sommerhuse", "Anbefales over for Byrådet."),
        (3, "Eventuelt", "Intet.")]
    assert {p.name: p.status for p in m.participants} == {
        "Ole Kirkegaard (V)": "deltog", "Inger Munk (A)": "deltog", "Bo Strandby (C)": "afbud"}


# --- OpenDocument outline numbering restarted, a list header among the items ------------

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
_OUTLINE = ('<office:styles><text:outline-style style:name="Outline">'
            '<text:outline-level-style text:level="1" style:num-format="1" '
            'style:num-suffix="."/><text:outline-level-style text:level="2" '
            'style:num-format=""/></text:outline-style></office:styles>')


def _odt(body: str) -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
               f"{_OUTLINE}<office:body><office:text>{body}</office:text></office:body>"
               "</office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _h(text: str, level: int = 1, attrs: str = "") -> str:
    return f'<text:h text:outline-level="{level}" {attrs}>{text}</text:h>'


def _p(text: str) -> str:
    return f"<text:p>{text}</text:p>"


def test_odt_outline_numbering_restarted_and_a_list_header_that_is_no_item(
        read_file: ReadFile) -> None:
    """Level-1 headings numbered by the document's outline style only: "Fremmødte" is
    marked `text:is-list-header` (shown without a number), the first item heading restarts
    the numbering at 17. The items read 17–19 as LibreOffice shows them, and a member
    there from item 18 on misses item 17 only (before: 2–4, the list header counted)."""
    body = "".join([
        _p("Faaborg-Midtfyn Kommune"), _p("Referat"), _p("Plan- og Boligudvalget"),
        _p("Mødedato: Torsdag den 3. april 2025"), _p("Mødested: Mødelokale 1, Ringe"),
        _h("Fremmødte", attrs='text:is-list-header="true"'),
        _p("Medlemmer: Lars Høeg (V), formand, Rikke Skov (A), Emil Brandt (F)"),
        _p("Bemærkninger: Emil Brandt (F) deltog fra og med punkt 18."),
        _h("Godkendelse af dagsorden", attrs='text:restart-numbering="true" '
           'text:start-value="17"'),
        _h("Beslutning", 2), _p("Godkendt."), _p("Fraværende: Emil Brandt (F)"),
        _h("Lokalplan for boliger ved Ringe Sø"), _h("Sagsfremstilling", 2),
        _p("Planen giver mulighed for 40 rækkehuse."), _h("Beslutning", 2),
        _p("Planen vedtages endeligt."),
        _h("Eventuelt"), _h("Beslutning", 2), _p("Intet.")])
    (m,) = read_file("pbu.odt", _odt(body))
    assert [(i.number, i.title) for i in m.items] == [
        (17, "Godkendelse af dagsorden"), (18, "Lokalplan for boliger ved Ringe Sø"),
        (19, "Eventuelt")]
    assert m.item(18).decision == "Planen vedtages endeligt."
    assert m.item(17).absentees == ["Emil Brandt (F)"]


# --- earlier treatments in an item's metadata table ---------------------------------------

def _head() -> list[str]:
    return [para("Dagsorden"), para("Teknik- og Erhvervsudvalget"),
            para("Mødedato: Tirsdag den 14. oktober 2025"), para("Mødested: Rådhuset, Skive"),
            para("Medlemmer: Jonna Bak (A), formand"), para("Per Vinther (V)")]


def test_metadata_notes_by_initials_and_one_a_line_are_one_history(read_file: ReadFile) -> None:
    """The metadata table's "Tidligere behandlet" cell names two treatments one a line,
    the committee's by its initials ("TEU 09.09.2025, pkt. 4"), and the "Tidligere
    beslutning" section below gives each its decision under the bodies' names. The
    history is those two treatments once each, with their numbers and decisions, and no
    section holds the second line (before: the committee's treatment twice, once empty,
    and "Kommunalbestyrelsen 24.09.2025, pkt. 12" left in the table's last field)."""
    body = [*_head(),
            para("Godkendelse af dagsorden", "Heading1", num=(3, 0)),
            para("Beslutning"),
            para("Cykelsti langs Viborgvej", "Heading1", num=(3, 0)),
            table([["Sagsnr.", "25/4410"], ["Beslutningskompetence", "Kommunalbestyrelsen"]])
            .replace("</w:tbl>", "<w:tr><w:tc>" + para("Tidligere behandlet") + "</w:tc><w:tc>"
                     + para("TEU 09.09.2025, pkt. 4")
                     + para("Kommunalbestyrelsen 24.09.2025, pkt. 12") + "</w:tc></w:tr></w:tbl>"),
            para("Sagsfremstilling", bold=True),
            para("Stien skal binde Breum og Skive sammen."),
            para("Tidligere beslutning", bold=True),
            para("Teknik- og Erhvervsudvalget, 9. september 2025, pkt. 4:"),
            para("Anbefales, idet stien anlægges i asfalt."),
            para("Kommunalbestyrelsen, 24. september 2025, pkt. 12:"),
            para("Godkendt."),
            para("Beslutning")]
    (m,) = read_file("teu.docx", docx(body, {"Heading1": "heading 1"}, {3: "decimal"}))
    item = m.item(2)
    assert [(t.committee, t.date, t.punkt, t.text) for t in item.history] == [
        ("Teknik- og Erhvervsudvalget", date(2025, 9, 9), 4,
         "Anbefales, idet stien anlægges i asfalt."),
        ("Kommunalbestyrelsen", date(2025, 9, 24), 12, "Godkendt.")]
    assert not any("24.09.2025" in s.text for s in item.sections)


def test_case_course_lists_this_meeting_and_later_bodies_as_no_history(
        read_file: ReadFile) -> None:
    """A "Sagsforløb" field names the earlier treatment, this meeting and the bodies the
    case goes on to, one a line: only the earlier one is history, and the later lines are
    no text of the decision's authority field (before: they stayed in it)."""
    body = [*_head(),
            para("Vejbelysning i landsbyerne", "Heading1", num=(3, 0)),
            table([["Sagsnr.", "25/3001"], ["Beslutningskompetence", "Økonomiudvalget"]])
            .replace("</w:tbl>", "<w:tr><w:tc>" + para("Sagsforløb") + "</w:tc><w:tc>"
                     + para("Landdistriktsrådet 02.09.2025") + para("Teknik- og "
                     "Erhvervsudvalget 14.10.2025") + para("Økonomiudvalget 29.10.2025")
                     + "</w:tc></w:tr></w:tbl>"),
            para("Sagsfremstilling", bold=True), para("Der skiftes til LED-armaturer."),
            para("Beslutning")]
    (m,) = read_file("teu.docx", docx(body, {"Heading1": "heading 1"}, {3: "decimal"}))
    item = m.item(1)
    assert [(t.committee, t.date) for t in item.history] == [
        ("Landdistriktsrådet", date(2025, 9, 2))]
    assert not any("29.10.2025" in s.text for s in item.sections)


# --- the meeting's head in a first page header's layout table -----------------------------

def test_first_page_header_table_of_two_blocks_of_lines(read_file: ReadFile) -> None:
    """The committee, date, time and place stand only in the first page's header, a
    borderless table of one row: the municipality, the document's kind and the committee
    one a paragraph on the left, "Mødedato: …" / "Mødetidspunkt: …" / "Mødested: …" on
    the right, the address on a paragraph of its own under the room. The committee is
    the body's name and the place the room with its address (before: "Referat
    Ældreudvalget", the address lost)."""
    cells = ("<w:tbl><w:tr><w:tc>" + para("Skanderborg Kommune") + para("Referat")
             + para("Ældreudvalget") + "</w:tc><w:tc>" + para("Mødedato: 21.05.2025")
             + para("Mødetidspunkt: 13:00 - 15:00") + para("Mødested: Mødelokale B, Rådhuset")
             + para("Adelgade 44, 8660 Skanderborg") + "</w:tc></w:tr></w:tbl>")
    body = [para("Deltagere", "Heading1"), para("Hanne Lykke (A), formand"),
            para("Finn Dal (V)"),
            para("Boligtilbud til ældre med demens", "Heading1", num=(2, 0)),
            para("Beslutning", "Heading2"), para("Godkendt."),
            para("Eventuelt", "Heading1", num=(2, 0)),
            para("Beslutning", "Heading2"), para("Intet.")]
    parts = _parts(docx(body, {"Heading1": "heading 1", "Heading2": "heading 2"},
                        {2: "decimal"}))
    parts["word/header1.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                 f'<w:hdr xmlns:w="{W}">{cells}</w:hdr>')
    (m,) = read_file("aeu.docx", zipped(parts))
    assert (m.committee, m.date, m.start_time) == ("Ældreudvalget", date(2025, 5, 21), "13:00")
    assert m.place == "Mødelokale B, Rådhuset, Adelgade 44, 8660 Skanderborg"
    assert [(i.number, i.decision) for i in m.items] == [(1, "Godkendt."), (2, "Intet.")]


# --- smaller classes ----------------------------------------------------------------------

_TEXT_HEAD = """Referat
Sundhedsudvalget
Mødedato: Mandag den 8. september 2025
Mødested: Mødelokale 3, Rådhuset, Kolding

"""


def _members_docx(rows: list[list[str]]) -> bytes:
    """Minutes whose members are a "Navn | Status" table under a "Deltagere" heading."""
    body = [para("Referat"), para("Sundhedsudvalget"),
            para("Mødedato: Mandag den 8. september 2025"), para("Deltagere", "Heading1"),
            table([["Navn", "Status"], *rows]),
            para("Godkendelse af dagsorden", "Heading1", num=(2, 0)),
            para("Beslutning", "Heading2"), para("Godkendt.")]
    return docx(body, {"Heading1": "heading 1", "Heading2": "heading 2"}, {2: "decimal"})


_MEMBERS = [["Gitte Holm (A), formand", "Deltog"], ["Jens Bay (C)", "Afbud"],
            ["Ali Demir (A)", "Deltog – forlod mødet kl. 18.10 efter punkt 3"],
            ["Pia Ravn (V)", "Deltog"],
            ["Mona Lund (C)", "Stedfortræder for Jens Bay (C) – deltog"]]


def test_members_table_substitute_then_dash_and_attendance(read_file: ReadFile) -> None:
    """A members' table's status cell "Stedfortræder for Jens Bay (C) – deltog": the
    substitute's role names the member alone (before: "… (C) –", the dash kept)."""
    (m,) = read_file("su.docx", _members_docx([*_MEMBERS, ["Karl Due (Ø)", "Deltog"]]))
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Mona Lund (C)"] == ("deltog", "stedfortræder for Jens Bay (C)")
    assert people["Jens Bay (C)"] == ("afbud", "")


def test_members_table_of_an_even_count_of_rows_is_no_bands_of_labels(
        read_file: ReadFile) -> None:
    """The same table with one member fewer, six rows in all: its rows are members, not
    bands of labels over their values (before: "Jens Bay (C)" read as the label of "Ali
    Demir (A)", the members lost)."""
    (m,) = read_file("su.docx", _members_docx(_MEMBERS))
    assert {p.name: p.status for p in m.participants} == {
        "Gitte Holm (A)": "deltog", "Jens Bay (C)": "afbud", "Ali Demir (A)": "deltog",
        "Pia Ravn (V)": "deltog", "Mona Lund (C)": "deltog"}


def test_a_sides_total_after_its_last_partys_count(read_file: ReadFile) -> None:
    """"Imod stemte: A (3), V (2) og O (1) (6)." – the side's total after the last party's
    own count is no part of the party (before: "O (1)" as a voter)."""
    text = _TEXT_HEAD + """1. Sundhedshus i Vamdrup

Beslutning
Forslaget blev ikke vedtaget.
For stemte: F (1).
Imod stemte: A (3), V (2) og O (1) (6).
"""
    (m,) = read_file("su.txt", text)
    assert m.item(1).votes == {"for": ["F"], "imod": ["A", "V", "O"]}


def test_item_tables_case_type_says_open_or_closed(read_file: ReadFile) -> None:
    """An item table's "Sagstype: Åben" / "Sagstype: Lukket" says whether the item is
    public, as "Åben/lukket: Åben" does: no text of the item, and "Lukket" closes it
    (before: a "Beskrivelse" section "Sagstype: Åben", the closed item left open)."""
    text = _TEXT_HEAD + """1. Sundhedshus i Vamdrup

Sagsnr.: 25/880
Sagstype: Åben

Sagsfremstilling
Huset samler lægerne i byen.

Beslutning
Godkendt.

2. Lejeaftale for lægepraksis

Sagsnr.: 25/912
Sagstype: Lukket

Beslutning
Godkendt.
"""
    (m,) = read_file("su.txt", text)
    assert [s.name for s in m.item(1).sections] == ["Sagsfremstilling", "Beslutning"]
    assert (m.item(1).closed, m.item(2).closed) == (False, True)


def test_a_councils_response_told_by_its_date_is_no_treatment(read_file: ReadFile) -> None:
    """"Ældrerådet har den 20. august 2025 afgivet høringssvar, hvor …" in the case text
    tells a letter the council sent, no meeting: no history (before: a treatment of
    Ældrerådet that day); told "på sit møde" it is one."""
    text = _TEXT_HEAD + """1. Kvalitetsstandard for madservice

Sagsfremstilling
Ældrerådet har den 20. august 2025 afgivet høringssvar, hvor rådet ønsker flere menuer.

Beslutning
Godkendt.

2. Værdighedspolitik 2026

Sagsfremstilling
Seniorrådet har på sit møde den 18. august 2025 afgivet høringssvar: politikken støttes.

Beslutning
Godkendt.
"""
    (m,) = read_file("su.txt", text)
    assert m.item(1).history == []
    assert [(t.committee, t.date) for t in m.item(2).history] == [
        ("Seniorrådet", date(2025, 8, 18))]
