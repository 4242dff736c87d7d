"""Round 162: minutes whose every item opens with a form block of labels and values
(Sagsnr., Sagsbehandler, Åben/Lukket, "Tidligere behandlet i", Bilag) – the earlier
treatments the form names are the case's history in any layout; a Word form's attachment
cell of numbered paragraphs is no item heading; an RTF form printed in bands (a row of
labels above their values) gives the case number and lets the items be found; a grid's
wrapped label "Fra" / "administrationen" is no member; a plain text's closing line is no
part of the last decision; a place wrapped before its address or town is whole."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .fixture_files import written_meeting
from .office_files import docx, para
from .test_formats_pdf_layouts import _pdf


def _form(rows: list[tuple[str, list[str]]]) -> str:
    """A Word form table: a label cell and a value cell of one paragraph a line."""
    cells = "".join(f"<w:tr><w:tc>{para(label)}</w:tc><w:tc>"
                    + "".join(para(v) for v in values) + "</w:tc></w:tr>"
                    for label, values in rows)
    return f"<w:tbl>{cells}</w:tbl>"


def test_word_form_attachment_list_is_no_item_and_history_is_read(tmp_path: Path) -> None:
    head = "Overskrift1"
    parts = [para("Odder Kommune"), para("Referat"), para("Plan- og Miljøudvalget"),
             para("Mødedato: Tirsdag den 3. maj 2022 kl. 17.00"),
             para("1. Godkendelse af dagsorden", head),
             _form([("Sagsnr.", ["00.01.00-A00-3-22"]), ("Tidligere behandlet i", ["-"]),
                    ("Bilag", ["Ingen"])]),
             para("Beslutning", bold=True), para("Godkendt."),
             para("2. Lokalplan for Havnen", head),
             _form([("Sagsnr.", ["01.02.05-P16-2-22"]),
                    ("Tidligere behandlet i", ["Plan- og Miljøudvalget 01.02.2022, pkt. 4",
                                               "Byrådet 14.02.2022, pkt. 9"]),
                    ("Bilag", ["1. Lokalplanforslag (dok.nr. 1234-22)",
                               "2. Høringsnotat (dok.nr. 1240-22)"])]),
             para("Sagsfremstilling", bold=True), para("Forslaget har været i høring."),
             para("Beslutning", bold=True), para("Anbefales.")]
    meeting = written_meeting(tmp_path, "referat.docx", docx(parts, {head: "heading 1"}))
    assert [(i.number, i.title, i.journal_number) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", "00.01.00-A00-3-22"),
        (2, "Lokalplan for Havnen", "01.02.05-P16-2-22")]
    assert meeting.items[0].decision == "Godkendt."
    assert meeting.items[0].history == []  # ("-": never treated before)
    assert [(t.committee, t.date, t.punkt) for t in meeting.items[1].history] == [
        ("Plan- og Miljøudvalget", date(2022, 2, 1), 4), ("Byrådet", date(2022, 2, 14), 9)]


def _rtf_cells(cells: list[str]) -> str:
    edges = "".join(f"\\cellx{2000 * (k + 1)}" for k in range(len(cells)))
    body = "".join(f"\\pard\\intbl {c}\\cell " for c in cells)
    return f"\\trowd{edges}\n{body}\\row\n"


def test_rtf_form_in_bands_gives_case_number_history_and_items(tmp_path: Path) -> None:
    lines = ["{\\pard T\\'f8nder Kommune\\par}", "{\\pard Dagsorden\\par}",
             "{\\pard Socialudvalget\\par}",
             _rtf_cells(["M\\'f8dedato", "Onsdag den 5. februar 2020 kl. 15.00"]),
             _rtf_cells(["M\\'f8dested", "M\\'f8delokale 2, R\\'e5dhuset,\\line "
                         "Kongevej 57, 6270 T\\'f8nder"]),
             "{\\pard\\par}"]
    for n, title, case, earlier in [
            (1, "Godkendelse af dagsorden", "00.01.00-A00-1-20", "-"),
            (2, "Budgetopf\\'f8lgning", "00.30.14-S00-2-20",
             "Socialudvalget\\line 04.12.2019, pkt. 6\\line\\line "
             "Byr\\'e5det\\line 18.12.2019, pkt. 3"),
            (3, "Meddelelser", "00.01.00-A00-2-20", "-")]:
        lines += [f"{{\\pard {n}\\tab {title}\\par}}",
                  _rtf_cells(["Sagsnr.", "Sagsbehandler"]),
                  _rtf_cells([case, "Lone\\line Hansen"]),
                  _rtf_cells(["\\'c5ben/Lukket", "Tidligere behandlet i"]),
                  _rtf_cells(["\\'c5ben", earlier]),
                  "{\\pard Indstilling\\par}",
                  f"{{\\pard Direkt\\'f8ren indstiller, at punkt {n} godkendes.\\par}}"]
    raw = ("{\\rtf1\\ansi\\ansicpg1252\n" + "\n".join(lines) + "}").encode("ascii")
    meeting = written_meeting(tmp_path, "dagsorden.rtf", raw)
    assert (meeting.committee, meeting.date) == ("Socialudvalget", date(2020, 2, 5))
    assert meeting.place == "Mødelokale 2, Rådhuset, Kongevej 57, 6270 Tønder"
    assert [(i.number, i.title, i.journal_number) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", "00.01.00-A00-1-20"),
        (2, "Budgetopfølgning", "00.30.14-S00-2-20"), (3, "Meddelelser", "00.01.00-A00-2-20")]
    assert [(t.committee, t.date, t.punkt) for t in meeting.items[1].history] == [
        ("Socialudvalget", date(2019, 12, 4), 6), ("Byrådet", date(2019, 12, 18), 3)]


def test_html_definition_list_history_with_line_breaks(tmp_path: Path) -> None:
    html = """<html><head><title>Referat</title></head><body>
