"""Structured exports from meeting systems not seen before (round 159): JSON with English
keys and the decision under a text key ("decisionText"), JSON with Danish keys and
paragraph arrays ("tekst": […]), XML with the data in attributes and line breaks in them,
XML whose item text is Markdown or escaped HTML with its own headings, and a YAML file
with two meetings."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ingest.formats import read_meetings


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _person(name: str, party: str, role: str, attendance: str) -> dict:
    return {"fullName": name, "party": party, "role": role, "attendance": attendance}


_ENGLISH = {
    "tenant": {"displayName": "Greve Kommune"},
    "meeting": {
        "documentType": "minutes",
        "committee": {"name": "Miljøudvalget"},
        "startsAt": "2022-03-08T16:00:00+01:00",
        "attendees": [
            _person("Anna Berg", "A", "Formand", "present"),
            _person("Bo Lund", "V", "Medlem", "present"),
            _person("Carl Dahl", "O", "Medlem", "absent"),
            _person("Dorte Kim", "F", "Medlem", "present"),
            _person("Eva Sand", None, "Direktør for Teknik (sekretær)", "present")]},
    "agendaItems": [
        {"position": 1, "title": "Godkendelse af dagsorden", "decisionText": "Godkendt.",
         "absentMembers": ["Carl Dahl"], "votes": None, "history": []},
        {"position": 2, "title": "Ny sti langs åen", "caseNumber": "22-00412",
         "sections": [{"heading": "Sagsfremstilling", "body": "Stien er 2 km lang.\n\n"
                       "Den anlægges i 2023.\n- etape 1\n- etape 2"}],
         "decisionText": "Godkendt.\n\nFor stemte: A og V (2)\nImod stemte: F (1)",
         "absentMembers": ["Carl Dahl"],
         "votes": {"for": ["Anna Berg", "Bo Lund"], "against": ["Dorte Kim"], "abstained": []},
         "history": [{"committee": "Miljøudvalget", "meetingDate": "2021-11-02",
                      "itemNumber": "7", "decisionText": "Sendt i høring."}]}],
}


def test_a_decision_under_a_text_key_with_votes_and_absentees_of_its_own(tmp_path):
    meeting, = read_meetings(_write(tmp_path, "greve.json", json.dumps(_ENGLISH)))
    assert (meeting.municipality, meeting.doc_type, meeting.committee) == (
        "Greve", "referat", "Miljøudvalget")
    first, second = meeting.items
    assert first.decision == "Godkendt." and first.absentees == ["Carl Dahl"]
    assert second.decision.startswith("Godkendt.\n\nFor stemte: A og V (2)\nImod stemte")
    assert second.votes == {"for": ["Anna Berg", "Bo Lund"], "imod": ["Dorte Kim"]}
    assert second.history[0].punkt == 7 and second.history[0].text == "Sendt i høring."
    text = second.sections[0].text
    assert "lang.\n\nDen anlægges" in text and "\n- etape 1\n- etape 2" in text
    people = {p.name: p for p in meeting.participants}
    assert people["Anna Berg (A)"].status == "deltog" and people["Carl Dahl (O)"].status == "afbud"
    assert "sekretær" in people["Eva Sand"].role  # (not split into the name)


_DANISH = {
    "eksport": {"kommune": "Vejle Kommune"},
    "moede": {
        "udvalg": {"navn": "Kulturudvalget"}, "dokumenttype": "Referat",
        "dato": "2021-05-18", "starttid": "16:30",
        "deltagere": [{"navn": "Ida Holm", "parti": "V", "fremmoede": "Deltog"},
                      {"navn": "Jan Bro", "parti": "A", "fremmoede": "Deltog"},
                      {"navn": "Ole Vang", "parti": "A", "fremmoede": "Afbud"}],
        "punkter": [{
            "raekkefoelge": 1, "punktnummer": "12", "overskrift": "Kulturpris 2021",
            "afsnit": [{"titel": "Sagsfremstilling", "tekst": ["Første afsnit.", "Andet afsnit."]},
                       {"titel": "Indstilling", "tekst": ["Forvaltningen indstiller, at",
                                                          "1. prisen uddeles."]}],
            "beslutning": {"tekst": ["Godkendt.", "Jan Bro forlod mødet under punktet."],
                           "fravaerende": ["Ole Vang", "Jan Bro"],
                           "afstemning": {"for": ["Ida Holm"], "imod": ["Jan Bro"],
                                          "undlod": []}}}]},
}


def test_danish_keys_with_paragraph_arrays_and_a_decision_object(tmp_path):
    meeting, = read_meetings(_write(tmp_path, "vejle.json", json.dumps(_DANISH)))
    item, = meeting.items
    assert meeting.municipality == "Vejle" and meeting.doc_type == "referat"
    assert [s.name for s in item.sections][:2] == ["Sagsfremstilling", "Indstilling"]
    assert item.sections[0].text == "Første afsnit.\n\nAndet afsnit."
    # (the absentees' line repeats whom the decision names: no part of the decision)
    assert item.decision.startswith("Godkendt.\n\nJan Bro forlod mødet under punktet.")
    assert "Fraværende" not in item.decision
    assert set(item.absentees) == {"Ole Vang", "Jan Bro"}
    assert item.votes == {"for": ["Ida Holm"], "imod": ["Jan Bro"]}


_ATTRIBUTES = """<?xml version="1.0" encoding="utf-8"?>
<x:export xmlns:x="urn:example:moede:1" municipality="Ballerup Kommune">
  <x:meeting committee="Planudvalget" date="2019-11-06" start="08:00" documentType="Dagsorden">
    <x:members><x:member name="Ole Brandt" party="A" role="Formand" attendance="Indkaldt"/>
    </x:members>
    <x:items>
      <x:item seq="1" no="141" title="Godkendelse af dagsorden" access="open"/>
      <x:item seq="2" no="142" title="Lokalplan 12" caseNo="19/0042" access="open">
        <x:field heading="Sagsfremstilling" value="Første afsnit.&#10;&#10;Andet afsnit."/>
        <x:field heading="Indstilling" value="Direktionen indstiller, at:&#10;1. planen vedtages."/>
        <x:previous committee="Byrådet" date="2019-06-26" item="118" decision="Vedtaget."/>
      </x:item>
    </x:items>
  </x:meeting>
