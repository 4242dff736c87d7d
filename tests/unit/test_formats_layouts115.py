"""A hundred-and-fifteenth round of layouts (round 115's blind files: five systems'
newer exports and pages): a FirstAgenda API JSON that closes an item by `IsOpen` false
only, a publication page with a "PDF" button in every item's head, a closed item's
notice and its case history as a table (Udvalg | Mødedato | Punkt, the text in a row
below), an eDoc export with a default namespace and `MeetingParticipants`, and an
Acadre export whose item came back with a "Supplerende indstilling". Every text is
written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from .fixture_files import written_meeting as _read

# --- FirstAgenda API JSON: IsOpen false beside items carrying true ---------------------


def _api(flags: list[bool]) -> str:
    titles = ["Godkendelse af dagsorden", "Trafikplan for Østby", "Erstatning for jord"]
    return json.dumps({
        "Organisation": {"Navn": "Østby Kommune"}, "Udvalg": {"Navn": "Teknikudvalget"},
        "Moede": {"Navn": "Referat", "Dato": "2025-02-04T16:00:00+01:00", "Afsluttet": True,
                  "Sted": "Byrådssalen", "Moededeltagere": [{"Name": "Ida Holm", "Party": "A"}]},
        "Dagsordenpunkter": [
            {"Punktnummer": str(n), "Navn": title, "IsOpen": flag,
             "Felter": [{"Navn": "Beslutning", "Html": "<p>Godkendt.</p>"}]}
            for n, (title, flag) in enumerate(zip(titles, flags, strict=True), start=1)]},
        ensure_ascii=False)


def test_is_open_false_closes_an_item_only_beside_open_ones(tmp_path: Path) -> None:
    m = _read(tmp_path, "api.json", _api([True, True, False]))
    assert (m.municipality, m.committee, m.date, len(m.items)) == (
        "Østby", "Teknikudvalget", date(2025, 2, 4), 3)
    assert [(i.title, i.closed, i.decision) for i in m.items] == [
        ("Godkendelse af dagsorden", False, "Godkendt."),
        ("Trafikplan for Østby", False, "Godkendt."),
        ("Erstatning for jord", True, "Godkendt.")]
    # an export whose every item carries false says nothing about any of them
    m = _read(tmp_path, "api.json", _api([False, False, False]))
    assert [i.closed for i in m.items] == [False, False, False]


# --- a publication page: the item head's "PDF" button, the closed notice, the history --

_ITEM = """<li class="agenda-item{closed}"><div class="agenda-item__head">
<span class="agenda-item__number">{n}.</span><h2 class="agenda-item__title">{title}</h2>{badge}
<a class="agenda-item__pdf" href="/vis/pdf/dagsordenpunkt/{n}"
 aria-label="Hent punkt {n} som PDF">PDF</a>
