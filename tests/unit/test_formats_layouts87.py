"""An eighty-seventh round of layouts (round 87's blind files): a council's Word referat
whose whole agenda is one action-log table with the item numbers in the title cells; a
Greenlandic/Danish referat in parallel columns under a stamped running head; a list of
all members under "Udvalgets medlemmer:" with "Fraværende uden afbud:" below it; an OCR'd
pre-2007 forhandlingsprotokol (year first in the opening sentence, folio numbers, local
numbers in brackets, a closed part of titles only, a wrapped attendance paragraph); and an
English minutes page with a 12-hour clock. Every text is written by the tests (other
towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats.english_head import english_head
from ingest.formats.parallel_columns import danish_column
from ingest.formats.protocol_opening import protocol_text
from ingest.formats.stamped_heads import without_stamped_heads

from .fixture_files import written_meeting as _read
from .office_files import docx, para, table


def _people(m) -> dict[str, tuple[str, str]]:  # noqa: ANN001
    return {p.name.split(" (")[0]: (p.status, p.role) for p in m.participants}


def _decision(item) -> str:  # noqa: ANN001
    return next((s.text for s in item.sections if s.name == "Beslutning"), "")


# --- an action-log table: "Emne | Drøftelse | Beslutning | Ansvarlig | Frist" ----------

def _action_log() -> bytes:
    rows = [["Emne", "Drøftelse", "Beslutning", "Ansvarlig", "Frist"],
            ["1. Godkendelse af dagsorden", "Dagsordenen blev gennemgået.", "Godkendt.",
             "Formanden", "–"],
            ["2. Høring om trafikplan (sag 25/4411)", "Rådet drøftede planen.",
             "Rådet afgiver høringssvar.", "Ida Lund", "05.12.2025"],
            ["3. Nyt fra kommunen", "Formanden orienterede.", "–", "–", "–"],
            ["4. Pris 2025 – LUKKET PUNKT", "Punktet er lukket.", "Rådet valgte en modtager.",
             "Formanden", "10.12.2025"]]
    return docx([para("Referat fra møde i Ældrerådet"),
                 para("Tid og sted: Onsdag d. 19/11-2025 kl. 10-12 i mødelokale 4, "
                      "Rådhuset, Torvet 1, 6100 Haderslev"),
                 para("Deltagere: Ida Lund (formand), Bo Dam, Eva Holm"),
                 para("Afbud: Kaj Ravn"), para("Referent: Lis Mose"),
                 table(rows), para("Næste møde: Onsdag d. 21/1-2026 kl. 10-12.")])


def test_an_action_log_tables_rows_are_the_items(tmp_path: Path) -> None:
    m = _read(tmp_path, "aeldreraad.docx", _action_log())
    assert [i.number for i in m.items] == [1, 2, 3, 4]
    assert m.items[1].title == "Høring om trafikplan"
    assert m.items[1].journal_number == "25/4411"
    assert _decision(m.items[1]) == "Rådet afgiver høringssvar."
    assert _decision(m.items[2]) == ""  # ("–": nothing decided)
    assert m.items[3].closed and _decision(m.items[3]) == "Rådet valgte en modtager."
    assert m.date == date(2025, 11, 19) and m.start_time == "10:00"
    assert any(s.name == "Behandling" for s in m.items[0].sections)


# --- Kalaallisut and Danish in parallel columns ---------------------------------------

_HEAD = ("Avannaata Kommunia · Teknikkimut Ataatsimiititaliaq / Teknikudvalget · "
         "Naqitaq / Udskrevet 03.12.2025")


def _columns() -> str:
    page1 = [_HEAD, "Qupperneq / Side 1", "Avannaata Kommunia", "Teknikkimut",
             "Ataatsimiititaliaq", "Teknikudvalget", "IMAQARNILIAQ", "REFERAT",
             "Ataatsimiinneq ulloq 1. decembari 2025 nal.", "13.00-15.00",
             "Møde den 1. december 2025 kl. 13.00-15.00",
             "Sumi: Ataatsimiittarfik, Ilulissat", "Sted: Mødesalen, Ilulissat",
             "Peqataasut:", "Aka Berthelsen (IA), siulittaasoq", "Deltagere:",
             "Aka Berthelsen (IA), formand", "Paul Lynge (S)",
             "Fra administrationen: Teknisk chef Ole", "Mathiassen", "Referent: Ane Kristensen",
             "Immikkoortoq 01 – Ullormut", "oqaluuserisassat akuerineqarnissaat",
             "Punkt 01 – Godkendelse af dagsorden", "Suliap normua: 01.00.00/25-0001",
             "Journal nr.: 01.00.00/25-0001", "Aalajangerneq", "Akuerineqarpoq.", "Afgørelse",
             "Godkendt."]
    page2 = [_HEAD, "Qupperneq / Side 2", "Immikkoortoq 02 – Aqqusinerit", "Punkt 02 – Veje 2026",
             "Suliap normua: 05.01.00/25-0002", "Journal nr.: 05.01.00/25-0002",
             "Suliap oqaluttuarineqarnera", "Aqqusinerit iluarsarneqassapput.",
             "Sagsfremstilling", "Vejene skal istandsættes.", "Aalajangerneq",
             "Akuerineqarpoq.", "Afgørelse", "Godkendt."]
    return "\n\f\n".join("\n".join(p) for p in (page1, page2))


def test_the_danish_column_is_the_reading(tmp_path: Path) -> None:
    m = _read(tmp_path, "avannaata.txt", _columns())
    assert m.date == date(2025, 12, 1) and m.start_time == "13:00"  # (not the print stamp)
    assert m.committee == "Teknikudvalget" and m.municipality == "Avannaata"
    assert [i.number for i in m.items] == [1, 2]
    assert [_decision(i) for i in m.items] == ["Godkendt.", "Godkendt."]
    assert "Aqqusinerit" not in " ".join(s.text for s in m.items[1].sections)
    assert set(_people(m)) == {"Aka Berthelsen", "Paul Lynge"}  # (no "Mathiassen")


def test_danish_column_and_stamped_heads_leave_other_texts() -> None:
    text = "Ulloq / Dato: 12. marts 2024\nImmikkoortoq 1 / Punkt 1\nAalajangiineq / Beslutning"
    assert danish_column(text) == text
    lines = ["Referat · Udskrevet 03.12.2025", "Punkt 1"]
    assert without_stamped_heads(lines) is lines  # (seen once: no running head)


# --- all members listed, those absent below --------------------------------------------

def test_a_bodys_members_list_and_an_absence_without_notice(tmp_path: Path) -> None:
    text = "\n".join([
        "Vejle Kommune", "Referat – Idrætsudvalget", "Tirsdag 18.11.25 kl. 17.00-19.00, Lokale 2",
        "Udvalgets medlemmer:", "- Anne Bak (A), formand – Byrådet",
        "- Bo Krog, næstformand – idrætsforeningerne", "- Carl Hav – spejderne",
        "- Dorte Lind – aftenskolerne", "Afbud: Dorte Lind.",
        "Fraværende uden afbud: Carl Hav.", "",
        "1. Godkendelse af dagsorden", "", "Beslutning: Godkendt.", "",
        "2. Eventuelt", "", "Beslutning: Intet."])
    m = _read(tmp_path, "vejle.txt", text)
    people = _people(m)
    assert people["Anne Bak"][0] == "deltog" and people["Bo Krog"][0] == "deltog"
    assert people["Carl Hav"][0] == "afbud" and people["Dorte Lind"][0] == "afbud"
    assert not any("uden afbud" in name for name in people)


# --- an OCR'd forhandlingsprotokol ------------------------------------------------------

def _protocol() -> str:
    page1 = ["                                                 Blad 2201", "",
             "SKOVBO KOMMUNE", "SOGNERADET", "", "F o r h a n d l i n g s p r o t o k o l", "",
             "Ar 1998, mandag den 9. februar kl. 19.3O afholdt sogneradet mode",
             "pa kommunekontoret.", "",
             "Til stede: Borgmester Jens Hald, viceborgmester Karen Mar-",
             "grethe Vang, Poul Bro, Anna", "Lise Krag og Ib Due.", "",
             "Fravaerende: Ole Storm (afbud). I hans sted var indkaldt 1. sted-",
             "fortraeder Else Hjort, der deltog i hele modet.", "",
             "ABENT MODE", "",
             "Sag nr. 12 (1)    Godkendelse af dagsorden.", "                  J.nr. 00.01.00", "",
             "Bes1utning:       Godkendt.", "",
             "Sag nr. 13 (2)    Budgetopfolgning.", "                  J.nr. 00.30.00", "",
             "Beslutning:       Taget til efterretning.", ""]
    page2 = ["Sogneradet, den 9.2.1998                         Blad 2202", "", "LUKKET MODE", "",
             "Sag nr. 14 (3)    Salg af grund.", "", "Sag nr. 15 (4)    Personalesag.", "",
             "(Sagerne er protokolleret i den lukkede protokol.)", "", "Modet haevet kl. 21.1O."]
    return "\n\f".join("\n".join(p) for p in (page1, page2))


def test_an_ocr_protocols_opening_items_and_attendance(tmp_path: Path) -> None:
    m = _read(tmp_path, "skovbo.txt", _protocol())
    assert m.date == date(1998, 2, 9) and m.start_time == "19:30"
    assert m.committee.lower() == "sogneradet"
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (12, "Godkendelse af dagsorden", False), (13, "Budgetopfolgning", False),
        (14, "Salg af grund", True), (15, "Personalesag", True)]
    assert _decision(m.items[3]) == ""  # (the closed protocol's note is no decision)
    people = _people(m)
    assert {"Karen Margrethe Vang", "Anna Lise Krag", "Ib Due"} <= set(people)
    assert people["Ole Storm"][0] == "afbud"
    assert people["Else Hjort"] == ("deltog", "stedfortræder for Ole Storm")


def test_protocol_text_leaves_a_dated_opening_as_it_is() -> None:
    assert protocol_text("År 2024, den 3. maj 2024 kl. 17") == "År 2024, den 3. maj 2024 kl. 17"
    assert protocol_text("Sag nr. 4 (3)  Title") == "Sag nr. 4  Title"


# --- English minutes with a 12-hour clock ----------------------------------------------

_ENGLISH = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Minutes – Senior Citizens Council | Aabenraa Municipality</title></head><body>
<main><h1>Minutes – Senior Citizens Council (Ældrerådet)</h1>
<p>Meeting held on Monday 1 December 2025, 1:30–3:15 pm, Room 2, City Hall, Skelbækvej 2.</p>
<dl><dt>Members present</dt><dd>Ann Moe (Chair)</dd><dd>Ben Fox (Vice-chair, V)</dd>
<dd>Cay Lee</dd><dt>Substitute</dt><dd>Dan Roe (for Eve Kim)</dd>
<dt>Apologies</dt><dd>Eve Kim</dd><dt>Absent</dt><dd>Gus Poe</dd>
<dt>Also present (non-members)</dt><dd>Fay Ray, secretary (minutes)</dd></dl>
<section><h2>Item 1: Approval of the agenda</h2><p>Case no. 25/100</p>
<h3>Decision</h3><p>Approved.</p></section>
<section><h2>Item 2: Senior award <span>Closed session</span></h2><p>Case no. 25/101</p>
<h3>Decision</h3><p>A recipient was chosen.</p>
<p>Apologies: Eve Kim. Absent: Gus Poe.</p></section>
<p>The meeting closed at 3:15 pm.</p></main>
<footer><p>Aabenraa Municipality</p></footer></body></html>"""


def test_english_minutes_with_a_12_hour_clock(tmp_path: Path) -> None:
    m = _read(tmp_path, "minutes.html", _ENGLISH)
    assert m.start_time == "13:30" and m.date == date(2025, 12, 1)
    assert m.committee == "Ældrerådet" and m.municipality == "Aabenraa"
    assert m.place.startswith("Room 2")
    people = _people(m)
    assert people["Ann Moe"] == ("deltog", "formand")
    assert people["Ben Fox"] == ("deltog", "næstformand")
    assert people["Dan Roe"][0] == "deltog" and people["Eve Kim"][0] == "afbud"
    assert "Fay Ray" not in people
    assert m.items[1].title == "Senior award" and m.items[1].closed
    assert m.items[0].journal_number == "25/100"
    assert _decision(m.items[1]) == "A recipient was chosen."


def test_english_head_clock_forms() -> None:
    assert english_head("10 am") == "10.00"
    assert english_head("11:30–1:15 pm") == "11.30-13.15"
    assert english_head("12:30 pm, 17:00") == "12.30, 17:00"
