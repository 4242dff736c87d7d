"""Round 202's layouts (round 202's blind files): minutes scanned on paper and read by
OCR. A FineReader-style text export (layout kept with blanks, "¬" at hyphenated line
ends, a members' table whose crosses stand under "Mødt" or "Afbud", page footers
"… Side N af M" and no form feeds, a body's name OCR read with a zero for its "Ø", a
heading "lndstilling" without its colon); an Acrobat "Save as Text" agenda (members all
on one line, empty decision headings, a page header after each footer, a pen's tick);
a scanned head whose members stand in a grid of three columns and whose body and
municipality lost their Danish letters. Every text is written by the tests (other
towns, bodies, names and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

_FINEREADER = """Slagelse Kommune

0KONOMIUDVALGET

REFERAT

Dato:\tOnsdag den 4. marts 2015
Tidspunkt:\tKl. 15:00 - 17:00
Sted:\tMødelokale 2, Rådhuset, Slagelse


Medlemmer                                       Mødt    Afbud
Ida Krogh (A), formand                           X
Bent Lauritsen (V), næstformand                  X
Hanne Vig (O)                                            X
Ole Sand (F)                                     X

Økonomiudvalget 04-03-2015                                          Side 1 af 4

Slagelse Kommune                                           Økonomiudvalget

1. Godkendelse af dagsorden

Beslutning i Økonomiudvalget den 04-03-2015:
Godkendt.
Fraværende: Hanne Vig (O)


2. Salg af grund ved havnen

Sagsnr.: 15/1234

Sagsfremstilling
Kommunen ejer en grund ved havnen, som foreslås solgt ved offent¬
ligt udbud. Sagen er drøftet i styrelsen for Slagelse Havn¬
Selskabet.

lndstilling
Administrationen indstiller, at grunden udbydes.

Beslutning i Økonomiudvalget den 04-03-2015:
Anbefales over for Byrådet.

Økonomiudvalget 04-03-2015                                          Side 2 af 4

Slagelse Kornmune                                          Økonomiudvalget

Fraværende: Hanne Vig (O)


3. Meddelelser

Beslutning i Økonomiudvalget den 04-03-2015:
Taget til efterretning.
Fraværende: Hanne Vig (O)

Økonomiudvalget 04-03-2015                                          Side 3 af 4

Slagelse Kommune                                           Økonomiudvalget

4. Lukket punkt: Personalesag

Beslutning i Økonomiudvalget den 04-03-2015:
Godkendt.
Fraværende: Hanne Vig (O)

Økonomiudvalget 04-03-2015                                          Side 4 af 4
"""

_ACROBAT_AGENDA = """Ringsted Kommune
DAGSORDEN
Social- og Sundheds udvalget
Dato: Mandag den 12. februar 2024 Start kl.: 16:00 Slut kl.: 18:00 Mødested: Byrådssalen
Medlemmer: Lis Vang (A), formand Per Hald (V), næstformand Eva Moos (F) Kim Lyng (C)
Afbud: Kim Lyng (C)
/ husk: regnskab ! /
1. Godkendelse af dagsorden
Beslutning
2. Tilskud til aktivitetscentre 2024
Sagsnr.: 24/00311
Sagsfremstilling
Der er afsat 300.000 kr. til tilskud til aktivitetscentrene.
Indstilling
Forvaltningen indstiller, at tilskuddene fordeles som foreslået.
Beslutning
. / ok --?
Social- og Sundhedsudvalget 12-02-2024 Side 1 af 4
Ringsted Kommune
3. Orientering om ventelister
Sagsnr.: 24/00420
Sagsfremstilling
Ventelisterne er faldet med 12 pct.
Besiutning
Social- og Sundhedsudvalget 12-02-2024 Side 2 af 4
Ringsted Kornmune
4. Meddelelser
Beslutning
Social- og Sundhedsudvalget 12-02-2024 Side 3 af 4
Ringsted Kommune
5. Eventuelt
Beslutning
Social- og Sundhedsudvalget 12-02-2024 Side 4 af 4
"""

_GRID = """Holstebro Kommune
Byradet
Mødedato: Torsdag den 7. maj 2020
Mødetid: Kl. 18:00 - 20:00
Medlemmer:
Anna Bak Holm (V) Jens Kirk (A) Lotte Smed (F)
borgmester Bo Rask (V) Eva Lund (O)
Per Dahl (A) Mia Krog (C) Ib Skov (V)
l. viceborgmester Ane Vind (B) Ole Bro (V)
Fraværende:
Ib Skov (V)
1. Godkendelse af dagsorden
Beslutning:
Godkendt.
2. Salg af byggegrunde i Vinderup
Sagsnr.: 20/01234
Sagsfremstilling:
Der er udstykket 12 grunde. Pladsen er sikret på Holstebro Rådhus.
Beslutning:
Godkendt.
"""


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [meeting] = read_meetings(path)
    return meeting


def test_finereader_head_body_and_date(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "slagelse_oeu.txt", _FINEREADER)
    assert (meeting.committee, meeting.date, meeting.municipality) == (
        "Økonomiudvalget", date(2015, 3, 4), "Slagelse")


def test_finereader_crosses_under_mødt_or_afbud_give_attendance(tmp_path: Path) -> None:
    people = {p.name: p.status for p in _read(tmp_path, "s.txt", _FINEREADER).participants}
    assert people == {"Ida Krogh (A)": "deltog", "Bent Lauritsen (V)": "deltog",
                      "Hanne Vig (O)": "afbud", "Ole Sand (F)": "deltog"}


def test_finereader_hyphen_marks_and_lowercase_l_heading(tmp_path: Path) -> None:
    item = _read(tmp_path, "s.txt", _FINEREADER).items[1]
    assert "offentligt udbud" in item.section("Sagsfremstilling")
    assert "Slagelse Havn-Selskabet" in item.section("Sagsfremstilling")
    assert item.section("Indstilling") == "Administrationen indstiller, at grunden udbydes."


def test_finereader_page_footer_and_header_leave_the_decision(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "s.txt", _FINEREADER)
    assert meeting.items[1].decision.startswith("Anbefales over for Byrådet.")
    assert "Kommune" not in meeting.items[1].decision
    assert "Side" not in meeting.items[1].decision


def test_acrobat_agenda_with_empty_decisions_is_an_agenda(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "ringsted_ssu.txt", _ACROBAT_AGENDA)
    assert meeting.doc_type == "dagsorden"
    assert meeting.committee == "Social- og Sundhedsudvalget"
    assert [i.decision for i in meeting.items] == ["", "", "", "", ""]


def test_acrobat_members_on_one_line_are_each_a_member(tmp_path: Path) -> None:
    people = {p.name: (p.role, p.status)
              for p in _read(tmp_path, "r.txt", _ACROBAT_AGENDA).participants}
    assert people["Lis Vang (A)"][0] == "formand"
    assert people["Per Hald (V)"][0] == "næstformand"
    assert "Eva Moos (F)" in people
    assert people["Kim Lyng (C)"][1] == "afbud"


def test_member_grid_roles_and_ocr_body(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "holstebro_byraad.txt", _GRID)
    assert meeting.committee == "Byrådet"
    people = {p.name: p for p in meeting.participants}
    assert len(people) == 10
    assert people["Anna Bak Holm (V)"].role == "borgmester"
    assert people["Per Dahl (A)"].role == "1. viceborgmester"
    assert people["Ib Skov (V)"].status == "afbud"
    assert people["Ane Vind (B)"].status == "deltog"