</div><div class="agenda-item__body">{body}</div></li>"""

_FIELD = ('<section class="field"><h3 class="field__title">{0}</h3>'
          '<div class="field__content">{1}</div></section>')

_HISTORY = ("<table><thead><tr><th>Udvalg</th><th>Mødedato</th><th>Punkt</th></tr></thead>"
            "<tbody><tr><td>Kulturudvalget</td><td>03-05-2023</td><td>7</td></tr>"
            '<tr><td colspan="3">Udvalget bad om et revideret projekt.</td></tr>'
            "<tr><td>Økonomiudvalget</td><td>17-05-2023</td><td>12</td></tr>"
            '<tr><td colspan="3">Anbefales.</td></tr></tbody></table>')


def _page() -> str:
    items = [
        _ITEM.format(n=1, title="Godkendelse af dagsorden", closed="", badge="",
                     body=_FIELD.format("Indstilling", "<p>Dagsordenen godkendes.</p>")),
        _ITEM.format(n=2, title="Ny scene i Lystparken", closed="", badge="",
                     body=_FIELD.format("Sagsforløb", _HISTORY)
                     + _FIELD.format("Sagsfremstilling", "<p>Scenen opføres i 2024.</p>")
                     + _FIELD.format("Indstilling", "<p>Projektet godkendes.</p>")),
        _ITEM.format(n=3, title="Lejekontrakt", closed=" agenda-item--closed",
                     badge='<span class="badge badge--closed">Lukket punkt</span>',
                     body='<p class="closed-notice">Punktet behandles for lukkede døre.</p>'),
        _ITEM.format(n=4, title="Eventuelt", closed="", badge="", body="")]
    return ("<!DOCTYPE html><html lang='da'><head><title>Dagsorden - Kulturudvalget</title>"
            "</head><body><main><p class='meeting__type'>Dagsorden</p>"
            "<h1>Kulturudvalget</h1><p>Vestby Kommune</p><div class='meeting__info'>"
            "<div><span>Mødedato</span> <span>Onsdag den 14. juni 2023</span></div>"
            "<div><span>Mødetidspunkt</span> <span>Kl. 17:00</span></div>"
            "<div><span>Mødested</span> <span>Mødelokale 2, Rådhuset</span></div></div>"
            f"<ol class='agenda-items'>{''.join(items)}</ol></main></body></html>")


def test_an_item_heads_pdf_button_is_no_text_of_the_item(tmp_path: Path) -> None:
    m = _read(tmp_path, "dagsorden.html", _page())
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Kulturudvalget", date(2023, 6, 14), "17:00", "dagsorden")
    assert [(i.number, i.title) for i in m.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Ny scene i Lystparken"), (3, "Lejekontrakt"),
        (4, "Eventuelt")]
    assert [s.name for s in m.item(1).sections] == ["Indstilling"]
    assert not any("PDF" in s.text for i in m.items for s in i.sections)
    assert m.item(4).sections == []


def test_a_closed_items_notice_in_an_agenda_is_no_text(tmp_path: Path) -> None:
    m = _read(tmp_path, "dagsorden.html", _page())
    assert (m.item(3).closed, m.item(3).sections) == (True, [])
    assert not any(i.closed for i in m.items if i.number != 3)


def test_a_history_table_of_body_date_and_item_with_the_text_below(tmp_path: Path) -> None:
    m = _read(tmp_path, "dagsorden.html", _page())
    assert [(t.committee, t.date, t.punkt, t.text) for t in m.item(2).history] == [
        ("Kulturudvalget", date(2023, 5, 3), 7, "Udvalget bad om et revideret projekt."),
        ("Økonomiudvalget", date(2023, 5, 17), 12, "Anbefales.")]
    assert m.item(2).section("Sagsfremstilling").startswith("Scenen opføres")


# --- eDoc: a default namespace and MeetingParticipants ---------------------------------

_EDOC = """<?xml version="1.0" encoding="utf-8"?>
<AgendaPublishingExport xmlns="http://example.org/edoc/agendapublishing">
<Organisation>Nordø Kommune</Organisation>
<Meeting><Committee>Social- og Sundhedsudvalget</Committee>
<MeetingDate>2021-09-14T16:30:00</MeetingDate><MeetingLocation>Mødelokale 4</MeetingLocation>
<MeetingParticipants>
<MeetingParticipant><Name>Per Vind</Name><Party>A</Party><Role>Formand</Role>
<Attendance>Deltog</Attendance></MeetingParticipant>
<MeetingParticipant><Name>Rie Kjær</Name><Party>V</Party><Role>Medlem</Role>
<Attendance>Afbud</Attendance></MeetingParticipant>
<MeetingParticipant><Name>Bo Smed</Name><Party>V</Party><Role>Stedfortræder</Role>
<Attendance>Deltog</Attendance><SubstituteFor>Rie Kjær</SubstituteFor></MeetingParticipant>
</MeetingParticipants>
<MeetingAgendaTypes><MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType>
<MeetingAgendaItems><MeetingAgendaItem><AgendaItemNumber>1</AgendaItemNumber>
<Document><Title>Godkendelse af dagsorden</Title><PersonParticipants /></Document>
<FullText>Sagsnr.: 2021-0101
Indstilling
Dagsordenen godkendes.
Beslutning
Godkendt.</FullText></MeetingAgendaItem></MeetingAgendaItems>
</MeetingAgendaType></MeetingAgendaTypes></Meeting></AgendaPublishingExport>"""


def test_edoc_meeting_participants_in_a_namespaced_export(tmp_path: Path) -> None:
    m = _read(tmp_path, "edoc.xml", _EDOC)
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Nordø", "Social- og Sundhedsudvalget", date(2021, 9, 14), "16:30")
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Per Vind (A)", "deltog", "formand"), ("Rie Kjær (V)", "afbud", ""),
        ("Bo Smed (V)", "deltog", "stedfortræder")]
    assert m.items[0].decision == "Godkendt."


# --- Acadre: a supplement to the Indstilling after the case came back ------------------

def _bullet(name: str, html: str) -> str:
    html = html.replace("<", "&lt;").replace(">", "&gt;")
    return (f'<table name="bullet"><fields><field name="bulletname">{name}</field>'
            f'<field name="bulletcontent">{html}</field></fields></table>')


_ACADRE = (
    '<?xml version="1.0" encoding="utf-8"?><root><table name="agenda"><fields>'
    '<field name="name">Referat</field></fields><table name="committee"><fields>'
    '<field name="name">Børne- og Skoleudvalget</field>'
    '<field name="departmentName">Sydvig Kommune</field></fields></table>'
    '<table name="meeting"><fields><field name="date">2024-10-08 15:00</field>'
    '<field name="location">Mødelokale 1</field></fields></table>'
    '<table name="agendaitemparents"><fields><field name="sort">61</field></fields>'
    '<table name="agendaitem"><fields><field name="name">Skoledistrikter 2025</field>'
    '<field name="accessname">Åben</field></fields>'
    + _bullet("Sagsfremstilling", "<p>Distrikterne tilpasses elevtallet.</p>")
    + _bullet("Indstilling", "<p>Forvaltningen indstiller, at forslaget sendes i høring.</p>")
    + _bullet("Beslutning i Børne- og Skoleudvalget den 10-09-2024", "<p>Sendes i høring.</p>")
    + _bullet("Supplerende sagsfremstilling", "<p>Der er kommet 9 høringssvar.</p>")
    + _bullet("Supplerende indstilling", "<p>Forvaltningen indstiller, at forslaget vedtages.</p>")
    + _bullet("Beslutning i Børne- og Skoleudvalget den 08-10-2024", "<p>Anbefales.</p>")
    + "</table></table></table></root>")


def test_a_supplerende_indstilling_is_an_indstilling(tmp_path: Path) -> None:
    m = _read(tmp_path, "sydvig_referat_acadre.xml", _ACADRE)
    assert (m.committee, m.date, len(m.items)) == ("Børne- og Skoleudvalget",
                                                   date(2024, 10, 8), 1)
    item = m.items[0]
    assert [(s.name, s.text) for s in item.sections if s.name == "Indstilling"] == [
        ("Indstilling", "Forvaltningen indstiller, at forslaget sendes i høring."),
        ("Indstilling", "Forvaltningen indstiller, at forslaget vedtages.")]
    assert item.decision == "Anbefales."
    assert [(t.date, t.text) for t in item.history] == [(date(2024, 9, 10), "Sendes i høring.")]
    assert m.warnings == []
