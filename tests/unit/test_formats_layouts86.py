"""An eighty-sixth round of layouts (round 86's blind files): a Word decision protocol whose
meeting head stands only in the first page's header part and whose items are the rows of
one table (number, case number and open/closed mark on the left, title and text on the
right); a case system's workbook with its meeting facts on a label/value sheet of their
own beside a long-format items' sheet; a portal's page for one item with its facts as a
bulleted list under the title; and a browser's print of an agenda page with a bulleted
members list under a heading without a colon and a box of links to other meetings above
the site's footer. Every text is written by the tests (other towns, bodies and words
than the blind files)."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

from ingest.formats.fact_sheets import is_fact_sheet
from ingest.formats.word_margins import without_composed
from ingest.formats.word_rows import item_rows

from .fixture_files import written_meeting as _read
from .office_files import W, docx, para
from .xlsx_files import xlsx

# --- a Word protocol: the head in the first page's header, the items in one table -----


def _cell(paragraphs: list[str]) -> str:
    return "<w:tc>" + "".join(para(p) for p in paragraphs) + "</w:tc>"


def _table(rows: list[list[list[str]]]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(_cell(c) for c in row) + "</w:tr>"
                               for row in rows) + "</w:tbl>"


def _margin(tag: str, parts: list[str]) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{tag} xmlns:w="{W}">{"".join(parts)}</w:{tag}>')


def _with_parts(raw: bytes, extra: dict[str, str]) -> bytes:
    """The .docx with more parts (its page headers and footers)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        for name, text in extra.items():
            dst.writestr(name, text)
    return out.getvalue()


def _protocol(head_in_header: bool = True) -> bytes:
    head = [_table([[["REGION NORDJYLLAND"], ["Beslutningsprotokol"]]]),
            para("Miljøudvalget"), para("Mødedato: Torsdag den 6. marts 2025"),
            para("Mødetid: Kl. 10.00 - 12.00"),
            para("Mødested: Lokale 3, Niels Bohrs Vej 30, 9220 Aalborg Øst")]
    items = _table([
        [["Pkt."], ["Sag og beslutning"]],
        [["1", "Sagsnr. 25-110022", "Åben"],
         ["Godkendelse af dagsorden", "Beslutning:", "Godkendt."]],
        [["2", "Sagsnr. 24-330144", "Åben"],
         ["Naturplan for fjordene", "Tidligere behandling:",
          "Miljøudvalget 13.01.2025: Sagen udsættes.", "Beslutning:",
          "Anbefales over for regionsrådet."]],
        [["3", "Sagsnr. 25-220077", "Lukket"],
         ["Køb af jord ved Hals", "Beslutning:", "Godkendt."]],
    ])
    body = [para("Til stede: Eva Krog (A), formand, Bo Lind (V), Ida Bech (F)"),
            para("Afbud: Ole Friis (C)"), para("Referent: Rikke Holt")]
    if not head_in_header:
        body = head[1:] + body
    raw = docx([*body, items, para("Næste møde: Torsdag den 3. april 2025 kl. 10.00."),
                para("Mødet blev hævet kl. 12.00.")])
    first = _margin("hdr", head)
    later = _margin("hdr", [para("Region Nordjylland – Miljøudvalget – Beslutningsprotokol")])
    footer = _margin("ftr", [para("Dok.nr. 25-9-1 · Udskrevet 10.03.2025 · Side 1")])
    return _with_parts(raw, {"word/header1.xml": first, "word/header2.xml": later,
                             "word/footer1.xml": footer})


def test_a_protocols_head_in_the_first_pages_header_part(tmp_path: Path) -> None:
    m = _read(tmp_path, "protokol.docx", _protocol())
    assert (m.committee, m.date, m.start_time) == ("Miljøudvalget", date(2025, 3, 6), "10:00")
    assert m.place == "Lokale 3, Niels Bohrs Vej 30, 9220 Aalborg Øst"
    assert m.municipality == "Region Nordjylland"  # (the letterhead's cell, a line alone)
    assert m.doc_type == "referat"


def test_items_as_rows_of_one_table_with_their_facts_on_the_left(tmp_path: Path) -> None:
    m = _read(tmp_path, "protokol.docx", _protocol())
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "25-110022", False),
        (2, "Naturplan for fjordene", "24-330144", False),
        (3, "Køb af jord ved Hals", "25-220077", True)]
    assert m.item(2).decision == "Anbefales over for regionsrådet."
    assert [(h.committee, h.date) for h in m.item(2).history] == [
        ("Miljøudvalget", date(2025, 1, 13))]
    # (the lines below the table close the document: no text of the last item)
    assert m.item(3).decision == "Godkendt."


