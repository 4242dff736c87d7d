"""A hundred-and-eighth round of layouts (round 108's blind files, minutes laid out as
tables): a Word referat whose items are one table with a cell merged over two columns and
a "Lukket møde" row across the table, its members' table with a "Fra administrationen"
row over the staff; a LibreOffice referat whose last row's Referat cell spans the
Ansvarlig column; an intranet page whose items table has an "Åben/lukket" column and an
item merged down over two rows, its members' table saying "Indkaldt"; PDFs of a table
protocol read in layout mode (a page's own columns, "Side 2" under a row, the table going
on on a page that opens with the rest of a row, a "Sag og sagsfremstilling" column after
a narrow case-number column, a "Lukket punkt" row across), their members' tables printed
side by side; a case history noted on one labelled line in the Sag cell; names wrapped in
a narrow decision cell. Every text is written by the tests (other towns, bodies and words
than the blind files)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from ingest.formats import read_meetings
from ingest.formats.people import decision_people
from ingest.formats.text import parse_minutes
from ingest.pdf_tables import table_pages

from .office_files import docx, odt, para


def _read(tmp_path: Path, name: str, data: bytes | str):  # noqa: ANN202
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    (meeting,) = read_meetings(path)
    return meeting


def _cell(paras: list[str], span: int = 1) -> str:
    props = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    return f"<w:tc>{props}{''.join(para(p) for p in paras)}</w:tc>"


def _wtable(rows: list[list[tuple[list[str], int]]]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(_cell(p, s) for p, s in row) + "</w:tr>"
                               for row in rows) + "</w:tbl>"


def _row(*cells: str | list[str]) -> list[tuple[list[str], int]]:
    return [([c] if isinstance(c, str) else c, 1) for c in cells]


_WORD_HEAD = [para("ØSTBY KOMMUNE"), para("Referat – Kulturudvalget"),
              para("Mødedato: Onsdag den 4. marts 2026"), para("Mødetidspunkt: Kl. 16.00"),
              para("Mødested: Kulturhuset, lokale 2")]


def test_word_items_table_with_a_merged_cell_and_a_closed_part_row(tmp_path: Path) -> None:
    """A row whose title cell is merged over the Indstilling column ("Eventuelt") keeps
    its decision in the Beslutning column, and a row of one cell across the table ("Lukket
    møde") is no item: it closes the item below. Before: the whole table one item of
    the heading above it, a dagsorden without decisions."""
    items = _wtable([
        _row("Nr.", "Sag", "Indstilling", "Beslutning"),
        _row("1", ["Godkendelse af dagsorden", "Sagsnr. 26/101"],
             "Direktøren indstiller, at dagsordenen godkendes.", "Godkendt."),
        _row("2", ["Tilskud til byfesten", "Sagsnr. 26/214", "Byfesten søger 40.000 kr."],
             "Direktøren indstiller, at der gives 30.000 kr.", "Bevilget 30.000 kr."),
        [(["3"], 1), (["Eventuelt"], 2), (["Intet."], 1)],
        [(["Lukket møde"], 4)],
        _row("4", ["Køb af grund ved havnen", "Sagsnr. 26/377"], "Fremgår af sagen.",
             "Godkendt."),
    ])
    m = _read(tmp_path, "kultur.docx", docx([*_WORD_HEAD, para("Sager", "Heading2"), items],
                                              styles={"Heading2": "heading 2"}))
    assert (m.committee, str(m.date), m.doc_type) == ("Kulturudvalget", "2026-03-04", "referat")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Tilskud til byfesten", False),
        (3, "Eventuelt", False), (4, "Køb af grund ved havnen", True)]
    assert [i.decision for i in m.items] == ["Godkendt.", "Bevilget 30.000 kr.", "Intet.",
                                             "Godkendt."]
    assert m.item(2).section("Indstilling") == "Direktøren indstiller, at der gives 30.000 kr."
    assert m.item(2).journal_number == "26/214"


def test_word_members_table_with_a_staff_row_across(tmp_path: Path) -> None:
    """A members' table "Navn | Parti | Funktion | Status" with a row of one cell across
    it ("Fra forvaltningen") over the staff: that row is nobody, the staff below it are
    there with their function (its own brackets kept). Before: "Fra forvaltningen" a
    member and the staff gone."""
    members = _wtable([
        _row("Navn", "Parti", "Funktion", "Status"),
        _row("Ida Skov", "V", "Formand", "Deltog"),
        _row("Ole Brink", "A", "Medlem", "Afbud"),
        _row("Eva Holt", "C", "Medlem", "Deltog"),
        [(["Fra forvaltningen"], 4)],
        _row("Per Vinther", "", "Kulturchef, Kultur og Fritid", "Deltog"),
        _row("Lis Bak", "", "Sekretær (referent)", "Deltog"),
    ])
    items = [para("1. Godkendelse af dagsorden"), para("Beslutning: Godkendt.")]
    m = _read(tmp_path, "kultur.docx", docx([*_WORD_HEAD, members, *items]))
    people = [(p.name, p.status, p.role) for p in m.participants]
    assert ("Per Vinther", "deltog", "kulturchef, Kultur og Fritid") in people
    assert ("Lis Bak", "deltog", "sekretær (referent)") in people
    assert ("Ole Brink (A)", "afbud", "medlem") in people
    assert not any("forvaltningen" in p.name for p in m.participants)


def _ocell(paras: list[str], span: int = 1) -> str:
    attr = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paras)
    return f"<table:table-cell{attr}>{body}</table:table-cell>" + (
        "<table:covered-table-cell/>" * (span - 1))


def test_odt_items_table_whose_last_cell_spans_a_column(tmp_path: Path) -> None:
    """"Punkt | Emne | Referat/Beslutning | Ansvarlig", the last row's Referat cell merged
    over the Ansvarlig column (a covered cell after it): every row is an item, its
    decision the Referat cell's. Before: the file refused, no items found."""
    rows = [[["Punkt"], ["Emne"], ["Referat/Beslutning"], ["Ansvarlig"]],
            [["1"], ["Godkendelse af dagsorden"], ["Dagsordenen blev godkendt."], ["IS"]],
            [["2"], ["Tilskud til spejderhytten", "Sagsnr. 18.15.00-G01-2-26"],
             ["Udvalget bevilgede 12.000 kr."], ["PV"]]]
    table = "<table:table>" + "".join(
        "<table:table-row>" + "".join(_ocell(c) for c in row) + "</table:table-row>"
        for row in rows) + ("<table:table-row>" + _ocell(["3"]) + _ocell(["Eventuelt"])
                            + _ocell(["Intet at bemærke."], 2) + "</table:table-row>"
                            ) + "</table:table>"
    head = "".join(f"<text:p>{t}</text:p>" for t in (
        "Vestby Kommune", "Referat", "Fritidsudvalget", "Dato: Tirsdag den 3. marts 2026",
        "Tid: Kl. 19.00"))
    m = _read(tmp_path, "fritid.odt", odt(head + table))
    assert (m.committee, str(m.date), m.doc_type) == ("Fritidsudvalget", "2026-03-03", "referat")
    assert [(i.number, i.title, i.decision) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "Dagsordenen blev godkendt."),
        (2, "Tilskud til spejderhytten", "Udvalget bevilgede 12.000 kr."),
        (3, "Eventuelt", "Intet at bemærke.")]


