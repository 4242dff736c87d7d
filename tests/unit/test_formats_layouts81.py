"""An eighty-first round of layouts (round 81's blind files): a Prescriba-style print
whose every treatment is headed only by the body and the date ("Økonomiudvalget, 12.
november 2025"), an earlier one of the same body the case's history, and "X (O) var
fraværende." under each decision; an eDoc web publication whose fields open by buttons
that show "+ Sagsfremstilling"; and minutes whose only attendance list comes after the
last item, under "Fremmøde". Every text is written by the tests (other towns, bodies and
words than the blind files)."""

from __future__ import annotations

from ingest.formats.absence_trailer import absence_trailer
from ingest.formats.dated import dated_decision
from ingest.formats.text_header_lists import closing_people

from .fixture_files import written_meeting as _read


def _sections(item) -> dict[str, str]:  # noqa: ANN001
    return {s.name: s.text for s in item.sections}


# --- treatments headed "<Udvalg>, <d. måned åååå>" ------------------------------------

def _body_date_print() -> str:
    return "\n".join([
        "Skive Kommune", "", "Referat", "Teknisk Udvalg", "",
        "Dato: Tirsdag den 9. december 2025", "Tid: 15:00 - 17:00",
        "Sted: Mødelokale 1, Skive Rådhus",
        "Deltagere: Ane Bruun (A) (formand), Jens Lyng (V) (næstformand), Per Holt (F)",
        "Fraværende: Kaj Ravn (C)", "",
        "1. Godkendelse af dagsorden", "Sagsnr.: 25/1001", "",
        "Indstilling", "Direktionen indstiller, at dagsordenen godkendes.", "",
        "Teknisk Udvalg, 9. december 2025", "Godkendt.", "Kaj Ravn (C) var fraværende.", "",
        "2. Cykelsti langs Viborgvej", "Sagsnr.: 25/1002", "",
        "Indstilling", "Direktionen indstiller, at projektet godkendes.", "",
        "Plan- og Miljøudvalget, 4. november 2025", "Anbefales over for Teknisk Udvalg.", "",
        "Teknisk Udvalg, 14. oktober 2025", "Sagen udsættes.", "",
        "Teknisk Udvalg, 9. december 2025", "Godkendt.", "Kaj Ravn (C) var fraværende.", "",
        "3. Vejbelysning", "Sagsnr.: 25/1003", "",
        "Indstilling", "Direktionen indstiller, at orienteringen tages til efterretning.", "",
        "Teknisk Udvalg, 9. december 2025", "Taget til efterretning.",
        "Kaj Ravn (C) var fraværende.", "",
    ])


def test_body_and_date_heads_decision_and_history(tmp_path) -> None:  # noqa: ANN001
    meeting = _read(tmp_path, "skive_tu.txt", _body_date_print())
    assert [i.number for i in meeting.items] == [1, 2, 3]
    assert [i.decision for i in meeting.items] == ["Godkendt.", "Godkendt.",
                                                   "Taget til efterretning."]
    history = [(t.committee, t.date.isoformat(), t.text) for t in meeting.items[1].history]
    assert history == [
        ("Plan- og Miljøudvalget", "2025-11-04", "Anbefales over for Teknisk Udvalg."),
        ("Teknisk Udvalg", "2025-10-14", "Sagen udsættes.")]
    assert "Kaj Ravn" in " ".join(meeting.items[0].absentees)
    assert "Sagen udsættes" not in _sections(meeting.items[1])["Indstilling"]


def test_body_and_date_heading_needs_a_body_and_a_written_date() -> None:
    assert dated_decision("Teknisk Udvalg, 9. december 2025")[0] == "Teknisk Udvalg"
    assert dated_decision("Skive, 9. december 2025") is None  # (a place, no body)
    assert dated_decision("Byrådet, 09.12.2025") is None  # (a listing's line)
    assert dated_decision("Teknisk Udvalg, 9. december 2025, hvor sagen blev udsat") is None


def test_absence_sentence_trails_the_decision_only_when_last() -> None:
    assert absence_trailer("Godkendt.\nKaj Ravn (C) var fraværende.") == (
        "Godkendt.", ["Kaj Ravn (C)"])
    text = "Godkendt, idet det bemærkes at Kaj Ravn (C) var fraværende ved afstemningen."
    assert absence_trailer(text) == (text, [])
    assert absence_trailer("Kaj Ravn (C) var fraværende.") == ("Kaj Ravn (C) var fraværende.", [])


# --- fields behind toggle buttons ("+ Sagsfremstilling") ------------------------------

def _field(name: str, text: str, glyph: str = "+") -> str:
    return (f'<div class="felt"><h4><button type="button" aria-expanded="false" '
            f'aria-controls="f"><span aria-hidden="true">{glyph}</span> {name}</button></h4>'
            f'<div hidden><p>{text}</p></div></div>')


