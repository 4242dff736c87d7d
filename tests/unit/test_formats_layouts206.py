"""Round 206's layouts (round 206's blind files): exports of the structured meeting
systems in other versions. An open-API JSON in English camel case whose decision is an
object of its own beside the sections (`itemDecision`), whose members' attendance is a
mapping (`attendance: {absent: true}`) and whose items list attachment records; an older
Danish-named JSON of an agenda only, with empty "Beslutning" fields, members who sent
word by a flag of their own (`AfbudMeldt`) and attachments counted 1, 2, 3; a namespaced
eDoc export whose item text is HTML in CDATA inside its `Document`, members absent by an
attribute; and an Acadre export with the meeting table on top holding its items. Every
text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from .fixture_files import written_meeting as _read


def _api_item(number: str, title: str, decision: str, **extra: object) -> dict:
    return {"number": number, "title": title, "caseNumber": f"24-00{number}",
            "isClosed": False, "sections": [
                {"title": "Sagsfremstilling", "html": f"<p>Om {title.lower()}.</p>"},
                {"title": "Indstilling",
                 "html": "<p>Direktøren indstiller, at sagen godkendes.</p>"}],
            "itemDecision": {"html": decision, "decidedAt": "2024-03-05"}, **extra}


_API = {
    "apiVersion": "3.0",
    "organization": {"name": "Lundby Kommune"},
    "meeting": {
        "agendaType": "Referat",
        "committee": {"name": "Kultur- og Fritidsudvalget"},
        "startUtc": "2024-03-05T16:00:00Z",
        "location": "Mødelokale 3, Lundby Rådhus",
        "participants": [
            {"name": "Ane Krogh", "party": "C", "title": "Formand",
             "attendance": {"status": "Present", "absent": False}},
            {"name": "Bo Vestergaard", "party": "S", "title": "Medlem",
             "attendance": {"status": "Present", "absent": False}},
            {"name": "Carl Ibsen", "party": "V", "title": "Medlem",
             "attendance": {"status": "Registered", "absent": True}},
        ],
    },
    "agendaItems": [
        _api_item("1", "Godkendelse af dagsorden", "<p>Godkendt.</p>"),
        _api_item("2", "Tilskud til spejderhytte", "<p>Bevilget.</p>", attachments=[
            {"title": "Ansøgning fra spejderne", "fileName": "ansoegning.pdf",
             "link": "https://example.org/bilag/1"},
            {"title": "Budget for hytten", "fileName": "budget.pdf",
             "link": "https://example.org/bilag/2"}]),
        _api_item("2a", "Halleje for foreninger - tillægspunkt", "<p>Udsat.</p>"),
        _api_item("3", "Salg af idrætsgrund", "<p>Anbefales.</p>", isClosed=True),
    ],
}


def test_api_decision_object_beside_the_sections(tmp_path: Path) -> None:
    """`itemDecision: {html: …}` is the item's decision: the file is minutes, each item
    keeps it after its case text, a lettered item "2a" stays an item of its own."""
    m = _read(tmp_path, "lundby_kfu.json", json.dumps(_API))
    assert (m.committee, m.date, m.start_time, m.doc_type) == (
        "Kultur- og Fritidsudvalget", date(2024, 3, 5), "17:00", "referat")
    assert [(i.label or str(i.number), i.decision) for i in m.items] == [
        ("1", "Godkendt."), ("2", "Bevilget."), ("2a", "Udsat."), ("3", "Anbefales.")]
    assert [s.name for s in m.items[0].sections] == ["Sagsfremstilling", "Indstilling",
                                                      "Beslutning"]
    assert m.items[3].closed


def test_api_attachment_records_are_the_items_bilag(tmp_path: Path) -> None:
    """An item's `attachments` records (a title, a file name, a link) are its Bilag."""
    m = _read(tmp_path, "lundby_kfu.json", json.dumps(_API))
    bilag = m.items[1].section("Bilag")
    assert "Ansøgning fra spejderne" in bilag and "Budget for hytten" in bilag
    assert not m.items[0].section("Bilag")


def test_api_attendance_mapping_says_who_was_away(tmp_path: Path) -> None:
    """A member's `attendance: {absent: true}` is an absence; `title` "Formand" the role."""
    m = _read(tmp_path, "lundby_kfu.json", json.dumps(_API))
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Ane Krogh (C)"] == ("deltog", "formand")
    assert people["Bo Vestergaard (S)"] == ("deltog", "")
    assert people["Carl Ibsen (V)"][0] == "afbud"