def test_a_history_note_on_one_line_of_the_items_text() -> None:
    """"Tidligere behandlet: <body> <date>, pkt. N (remark); <date>, pkt. M" under the title
    (or "Sagsforløb:" wrapped onto the next line) is the case's history, each entry with
    its body, date and item; the case text below it stays the case text. Before: no
    history, the note the case text's first line, or (as "Tidligere behandling:") a
    section swallowing the case text."""
    m = parse_minutes("\n".join([
        "Referat", "Miljøudvalget", "Dato: 9. marts 2026 kl. 15.00", "",
        "1. Plan for vandløb", "",
        "Tidligere behandlet: Miljøudvalget 02.02.2026, pkt. 4 (drøftelse); 05.01.2026, pkt. 2",
        "Planen omfatter tre vandløb.", "", "Beslutning", "Godkendt.", "",
        "2. Ny genbrugsplads", "",
        "Sagsforløb: Teknik- og Planudvalget", "12.02.2026, pkt. 7",
        "Pladsen flyttes til erhvervsområdet.", "", "Beslutning", "Anbefales.", ""]))
    first, second = m.items
    assert [(t.committee, str(t.date), t.punkt, t.text) for t in first.history] == [
        ("Miljøudvalget", "2026-02-02", 4, "drøftelse"), ("Miljøudvalget", "2026-01-05", 2, "")]
    assert first.section("Beskrivelse") == "Planen omfatter tre vandløb."
    assert [(t.committee, str(t.date), t.punkt) for t in second.history] == [
        ("Teknik- og Planudvalget", "2026-02-12", 7)]
    assert second.section("Beskrivelse") == "Pladsen flyttes til erhvervsområdet."


