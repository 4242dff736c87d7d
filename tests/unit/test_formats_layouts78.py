"""A seventy-eighth round of layouts (round 78's blind files): a scanned referat whose
invisible OCR layer marks a word hyphenated at a line's end with a soft hyphen (U+00AD)
and ends with "Referatet godkendes og underskrives …" above the signatures; an Excel
workbook with the meeting's facts on its first sheet and one sheet per agenda item; a
client-rendered portal page whose meeting is only in a JSON island (`__NEXT_DATA__`,
`window.__INITIAL_STATE__`); and a ZIP "offline-pakke" of a static site, an index page
and one page per item. Every text is written by the tests (other towns, bodies and
words than the blind files)."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from ingest.formats import read_meetings, zip_archive
from ingest.formats.item_sheets import with_item_sheets
from ingest.formats.soft_hyphens import unhyphenated
from ingest.formats.text_lines import normalize
from ingest.formats.xlsx_cells import Sheet
from ingest.read import SkipFile

from .fixture_files import written_meeting as _read
from .xlsx_files import xlsx


def _sections(item) -> dict[str, str]:  # noqa: ANN001
    return {s.name: s.text for s in item.sections}


def _people(meeting) -> dict[str, str]:  # noqa: ANN001
    return {p.name.split(" (")[0]: p.status for p in meeting.participants}


# --- soft hyphens at a line's end (an OCR layer) ------------------------------------------

_SHY = "\u00ad"


def _ocr_minutes(tail: list[str]) -> str:
    return "\n".join([
        "HOLSTEBRO KOMMUNE", "REFERAT", "Teknik- og Miljøudvalget",
        "Mødedato: Tirsdag den 4. november 2025", "Mødetid: Kl. 16.00 – 18.00",
        "Mødested: Mødelokale 2, Holstebro Rådhus",
        "Til stede:", "Eva Brandt (V), formand", "Ole Kirk (A)", "",
        "Punkt 1", "Godkendelse af dagsorden", "Sagsnr.: 25/101", "Beslutning", "Godkendt.", "",
        "Punkt 2", f"Retningslinjer for vinterbe{_SHY}", "redskab på cykelstier", "Sagsnr.: 25/102",
        "Sagsfremstilling", f"Planen sikrer et fleksi{_SHY}", "belt beredskab.",
        "Beslutning", "Godkendt.", *tail]) + "\n"


def test_a_soft_hyphen_at_a_line_end_joins_the_word(tmp_path: Path) -> None:
    """"vinterbe\\u00ad" / "redskab på cykelstier": one word, as printed with "-". Before:
    the soft hyphen went and the lines were joined by a space ("vinterbe redskab")."""
    meeting = _read(tmp_path, "holstebro_tmu_2025-11-04.txt", _ocr_minutes([]))
    item = meeting.item(2)
    assert item.title == "Retningslinjer for vinterberedskab på cykelstier"
    assert "fleksibelt beredskab" in _sections(item)["Sagsfremstilling"]


def test_a_soft_hyphen_inside_a_line_only_goes() -> None:
    """Inside a line (or before a blank line) a soft hyphen is no line break: it goes,
    and the lines stay as they were."""
    assert normalize(f"Bestyrel{_SHY}sen mødes\nIgen") == "Bestyrelsen mødes\nIgen"
    assert unhyphenated(f"Slut{_SHY}\n\nNyt afsnit") == "Slut\n\nNyt afsnit"
    assert unhyphenated("Ingen bindestreg\nher") == "Ingen bindestreg\nher"


def test_minutes_to_be_signed_at_the_next_meeting_close_the_last_decision(tmp_path: Path) -> None:
    """"Mødet hævet kl. 18.00." / "Referatet godkendes og underskrives på udvalgets møde
    den 2. december 2025." / the signatures: none of it is the last decision's text."""
    meeting = _read(tmp_path, "holstebro_tmu_2025-11-04.txt", _ocr_minutes([
        "Mødet hævet kl. 18.00.",
        "Referatet godkendes og underskrives på udvalgets møde den 2. december 2025.", "",
        "Eva Brandt, formand", "Lis Dahl, referent"]))
    assert _sections(meeting.item(2))["Beslutning"] == "Godkendt."
    assert meeting.date == date(2025, 11, 4)


