"""A hundred and seventy-eighth round of layouts (round 178's blind files): visually
structured minutes. A report whose items start with a coloured banner (the number alone
above a title that wraps, a closed item's "LUKKET PUNKT" between number and title); a
slide deck (a capitals badge on one slide, a one-line vote with "·" between its sides,
an absentee line under the recommendation, a staff column headed apart, a closing "Næste
møde" slide); a side bar of facts in capitals (UDVALG, DELTAGERE, AFBUD) and a running
header block on the later pages; a newsletter page (a flex row of facts, chips with a
role, a lock badge above a card's number, "Læs hele sagen" buttons). Every text is
written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile

_BANNERS = """GULDBORGSUND KOMMUNE
Referat
Plan- og Vejudvalget
Mødedato: 14.03.2023
Mødetidspunkt: 15:00
Mødested: Mødelokale 3, Rådhuset, Parkvej 37, 4800 Nykøbing F.
Medlemmer: Ida Holm Brix (A), formand
Ole Bak Lund (V)
Eva Dal Krogh (F)
1 Godkendelse af dagsorden
Beslutning
Godkendt.
2 Trafiksikkerhedsplan 2023
Sagsnr.: 05.01.00-P15-1-23
Sagsfremstilling
Planen samler de trafiksikre skoleveje i én prioriteret liste.
Indstilling
Administrationen indstiller, at planen godkendes.
Beslutning
Godkendt.
3
Udbud af vintertjeneste for de kommunale veje og stier i
hele kommunen
Sagsnr.: 05.13.00-G01-2-23
Sagsfremstilling
Kontrakten udløber, og et nyt udbud forberedes.
Indstilling
Administrationen indstiller, at udbuddet sendes ud.
Beslutning
Anbefales.
4
LUKKET PUNKT
Køb af areal ved Sakskøbing
Sagsnr.: 82.01.00-G01-3-23
Beslutning
Godkendt.
5 Meddelelser
Sagsfremstilling
Broen ved Stubbekøbing er genåbnet.
Beslutning
Taget til efterretning.
"""


def test_banner_numbers_above_wrapped_titles_are_items(read_file: ReadFile) -> None:
    meeting = read_file("referat.txt", _BANNERS)[0]
    assert [i.number for i in meeting.items] == [1, 2, 3, 4, 5]
    assert meeting.items[2].title == ("Udbud af vintertjeneste for de kommunale veje og stier "
                                      "i hele kommunen")
    assert meeting.items[1].sections[-1].text == "Godkendt."
    closed = meeting.items[3]
    assert closed.closed and closed.title == "Køb af areal ved Sakskøbing"
    assert [i.number for i in meeting.items if i.closed] == [4]


_SLIDES = """KALUNDBORG KOMMUNE
Kultur- og Fritidsudvalget
Referat – ordinært møde
Onsdag den 6. november 2019 kl. 17.00
Rådhuset, Holbækvej 141, 4400 Kalundborg – mødelokale 2

Deltagere
Til stede
•
Mads Holt Ravn (A), formand
•
Ulla Brink Sø (V)
•
Per Vang Hald (O)
Afbud
•
Tove Lund Kjær (C)
Fra administrationen
•
Kulturchef Bent Rask Dahl
(referent)

1. Godkendelse af dagsorden
Beslutning
Dagsordenen blev godkendt.

2. Tilskud til spillested i Kalundborg
Sagsnr. 19/4410
Sagsfremstilling
•
Spillestedet søger 200.000 kr. til nyt lydanlæg
Indstilling
•
At tilskuddet bevilges
Fraværende under punktet: Ulla Brink Sø (V) – inhabil
Beslutning
Indstillingen blev godkendt.
Afstemning
For: A og O (2) · Imod: V (1)

LUKKET PUNKT
3. Lejeaftale for klubhus
Sagsnr. 19/5120
Beslutning
Indstillingen blev godkendt.

