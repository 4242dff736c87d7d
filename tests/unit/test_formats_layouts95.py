"""A ninety-fifth round of layouts (round 95's blind files): structured meeting exports
of shapes the product did not know, read by their shape and not by a system's names: a
Drupal meeting site's JSON:API answer (resources in `included`, relationships by id,
fields named "field_<module>_<bundle>_<name>", participants as HTML); an API whose
meeting facts sit in a mapping of their own beside the items ("meeting": {"beginUtc":
…, "attendees": […]}); an XML export whose agenda comes in an open and a closed part
below the meeting, with an empty decision field on each item; a service's XML whose
items come before the meeting and which joins two committees; and an English API with
HTML entities in its names and role/attendance codes. Every file is written by the
tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ingest.formats import read_meetings


def _one(tmp_path: Path, name: str, text: str):  # noqa: ANN202
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    meetings = read_meetings(path)
    assert len(meetings) == 1
    return meetings[0]


def _people(meeting) -> dict[str, tuple[str, str]]:  # noqa: ANN001
    return {p.name: (p.status, p.role) for p in meeting.participants}


def _decisions(item) -> list[str]:  # noqa: ANN001
    return [s.text for s in item.sections if s.name == "Beslutning"]


# --- a Drupal site's JSON:API answer -----------------------------------------------------


def _ref(kind: str, rid: str) -> dict:
    return {"type": kind, "id": rid}


def _json_api() -> str:
    text = {"value": "<p>Godkendt.</p>", "format": "basic_html", "processed": "<p>Godkendt.</p>"}
    included = [
        {"type": "node--site_point_text", "id": "t2", "attributes": {
            "title": "Beslutning", "body": {
                "value": "<p>Udvalget anbefaler den nye sti.</p>", "format": "basic_html"},
            "field_site_m_text_sort": 1}},
        {"type": "taxonomy_term--site_m_body", "id": "c1", "attributes": {
            "name": "Teknik- og Miljøudvalget", "drupal_internal__tid": 9}},
        {"type": "node--site_point", "id": "p2", "attributes": {
            "title": "Ny cykelsti langs Åvej", "field_site_m_point_number": 2,
            "field_site_m_point_case_id": "SAG-2025-0410", "field_site_m_point_closed": False},
         "relationships": {"field_site_m_point_texts": {"data": [_ref("node--site_point_text",
                                                                         "t2")]}}},
        {"type": "node--site_point_text", "id": "t1", "attributes": {
            "title": "Beslutning", "body": text, "field_site_m_text_sort": 1}},
        {"type": "node--site_point", "id": "p1", "attributes": {
            "title": "Godkendelse af dagsorden", "field_site_m_point_number": 1,
            "field_site_m_point_case_id": "SAG-2025-0400", "field_site_m_point_closed": False},
         "relationships": {"field_site_m_point_texts": {"data": [_ref("node--site_point_text",
                                                                         "t1")]}}},
        {"type": "node--site_point", "id": "p3", "attributes": {
            "title": "Personalesag", "field_site_m_point_number": 3,
            "field_site_m_point_closed": True},
         "relationships": {"field_site_m_point_texts": {"data": []}}},
        {"type": "taxonomy_term--site_m_location", "id": "l1", "attributes": {
            "name": "Mødesal 2, Vestby Rådhus", "field_site_m_location_address":
                "Torvegade 4, 7100 Vestby"}},
    ]
    data = {"type": "node--site_meeting", "id": "m1", "attributes": {
        "title": "Teknik- og Miljøudvalget - Referat", "created": "2025-09-01T08:00:00+00:00",
        "field_site_m_type": "Referat", "field_site_m_start_date": "2025-09-09T15:30:00+00:00",
        "field_site_m_participants": {"value": "<p>Ole Berg (A), formand<br>Ida Krog (V)<br>"
                                               "Lars Ry (F)</p>", "format": "basic_html"},
        "field_site_m_cancel_partic": {"value": "<p>Lars Ry (F)</p>", "format": "basic_html"}},
        "relationships": {
            "field_site_m_committee": {"data": _ref("taxonomy_term--site_m_body", "c1")},
            "field_site_m_location": {"data": _ref("taxonomy_term--site_m_location", "l1")},
            "field_site_m_points": {"data": [_ref("node--site_point", p)
                                             for p in ("p1", "p2", "p3")]},
            "uid": {"data": _ref("user--user", "u9")}}}
    return json.dumps({"jsonapi": {"version": "1.0"}, "data": data, "included": included})


def test_json_api_answer_reads_its_meeting_from_the_included_resources(tmp_path) -> None:  # noqa: ANN001
    m = _one(tmp_path, "moede.json", _json_api())
    assert m.committee == "Teknik- og Miljøudvalget"
    assert (m.date, m.start_time) == (date(2025, 9, 9), "17:30")  # (UTC in Danish time)
    assert m.place == "Mødesal 2, Vestby Rådhus, Torvegade 4, 7100 Vestby"
    assert [(i.number, i.title, i.journal_number, i.closed) for i in m.items] == [
        (1, "Godkendelse af dagsorden", "SAG-2025-0400", False),
        (2, "Ny cykelsti langs Åvej", "SAG-2025-0410", False), (3, "Personalesag", None, True)]
    assert _decisions(m.items[1]) == ["Udvalget anbefaler den nye sti."]
    people = _people(m)
    assert people["Ole Berg (A)"] == ("deltog", "formand")
    assert people["Lars Ry (F)"][0] == "afbud" and len(people) == 3


# --- an API whose meeting facts sit beside the items -------------------------------------


def _beside() -> str:
    def person(name: str, title: str = "", absent: bool = False, sub: bool = False) -> dict:
        return {"name": name, "party": "B", "title": title, "absent": absent,
                "isSubstitute": sub}
    return json.dumps({
        "agenda": {"name": "Referat", "status": "Published",
                   "publishedUtc": "2025-05-02T10:00:00Z"},
        "committee": {"name": "Økonomiudvalget", "organization": "Nordby Kommune"},
        "meeting": {"title": "Møde", "beginUtc": "2025-04-28T14:00:00Z",
                    "location": "Udvalgsværelset, Nordby Rådhus",
                    "attendees": [person("Eva Holt", "Borgmester"), person("Kim Sand"),
                                  person("Rita Nør", absent=True),
                                  person("Per Lund", "Stedfortræder", sub=True)]},
        "agendaItems": [
            {"number": "1", "caption": "Regnskab 2024", "caseNumber": "25-0001",
             "isOpen": True, "fields": [{"name": "Beslutning", "html": "<p>Anbefales.</p>"}]},
            {"number": "2", "caption": "Lukket: Køb af grund", "caseNumber": "25-0002",
             "isOpen": False, "fields": []}]})


def test_meeting_facts_in_a_mapping_beside_the_items(tmp_path) -> None:  # noqa: ANN001
    m = _one(tmp_path, "api.json", _beside())
    assert m.committee == "Økonomiudvalget" and m.municipality == "Nordby"
    assert (m.date, m.start_time) == (date(2025, 4, 28), "16:00")  # (not the publish date)
    assert m.place == "Udvalgsværelset, Nordby Rådhus"
    assert _people(m) == {"Eva Holt (B)": ("deltog", "borgmester"),
                          "Kim Sand (B)": ("deltog", ""),
                          "Per Lund (B)": ("deltog", "stedfortræder"),
                          "Rita Nør (B)": ("afbud", "")}
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (1, "Regnskab 2024", False), (2, "Køb af grund", True)]
    assert _decisions(m.items[0]) == ["Anbefales."]


# --- an agenda in an open and a closed part below the meeting ----------------------------


def _parts_xml() -> str:
    def point(nr: int, title: str, closed: str, text: str = "") -> str:
        felt = f'<Felt navn="Sagsfremstilling"><![CDATA[<p>{text}</p>]]></Felt>' if text else ""
        return (f'<Punkt nr="{nr}" lukket="{closed}"><Titel>{title}</Titel>'
                f'<Sagsnummer>2025-00{nr}</Sagsnummer><Felter>{felt}'
                f'<Felt navn="Beslutning" overskrift="Udvalgets beslutning den 04-06-2025"/>'
                f'</Felter></Punkt>')
    return (
        '<?xml version="1.0" encoding="utf-8"?><Eksport xmlns="urn:eksempel:moede">'
        '<Myndighed>Sydby Kommune</Myndighed><Moede><Udvalg>Kulturudvalget</Udvalg>'
        '<Dokumenttype>Dagsorden</Dokumenttype>'
        '<Moedetidspunkt><Start>04-06-2025 16:30:00</Start></Moedetidspunkt>'
        '<Udsendt>28-05-2025 12:00:00</Udsendt>'
        '<Moedested><Lokale>Lokale 7</Lokale><Adresse>Sydby Rådhus</Adresse></Moedested>'
        '<Medlemmer><Medlem funktion="Formand" parti="A" fravaer="">Anne Lyng</Medlem>'
        '<Medlem funktion="Medlem" parti="V" fravaer="Afbud">Bo Hald</Medlem></Medlemmer>'
        '<Dagsordener><Dagsorden type="Åben dagsorden">'
        + point(1, "Godkendelse af dagsorden", "false")
        + point(2, "Nyt spillested", "false", "Forvaltningen foreslår et nyt spillested.")
        + '</Dagsorden><Dagsorden type="Lukket dagsorden">'
        + point(3, "Lejekontrakt", "true") + '</Dagsorden></Dagsordener></Moede></Eksport>')


def test_agenda_in_parts_below_the_meeting(tmp_path) -> None:  # noqa: ANN001
    m = _one(tmp_path, "eksport.xml", _parts_xml())
    assert m.committee == "Kulturudvalget" and m.doc_type == "dagsorden"
    assert (m.date, m.start_time) == (date(2025, 6, 4), "16:30")
    assert m.place == "Lokale 7, Sydby Rådhus"
    assert [(i.number, i.closed) for i in m.items] == [(1, False), (2, False), (3, True)]
    assert all(not _decisions(i) for i in m.items)  # (an empty decision field is none)
    assert "nyt spillested" in m.items[1].section("Sagsfremstilling")
    assert _people(m) == {"Anne Lyng (A)": ("indkaldt", "formand"),
                          "Bo Hald (V)": ("afbud", "")}


# --- a service's XML: items before the meeting, a joint meeting --------------------------


def _joint_xml() -> str:
    def member(name: str, body: str, role: str, absent: str = "false") -> str:
        return (f"<MemberDto><Absent>{absent}</Absent><Body>{body}</Body>"
                f"<Name>{name} (C)</Name><Party>C</Party><Role>{role}</Role></MemberDto>")
    bullets = "".join(
        f"<BulletDto><Content>&lt;p&gt;{said}&lt;/p&gt;</Content><Name>Beslutning i {body} "
        f"den 11-03-2025</Name></BulletDto>"
        for body, said in (("Skoleudvalget", "Anbefales."), ("Idrætsudvalget", "Tiltrådt.")))
    return (
        '<?xml version="1.0"?><AgendaDto xmlns="urn:eksempel:dto"><AgendaItems>'
        f"<AgendaItemDto><AccessName>Åben</AccessName><Bullets>{bullets}</Bullets>"
        "<CaseNo>25/77</CaseNo><Name>Ny hal ved skolen</Name><Number>1</Number></AgendaItemDto>"
        "<AgendaItemDto><AccessName>Lukket</AccessName><Bullets/><CaseNo>25/78</CaseNo>"
        "<Name>Grundkøb</Name><Number>2</Number></AgendaItemDto></AgendaItems>"
        "<Meeting><Address>Østby Rådhus&lt;br&gt;Kirkevej 2</Address>"
        "<Committees><CommitteeDto><Name>Skoleudvalget</Name></CommitteeDto>"
        "<CommitteeDto><Name>Idrætsudvalget</Name></CommitteeDto></Committees>"
        "<Location>Salen</Location><Members>"
        + member("Hans Eg", "SU", "Formand") + member("Mia Bro", "SU", "Medlem")
        + member("Mia Bro", "IU", "Næstformand") + member("Tom Vik", "IU", "Medlem", "true")
        + "</Members><StartDate>2025-03-11T15:00:00</StartDate></Meeting>"
        "<ProduceDate>2025-03-12T09:00:00</ProduceDate></AgendaDto>")


def test_joint_meeting_after_its_items(tmp_path) -> None:  # noqa: ANN001
    m = _one(tmp_path, "dto.xml", _joint_xml())
    assert "Skoleudvalget" in m.committee and "Idrætsudvalget" in m.committee
    assert (m.date, m.start_time) == (date(2025, 3, 11), "15:00")
    assert m.place == "Salen, Østby Rådhus, Kirkevej 2"
    assert [p.name for p in m.participants].count("Mia Bro (C)") == 1  # (no "(C) (C)")
    assert _people(m)["Tom Vik (C)"][0] == "afbud"
    decisions = _decisions(m.items[0])
    assert len(decisions) == 2 and "Anbefales." in decisions[0] and "Tiltrådt." in decisions[1]
    assert m.items[1].closed and not _decisions(m.items[1])


# --- an English API with HTML entities and codes -----------------------------------------


def _english() -> str:
    return json.dumps({
        "organization": {"name": "K&oslash;ge Kommune"},
        "meeting": {"body": {"name": "Social- og Sundhedsudvalget"}, "documentType": "minutes",
                    "start": "2025-10-07T16:00:00+02:00",
                    "location": {"name": "Lokale 1", "address": "Torvet 1"},
                    "attendees": [
                        {"name": "Sara Dal", "role": "chair", "attendance": "present"},
                        {"name": "Ib Møn", "role": "member", "attendance": "absent_notified"},
                        {"name": "Eja Fos", "role": "secretary", "attendance": "present"}]},
        "items": [{"number": 1, "title": "Plejehjem &amp; hjemmepleje", "visibility": "public",
                   "decision": {"label": "Beslutning", "html": "<p>Godkendt.</p>"}},
                  {"number": 2, "title": "Klagesag", "visibility": "closed",
                   "decision": None}]})


def test_english_api_entities_and_codes(tmp_path) -> None:  # noqa: ANN001
    m = _one(tmp_path, "netpub.json", _english())
    assert m.municipality == "Køge" and m.committee == "Social- og Sundhedsudvalget"
    assert m.place == "Lokale 1, Torvet 1"
    assert _people(m) == {"Sara Dal": ("deltog", "formand"), "Ib Møn": ("afbud", "")}
    assert m.items[0].title == "Plejehjem & hjemmepleje"
    assert _decisions(m.items[0]) == ["Godkendt."] and m.items[1].closed
