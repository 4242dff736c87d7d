"""Round 127: minutes from today's office tools: Teams/Loop meeting notes exported to
markdown (a numbered agenda, the notes as bold bullets with nested notes, the facts on
one line after a single icon, the page titled meeting first) and a SharePoint news page
whose publish stamp is not the meeting's date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

_LOOP = """# Bestyrelsesmøde marts 2025 – Nordby Beboerråd

📅 tirsdag den 11. marts 2025 · 19:00–21:00 · Fælleshuset, Kirkevej 2

## Deltagere

**Til stede:** @Anne Lund (formand), @Per Holm, @Sara Berg

## Agenda

1. Godkendelse af dagsorden – @Anne Lund (5 min)
2. Legepladsen (20 min)
3. Eventuelt

## Noter

- **1. Godkendelse af dagsorden**
  - **Beslutning:** Godkendt.
- **2. Legepladsen** (sagsnr. 2025-0012345)
  - Per fremlagde tre tilbud.
  - **Beslutning:** Tilbuddet fra Leg & Co vælges.
- **3. Eventuelt**
  - Intet.

## Opfølgningspunkter

- [ ] @Per Holm: Bestil legepladsen
"""


def test_loop_numbered_agenda_and_bold_bullet_notes(tmp_path: Path) -> None:
    path = tmp_path / "Bestyrelsesmøde marts 2025 - Mødenoter.md"
    path.write_text(_LOOP, encoding="utf-8")
    [m] = read_meetings(path)
    assert m.committee == "Nordby Beboerråd"
    assert m.date == date(2025, 3, 11)
    assert m.start_time == "19:00"
    assert m.place and m.place.startswith("Fælleshuset")
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Legepladsen", "Eventuelt"]
    assert m.items[1].section("Beslutning") == "Tilbuddet fra Leg & Co vælges."
    assert m.items[1].journal_number == "2025-0012345"
    assert not m.items[2].section("Beslutning")
    assert "Per Holm" in [p.name for p in m.participants]


_NEWS = """<html><head><title>Referat fra rådets møde 4. marts</title></head><body>
<div>Publiceret 12.3.2025</div>
<h1>Referat fra Grønt Råds møde 4. marts</h1>
<div>Ole Bak · Publiceret 12. marts 2025</div>
<p>Grønt Råd holdt møde tirsdag den 4. marts 2025 kl. 17.00 på Rådhuset.</p>
<h2>1. Godkendelse af dagsorden</h2><p>Beslutning:</p><p>Godkendt.</p>
<h2>2. Træplantning</h2><p>Sagsfremstilling</p><p>Forslag om 200 nye træer.</p>
<p>Beslutning:</p><p>Anbefalet.</p>
</body></html>"""


def test_news_page_publish_stamp_is_no_meeting_date(tmp_path: Path) -> None:
    path = tmp_path / "Referat fra Grønt Råds møde 4. marts.html"
    path.write_text(_NEWS, encoding="utf-8")
    [m] = read_meetings(path)
    assert m.date == date(2025, 3, 4)
    assert len(m.items) == 2
    assert m.items[1].section("Beslutning") == "Anbefalet."