4. Meddelelser
Orientering
•
Biblioteket holder åbent hus i december
Beslutning
Taget til orientering.

Næste møde
•
Onsdag den 4. december 2019 kl. 17.00 på Rådhuset
•
Punkter sendes til sekretariatet senest 20. november
"""


def test_next_meeting_slide_ends_the_last_item(read_file: ReadFile) -> None:
    meeting = read_file("referat.txt", _SLIDES)[0]
    assert meeting.date == date(2019, 11, 6)
    assert meeting.items[-1].sections[-1].text == "Taget til orientering."


def test_capitals_badge_closes_only_its_own_item(read_file: ReadFile) -> None:
    meeting = read_file("referat.txt", _SLIDES)[0]
    assert [i.number for i in meeting.items if i.closed] == [3]


def test_vote_sides_apart_at_a_middle_dot(read_file: ReadFile) -> None:
    item = read_file("referat.txt", _SLIDES)[0].items[1]
    assert item.votes == {"for": ["A", "O"], "imod": ["V"]}


def test_absentee_under_the_recommendation_with_reason(read_file: ReadFile) -> None:
    item = read_file("referat.txt", _SLIDES)[0].items[1]
    assert item.absentees == ["Ulla Brink Sø (V)"]


def test_staff_heading_alone_ends_the_apologies(read_file: ReadFile) -> None:
    meeting = read_file("referat.txt", _SLIDES)[0]
    assert meeting.absentees == ["Tove Lund Kjær (C)"]
    assert not any("Rask" in p.name for p in meeting.participants)


_SIDEBAR = """Mødefakta
UDVALG
Teknik- og Miljøudvalget
DATO
Tirsdag den 5. oktober 2021
TID
Kl. 16.00 – 18.00
STED
Mødelokale 2, Rådhuset,
Torvet 1, 4690 Haslev
DELTAGERE
Karin Vest Dam (A),
formand
Jens Kold Ry (V),
næstformand
Lis Aa Bruun (F)
Bo Tang Hede (A)
AFBUD
Ole Mark Friis (V)
FRA ADMINISTRATIONEN
Anne Bro Lau, direktør
Referat
1. Godkendelse af dagsorden
Beslutning
Godkendt.
2. Cykelsti langs Ringstedvej
Sagsnr.: 21/3310
Sagsfremstilling
Stien skal binde Haslev og Bråby sammen.
\f
Teknik- og Miljøudvalget
Referat 05.10.2021
Side 2
Faxe Kommune · Torvet 1 · 4690 Haslev
Indstilling
Direktøren indstiller, at projektet godkendes.
Beslutning
Godkendt.
3. Meddelelser
Sagsfremstilling
Orientering om vejarbejde i Karise.
\f
Teknik- og Miljøudvalget
Referat 05.10.2021
Side 3
Faxe Kommune · Torvet 1 · 4690 Haslev
Beslutning
Taget til efterretning.
"""


def test_side_bar_labels_in_capitals_above_their_values(read_file: ReadFile) -> None:
    meeting = read_file("referat.txt", _SIDEBAR)[0]
    assert meeting.committee == "Teknik- og Miljøudvalget"
    assert meeting.date == date(2021, 10, 5)
    assert meeting.absentees == ["Ole Mark Friis (V)"]
    assert "Bo Tang Hede (A)" in meeting.attendees
    chair = next(p for p in meeting.participants if p.role == "formand")
    assert chair.name == "Karin Vest Dam (A)"


def test_running_header_block_of_later_pages_is_no_text(read_file: ReadFile) -> None:
    items = read_file("referat.txt", _SIDEBAR)[0].items
    assert [i.number for i in items] == [1, 2, 3]
    texts = " ".join(s.text for i in items for s in i.sections)
    assert "Faxe Kommune ·" not in texts and "Referat 05.10.2021" not in texts
    assert items[-1].sections[-1].text == "Taget til efterretning."


# (the facts' spans side by side, no space between them: a flex row's boxes)
_FACTS = ('<div class="row"><span><b>Udvalg:</b> Teknisk Udvalg</span><span><b>Dato:</b> '
          '07.05.2024</span><span><b>Tid:</b> kl. 16.00–18.00</span><span><b>Sted:</b> '
          'Rådhuset, Slotsgade 1, 3400 Hillerød</span></div>')
_NEWSLETTER = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Nyhedsbrev</title>
<style>.facts .row{display:flex;gap:8px}.pill{display:inline-block}</style></head><body>
<header><div class="kicker">Nyt fra Teknisk Udvalg · Udgivet 9. maj 2024</div>
<h1>Referat fra Teknisk Udvalgs møde den 7. maj 2024</h1>
{facts}
<div><h2>Til stede</h2>
<span class="pill">Anna Krog Beck (A) <small>formand</small></span>
<span class="pill">Jonas Bæk Hein (F)</span>
<span class="pill">Mia Due Holm (C)</span>
<h2>Afbud</h2>
<span class="pill">Lars Kjær Bo (V) <small>næstformand</small></span>
</div></header>
<main>
<article class="card"><span class="badge">1</span><h3>Godkendelse af dagsorden</h3>
<div class="dec"><strong>Beslutning</strong>Godkendt.</div></article>
<article class="card"><span class="badge">2</span><h3>Parkering ved stationen</h3>
<div class="dec"><strong>Beslutning</strong>Godkendt med en prøveperiode.</div>
<details><summary>Læs hele sagen</summary><h4>Sagsfremstilling</h4>
<p>Pladserne ved stationen er fyldt om morgenen.</p><h4>Indstilling</h4>
<p>Center for Trafik indstiller, at forslaget godkendes.</p></details></article>
<article class="card"><div class="lock">🔒 Lukket punkt</div>
<span class="badge">3</span><h3>Salg af grund i Alsønderup</h3>
<div class="dec"><strong>Beslutning</strong>Godkendt.</div></article>
<article class="card"><span class="badge">4</span><h3>Orientering fra formanden</h3>
<div class="dec"><strong>Beslutning</strong>Taget til efterretning.</div>
<details><summary>Læs hele sagen</summary><h4>Sagsfremstilling</h4>
<p>Formanden orienterede om vejarbejdet i Hillerød.</p></details></article>
</main></body></html>
""".replace("{facts}", _FACTS)


