"""An eightieth round of layouts (round 80's blind files): a LaTeX article whose page
foot (the page number and a footnote) is drawn first, so its text opens the page; a
region's HTML newsletter that names its region only in the logo, the signature and the
footer; an ASCII-only screen-reader export hard-wrapped at 40 columns ("PUNKT 2 AF 5",
"Titel:", "Overskrift: Beslutning", "Fravaerende:"); and a referat that is one long
table across pages, its head row printed again on each page and the start time on the
line under the date. Every text is written by the tests (other towns, bodies and words
than the blind files)."""

from __future__ import annotations

from datetime import date

from ingest.formats.region_body import sender_region
from ingest.formats.repeated_rows import without_repeated_rows
from ingest.formats.screen_text import is_screen_text, screen_text
from ingest.line_numbers import strip_line_numbers

from .fixture_files import written_meeting as _read


def _sections(item) -> dict[str, str]:  # noqa: ANN001
    return {s.name: s.text for s in item.sections}


# --- a screen reader's ASCII export, wrapped at 40 columns ------------------------------

def _wrapped(lines: list[str], width: int = 40) -> str:
    out: list[str] = []
    for line in lines:
        row = ""
        for word in line.split(" "):
            if row and len(row) + 1 + len(word) > width:
                out.append(row)
                row = word
            else:
                row = f"{row} {word}" if row else word
        out.append(row)
    return "\r\n".join(out)


def _screen_export() -> str:
    return _wrapped([
        "HOERSHOLM KOMMUNE", "HANDICAPRAADET", "REFERAT", "",
        "Sektion: Moedeoplysninger", "",
        "Moededato: onsdag den 12. november 2025",
        "Moedetid: kl. 16.00 til 18.00",
        "Moedested: Lokale 4, Hoersholm Raadhus, Ridebanevej 1, 2970 Hoersholm", "",
        "Sektion: Deltagere", "",
        "Til stede (3 personer):", "- Lise Aabo, formand", "- Karl Hoej, naestformand",
        "- Aase Winther, medlem", "",
        "Afbud (1 person):", "- Mads Broe, medlem", "",
        "-" * 40, "",
        "PUNKT 1 AF 2", "Titel: Godkendelse af dagsorden", "Sagsnummer: 25/811",
        "Adgang: aaben", "",
        "Overskrift: Beslutning", "Godkendt.", "Fravaerende: Mads Broe", "",
        "-" * 40, "",
        "PUNKT 2 AF 2", "Titel: Hoeringssvar om tilgaengelighed i de nye busstoppesteder "
        "i bymidten", "Sagsnummer: 25/902", "Adgang: aaben", "",
        "Overskrift: Sagsfremstilling",
        "Kommunen har sendt planen for de nye busstoppesteder i hoering hos raadet.", "",
        "Overskrift: Beslutning",
        "Raadet afgiver hoeringssvar som droeftet og beder om bedre skiltning.",
        "Fravaerende: Mads Broe", "",
        "-" * 40, "", "Moedet sluttede kl. 18.00.", "", "Slut paa dokumentet.",
    ])


def test_screen_reader_export_items_sections_and_people(tmp_path) -> None:  # noqa: ANN001
    meeting = _read(tmp_path, "hoersholm_handicapraad.txt", _screen_export())
    assert meeting.date == date(2025, 11, 12) and meeting.start_time == "16:00"
    assert meeting.place == "Lokale 4, Hoersholm Raadhus, Ridebanevej 1, 2970 Hoersholm"
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Hoeringssvar om tilgaengelighed i de nye busstoppesteder i bymidten")]
    assert _sections(meeting.items[0]) == {"Beslutning": "Godkendt."}
    second = _sections(meeting.items[1])
    assert second["Beslutning"] == (
        "Raadet afgiver hoeringssvar som droeftet og beder om bedre skiltning.")
    assert "busstoppesteder i hoering" in second["Sagsfremstilling"]
    assert {p.name: (p.status, p.role) for p in meeting.participants} == {
        "Lise Aabo": ("deltog", "formand"), "Karl Hoej": ("deltog", "næstformand"),
        "Aase Winther": ("deltog", "medlem"), "Mads Broe": ("afbud", "medlem")}
    assert meeting.items[1].absentees == ["Mads Broe"]


def test_screen_text_keeps_names_and_other_text() -> None:
    # names and the text stay as printed; only labels, headings and roles go Danish
    text = screen_text(_screen_export())
    assert "- Lise Aabo, formand" in text and "Fraværende: Mads Broe" in text
    assert "Punkt 2 Hoeringssvar om tilgaengelighed" in text
    # no "PUNKT N AF M" items, or letters beyond ASCII: any other text is left alone
    plain = "Moedested: Raadhuset\nPunkt 1 Budget\nOverskrift: Beslutning\nGodkendt."
    assert not is_screen_text(plain) and screen_text(plain) == plain
    danish = _screen_export().replace("HANDICAPRAADET", "HANDICAPRÅDET")
    assert not is_screen_text(danish)


# --- a region that signs its newsletter -----------------------------------------------

