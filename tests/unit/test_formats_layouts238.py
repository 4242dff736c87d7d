"""Round 238's layouts (round 238's blind files): everyday 2025–2026 minutes as current
publishing systems render them. A hosted meeting portal's page whose items are collapsed
`<details>`, each holding nested `<details>` "Tidligere behandling (2)" (entries headed
"<strong>Body</strong> · DD.MM.YYYY · Punkt N") and "Bilag (1)", closed by "Publiceret …
kl. …"; an eDoc page whose one participants table holds the members, a group row "Fra
administrationen" and the staff below it, a party cell printed "SF"; and a Word document
saved as PDF whose earlier decision is a note "Tidligere behandlet: <body> den <day>, pkt.
N." over "Beslutning den <day>: …". Every text is written by the tests (other towns,
bodies, names and words than the blind files)."""

from __future__ import annotations

from datetime import date

from .conftest import ReadFile
from .pdf_files import lines_pdf


def _item(m, number: int):
    return next(i for i in m.items if i.number == number)


# --- a portal's page: every item a collapsed <details> -------------------------------------

def _portal_item(number: int, title: str, body: str, badge: str = "Åben") -> str:
    return (f'<details class="agenda-item" id="punkt-{number}"><summary>'
            f'<span class="no">{number}.</span><span class="title">{title}</span>'
            f'<span class="badge">{badge}</span></summary><div class="body">{body}</div>'
            "</details>")


_HISTORY = ('<details class="history"><summary>Tidligere behandling (2)</summary>'
            '<div class="entry"><p class="head"><strong>Plan- og Teknikudvalget</strong> · '
            "02.09.2025 · Punkt 7</p><p>Sagen sendes i høring hos lokalrådene.</p>"
            "<p>Fraværende: Hans Toft (C)</p></div>"
            '<div class="entry"><p class="head"><strong>KKR Midtjylland</strong> · 29.09.2025'
            " · Punkt 4</p><p>KKR Midtjylland tager planen til efterretning.</p></div>"
            "</details>")

_PORTAL = ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>"
           "<title>Referat – Klima- og Miljøudvalget – Hedensted Kommune</title></head><body>"
           "<main><p class='committee'><a href='/udvalg/kmu'>Klima- og Miljøudvalget</a></p>"
           "<h1>Referat <span>tirsdag 4. november 2025</span></h1>"
           "<dl><dt>Tidspunkt</dt><dd>16:00 - 18:15</dd><dt>Sted</dt>"
           "<dd>Byrådssalen, Rådhuset, Niels Espes Vej 8, 8722 Hedensted</dd></dl>"
           "<details><summary>Deltagere</summary><h3>Medlemmer</h3><ul>"
           "<li>Lise Brink (V), formand</li><li>Hans Toft (C)</li><li>Ole Skau (A)</li>"
           "<li>Eva Krog (F)</li></ul></details>"
           + _portal_item(1, "Godkendelse af dagsorden",
                          "<p>Sagsnr. 25/4410</p><h4>Beslutning</h4><p>Godkendt.</p>")
           + _portal_item(2, "Klimaplan for landsbyerne 2026",
                          "<p>Sagsnr. 25/3012</p><h4>Sagsfremstilling</h4><p>Planen er "
                          "revideret efter høringen.</p><h4>Indstilling</h4><p>Direktøren "
                          "indstiller, at planen godkendes.</p>" + _HISTORY
                          + "<section class='decision'><h4>Beslutning</h4><p>Godkendt.</p>"
                          "</section><details class='files'><summary>Bilag (1)</summary><ul>"
                          "<li><a href='/doc/1'>Klimaplan 2026.pdf</a></li></ul></details>")
           + _portal_item(3, "Eventuelt", "<p>Sagsnr. 25/4410</p><h4>Beslutning</h4>"
                          "<p>Eva Krog spurgte til cykelstien ved Løsning.</p>")
           + "<p class='published'>Publiceret 06.11.2025 kl. 09:41</p></main></body></html>")


def test_folded_history_rows_are_the_case_history(read_file: ReadFile) -> None:
    (m,) = read_file("kmu-2025-11-04.html", _PORTAL)
    item = _item(m, 2)
    assert [(t.committee, t.date, t.punkt) for t in item.history] == [
        ("Plan- og Teknikudvalget", date(2025, 9, 2), 7),
        ("KKR Midtjylland", date(2025, 9, 29), 4)]
    assert item.history[1].text == "KKR Midtjylland tager planen til efterretning."
    # (the earlier meeting's absentee is no absentee of this one)
    assert "Hans Toft (C)" not in item.absentees


def test_counted_bilag_toggle_is_no_part_of_the_decision(read_file: ReadFile) -> None:
    (m,) = read_file("kmu-2025-11-04.html", _PORTAL)
    item = _item(m, 2)
    assert item.decision == "Godkendt."
    assert "Klimaplan 2026.pdf" in (item.section("Bilag") or "")


