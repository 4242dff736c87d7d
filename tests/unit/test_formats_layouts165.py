"""Attendance written in prose and changing during the meeting (round 165): one note
with a member's late arrival and early departure, an arrival written inside the item it
happened in, a header's notes wrapped at the cover's width (who led the meeting in the
chair's place, a substitute, a late arrival), staff named by a shared compound post
("kultur- og fritidschef … og konsulent …"), and a "Sagsresumé" heading."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings


def _one(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    meetings = read_meetings(path)
    assert len(meetings) == 1
    return meetings[0]


def _absent(meeting, name: str) -> list[int]:
    return [i.number for i in meeting.items if any(a.startswith(name) for a in i.absentees)]


_NOTE_BOTH_ENDS = """# Favrskov Kommune

## Referat – Teknisk Udvalg

| | |
|---|---|
| **Mødedato** | Tirsdag den 5. marts 2024 |
| **Mødetid** | Kl. 15.00 – 17.00 |
| **Mødested** | Mødelokale 3, Rådhuset |
| **Medlemmer** | Eva Holm (A) (formand), Ole Bak (V) (næstformand), Kaj Dam (V), \
Ib Lund (C) |
| **Referent** | Sekretær Lis Mo |

**Bemærkninger:** Kaj Dam (V) ankom kl. 15.20 under behandlingen af punkt 2 og \
forlod mødet kl. 16.30 efter punkt 3.

Desuden deltog teknik- og miljøchef Per Sand og konsulent Ane Vig (punkt 2–3).

---

## 1. Godkendelse af dagsorden

**Beslutning**

Godkendt.

## 2. Vejplan 2024

**Sagsresumé**

Forvaltningen har udarbejdet en vejplan.

**Sagsfremstilling**

Planen omfatter 12 veje.

**Beslutning**

Godkendt.

## 3. Cykelstier

**Beslutning**

Godkendt.

## 4. Busplan

**Beslutning**

Godkendt.

## 5. Eventuelt

**Beslutning**

Intet.
"""

_HEAD = """SKIVE KOMMUNE

Referat
Børne- og Ungeudvalget

Mødedato: 09.05.2023
Mødetidspunkt: 15:00 - 17:45
Mødested: Mødelokale 2, Rådhuset
"""

_WRAPPED_NOTES = _HEAD + """Deltagere: Bo Holm (A), Eva Lund (A), Niels Ove Kjær (V), Henrik Dal (F)
Fraværende: Karin Bjerg (V)
Bemærkninger: Mødet blev ledet af næstformanden, Bo Holm (A),
da formanden havde meldt afbud.
Som stedfortræder for Karin Bjerg (V) deltog Niels Ove
Kjær (V).
Henrik Dal (F) ankom kl. 15.40 under behandlingen af
punkt 3.
Referent: Maja Thy

1. Godkendelse af dagsorden

Beslutning
Godkendt.

2. Meddelelser

Beslutning
Taget til efterretning.

3. Skoleplan

Beslutning
Godkendt.

4. Eventuelt

Beslutning
Intet.
"""

_SUMMARY = _HEAD + """Deltagere: Bo Holm (A), Eva Lund (A), Henrik Dal (F)
Referent: Maja Thy

1. Godkendelse af dagsorden

Beslutning
Godkendt.

2. Skoleplan

Sagsnr.: 23/1187

Tidligere beslutninger
Børne- og Ungeudvalget, 14.03.2023, punkt 6:
Planen sendes i høring.

Sagsresumé
Udvalget sendte planen i høring. Der er kommet 19 svar.

Sagsfremstilling
Planen omfatter alle skoler.

Beslutning
Godkendt.

3. Eventuelt

Sagsresumé
Forvaltningen orienterede om status.

Sagsfremstilling
Status er god.

Beslutning
Intet.
"""

_CAME_IN_ITEM = """# Lemvig Kommune

## Referat – Social- og Sundhedsudvalget

| | |
|---|---|
| **Mødedato** | Tirsdag den 4. februar 2025 |
| **Mødetid** | Kl. 16.00 – 18.30 |
| **Medlemmer** | Eva Holm (A) (formand), Ole Bak (V), Jonas Lykke (Ø), \
Ib Lund (C) |

## 1. Godkendelse af dagsorden

**Beslutning**

Godkendt.

Jonas Lykke (Ø) var ikke til stede ved mødets start.

## 2. Kvalitetsstandarder

**Beslutning**

Godkendt.

## 3. Demensstrategi

**Beslutning**

Godkendt.

Jonas Lykke (Ø) ankom kl. 16.40 under behandlingen af punktet.

## 4. Eventuelt

**Beslutning**

Intet.
"""


def test_arrival_and_departure_in_one_note_both_mark_items(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "tu_referat.md", _NOTE_BOTH_ENDS)
    assert _absent(meeting, "Kaj Dam") == [1, 4, 5]


def test_staff_named_by_a_shared_compound_post_are_no_participants(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "tu_referat.md", _NOTE_BOTH_ENDS)
    names = [p.name for p in meeting.participants]
    assert names == ["Eva Holm (A)", "Ole Bak (V)", "Kaj Dam (V)", "Ib Lund (C)"]


def test_wrapped_header_notes_give_roles_and_the_late_arrival(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "bu_referat.txt", _WRAPPED_NOTES)
    roles = {p.name: p.role for p in meeting.participants}
    assert roles["Bo Holm (A)"].startswith("næstformand")
    assert roles["Karin Bjerg (V)"] == "formand"
    assert roles["Niels Ove Kjær (V)"] == "stedfortræder for Karin Bjerg (V)"
    assert _absent(meeting, "Henrik Dal") == [1, 2]


def test_arrival_written_in_an_item_marks_the_items_before_it(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "ssu_referat.md", _CAME_IN_ITEM)
    assert _absent(meeting, "Jonas Lykke") == [1, 2]
    role = next(p.role for p in meeting.participants if p.name.startswith("Jonas"))
    assert "punkt 3" in role


def test_sagsresume_heading_is_a_summary_of_its_own(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "bu_referat.txt", _SUMMARY)
    second, third = meeting.items[1], meeting.items[2]
    assert second.history[0].text == "Planen sendes i høring."
    assert second.section("Sammendrag").startswith("Udvalget sendte planen i høring.")
    assert [s.name for s in third.sections][:2] == ["Sammendrag", "Sagsfremstilling"]
    assert "Sagsresumé" not in " ".join(s.text for s in third.sections)