_PAGE = """<html><head><title>Dagsorden</title></head><body>
<div class="xx-topnav"><a href="/">Forside</a></div>
<h1>Dagsorden – Skoleudvalget</h1>
<dl><dt>Mødedato:</dt><dd>Mandag den 2. marts 2026</dd><dt>Mødetid:</dt><dd>Kl. 17.00</dd></dl>
<h2>Medlemmer</h2>
<table><tr><th>Medlem</th><th>Parti</th><th>Rolle</th><th>Status</th></tr>
<tr><td>Ane Krog</td><td>V</td><td>Formand</td><td>Indkaldt</td></tr>
<tr><td>Bo Lind</td><td>A</td><td>Medlem</td><td>Afbud meldt</td></tr>
<tr><td colspan="4">Fra administrationen</td></tr>
<tr><td>Jens Ravn</td><td></td><td>Skolechef</td><td>Indkaldt</td></tr></table>
<h2>Punkter</h2>
<table><tr><th>Pkt.</th><th>Sag</th><th>Sagsnr.</th><th>Indstilling</th><th>Åben/lukket</th></tr>
<tr><td colspan="5">Åben dagsorden</td></tr>
<tr><td>1</td><td><strong>Godkendelse af dagsorden</strong></td><td>26/0011</td>
<td>Skolechefen indstiller, at dagsordenen godkendes.</td><td>Åben</td></tr>
<tr><td rowspan="2">2</td><td rowspan="2"><strong>Ny skolestruktur</strong><br>Forslaget samler
to skoler.</td><td rowspan="2">26/0420</td><td>Skolechefen indstiller, at forslaget sendes i
høring,</td><td rowspan="2">Åben</td></tr>
<tr><td>at høringen slutter 1. april 2026.</td></tr>
<tr><td>3</td><td><strong>Elevsag</strong></td><td>26/0433</td><td>Fremgår af sagen.</td>
<td>Lukket</td></tr></table>
<div class="xx-pagefooter">Sidst opdateret 24.02.2026 af Mia Holm · Alle mødesider</div>
</body></html>"""


def test_web_page_members_table_of_called_members(tmp_path: Path) -> None:
    """"Medlem | Parti | Rolle | Status" with "Indkaldt" and "Afbud meldt", and a row of
    one cell across it ("Fra administrationen"): each member with party and role, the
    absent one absent; the row across is nobody, and the staff below it are no
    participants (the conventions; since round 238, which reads such a table's
    administration as staff). Before: the head row and a whole row glued as two names."""
    m = _read(tmp_path, "skole.html", _PAGE)
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Ane Krog (V)", "indkaldt", "formand"), ("Bo Lind (A)", "afbud", "medlem")]


