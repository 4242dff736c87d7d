"""Round 132: minutes that reach staff by e-mail – an Outlook .msg with the minutes in its
text, a Thunderbird .eml whose only part is HTML with the items as a table, a reply that
quotes the minutes. Each test builds its own small message."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting
from .test_formats_outlook_msg import _message, _read

_BODY = """Hej alle

Hermed referatet fra mødet.

Ryslinge Lokalråd
Referat af møde tirsdag den 10. september 2024 kl. 19.00
Sted: Forsamlingshuset
Til stede: Hanne Bøgild (formand), Søren Lykke, Anne Holst, Jens Dam
Afbud: Peter Fogh

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Trafiksikkerhed på Ringevej
Kommunens sagsnr.: 24/18211
Orientering: Kommunen har talt biler.
Beslutning: Lokalrådet sender et høringssvar.

Anne Holst forlod mødet kl. 20.40 inden behandlingen af punkt 3.

3. Bænke ved gadekæret
Orientering: Der søges om 38.000 kr. Søren Lykke deltog ikke under dette punkt.
Beslutning: Ansøgningen sendes.
For stemte 2. Imod stemte Jens Dam.

4. Eventuelt
Beslutning: Intet.
"""


def _msg_meeting(tmp_path: Path):
    (m,) = _read(tmp_path, _message("Referat Ryslinge Lokalråd", _BODY))
    return m


def test_a_case_line_with_its_owner_word_stays_out_of_the_title(tmp_path: Path) -> None:
    """"Kommunens sagsnr.: 24/18211" under the title: the case number, and "Kommunens"
    no word of the title. Before: "Trafiksikkerhed på Ringevej Kommunens"."""
    item = _msg_meeting(tmp_path).items[1]
    assert (item.title, item.journal_number) == ("Trafiksikkerhed på Ringevej", "24/18211")


def test_a_member_who_left_before_an_item_is_there_for_the_one_above(tmp_path: Path) -> None:
    """"… forlod mødet kl. 20.40 inden behandlingen af punkt 3" between items 2 and 3:
    absent from 3 and 4, not from 2, and no part of item 2's decision."""
    m = _msg_meeting(tmp_path)
    assert [i.number for i in m.items if "Anne Holst" in i.absentees] == [3, 4]
    assert m.items[1].decision == "Lokalrådet sender et høringssvar."


def test_a_member_away_for_this_item_in_its_case_text(tmp_path: Path) -> None:
    """"Søren Lykke deltog ikke under dette punkt." in the case's text names an absentee
    of that item only."""
    m = _msg_meeting(tmp_path)
    assert [i.number for i in m.items if "Søren Lykke" in i.absentees] == [3]


_TABLE_MAIL = """From: Kirsten Bundgaard <kb@example.dk>
To: aeldreraadet@morsoe.dk
Subject: Referat
Date: Mon, 05 Oct 2020 21:17:00 +0200
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><p>Kære alle</p>
<p>Referat - Ældrerådet i Morsø Kommune<br>Mandag den 28. september 2020 kl. 9.30</p>
<p>Til stede: Kirsten Bundgaard (formand), Ove Thystrup, Jytte Bruun</p>
<table border="1">
<tr><th>Pkt.</th><th>Emne</th><th>Referat</th><th>Beslutning</th></tr>
<tr><td>1</td><td><b>Godkendelse af dagsorden</b></td><td></td><td>Godkendt.</td></tr>
<tr><td>2</td><td><b>Budget 2021</b></td><td>Rådet gennemgik forslaget.</td>
<td>Høringssvaret blev godkendt.</td></tr>
<tr><td>3</td><td><b>Eventuelt</b></td><td>Næste møde er 26. oktober.</td><td>-</td></tr>
</table>
<p>Ref. Grethe Sønderby</p>
</body></html>
"""


def test_a_table_column_head_heads_its_cells(tmp_path: Path) -> None:
    """The column "Referat" of an items table is each item's section "Referat", whose text
    starts with the cell's text, not with the column's head."""
    m = written_meeting(tmp_path, "referat.eml", _TABLE_MAIL)
    assert [(s.name, s.text) for s in m.items[1].sections] == [
        ("Referat", "Rådet gennemgik forslaget."), ("Beslutning", "Høringssvaret blev godkendt.")]


def test_the_minute_takers_ref_line_after_the_table_ends_the_minutes(tmp_path: Path) -> None:
    """"Ref. Grethe Sønderby" below the table signs the minutes: no text of the last item."""
    m = written_meeting(tmp_path, "referat.eml", _TABLE_MAIL)
    assert m.items[-1].sections[-1].text == "Næste møde er 26. oktober."


_HISTORY = """Amager Vest Lokaludvalg
Referat af møde onsdag den 1. juni 2022 kl. 18.30
Sted: Kulturhuset
Til stede: Camilla Frost (formand), Thomas Ravn, Line Thorsen

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Høring om lokalplan
Tidligere behandlet: Lokaludvalgsmøde 2. marts 2022, punkt 5
Baggrund: Forslaget er i høring.
Beslutning: Høringssvaret blev godkendt.
"""


def test_a_history_entry_naming_the_body_by_its_kind_is_the_body(tmp_path: Path) -> None:
    """"Lokaludvalgsmøde 2. marts 2022" in Amager Vest Lokaludvalg's own minutes is an
    earlier treatment by Amager Vest Lokaludvalg, not by some "Lokaludvalget"."""
    m = written_meeting(tmp_path, "referat.txt", _HISTORY)
    (entry,) = m.items[1].history
    assert (entry.committee, entry.date.isoformat(), entry.punkt) == (
        "Amager Vest Lokaludvalg", "2022-03-02", 5)

