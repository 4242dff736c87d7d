"""What round 69's layouts left (round 69's blind files): an agenda listed in the head,
each number on a line of its own, is no list of members; "Tidligere beslutning, Body
DD-MM-YYYY" with its text below, and "**Tidligere:** Body DD.MM.YYYY – text", are the
case's history; a region's council named by its body only takes the region its text
names, not its address's town, and the line saying the meeting ended with who took the
minutes is no part of the last decision; a Markdown front matter's "starttid:" and
"lokale:" give the start and the place when the body's header says who came only; a
padlock after an item's title closes it. Each fixture is written by its test."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting

_BOXED_NUMBERS = """Lunde Kommune
Referat
Børneudvalget
Dato
Tirsdag den 14. januar 2025
Tid
17:00 - 19:05
Sted
Rådhuset, mødelokale 2
Medlemmer
Eva Dam (A), formand
Karl Bo (C)
Fraværende
Lis Holm (V)
Punkter på mødet
1
Godkendelse af dagsorden
2
Meddelelser

1. Godkendelse af dagsorden
Sagsnr. 24/3981
Beslutning
Godkendt.

2. Meddelelser
Sagsnr. 24/3982
Beslutning
Taget til efterretning.
"""


def test_agenda_below_the_absent_is_no_member(tmp_path: Path) -> None:
    """The head's list of items after "Fraværende", each number on its own line (a
    number printed in a box): the title "Meddelelser" is no absent member.
    Before: "Meddelelser" was a participant with status afbud."""
    m = written_meeting(tmp_path, "referat.txt", _BOXED_NUMBERS)
    assert [(p.name, p.status) for p in m.participants] == [
        ("Eva Dam (A)", "deltog"), ("Karl Bo (C)", "deltog"), ("Lis Holm (V)", "afbud")]
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Meddelelser"]


_EARLIER_COMMA = """Landsbyrådet
Referat

Mødedato
26-08-2025
Mødetidspunkt
19:00 - 21:10

Punkt 1 af 1
Landsbypuljen 2025
Sagsnr. 25/9934

Indstilling
Formandskabet indstiller, at puljen fordeles som beskrevet.

Tidligere beslutning, Landsbyrådet 17-06-2025
Kriterierne for puljen godkendes.

Beslutning
Puljen fordeles som indstillet.
"""


def test_earlier_decision_after_a_comma_is_history(tmp_path: Path) -> None:
    """"Tidligere beslutning, Landsbyrådet 17-06-2025" on its line, the text below: the
    case's history, out of the Indstilling. Before: it stayed in the Indstilling."""
    (item,) = written_meeting(tmp_path, "referat.txt", _EARLIER_COMMA).items
    assert [(h.committee, str(h.date), h.text) for h in item.history] == [
        ("Landsbyrådet", "2025-06-17", "Kriterierne for puljen godkendes.")]
    assert item.decision == "Puljen fordeles som indstillet."
    assert "Tidligere" not in next(s.text for s in item.sections if s.name == "Indstilling")


_REGION_COUNCIL = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Regionsrådet - referat</title></head>
<body>
<h1>Regionsrådet</h1>
<p><strong>Referat</strong> fra mødet tirsdag den 20. maj 2025, kl. 14.00-17.20<br>
Regionshuset, Skottenborg 26, 8800 Viborg, Regionsrådssalen</p>
<h2>1. Godkendelse af dagsorden</h2>
<h3>Beslutning</h3><p>Godkendt.</p>
<h2>2. Årsregnskab 2024 for Region Midtjylland</h2>
<h3>Beslutning</h3><p>Taget til efterretning.</p>
<p>Mødet hævet kl. 17.20. Referent: Ida Lund, Regionssekretariatet.</p>
</body></html>
"""


def test_region_council_takes_the_region_its_text_names(tmp_path: Path) -> None:
    """A page of "Regionsrådet" whose only address is in Viborg, the region named in an
    item's title: the region is the authority, not a guess from the address.
    Before: municipality "Viborg", guessed."""
    m = written_meeting(tmp_path, "referat.html", _REGION_COUNCIL)
    assert (m.municipality, m.municipality_guessed) == ("Region Midtjylland", False)


def test_meeting_ended_and_minute_taker_leave_the_last_decision(tmp_path: Path) -> None:
    """"Mødet hævet kl. 17.20. Referent: Ida Lund, Regionssekretariatet." under the last
    item: no part of its decision. Before: the decision ended with that line."""
    m = written_meeting(tmp_path, "referat.html", _REGION_COUNCIL)
    assert m.items[-1].decision == "Taget til efterretning."


_FRONT_MATTER_MD = """---
organ: Handicaprådet
moededato: 2025-09-23
starttid: "16:30"
lokale: "Udvalgsværelse 1, Rådhuset"
---

# Handicaprådet – møde 23. september 2025

**Fremmøde** ([x] = til stede, [ ] = ikke til stede)

- [x] Eva Dam – formand
- [ ] Karl Bo *(afbud)*
- [x] Lis Holm

### 1) Godkendelse af dagsorden

**Tidligere:** Handicaprådet 10.06.2025 – Dagsordenen blev udsat.

**Rådets beslutning:**
Godkendt.

### 2) Indstilling til handicapprisen 🔒

**Rådets beslutning:**
Rådet indstiller en kandidat.
"""


def test_front_matter_start_and_place_beside_the_bodys_attendance(tmp_path: Path) -> None:
    """The body says who came; the front matter's "starttid:" and "lokale:" say when and
    where. Before: start_time and place were empty."""
    m = written_meeting(tmp_path, "referat.md", _FRONT_MATTER_MD)
    assert (m.start_time, m.place) == ("16:30", "Udvalgsværelse 1, Rådhuset")
    assert {p.name: p.status for p in m.participants} == {
        "Eva Dam": "deltog", "Karl Bo": "afbud", "Lis Holm": "deltog"}


def test_padlock_after_the_title_closes_the_item(tmp_path: Path) -> None:
    """"### 2) Indstilling til handicapprisen 🔒": closed, the padlock out of the title.
    Before: open, the padlock in the title."""
    m = written_meeting(tmp_path, "referat.md", _FRONT_MATTER_MD)
    assert [(i.title, i.closed) for i in m.items] == [
        ("Godkendelse af dagsorden", False), ("Indstilling til handicapprisen", True)]


def test_earlier_label_alone_with_body_and_date_is_history(tmp_path: Path) -> None:
    """"**Tidligere:** Handicaprådet 10.06.2025 – text": the case's history, not this
    meeting's decision. Before: a line of the item's text, no history."""
    item = written_meeting(tmp_path, "referat.md", _FRONT_MATTER_MD).items[0]
    assert [(h.committee, str(h.date), h.text) for h in item.history] == [
        ("Handicaprådet", "2025-06-10", "Dagsordenen blev udsat.")]
    assert item.decision == "Godkendt."
