"""A hundred-and-twenty-third round of layouts (round 123's blind files: free-form minutes
of small boards and councils): a council's PDF whose decisions are said in prose ("Rådet
besluttede at …") under each item's text, a local council's e-mailed minutes ending on
"Næste møde" and an abbreviated "Evt.", a web page's "Ad 3a." item added after item 3, a
school board's markdown titled "Referat – skolebestyrelsesmøde, <skole>" listing two
pupils with one shared role, and a sentence naming a group ("De to suppleanter deltog
ikke …"), no person, as absent. Every text is written by the tests (other towns, bodies
and words than the blind files)."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting as _read
from .pdf_files import lines_pdf


def _council_pdf(note: str = "") -> bytes:
    lines = ["Lundby Kommune", "", "REFERAT", "Ældrerådet", "Dato: Tirsdag den 4. marts 2025",
             "Tid: Kl. 10.00 – 12.00", "Sted: Lundby Rådhus, mødelokale 4", "",
             "Til stede: Jens Bak (formand), Ulla Kvist, Per Holt", "Afbud: Lise Mørk", "",
             "Pkt. 1 Godkendelse af dagsorden", "", "Godkendt.", "",
             "Pkt. 2 Høring om madservice", "",
             "Forvaltningen har sendt kvalitetsstandarden for madservice i høring.",
             "Rådet drøftede især prisen på hovedretten.",
             "Rådet besluttede at afgive et høringssvar om prisen på hovedretten." + note, "",
             "Pkt. 3 Seniordag 2025", "", "Seniordagen holdes i hallen den 2. oktober.",
             "Rådet besluttede at bevilge 5.000 kr. til musik.", "",
             "Pkt. 4 Eventuelt", "", "Intet."]
    return lines_pdf([(20, lines)])


def test_a_councils_said_decision_is_its_decision(tmp_path: Path) -> None:
    """Free-form minutes without decision headings, each item's text then "Rådet
    besluttede at …" on a line of its own (a PDF's paragraphs joined): that sentence on is
    the decision, the text above it the item's own."""
    m = _read(tmp_path, "aeldreraadet_lundby_2025-03-04_referat.pdf", _council_pdf())
    assert (m.committee, m.date.isoformat(), len(m.items)) == ("Ældrerådet", "2025-03-04", 4)
    assert m.items[1].decision == ("Rådet besluttede at afgive et høringssvar om prisen på "
                                   "hovedretten.")
    assert m.items[1].section("Beskrivelse").startswith("Forvaltningen har sendt")
    assert "drøftede" not in m.items[1].decision
    assert m.items[2].decision == "Rådet besluttede at bevilge 5.000 kr. til musik."


def test_a_group_that_did_not_take_part_is_no_absentee(tmp_path: Path) -> None:
    """"De to byrådsmedlemmer deltog ikke i beslutningen." names a group, no person: no
    absentee; a member by name who did not take part is one."""
    raw = _council_pdf(" De to byrådsmedlemmer deltog ikke i beslutningen.")
    m = _read(tmp_path, "aeldreraadet_lundby_2025-03-04_referat.pdf", raw)
    assert m.items[1].absentees == []
    raw = _council_pdf(" Ulla Kvist deltog ikke i beslutningen.")
    m = _read(tmp_path, "aeldreraadet_lundby_2025-03-04_referat.pdf", raw)
    assert m.items[1].absentees == ["Ulla Kvist"]


_MAIL = """From: Sekretaer <sekretaer@example.org>
To: bestyrelsen@example.org
Subject: Referat af lokalraadsmoede 7. maj 2024
Date: Thu, 9 May 2024 08:12:00 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej alle, her er referatet.

Referat af møde i Saksild Lokalråd tirsdag den 7. maj 2024 kl. 19.30
Sted: Saksild Skole, lærerværelset

Til stede: Bo Lind (formand), Maja Krog (sekretær), Ib Dam
Afbud: Eva Friis

1) Godkendelse af dagsorden
Godkendt.

2) Sankthans
Bålet tændes kl. 21. Der mangler en båltaler.
Aftalt: Maja spørger præsten.

3) Stisystemet
Kommunen har lovet nye skilte langs stien.
Aftalt: Ib følger op i august.

4) Næste møde
Tirsdag d. 11. juni 2024 kl. 19.30.

5) Evt.
Bo nævnte at flagstangen ved skolen er knækket.
"""