<h1>Kultur- og Fritidsudvalget</h1><p>Referat fra mødet den 12.03.2024 kl. 17:00</p>
<article><h2>Punkt 1: Ny model for haltimer</h2>
<dl class="sagsfelter"><dt>Sagsnr.</dt><dd>23/11412</dd>
<dt>Tidligere behandlet i</dt><dd>Kultur- og Fritidsudvalget 09.01.2024, punkt 6<br>
Kultur- og Fritidsudvalget 06.02.2024, punkt 4</dd></dl>
<h3>Sagsfremstilling</h3><p>Udvalget drøftede modellen i januar og februar.</p>
<h3>Beslutning</h3><p>Anbefales over for Byrådet.</p></article>
<article><h2>Punkt 2: Meddelelser</h2>
<dl class="sagsfelter"><dt>Sagsnr.</dt><dd>24/2104</dd>
<dt>Tidligere behandlet i</dt><dd>–</dd></dl>
<h3>Beslutning</h3><p>Taget til efterretning.</p></article></body></html>"""
    meeting = written_meeting(tmp_path, "referat.html", html)
    assert [(i.number, i.journal_number) for i in meeting.items] == [(1, "23/11412"),
                                                                    (2, "24/2104")]
    assert [(t.committee, t.date, t.punkt) for t in meeting.items[0].history] == [
        ("Kultur- og Fritidsudvalget", date(2024, 1, 9), 6),
        ("Kultur- og Fritidsudvalget", date(2024, 2, 6), 4)]
    assert meeting.items[1].history == []


def test_text_wrapped_history_value_and_closing_line(tmp_path: Path) -> None:
    text = """RINGSTED KOMMUNE
REFERAT

Udvalg:          Økonomiudvalget
Mødedato:        Onsdag den 22. september 2021
Mødetid:         Kl. 08:00

PUNKT 1   Budget 2022 - 2. behandling
--------------------------------------------------
Sagsnr.:                 00.30.10-S00-2-21
Tidligere behandlet i:   Økonomiudvalget 25.08.2021, pkt. 142;
                         Byrådet 08.09.2021, pkt. 98
Bilag:                   Ingen

Beslutning:
Anbefales.

PUNKT 2   Eventuelt
--------------------------------------------------
Sagsnr.:                 00.01.00-A00-10-21
Tidligere behandlet i:   Ikke tidligere behandlet

Beslutning:
Intet.

==================================================
Ringsted Kommune - Økonomiudvalget - referat 22.09.2021 - slut
"""
    meeting = written_meeting(tmp_path, "referat.txt", text)
    assert [i.number for i in meeting.items] == [1, 2]
    assert [(t.committee, t.date, t.punkt) for t in meeting.items[0].history] == [
        ("Økonomiudvalget", date(2021, 8, 25), 142), ("Byrådet", date(2021, 9, 8), 98)]
    assert meeting.items[1].decision == "Intet."


def test_pdf_grid_wrapped_staff_label_is_no_member(tmp_path: Path) -> None:
    path = _pdf(tmp_path, [
        "Næstved Kommune\nReferat\nTeknik- og Miljøudvalget\nMødedato\n"
        "Onsdag den 8. november 2023\nMødested\nMødelokale A, Rådhuset,\n"
        "Rådmandshaven 20, 4700\nNæstved\nMedlemmer\nLone Bæk (A), formand\nMorten Ibsen (V)\n"
        "Helle Brink (O)\nFraværende\nHelle Brink (O)\nFra\nadministrationen\n"
        "Jens Otto Holm, direktør\nReferent\nAnja Falk\n"
        "87. Godkendelse af dagsorden\nSagsnr.\n00.01.00-A00-31-23\nTidligere\nbehandlet i\n"
        "Ikke tidligere behandlet\nBeslutning\nGodkendt.\n"
        "88. Takster 2024\nSagsnr.\n07.00.00-S55-3-23\nTidligere behandlet i\n"
        "Teknik- og Miljøudvalget\n04.10.2023, pkt. 76\nBeslutning\nAnbefales."])
    meeting = written_meeting(tmp_path, "referat.pdf", path.read_bytes())
    assert [p.name for p in meeting.participants] == [
        "Lone Bæk (A)", "Morten Ibsen (V)", "Helle Brink (O)"]
    assert meeting.place == "Mødelokale A, Rådhuset, Rådmandshaven 20, 4700 Næstved"
    assert [(i.number, i.journal_number) for i in meeting.items] == [
        (87, "00.01.00-A00-31-23"), (88, "07.00.00-S55-3-23")]
    assert [(t.committee, t.date, t.punkt) for t in meeting.items[1].history] == [
        ("Teknik- og Miljøudvalget", date(2023, 10, 4), 76)]