def test_flex_row_of_facts_is_a_line_each(read_file: ReadFile) -> None:
    meeting = read_file("nyhedsbrev.html", _NEWSLETTER)[0]
    assert meeting.committee == "Teknisk Udvalg"
    assert meeting.date == date(2024, 5, 7)
    assert meeting.start_time == "16:00"
    assert meeting.place == "Rådhuset, Slotsgade 1, 3400 Hillerød"


def test_chips_with_a_role_after_the_party(read_file: ReadFile) -> None:
    meeting = read_file("nyhedsbrev.html", _NEWSLETTER)[0]
    roles = {p.name: (p.role, p.status) for p in meeting.participants}
    assert roles["Anna Krog Beck (A)"] == ("formand", "deltog")
    assert roles["Lars Kjær Bo (V)"] == ("næstformand", "afbud")


def test_disclosure_button_is_no_text(read_file: ReadFile) -> None:
    item = read_file("nyhedsbrev.html", _NEWSLETTER)[0].items[1]
    decision = next(s.text for s in item.sections if s.name == "Beslutning")
    assert decision == "Godkendt med en prøveperiode."


def test_lock_badge_above_the_card_number_closes_that_item(read_file: ReadFile) -> None:
    items = read_file("nyhedsbrev.html", _NEWSLETTER)[0].items
    assert [i.number for i in items if i.closed] == [3]
    assert not any("Lukket" in s.text for s in items[1].sections)