def test_web_page_items_table_open_closed_column_and_a_row_merged_down(tmp_path: Path) -> None:
    """"Pkt. | Sag | Sagsnr. | Indstilling | Åben/lukket": the open/closed column closes
    the item and is no text; an item whose cells are merged down over two rows has the
    second row's Indstilling as its own second paragraph; the site's footer
    ("xx-pagefooter") is no item's text. Before: "Åben/lukket / Åben" ending every
    Indstilling, glued before the second row's words, the footer in the last item."""
    m = _read(tmp_path, "skole.html", _PAGE)
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "26/0011", False),
        (2, "Ny skolestruktur", "26/0420", False), (3, "Elevsag", "26/0433", True)]
    assert m.item(2).section("Indstilling") == (
        "Skolechefen indstiller, at forslaget sendes i høring, at høringen slutter 1. april 2026.")
    assert m.item(3).section("Indstilling") == "Fremgår af sagen."
    assert m.doc_type == "dagsorden"


def _at(*cells: tuple[int, str]) -> str:
    """A printed line with each text at its column (`pdftotext -layout`)."""
    line = ""
    for start, text in cells:
        line = line.ljust(start) + text
    return line


_RUNNING_HEAD = "Nordkyst Kommune | Økonomiudvalget | Referat | 09.03.2026"
_PROTOCOL_FRONT = [_RUNNING_HEAD, "", "Nordkyst Kommune", "", "Referat", "Økonomiudvalget",
                   "Mandag den 9. marts 2026 kl. 16.00", "", ""]


def test_layout_table_over_pages_with_their_own_columns(tmp_path: Path) -> None:
    """A table protocol in layout text whose second page sets its columns a few
    characters apart from the first's, with "Side 1" two lines under the first page's
    last row: each page's rows are split at that page's columns, the counter is no text,
    a row going on under the next page's head row is one item. Before: the first page's
    titles read as Indstilling, the decision cut at the page."""
    one = (3, 12, 60, 95)
    two = (1, 10, 58, 93)
    head = [_at((one[0], "Nr."), (one[1], "Sag"), (one[2], "Indstilling"), (one[3], "Beslutning"))]
    page1 = [
        _at((one[0], "1"), (one[1], "Godkendelse af dagsorden"), (one[2], "Direktøren indstiller,"),
            (one[3], "Godkendt.")),
        _at((one[1], "Sagsnr. 26-000101"), (one[2], "at dagsordenen godkendes.")),
        _at((one[0], "2"), (one[1], "Salg af byggegrunde i Nordby"),
            (one[2], "Direktøren indstiller,"), (one[3], "Anbefales, idet prisen")),
        _at((one[1], "Sagsnr. 26-000377"), (one[2], "at grundene udbydes."),
            (one[3], "fastsættes efter")),
        _at((one[1], "Grundene ligger ved skolen."), (one[3], "vurdering.")),
        "", _at((110, "Side 1"))]
    head2 = [_at((two[0], "Nr."), (two[1], "Sag"), (two[2], "Indstilling"), (two[3], "Beslutning"))]
    page2 = [
        _at((two[3], "For stemte: A og V.")),
        _at((two[0], "3"), (two[1], "Eventuelt"), (two[3], "Intet.")),
        "", "", "", _at((110, "Side 2"))]
    text = "\n".join([*_PROTOCOL_FRONT, *head, *page1, "\f", _RUNNING_HEAD,
                      "", *head2, *page2]) + "\n"
    m = _read(tmp_path, "oekonomi.txt", text)
    assert [(i.number, i.title, i.journal_number) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "26-000101"),
        (2, "Salg af byggegrunde i Nordby", "26-000377"), (3, "Eventuelt", None)]
    assert m.item(2).section("Indstilling") == "Direktøren indstiller, at grundene udbydes."
    assert m.item(2).decision == (
        "Anbefales, idet prisen fastsættes efter vurdering.\nFor stemte: A og V.")
    assert m.item(2).votes == {"for": ["A", "V"]}


