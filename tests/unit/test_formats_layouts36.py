"""A thirty-sixth round of layouts: KKR's items headed by the year and a running number
("Sag 2023-42"), item headings in box-drawing frames, a clock time before each item's
heading, and others (see each test). Each read wrongly or not at all before."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from ingest.read import SkipFile

from .fixture_files import FIXTURES, one_meeting, read_meetings

one = partial(one_meeting, "formats36")


def test_items_headed_by_year_and_running_number() -> None:
    """KKR's "Sag 2023-41    Godkendelse af dagsorden": the item is number 41 of the
    year; "Borgmester Jens Lind (V), Fjordby Kommune, formand": the member's municipality
    is no part of the name. Before: no item found, the file refused."""
    m = one("10_kkr_sag_aar.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "KKR Syddanmark", date(2023, 11, 7), "10:00", "referat")
    assert m.place == "Hotel Koldingfjord, Fjordvej 154, mødelokale Skoven"
    assert [(i.number, i.title) for i in m.items] == [
        (41, "Godkendelse af dagsorden"), (42, "Praktikpladser på social- og sundhedsområdet"),
        (43, "Udpegning til vækstforum"), (44, "Eventuelt")]
    assert m.items[1].decision == "Fordelingen blev godkendt.\nOle Friis (C) stemte imod."
    assert m.items[1].votes == {"imod": ["Ole Friis (C)"]}
    assert [i.closed for i in m.items] == [False, False, True, False]
    assert [(p.name, p.role) for p in m.participants if p.status == "deltog"] == [
        ("Jens Lind (V)", "formand, Fjordby Kommune"),
        ("Mette Holm (A)", "næstformand, Sønderby Kommune"),
        ("Ole Friis (C)", "borgmester, Lundby Kommune")]
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Anne Buch (A)"]


def test_item_headings_in_box_drawing_frames() -> None:
    """pdftotext -layout keeps the frame drawn around each heading ("┌──┐" / "│ Punkt 2
    Title │" / "│ Sagsnr.: … Lukket punkt │" / "└──┘"): furniture, the heading inside
    it read as any; the members' names signed side by side after the last item are no
    decision. Before: no item found, the file refused."""
    m = one("01_boks_om_titel.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Social- og Sundhedsudvalget", date(2024, 6, 4), "15:30", "referat",
        "Plejecentret Egely, mødelokale 2")
    assert [(i.title, i.journal_number) for i in m.items] == [
        ("Godkendelse af dagsorden", "00.01.00-A00-7-24"),
        ("Plejeboligplan 2025-2030", "29.09.00-P15-1-24"),
        ("Klage over visitation", "27.12.00-K09-2-24")]
    assert m.items[1].votes == {"for": ["A", "V"], "imod": ["F"]}
    assert [i.closed for i in m.items] == [False, False, True]
    assert m.items[2].decision == "Klagen blev ikke imødekommet."
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Jesper Rask (O)"]
    assert ("Hanne Lykke (A)", "formand") in [(p.name, p.role) for p in m.participants]


def test_clock_time_before_each_item_heading() -> None:
    """"Kl. 13.10 – 2. Title": the time is no part of the heading; "Kl. 14.00 – Pause"
    and "Kl. 15.25 – Mødet slut." are no item's text; a heading followed at once by a
    paragraph's first line ends there. Before: no item found, the file refused."""
    m = one("02_klokkeslaet.txt")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Ældrerådet", date(2024, 9, 10), "13:00", "referat", "Rådhuset, mødelokale 4")
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Orientering om den nye madordning på plejecentrene",
        "Høring om kvalitetsstandard for rehabilitering", "Eventuelt"]
    assert m.items[1].decision == "Ældrerådet tog orienteringen til efterretning."
    assert m.items[2].closed and "Pause" not in m.items[1].decision + m.items[2].decision
    assert m.items[2].votes == {"for": ["Grethe Krogh", "Poul Winther", "Else Damgaard"],
                                "imod": ["Henrik Bach"]}
    assert "slut" not in m.items[3].section("Beskrivelse")
    assert m.items[3].section("Beskrivelse").startswith("Næste møde holdes den 8. oktober")
    assert [p.name for p in m.participants if p.status == "afbud"] == ["Jytte Holm"]


