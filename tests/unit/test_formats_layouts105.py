"""A hundred-and-fifth round of layouts (round 105's blind files, on the date, time and
place forms of a meeting's head): a plain-text agenda whose start is given only in its
invitation sentence and whose place label says "se kalender"; a letter-style agenda whose
place is printed over a room label and an address label; minutes whose last item is
followed by the next meeting and the end ("Mødet sluttede kl. …"), or by a newsletter's
footer; and a FirstAgenda JSON whose place field holds labelled lines. Every text is
written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.formats import read_meetings


def _text_meeting(tmp_path: Path, lines: list[str], name: str = "m.txt"):  # noqa: ANN202
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (meeting,) = read_meetings(path)
    return meeting


_AGENDA_HEAD = ["SKOVBY KOMMUNE", "Miljøudvalget", "", "DAGSORDEN", "",
                "Dato:      12.03.26", "Mødested:  se kalender", "Udsendt:   05.03.26", ""]
_AGENDA_ITEMS = ["", "PUNKT 1   Godkendelse af dagsorden", "================================",
                 "Sagsnr.: 01.02.03-A00-1-26", "", "Indstilling:",
                 "    Administrationen indstiller, at dagsordenen godkendes.", "",
                 "PUNKT 2   Plan for vandløb", "=========================",
                 "Sagsnr.: 06.02.00-P00-2-26", "", "Indstilling:",
                 "    Administrationen indstiller, at planen godkendes.", ""]


def test_start_time_from_the_invitation_sentence_only(tmp_path: Path) -> None:
    invitation = ["Miljøudvalget indkaldes til møde onsdag den 12. marts kl. 17 på skolen.",
                  "Inden mødet (kl. 16.15) er der rundvisning på renseanlægget.", "",
                  "Medlemmer:", "  Ida Lund (V) - formand", "  Per Holm (A)"]
    m = _text_meeting(tmp_path, _AGENDA_HEAD + invitation + _AGENDA_ITEMS)
    assert str(m.date) == "2026-03-12"
    assert m.start_time == "17:00"  # (not the visit's 16.15)
    assert not m.place  # "se kalender" names no place
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Plan for vandløb"]


def test_a_room_label_and_an_address_label_are_one_place(tmp_path: Path) -> None:
    head = ["Nordby Kommune", "Dagsorden", "Skoleudvalget", "Mødedato: 18.03.2026",
            "Mødetid: kl. 15.30", "Mødelokale: 3.07", "Adresse: Rådhuset, Torvet 1, 9999 Nordby",
            ""]
    m = _text_meeting(tmp_path, head + _AGENDA_ITEMS)
    assert m.place == "Mødelokale 3.07, Rådhuset, Torvet 1, 9999 Nordby"
    assert m.start_time == "15:30"


_MINUTES = ["Referat", "Kulturudvalget", "Dato: 10.03.2026 kl. 19.00", "Sted: Biblioteket", "",
            "1. Godkendelse af dagsorden", "Beslutning: Godkendt.", "",
            "2. Tilskud til musikskolen", "Beslutning: Bevilget som indstillet.", ""]


def test_next_meeting_above_the_end_of_the_meeting_is_no_decision(tmp_path: Path) -> None:
    lines = _MINUTES + ["Næste møde: Tirsdag d. 7-4-2026 kl. 19.00.", "",
                        "Mødet sluttede kl. 21.15.", ""]
    m = _text_meeting(tmp_path, lines)
    assert m.item(2).decision == "Bevilget som indstillet."


def test_a_newsletters_footer_after_the_next_meeting_is_no_decision(tmp_path: Path) -> None:
    lines = _MINUTES + ["Næste møde i Kulturudvalget: 7/4-2026 kl. 19:00.", "",
                        "Vestby Kommune · Torvet 3 · 9998 Vestby · Tlf. 99 88 77 66", "",
                        "Du modtager denne mail, fordi du abonnerer på nyt fra udvalget. Afmeld"]
    m = _text_meeting(tmp_path, lines)
    assert m.item(2).decision == "Bevilget som indstillet."


def test_a_firstagenda_place_in_labelled_lines(tmp_path: Path) -> None:
    body = "<h3>Beslutning</h3><p>Godkendt.</p>"
    meeting = {"Udvalg": {"Navn": "Planudvalget"},
               "Moede": {"Dato": "2026-03-09T17:00",
                         "Sted": "Mødelokale: 4\nAdresse: Rådhuset, Storegade 2, 9997 Østby"},
               "Dagsordenpunkter": [{"Punktnummer": 1, "Navn": "Lokalplan for havnen",
                                     "Felter": [{"Html": body}]}]}
    path = tmp_path / "moede.json"
    path.write_text(json.dumps(meeting), encoding="utf-8")
    (m,) = read_meetings(path, municipality="Østby")
    assert m.place == "Mødelokale 4, Rådhuset, Storegade 2, 9997 Østby"
    assert m.start_time == "17:00"
