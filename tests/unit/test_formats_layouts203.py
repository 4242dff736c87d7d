"""Round 203's layouts (round 203's blind files): minutes and agendas of ESDH systems
other than FirstAgenda. An EG/KMD print whose contents list a supplementary item "3a." in
its number column and whose closed items stand under "Lukket møde" without a mark of
their own; a Cicero print's meta grid with the colon in a cell of its own and a
"Dokumentnr." beside the case number; an SBSYS print with "Fraværende: …" under every
decision, one item naming a second member, and the chair named in the remarks; a
WorkZone agenda page with empty decision placeholders, a closed item marked only by a
state class, and earlier treatments as a heading over a "Beslutning:" paragraph. Every
text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingest.formats import read_meetings

_KMD = """FREDENSBORG KOMMUNE
Referat
Kultur- og Fritidsudvalget - 12-10-2015
Side 1 af 3
Referat
Udvalg:
Kultur- og Fritidsudvalget
Mødedato:
12.10.2015
Mødetidspunkt:
16:00
Mødested:
Mødelokale 2, Rådhuset, Egevangen 3, 2980 Kokkedal
Medlemmer:
Birgitte Lund (A), formand
Niels Krogh (V), næstformand
Ole Hjort (O)
Afbud:
Ole Hjort (O)
Indholdsfortegnelse
Åbne punkter
1. 2. 3. 3a. 4.
Godkendelse af dagsorden
2
Tilskud til foreninger 2016
2
Bibliotekernes åbningstider
2
Tillægspunkt: Ansøgning om kulturpulje
3
Eventuelt
3
Lukkede punkter
5.
Lejekontrakt for idrætshal
3