def test_a_digest_of_the_weeks_committee_meetings_is_one_meeting_a_block() -> None:
    """A secretariat's mail with each committee's block ("KULTUR- OG FRITIDSUDVALGET" /
    "Tirsdag den 1. oktober 2024 kl. 17.00, Kulturhuset, lokale 3" / "Afbud: …", items
    numbered from 1 again): a meeting each; "For: A, V, C. Imod: Ø." on one line names
    both sides. Before: one meeting, the second block's items over the first's."""
    first, second = read_meetings(FIXTURES / "formats36" / "05_ugens_beslutninger.txt")
    assert (first.committee, first.date, first.start_time, first.place) == (
        "Kultur- og Fritidsudvalget", date(2024, 10, 1), "17:00", "Kulturhuset, lokale 3")
    assert (second.committee, second.date, second.start_time) == (
        "Social-, Sundheds- og Ældreudvalget", date(2024, 10, 2), "15:00")
    assert [i.title for i in first.items] == [
        "Godkendelse af dagsorden", "Ny hal i Nordby", "Tilskud til en forening"]
    assert first.items[1].votes == {"for": ["A", "V", "C"], "imod": ["Ø"]}
    assert first.items[2].closed and first.items[2].decision == "Tilskuddet bevilges."
    assert [p.name for p in first.participants] == ["Søren Bak (O)"]
    assert [i.decision for i in second.items] == ["Godkendt.", "Godkendt. F stemte imod."]
    assert second.items[1].votes == {"imod": ["F"]}


def test_attendance_listed_inside_the_first_item_and_absence_under_an_item() -> None:
    """A board's wiki minutes record who came under "1. Godkendelse af dagsorden og
    fremmøde" ("Til stede:" / "- Name (role)" / "Afbud:"), the date line is bold, and an
    item says "Fraværende under punktet: Name (inhabil – …)". Before: nobody took part,
    the place ended in "**", the item's absentee unread."""
    m = one("08_fremmoede_i_punkt1.md")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Borgerforeningen for Nørre Vium", date(2024, 9, 9), "19:30", "Klubhuset, Stadionvej 4")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Bent Overgaard", "deltog", "formand"), ("Jonna Friis", "deltog", "sekretær"),
        ("Karl Bruun", "deltog", ""), ("Sofie Lund", "deltog", ""),
        ("Poul Mikkelsen", "afbud", "")]
    assert m.items[0].decision == "Dagsordenen blev godkendt."
    assert m.items[1].absentees == ["Karl Bruun"]
    assert m.items[1].votes == {"for": ["Bent Overgaard", "Jonna Friis"], "imod": ["Sofie Lund"]}


def test_word_plain_text_members_table_and_the_chairmans_remark() -> None:
    """Word's "Gem som almindelig tekst": CRLF, a members' table with tabs between its
    cells ("Medlemmer<TAB>Kommune<TAB>Bemærkning", "Fraværende" in a row's last cell) and
    "Formandens bemærkning" as a section heading. Before: the cells run together into
    names, those after the absent one absent too; the remark glued to the title."""
    m = one("09_tabulator_medlemmer.txt")
    assert (m.date, m.start_time, m.place) == (
        date(2024, 6, 3), "10:00", "Havnekontoret, Kajgade 2")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Lars Holm (V)", "deltog", "formand"), ("Eva Dam (A)", "deltog", "næstformand"),
        ("Karin Bo (F)", "afbud", ""), ("Tom Lau (C)", "deltog", "")]
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Takster for 2025", "Eventuelt"]
    assert m.items[1].section("Formandens bemærkning") == (
        "Formanden foreslår, at taksterne for fritidsbåde fastholdes.")
    assert m.items[1].decision == "Godkendt med formandens bemærkning."
    assert m.items[2].section("Formandens bemærkning").startswith("Formanden orienterede")
    assert m.items[2].decision == "Taget til efterretning."


def test_a_typewritten_protocol_read_by_ocr() -> None:
    """A 1984 typed referat: "Møde den 14.marts 1984" (no space after the day), the
    date sentence wrapped before its year, names hyphenated or wrapped before their party
    ("Birthe Ravn-" / "holt (A).", "Karen" / "Bie (V)", "Jens Aa. Vinding"), the running
    header on each page, a title hyphenated over two lines, "Lukket møde:" before a title
    and every title ending in a full stop. Before: no date found, the file refused."""
    m = one("07_skrivemaskine_1984.txt")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Byrådet", date(1984, 3, 14), "19:00", "rådhuset, byrådssalen")
    assert [p.name for p in m.participants if p.status == "afbud"] == [
        "Hans Kjeldsen (C)", "Birthe Ravnholt (A)"]
    assert [p.name for p in m.participants if p.status == "deltog"] == [
        "Erik Dahl (A)", "Lis Mørk (V)", "Otto Brink (A)", "Jens Aa. Vinding (SF)",
        "Karen Bie (V)"]
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Lån til fjernvarmeværket",
        "Lokalplan for et boligområde ved Kirkevej - endelig vedtagelse", "Køb af ejendom"]
    assert m.items[1].decision == "Godkendt."
    assert m.items[2].votes == {"for": ["A", "V"], "imod": ["SF"]}
    assert [i.closed for i in m.items] == [False, False, False, True]
    assert m.items[3].decision == "Indstillingen tiltrådt."