# --- a workbook with one sheet per item ------------------------------------------------------

def _item_sheet(number: int, title: str, rows: list[list[object]]) -> tuple[str, list]:
    return (f"Punkt {number}", [["Felt", "Indhold"], ["Punktnr.", number], ["Titel", title],
                                ["Sagsnr.", f"25/{900 + number}"], *rows])


def _workbook(item_sheets: bool = True) -> bytes:
    main = [["Vejen Kommune"], ["Referat – Kultur- og Fritidsudvalget"], None,
            ["Udvalg", "Kultur- og Fritidsudvalget"], ["Mødedato", ("date", 45967)],
            ["Starttidspunkt", ("time", 0.6875)], ["Mødested", "Mødelokale 1, Vejen Rådhus"],
            None, ["Navn", "Parti", "Rolle", "Fremmøde"],
            ["Rikke Holm", "A", "Formand", "Til stede"], ["Kim Bach", "V", "Medlem", "Til stede"],
            ["Ida Mose", "F", "Medlem", "Afbud"], None,
            ["Nr.", "Titel", "Sagsnr.", "Adgang", "Ark"],
            ["1", "Godkendelse af dagsorden", "25/901", "Åben", "Punkt 1"],
            ["2", "Tilskud til spejderhytte", "25/902", "Åben", "Punkt 2"]]
    sheets = [("Møde", main)]
    if item_sheets:
        sheets += [
            _item_sheet(1, "Godkendelse af dagsorden", [["Beslutning", "Godkendt."]]),
            _item_sheet(2, "Tilskud til spejderhytte", [
                ["Sagsfremstilling", "Spejderne søger 80.000 kr. til et nyt tag."],
                ["Tidligere behandlet i", "Kultur- og Fritidsudvalget"],
                ["Tidligere behandlet den", ("date", 45939)],
                ["Tidligere beslutning", "Sagen udsættes."],
                ["Indstilling", "Forvaltningen indstiller, at tilskuddet gives."],
                ["Beslutning", "Tilskuddet blev givet."],
                ["Fraværende", "Ida Mose (F)"]])]
    return xlsx(sheets)


def test_a_sheet_per_item_is_read_as_the_items_text(tmp_path: Path) -> None:
    """Each item's sheet ("Felt | Indhold") gives its sections, decision and earlier
    treatment; so the workbook is a referat and its members took part. Before: only the
    first sheet was read (a dagsorden, no decisions, the members "indkaldt")."""
    meeting = _read(tmp_path, "vejen_kfu.xlsx", _workbook())
    assert (meeting.doc_type, meeting.date, meeting.start_time) == (
        "referat", date(2025, 11, 6), "16:30")
    assert _sections(meeting.item(1))["Beslutning"] == "Godkendt."
    item = meeting.item(2)
    assert _sections(item)["Beslutning"] == "Tilskuddet blev givet."
    assert "Ark" not in " ".join(_sections(item).values())
    assert [(h.committee, h.date, h.text) for h in item.history] == [
        ("Kultur- og Fritidsudvalget", date(2025, 10, 9), "Sagen udsættes.")]
    assert _people(meeting) == {"Rikke Holm": "deltog", "Kim Bach": "deltog", "Ida Mose": "afbud"}


def test_sheets_that_are_no_items_are_left_as_they_are() -> None:
    """A facts sheet or a members' sheet (labels and values, no title) is no item's
    sheet: the workbook is read as before."""
    sheets = [Sheet("Møde", [["Nr.", "Titel", "Beslutning"], ["1", "Budget", "Godkendt."]]),
              Sheet("Fakta", [["Udvalg", "Ældrerådet"], ["Beslutning", "se arket Møde"]]),
              Sheet("Deltagere", [["Navn", "Rolle"], ["Ib Lund", "Formand"]])]
    assert with_item_sheets(sheets) == sheets


# --- a JSON island holding the meeting ---------------------------------------------------------