def test_the_table_rows_alone_with_the_head_in_the_body(tmp_path: Path) -> None:
    m = _read(tmp_path, "protokol.docx", _protocol(head_in_header=False))
    assert (m.committee, m.date) == ("Miljøudvalget", date(2025, 3, 6))
    assert [i.number for i in m.items] == [1, 2, 3]


def test_item_rows_with_the_title_heading_the_right_cell() -> None:
    rows = [[["Pkt."], ["Sag"]],
            [["4.", "J.nr. 12-345678", "Lukket punkt"], ["Salg af grund", "Godkendt."]],
            [["5", "Åben"], ["Budget", "Taget til efterretning."]]]
    assert item_rows(rows)[:-1] == [  # (the table's end mark last)
        "4. Lukket punkt: Salg af grund", "J.nr. 12-345678", "Godkendt.",
        "5. Budget", "Taget til efterretning."]
    # a left cell with a title of its own is the older layout, read as before
    assert item_rows([[["1", "Budget"], ["Godkendt."]], [["2", "Plan"], ["Udsat."]]]) == [
        "1 Budget", "Godkendt.", "2 Plan", "Udsat.", "\ue002"]


class _P:
    def __init__(self, text: str) -> None:
        self.text = text


def test_a_running_header_made_of_the_first_headers_lines_goes() -> None:
    lines = ["REGION NORDJYLLAND\nBeslutningsprotokol", "Miljøudvalget", "Mødedato: 6.3.2025",
             "Region Nordjylland – Miljøudvalget – Beslutningsprotokol", "Miljøudvalget – 2025"]
    assert [p.text for p in without_composed([_P(t) for t in lines])] == [
        "REGION NORDJYLLAND\nBeslutningsprotokol", "Miljøudvalget", "Mødedato: 6.3.2025",
        "Miljøudvalget – 2025"]


# --- a workbook: the facts on a sheet of their own, the items in long format ----------

def _workbook(day: object = ("date", 45818)) -> bytes:  # (2025-06-10)
    facts = [["Udtræk fra sagssystemet"], ["Dannet 12.06.2025 09:10 af ABC"], None,
             ["Myndighed", "Viborg Kommune"], ["Udvalg", "Teknisk Udvalg"],
             ["Mødedato", day], ["Starttid", ("time", 0.6875)],
             ["Mødested", "Udvalgsværelse 2, Prinsens Allé 5, 8800 Viborg"],
             ["Næste møde", "08-07-2025"]]
    people = [["Navn", "Parti", "Funktion", "Fremmøde"],
              ["Lene Bak", "V", "Formand", "Til stede"],
              ["Kim Dahl", "A", "Næstformand", "Til stede"],
              ["Jens Møller", "C", "Medlem", "Afbud"]]
    items = [["Punktnr", "Sagsnr.", "Overskrift", "Adgang", "Felt", "Tekst"],
             ["1", "25/101", "Godkendelse af dagsorden", "Åben", "Beslutning i Teknisk Udvalg "
              "den 10-06-2025", "Godkendt."],
             ["1", "25/101", "Godkendelse af dagsorden", "Åben", "Fraværende", "Jens Møller"],
             ["2", "25/202", "Vejplan 2026", "Åben", "Sagsfremstilling", "Planen er i høring."],
             ["2", "25/202", "Vejplan 2026", "Åben", "Beslutning i Teknisk Udvalg den "
              "05-05-2025", "Sendes i høring."],
             ["2", "25/202", "Vejplan 2026", "Åben", "Beslutning i Teknisk Udvalg den "
              "10-06-2025", "Anbefales."],
             ["2", "25/202", "Vejplan 2026", "Åben", "Fraværende", "Jens Møller, Kim Dahl"],
             ["3", "25/303", "Salg af areal", "Lukket", "Beslutning i Teknisk Udvalg den "
              "10-06-2025", "Godkendt."]]
    return xlsx([("Mødeoplysninger", facts), ("Deltagere", people), ("Punkter", items)])


def test_a_facts_sheet_beside_the_items_sheet_gives_the_head(tmp_path: Path) -> None:
    m = _read(tmp_path, "moede.xlsx", _workbook())
    assert (m.committee, m.date, m.start_time) == ("Teknisk Udvalg", date(2025, 6, 10), "16:30")
    assert m.place == "Udvalgsværelse 2, Prinsens Allé 5, 8800 Viborg"
    assert m.municipality == "Viborg"
    assert [(i.number, i.journal_number, i.closed) for i in m.items] == [
        (1, "25/101", False), (2, "25/202", False), (3, "25/303", True)]
    assert {p.name.split(" (")[0]: p.status for p in m.participants} == {
        "Lene Bak": "deltog", "Kim Dahl": "deltog", "Jens Møller": "afbud"}


