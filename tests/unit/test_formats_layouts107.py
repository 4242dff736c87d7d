"""A hundred-and-seventh round of layouts (round 107's blind files, on a case's history
and earlier treatments): a municipality's portal page whose items print their
"Sagsforløb" as a table of body, date, item number and decision; a Word agenda whose
"Tidligere behandling" lists the earlier meetings with their item numbers above the
quoted dated decisions; and a "Tidligere behandling" told as one sentence ("Sagen blev
behandlet i X den …, punkt 7, hvor …"). Every text is written by the tests (other towns,
bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

from .office_files import docx, para, table


def _history(item) -> list[tuple[str, date | None, int | None]]:  # noqa: ANN001
    return [(t.committee, t.date, t.punkt) for t in item.history]


_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat - Miljø- og Teknikudvalget 3. marts 2025 - Nordby Kommune</title></head>
<body><header class="site-header"><a class="site-logo" href="/">Nordby Kommune</a></header>
<main><article class="meeting"><header>
<p class="meeting-type">Referat</p><h1>Miljø- og Teknikudvalget</h1>
<dl><dt>Mødedato</dt><dd>mandag den 3. marts 2025, kl. 15.00</dd>
<dt>Mødested</dt><dd>Mødelokale 4, Nordby Rådhus</dd>
<dt>Mødedeltagere</dt><dd><ul><li>Ida Holm (V), formand</li><li>Per Dal (A)</li>
<li>Eva Krog (F)</li></ul></dd></dl></header>
<section class="agenda-item" id="punkt-1">
<h2><span class="item-no">Punkt 1</span> Godkendelse af dagsorden</h2>
<div class="decision"><h3>Beslutning</h3><p>Godkendt.</p></div></section>
<section class="agenda-item" id="punkt-2">
<h2><span class="item-no">Punkt 2</span> Cykelsti langs Søvej - anlægsbevilling</h2>
<p class="case-id">Sagsid: SAG-2024-00871</p>
<div class="decision"><h3>Beslutning</h3><p>Udvalget anbefaler indstillingen.</p></div>
<h3>Resume</h3><p>Projektet har været i borgerdialog i efteråret 2024.</p>
<h3>Sagsforløb</h3>
<table class="case-history"><thead><tr><th>Udvalg</th><th>Dato</th><th>Punkt</th>
<th>Beslutning</th></tr></thead><tbody>
<tr><td>Økonomiudvalget</td><td>04-11-2024</td><td>12</td>
<td>Sagen sendes til borgerdialog.</td></tr>
<tr><td>Miljø- og Teknikudvalget</td><td>02-12-2024</td><td>6</td>
<td>Udvalget drøftede høringssvarene. Sagen genoptages.</td></tr>
</tbody></table>
<h3>Bilag</h3><ul><li><a href="/b1.pdf">Bilag 1: Projektskitse</a></li></ul>
</section></article></main></body></html>
"""


def test_a_portals_history_table_is_the_cases_history(tmp_path: Path) -> None:
    path = tmp_path / "nordby_referat.html"
    path.write_text(_PAGE, encoding="utf-8")
    (m,) = read_meetings(path)
    assert (m.committee, str(m.date)) == ("Miljø- og Teknikudvalget", "2025-03-03")
    assert len(m.items) == 2
    item = m.item(2)
    assert item.decision == "Udvalget anbefaler indstillingen."
    assert _history(item) == [("Økonomiudvalget", date(2024, 11, 4), 12),
                              ("Miljø- og Teknikudvalget", date(2024, 12, 2), 6)]
    assert item.history[1].text.startswith("Udvalget drøftede høringssvarene.")
    assert "Sagen sendes til borgerdialog." not in item.decision


def test_a_word_history_table_with_the_earlier_item_number(tmp_path: Path) -> None:
    path = tmp_path / "referat.docx"
    path.write_bytes(docx([
        para("Referat", "Titel"), para("Sydby Kommune"), para("Kulturudvalget"),
        para("Mødedato: 10. marts 2025 kl. 17.00"),
        para("1. Ny bibliotekslov - lokal plan", "Overskrift1"),
        para("Sagens forløb", bold=True),
        table([["Udvalg", "Dato", "Pkt.", "Beslutning"],
               ["Kulturudvalget", "13.01.2025", "4", "Udsat."]]),
        para("Beslutning", bold=True), para("Godkendt."),
    ], styles={"Overskrift1": "heading 1", "Titel": "Title"}))
    (m,) = read_meetings(path)
    item = m.item(1)
    assert item.decision == "Godkendt."
    assert _history(item) == [("Kulturudvalget", date(2025, 1, 13), 4)]


def _agenda(body: list[str]) -> bytes:
    head = [para("Østby Kommune"), para("Dagsorden", "Titel"), para("Teknisk Udvalg"),
            para("Mødedato: Tirsdag den 4. februar 2025"), para("Mødetid: Kl. 14.00 - 16.00"),
            para("Medlemmer: Hans Bro (V), formand"), para("Lis Mark (A)"),
            para("Afbud: Lis Mark (A)")]
    return docx(head + body, styles={"Overskrift1": "heading 1", "Titel": "Title"})


def test_listed_item_numbers_join_the_quoted_earlier_decisions(tmp_path: Path) -> None:
    path = tmp_path / "dagsorden.docx"
    path.write_bytes(_agenda([
        para("1. Lokalplan nr. 88 - endelig vedtagelse", "Overskrift1"),
        para("Tidligere behandling", bold=True),
        para("Teknisk Udvalg den 7. oktober 2024, punkt 3"),
        para("Kommunalbestyrelsen den 30. oktober 2024, punkt 118"),
        para("Beslutning i Teknisk Udvalg den 7. oktober 2024:", bold=True),
        para("Anbefales sendt i høring."), para("Fraværende: Hans Bro (V)"),
        para("Beslutning i Kommunalbestyrelsen den 30. oktober 2024:", bold=True),
        para("Godkendt."),
        para("Sagsfremstilling", bold=True), para("Planen har været i høring i otte uger."),
        para("Beslutning", bold=True),
        para("2. Meddelelser", "Overskrift1"), para("Beslutning", bold=True),
    ]))
    (m,) = read_meetings(path)
    assert m.doc_type == "dagsorden"
    item = m.item(1)
    assert not item.decision  # (an agenda: the quoted decisions are history)
    assert not item.absentees  # (the earlier meeting's absence is not this one's)
    assert _history(item) == [("Teknisk Udvalg", date(2024, 10, 7), 3),
                              ("Kommunalbestyrelsen", date(2024, 10, 30), 118)]


def test_an_earlier_treatment_told_as_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "dagsorden.docx"
    path.write_bytes(_agenda([
        para("1. Regulativ for Møllebækken - efter høring", "Overskrift1"),
        para("Tidligere behandling", bold=True),
        para("Sagen blev behandlet i Teknisk Udvalg den 2. september 2024, punkt 9, hvor "
             "udvalget besluttede at sende regulativet i høring."),
        para("Sagsfremstilling", bold=True), para("Der kom to høringssvar."),
        para("Beslutning", bold=True),
    ]))
    (m,) = read_meetings(path)
    item = m.item(1)
    assert not item.decision
    assert _history(item) == [("Teknisk Udvalg", date(2024, 9, 2), 9)]
    assert "besluttede at sende regulativet i høring" in item.history[0].text
