"""A hundred-and-seventeenth round of layouts (round 117's blind files: participants and
attendance in many shapes): a reportlab members' grid one cell a line with ticks and
crosses in its "Fremmøde" column, a Word members' table with "Mødt" / "Ikke mødt" marks
and a "Funktion" column, a plain text's note on who left (a printed role kept), a
substitute's own sentence ("X mødte for Y."), a date line's place followed by the hour
the meeting ended, and a FirstAgenda export from a host that writes the municipality
without its Danish letters. Every text is written by the tests (other towns, bodies and
words than the blind files)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from . import pdf_files
from .fixture_files import written_meeting as _read
from .office_files import docx, para, table
from .pdf_files import cells_pdf

# a font with the tick and the cross (the Liberation fonts have neither)
_TICK_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _role(meeting, name: str) -> str:
    return next(p.role for p in meeting.participants if p.name.startswith(name))


def _status(meeting, name: str) -> str:
    return next(p.status for p in meeting.participants if p.name.startswith(name))


@pytest.mark.skipif(not _TICK_FONT.exists(), reason="no font with ✓ and ✗")
def test_ticked_members_grid_one_cell_a_line(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF members' grid read one cell a line, an empty role cell without a line and
    the attendance a tick or a cross: every member with party, role and status (the
    substitute's line below saying whom she stood in for)."""
    monkeypatch.setattr(pdf_files, "FONT", str(_TICK_FONT))
    head = ["Nordby Kommune", "Referat", "Ældre- og Sundhedsudvalget",
            "Mødedato: Onsdag den 6. marts 2024", "Mødetidspunkt: Kl. 14.00 - 16.00",
            "Mødested: Udvalgsværelset, Rådhuset", "Deltagere:", "Navn", "Parti", "Funktion",
            "Fremmøde", "Ida Holm", "A", "Formand", "✓", "Ole Bak", "V", "Næstformand", "✓",
            "Eva Lund", "C", "✗", "Per Dam", "F", "✓", "Lis Krog", "C", "Stedfortræder", "✓",
            "✓ = til stede   ✗ = fraværende",
            "Stedfortræder: Lis Krog (C) deltog som stedfortræder for Eva Lund (C)."]
    items = ["1. Godkendelse af dagsorden", "Sagsnr.: 24/00101", "Beslutning", "Godkendt.",
             "2. Ny plejeboligplan", "Sagsnr.: 24/00230", "Sagsfremstilling",
             "Planen beskriver behovet for plejeboliger frem til 2030.", "Beslutning",
             "Anbefales."]
    raw = cells_pdf([[(20, k, line) for k, line in enumerate(head + items)]])
    m = _read(tmp_path, "nordby_aesu_referat.pdf", raw)
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Ida Holm (A)", "deltog", "formand"), ("Ole Bak (V)", "deltog", "næstformand"),
        ("Per Dam (F)", "deltog", ""),
        ("Lis Krog (C)", "deltog", "stedfortræder for Eva Lund (C)"),
        ("Eva Lund (C)", "afbud", "")]
    assert [i.decision for i in m.items] == ["Godkendt.", "Anbefales."]


_NOTES = """SØBY KOMMUNE

REFERAT

Plan- og Boligudvalget

Mødedato:      Tirsdag den 12. marts 2024
Mødetidspunkt: Kl. 15.00 - 17.30
Mødested:      Mødelokale 2, Rådhuset, Torvet 1, 9999 Søby

Medlemmer: Formand Anne Lund (A), næstformand Bent Holm (V),
Carl Dyhr (C), Dorte Vang (F) og Erik Kold (O).

Afbud fra: Carl Dyhr (C).
Frida Mose (C) mødte for Carl Dyhr (C).

Bent Holm (V) forlod mødet kl. 17.00 efter pkt. 3.
Dorte Vang (F) deltog ikke i behandlingen af punkt 4.

Pkt. 1  Godkendelse af dagsorden

Sagsnr.: 00.01.00-A00-3-24

Beslutning:
Godkendt med tillægspunkt 3a.

Pkt. 2  Lokalplan for boliger ved Skovvej

Sagsnr.: 01.02.05-P16-4-24

Beslutning:
Anbefales.

Pkt. 3  Trafiksikring ved Søby Skole

Sagsnr.: 05.01.00-P20-2-24

Beslutning:
Godkendt.

Pkt. 3a  Tillægspunkt: Udbud af snerydning

Sagsnr.: 05.13.00-G01-1-24

Beslutning:
Godkendt.

Pkt. 4  Byggetilladelse, Skovvej 7

Sagsnr.: 02.34.02-P19-8-24

Beslutning:
Tilladelse meddeles.

Pkt. 5  Eventuelt

Beslutning:
Intet.
"""