def _punkt(nummer: int, titel: str, bilag: list[str]) -> dict:
    return {"Nummer": nummer, "Overskrift": titel, "Sagsnr": f"23-10{nummer}",
            "Lukket": False, "Felter": [
                {"Overskrift": "Sagsfremstilling", "Html": f"<p>Sagen om {titel.lower()}.</p>",
                 "Raekkefoelge": 1},
                {"Overskrift": "Beslutning", "Html": "", "Raekkefoelge": 2}],
            "Bilag": [{"Titel": t, "Raekkefoelge": n, "Url": f"https://example.org/b/{n}"}
                      for n, t in enumerate(bilag, 1)],
            "Beslutning": None}


_DANISH = {"Dagsorden": {
    "Kommune": {"Navn": "Lundby Kommune"},
    "Udvalg": {"Navn": "Social- og Sundhedsudvalget"},
    "Moede": {"Navn": "Dagsorden", "Afsluttet": False, "Dato": "2023-10-02T15:00:00",
              "Sted": "Byrådssalen",
              "Deltagere": [
                  {"Navn": "Dorte Hald", "Parti": "A", "Rolle": "Formand",
                   "Fravaerende": False, "AfbudMeldt": False},
                  {"Navn": "Erik Moos", "Parti": "V", "Rolle": "Medlem",
                   "Fravaerende": False, "AfbudMeldt": True}]},
    "Punkter": [_punkt(1, "Godkendelse af dagsorden", []),
                _punkt(2, "Plejeboliger i Lundby", ["Notat om plejeboliger", "Kort"]),
                _punkt(3, "Meddelelser", [])],
}}


def test_agenda_with_empty_decision_fields(tmp_path: Path) -> None:
    """An agenda's empty "Beslutning" fields are no decisions and the attachments
    counted 1, 2 no meeting of their own: one agenda with its three items."""
    m = _read(tmp_path, "lundby_ssu.json", json.dumps(_DANISH))
    assert (m.committee, m.date, m.start_time, m.doc_type, m.municipality) == (
        "Social- og Sundhedsudvalget", date(2023, 10, 2), "15:00", "dagsorden", "Lundby")
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Plejeboliger i Lundby",
                                          "Meddelelser"]
    assert not any(i.decision for i in m.items)
    assert all(s.name != "Beslutning" for i in m.items for s in i.sections)
    assert "Notat om plejeboliger" in m.items[1].section("Bilag")


def test_member_who_sent_word_by_a_flag_of_its_own(tmp_path: Path) -> None:
    """`AfbudMeldt: true` beside `Fravaerende: false`: the member sent word."""
    m = _read(tmp_path, "lundby_ssu.json", json.dumps(_DANISH))
    people = {p.name: p.status for p in m.participants}
    assert people["Erik Moos (V)"] == "afbud"
    assert people["Dorte Hald (A)"] != "afbud"


_EDOC = """<?xml version="1.0" encoding="utf-8"?>
<x:AgendaExport xmlns:x="http://example.org/edoc/agenda/2015">
 <x:Organisation>Lundby Kommune</x:Organisation>
 <x:Meeting>
  <x:Committee><x:Name>Teknisk Udvalg</x:Name></x:Committee>
  <x:MeetingDate>12-01-2015 15:30:00</x:MeetingDate>
  <x:Location>Mødelokale 5, Lundby Rådhus</x:Location>
  <x:Participants>
   <x:Participant absent="false"><x:Name>Finn Lau</x:Name><x:Party>O</x:Party>
    <x:Role>Formand</x:Role></x:Participant>
   <x:Participant absent="true"><x:Name>Gitte Sand</x:Name><x:Party>F</x:Party>
    <x:Role>Medlem</x:Role><x:AbsenceReason>Afbud</x:AbsenceReason></x:Participant>
  </x:Participants>
  <x:MeetingAgendaTypes>
   <x:MeetingAgendaType><x:AgendaType>Åben dagsorden</x:AgendaType>
    <x:MeetingAgendaItems>
     <x:MeetingAgendaItem><x:AgendaItemNumber>1</x:AgendaItemNumber>
      <x:Document><x:Title>Vintervedligeholdelse</x:Title>
       <x:CaseLogicIdentifier>14/009911</x:CaseLogicIdentifier>
       <x:FullText><![CDATA[<h3>Sagsfremstilling</h3>
<p>Saltlageret p&aring; Havnevej udvides.</p>
<h3>Teknisk Udvalgs beslutning den 12.01.2015 Punkt 1</h3>
<p>Godkendt.</p>
]]></x:FullText></x:Document>
     </x:MeetingAgendaItem>
    </x:MeetingAgendaItems>
   </x:MeetingAgendaType>
   <x:MeetingAgendaType><x:AgendaType>Lukket dagsorden</x:AgendaType>
    <x:MeetingAgendaItems>
     <x:MeetingAgendaItem><x:AgendaItemNumber>2</x:AgendaItemNumber>
      <x:Document><x:Title>Erstatningssag</x:Title>
       <x:FullText><![CDATA[<h3>Teknisk Udvalgs beslutning den 12.01.2015 Punkt 2</h3>
<p>Afvist.</p>]]></x:FullText></x:Document>
     </x:MeetingAgendaItem>
    </x:MeetingAgendaItems>
   </x:MeetingAgendaType>
  </x:MeetingAgendaTypes>
 </x:Meeting>
</x:AgendaExport>"""