def _state() -> dict:
    return {"page": {"municipality": {"name": "Skive Kommune"}, "meeting": {
        "committee": {"name": "Social- og Sundhedsudvalget"}, "documentType": "Referat",
        "startsAt": "2025-10-14T14:00:00.000Z", "location": "Mødelokale 3, Skive Rådhus",
        "members": [{"displayName": "Jens Vig", "party": "V", "role": "Formand",
                     "attendance": "Deltog"},
                    {"displayName": "Mette Hald", "party": "A", "role": "Medlem",
                     "attendance": "Afbud"}],
        "agendaItems": [
            {"number": 1, "title": "Godkendelse af dagsorden", "caseNumber": "25/301",
             "fields": [{"label": "Beslutning", "html": "<p>Godkendt.</p>"}]},
            {"number": 2, "title": "Plan for hjemmeplejen", "caseNumber": "25/302",
             "fields": [{"label": "Sagsfremstilling", "html": "<p>Planen beskriver ruterne.</p>"},
                        {"label": "Beslutning", "html": "<p>Planen blev godkendt.</p>"}],
             "previousTreatments": [{"committeeName": "Økonomiudvalget",
                                     "meetingDate": "2025-09-30T00:00:00",
                                     "decisionHtml": "<p>Anbefalet.</p>"}]}]}}}


_SHELL = ('<!DOCTYPE html><html lang="da"><head><title>Møde – Skive Kommune</title></head>'
          '<body><div id="__next"><p>Indlæser mødet …</p></div>'
          "<noscript>Du skal slå JavaScript til.</noscript>{script}</body></html>")


@pytest.mark.parametrize("script", [
    '<script id="__NEXT_DATA__" type="application/json">{json}</script>',
    "<script>window.__INITIAL_STATE__ = {json};</script>"])
def test_a_meeting_only_in_a_json_island(tmp_path: Path, script: str) -> None:
    """An app shell's page whose meeting is in a script's JSON: read as a structured
    export, its UTC start in Danish time. Before: no items found in the shell's text."""
    page = _SHELL.format(script=script.format(json=json.dumps(_state(), ensure_ascii=False)))
    meeting = _read(tmp_path, "skive_ssu.html", page)
    assert (meeting.municipality, meeting.committee, meeting.doc_type) == (
        "Skive", "Social- og Sundhedsudvalget", "referat")
    assert (meeting.date, meeting.start_time) == (date(2025, 10, 14), "16:00")
    assert _sections(meeting.item(2))["Beslutning"] == "Planen blev godkendt."
    assert [(h.committee, h.date) for h in meeting.item(2).history] == [
        ("Økonomiudvalget", date(2025, 9, 30))]
    assert _people(meeting) == {"Jens Vig": "deltog", "Mette Hald": "afbud"}


def test_a_page_with_unrelated_json_is_read_from_its_markup(tmp_path: Path) -> None:
    """A page whose scripts hold a breadcrumb trail and a meeting's facts without items
    is read from its markup, as before."""
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Forside"},
        {"@type": "ListItem", "position": 2, "name": "Politik"}]}
    page = (
        '<html><head><script type="application/ld+json">' + json.dumps(crumbs) + "</script>"
        '<script type="application/json" id="cfg">{"meeting": {"id": 7}, "theme": "dark"}'
        "</script></head><body><h1>Skive Kommune – Børne- og Familieudvalget</h1>"
        "<p>Referat</p><p>Mødedato: 15. oktober 2025 kl. 15.00</p>"
        "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"
        "<h2>2. Skolestruktur</h2><h3>Beslutning</h3><p>Udsat.</p></body></html>")
    meeting = _read(tmp_path, "skive_bfu.html", page)
    assert meeting.source_format == "html-tekst"
    assert (meeting.committee, meeting.date) == ("Børne- og Familieudvalget", date(2025, 10, 15))
    assert _sections(meeting.item(2))["Beslutning"] == "Udsat."


# --- a ZIP archive ----------------------------------------------------------------------

