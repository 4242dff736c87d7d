"""A hundred-and-twentieth round of layouts (round 120's blind files: agendas before the
meeting, and minutes that look like agendas): a secretary's Word agenda whose decision
fields hold a template's bracketed placeholder ("[udfyldes]", also as the absentees'
line), an eDoc page's "Lukket dagsorden" part heading right after an item's empty
"Beslutning:", and plain-text minutes where an item was "Ikke behandlet." and another
holds only its outcome line ("Taget til efterretning."). Every text is written by the
tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting as _read
from .office_files import docx, para


def test_bracketed_placeholders_leave_an_agenda(tmp_path: Path) -> None:
    """A Word agenda whose "Beslutning:" fields say "[udfyldes]" or "-": an agenda, no
    item decided, its members called, and "Afbud: [udfyldes]" names nobody."""
    parts = [para("LANGØ KOMMUNE", bold=True), para("Dagsorden", "Title"),
             para("Kultur- og Fritidsudvalget", bold=True),
             para("Mødedato: Onsdag den 4. marts 2026", bold=True),
             para("Tidspunkt: Kl. 16.00 – ca. 18.00", bold=True),
             para("Sted: Rådhuset, mødelokale 3", bold=True), para("Indkaldte:", bold=True),
             para("Anna Krogh (A), formand", "ListBullet"), para("Bo Vinther (V)", "ListBullet"),
             para("Carl Due (C)", "ListBullet"), para("Afbud: [udfyldes]", bold=True),
             para("Pkt. 1 Godkendelse af dagsorden", "Heading1"),
             para("Forslag til beslutning:", bold=True),
             para("Administrationen foreslår, at dagsordenen godkendes."),
             para("Beslutning: -", bold=True),
             para("Pkt. 2 Tilskud til idrætsforeninger 2026", "Heading1"),
             para("Sagsfremstilling:", bold=True),
             para("Der er modtaget 14 ansøgninger om tilskud til nye aktiviteter."),
             para("Forslag til beslutning:", bold=True),
             para("Administrationen foreslår, at der bevilges tilskud efter bilaget."),
             para("Beslutning: [udfyldes]", bold=True),
             para("Pkt. 3 Eventuelt", "Heading1"), para("Beslutning: [udfyldes]", bold=True)]
    raw = docx(parts, styles={"Title": "Title", "ListBullet": "List Bullet",
                              "Heading1": "heading 1"})
    m = _read(tmp_path, "langoe_kfu_2026-03-04_dagsorden.docx", raw)
    assert m.doc_type == "dagsorden"
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden",
                                          "Tilskud til idrætsforeninger 2026", "Eventuelt"]
    assert [i.decision for i in m.items] == ["", "", ""]
    assert "[udfyldes]" not in [p.name for p in m.participants]
    assert {p.status for p in m.participants} == {"indkaldt"}


_EDOC = """<html><head><meta charset="utf-8"><title>Dagsorden - Teknisk Udvalg</title></head>
<body><div id="Top"><span class="Kommunenavn">Vestby Kommune</span></div>
<h1>Teknisk Udvalg</h1><h2>Dagsorden</h2>
<table class="MeetingInfo"><tr><td>Mødedato:</td><td>14-05-2020</td></tr>
<tr><td>Mødetidspunkt:</td><td>16:30</td></tr><tr><td>Mødested:</td><td>Rådhuset, lokale 2</td></tr>
<tr><td>Medlemmer:</td><td>Ib Skov (A), formand<br>Eva Dahl (V)<br>Lars Bro (C)</td></tr></table>
<h2 class="AgendaType">Åben dagsorden</h2>
<div class="AgendaItem"><h3>1. Trafiksikkerhedsplan 2020</h3>
<table><tr><td>Sagsnr.:</td><td>20/01122</td></tr></table>
<p><b>Sagsfremstilling</b></p><p>Planen udpeger 9 strækninger med mange uheld.</p>
<p><b>Indstilling</b></p><p>Forvaltningen indstiller, at planen godkendes.</p>
<p><b>Beslutning:</b></p><p>&nbsp;</p></div><hr/>
<div class="AgendaItem"><h3>2. Vintertjeneste - evaluering</h3>
<table><tr><td>Sagsnr.:</td><td>20/00871</td></tr></table>
<p><b>Sagsfremstilling</b></p><p>Sæsonen havde 41 udkald mod 55 året før.</p>
<p><b>Indstilling</b></p><p>Forvaltningen indstiller, at evalueringen tages til efterretning.</p>
<p><b>Beslutning:</b></p><p>&nbsp;</p></div><hr/>
<h2 class="AgendaType">Lukket dagsorden</h2>
<div class="AgendaItem"><h3>3. Lukket punkt: Erstatningssag</h3>
<table><tr><td>Sagsnr.:</td><td>20/01301</td></tr></table>
<p><b>Beslutning:</b></p><p>&nbsp;</p></div></body></html>"""


def test_closed_agenda_part_after_an_empty_decision(tmp_path: Path) -> None:
    """"Lukket dagsorden" heading the closed part right after an item's empty
    "Beslutning:" is no decision: every field empty, so an agenda, the last item closed."""
    m = _read(tmp_path, "vestby_teknisk-udvalg_2020-05-14_dagsorden.html", _EDOC)
    assert m.doc_type == "dagsorden"
    assert len(m.items) == 3
    assert [i.decision for i in m.items] == ["", "", ""]
    assert [i.closed for i in m.items] == [False, False, True]


_MINUTES = """NORDØ KOMMUNE

REFERAT

Ældreudvalget

Mødedato:   Tirsdag den 6. november 2018
Mødetid:    Kl. 14.00 - 16.00
Mødested:   Rådhuset, mødelokale 4

Deltagere:  Hanne Friis (A), formand
            Poul Dyhr (V)
            Mette Sand (C)


========================================================================
Punkt 1. Godkendelse af dagsorden
Sagsnr.: 18/2201
------------------------------------------------------------------------

Beslutning:
Godkendt.


========================================================================
Punkt 2. Orientering fra administrationen
Sagsnr.: 18/2202
------------------------------------------------------------------------

Taget til efterretning.


========================================================================
Punkt 3. Demensstrategi 2019-2022
Sagsnr.: 18/1907
------------------------------------------------------------------------

Sagsfremstilling:
Strategien beskriver indsatsen for borgere med demens og deres pårørende.

Indstilling:
Administrationen indstiller, at strategien sendes i høring.

Beslutning:
Ikke behandlet.


========================================================================
Punkt 4. Madservice - brugerundersøgelse
Sagsnr.: 18/1650
------------------------------------------------------------------------

Sagsfremstilling:
Undersøgelsen viser en tilfredshed på 82 procent.

Beslutning:
Udsat.
"""


def test_untreated_item_in_minutes_is_its_decision(tmp_path: Path) -> None:
    """In minutes whose other items are decided, "Ikke behandlet." is the item's record,
    not an agenda's placeholder."""
    m = _read(tmp_path, "nordoe_aeldreudvalget_2018-11-06_referat.txt", _MINUTES)
    assert m.doc_type == "referat"
    assert m.items[2].decision == "Ikke behandlet."
    assert not m.warnings


def test_outcome_line_alone_is_the_decision(tmp_path: Path) -> None:
    """An item whose only text is "Taget til efterretning." (no label), in minutes that
    label their other decisions: that line is its decision."""
    m = _read(tmp_path, "nordoe_aeldreudvalget_2018-11-06_referat.txt", _MINUTES)
    assert [i.decision for i in m.items] == ["Godkendt.", "Taget til efterretning.",
                                             "Ikke behandlet.", "Udsat."]