def test_edoc_html_text_in_the_items_document(tmp_path: Path) -> None:
    """`Document/FullText` in CDATA HTML: sections, entities decoded, the dated decision;
    the case number `CaseLogicIdentifier`, the place `Location`, closed by its agenda."""
    m = _read(tmp_path, "lundby_tu_edoc.xml", _EDOC)
    assert (m.committee, m.date, m.start_time, m.place, m.doc_type) == (
        "Teknisk Udvalg", date(2015, 1, 12), "15:30", "Mødelokale 5, Lundby Rådhus",
        "referat")
    first, second = m.items
    assert first.section("Sagsfremstilling") == "Saltlageret på Havnevej udvides."
    assert (first.decision, first.journal_number, first.closed) == (
        "Godkendt.", "14/009911", False)
    assert (second.decision, second.closed) == ("Afvist.", True)


def test_edoc_absent_attribute(tmp_path: Path) -> None:
    """`<Participant absent="true">` with an `AbsenceReason`: the member sent word."""
    m = _read(tmp_path, "lundby_tu_edoc.xml", _EDOC)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people == {"Finn Lau (O)": ("deltog", "formand"), "Gitte Sand (F)": ("afbud", "")}


def _fields(**values: str) -> str:
    return "<fields>" + "".join(f'<field name="{k}">{v}</field>' for k, v in values.items()
                                ) + "</fields>"


def _table(name: str, fields: str, *inner: str) -> str:
    return f'<table name="{name}">{fields}{"".join(inner)}</table>'


_ACADRE = '<?xml version="1.0" encoding="utf-8"?><root xmlns="urn:example:mm">' + _table(
    "meeting", _fields(name="Børneudvalget", date="2016-02-01 17:00",
                       location="Mødelokale 2", agendatype="Referat"),
    _table("committee", _fields(name="Børneudvalget", departmentName="Lundby Kommune")),
    _table("meetmembers",
           _table("member", _fields(name="Hans Ravn", party="A", role="Formand", absent="0")),
           _table("member", _fields(name="Ida Kjær", party="V", role="Medlem", absent="1"))),
    _table("agendaitems",
           _table("agendaitem", _fields(sort="41", name="Skolestruktur", caseno="16/0041",
                                        accessname="Åben", absent="Hans Ravn"),
                  _table("bullet", _fields(
                      bulletname="Beslutning i Skoleudvalget den 11-01-2016",
                      bulletcontent="&lt;p&gt;Oversendes.&lt;/p&gt;")),
                  _table("bullet", _fields(
                      bulletname="Beslutning i Børneudvalget den 01-02-2016",
                      bulletcontent="&lt;p&gt;Anbefales.&lt;/p&gt;"))),
           _table("agendaitem", _fields(sort="42", name="Personalesag", accessname="Lukket"),
                  _table("bullet", _fields(
                      bulletname="Beslutning i Børneudvalget den 01-02-2016",
                      bulletcontent="&lt;p&gt;Godkendt.&lt;/p&gt;"))))) + "</root>"


def test_acadre_meeting_table_on_top(tmp_path: Path) -> None:
    """An Acadre export whose `meeting` table holds the committee, the members and the
    `agendaitem` tables: read, running numbers kept, this meeting's dated decision apart
    from another body's earlier one, the item's absentee named as the members list them."""
    m = _read(tmp_path, "lundby_bu_acadre.xml", _ACADRE)
    assert (m.committee, m.date, m.start_time, m.doc_type, m.municipality) == (
        "Børneudvalget", date(2016, 2, 1), "17:00", "referat", "Lundby")
    assert [(i.number, i.decision, i.closed) for i in m.items] == [
        (41, "Anbefales.", False), (42, "Godkendt.", True)]
    assert [(h.committee, h.date) for h in m.items[0].history] == [
        ("Skoleudvalget", date(2016, 1, 11))]
    assert m.items[0].absentees == ["Hans Ravn (A)"]
    assert {p.name: p.status for p in m.participants} == {
        "Hans Ravn (A)": "deltog", "Ida Kjær (V)": "afbud"}
