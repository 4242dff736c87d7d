"""Source adapters on small hand-written files in each format: what a user of
`referat ingest` would see (committee, date, kind, items, decisions, absence, history)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ingest.formats import detect, read_meetings
from ingest.read import SkipFile

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def one(name: str, **kw):
    meetings = read_meetings(FIXTURES / name, **kw)
    assert len(meetings) == 1
    return meetings[0]


@pytest.mark.parametrize(
    ("name", "adapter"),
    [
        ("firstagenda_referat.json", "firstagenda-json"),
        ("firstagenda_publication.html", "firstagenda-html"),
        ("edoc_referat.xml", "edoc-xml"),
        ("acadre_referat.xml", "acadre-xml"),
    ],
)
def test_format_is_sniffed_from_content_not_the_name(tmp_path, name, adapter):
    renamed = tmp_path / "export.dat"
    renamed.write_bytes((FIXTURES / name).read_bytes())
    assert adapter == detect(renamed.read_bytes(), renamed).NAME
    assert read_meetings(renamed)[0].source_format == adapter


def test_firstagenda_json_meeting_items_and_sections():
    m = one("firstagenda_referat.json")
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Greve", "Byrådet", date(2024, 3, 13), "19:00")
    assert m.place == "Byrådssalen" and m.doc_type == "referat"
    assert [i.number for i in m.items] == [1, 2, 3]
    item = m.item(2)
    assert item.title == "Ny skolestruktur" and item.journal_number == "24-001234"
    assert item.decision.startswith("Godkendt.")
    assert item.section("Sammendrag") == "Tre skoler lægges sammen."
    assert "4,2 mio. kr." in item.section("Økonomiske konsekvenser og finansiering")
    assert "Lovgrundlag:\nFolkeskoleloven." in item.section("Sagsfremstilling")
    closed = m.item(3)
    assert closed.closed and closed.title == "Salg af grund" and not closed.sections


def test_firstagenda_json_absence_and_votes_from_the_decision_text():
    m = one("firstagenda_referat.json")
    item = m.item(2)
    # the structured flag says Carl Dam attended; the item's own decision says he did not
    assert item.absentees == ["Carl Dam"]
    assert item.votes == {"imod": ["A"]}
    # Bo Lund cancelled (structured flag); Anne Holm's "Afbud" is in another meeting's history
    assert m.absentees == ["Bo Lund"]
    assert "Anne Holm" in m.attendees
    (earlier,) = item.history
    assert (earlier.committee, earlier.date) == ("Skoleudvalget", date(2024, 2, 28))
    assert "Anbefalet." in earlier.text
    assert "Anbefalet." in item.section("Sagens forløb") and "Anbefalet" not in item.decision


def test_a_meeting_named_dagsorden_without_decisions_is_an_agenda():
    m = one("firstagenda_dagsorden.json")
    assert m.doc_type == "dagsorden" and m.municipality == "Greve"
    assert m.item(1).section("Indstilling").startswith("Det indstilles")
    assert not m.warnings  # an agenda is not a referat missing its decisions


def test_firstagenda_publication_html():
    m = one("firstagenda_publication.html")
    assert (m.municipality, m.committee, m.date, m.start_time, m.place) == (
        "Odense", "Miljøudvalget", date(2025, 2, 3), "09:00", "Rådhuset, lokale 12")
    assert m.absentees == ["Finn Krog"] and m.attendees == ["Eva Berg"]
    item = m.item(1)
    assert item.journal_number == "EMN-2024-012345"
    assert item.decision.startswith("Udvalget kunne tiltræde")
    assert item.votes == {"imod": ["Eva Berg"]}
    assert item.section("Indstilling") == "At 1) planen godkendes."
    assert item.section("Bilag") == "Kort over stierne"
    (earlier,) = item.history
    assert (earlier.committee, earlier.date, earlier.punkt) == ("Magistraten", date(2025, 1, 20), 4)
    # absence inside the Sagsforløb belongs to that earlier meeting
    assert item.absentees == []
    assert m.item(2).closed and m.item(2).title == "Personalesag"


def test_edoc_xml_glued_headings_and_dated_decisions():
    m = one("edoc_referat.xml")
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Ballerup", "Teknik- og Miljøudvalget", date(2012, 12, 4), "17:00")
    assert m.place == "Mødelokale 3 på Ballerup Rådhus"
    assert m.attendees == ["Ole Sand (V)", "Pia Tue (A)"] and m.absentees == ["Kim Bo (F)"]
    item = m.item(1)
    assert item.title == "Vejbelysning i Skovlunde" and item.journal_number == "2012-12345"
    assert item.section("Sammendrag").startswith("LED-lamper sparer 30 pct.")
    assert item.decision.startswith("Indstillingen godkendt")
    assert "Udsat" not in item.decision
    (earlier,) = item.history
    assert (earlier.date, earlier.punkt, earlier.text) == (date(2012, 11, 13), 4, "Udsat.")
    assert item.absentees == ["Ole Sand (V)"]


def test_acadre_xml_item_715_keeps_only_todays_decision():
    m = one("acadre_referat.xml")
    assert (m.municipality, m.committee, m.date, m.start_time) == (
        "Syddjurs", "Udvalget for natur (NAT)", date(2013, 6, 20), "10:30")
    assert m.place == "Rådhuset, Lundbergsvej 2, 8400 Ebeltoft"
    assert m.absentees == ["Lis Ager (V)"] and "Jens Kro (A)" in m.attendees
    (item,) = m.items
    assert (item.number, item.title, item.journal_number) == (715, "Naturplan 2014", "12/27845")
    assert item.decision == "Planen blev godkendt."
    assert item.section("Sammendrag") == "Planen beskytter 12 søer."
    assert [(t.committee, t.date) for t in item.history] == [
        ("Udvalget for natur (NAT)", date(2013, 4, 10)), ("Byrådet", date(2013, 6, 26))]
    assert "Udsat." in item.section("Beslutningshistorik")


def test_municipality_given_by_the_user_wins():
    assert one("acadre_referat.xml", municipality="Norddjurs").municipality == "Norddjurs"


@pytest.mark.parametrize(
    ("name", "reason"),
    [("unknown.json", "JSON i et ukendt format"), ("unknown.xml", "XML i et ukendt format")],
)
def test_unknown_files_are_named_with_a_danish_reason(name, reason):
    with pytest.raises(SkipFile) as err:
        read_meetings(FIXTURES / name)
    assert reason in str(err.value) and name in str(err.value)


def test_broken_json_names_the_problem(tmp_path):
    bad = tmp_path / "møde.json"
    bad.write_text('{"Dagsordenpunkter": [], "Moede": {}}', encoding="utf-8")
    with pytest.raises(SkipFile, match="Udvalg.Navn"):
        read_meetings(bad)


def test_firstagenda_json_with_one_named_field_per_section(tmp_path):
    data = json.loads((FIXTURES / "firstagenda_dagsorden.json").read_text(encoding="utf-8"))
    data["Dagsordenpunkter"][0]["Felter"] = [
        {"Navn": "Sagsfremstilling", "Html": "<p>Banen er slidt.</p>"},
        {"Navn": "Beslutning", "Html": None, "Tekst": "Godkendt.\nAfbud: Anne Holm"},
    ]
    path = tmp_path / "møde.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (m,) = read_meetings(path)
    item = m.item(1)
    assert item.section("Sagsfremstilling") == "Banen er slidt."
    assert item.decision == "Godkendt.\nAfbud: Anne Holm" and item.absentees == ["Anne Holm"]
    assert m.doc_type == "referat"


def test_two_json_items_with_one_number_keep_the_first_and_say_so(tmp_path):
    data = json.loads((FIXTURES / "firstagenda_referat.json").read_text(encoding="utf-8"))
    twin = dict(data["Dagsordenpunkter"][0], Navn="Et andet punkt")
    data["Dagsordenpunkter"].append(twin)
    path = tmp_path / "møde.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (m,) = read_meetings(path)
    assert [i.title for i in m.items if i.number == 2] == ["Ny skolestruktur"]
    assert any("punkt 2 står flere gange" in w for w in m.warnings)
