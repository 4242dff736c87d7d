"""The structured adapters on variants of their formats that other municipalities and
versions write: numbers as "3." or integers, closed-item prefixes, entity-escaped or
plain-text bodies, dates in another notation, flags spelled "false"."""

from __future__ import annotations

import json
from datetime import date
from html import escape

import pytest

from ingest.formats import read_meetings
from ingest.formats.closed_marks import closed_title
from ingest.formats.common import item_number

_BODY = ("<div><h3>Beslutning</h3><span><p>Godkendt.</p></span></div><h3>Fremstilling</h3>"
         "<span><h4>Resume</h4><p>Kort om sagen.</p></span>")


def _json_meeting(tmp_path, points, dato="2024-03-13T19:00:00+01:00", name="m.json"):
    data = {"Udvalg": {"Navn": "Teknik- og Miljøudvalget"},
            "Moede": {"Dato": dato, "Sted": "Rådhuset", "Moededeltagere": []},
            "Dagsordenpunkter": points}
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (m,) = read_meetings(path)
    return m


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Lukket punkt: Salg af grund", (True, "Salg af grund")),
     ("LUKKET - Salg af grund", (True, "Salg af grund")),
     ("(Lukket) Salg af grund", (True, "Salg af grund")),
     ("Salg af grund (lukket punkt)", (True, "Salg af grund")),
     ("Lukket: LUKKET Salg af grund", (True, "Salg af grund")),
     ("Lukket vej på Hovedgaden", (False, "Lukket vej på Hovedgaden")),
     ("Lukkede veje", (False, "Lukkede veje"))],
)
def test_closed_titles_in_the_ways_systems_write_them(text, expected):
    assert closed_title(text) == expected


def test_item_numbers_as_systems_write_them():
    assert [item_number(v) for v in ("3", " 3. ", 3, 3.0, "Punkt 3", "3a", None, True)] == [
        3, 3, 3, 3, 3, None, None, None]


def test_firstagenda_json_numbers_closed_prefixes_and_escaped_or_plain_bodies(tmp_path):
    points = [
        {"Punktnummer": "2.", "Navn": "Lukket punkt: Køb af  ejendom", "Felter": [{"Html": _BODY}]},
        {"Punktnummer": 1, "Navn": "Vejbelysning", "Felter": [{"Html": escape(_BODY)}]},
        {"Sorting": 3, "Navn": "Cykelsti",
         "Felter": [{"Html": None, "Tekst": "Beslutning\nAnbefales.\nResume\nEn ny sti."}]},
    ]
    m = _json_meeting(tmp_path, points)
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Vejbelysning", False), (2, "Køb af ejendom", True), (3, "Cykelsti", False)]
    assert m.item(1).decision == "Godkendt."  # the HTML was escaped once more
    assert m.item(3).decision == "Anbefales." and m.item(3).section("Sammendrag") == "En ny sti."
    assert m.doc_type == "referat"


def test_firstagenda_json_slash_dated_history_item_absence_and_utc_time(tmp_path):
    history = ("<h3>Sagens forløb</h3><span class='sagsforloeb'><u>12/08/2024   Økonomiudvalget"
               "</u><br><p>Anbefales.</p></span>")
    points = [{"Punktnummer": "1", "Navn": "Budget", "Felter": [{"Html": _BODY + history}],
               "ExternalAgendaItemAttendees": [{"Name": "Ole Berg", "Reason": "Fraværende"}]},
              {"Punktnummer": "2", "Navn": "Underskriftsark", "Felter": []}]
    m = _json_meeting(tmp_path, points, dato="2024-09-04T17:00:00Z")
    assert (m.date, m.start_time) == (date(2024, 9, 4), "19:00")  # Danish summer time
    (entry,) = m.item(1).history
    assert (entry.committee, entry.date, entry.text) == (
        "Økonomiudvalget", date(2024, 8, 12), "Anbefales.")
    assert m.item(1).absentees == ["Ole Berg"]  # the item's own attendee list
    assert not m.warnings  # the signature sheet has no decision to miss


_EDOC = """<?xml version="1.0"?>
<Meeting><Committee>Teknik- og Miljøudvalget</Committee>
<MeetingDate>{date}</MeetingDate>
<MeetingAgendaTypes><MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType>
<MeetingAgendaItems><MeetingAgendaItem><AgendaItemNumber> 4. </AgendaItemNumber>
<Document><Title>Lukket punkt: Salg af grund</Title></Document>
<FullText>Sagsnr.: 2012-1234
Teknik- og Miljøudvalgets beslutning den 04.12.2012 Punkt 4
Godkendt</FullText></MeetingAgendaItem></MeetingAgendaItems>
</MeetingAgendaType></MeetingAgendaTypes></Meeting>"""


@pytest.mark.parametrize("when", ["04-12-2012 13:00:00", "2012-12-04T13:00:00"])
def test_edoc_iso_dates_and_item_numbers_with_a_dot(tmp_path, when):
    path = tmp_path / "edoc.xml"
    path.write_text(_EDOC.format(date=when), encoding="utf-8")
    (m,) = read_meetings(path)
    assert (m.date, m.start_time) == (date(2012, 12, 4), "13:00")
    (item,) = m.items
    assert (item.number, item.title, item.closed, item.decision) == (
        4, "Salg af grund", True, "Godkendt")


_ACADRE = """<?xml version="1.0"?>
<root><table name="agenda"><fields><field name="name">Referat</field></fields>
<table name="committee"><fields><field name="name">Økonomiudvalget</field></fields></table>
<table name="meeting"><fields><field name="date">2013-06-20 10:30</field></fields>
<table name="meetmember"><table name="member"><fields><field name="name">Ane Bo (A)</field>
<field name="absent">false</field></fields></table>
<table name="member"><fields><field name="name">Per Dal (V)</field>
<field name="absent">1</field></fields></table></table></table>
<table name="agendaitemparents"><fields><field name="sort">715.</field></fields>
<table name="agendaitem"><fields><field name="name">Budget</field></fields>
<table name="bullet"><fields>
<field name="bulletname">Beslutning i Økonomiudvalget den 20-06-2013</field>
<field name="bulletcontent">&lt;p&gt;Godkendt.&lt;/p&gt;</field></fields></table>
</table></table></table></root>"""


def test_acadre_absent_flag_spelled_false_and_sort_with_a_dot(tmp_path):
    path = tmp_path / "acadre.xml"
    path.write_text(_ACADRE, encoding="utf-8")
    (m,) = read_meetings(path)
    assert [(p.name, p.status) for p in m.participants] == [
        ("Ane Bo (A)", "deltog"), ("Per Dal (V)", "afbud")]
    assert [(i.number, i.decision) for i in m.items] == [(715, "Godkendt.")]
