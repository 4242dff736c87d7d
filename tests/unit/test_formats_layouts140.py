"""Round 140 (blind): prints and exports of less common case and meeting systems — a case
text's own heading ("Lovgrundlag") on a line between two paragraphs, a web page whose
place names a town hall but whose title names the municipality, and a cover's "Start" /
"Slut" label rows."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings

_COVER = """Solbjerg Kommune

Referat
Miljøudvalget

Mødedato
Tirsdag den 14. marts 2023
Start
16:30
Slut
18:10
Mødested
Mødelokale 2, Rådhuset, Torvet 1, Solbjerg

Pkt. 21 Godkendelse af dagsorden
Sagsnr. 23-000101
Beslutning i Miljøudvalget den 14. marts 2023
Godkendt.

Pkt. 22 Lokalplan for boliger ved Engvej
Sagsnr. 23-004411
Sagsfremstilling
Lokalplanforslaget giver mulighed for op til 20 boliger på et areal syd for Engvej, og
området overføres til byzone ved planens endelige vedtagelse.
Lovgrundlag
Lov om planlægning, jf. lovbekendtgørelse nr. 1157 af 1. juli 2020.
Høring af naboer er sket ved et borgermøde den 2. marts 2023.
Indstilling
Administrationen indstiller, at forslaget vedtages.
Beslutning i Miljøudvalget den 14. marts 2023
Anbefales.
"""


def test_a_case_text_heading_between_paragraphs_is_kept_as_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "solbjerg_miljoeudvalget_2023-03-14_referat.txt"
    path.write_text(_COVER, encoding="utf-8")
    (m,) = read_meetings(path)
    assert [(i.number, i.title) for i in m.items] == [
        (21, "Godkendelse af dagsorden"), (22, "Lokalplan for boliger ved Engvej")]
    case = m.items[1].sections[0]
    assert case.name == "Sagsfremstilling"
    assert "vedtagelse.\n\nLovgrundlag:\nLov om planlægning" in case.text
    # (a sentence opening with a heading's word stays in its paragraph)
    assert "Høring af naboer er sket" in case.text and "Høring:" not in case.text
    assert m.items[1].decision == "Anbefales."


def test_start_and_end_on_label_rows_of_their_own_give_the_start(tmp_path: Path) -> None:
    path = tmp_path / "solbjerg_miljoeudvalget_2023-03-14_referat.txt"
    path.write_text(_COVER, encoding="utf-8")
    (m,) = read_meetings(path)
    assert (m.committee, m.date.isoformat(), m.start_time) == ("Miljøudvalget", "2023-03-14",
                                                                "16:30")
    assert m.place == "Mødelokale 2, Rådhuset, Torvet 1, Solbjerg"


_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat - Kultur- og Fritidsudvalget - 7. juni 2023 - Rebild Kommune</title></head>
<body><div class="site-header"><img src="/logo/rebild.svg" alt="Rebild Kommune"></div>
<main><h1>Kultur- og Fritidsudvalget</h1><h2>Referat</h2>
<dl><dt>Dato</dt><dd>Onsdag den 7. juni 2023</dd><dt>Tidspunkt</dt><dd>Kl. 15:00</dd>
<dt>Sted</dt><dd>Mødelokale 1, Nørager Rådhus</dd></dl>
<h3>1. Godkendelse af dagsorden</h3><p>Sagsnr.: 23/1001</p>
<h4>Beslutning</h4><p>Godkendt.</p>
<h3>2. Tilskud til sommeraktiviteter</h3><p>Sagsnr.: 23/1002</p>
<h4>Sagsfremstilling</h4><p>Der er modtaget ni ansøgninger.</p>
<h4>Beslutning</h4><p>Godkendt.</p>
</main></body></html>"""


def test_a_town_hall_in_the_place_is_no_municipality(tmp_path: Path) -> None:
    path = tmp_path / "rebild_kultur-og-fritidsudvalget_2023-06-07_referat.html"
    path.write_text(_PAGE, encoding="utf-8")
    (m,) = read_meetings(path)
    assert m.municipality == "Rebild"  # (the title and the logo, not "Nørager Rådhus")
    assert (m.committee, m.date.isoformat(), m.start_time) == (
        "Kultur- og Fritidsudvalget", "2023-06-07", "15:00")
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden",
                                          "Tilskud til sommeraktiviteter"]
