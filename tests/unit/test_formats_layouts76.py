"""A seventy-sixth round of layouts (round 76's blind files): an HTML page whose
meeting head and items are ARIA tabs (a head's "Mødeoplysninger" / "Deltagere" tabs
beside each item's "Sagsfremstilling" / "Beslutning" tabs, the panels `hidden`), with
the page's "opdateret" note under the last item; a Word members' table headed by one
cell spanning its columns ("Udvalgets medlemmer") and no row of column heads; and an
Excel CSV export whose meeting columns ("Myndighed", "Mødetid" "17:00-19:00",
"Fremmødte", "Afbud", "Referent") repeat on every item's row beside an "Eksporteret"
stamp. Every text is written by the tests (other towns, bodies and words than the
blind files)."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting as _read
from .office_files import W, docx, para


def _tabs(prefix: str, panels: list[tuple[str, str]], hidden_from: int = 1) -> str:
    buttons = "".join(f'<button role="tab" id="t{prefix}{k}" aria-controls="p{prefix}{k}">'
                      f"{label}</button>" for k, (label, _) in enumerate(panels))
    bodies = "".join(f'<div role="tabpanel" id="p{prefix}{k}" aria-labelledby="t{prefix}{k}"'
                     f'{" hidden" if k >= hidden_from else ""}>{body}</div>'
                     for k, (_, body) in enumerate(panels))
    return f'<div class="tabs"><div role="tablist">{buttons}</div>{bodies}</div>'


def _tab_page() -> str:
    head = _tabs("m", [
        ("Om mødet", "<p>Dato: Tirsdag den 3. juni 2025</p><p>Tidspunkt: 16:30</p>"
                     "<p>Sted: Byrådssalen, Ringe Rådhus</p>"),
        ("Medlemmer", "<table><tr><th>Navn</th><th>Parti</th><th>Rolle</th>"
                      "<th>Fremmøde</th></tr><tr><td>Ulla Berg</td><td>A</td>"
                      "<td>Formand</td><td>Deltog</td></tr><tr><td>Niels Toft</td>"
                      "<td>V</td><td>Medlem</td><td>Afbud</td></tr></table>")])
    items = [
        ("1", "Budgetopfølgning", [
            ("Sagsfremstilling", "<p>Forbruget er 48 % af budgettet.</p>"),
            ("Indstilling", "<p>Direktionen indstiller, at opfølgningen godkendes.</p>"),
            ("Beslutning", "<p>Godkendt.</p>")]),
        ("2", "Ny hal i Ryslinge", [
            ("Sagsfremstilling", "<p>Hallen koster 30 mio. kr.</p>"),
            ("Tidligere behandling", "<p><strong>Kultur- og Fritidsudvalget, 4. marts "
                                     "2025:</strong><br>Sagen udsættes.</p>"),
            ("Beslutning", "<p>Anbefales.</p><p>For stemte 4 (A, V, F og B). Imod stemte "
                           "1 (Ø).</p>")]),
    ]
    body = "".join(
        f'<section><header><span>{n}.</span> <span>{title}</span></header>'
        f"{_tabs(n, panels)}</section>" for n, title, panels in items)
    return ('<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat'
            "</title></head><body><main><h1>Kultur- og Fritidsudvalget</h1><p>Referat</p>"
            f"{head}<h2>Dagsorden</h2>{body}"
            '<p class="opdateret">Siden er opdateret 04.06.2025 kl. 08:00</p></main>'
            "<footer>Ringe Kommune</footer></body></html>")


def _sections(item) -> dict[str, str]:
    return {s.name: s.text for s in item.sections}


def test_item_tabs_beside_head_tabs_are_sections(tmp_path: Path) -> None:
    """Each item's tab list names sections, though the head's tabs ("Om mødet",
    "Medlemmer") name none: each panel is the section its tab names."""
    meeting = _read(tmp_path, "ringe_kfu_2025-06-03_referat.html", _tab_page())
    first, second = meeting.items
    assert _sections(first) == {
        "Sagsfremstilling": "Forbruget er 48 % af budgettet.",
        "Indstilling": "Direktionen indstiller, at opfølgningen godkendes.",
        "Beslutning": "Godkendt."}
    decided = _sections(second)
    assert decided["Beslutning"].startswith("Anbefales.")
    assert second.votes == {"for": ["A", "V", "F", "B"], "imod": ["Ø"]}
    assert [str(h.date) for h in second.history] == ["2025-03-04"]
    assert "Sagen udsættes" not in decided["Beslutning"]


def test_page_updated_note_is_no_decision_text(tmp_path: Path) -> None:
    """A `class="opdateret"` note under the last item is the page's, not the item's."""
    meeting = _read(tmp_path, "ringe_kfu_2025-06-03_referat.html", _tab_page())
    assert "opdateret" not in _sections(meeting.items[-1])["Beslutning"]


def _spanned_members_table() -> str:
    """A table whose first row is one cell spanning three columns over the members."""
    rows = [("Frida Holm", "A", "Formand"), ("Bo Kjær", "V", "Næstformand"),
            ("Lis Mørk", "F", "Medlem – afbud"), ("Jon Ravn", "C", "Medlem")]
    cell = '<w:tc>{}</w:tc>'
    head = ('<w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr>'
            f'{para("Udvalgets medlemmer")}</w:tc></w:tr>')
    body = "".join("<w:tr>" + "".join(cell.format(para(c)) for c in row) + "</w:tr>"
                   for row in rows)
    return f'<w:tbl xmlns:w="{W}">{head}{body}</w:tbl>'


def test_members_under_a_spanning_heading_cell(tmp_path: Path) -> None:
    raw = docx([para("Faaborg-Midtfyn Kommune"), para("DAGSORDEN"),
                para("Teknisk Udvalg"), para("Dato: Mandag den 8. september 2025"),
                para("Tid: Kl. 14.00"), _spanned_members_table(),
                para("1. Godkendelse af dagsorden"), para("Sagsfremstilling: Dagsordenen.")])
    meeting = _read(tmp_path, "fmk_teknisk_2025-09-08_dagsorden.docx", raw)
    people = {p.name.split(" (")[0]: (p.role, p.status) for p in meeting.participants}
    assert people == {"Frida Holm": ("formand", "indkaldt"),
                      "Bo Kjær": ("næstformand", "indkaldt"),
                      "Lis Mørk": ("medlem", "afbud"), "Jon Ravn": ("medlem", "indkaldt")}


def _csv_export() -> str:
    head = ("Myndighed;Udvalg;Mødetype;Mødedato;Mødetid;Mødested;Fremmødte;Afbud;Referent;"
            "Punktnr;Overskrift;Sagsnr;Åben/Lukket;Sagsfremstilling;Beslutning;Eksporteret")
    meeting = ('Nyborg Kommune;Teknik- og Miljøudvalget;Referat;02-09-2025;17:00-19:00;'
               'Mødelokale 3, Nyborg Rådhus;"Eva Kromann (A), formand; Lars Juhl (V)";'
               "Tove Dahl (F);Hans Riis")
    rows = [f"{meeting};7;Vejplan 2026;25/401;Åben;Planen omfatter 12 km vej.;Godkendt.;"
            "03-09-2025 07:45",
            f"{meeting};8;Personalesag;25/402;Lukket;;Godkendt som indstillet.;"
            "03-09-2025 07:45"]
    return "\ufeff" + "\r\n".join([head, *rows]) + "\r\n"


def test_csv_export_meeting_columns_and_stamp(tmp_path: Path) -> None:
    """The meeting's columns repeated on every row are the head's (the start time from
    "Mødetid: 17:00-19:00", the absent member once), and the export's stamp is no item's
    text."""
    meeting = _read(tmp_path, "nyborg_tmu_2025-09-02_referat.csv", _csv_export())
    assert meeting.start_time == "17:00"
    assert [i.number for i in meeting.items] == [7, 8]
    for item in meeting.items:
        text = " ".join(s.text for s in item.sections)
        assert "Eksporteret" not in text and "Myndighed" not in text
        assert "Hans Riis" not in text
        assert item.absentees == []
    assert _sections(meeting.items[0])["Beslutning"] == "Godkendt."
    assert {p.name.split(" (")[0]: p.status for p in meeting.participants}["Tove Dahl"] == (
        "afbud")


def _form_page(title: str, boxes: list[tuple[str, str]]) -> list[tuple[float, int, str]]:
    """A page of boxed fields as a scanned paper form gives them: its title, then each
    box's upper-case caption above its value's lines (an empty box: the caption alone)."""
    rows = ["SVENDBORG KOMMUNE", title]
    for caption, value in boxes:
        rows += [caption.upper(), *(value.split("\n") if value else [])]
    return [(15, k, row) for k, row in enumerate(rows)]


def _item_form(number: int, case: str, closed: bool, title: str, text: str,
               decision: str, vote: str = "") -> list[tuple[float, int, str]]:
    return _form_page("SAGSBLANKET", [
        ("Punkt nr.", str(number)), ("Sagsnr.", case),
        ("Åben / lukket", "LUKKET" if closed else "Åben"), ("Overskrift", title),
        ("Sagsfremstilling (resumé)", text), ("Beslutning", decision),
        ("Afstemning", vote), ("Fraværende ved punktet", "Tove Lund (F)"),
        ("Inhabilitet", "")])


def _boxed_form() -> bytes:
    from .pdf_files import pieces_pdf

    head = _form_page("REFERAT – MØDEBLANKET", [
        ("Kommune", "Svendborg Kommune"), ("Udvalg / råd", "Kultur- og Fritidsudvalget"),
        ("Mødedato", "15-10-2025"), ("Mødetid start/slut", "15.30 - 17.00"),
        ("Mødested", "Mødelokale 2, Svendborg Rådhus"),
        ("Til stede", "Ane Skov (A) – formand\nJens Bach (V)"), ("Afbud", "Tove Lund (F)"),
        ("Udfyldt dato", "16-10-2025"),
        ("Punkter (nr. – overskrift)", "7  Ny kunstgræsbane\n8  Lejemål (lukket)")])
    return pieces_pdf([head,
                       _item_form(7, "25/3301", False, "Ny kunstgræsbane",
                                  "Banen koster 4 mio. kr.", "Anbefales.",
                                  "For stemte 2 (A og V). Imod stemte 0."),
                       _item_form(8, "25/3302", True, "Lejemål", "", "Godkendt.")])


def test_boxed_form_captions_are_fields(tmp_path: Path) -> None:
    """A paper form of boxed fields, each an upper-case caption over its value: the
    number, title, case and open/closed boxes make each item's heading, the meeting's
    boxes its head (the body from "UDVALG / RÅD", not the form's title; the start from
    "MØDETID START/SLUT"), and no caption is left in a section's text."""
    meeting = _read(tmp_path, "svendborg_kfu_2025-10-15_referat.pdf", _boxed_form())
    assert meeting.committee == "Kultur- og Fritidsudvalget"
    assert str(meeting.date) == "2025-10-15" and meeting.start_time == "15:30"
    assert [(i.number, i.title, i.journal_number, i.closed) for i in meeting.items] == [
        (7, "Ny kunstgræsbane", "25/3301", False), (8, "Lejemål", "25/3302", True)]
    first, second = meeting.items
    assert _sections(first)["Sagsfremstilling"] == "Banen koster 4 mio. kr."
    assert _sections(first)["Beslutning"].startswith("Anbefales.")
    assert first.votes == {"for": ["A", "V"]}
    assert [a.split(" (")[0] for a in first.absentees] == ["Tove Lund"]
    assert _sections(second)["Beslutning"] == "Godkendt."
    for item in meeting.items:
        text = "\n".join(s.text for s in item.sections)
        assert not any(w in text for w in ("AFSTEMNING", "FRAVÆRENDE", "INHABILITET",
                                           "OVERSKRIFT", "SAGSNR"))
    assert {p.name.split(" (")[0]: p.status for p in meeting.participants} == {
        "Ane Skov": "deltog", "Jens Bach": "deltog", "Tove Lund": "afbud"}


