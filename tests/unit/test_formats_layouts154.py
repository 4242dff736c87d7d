"""Open-data and spreadsheet exports of decisions, one row per agenda item over several
meetings and committees (round 154): a semicolon CSV in Windows-1252 under a title row, a
portal's comma CSV with snake_case heads and running item numbers, an .xlsx with the
meeting's cells merged down, an .ods with one sheet a committee named in its title row,
JSON Lines with one item's object a line; a prose .csv still goes to the text reader."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from ingest.formats import read_meetings
from ingest.read import SkipFile

_SKIVE = (
    "Skive Kommune – Beslutninger fra de stående udvalg 2018;;;;;;;\r\n;;;;;;;\r\n"
    "Udvalg;Mødedato;Mødetidspunkt;Punktnr.;Overskrift;Sagsnr.;Åben/Lukket;Beslutning;"
    "Fraværende\r\n"
    "Teknik- og Miljøudvalget;06-11-2018;15:00;1;Godkendelse af dagsorden;;Åben;Godkendt.;"
    "Bente Holm (A)\r\n"
    'Teknik- og Miljøudvalget;06-11-2018;15:00;2;Vintertjeneste;18/15570;Åben;"Et flertal '
    '(V, O og C) godkendte indstillingen.\nImod stemte A og F.";"Bente Holm (A)\nOle Dahl (V)"\r\n'
    "Teknik- og Miljøudvalget;06-11-2018;15:00;3;Salg af areal;18/17011;Lukket;"
    "Indstillingen godkendt.;Bente Holm (A)\r\n"
    "Børne- og Familieudvalget;07-11-2018;16:00;1;Godkendelse af dagsorden;;Åben;Godkendt.;\r\n"
    "Børne- og Familieudvalget;07-11-2018;16:00;2;Personsag;18/17260;Lukket;Godkendt.;\r\n")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_semicolon_csv_in_windows_1252_under_a_title_row(tmp_path):
    path = _write(tmp_path, "udvalgsbeslutninger_2018.csv", _SKIVE.encode("cp1252"))
    meetings = read_meetings(path)
    assert [(m.committee, m.date, m.start_time) for m in meetings] == [
        ("Teknik- og Miljøudvalget", date(2018, 11, 6), "15:00"),
        ("Børne- og Familieudvalget", date(2018, 11, 7), "16:00")]
    first = meetings[0]
    assert first.municipality == "Skive" and first.doc_type == "referat"
    assert [i.title for i in first.items] == ["Godkendelse af dagsorden", "Vintertjeneste",
                                              "Salg af areal"]
    vote = first.items[1]
    assert vote.journal_number == "18/15570"
    assert vote.absentees == ["Bente Holm (A)", "Ole Dahl (V)"]
    assert vote.votes == {"for": ["V", "O", "C"], "imod": ["A", "F"]}
    assert first.items[2].closed and not first.items[0].closed
    assert meetings[1].items[1].closed and meetings[1].items[1].decision == "Godkendt."


def test_a_portal_csv_with_snake_case_heads_and_running_numbers(tmp_path):
    rows = ("moededato,udvalg,punkt_nr,overskrift,beslutning,sagsnr,lukket,starttid,myndighed,"
            "fravaerende\n"
            "2019-03-12,Økonomiudvalget,61,Godkendelse af dagsorden,Godkendt.,,Nej,15:00,"
            "Vordingborg Kommune,\n"
            "2019-03-12,Økonomiudvalget,62,Køb af ejendom,Anbefales.,19/2207,Ja,15:00,"
            "Vordingborg Kommune,\n"
            "2019-03-13,Kultur- og Fritidsudvalget,14,Meddelelser,Taget til efterretning.,,Nej,"
            "17:00,Vordingborg Kommune,Jette Kragh (V); Søren Blom (DF)\n")
    path = _write(tmp_path, "politiske-beslutninger.csv", b"\xef\xbb\xbf" + rows.encode())
    meetings = read_meetings(path)
    assert [(m.municipality, m.committee, m.start_time) for m in meetings] == [
        ("Vordingborg", "Økonomiudvalget", "15:00"),
        ("Vordingborg", "Kultur- og Fritidsudvalget", "17:00")]
    items = meetings[0].items
    assert [(i.number, i.label) for i in items] == [(1, "61"), (2, "62")]
    assert items[1].closed and items[1].journal_number == "19/2207"
    assert meetings[1].items[0].absentees == ["Jette Kragh (V)", "Søren Blom (DF)"]


def _xlsx(rows: list[list[object]], merged: list[str]) -> bytes:
    """A workbook as Excel writes one (no openpyxl here): text cells inline, a float a
    date (style 1, format 14) and a fraction of a day a time (style 2, format 20)."""
    def cell(ref: str, value: object) -> str:
        if isinstance(value, float):
            style = 2 if value < 1 else 1
            return f'<c r="{ref}" s="{style}"><v>{value}</v></c>'
        text = str(value).replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'

    body = "".join(
        f'<row r="{n}">' + "".join(cell(f"{chr(65 + k)}{n}", v) for k, v in enumerate(row)
                                   if v not in (None, "")) + "</row>"
        for n, row in enumerate(rows, start=1))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    merges = "".join(f'<mergeCell ref="{m}"/>' for m in merged)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", f'<workbook {ns} xmlns:r="{rel}"><sheets>'
                         '<sheet name="Beslutninger" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.'
                         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                         f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        archive.writestr("xl/styles.xml", f'<styleSheet {ns}><cellXfs count="3"><xf numFmtId="0"/>'
                         '<xf numFmtId="14"/><xf numFmtId="20"/></cellXfs></styleSheet>')
        archive.writestr("xl/worksheets/sheet1.xml", f"<worksheet {ns}><sheetData>{body}"
                         f"</sheetData><mergeCells>{merges}</mergeCells></worksheet>")
    return buffer.getvalue()


def test_an_xlsx_with_title_rows_and_the_meeting_merged_down(tmp_path):
    raw = _xlsx([
        ["Holbæk Kommune"], ["Beslutningsoversigt for udvalgsmøder i april 2024"], [],
        ["Dato", "Kl.", "Udvalg", "Pkt.", "Sagsoverskrift", "Sagsnr.", "Åben/lukket",
         "Indstilling", "Beslutning", "Tidligere behandlet", "Fraværende"],
        [45390.0, 16 / 24, "Klima- og Miljøudvalget", "1", "Godkendelse af dagsorden", "",
         "Åben", "At dagsordenen godkendes.", "Godkendt.", "", "Susanne Dahl (V)"],
        [None, None, None, "2", "Vandløbsregulativ", "06.02.00-P24-1-22", "Lukket",
         "At regulativet vedtages.", "Et flertal (A, F) vedtog regulativet.",
         "Klima- og Miljøudvalget 04.03.2024, pkt. 4", ""],
        [45392.0, 15.5 / 24, "Udvalget for Børn og Læring", "1", "Meddelelser", "", "Åben", "",
         "Taget til efterretning.", "", ""]], ["A5:A6", "B5:B6", "C5:C6"])
    meetings = read_meetings(_write(tmp_path, "holbaek_beslutningsoversigt.xlsx", raw))
    found = [(m.municipality, m.committee, m.date, m.start_time, len(m.items)) for m in meetings]
    assert found == [
        ("Holbæk", "Klima- og Miljøudvalget", date(2024, 4, 8), "16:00", 2),
        ("Holbæk", "Udvalget for Børn og Læring", date(2024, 4, 10), "15:30", 1)]
    second = meetings[0].items[1]
    assert second.title == "Vandløbsregulativ" and second.closed
    assert second.section("Indstilling") == "At regulativet vedtages."
    assert second.votes == {"for": ["A", "F"]}
    assert [(t.committee, t.date, t.punkt) for t in second.history] == [
        ("Klima- og Miljøudvalget", date(2024, 3, 4), 4)]


def _ods(sheets: dict[str, list[list[str]]]) -> bytes:
    def cell(value: str) -> str:
        if len(value) == 10 and value[4] == "-":
            return (f'<table:table-cell office:value-type="date" office:date-value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>")
        paragraphs = "".join(f"<text:p>{line}</text:p>" for line in value.split("\n"))
        return f"<table:table-cell>{paragraphs}</table:table-cell>"

    tables = "".join(
        f'<table:table table:name="{name}">' + "".join(
            "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>"
            for row in rows) + "</table:table>" for name, rows in sheets.items())
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def test_an_ods_with_a_sheet_a_committee_named_in_its_title_row(tmp_path):
    head = ["Mødedato", "Mødestart", "Punkt", "Emne", "Lukket", "Beslutning", "Afstemning",
            "Fraværende"]
    raw = _ods({
        "PMU": [["Fredensborg Kommune – Plan- og Miljøudvalget – beslutningsregister 2021"], [],
                head, ["2021-03-01", "kl. 17.00", "1", "Lokalplan 2021-03", "Nej", "Anbefales.",
                       "For: A, V\nImod: Ø", "Mette Lund (V)"],
                ["2021-03-01", "kl. 17.00", "2", "Ekspropriation", "Ja", "Godkendt.", "", ""]],
        "SSU": [["Fredensborg Kommune – Social- og Sundhedsudvalget – beslutningsregister 2021"],
                [], head, ["2021-03-02", "kl. 16.30", "1", "Meddelelser", "Nej",
                           "Taget til efterretning.", "", ""]]})
    meetings = read_meetings(_write(tmp_path, "beslutningsregister_2021.ods", raw))
    assert [(m.municipality, m.committee, m.date, m.start_time) for m in meetings] == [
        ("Fredensborg", "Plan- og Miljøudvalget", date(2021, 3, 1), "17:00"),
        ("Fredensborg", "Social- og Sundhedsudvalget", date(2021, 3, 2), "16:30")]
    first, closed = meetings[0].items
    assert first.votes == {"for": ["A", "V"], "imod": ["Ø"]}
    assert first.absentees == ["Mette Lund (V)"]
    assert first.decision == "Anbefales." and closed.closed and not first.closed


def test_json_lines_one_item_a_line_and_an_agenda_without_decisions(tmp_path):
    def line(start: str, number: int, title: str, fields: list, absent: list) -> str:
        return json.dumps({"id": "x", "kommune": "Faaborg-Midtfyn Kommune",
                           "udvalg": "Teknik- og Miljøudvalget", "moede_start": start,
                           "moede_sted": "Mødelokale 1", "punkt_nr": number,
                           "overskrift": title, "sagsnummer": None, "lukket": number == 2,
                           "felter": fields, "fravaerende": absent,
                           "behandlingsforloeb": [{"udvalg": "Byrådet", "dato": "2023-04-24",
                                                   "punkt": 8, "beslutning": "Godkendt."}]})
    decided = [{"overskrift": "Indstilling", "tekst": "At planen godkendes."},
               {"overskrift": "Beslutning", "tekst": "Godkendt."}]
    lines = [line("2023-09-04T15:00:00+02:00", 1, "Broer", decided, ["Kim Ellegaard (V)"]),
             line("2023-09-04T15:00:00+02:00", 2, "Salg af grunde", decided[1:], []),
             line("2023-10-02T15:00:00+02:00", 1, "Regulativ", decided[:1], []), "ikke json"]
    path = _write(tmp_path, "dagsordenpunkter.jsonl", "\n".join(lines).encode())
    meetings = read_meetings(path)
    assert [(m.municipality, m.date, m.start_time, m.place, m.doc_type) for m in meetings] == [
        ("Faaborg-Midtfyn", date(2023, 9, 4), "15:00", "Mødelokale 1", "referat"),
        ("Faaborg-Midtfyn", date(2023, 10, 2), "15:00", "Mødelokale 1", "dagsorden")]
    first = meetings[0].items[0]
    assert [s.name for s in first.sections] == ["Indstilling", "Beslutning"]
    assert first.absentees == ["Kim Ellegaard (V)"] and meetings[0].items[1].closed
    assert [(t.committee, t.date, t.punkt) for t in first.history] == [
        ("Byrådet", date(2023, 4, 24), 8)]
    assert "dagsordenpunkter.jsonl, linje 4: ikke et JSON-objekt" in meetings[0].warnings[0]


def test_a_bad_row_is_warned_about_by_its_line(tmp_path):
    text = _SKIVE.replace("07-11-2018;16:00;2;", "i morgen;16:00;2;")
    meetings = read_meetings(_write(tmp_path, "beslutninger.csv", text.encode("cp1252")))
    assert len(meetings[1].items) == 1
    assert any("beslutninger.csv, linje 10: mødedatoen 'i morgen' kan ikke læses" in w
               for w in meetings[0].warnings)


def test_a_prose_csv_is_still_read_as_text(tmp_path):
    path = _write(tmp_path, "noter.csv", b"Referat;Kommentar\nintet;her\n")
    with pytest.raises(SkipFile) as err:
        read_meetings(path)
    assert "tekst" in str(err.value)