FREDENSBORG KOMMUNE
Referat
Åbent møde
1. Godkendelse af dagsorden
Sagsnr.: 15/101
Dok.nr.: 15/20011
Sagsbehandler: Hanne Vig
Beslutning
Godkendt.
2. Tilskud til foreninger 2016
Sagsnr.: 15/2202
Dok.nr.: 15/20012
Sagsbehandler: Hanne Vig
Sagsfremstilling
Der er afsat 2,1 mio. kr. til foreningstilskud i 2016.
Indstilling
Administrationen indstiller, at fordelingen godkendes.
Beslutning
Godkendt.
3. Bibliotekernes åbningstider
Sagsnr.: 15/3303
Dok.nr.: 15/20013
Sagsbehandler: Per Ask
Sagsfremstilling
Åbningstiderne foreslås udvidet om lørdagen.
Beslutning
Anbefales.
3a. Tillægspunkt: Ansøgning om kulturpulje
Sagsnr.: 15/3404
Dok.nr.: 15/20014
Sagsbehandler: Per Ask
Sagsfremstilling
Ansøgningsfristen er den 15. oktober 2015.
Beslutning
Godkendt.
4. Eventuelt
Sagsnr.: 15/101
Dok.nr.: 15/20015
Sagsbehandler: Hanne Vig
Beslutning
Intet.
Lukket møde
5. Lejekontrakt for idrætshal
Sagsnr.: 15/4405
Dok.nr.: 15/20016
Sagsbehandler: Per Ask
Sagsfremstilling
Sagen behandles for lukkede døre.
Beslutning
Godkendt.
"""

_CICERO = """Læsø Kommune
Kommunalbestyrelsen
REFERAT
Mødedato:
18.06.2020
Mødetid:
18:00 - 20:00
Mødested:
Rådhuset, Doktorvejen 2, Byrum
Medlemmer:
Karsten Nielsen (V), Tobias Johansen (A), Kirsten Lund (Ø)
77
Åbent punkt: Godkendelse af dagsorden
Sagsnr.:
00.01.00-A00-2-20
Dokumentnr.:
22110/20
Sagsansvarlig
:
Jonna Berg
Beslutningskompetence:
Kommunalbestyrelsen
Indstilling
Direktionen indstiller, at dagsordenen godkendes.
Beslutning i Kommunalbestyrelsen den 18-06-2020
Godkendt.
78
Lukket punkt: Salg af grund ved havnen
Sagsnr.:
02.34.02-G01-3-20
Dokumentnr.:
22111/20
Sagsansvarlig
:
Ib Holm
Beslutningskompetence:
Kommunalbestyrelsen
Beslutning i Kommunalbestyrelsen den 18-06-2020
Godkendt.
"""

_SBSYS = """Udskrevet fra SBSYS Dagsorden 10-05-2021 kl. 08:30
Side 1 af 3
Guldborgsund Kommune
Referat
Miljø- og Klimaudvalget
Mødedato:
Torsdag den 6. maj 2021
Mødetidspunkt:
Kl. 16:00 - 18:00
Mødested:
Mødelokale 3, Rådhuset, Parkvej 37, 4800 Nykøbing F
Deltagere:
Jens Ravn (V), Lise Holt (A), Bo Kjær (F), Ane Smed (Ø)
Fraværende:
Tom Alm (C)
Bemærkninger:
Formand Jens Ravn (V) ledede mødet.
1. Godkendelse af dagsorden
Sagsnr.: 00.01.00-A00-5-21
Sagsansvarlig: Lone Bech
Sagsfremstilling
Dagsordenen forelægges.
Beslutning i Miljø- og Klimaudvalget den 06-05-2021
Godkendt.
Fraværende: Tom Alm (C)
2. Vandløbsregulativ for Tingsted Å
Sagsnr.: 06.02.03-P15-1-21
Sagsansvarlig: Kurt Vang
Sagsfremstilling
Regulativet har været i høring.
Beslutning i Miljø- og Klimaudvalget den 06-05-2021
Godkendt.
Fraværende: Tom Alm (C), Ane Smed (Ø)
3. Eventuelt
Sagsnr.: 00.01.00-A00-5-21
Sagsansvarlig: Lone Bech
Beslutning i Miljø- og Klimaudvalget den 06-05-2021
Intet.
Fraværende: Tom Alm (C)
"""

_WORKZONE = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8">
<title>Dagsorden: Teknisk Udvalg 4. marts 2025 - Ikast-Brande Kommune</title></head>
<body><main>
<div class="meeting-header"><p class="doc-type">Dagsorden</p>
<h1 class="committee-name">Teknisk Udvalg</h1>
<dl class="meeting-meta"><dt>Dato</dt><dd>Tirsdag 4. marts 2025</dd>
<dt>Tidspunkt</dt><dd>15:00</dd><dt>Sted</dt><dd>Mødelokale 1, Rådhuset, Ikast</dd></dl>
<section class="participants"><h2>Medlemmer</h2><ul>
<li>Ole Brink (V), formand</li><li>Ida Kjær (A)</li><li>Sune Hald (K)</li></ul></section>
</div>
<article class="agenda-item" id="punkt-1">
<h2 class="item-title"><span class="item-no">Punkt 1</span> Godkendelse af dagsorden</h2>
<table class="case-info"><tbody>
<tr><th scope="row">Sagsnr.</th><td>25/101</td></tr>
<tr><th scope="row">Dokumentnr.</th><td>25/101-1</td></tr>
<tr><th scope="row">Sagsansvarlig</th><td>Sekretariatet, Lis Holm</td></tr>
</tbody></table>
<section class="field"><h3>Indstilling</h3>
<p>Direktøren indstiller, at dagsordenen godkendes.</p></section>
<section class="field field-decision"><h3>Beslutning</h3><div class="decision-text"></div></section>
</article>
<article class="agenda-item" id="punkt-2">
<h2 class="item-title"><span class="item-no">Punkt 2</span>
Lokalplan nr. 88 - butik ved Vestergade</h2>
<table class="case-info"><tbody>
<tr><th scope="row">Sagsnr.</th><td>24/5501</td></tr>
<tr><th scope="row">Dokumentnr.</th><td>24/5501-12</td></tr>
<tr><th scope="row">Sagsansvarlig</th><td>Plan, Kaj Lund</td></tr>
</tbody></table>
<section class="field field-history"><h3>Tidligere behandlinger</h3>
<div class="previous"><h4>Teknisk Udvalg, 08-10-2024, punkt 5</h4>
<p><strong>Beslutning:</strong>
Anbefales.</p></div>
<div class="previous"><h4>Byrådet, 28-10-2024, punkt 140</h4>
<p><strong>Beslutning:</strong>
Forslaget blev vedtaget. Per Mose (Ø) stemte imod.</p></div>
</section>
<section class="field"><h3>Sagsfremstilling</h3>
<p>Forslaget har været i offentlig høring i 8 uger.</p></section>
<section class="field"><h3>Indstilling</h3>
<p>Direktøren indstiller, at lokalplanen vedtages endeligt.</p></section>
<section class="field field-decision"><h3>Beslutning</h3><div class="decision-text"></div></section>
</article>
<article class="agenda-item closed" id="punkt-3">
<h2 class="item-title"><span class="item-no">Punkt 3</span> Køb af areal ved Nørregade</h2>
<p class="closed-note">Lukket punkt. Sagen behandles for lukkede døre,
jf. kommunestyrelseslovens § 10.</p>
<table class="case-info"><tbody>
<tr><th scope="row">Sagsnr.</th><td>24/7702</td></tr>
<tr><th scope="row">Sagsansvarlig</th><td>Vej og Park</td></tr>
</tbody></table>
</article>
<article class="agenda-item" id="punkt-4">
<h2 class="item-title"><span class="item-no">Punkt 4</span> Eventuelt</h2>
<section class="field field-decision"><h3>Beslutning</h3><div class="decision-text"></div></section>
</article>
</main></body></html>
"""


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_meetings(path)[0]