def _toggle_page() -> str:
    item = ('<li><h3><button aria-expanded="false">{n}. {t}</button></h3><div hidden>'
            '<p>Sagsnr.: 25-{n}00</p>{fields}</div></li>')
    return (
        "<html><body><h1>Køge Kommune</h1><h2>Referat – Teknik- og Miljøudvalget</h2>"
        "<table><tr><th>Mødedato</th><td>02.12.2025</td></tr><tr><th>Mødetid</th>"
        "<td>15:00 - 17:00</td></tr><tr><th>Mødested</th><td>Rådhuset, lokale 2</td></tr>"
        "</table><h3>Deltagere</h3><ul><li>Eva Holm (A), formand</li><li>Bo Dahl (V)</li>"
        "</ul><ol>"
        + item.format(n=1, t="Godkendelse af dagsorden", fields=_field(
            "Sagsfremstilling", "Dagsordenen fremlægges.") + _field(
            "Indstilling", "Forvaltningen indstiller, at dagsordenen godkendes.") + _field(
            "Beslutning Teknik- og Miljøudvalget den 02.12.2025", "Godkendt.", "▸"))
        + item.format(n=2, t="Ny affaldsordning", fields=_field(
            "Sagsfremstilling", "Ordningen indføres fra 2026.", "−") + _field(
            "Beslutning Teknik- og Miljøudvalget den 04.11.2025", "Udsat.") + _field(
            "Beslutning Teknik- og Miljøudvalget den 02.12.2025", "Anbefales."))
        + "</ol></body></html>")


def test_toggle_glyphs_leave_the_labels(tmp_path) -> None:  # noqa: ANN001
    meeting = _read(tmp_path, "koege_tmu.html", _toggle_page())
    first, second = meeting.items
    assert _sections(first) == {
        "Sagsfremstilling": "Dagsordenen fremlægges.",
        "Indstilling": "Forvaltningen indstiller, at dagsordenen godkendes.",
        "Beslutning": "Godkendt."}
    assert second.decision == "Anbefales."
    assert [(t.date.isoformat(), t.text) for t in second.history] == [("2025-11-04", "Udsat.")]


def test_plus_outside_a_toggle_stays() -> None:
    from ingest.html_text import html_text

    text = html_text("<p><button>+ 1</button></p><h4><span aria-hidden='true'>+</span> "
                     "Tillæg</h4><summary>+ Beslutning</summary>")
    assert "+ 1" in text and "+ Tillæg" in text
    assert "+ Beslutning" not in text and "Beslutning" in text


# --- the attendance list after the last item, under "Fremmøde" --------------------------

def _end_attendance(heading: str) -> str:
    return "\n".join([
        "Referat", "", "Miljøudvalget", "",
        "Mødedato: Torsdag den 4. december 2025", "Mødetid: Kl. 16.00 - 18.00",
        "Mødested: Rådhuset, lokale 3", "Fremmøde: Se fremmødelisten sidst i referatet.", "",
        "Punkt 4. Godkendelse af dagsorden", "", "Sagsnr.: 25/401", "",
        "Beslutning", "", "Godkendt.", "",
        "Punkt 5. Naturpleje ved Søndersø", "", "Sagsnr.: 25/402", "",
        "Beslutning", "", "Taget til efterretning.", "",
        "Mødet hævet kl. 18.00.", "",
        heading, "",
        "Deltagere:", "Ida Krog (A) (formand)", "Ole Berg (V) (næstformand)",
        "Mia Sand (F) (medlem)", "",
        "Afbud:", "Lars Vind (C) (medlem)", "",
        "Referent: Hanne Ebbe, Teknik og Miljø", "",
    ])


def test_attendance_after_the_last_item(tmp_path) -> None:  # noqa: ANN001
    meeting = _read(tmp_path, "miljo.txt", _end_attendance("Fremmøde"))
    assert [i.number for i in meeting.items] == [4, 5]
    assert [(p.name, p.status, p.role) for p in meeting.participants] == [
        ("Ida Krog (A)", "deltog", "formand"), ("Ole Berg (V)", "deltog", "næstformand"),
        ("Mia Sand (F)", "deltog", "medlem"), ("Lars Vind (C)", "afbud", "medlem")]
    assert meeting.items[1].decision == "Taget til efterretning."


def test_attendance_heading_needs_a_list_below() -> None:
    lines = ["Mødet hævet kl. 18.00.", "", "Fremmøde", "", "Referent: Hanne Ebbe"]
    assert closing_people(lines, 0) == []
    lines = ["Mødet hævet kl. 18.00.", "", "Bilag", "", "Deltagere:", "Ida Krog (A)"]
    assert closing_people(lines, 0) == []  # (another heading first: not the list's)
