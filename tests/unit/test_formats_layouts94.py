"""A ninety-fourth round of layouts (round 94's blind files, unusual agenda-item
structure): a council site's minutes renumbered after an item was dropped ("Punkt 3
(dagsordenens punkt 4): …"), its attendance a "Medlem | Parti | Hverv | Fremmøde" table
and a decision in parts ("Beslutning del 1" / "Beslutning del 2"); a Word referat whose
sub-items share one decision and whose added item is marked "Tillægsdagsorden:"; a
FirstAgenda JSON whose points "3a" / "3b" are parts of item 3; and an agenda PDF whose
members grid marks an absent member in the role's cell ("Medlem – afbud").
Every text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.formats import read_meetings
from ingest.formats.agenda_notes import agenda_note_title
from ingest.formats.decision_parts import decision_part
from ingest.formats.members_table import table_columns
from ingest.formats.paired_members import paired_members
from ingest.formats.text import parse_minutes
from ingest.formats.ticks import tick_lists

# --- a council site's renumbered minutes --------------------------------------------------

_RENUMBERED_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat: Teknisk Udvalg 03.03.2026 - Eksempelby Kommune</title></head><body>
<main><h1>Teknisk Udvalg</h1>
<p>Referat fra ordinært møde tirsdag den 3. marts 2026 kl. 15.00-16.30</p>
<p>Mødested: Mødesal B, Eksempelby Rådhus</p>
<h2>Fremmøde</h2>
<table><thead><tr><th>Medlem</th><th>Parti</th><th>Hverv</th><th>Fremmøde</th></tr></thead>
<tbody><tr><td>Karen Vestergaard Lund</td><td>C</td><td>formand</td><td>Til stede</td></tr>
<tr><td>Mads Holm Krogh</td><td>S</td><td>næstformand</td><td>Til stede</td></tr>
<tr><td>Sofie Brink Dahl</td><td>V</td><td></td><td>Afbud</td></tr>
<tr><td>Jonas Ravn Eriksen</td><td>B</td><td></td><td>Til stede</td></tr></tbody></table>
<p>Referent: Per Moos, Teknik</p>
<section><h2>Punkt 1 (dagsordenens punkt 1): Godkendelse af dagsorden</h2>
<p>Sagsnr. 26/301 · Åbent punkt</p><h3>Beslutning</h3><p>Godkendt.</p></section>
<section><h2>Punkt 2 (dagsordenens punkt 3): Trafikplan for bymidten</h2>
<p>Sagsnr. 26/302 · Åbent punkt</p>
<h3>Indstilling</h3><p>Forvaltningen indstiller, at planen godkendes, og at den sendes i
høring.</p>
<h3>Beslutning del 1</h3><p>Planen blev godkendt.</p>
<h3>Beslutning del 2</h3><p>Planen sendes i høring. Jonas Ravn Eriksen (B) stemte imod.</p>
</section>
<section><h2>Punkt 3 (dagsordenens punkt 4): Vintertjeneste</h2>
<p>Sagsnr. 26/303 · Åbent punkt</p><h3>Beslutning</h3><p>Taget til efterretning.</p>
</section></main></body></html>
"""


def test_renumbered_minutes_read_members_table_parts_and_titles(tmp_path: Path) -> None:
    page = tmp_path / "teknisk_udvalg_referat.html"
    page.write_text(_RENUMBERED_PAGE, encoding="utf-8")
    meeting = read_meetings(page)[0]
    assert {(p.name, p.status, p.role) for p in meeting.participants} == {
        ("Karen Vestergaard Lund (C)", "deltog", "formand"),
        ("Mads Holm Krogh (S)", "deltog", "næstformand"),
        ("Sofie Brink Dahl (V)", "afbud", ""), ("Jonas Ravn Eriksen (B)", "deltog", "")}
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Trafikplan for bymidten"), (3, "Vintertjeneste")]
    plan = meeting.items[1]
    assert "Planen blev godkendt." in plan.decision
    assert "Planen sendes i høring." in plan.decision
    assert "Beslutning del" not in plan.section("Indstilling")
    assert plan.votes.get("imod") == ["Jonas Ravn Eriksen (B)"]


def test_a_member_headed_table_and_decision_part_headings() -> None:
    assert table_columns("Medlem Parti Hverv Fremmøde") == ["navn", "parti", "hverv", "fremmøde"]
    assert decision_part("Beslutning del 2") == "Beslutning del 2"
    assert decision_part("Beslutning") is None
    assert decision_part("Beslutning 4. marts 2026") is None


def test_agenda_notes_before_a_title_are_no_part_of_it() -> None:
    assert agenda_note_title("(dagsordenens punkt 7): Budget 2027") == "Budget 2027"
    assert agenda_note_title("Tillægsdagsorden: Køb af jord") == "Køb af jord"
    assert agenda_note_title("Tillægsdagsorden") == "Tillægsdagsorden"


# --- a shared decision after sub-items; a supplementary item -------------------------------