def test_published_stamp_is_no_part_of_the_last_decision(read_file: ReadFile) -> None:
    (m,) = read_file("kmu-2025-11-04.html", _PORTAL)
    assert m.date == date(2025, 11, 4)
    assert _item(m, 3).decision == "Eva Krog spurgte til cykelstien ved Løsning."


# --- an eDoc page: members and staff in one participants table ------------------------------

_EDOC = ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>"
         "<title>Referat – Kultur- og Fritidsudvalget – Ikast-Brande Kommune</title></head><body>"
         "<main><p class='committee'>Kultur- og Fritidsudvalget</p><h1>Referat</h1>"
         "<table class='info'><tr><th>Mødedato:</th><td>Onsdag den 11. marts 2026</td></tr>"
         "<tr><th>Mødetidspunkt:</th><td>17:00 - 19:00</td></tr>"
         "<tr><th>Mødested:</th><td>Mødelokale 3, Rådhuset, Ikast</td></tr></table>"
         "<h2>Deltagere</h2><table class='participants'><thead><tr><th>Navn</th><th>Parti</th>"
         "<th>Funktion</th><th>Fremmøde</th></tr></thead><tbody>"
         "<tr><td>Anne Lykke</td><td>V</td><td>Formand</td><td>Til stede</td></tr>"
         "<tr><td>Jonas Bøgh</td><td>SF</td><td>Medlem</td><td>Til stede</td></tr>"
         "<tr><td>Pernille Sand</td><td>A</td><td>Medlem</td><td>Afbud</td></tr></tbody>"
         "<tbody><tr class='group'><th colspan='4'>Fra administrationen</th></tr>"
         "<tr><td>Kasper Vang</td><td></td><td>Kulturchef</td><td>Til stede</td></tr>"
         "<tr><td>Tina Mose</td><td></td><td>Sekretær (referent)</td><td>Til stede</td></tr>"
         "</tbody></table>"
         "<div class='item'><h2>1. Godkendelse af dagsorden</h2><p>Sagsnr.: 26/310 Åbent punkt"
         "</p><h3>Beslutning i Kultur- og Fritidsudvalget den 11-03-2026</h3><p>Godkendt.</p>"
         "</div><div class='item'><h2>2. Halfordeling 2026/27</h2><p>Sagsnr.: 26/118 Åbent "
         "punkt</p><h3>Sagsfremstilling</h3><p>Foreningerne har søgt om haltimer.</p>"
         "<h3>Beslutning i Kultur- og Fritidsudvalget den 11-03-2026</h3><p>Godkendt.</p>"
         "</div></main></body></html>")


def test_staff_below_the_administrations_group_row_are_no_participants(
        read_file: ReadFile) -> None:
    (m,) = read_file("kfu-2026-03-11.html", _EDOC)
    names = " ".join(p.name for p in m.participants)
    assert "Kasper Vang" not in names and "Tina Mose" not in names
    assert len(m.participants) == 3


def test_party_cell_printed_as_a_code_is_kept_as_printed(read_file: ReadFile) -> None:
    (m,) = read_file("kfu-2026-03-11.html", _EDOC)
    people = {p.name: p.status for p in m.participants}
    assert people == {"Anne Lykke (V)": "deltog", "Jonas Bøgh (SF)": "deltog",
                      "Pernille Sand (A)": "afbud"}


# --- a Word document saved as PDF: a note's earlier treatment and its dated decision --------

_WORD_PDF = lines_pdf([(20, [
    "REFERAT", "Plan- og Boligudvalget", "Mødedato: Torsdag den 15. januar 2026",
    "Mødetid: Kl. 15.00 – 16.30", "Mødested: Mødelokale 2, Samsø Rådhus, Tranebjerg",
    "Til stede: Mads Holt (V), formand; Inge Bruun (A); Per Kamp (C)",
    "1.  Godkendelse af dagsorden", "Sagsnr.: 26/12", "Beslutning: Godkendt.",
    "2.  Lokalplan for boliger ved Langemark", "Sagsnr.: 25/870",
    "Tidligere behandlet: Plan- og Boligudvalget den 6. november 2025, pkt. 4.",
    "Beslutning den 6. november 2025: Sagen udsættes til et senere møde.",
    "Sagsfremstilling:", "Lokalplanen er tilrettet efter udvalgets ønske.",
    "Indstilling: Administrationen indstiller, at lokalplanen vedtages.",
    "Beslutning: Vedtaget.",
])])


def test_a_decision_headed_by_its_day_alone_is_the_noted_treatment(read_file: ReadFile) -> None:
    (m,) = read_file("Referat PBU 15-01-2026.pdf", _WORD_PDF)
    item = _item(m, 2)
    assert [(t.committee, t.date, t.punkt, t.text) for t in item.history] == [
        ("Plan- og Boligudvalget", date(2025, 11, 6), 4, "Sagen udsættes til et senere møde.")]
    assert item.decision == "Vedtaget."