def test_a_long_exports_decision_of_the_day_and_its_history(tmp_path: Path) -> None:
    m = _read(tmp_path, "moede.xlsx", _workbook(day="10-06-2025"))  # (a text date too)
    assert m.item(2).decision == "Anbefales."  # (the absence row under the heading)
    assert [(h.date, h.text) for h in m.item(2).history] == [(date(2025, 5, 5), "Sendes i høring.")]
    assert any(a.startswith("Kim Dahl") for a in m.item(2).absentees)


def test_a_facts_sheet_by_its_shape() -> None:
    assert is_fact_sheet([["Titel"], ["Udvalg", "Ældrerådet"], ["Dato", "03-02-2025"],
                          ["Sted", "Rådhuset"]])
    # no meeting day among the facts ("Næste møde" is another day's), or a table of people
    assert not is_fact_sheet([["Udvalg", "Ældrerådet"], ["Næste møde", "03-02-2025"],
                              ["Sted", "Rådhuset"]])
    assert not is_fact_sheet([["Navn", "Parti", "Rolle"], ["Ib Lund", "V", "Formand"],
                              ["Eva Krog", "A", "Medlem"], ["Dato", "03-02-2025"]])


# --- a portal's page for one item: its facts a bulleted list under the title ---------

_ITEM_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Punkt 2: Ny legeplads | Odsherred Kommune</title></head><body>
<nav><ol><li><a href="/">Forside</a></li><li>Børneudvalget</li><li>Punkt 2</li></ol></nav>
<main><p>Referat · Børneudvalget · 04.03.2025</p>
<h1>2. Ny legeplads</h1>
<ul class="meta"><li>Sagsnr.: 24/55110</li><li>Åbent punkt</li>
<li>Sagsbehandler: Tina Holm, Dagtilbud</li></ul>
<section><h2>Sagsfremstilling</h2><p>Legepladsen ved skolen er nedslidt.</p></section>
<section><h2>Beslutning</h2><p>Godkendt.</p></section></main>
<aside><h2>Om mødet</h2><dl><dt>Udvalg</dt><dd>Børneudvalget</dd>
<dt>Mødedato</dt><dd>Tirsdag den 4. marts 2025</dd><dt>Tidspunkt</dt><dd>Kl. 15.00</dd>
</dl></aside></body></html>"""


def test_an_items_bulleted_facts_give_its_case_number(tmp_path: Path) -> None:
    m = _read(tmp_path, "punkt.html", _ITEM_PAGE)
    item = m.item(2)
    assert (item.journal_number, item.closed) == ("24/55110", False)
    assert [s.name for s in item.sections] == ["Sagsfremstilling", "Beslutning"]
    assert "Tina Holm" not in " ".join(s.text for s in item.sections)


# --- a browser's print: bulleted members under "Medlemmer", a related meetings box ---

_PRINT = "\n".join([
    "Dagsorden", "Teknik- og Miljøudvalget", "Mødedato Onsdag den 12. marts 2025",
    "Mødetidspunkt Kl. 15:00", "Mødested Byrådssalen, Rådhuset, Torvet 1, 7500 Holstebro",
    "Medlemmer", "• Anna Lund (V), formand", "• Bent Ravn (A), næstformand",
    "• Carl Holm (C) – afbud", "• Dorte Vang (F)",
    "1. Godkendelse af dagsorden", "Sagsfremstilling", "Dagsordenen forelægges.",
    "2. Køb af ejendom", "Sagsnr.: 25/7788  |  Lukket punkt", "Punktet behandles for lukkede døre.",
    "Andre møder i Teknik- og Miljøudvalget", "• Referat – Teknik- og Miljøudvalget 12.02.2025",
    "• Dagsorden – Teknik- og Miljøudvalget 09.04.2025",
    "Holstebro Kommune · Kirkestræde 11 · 7500 Holstebro · Tlf. 96 11 75 00 · CVR 29189919",
    "Cookies · Privatlivspolitik"])


def test_a_bulleted_members_list_under_a_heading_without_colon(tmp_path: Path) -> None:
    m = _read(tmp_path, "dagsorden.txt", _PRINT)
    assert m.doc_type == "dagsorden"
    assert {p.name.split(" (")[0]: (p.status, p.role) for p in m.participants} == {
        "Anna Lund": ("indkaldt", "formand"), "Bent Ravn": ("indkaldt", "næstformand"),
        "Carl Holm": ("afbud", ""), "Dorte Vang": ("indkaldt", "")}


def test_a_related_meetings_box_over_the_site_footer_is_no_item_text(tmp_path: Path) -> None:
    m = _read(tmp_path, "dagsorden.txt", _PRINT)
    text = " ".join(s.text for s in m.item(2).sections)
    assert text == ""  # (the closed item's notice is no text of it either: round 115)
    assert m.item(2).closed
    assert m.date == date(2025, 3, 12)