def test_one_decision_after_the_sub_items_is_the_items_own_and_supplement_title() -> None:
    text = "\n".join([
        "Referat af møde i Børneudvalget", "Mødedato: 5. maj 2026", "Mødetid: 16.00",
        "Mødested: Mødelokale 2", "Deltagere: Ida Holm (A), formand; Ole Bak (V)",
        "1. Godkendelse af dagsorden", "Beslutning", "Godkendt.",
        "2. Anlægsbevillinger til skoler", "Sagsnr.: 17.00.00-G01-1-26",
        "2a. Ny tilbygning til Nordskolen", "Sagsfremstilling", "Tilbygningen koster 4 mio. kr.",
        "2b. Nyt tag på Sydskolen", "Sagsfremstilling", "Taget udskiftes i sommerferien.",
        "Beslutning", "Bevillingerne blev givet for både 2a og 2b.",
        "3. Tillægsdagsorden: Tilskud til skolekoret", "Beslutning", "Godkendt."])
    meeting = parse_minutes(text)
    grants = meeting.items[1]
    assert grants.decision == "Bevillingerne blev givet for både 2a og 2b."
    assert "2a. Ny tilbygning til Nordskolen:" in grants.section("Sagsfremstilling")
    assert meeting.items[2].title == "Tilskud til skolekoret"


# --- FirstAgenda's lettered points ---------------------------------------------------------


def _point(number: str, sorting: int, title: str, case: str, html: str) -> dict:
    return {"Punktnummer": number, "Number": number, "Sorting": sorting, "Navn": title,
            "SagsNummer": case, "Felter": [{"Navn": "", "Html": html}]}


def test_lettered_points_are_parts_of_their_item(tmp_path: Path) -> None:
    data = {
        "Udvalg": {"Navn": "Fritidsudvalget"},
        "Moede": {"Dato": "2026-04-14T17:00:00+02:00", "Sted": "Mødelokale 4",
                  "Afsluttet": True, "Moededeltagere": [
                      {"Name": "Lars Kjær", "Absent": False},
                      {"Name": "Mette Bundgaard", "Absent": True}]},
        "Dagsordenpunkter": [
            _point("1", 1, "Godkendelse af dagsorden", "00.01.00-A00-1-26",
                   "<h3>Beslutning</h3><p>Godkendt.</p>"),
            _point("2", 2, "Tilskud til idrætsforeninger", "18.15.00-Ø40-1-26",
                   "<h3>Fremstilling</h3><h4>Resume</h4><p>To ansøgninger, punkt 2a og 2b.</p>"),
            _point("2a", 3, "Ansøgning fra Svømmeklubben", "18.15.00-Ø40-2-26",
                   "<h3>Beslutning</h3><p>Bevilget 40.000 kr.</p>"),
            _point("2b", 4, "Ansøgning fra Skakklubben", "18.15.00-Ø40-3-26",
                   "<h3>Beslutning</h3><p>Afslået.</p>"),
            _point("3", 5, "Eventuelt", "00.01.00-A00-2-26",
                   "<h3>Beslutning</h3><p>Intet.</p>"),
        ]}
    path = tmp_path / "fritid.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    meeting = read_meetings(path)[0]
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Tilskud til idrætsforeninger"), (3, "Eventuelt")]
    grants = meeting.items[1]
    assert "2a. Ansøgning fra Svømmeklubben:\nBevilget 40.000 kr." in grants.decision
    assert "2b. Ansøgning fra Skakklubben:\nAfslået." in grants.decision
    assert grants.journal_number == "18.15.00-Ø40-1-26"


def test_a_lettered_point_without_its_parent_keeps_its_mark(tmp_path: Path) -> None:
    data = {
        "Udvalg": {"Navn": "Fritidsudvalget"},
        "Moede": {"Dato": "2026-04-14T17:00:00+02:00", "Afsluttet": True},
        "Dagsordenpunkter": [
            _point("1", 1, "Godkendelse af dagsorden", "", "<h3>Beslutning</h3><p>Godkendt.</p>"),
            _point("2a", 2, "Hastesag om haltider", "", "<h3>Beslutning</h3><p>Godkendt.</p>"),
            _point("3", 3, "Eventuelt", "", "<h3>Beslutning</h3><p>Intet.</p>")]}
    path = tmp_path / "fritid.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    items = read_meetings(path)[0].items
    assert [(i.number, i.label, i.title) for i in items] == [
        (1, "", "Godkendelse af dagsorden"), (2, "2a", "Hastesag om haltider"),
        (3, "", "Eventuelt")]


# --- a members grid whose role cell marks an absent member -------------------------------


def test_a_role_cell_marked_absent_makes_that_member_absent() -> None:
    lines = ["Medlemmer", "Ane Krogh (A)", "Formand", "Bent Lyng (V)", "Medlem",
             "Dorte Sand (C)", "Medlem – afbud", "Erik Vang (O)", "Medlem", "Indhold"]
    assert tick_lists(lines) == lines  # (no tick column's heading: a role cell)
    assert paired_members(lines) == [
        "Deltagere: Ane Krogh (A), formand; Bent Lyng (V); Erik Vang (O)",
        "Afbud: Dorte Sand (C)", "Indhold"]


def test_an_agenda_members_grid_with_an_absent_role_cell() -> None:
    text = "\n".join([
        "Dagsorden", "Ældreudvalget", "Mødetidspunkt", "12.05.2026 kl. 14:00", "Mødested",
        "Mødelokale 3", "Medlemmer", "Ane Krogh (A)", "Formand", "Bent Lyng (V)", "Medlem",
        "Dorte Sand (C)", "Medlem – afbud", "Erik Vang (O)", "Medlem",
        "1. Godkendelse af dagsorden", "Sagsnr. 26/11", "INDSTILLING",
        "Direktøren indstiller, at dagsordenen godkendes."])
    meeting = parse_minutes(text)
    people = {p.name: p.status for p in meeting.participants}
    assert set(people) == {"Ane Krogh (A)", "Bent Lyng (V)", "Dorte Sand (C)", "Erik Vang (O)"}
    assert people["Dorte Sand (C)"] == "afbud"
    assert people["Bent Lyng (V)"] != "afbud"
