"""Round 135: minutes of bodies above or between municipalities: a region's committee
page that names one municipality in an item's sentence, a KKR's members' table headed
"Kommune | Medlem | Bemærkning", a joint company's board minutes titled "REFERAT AF
BESTYRELSESMØDE", and earlier treatments written with the month's name."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.history_text import history_entries
from ingest.formats.table_text import table_paragraphs

_REGION_PAGE = """<html><head><title>Referat - Udvalg for regional udvikling - 4. marts 2020 |
Region Syddanmark</title></head><body>
<header><a class="logo" href="/"><img src="/logo.svg" alt="Region Syddanmark"></a></header>
<main><h1>Udvalg for regional udvikling</h1><p>Mødedato: 4. marts 2020 kl. 09.30</p>
<h2>12. Uddannelsespuljen</h2><h4>Sagsfremstilling</h4>
<p>Projektet "Brobygning på Fanø" ved Fanø Kommune søger tilskud.</p>
<h4>Beslutning</h4><p>Godkendt.</p>
<h2>13. Eventuelt</h2><h4>Beslutning</h4><p>Intet.</p></main>
<footer><p>Region Syddanmark &middot; Damhaven 12 &middot; 7100 Vejle</p></footer>
</body></html>
"""


def test_region_page_is_the_regions_not_a_town_an_item_names(tmp_path: Path) -> None:
    path = tmp_path / "rsyd_referat.html"
    path.write_text(_REGION_PAGE, encoding="utf-8")
    assert read_meetings(path)[0].municipality == "Region Syddanmark"


_KKR = """KKR SYDDANMARK
Referat
KKR Syddanmark
Mødedato: 3. februar 2021
Deltagere
Kommune | Medlem | Bemærkning
Vejle | Jens Ries (V) | Formand
Odense | Peter Rahbæk Juel (A) | Næstformand
Fanø | Frank Jensen (V) | Afbud

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Eventuelt
Beslutning
Intet.
"""


def test_kkr_members_table_gives_members_and_the_body_as_authority(tmp_path: Path) -> None:
    path = tmp_path / "kkr.txt"
    path.write_text(_KKR, encoding="utf-8")
    meeting = read_meetings(path)[0]
    assert meeting.municipality == "KKR Syddanmark"
    people = {p.name.split(" (")[0]: p for p in meeting.participants}
    assert set(people) == {"Jens Ries", "Peter Rahbæk Juel", "Frank Jensen"}
    assert people["Jens Ries"].role == "formand"
    assert people["Frank Jensen"].status == "afbud"


def test_word_table_headed_kommune_is_read_by_its_columns() -> None:
    rows = [[["Kommune"], ["Medlem"], ["Bemærkning"]], [["Vejle"], ["Jens Ries (V)"], []]]
    assert [line for line, _ in table_paragraphs(rows)] == [
        "Kommune | Medlem | Bemærkning", "Vejle | Jens Ries (V) | "]


_BOARD = """SØNDERJYSK VAND I/S
Hjemsted: Aabenraa Kommune

REFERAT AF BESTYRELSESMØDE

Dato:     Tirsdag den 12. maj 2020
Tid:      Kl. 15.00

Pkt. 1   Godkendelse af dagsorden
--------------------------------
Beslutning: Godkendt.

Pkt. 2   Eventuelt
-----------------
Beslutning: Intet.
"""


def test_board_meeting_title_names_the_board(tmp_path: Path) -> None:
    path = tmp_path / "vand.txt"
    path.write_text(_BOARD, encoding="utf-8")
    assert read_meetings(path)[0].committee == "Bestyrelsen"


def test_earlier_treatments_with_month_names_are_history() -> None:
    entries = history_entries(["Udvalg for regional udvikling 12. juni 2019, punkt 41.",
                               "Forretningsudvalget den 24. juni 2019, punkt 212."])
    assert [(t.committee, t.date.isoformat(), t.punkt) for t in entries] == [
        ("Udvalg for regional udvikling", "2019-06-12", 41),
        ("Forretningsudvalget", "2019-06-24", 212)]
