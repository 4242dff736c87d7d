"""Round 232's layouts (round 232's blind files): minutes published with personal data
removed or withheld. Black bars (U+2588) in a PDF's text layer inside a title and a
decision; an item "– delvist lukket punkt" whose fact line says "Delvist lukket sag"
(open, a part of it withheld); a closed item's notice naming the law's subsection ("jf.
styrelseslovens § 10, stk. 2, og beslutningen offentliggøres ikke."); a header labelled
without colons whose "Øvrige" row of staff follows the "Afbud" row; and a council of
organisations' members listed one a line ("Name, Organisation, role"), one seat's name
withheld as "(udeladt)". Every text is written by the tests (other towns, bodies, names
and words than the blind files)."""

from __future__ import annotations

from .conftest import ReadFile


def _item(m, number: int):
    return next(i for i in m.items if i.number == number)


def _people(m) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in m.participants}


_HEAD = """Fredensborg Kommune
Referat
Kultur- og Fritidsudvalget
Mødedato: Mandag den 3. juni 2024
Mødetid: 16:00 - 18:00
Mødested: Mødelokale 4, Rådhuset
Deltagere: Ole Bruun (A), formand, Vibeke Dam (V), Signe Krag (C)
"""


# --- black bars in the text layer -----------------------------------------------------

_BARS = _HEAD + """
1. Klage fra ████ ██████ over støj fra musikskolens øvelokaler
Sagsnr.: 24/771      Åben sag
Sagsfremstilling
████ ██████ har den ██. april 2024 klaget over støj om aftenen.
Beslutning
Klagen blev ikke imødekommet. ████ ██████ orienteres skriftligt.

2. Eventuelt
Sagsnr.: 24/100      Åben sag
Beslutning
Intet.
"""


def test_black_bars_in_a_title_keep_the_title_whole_and_stay_no_person(
        read_file: ReadFile) -> None:
    m = read_file("referat.txt", _BARS)[0]
    item = _item(m, 1)
    # the words after the redaction are the title's too, the redaction kept where printed
    assert item.title == "Klage fra ████ ██████ over støj fra musikskolens øvelokaler"
    assert item.decision.endswith("████ ██████ orienteres skriftligt.")
    assert "den ██. april 2024" in item.section("Sagsfremstilling")
    assert not any("█" in p.name for p in m.participants)


# --- an item partly closed -------------------------------------------------------------

_PARTLY = _HEAD + """
1. Salg af byggegrunde i Kokkedal Vest – delvist lukket punkt
Sagsnr.: 24/902      Delvist lukket sag
Sagsfremstilling
Der udbydes 12 grunde til parcelhuse.
Økonomi
Denne del af punktet er lukket.
Beslutning
Udbuddet blev godkendt.

2. Eventuelt
Sagsnr.: 24/100      Åben sag
Beslutning
Intet.
"""


def test_a_partly_closed_item_is_open_without_the_mark_in_its_title(
        read_file: ReadFile) -> None:
    item = _item(read_file("referat.txt", _PARTLY)[0], 1)
    assert item.title == "Salg af byggegrunde i Kokkedal Vest"
    assert item.closed is False  # (published; only a part of it withheld)
    assert item.decision == "Udbuddet blev godkendt."


# --- a closed item's notice citing the law's subsection ---------------------------------

_NOTICE = _HEAD + """
1. Godkendelse af dagsorden
Sagsnr.: 24/100      Åben sag
Beslutning
Godkendt.

2. Personalesag – lukket
Lukket punkt

Punktet er behandlet for lukkede døre, jf. styrelseslovens § 10, stk. 2, og
beslutningen offentliggøres ikke.

3. Eventuelt
Sagsnr.: 24/100      Åben sag
Beslutning
Intet.
"""


def test_a_closed_items_notice_citing_a_subsection_is_no_decision(read_file: ReadFile) -> None:
    item = _item(read_file("referat.txt", _NOTICE)[0], 2)
    assert item.closed is True
    assert item.decision == ""


# --- a header without colons: "Øvrige" after "Afbud" ------------------------------------

_COLONLESS = """Hillerød Kommune
Referat
Miljø- og Klimaudvalget
Dato Onsdag den 9. oktober 2024
Tidspunkt Kl. 15:00 - 17:00
Sted Udvalgsværelse 2, Rådhuset
Deltagere Karen Wulff (A), formand, Jonas Berg (V), Mikkel Skov (F)
Afbud Pernille Ahl (C)
Øvrige Hanne Bro, direktør for By og Miljø; Kasper Lind, sekretær (referent)
Bemærkninger Ingen.

1. Godkendelse af dagsorden
Sagsnr.: 24-1001 · Åbent punkt
Beslutning
Godkendt.

2. Eventuelt
Sagsnr.: 24-1001 · Åbent punkt
Beslutning
Intet.
"""


def test_the_others_row_after_the_apologies_names_no_absent_member(
        read_file: ReadFile) -> None:
    people = _people(read_file("referat.txt", _COLONLESS)[0])
    assert people["Pernille Ahl (C)"][0] == "afbud"
    assert [n for n, (s, _) in people.items() if s == "afbud"] == ["Pernille Ahl (C)"]
    assert not any("Hanne Bro" in n or "Kasper Lind" in n for n in people)


# --- a council's members one a line, with their organisations ----------------------------

_COUNCIL = """Holbæk Kommune
Referat
Frivilligrådet
Mødedato: Tirsdag den 8. oktober 2024
Mødetid: 17:00 - 19:00
Mødested: Mødelokale 1, Holbæk Rådhus
Deltagere: Mette Sand (A), formand, udpeget af Byrådet
Bent Fog (V), udpeget af Byrådet
Inge Lauridsen, Røde Kors Holbæk, næstformand
Carsten Ploug, Spejdernes Lejr Holbæk
L.M., brugerrepræsentant, Natcaféen Havnen
(udeladt), brugerrepræsentant, Bostedet Åsen
Afbud: Henrik Moos, Kirkens Hjælp Tuse
Fra administrationen: Anja Friis, konsulent (referent)

1. Godkendelse af dagsorden
Sagsnr.: 24/500      Åben sag
Beslutning
Godkendt.
Afbud: Henrik Moos, Kirkens Hjælp Tuse.

2. Eventuelt
Sagsnr.: 24/500      Åben sag
Beslutning
L.M. fortalte om vinterens åbningstider.
"""


def test_members_one_a_line_keep_their_organisations_and_a_withheld_seat_is_no_person(
        read_file: ReadFile) -> None:
    m = read_file("referat.txt", _COUNCIL)[0]
    names = [p.name for p in m.participants]
    # one participant a line, the organisation the member's own (in brackets or the role)
    assert len(names) == 6
    assert not any(n.startswith(("Røde Kors", "Spejdernes", "Natcaféen", "Bostedet",
                                 "Kirkens Hjælp")) for n in names)
    assert any(n.startswith("Carsten Ploug") for n in names)
    assert any(n.startswith("L.M.") for n in names)  # (initials are the published name)
    assert not any("udeladt" in n for n in names)  # (a seat withheld: no one named)
    people = _people(m)
    assert people["Henrik Moos (Kirkens Hjælp Tuse)"][0] == "afbud"
    assert "Kirkens Hjælp Tuse" not in _item(m, 1).absentees