def test_layout_table_with_a_case_column_and_a_closed_row_across(tmp_path: Path) -> None:
    """"Pkt. | Sagsnr. | Sag og sagsfremstilling | Indstilling | Beslutning": the title is
    the Sag cell's first line, the case text below it no part of it; a case number wrapped
    in its narrow column is one; a "Lukket punkt" row across the table closes the item
    below it; the last page's bare number after "Referent: …" is no text. Before: no head
    row found, the file refused."""
    cols = (0, 9, 30, 80, 115)
    text = "\n".join([*_PROTOCOL_FRONT, _at(
        (cols[0], "Pkt."), (cols[1], "Sagsnr."), (cols[2], "Sag og sagsfremstilling"),
        (cols[3], "Indstilling"), (cols[4], "Beslutning")),
        _at((cols[0], "1"), (cols[1], "00.01.00-A00-1-26"), (cols[2], "Meddelelser"),
            (cols[3], "Til orientering."), (cols[4], "Taget til efterretning.")),
        _at((cols[2], "Formanden orienterede om mødet i KKR.")),
        _at((cols[0], "2"), (cols[1], "27.36.00-G01-3-"), (cols[2], "Hjælpemidler – nye"),
            (cols[3], "Administrationen indstiller,"), (cols[4], "Godkendt.")),
        _at((cols[1], "26"), (cols[2], "regler for udlån"), (cols[3], "at reglerne godkendes.")),
        _at((cols[2], "Reglerne gælder fra 1. maj.")),
        "Lukket punkt",
        _at((cols[0], "3"), (cols[1], "82.11.00-G01-1-"), (cols[2], "Lukket punkt: Køb af jord"),
            (cols[3], "Fremgår af sagen."), (cols[4], "Anbefales.")),
        _at((cols[1], "26")), "", "",
        "Referent: Tove Lind, Sekretariatet", "", _at((60, "3"))]) + "\n"
    m = _read(tmp_path, "social.txt", text)
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Meddelelser", "00.01.00-A00-1-26", False),
        (2, "Hjælpemidler – nye regler for udlån", "27.36.00-G01-3-26", False),
        (3, "Køb af jord", "82.11.00-G01-1-26", True)]
    assert m.item(1).section("Beskrivelse") == "Formanden orienterede om mødet i KKR."
    assert m.item(2).section("Beskrivelse") == "Reglerne gælder fra 1. maj."
    assert m.item(3).decision == "Anbefales."


class _Page:
    """A PDF page as `table_pages` asks it for its layout text."""

    def __init__(self, layout: str) -> None:
        self.layout = layout

    def extract_text(self, extraction_mode: str = "plain") -> str:
        return self.layout


def test_a_page_opening_with_the_rest_of_a_row_is_read_in_layout_mode() -> None:
    """A table's next page whose text opens with the rest of the row before it (no
    numbered row of its own before it) is read in layout mode as its first page was, so
    the rest goes to its columns. Before: that page kept pypdf's plain text, its rows'
    columns run together."""
    head = _at((0, "Nr."), (8, "Sag"), (50, "Indstilling"), (85, "Beslutning"))
    first = "\n".join([head, _at((0, "1"), (8, "Budget"), (50, "Direktøren indstiller,"),
                                 (85, "Anbefales, idet")), _at((50, "at budgettet vedtages."))])
    second = "\n".join([head, _at((85, "rammen hæves.")),
                        _at((0, "2"), (8, "Eventuelt"), (85, "Intet."))])
    plain = ["Nr. Sag Indstilling Beslutning\n1 Budget …", "Nr.\nSag\nIndstilling\nBeslutning\n…"]
    assert table_pages([_Page(first), _Page(second)], plain) == [first, second]