def test_kmd_items_after_a_lettered_supplement_keep_their_contents_group(
        tmp_path: Path) -> None:
    meeting = _read(tmp_path, "fredensborg_kfu_referat.txt", _KMD)
    assert meeting.committee == "Kultur- og Fritidsudvalget"
    assert meeting.date == date(2015, 10, 12)
    labels = [i.label or str(i.number) for i in meeting.items]
    assert labels == ["1", "2", "3", "3a", "4", "5"]
    closed = {i.label or str(i.number): i.closed for i in meeting.items}
    assert closed == {"1": False, "2": False, "3": False, "3a": False, "4": False, "5": True}
    assert meeting.items[4].decision == "Intet."


def test_kmd_document_number_and_case_officer_are_no_item_text(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "fredensborg_kfu_referat.txt", _KMD)
    first = meeting.items[0]
    assert first.journal_number == "15/101"
    assert [s.name for s in first.sections] == ["Beslutning"]
    assert not any("Sagsbehandler" in s.text or "Hanne Vig" in s.text
                   for i in meeting.items for s in i.sections)


def test_cicero_meta_grid_with_a_colon_cell_is_no_text(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "laesoe_kb_referat.txt", _CICERO)
    assert [i.number for i in meeting.items] == [77, 78]
    first, closed = meeting.items
    assert first.journal_number == "00.01.00-A00-2-20"
    assert first.decision == "Godkendt."
    assert not any("Jonna Berg" in s.text or "22110/20" in s.text for s in first.sections)
    assert "Beskrivelse" not in [s.name for s in first.sections]
    assert closed.closed and closed.title == "Salg af grund ved havnen"
    assert closed.decision == "Godkendt."


def test_sbsys_absence_line_under_every_decision_names_the_items_absentees(
        tmp_path: Path) -> None:
    """The meeting's absentee's line leaves each decision; a member away from one item
    only stays in that decision (the project's rule: an answer on who missed the item
    quotes it) and is its absentee, not the meeting's."""
    meeting = _read(tmp_path, "guldborgsund_mku_referat.txt", _SBSYS)
    first, second, _ = meeting.items
    assert first.decision == "Godkendt."
    assert second.decision.startswith("Godkendt.")
    assert {a.split(" (")[0] for a in second.absentees} == {"Tom Alm", "Ane Smed"}
    ane = next(p for p in meeting.participants if p.name.startswith("Ane Smed"))
    assert ane.status == "deltog"  # (away from one item only)
    tom = next(p for p in meeting.participants if p.name.startswith("Tom Alm"))
    assert tom.status == "afbud"


def test_sbsys_chair_named_before_led_the_meeting_is_formand(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "guldborgsund_mku_referat.txt", _SBSYS)
    chair = next(p for p in meeting.participants if p.name.startswith("Jens Ravn"))
    assert chair.role == "formand"
    assert chair.status == "deltog"


def test_workzone_agenda_has_history_not_decisions(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "ikast-brande_tu_dagsorden.html", _WORKZONE)
    assert meeting.doc_type == "dagsorden"
    assert meeting.committee == "Teknisk Udvalg"
    assert meeting.date == date(2025, 3, 4)
    assert not any(i.decision for i in meeting.items)
    plan = meeting.items[1]
    assert [(h.committee, h.date, h.punkt) for h in plan.history] == [
        ("Teknisk Udvalg", date(2024, 10, 8), 5), ("Byrådet", date(2024, 10, 28), 140)]
    assert plan.history[0].text == "Anbefales."
    assert not plan.votes
    assert not any(p.name.startswith("Per Mose") for p in meeting.participants)


def test_workzone_state_class_closes_the_item_and_facts_are_no_text(tmp_path: Path) -> None:
    meeting = _read(tmp_path, "ikast-brande_tu_dagsorden.html", _WORKZONE)
    closed = meeting.items[2]
    assert closed.closed and closed.title == "Køb af areal ved Nørregade"
    assert closed.journal_number == "24/7702"
    assert [i.closed for i in meeting.items] == [False, False, True, False]
    assert not any("Sagsansvarlig" in s.text or "Lis Holm" in s.text
                   for i in meeting.items for s in i.sections)
