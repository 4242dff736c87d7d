"""A ninety-sixth round of layouts (round 96's blind files): OCR'd scans of minutes. A
scanner's stamp line tops each page ("» Scannet 05-03-2026 11:20 …"), labels and table
cells lose their Danish letters ("Modedato", "Fremrnøde", "Forrnand", "M0dt", a party
"0"), item 1 is read "l.", a members grid aligned by spaces is read row by row, an
Acadre decision heading names the committee as the cover's OCR did not, decision side
labels wrap over four lines, and a two-column cover is read row by row. Every text is
written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.text import parse_minutes


def _read(tmp_path: Path, text: str, name: str = "scan.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_meetings(path)[0]


_ITEMS = """1. Godkendelse af dagsorden
Sagsnr.: 26/1100
Beslutning:
Godkendt.
2. Vejplan 2026
Sagsnr.: 26/1200
Beslutning:
Anbefales.
"""


# --- a scanner's stamp and OCR'd labels -------------------------------------------------


def test_scanner_stamp_is_no_meeting_date(tmp_path: Path) -> None:
    text = ("» Scannet 09-03-2026 11:20 - Sekretariatet Teknik\nLEMVIG KOMMUNE\nREFERAT\n"
            "Teknik- og Miljøudvalget\nM0dedato:     Tirsdag den 3. marts 2026\n"
            "Modetid:      Kl. 15.00\nModested:     Byrådssalen, Lemvig Rådhus\n" + _ITEMS)
    meeting = _read(tmp_path, text)
    assert meeting.date == date(2026, 3, 3)
    assert meeting.start_time == "15:00"
    assert meeting.place == "Byrådssalen, Lemvig Rådhus"


def test_members_grid_with_ocr_cells_reads_each_member(tmp_path: Path) -> None:
    text = ("Struer Kommune\nREFERAT\nPlanudvalget\nModedato     Mandag den 9. marts 2026\n"
            "Medlemmer\n"
            "Navn                    Parti   Funktion        Fremrnøde\n"
            "Ida Vang Holm           V       Forrnand        M0dt\n"
            "Karl Ebbe Nørby         A       Naestformand    Mødt\n"
            "Gitte Sand              0       Medlem          Afbud\n"
            "Jens 0ster Bak          F       Medlem          Modt\n" + _ITEMS)
    meeting = _read(tmp_path, text)
    people = [(p.name, p.role, p.status) for p in meeting.participants]
    assert people == [("Ida Vang Holm (V)", "formand", "deltog"),
                      ("Karl Ebbe Nørby (A)", "næstformand", "deltog"),
                      ("Gitte Sand (Ø)", "medlem", "afbud"),
                      ("Jens Oster Bak (F)", "medlem", "deltog")]


def test_members_table_headed_by_its_first_column_label(tmp_path: Path) -> None:
    text = ("SKIVE KOMMUNE\n\nRE FERAT\nBørne- og Familieudvalget\n\nDato:    04.03.2026\n"
            "Tidspunkt:  16:00 - 18:00\n\n"
            "Medlemmer                   Funktion        Fremrnøde\n"
            "Lars Mikkelsen (V)          Forrnand        Modt\n"
            "Hanne Dyhr (A)              Medlem          Afbud\n"
            "Ole Krogh (0)               Medlem          Mødt\n\n"
            "l.  Godkendelse af dagsorden\nSagsnr.: 26/4l00\nBeslutning:\nGodkendt.\n\n"
            "2.  Skolebus\nSagsnr.: 26/4200\nBeslutning:\nGodkendt.\n")
    meeting = _read(tmp_path, text)
    assert meeting.committee == "Børne- og Familieudvalget"
    assert [i.number for i in meeting.items] == [1, 2]
    assert meeting.items[0].title == "Godkendelse af dagsorden"
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Lars Mikkelsen (V)", "deltog"), ("Hanne Dyhr (A)", "afbud"), ("Ole Krogh (Ø)", "deltog")]


# --- this meeting's decision, not its history ---------------------------------------------


def test_acadre_heading_with_ocr_lost_letters_in_the_cover_is_the_decision() -> None:
    text = ("Holstebro Kommune\nREFERAT\nSundheds- og Aeldreudvalget\n"
            "Mødedato: Onsdag den 11. marts 2026\n"
            "1. Godkendelse af dagsorden\nSagsnr.: 00.01.00-A00-3-26\n"
            "Beslutning i Sundheds- og Ældreudvalget den 11-03-2026\nGodkendt.\n"
            "2. Plejeboliger\nSagsnr.: 16.00.00-P20-1-26\n"
            "Beslutning i Sundheds- og Ældreudvalget den 10-02-2026\nSendes i høring.\n"
            "Beslutning i Sundheds- og\nAeldreudvalget den 11-03-2026\nAnbefales.\n")
    meeting = parse_minutes(text)
    assert meeting.items[0].decision == "Godkendt."
    assert meeting.items[1].decision == "Anbefales."
    assert [h.date for h in meeting.items[1].history] == [date(2026, 2, 10)]


def test_decision_side_label_wrapped_over_four_lines() -> None:
    text = ("Odder Kommune\nReferat\nKultur- og Idrætsudvalget\n"
            "Mødedato: Torsdag den 12. marts 2026\n\n"
            "1. Godkendelse af dagsorden\n\nIndstilling\n\nAt dagsordenen godkendes.\n\n"
            "Beslutning i\nKultur- og\nIdrætsudvalget\nden 12-03-2026\n\nGodkendt.\n\n"
            "2. Hallens åbningstid\n\nIndstilling\n\nAt åbningstiden udvides.\n\n"
            "Beslutning i\nKultur- og\nIdrætsudvalget\nden 12-03-2026\n\nUdsat.\n")
    meeting = parse_minutes(text)
    assert [i.decision for i in meeting.items] == ["Godkendt.", "Udsat."]


# --- a two-column cover read row by row ----------------------------------------------------


def test_two_column_cover_read_row_by_row(tmp_path: Path) -> None:
    text = ("~ Scanning 18.03.2026 08:15  -  Indscannet til sag 00.01.00-A00-9-26\n"
            "Thisted Kommune\nBESLUTNINGSPROTOKOL\nØkonomiudvalget\n"
            "Modedato:                                 Medlemmer:\n"
            "Mandag den 16. marts 2026                 Tove Lund Berg (V), formand\n"
            "Tidspunkt:                                Aksel Hvid (A), naestformand\n"
            "Kl. 13.00 - 15.00                         Per Kjaer (C)\n"
            "Modested:                                 Rita Sondergaard Kamp (F)\n"
            "Byrådssalen, Rådhuset,                    Mads Toft (V)\n"
            "Asylgade 30, 7700 Thisted\n"
            "                                          Afbud:\n"
            "                                          Rita Søndergaard Kamp (F)\n"
            "Dagsordenen blev udsendt den 11. marts 2026. Byrådet behandler punkt 2 den 24. marts\n"
            "2026.\n" + _ITEMS)
    meeting = _read(tmp_path, text)
    assert meeting.committee == "Økonomiudvalget"
    assert (meeting.date, meeting.start_time) == (date(2026, 3, 16), "13:00")
    assert meeting.place and meeting.place.startswith("Byrådssalen, Rådhuset,")
    assert [(p.name.split(" (")[0], p.status) for p in meeting.participants] == [
        ("Tove Lund Berg", "deltog"), ("Aksel Hvid", "deltog"), ("Per Kjaer", "deltog"),
        ("Rita Sondergaard Kamp", "afbud"), ("Mads Toft", "deltog")]