def test_members_table_printed_side_by_side(tmp_path: Path) -> None:
    """A members' table in layout text ("Medlem   Parti   Funktion   Fremmøde", a
    "Bemærkning" column): each cell read by where its text stands, the party letter after
    the name, "Borgmester, formand" the role, "Til stede fra pkt. 2" a part-time role, a
    stand-in's remark and a member who left ("Mødt – forlod mødet kl. 17.10 efter pkt.
    1"). Before: "Lise Holm A Borgmester" one name, the member who left gone."""
    cols = (3, 40, 50, 90)
    lines = [*_PROTOCOL_FRONT, "Medlemmer", _at(
        (cols[0], "Medlem"), (cols[1], "Parti"), (cols[2], "Funktion"), (cols[3], "Fremmøde")),
        _at((cols[0], "Lise Holm"), (cols[1], "A"), (cols[2], "Borgmester, formand"),
            (cols[3], "Til stede")),
        _at((cols[0], "Kaj Berg"), (cols[1], "V"), (cols[2], "Medlem"), (cols[3], "Afbud")),
        _at((cols[0], "Tom Dal"), (cols[1], "V"), (cols[2], "Stedfortræder for Kaj Berg"),
            (cols[3], "Mødt")),
        _at((cols[0], "Sara Mose"), (cols[1], "Ø"), (cols[2], "Medlem"),
            (cols[3], "Til stede fra pkt. 2")),
        _at((cols[0], "Ib Fisker"), (cols[1], "O"), (cols[3], "Mødt – forlod mødet kl. 17.10 "
                                                              "efter pkt. 1")),
        "", "1. Godkendelse af dagsorden", "Beslutning: Godkendt.", "",
        "2. Budget", "Beslutning: Anbefales.", ""]
    m = _read(tmp_path, "oekonomi.txt", "\n".join(lines) + "\n")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Lise Holm (A)", "deltog", "borgmester, formand"), ("Kaj Berg (V)", "afbud", "medlem"),
        ("Tom Dal (V)", "deltog", "stedfortræder for Kaj Berg"),
        ("Sara Mose (Ø)", "deltog", "deltog fra pkt. 2"),
        ("Ib Fisker (O)", "deltog", "forlod mødet kl. 17.10 efter pkt. 1")]
    assert "Ib Fisker (O)" in m.item(2).absentees


def test_names_wrapped_in_a_narrow_decision_cell() -> None:
    """"Fraværende: Anne Marie" / "Vang (A) og Bo Lund" / "(V)." (a narrow cell's lines):
    the absentees' whole names. Before: "Anne Marie", and Bo Lund without his party."""
    assert decision_people("Godkendt.\nFraværende: Anne Marie\nVang (A) og Bo Lund\n(V).") == (
        ["Anne Marie Vang (A)", "Bo Lund (V)"], {})
    assert decision_people("1. Godkendes\n(Ø) stemmer imod.") == ([], {"imod": ["Ø"]})


def test_a_vote_by_name_beside_the_majority_sentence() -> None:
    """"Et flertal bestående af V og A anbefaler …" then "For stemte: <names>" / "Imod
    stemte: <name>": the vote by name; a count whose clause names who abstained ("…, idet
    Jens Berg undlod at stemme") gives the abstainer. Before: the party letters only, and
    no abstainer."""
    said = ("Et flertal bestående af V og A anbefaler indstillingen. Et mindretal bestående "
            "af Ø kan ikke anbefale.\nFor stemte: Ida Holm (V) og Per Dam (A).\n"
            "Imod stemte: Eva Sand (Ø).")
    assert decision_people(said)[1] == {"for": ["Ida Holm (V)", "Per Dam (A)"],
                                        "imod": ["Eva Sand (Ø)"]}
    assert decision_people("Vedtaget med 3 stemmer for og 2 imod (Ole Vest og Kim Ring), idet "
                           "Jens Berg undlod at stemme.")[1] == {
        "imod": ["Ole Vest", "Kim Ring"], "undlod": ["Jens Berg"]}