def test_evt_after_naeste_moede_is_the_last_item(tmp_path: Path) -> None:
    """"4) Næste møde" then "5) Evt.", two closing items in a row without text of an
    item's kind: both are items, the last not glued into the one before."""
    m = _read(tmp_path, "saksild_lokalraad_2024-05-07_referat.eml", _MAIL)
    assert m.committee == "Saksild Lokalråd"
    assert [i.title for i in m.items][-2:] == ["Næste møde", "Evt."]
    assert len(m.items) == 5
    texts = ["\n".join(s.text for s in i.sections) for i in m.items]
    assert "Evt." not in texts[3]
    assert "flagstangen" in texts[4]


_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat – Fritidsudvalget – Nordhavn Kommune</title></head><body>
<nav><a href="/">Forside</a> / <a href="/politik">Politik</a></nav><article>
<h1>Referat fra Fritidsudvalgets møde den 15. marts 2023</h1>
<p>Mødet blev holdt onsdag den 15. marts 2023 kl. 16.00 i Nordhavn Bibliotek, lokale 2.</p>
<p><strong>Til stede:</strong> Ane Holm (formand), Kim Lund, Ole Berg</p>
<h2><u>Ad 1. Godkendelse af dagsorden</u></h2><p>Godkendt.</p>
<h2><u>Ad 2. Haltider 2023/24</u></h2><p>Fordelingen blev gennemgået.</p>
<p><strong>Beslutning:</strong> Fordelingen blev godkendt.</p>
<h2><u>Ad 2a. Tilskud til Nordhavn Roklub</u></h2><p>Punktet blev optaget som tillægspunkt.</p>
<p><strong>Beslutning:</strong> Bevilget.</p>
<h2><u>Ad 3. Eventuelt</u></h2><p>Intet.</p>
</article><footer>Nordhavn Kommune · Torvet 1</footer></body></html>"""


def test_ad_2a_is_an_added_item(tmp_path: Path) -> None:
    """"Ad 2a." after item 2's decision is an item of its own, labelled "2a", with its
    decision; the items after it keep their printed numbers as labels."""
    m = _read(tmp_path, "fritidsudvalget_nordhavn_2023-03-15_referat.html", _PAGE)
    assert [(i.number, i.label, i.title) for i in m.items] == [
        (1, "", "Godkendelse af dagsorden"), (2, "", "Haltider 2023/24"),
        (3, "2a", "Tilskud til Nordhavn Roklub"), (4, "3", "Eventuelt")]
    assert m.items[1].decision == "Fordelingen blev godkendt."
    assert m.items[2].decision == "Bevilget."


_SCHOOL = """# Referat – skolebestyrelsesmøde, Bakkely Skole

**Dato:** tirsdag den 3. februar 2026, kl. 18.00–20.00
**Sted:** Biblioteket, Bakkely Skole, Vestlund Kommune

**Til stede:** Sara Lund (formand), Ida Vang og Noah Berg (elevrådet), Kaj Dal (skoleleder)

**Afbud:** Mette Skov

---

__Pkt. 1 – Godkendelse af dagsorden__

Godkendt.

__Pkt. 2 – Skolens budget 2026__

Kaj gennemgik budgettet.

**Konklusion:** Skolebestyrelsen godkendte budgettet.

__Pkt. 3 – Eventuelt__

Intet.
"""


def test_a_school_boards_meeting_title_names_the_board(tmp_path: Path) -> None:
    """"Referat – skolebestyrelsesmøde, Bakkely Skole": the body is the school's board
    ("Skolebestyrelsen, Bakkely Skole"), not the meeting's word; two pupils listed "Ida Vang
    og Noah Berg (elevrådet)" both sit for the pupils' council."""
    m = _read(tmp_path, "skolebestyrelsen_bakkely_2026-02-03_referat.md", _SCHOOL)
    assert m.committee == "Skolebestyrelsen, Bakkely Skole"
    assert (m.date.isoformat(), len(m.items)) == ("2026-02-03", 3)
    assert m.items[1].decision == "Skolebestyrelsen godkendte budgettet."
    roles = {p.name: p.role for p in m.participants}
    assert roles["Ida Vang"] == roles["Noah Berg"] == "elevrådet"
