"""An eighty-eighth round of layouts (round 88's blind files): the four source systems the
product has adapters for, as other municipalities and versions export them. A FirstAgenda
open-API JSON with a `Role` per participant (a secretary among them), an agenda not yet
held (`Afsluttet` false) whose closed item carries only the portal's notice, and keys
in another casing; a FirstAgenda page whose
closed item's body is only its "Lukket punkt" mark; an eDoc export inside an
`<eDocPublish><Meetings>` wrapper with the item number as an attribute and longer glued
headings; an Acadre export whose mail domain is "<name>kommune.dk". Every text is
written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import json
from datetime import date

from ingest.formats.firstagenda_keys import canonical_keys

from .fixture_files import written_meeting as _read

# --- FirstAgenda open-API JSON ---------------------------------------------------------


def _field(html: str) -> dict:
    return {"Navn": "", "Html": html, "Tekst": None}


def _point(number: int, title: str, html: str, *, is_open: bool = True,
           case: str | None = "25/100") -> dict:
    return {"Number": str(number), "Sorting": number, "Caption": title, "CaseNumber": case,
            "IsOpen": is_open, "Felter": [_field(html)] if html else []}


def _meeting(points: list[dict], people: list[dict], *, held: bool = True) -> str:
    return json.dumps({
        "Id": "x", "Udvalg": {"Navn": "Teknik- og Fritidsudvalget"},
        "Moede": {"Navn": "Dagsorden", "Dato": "2025-10-06T15:30:00+02:00", "Sted": None,
                  "Afsluttet": held, "Moededeltagere": people},
        "Dagsordenpunkter": points,
        "Link": "https://dagsordener.hedensted.dk/Vis/Pdf/bilag/1",
    }, ensure_ascii=False)


def _decided(text: str) -> str:
    return (f"<div><div id='sagsfremstillingContainer'><h3>Fremstilling</h3><p>Sagen.</p>"
            f"<div><h3>Beslutning</h3><p>{text}</p></div></div></div>")


_PEOPLE = [
    {"Name": "Ulla Brink", "Role": "Formand", "Absent": False, "ParticipationCancelled": False},
    {"Name": "Ib Fisker", "Role": "Næstformand", "Absent": False,
     "ParticipationCancelled": False},
    {"Name": "Sten Lund", "Role": "Medlem", "Absent": False, "ParticipationCancelled": True},
    {"Name": "Gitte Holm", "Role": "Sekretær", "Absent": False, "ParticipationCancelled": False,
     "AttendanceType": 2},
]


def test_a_participants_role_is_read_and_a_secretary_is_no_member(tmp_path):
    m = _read(tmp_path, "moede.json", _meeting([_point(1, "Budget", _decided("Godkendt."))],
                                               _PEOPLE))
    assert [(p.name, p.status, p.role) for p in m.participants] == [
        ("Ulla Brink", "deltog", "formand"), ("Ib Fisker", "deltog", "næstformand"),
        ("Sten Lund", "afbud", "")]


def test_a_meeting_not_held_is_an_agenda_and_its_closed_items_notice_no_decision(tmp_path):
    points = [_point(1, "Budget", "<div><p>Sagen.</p></div>"),
              _point(2, "Lukket: Salg af jord", "<div><p>Punktet behandles for lukkede "
                     "døre.</p></div>", is_open=False)]
    m = _read(tmp_path, "dagsorden.json", _meeting(points, _PEOPLE[:3], held=False))
    assert m.doc_type == "dagsorden"
    assert [p.status for p in m.participants] == ["indkaldt", "indkaldt", "afbud"]
    assert (m.item(2).closed, m.item(2).decision, m.item(2).sections) == (True, "", [])


def test_a_closed_items_notice_is_no_decision_in_held_minutes_either(tmp_path):
    points = [_point(1, "Budget", _decided("Godkendt.")),
              _point(2, "Lukket: Salg af jord", "<div><p>Sagen er behandlet for lukkede "
                     "døre.</p></div>", is_open=False)]
    m = _read(tmp_path, "referat.json", _meeting(points, _PEOPLE[:3]))
    assert (m.doc_type, m.item(1).decision, m.item(2).decision) == ("referat", "Godkendt.", "")


def test_keys_in_another_casing_are_read(tmp_path):
    raw = json.loads(_meeting([_point(1, "Budget", _decided("Godkendt."))], _PEOPLE[:2]))
    lower = {"udvalg": {"navn": raw["Udvalg"]["Navn"]},
             "moede": {"dato": raw["Moede"]["Dato"], "location": "Rådhuset",
                       "participants": [{"name": p["Name"], "role": p["Role"]}
                                        for p in raw["Moede"]["Moededeltagere"]]},
             "dagsordenpunkter": [{"number": "1", "caption": "Budget", "caseNumber": "25/7",
                                   "fields": [{"html": _decided("Godkendt.")}]}]}
    m = _read(tmp_path, "moede.json", json.dumps(lower, ensure_ascii=False))
    assert (m.committee, m.date, m.start_time, m.place) == (
        "Teknik- og Fritidsudvalget", date(2025, 10, 6), "15:30", "Rådhuset")
    assert [(p.name, p.role) for p in m.participants] == [
        ("Ulla Brink", "formand"), ("Ib Fisker", "næstformand")]
    assert (m.item(1).title, m.item(1).journal_number, m.item(1).decision) == (
        "Budget", "25/7", "Godkendt.")


def test_the_adapters_own_spelling_wins_over_a_variant():
    assert canonical_keys({"navn": "B", "Navn": "A", "Fields": [{"HTML": "<p/>"}]}) == {
        "Navn": "A", "Felter": [{"Html": "<p/>"}]}


# --- FirstAgenda publication page: a closed item's body is only its mark ---------------

def test_a_closed_items_mark_in_its_body_is_no_text(tmp_path):
    row = ("<tr class='punktrow'><td>{n}</td><td><h2 class='overskrift'>{title}</h2>"
           "<div class='punkt'>{body}</div></td></tr>")
    page = ("<html><body><table class='dagsordeninfo'>"
            "<tr><td>Mødedato:</td><td>mandag den 6. oktober 2025 kl. 15.30</td></tr>"
            "<tr><td>Udvalg:</td><td>Teknik- og Fritidsudvalget</td></tr></table>"
            "<table id='dagsordenDetaljer'>"
            + row.format(n=1, title="Budget", body="<div id='sagsfremstillingContainer'>"
                         "<h3>Beslutninger</h3><p>Godkendt.</p></div>")
            + row.format(n=2, title="Salg af jord", body="<p class='lukket-tekst'>Lukket punkt</p>")
            + "</table></body></html>")
    m = _read(tmp_path, "side.html", page)
    assert (m.item(2).closed, m.item(2).sections) == (True, [])
    assert m.item(1).decision == "Godkendt."


# --- eDoc: a wrapper, a namespace, the item number as an attribute ---------------------

def _edoc(items: str) -> bytes:
    return ('<?xml version="1.0" encoding="ISO-8859-1"?>\n'
            '<eDocPublish xmlns="urn:example:edoc" version="6.0"><Meetings><Meeting>'
            "<MeetingDate>06-10-2025 15:30:00</MeetingDate>"
            "<Committee>Teknik- og Fritidsudvalget</Committee>"
            "<MeetingAgendaTypes><MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType>"
            "<FullText>Referat\nmandag den 6. oktober 2025, kl. 15:30\ni Byrådssalen på "
            "Hedensted Rådhus\nTilstede\nUlla Brink (A) - formand\nIb Fisker (V)\n</FullText>"
            f"<MeetingAgendaItems>{items}</MeetingAgendaItems></MeetingAgendaType>"
            "</MeetingAgendaTypes></Meeting></Meetings></eDocPublish>").encode("latin-1")


_ITEM = ('<MeetingAgendaItem AgendaItemNumber="{n}"><Document><Title>{title}</Title>'
         "<AgendaItems><AgendaItem><AgendaItemNumber></AgendaItemNumber></AgendaItem>"
         "</AgendaItems></Document><FullText>{n}.\t{title}\nSagsnr.: 2025-{n}\n{body}"
         "\nTeknik- og Fritidsudvalgets beslutning den 06.10.2025 Punkt {n}\nGodkendt"
         "</FullText></MeetingAgendaItem>")


def test_edoc_in_a_wrapper_with_the_item_number_as_an_attribute(tmp_path):
    items = (_ITEM.format(n=2, title="Stiplan", body="SammendragNye stier.")
             + _ITEM.format(n=1, title="Meddelelser", body=""))
    m = _read(tmp_path, "edoc.xml", _edoc(items))
    assert (m.committee, m.date, m.start_time, m.place, m.municipality) == (
        "Teknik- og Fritidsudvalget", date(2025, 10, 6), "15:30",
        "Byrådssalen på Hedensted Rådhus", "Hedensted")
    assert [(i.number, i.title, i.journal_number, i.decision) for i in m.items] == [
        (1, "Meddelelser", "2025-1", "Godkendt"), (2, "Stiplan", "2025-2", "Godkendt")]
    assert [p.role for p in m.participants] == ["formand", ""]


def test_edoc_longer_glued_headings_are_their_own_sections(tmp_path):
    body = ("SagsfremstillingSagen.\nØkonomiske konsekvenser og finansieringIngen.\n"
            "Supplerende sagsfremstillingEt nyt notat.")
    m = _read(tmp_path, "edoc.xml", _edoc(_ITEM.format(n=1, title="Stiplan", body=body)))
    sections = {s.name: s.text for s in m.item(1).sections}
    assert sections["Økonomiske konsekvenser og finansiering"] == "Ingen."
    assert "Et nyt notat." in sections["Sagsfremstilling"]
    assert "finansiering" not in sections["Sagsfremstilling"]


# --- Acadre: the mail domain "<name>kommune.dk" ----------------------------------------

_ACADRE = """<?xml version="1.0" encoding="utf-8"?>
<root><table name="agenda"><fields><field name="name">Referat</field></fields>
<table name="committee"><fields><field name="name">Teknik- og Fritidsudvalget</field>
<field name="departmentName">Hedensted Kommune</field></fields></table>
<table name="meeting"><fields><field name="date">2025-10-06 15:30</field>
<field name="location">Byrådssalen</field>
<field name="email">post@{domain}.dk</field></fields>
<table name="meetmember"><table name="member"><fields><field name="name">Ulla Brink (A)</field>
<field name="absent">0</field><field name="email">ub@{domain}.dk</field></fields></table>
</table></table>
<table name="agendaitemparents"><fields><field name="sort">41</field></fields>
<table name="agendaitem"><fields><field name="name">Budget</field></fields>
<table name="bullet"><fields>
<field name="bulletname">Beslutning i Teknik- og Fritidsudvalget den 06-10-2025</field>
<field name="bulletcontent">&lt;p&gt;Godkendt.&lt;/p&gt;</field></fields></table>
</table></table></table></root>"""


def test_acadre_a_municipalitys_mail_domain_with_kommune_names_it(tmp_path):
    m = _read(tmp_path, "acadre.xml", _ACADRE.format(domain="hedenstedkommune"))
    assert m.municipality == "Hedensted"
    m = _read(tmp_path, "acadre2.xml", _ACADRE.format(domain="hedensted"))
    assert m.municipality == "Hedensted"