def test_printed_role_kept_with_a_leaving_note(tmp_path: Path) -> None:
    """A member with a printed role who left keeps the role; the note after it still
    marks the items after the one named as missed."""
    m = _read(tmp_path, "soeby_pbu_referat.txt", _NOTES)
    assert _role(m, "Bent Holm").startswith("næstformand")
    away = [i.label or str(i.number) for i in m.items if any(
        a.startswith("Bent Holm") for a in i.absentees)]
    assert away == ["3a", "4", "5"]


def test_substitute_in_a_sentence_of_its_own(tmp_path: Path) -> None:
    """"Frida Mose (C) mødte for Carl Dyhr (C)." under the absence: a participant who
    stood in, the absent member still absent."""
    m = _read(tmp_path, "soeby_pbu_referat.txt", _NOTES)
    assert _status(m, "Frida Mose") == "deltog"
    assert _role(m, "Frida Mose") == "stedfortræder for Carl Dyhr (C)"
    assert _status(m, "Carl Dyhr") == "afbud"


def _word_referat() -> bytes:
    return docx([
        para("NORDBY KOMMUNE"),
        para("Referat af møde i Fritids- og Idrætsudvalget"),
        para("Torsdag den 7. marts 2019 kl. 17.00 i mødelokale 3 på Rådhuset, Havnevej 4, "
             "9990 Nordby"),
        para("Mødet sluttede kl. 19.15."),
        para("Fremmøde"),
        table([["Navn", "Parti", "Funktion", "Mødt", "Ikke mødt", "Bemærkning"],
               ["Lone Friis", "V", "Formand", "X", "", ""],
               ["Jens Moos", "A", "Næstformand", "X", "", ""],
               ["Tina Ravn", "C", "", "", "X", "Afbud"],
               ["Kim Sand", "O", "", "X", "", "Deltog via Teams"]]),
        para("Punkt 1\tGodkendelse af dagsorden"),
        para("J.nr.: 00.01.00-A00-2-19"),
        para("Beslutning:"),
        para("Godkendt."),
        para("Punkt 2\tTilskud til idrætsskole"),
        para("J.nr.: 18.15.00-Ø40-1-19"),
        para("Beslutning:"),
        para("Bevilget."),
    ])


def test_word_members_table_with_marks_and_roles(tmp_path: Path) -> None:
    """"Navn | Parti | Funktion | Mødt | Ikke mødt | Bemærkning" with an X per row: the
    roles from the Funktion column, the X under "Ikke mødt" an absence."""
    m = _read(tmp_path, "nordby_fiu_referat.docx", _word_referat())
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Lone Friis (V)", "deltog", "formand"), ("Jens Moos (A)", "deltog", "næstformand"),
        ("Kim Sand (O)", "deltog", ""), ("Tina Ravn (C)", "afbud", "")]


def test_place_ends_at_its_town(tmp_path: Path) -> None:
    """The place after the date line's hour ends with its postcode and town: the next
    paragraph, when the meeting ended, is no part of it."""
    m = _read(tmp_path, "nordby_fiu_referat.docx", _word_referat())
    assert m.place == "mødelokale 3 på Rådhuset, Havnevej 4, 9990 Nordby"
    assert m.start_time == "17:00"


def _field(html: str) -> list[dict]:
    return [{"Navn": "", "Html": html, "Link": "https://dagsordener.soro.dk/Vis/Pdf/bilag/1"}]


_EXPORT = {
    "Udvalg": {"Navn": "Skole- og Familieudvalget"},
    "Moede": {"Dato": "2024-10-07T16:00:00+02:00", "Sted": "Mødelokale 2, Rådhuset",
              "Afsluttet": True, "Navn": "Dagsorden", "Moededeltagere": [
                  {"Name": "Rune Holt", "Absent": False, "ParticipationCancelled": False},
                  {"Name": "Sanne Vig", "Absent": False, "ParticipationCancelled": True},
                  {"Name": "Tom Berg", "Absent": False, "ParticipationCancelled": False}]},
    "Dagsordenpunkter": [
        {"Navn": "Godkendelse af dagsorden", "Punktnummer": "1", "SagsNummer": "24-000101",
         "Felter": _field("<h3>Beslutning</h3><p>Godkendt.</p><p>Afbud: Sanne Vig.</p>")},
        {"Navn": "Skolestruktur 2025", "Punktnummer": "2", "SagsNummer": "24-000202",
         "Felter": _field("<h3>Beslutning</h3><p>Anbefales.</p>")},
        {"Navn": "Eventuelt", "Punktnummer": "3", "SagsNummer": "24-000103",
         "Felter": _field("<h3>Beslutning</h3><p>Intet.</p>")}],
}


def test_host_without_danish_letters_names_the_municipality(tmp_path: Path) -> None:
    """dagsordener.soro.dk (the "ø" written "o") is Sorø, as the municipality spells
    itself, not "Soro"."""
    m = _read(tmp_path, "skole_2024-10-07.json", json.dumps(_EXPORT))
    assert m.municipality == "Sorø"