def test_region_named_by_its_footer_and_signature() -> None:
    assert sender_region("Med venlig hilsen\nJens Bo\nRedaktør, Kommunikation, "
                         "Region Sjælland") == "Region Sjælland"
    assert sender_region("© 2025 Region Hovedstaden. Sendt 01-12-2025.") == (
        "Region Hovedstaden")
    # a region named in an item's text, or as a partner, sends nothing
    assert sender_region("Aftalen med Region Sjælland blev godkendt.") is None
    assert sender_region("Samarbejde med Region Sjælland om akutpladser") is None


def _newsletter(footer: list[str]) -> str:
    return "\n".join([
        "Referat fra Regionalt Udviklingsudvalg", "Mødedato: Mandag den 3. november 2025",
        "Tidspunkt: Kl. 10.00 – 12.00", "Mødested: Mødesal A, Alléen 15, 4180 Sorø",
        "Til stede: Ane Dal (A), formand; Bo Lind (V)", "",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.", "",
        "2. Trafikplan for kollektiv trafik", "Beslutning", "Anbefales.", "", *footer])


def test_newsletter_minutes_filed_under_the_region(tmp_path) -> None:  # noqa: ANN001
    meeting = _read(tmp_path, "nyhedsbrev.txt", _newsletter([
        "Med venlig hilsen", "Pia Holm", "Redaktør, Kommunikation, Region Sjælland", "",
        "Region Sjælland · Alléen 15 · 4180 Sorø · Afmeld nyhedsbrev"]))
    assert meeting.municipality == "Region Sjælland"
    # the town's own minutes that name a region as a partner stay the town's
    town = _read(tmp_path, "nyhedsbrev2.txt", _newsletter([
        "Udvalget drøftede samarbejdet med Region Sjælland.", "Sorø Kommune"]))
    assert town.municipality == "Sorø"


# --- a page's foot drawn first: its footnote opens the page ------------------------------

def test_footnote_opening_a_page_goes_to_its_mark() -> None:
    text = "\n".join([
        "1", "Sagsfremstilling", "Budgettet blev fremlagt.", "Indstilling",
        "Direktionen indstiller, at budgettet godkendes.", "\f",
        "2", "¹Planen blev vedtaget af Byrådet den 3. marts 2022.",
        "Beslutning", "Godkendt.", "Sagsfremstilling", "Status på planen fremlægges.1",
        "Indstilling", "Til orientering."])
    lines = strip_line_numbers(text).split("\n")
    at = lines.index("Status på planen fremlægges.1")
    assert lines[at + 1] == "¹Planen blev vedtaget af Byrådet den 3. marts 2022."
    assert lines.count("¹Planen blev vedtaget af Byrådet den 3. marts 2022.") == 1
    # no mark on the page: the line stays where it is ("²" opens no footnote here)
    unmarked = text.replace("fremlægges.1", "fremlægges.")
    assert strip_line_numbers(unmarked) == unmarked


# --- one long table across pages ------------------------------------------------------

_HEAD_ROW = ["Pkt.", "Sag", "Sagsfremstilling og indstilling", "Beslutning"]


def _long_table() -> str:
    return "\n".join([
        "Viborg Kommune | Klima- og Miljøudvalget | Referat",
        "Beslutningsprotokol Klima- og Miljøudvalget 02-12-2025", "Side 1",
        *_HEAD_ROW,
        "Møde", "Tirsdag den 2. december 2025", "Kl. 15:00 – 17:00",
        "Mødested: Lokale 2, Viborg Rådhus, Prinsens Allé 5, 8800 Viborg",
        "Til stede: Eva Lund (A), formand; Per Skov (V)",
        "12", "Godkendelse af dagsorden", "Sagsnr. 25-000101", "Sagsfremstilling",
        "Dagsordenen fremlægges.", "Beslutning 02-12-2025", "Godkendt.",
        "", "\f", "Beslutningsprotokol Klima- og Miljøudvalget 02-12-2025", "Side 2",
        *_HEAD_ROW,
        "13", "Vandplan for Nørreå", "Sagsnr. 25-000202", "Sagsfremstilling",
        "Planen er i høring.", "Beslutning 02-12-2025", "Anbefales.",
        "Mødet hævet kl. 17:00."])


def test_long_table_head_row_repeated_and_time_below_date(tmp_path) -> None:  # noqa: ANN001
    meeting = _read(tmp_path, "viborg_kmu.txt", _long_table())
    assert meeting.start_time == "15:00"
    assert [(i.number, i.decision) for i in meeting.items] == [
        (12, "Godkendt."), (13, "Anbefales.")]


def test_repeated_row_needs_a_head_row() -> None:
    # a row of cells printed twice is no head row unless it opens with the number's head
    text = "Navn\nParti\nFunktion\nx\nNavn\nParti\nFunktion"
    assert without_repeated_rows(text) == text
    once = "\n".join([*_HEAD_ROW, "1", "Budget", "Godkendt."])
    assert without_repeated_rows(once) == once


def test_time_under_another_day_is_no_start() -> None:
    from ingest.formats.text_header import parse_header

    head = ["Beslutningsprotokol Klima- og Miljøudvalget 02-12-2025", "Side 1", "Møde",
            "Tirsdag den 2. december 2025", "Kl. 15:00 – 17:00", "Mødested: Lokale 2"]
    assert parse_header(head).start_time == "15:00"
    # the time under the next meeting's day is that meeting's
    later = [*head[:3], "Onsdag den 14. januar 2026", *head[4:]]
    assert parse_header(later).start_time is None
