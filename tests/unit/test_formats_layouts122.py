"""A hundred-and-twenty-second round of layouts (round 122's blind files: eDoc and
Acadre XML variants): an eDoc 2.1 publication with a namespace prefix whose item fields
are a `<Caption>` and CDATA `<Html>` and whose meeting state says it is a referat, an
Acadre publication whose item holds an earlier treatment beside this meeting's dated
decision, members given by attendance codes that a legend explains, a classic eDoc
export's `<IsAbsent>` flags and `<MeetingPlace>`, and an Acadre agenda's invited members
and `<JournalNo>`. Every text is written by the tests (other towns, bodies and words
than the blind files)."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings

from .fixture_files import written_meeting as _read


def test_edoc21_caption_fields_in_cdata_are_read(tmp_path: Path) -> None:
    """`<ed:Field><ed:Caption>Beslutning</ed:Caption><ed:Html><![CDATA[…]]>`: the
    sections and decisions are read, the meeting state makes it a referat, a member's
    `<ed:Function>` is the role."""
    xml = """<?xml version="1.0" encoding="utf-8"?>
<ed:AgendaPublication xmlns:ed="http://example.org/edoc/2.1">
 <ed:Organisation>Holmby Kommune</ed:Organisation>
 <ed:Meeting>
  <ed:CommitteeName>Social- og Sundhedsudvalget</ed:CommitteeName>
  <ed:MeetingStart>2025-02-03T16:00:00</ed:MeetingStart>
  <ed:Location>Mødelokale A</ed:Location>
  <ed:MeetingState>Referat godkendt</ed:MeetingState>
  <ed:Members>
   <ed:Member><ed:FullName>Rikke Dam</ed:FullName><ed:Function>Formand</ed:Function>
    <ed:Attendance>Deltager</ed:Attendance></ed:Member>
   <ed:Member><ed:FullName>Ove Lind</ed:FullName><ed:Function>Medlem</ed:Function>
    <ed:Attendance>Afbud</ed:Attendance></ed:Member>
  </ed:Members>
  <ed:AgendaItems>
   <ed:AgendaItem Public="true"><ed:ItemNumber>1</ed:ItemNumber>
    <ed:Title>Plejehjemspladser 2026</ed:Title><ed:CaseNumber>2025-000101</ed:CaseNumber>
    <ed:Fields>
     <ed:Field><ed:Caption>Sagsfremstilling</ed:Caption>
      <ed:Html><![CDATA[<p>Behovet for pladser stiger.</p>]]></ed:Html></ed:Field>
     <ed:Field><ed:Caption>Beslutning</ed:Caption>
      <ed:Html><![CDATA[<p>Anbefales.<br/>Imod stemte Ø (Ove Lind).</p>]]></ed:Html></ed:Field>
    </ed:Fields></ed:AgendaItem>
   <ed:AgendaItem Public="true"><ed:ItemNumber>2</ed:ItemNumber>
    <ed:Title>Eventuelt</ed:Title>
    <ed:Fields><ed:Field><ed:Caption>Beslutning</ed:Caption>
      <ed:Html><![CDATA[<p>Intet.</p>]]></ed:Html></ed:Field></ed:Fields></ed:AgendaItem>
  </ed:AgendaItems>
 </ed:Meeting>
</ed:AgendaPublication>"""
    m = _read(tmp_path, "holmby_ssu_2025-02-03.xml", xml)
    assert (m.committee, m.doc_type, len(m.items)) == (
        "Social- og Sundhedsudvalget", "referat", 2)
    assert m.items[0].decision.startswith("Anbefales.")
    assert m.items[0].votes.get("imod")
    assert m.items[1].decision == "Intet."
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Rikke Dam"] == ("deltog", "formand")
    assert people["Ove Lind"][0] == "afbud"


_ACADRE_NS = """<?xml version="1.0" encoding="utf-8"?>
<Dagsorden xmlns="urn:example:publicering">
  <Kommune>Holmby Kommune</Kommune>
  <Udvalg>Teknisk Udvalg</Udvalg>
  <Moede status="Referat"><Dato>2024-06-11</Dato><Tid>09:30</Tid><Sted>Rådhuset</Sted></Moede>
  <Deltagere>
    <Deltager kode="M" funktion="Formand">Pia Krog (A)</Deltager>
    <Deltager kode="F" funktion="Medlem">Lars Kjær (V)</Deltager>
    <Deltager kode="S" funktion="Stedfortræder">Nis Holm (V)</Deltager>
  </Deltagere>
  <Forklaring>M = mødt, F = fraværende, S = stedfortræder</Forklaring>
  <Punkter>
    <Punkt nr="57" lukket="nej"><Overskrift>Vejbelysning i landsbyerne</Overskrift>
      <Sagsnr>24/300</Sagsnr>
      <Afsnit titel="Sagsfremstilling">&lt;p&gt;Armaturerne udskiftes.&lt;/p&gt;</Afsnit>
      <TidligereBehandling udvalg="Klimaudvalget" dato="2024-05-28">
        &lt;p&gt;Oversendes.&lt;/p&gt;</TidligereBehandling>
      <Beslutning dato="2024-06-11">&lt;p&gt;Godkendt uden bemærkninger.&lt;/p&gt;</Beslutning>
    </Punkt>
    <Punkt nr="58" lukket="nej"><Overskrift>Eventuelt</Overskrift>
      <Beslutning dato="2024-06-11">&lt;p&gt;Intet.&lt;/p&gt;</Beslutning>
    </Punkt>
  </Punkter>