</x:export>"""


def test_attributes_with_line_breaks_and_an_earlier_treatments_item(tmp_path):
    meeting, = read_meetings(_write(tmp_path, "ballerup.xml", _ATTRIBUTES))
    assert (meeting.committee, meeting.date, meeting.doc_type) == (
        "Planudvalget", date(2019, 11, 6), "dagsorden")
    item = meeting.items[1]
    texts = {s.name: s.text for s in item.sections}
    assert texts["Sagsfremstilling"] == "Første afsnit.\n\nAndet afsnit."
    assert texts["Indstilling"] == "Direktionen indstiller, at:\n1. planen vedtages."
    assert [(h.committee, h.date, h.punkt) for h in item.history] == [
        ("Byrådet", date(2019, 6, 26), 118)]


_MARKDOWN = """<?xml version="1.0" encoding="UTF-8"?>
<Bog><Moede><Kommune>Horsens Kommune</Kommune><Udvalg>Kulturudvalget</Udvalg>
<Dokumenttype>Referat</Dokumenttype><Start>2024-02-07T16:00:00</Start>
<Punkter>
<Punkt nr="1"><Titel>Puljen 2024</Titel><Tekst format="text/markdown"><![CDATA[## Sagsfremstilling

Der er **9 ansøgninger**.

| Ansøger | Beløb |
|---|---:|
| Glud IF | 400.000 |

## Beslutning

Godkendt.

For stemte: A, V

Imod stemte: Ø

*Fraværende: Per Dam (A)*
]]></Tekst></Punkt>
<Punkt nr="2"><Titel>Kulturaftale</Titel>
<Tekst format="text/html">&lt;h3&gt;Sagsfremstilling&lt;/h3&gt;
&lt;p&gt;Aftalen d&amp;aelig;kker &amp;Oslash;stjylland.&lt;/p&gt;
&lt;h3&gt;Beslutning&lt;/h3&gt;
&lt;p&gt;Anbefales over for Byr&amp;aring;det.&lt;/p&gt;</Tekst></Punkt>
</Punkter></Moede></Bog>"""


def test_an_items_whole_text_as_markdown_or_escaped_html(tmp_path):
    meeting, = read_meetings(_write(tmp_path, "horsens.xml", _MARKDOWN))
    assert meeting.doc_type == "referat" and meeting.start_time == "16:00"
    first, second = meeting.items
    assert [s.name for s in first.sections] == ["Sagsfremstilling", "Beslutning"]
    assert first.sections[0].text.startswith("Der er 9 ansøgninger.")
    assert "Glud IF" in first.sections[0].text and "|" not in first.sections[0].text
    assert first.decision.startswith("Godkendt.") and "**" not in first.decision
    assert first.votes == {"for": ["A", "V"], "imod": ["Ø"]}
    assert first.absentees == ["Per Dam (A)"]
    assert second.sections[0].text == "Aftalen dækker Østjylland."
    assert second.decision == "Anbefales over for Byrådet."


_YAML = """# Udtræk af politiske møder
kommune: Lolland Kommune
moeder:
  - udvalg: Økonomiudvalget
    type: referat
    dato: 2022-06-08
    starttid: "13:00"
    deltagere:
      - {navn: Jens Bønnelykke, parti: A, status: deltog}
      - {navn: Bente Kroer, parti: O, status: afbud}
    punkter:
      - nr: 1
        titel: Godkendelse af dagsorden
        fraværende: [Bente Kroer]
        beslutning: Godkendt.
      - nr: 2
        titel: Budgetopfølgning
        tekster:
          - overskrift: Sagsfremstilling
            tekst: |
              Økonomiafdelingen har gennemført
              budgetopfølgning 2 for 2022.
        beslutning: Anbefales.
      - nr: 3
        titel: Salg af byggegrunde
        beslutning: |
          Godkendt.

          Ebbe Johansen (Ø) stemte imod.
        afstemning:
          for: [Jens Bønnelykke]
          imod: [Ebbe Johansen]
  - udvalg: Social- og Sundhedsudvalget
    type: dagsorden
    dato: 2022-06-13
    starttid: "15:30"
    punkter:
      - nr: 1
        titel: Godkendelse af dagsorden
        adgang: åben
      - nr: 2
        titel: Klagesag
        adgang: lukket
"""


def test_a_yaml_file_with_two_meetings(tmp_path):
    meetings = read_meetings(_write(tmp_path, "lolland.yaml", _YAML))
    assert [(m.municipality, m.committee, m.date, m.start_time, m.doc_type) for m in meetings] == [
        ("Lolland", "Økonomiudvalget", date(2022, 6, 8), "13:00", "referat"),
        ("Lolland", "Social- og Sundhedsudvalget", date(2022, 6, 13), "15:30", "dagsorden")]
    first, second = meetings
    assert [i.decision for i in first.items][:2] == ["Godkendt.", "Anbefales."]
    # (the export's vote restates the decision's sentence: one voter against)
    assert first.items[2].votes == {"imod": ["Ebbe Johansen (Ø)"], "for": ["Jens Bønnelykke"]}
    assert first.items[0].absentees == ["Bente Kroer"]
    # (a hard-wrapped line is one line)
    assert first.items[1].sections[0].text == ("Økonomiafdelingen har gennemført "
                                               "budgetopfølgning 2 for 2022.")
    assert [i.closed for i in second.items] == [False, True]