def test_upper_case_headings_of_ordinary_minutes_are_no_form() -> None:
    """Minutes whose headings are upper case ("BESLUTNING") but which have no item's
    number box are read as they are."""
    from ingest.formats.form_captions import form_text

    text = ("REFERAT\nKULTUR- OG FRITIDSUDVALGET\nMødedato: 15-10-2025\n\n"
            "Punkt 1 Ny kunstgræsbane\nSAGSFREMSTILLING\nBanen koster 4 mio. kr.\n"
            "INDSTILLING\nAt banen anlægges.\nBESLUTNING\nAnbefales.\nAFSTEMNING\n"
            "For: A, V\n\nPunkt 2 Lejemål\nBESLUTNING\nGodkendt.")
    assert form_text(text) == text


def test_pdf_with_upper_case_headings_is_unaffected(tmp_path: Path) -> None:
    from .pdf_files import pieces_pdf

    rows = ["Svendborg Kommune", "REFERAT", "Kultur- og Fritidsudvalget",
            "Mødedato: 15-10-2025", "Mødetid: Kl. 15.30", "", "Punkt 1 Ny kunstgræsbane",
            "Sagsnr.: 25/3301", "SAGSFREMSTILLING", "Banen koster 4 mio. kr.", "BESLUTNING",
            "Anbefales.", "", "Punkt 2 Lejemål", "BESLUTNING", "Godkendt."]
    raw = pieces_pdf([[(15, k, row) for k, row in enumerate(rows) if row]])
    meeting = _read(tmp_path, "svendborg_kfu_2025-10-15_referat.pdf", raw)
    assert meeting.committee == "Kultur- og Fritidsudvalget"
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Ny kunstgræsbane"), (2, "Lejemål")]
    assert _sections(meeting.items[0]) == {"Sagsfremstilling": "Banen koster 4 mio. kr.",
                                           "Beslutning": "Anbefales."}
