"""A hundred-and-second round of layouts (round 102's blind files): minutes and agendas
printed in one PDF with their bilag. The attachments' pages follow an item or the last
item, behind a separator page ("Bilag 3.1: …" / "Tilhører punkt: 3. …"), an ESDH cover
table ("Bilag:" / "Udvalg:" / "Mødedato:" / "Bilagsnr:") or a Word heading ("Bilag 1 –
…"), or stamped "Bilag til punkt 2" on each page; they hold numbered headings, letters'
"Dato:"/"Sagsnr.:" and an advisory council's own "Beslutning:", none of which is the
meeting's. Also: a members list whose roles are capitalised after a comma ("Ida Holm
(V), Formand"), the next meeting's day (no hour) after the meeting's end, and a room
with a number above its address. Every text is written by the tests (other towns,
bodies and words than the blind files); pages are parted by form feeds as in a PDF's
extracted text."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.bilag_pages import without_bilag
from ingest.formats.text import parse_minutes
from ingest.formats.text_header import parse_header


def _read(tmp_path: Path, pages: list[str]) -> list:
    doc = tmp_path / "miljoeudvalget_referat.txt"
    doc.write_text("\n\f\n".join(pages), encoding="utf-8")
    return read_meetings(doc)


_HEAD = ("Vestby Kommune\nReferat\nMiljøudvalget\nMødedato: 14-04-2026\nTidspunkt: 16:00\n"
         "Deltagere: Ida Holm (V), formand; Ole Bak (A); Eva Lund (F)\nAfbud: Eva Lund (F)\n"
         "Indholdsfortegnelse\n1. Godkendelse af dagsorden\n2. Vandplan for Vestå\n"
         "3. Tilskud til naturpleje\n")


# --- separator pages after an item, and the item after them ------------------------------


def test_a_separator_page_and_the_bilag_after_it_are_no_part_of_the_decision(
        tmp_path: Path) -> None:
    pages = [
        _HEAD + "1. Godkendelse af dagsorden\nSagsnr.: 01.00.00-A00-1-26\nBeslutning\nGodkendt.\n"
        "2. Vandplan for Vestå\nSagsnr.: 06.00.00-P20-4-26\nSagsfremstilling\nPlanen er klar.\n"
        "Beslutning\nIndstillingen blev godkendt.",
        "Bilag 2.1: Notat om vandplanen\nTilhører punkt: 2. Vandplan for Vestå\n"
        "Miljøudvalget 14-04-2026",
        "Vestby Kommune\nNatur og Miljø\nDato: 2. marts 2026\nSagsnr.: 26/1177\nNOTAT\n"
        "1. Indledning\nNotatet beskriver planen.\n2. Økonomi\nUdgiften er 2 mio. kr.\n"
        "Beslutning:\nVandrådet anbefaler planen.",
        "3. Tilskud til naturpleje\nSagsnr.: 01.05.00-Ø40-2-26\nBeslutning\n"
        "Godkendt med en ramme på 50.000 kr.",
    ]
    [meeting] = _read(tmp_path, pages)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Vandplan for Vestå"), (3, "Tilskud til naturpleje")]
    assert meeting.items[1].decision == "Indstillingen blev godkendt."
    assert meeting.items[2].decision == "Godkendt med en ramme på 50.000 kr."
    # (but an item's own list of bilag that ran onto the next page is the item's text)
    listed = ("Punkt 1\nSagsnr.: 26/1\nBeslutning\nGodkendt.\nBilag\f"
              "Bilag 1: Kort\nBilag 2: Notat\n2. Budget\nSagsnr.: 26/2\nBeslutning\nGodkendt.")
    assert without_bilag(listed) == listed


def test_a_bilag_notat_after_the_last_item_makes_no_second_meeting(tmp_path: Path) -> None:
    pages = [
        _HEAD + "1. Godkendelse af dagsorden\nSagsnr.: 01.00.00-A00-1-26\nBeslutning\nGodkendt.\n"
        "2. Vandplan for Vestå\nSagsnr.: 06.00.00-P20-4-26\nBeslutning\nGodkendt.\n"
        "3. Tilskud til naturpleje\nSagsnr.: 01.05.00-Ø40-2-26\nBeslutning\nGodkendt.",
        "Bilag:\n3.1. Notat om naturpleje\nUdvalg:\nMiljøudvalget\nMødedato:\n"
        "14. april 2026 - Kl. 16:00\nAdgang:\nÅben\nBilagsnr:\n55120/26\n"
        "Notat: Naturpleje i Vestå-dalen\n1. Indledning\nDer er afgræsset 40 ha.\n"
        "2. Resultater\nFloraen er øget.\n3. Anbefaling\nPlejen fortsætter.",
    ]
    meetings = _read(tmp_path, pages)
    assert len(meetings) == 1
    assert [i.title for i in meetings[0].items][-1] == "Tilskud til naturpleje"
    assert meetings[0].items[-1].decision == "Godkendt."


# --- pages stamped "Bilag til punkt N" --------------------------------------------------


def test_a_stamped_bilag_page_gives_an_agenda_no_decision_and_no_item(tmp_path: Path) -> None:
    head = _HEAD.replace("Referat\n", "Dagsorden\n")
    pages = [
        head + "1. Godkendelse af dagsorden\nSagsnr.: 01.00.00-A00-1-26\nIndstilling\n"
        "Dagsordenen godkendes.\n2. Vandplan for Vestå\nSagsnr.: 06.00.00-P20-4-26\n"
        "Indstilling\nPlanen godkendes.",
        "Grønt Råd i Vestby\nUddrag af referat\nTil stede: Karl Moos (formand), Jens Vig\n"
        "Punkt 3. Høring om vandplanen\nBeslutning:\nRådet anbefaler planen.\n"
        "Bilag til punkt 2: 2.1 Uddrag af referat fra Grønt Råd\nMiljøudvalget 14-04-2026\nSide 2",
        "3. Tilskud til naturpleje\nSagsnr.: 01.05.00-Ø40-2-26\nIndstilling\nTilskuddet gives.",
    ]
    [meeting] = _read(tmp_path, pages)
    assert meeting.doc_type == "dagsorden"
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Vandplan for Vestå", "Tilskud til naturpleje"]
    assert not any(i.decision for i in meeting.items)
    assert {p.name for p in meeting.participants} == {"Ida Holm (V)", "Ole Bak (A)", "Eva Lund (F)"}


def test_a_word_heading_over_a_pasted_letter_gives_eventuelt_no_case_number(
        tmp_path: Path) -> None:
    pages = [
        _HEAD + "Pkt. 1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n"
        "Pkt. 2. Vandplan for Vestå\nSagsnr.: 26/310\nBeslutning:\nGodkendt.\n"
        "Pkt. 3. Eventuelt\nBeslutning:\nIntet.",
        "Bilag 1 – Brev fra Vestå Lodsejerlaug\nVESTÅ LODSEJERLAUG\nÅvej 3\nDato: 1. marts 2026\n"
        "Sagsnr.: 26/999\nVi ønsker at deltage i planen.\nMed venlig hilsen\nPoul Krag",
    ]
    [meeting] = _read(tmp_path, pages)
    assert meeting.items[-1].title == "Eventuelt"
    assert meeting.items[-1].journal_number is None
    assert meeting.items[-1].decision == "Intet."


# --- the head: roles in capitals, the end and the place ---------------------------------


def test_capitalised_roles_after_a_comma_stay_with_their_member() -> None:
    header = parse_header(["Miljøudvalget", "Mødedato: 14-04-2026", "Medlemmer:",
                           "Ida Holm (V), Formand", "Ole Bak (A), Næstformand", "Eva Lund (F)"])
    assert [(p.name, p.role) for p in header.participants] == [
        ("Ida Holm (V)", "formand"), ("Ole Bak (A)", "næstformand"), ("Eva Lund (F)", "")]


def test_the_next_meetings_day_after_the_end_is_no_part_of_the_last_decision() -> None:
    text = ("Referat\nMiljøudvalget\nMødedato: 14-04-2026\n1. Godkendelse af dagsorden\n"
            "Beslutning\nGodkendt.\n2. Vandplan\nBeslutning\nIndstillingen blev godkendt.\n"
            "Mødet blev hævet kl. 17:40. Næste møde afholdes tirsdag den 12. maj 2026.")
    assert parse_minutes(text).items[-1].decision == "Indstillingen blev godkendt."


def test_a_numbered_room_above_its_address_is_one_place() -> None:
    header = parse_header(["Miljøudvalget", "Mødedato: 14-04-2026",
                           "Mødested: Lokale 2.07, Rådhuset", "Torvegade 4, 9999 Vestby"])
    assert header.place == "Lokale 2.07, Rådhuset, Torvegade 4, 9999 Vestby"