def test_a_spreadsheet_published_as_a_web_page() -> None:
    """Google Sheets' published grid: column letters above it, each row's number at its
    start, the facts ("Udvalg | Handicaprådet") and the items ("Nr | Sag | Indstilling |
    Beslutning | Lukket") in one table, "Ja" in the "Lukket" column. Before: one item
    numbered by the sheet's row, its title the column heads, a dagsorden."""
    m = one("06_regneark.html")
    assert (m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Handicaprådet", date(2024, 11, 12), "16:00", "referat", "Rådhuset, mødelokale 1")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Tilgængelighed på stationen"),
        (3, "Klage fra en borger")]
    assert [i.closed for i in m.items] == [False, False, True]
    assert m.items[1].section("Indstilling") == "Rådet drøfter sagen."
    assert m.items[1].votes == {"for": ["Lise Holm"], "imod": ["Peter Kvist"]}
    assert [(p.name, p.status) for p in m.participants] == [
        ("Lise Holm", "deltog"), ("Peter Kvist", "deltog"), ("Anne Mørk", "afbud")]


def test_a_meeting_apps_json_export_read_by_its_structure() -> None:
    """A JSON schema of its own: "meeting" holding "items" (a number and a title each,
    "closed", "caseNo", "sections" of a title and a text), "committee", "start" in ISO
    form, "place" in parts and "participants" marked "present". Before: refused as
    JSON of an unknown format."""
    m = one("03_moede_app.json")
    assert (m.municipality, m.committee, m.date, m.start_time, m.doc_type, m.place) == (
        "Testkommune", "Klima- og Miljøudvalget", date(2024, 10, 8), "16:00", "referat",
        "Rådhuset, Mødelokale 5")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Anders Holt (V)", "deltog", "formand"), ("Mia Krogh (A)", "deltog", ""),
        ("Ib Sand (Ø)", "afbud", "")]
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Klimaplan 2025-2030", False),
        (3, "Erstatningssag", True)]
    assert m.items[1].journal_number == "13.02.00-P15-4-24"
    assert m.items[1].section("Sagsfremstilling").startswith("Planen skal halvere")
    assert m.items[1].votes == {"for": ["V"], "imod": ["A"]}


def test_an_esdh_systems_xml_meeting_export_read_by_its_structure() -> None:
    """An XML "mødeudtræk" with a namespace: `<Moede>` holding `<Dagsordenpunkt
    Nummer Aabent>` with `<Overskrift>`, `<Sagsnummer>` and `<Afsnit Titel>` CDATA HTML,
    `<Deltager Rolle Parti Fremmoede>`. Before: refused as XML of an unknown format."""
    m = one("04_moedeudtraek.xml")
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Kultur- og Fritidsudvalget", date(2024, 11, 19), "17:00", "Biblioteket, mødesalen")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Lone Vang (C)", "deltog", "formand"), ("Per Holm (A)", "deltog", ""),
        ("Tina Bro (F)", "afbud", "")]
    assert [i.title for i in m.items] == [
        "Godkendelse af dagsorden", "Nyt kunstgræsanlæg", "Lejeaftale med forening"]
    assert [i.closed for i in m.items] == [False, False, True]
    assert m.items[1].journal_number == "18.15.00-G01-3-24"
    assert m.items[1].votes == {"for": ["C", "A"], "imod": ["F"]}
    assert m.items[2].decision == "Aftalen godkendt."


def test_json_and_xml_without_agenda_items_stay_unknown(tmp_path) -> None:
    """Only an export with agenda items is read: other JSON and XML keep their reason."""
    (tmp_path / "a.json").write_text('{"items": [{"name": "x", "price": 2}]}', encoding="utf-8")
    (tmp_path / "b.xml").write_text("<katalog><vare nr='1'/></katalog>", encoding="utf-8")
    for name, reason in (("a.json", "JSON i et ukendt format"), ("b.xml", "XML i et ukendt")):
        with pytest.raises(SkipFile, match=reason):
            read_meetings(tmp_path / name)