def _zip(files: list[tuple[str, str | bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    return out.getvalue()


def _item_page(number: int, title: str, decision: str) -> str:
    return (f"<html><body><p class='crumb'><a href='../index.html'>Teknisk Udvalg 11.11.2025</a>"
            f" › Punkt {number}</p><h1>{number}. {title}</h1><p>Sagsnr.: 25-40{number}</p>"
            f"<h2>Beslutning</h2><p>{decision}</p><nav><a href='../index.html'>Oversigt</a></nav>"
            "<footer>Ikast-Brande Kommune · Offline-udgave 12.11.2025</footer></body></html>")


_INDEX = ("<html><head><title>Teknisk Udvalg – Referat</title></head><body>"
          "<h1>Ikast-Brande Kommune – Teknisk Udvalg</h1><p>Referat</p>"
          "<p>Dato: Tirsdag 11.11.2025 kl. 17:00</p><p>Sted: Rådhuset, mødelokale 4</p>"
          "<ol><li value='1'><a href='sider/p_803.html'>Godkendelse af dagsorden</a></li>"
          "<li value='2'><a href='sider/p_801.html'>Vejbump på Skolevej</a></li></ol>"
          "</body></html>")


def test_a_zip_of_a_meetings_pages_is_one_meeting(tmp_path: Path) -> None:
    """An index page and one page per item, stored out of agenda order: one meeting, its
    items in the index's order, no breadcrumb in a decision. Before: "filtypen .zip
    understøttes ikke"."""
    raw = _zip([("TU/LAESMIG.txt", "Pakken er dannet 12.11.2025."),
                ("TU/sider/p_801.html", _item_page(2, "Vejbump på Skolevej", "Godkendt.")),
                ("TU/sider/p_803.html", _item_page(1, "Godkendelse af dagsorden", "Godkendt.")),
                ("TU/css/site.css", "body{}"), ("TU/index.html", _INDEX)])
    meeting = _read(tmp_path, "ikast_tu.zip", raw)
    assert (meeting.committee, meeting.date) == ("Teknisk Udvalg", date(2025, 11, 11))
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Vejbump på Skolevej")]
    assert _sections(meeting.item(1))["Beslutning"] == "Godkendt."


def test_a_zip_of_two_minutes_files_is_two_meetings(tmp_path: Path) -> None:
    text = ("Referat\nTeknisk Udvalg\nMødedato: {day} kl. 17.00\n\n1. Godkendelse af dagsorden\n"
            "Beslutning: Godkendt.\n\n2. Vejplan\nBeslutning: {said}\n")
    path = tmp_path / "to_referater.zip"
    path.write_bytes(_zip([
        ("a.txt", text.format(day="3. marts 2025", said="Udsat.")),
        ("b.txt", text.format(day="7. april 2025", said="Godkendt."))]))
    meetings = read_meetings(path)
    assert [m.date for m in meetings] == [date(2025, 3, 3), date(2025, 4, 7)]


def test_a_zip_with_only_a_path_out_of_it_is_refused(tmp_path: Path) -> None:
    """A member named "../…" is not read; with nothing else the archive is skipped, with
    one Danish line naming the file."""
    path = tmp_path / "ond.zip"
    path.write_bytes(_zip([("../../referat.txt", "Referat\nMødedato: 3. marts 2025\n"
                                                 "1. Punkt\nBeslutning: Godkendt.\n")]))
    with pytest.raises(SkipFile) as err:
        read_meetings(path)
    said = str(err.value)
    assert said.startswith("ond.zip: ") and "'..'" in said and "\n" not in said


def test_a_zip_with_too_many_members_or_bytes_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_archive, "MAX_MEMBERS", 3)
    path = tmp_path / "mange.zip"
    path.write_bytes(_zip([(f"f{k}.txt", "x") for k in range(4)]))
    with pytest.raises(SkipFile, match=r"^mange\.zip: zip-arkivet har for mange filer"):
        read_meetings(path)
    monkeypatch.setattr(zip_archive, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "bombe.zip"
    path.write_bytes(_zip([("a.txt", "0" * 5000)]))  # (5 KB packed into a few bytes)
    with pytest.raises(SkipFile, match=r"^bombe\.zip: .*zip-bombe"):
        read_meetings(path)


def test_an_office_file_is_no_archive() -> None:
    """A workbook is a ZIP too, but not one to open as an archive of files."""
    assert not zip_archive.sniff(_workbook(item_sheets=False), Path("x.zip"))
    assert zip_archive.sniff(_zip([("a.txt", "x")]), Path("x.zip"))