</Dagsorden>"""


def test_decision_kept_beside_an_earlier_treatment(tmp_path: Path) -> None:
    """An item with `<TidligereBehandling dato=…>` before its `<Beslutning dato=…>`: this
    meeting's decision is read, the earlier one is the case's history."""
    m = _read(tmp_path, "holmby_tu_2024-06-11.xml", _ACADRE_NS)
    item = m.items[0]
    assert item.decision == "Godkendt uden bemærkninger."
    assert [(h.committee, str(h.date)) for h in item.history] == [
        ("Klimaudvalget", "2024-05-28")]


def test_attendance_codes_by_their_legend(tmp_path: Path) -> None:
    """`<Deltager kode="F">` with a legend "F = fraværende": the member is away, "M" and
    "S" came; the start given as `<Tid>` beside `<Dato>` is read."""
    m = _read(tmp_path, "holmby_tu_2024-06-11.xml", _ACADRE_NS)
    people = {p.name: (p.status, p.role) for p in m.participants}
    assert people["Pia Krog (A)"] == ("deltog", "formand")
    assert people["Lars Kjær (V)"][0] == "afbud"
    assert people["Nis Holm (V)"] == ("deltog", "stedfortræder")
    assert m.start_time == "09:30"


def test_edoc_isabsent_flags_and_meeting_place(tmp_path: Path) -> None:
    """A classic eDoc export's `<Participant><IsAbsent>1</IsAbsent>`: that member sent
    word; `<MeetingPlace>` is the place."""
    xml = """<?xml version="1.0"?>
<Meetings><Meeting>
 <Committee>Kulturudvalget</Committee><MeetingDate>03-03-2020 16:00:00</MeetingDate>
 <MeetingPlace>Mødelokale 4, Holmby Rådhus</MeetingPlace>
 <Participants>
  <Participant><Name>Eva Bach</Name><IsAbsent>0</IsAbsent></Participant>
  <Participant><Name>Tom Lund</Name><IsAbsent>1</IsAbsent></Participant>
 </Participants>
 <MeetingAgendaTypes><MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType>
  <MeetingAgendaItems><MeetingAgendaItem><AgendaItemNumber>1</AgendaItemNumber>
   <Document><Title>Biblioteksplan</Title></Document>
   <FullText>
1.	Biblioteksplan

Sagsfremstilling
Planen er revideret.

Beslutning Kulturudvalget den 03-03-2020
Godkendt.
</FullText></MeetingAgendaItem></MeetingAgendaItems></MeetingAgendaType></MeetingAgendaTypes>
</Meeting></Meetings>"""
    path = tmp_path / "holmby_kultur_2020.xml"
    path.write_text(xml, encoding="utf-8")
    (m,) = read_meetings(path, municipality="Holmby")
    assert m.place == "Mødelokale 4, Holmby Rådhus"
    assert {p.name: p.status for p in m.participants} == {"Eva Bach": "deltog",
                                                          "Tom Lund": "afbud"}
    assert m.items[0].decision == "Godkendt."


def test_invited_members_and_journal_numbers(tmp_path: Path) -> None:
    """An Acadre agenda's `<Invited><Person Role="Formand">…` are the members called,
    with their roles; `<JournalNo>` is each item's case number."""
    xml = """<?xml version="1.0" encoding="utf-8"?>
<AcadreMMExport Municipality="Holmby Kommune">
 <Meeting Type="Dagsorden">
  <CommitteeName>Børneudvalget</CommitteeName><MeetingDate>09-09-2025</MeetingDate>
  <StartTime>15:00</StartTime><Place>Rådhuset</Place>
  <Invited>
   <Person Role="Formand">Sara Møller (F)</Person>
   <Person Role="Medlem">Jens Bak (V)</Person>
  </Invited>
  <Items>
   <Item Sort="1" Access="Åben"><Heading>Dagtilbudsstruktur</Heading><JournalNo>25/77</JournalNo>
    <Paragraph Title="Sagsfremstilling">&lt;p&gt;Strukturen drøftes.&lt;/p&gt;</Paragraph>
    <Paragraph Title="Beslutning"></Paragraph></Item>
   <Item Sort="2" Access="Åben"><Heading>Skolernes ferieplan</Heading><JournalNo>25/78</JournalNo>
    <Paragraph Title="Beslutning"></Paragraph></Item>
  </Items>
 </Meeting>
</AcadreMMExport>"""
    m = _read(tmp_path, "holmby_bu_2025-09-09.xml", xml)
    assert m.doc_type == "dagsorden"
    assert [i.journal_number for i in m.items] == ["25/77", "25/78"]
    assert {p.name: (p.status, p.role) for p in m.participants} == {
        "Sara Møller (F)": ("indkaldt", "formand"), "Jens Bak (V)": ("indkaldt", "")}
