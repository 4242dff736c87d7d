"""Round 219's layouts (round 219's blind files): FirstAgenda open-API JSON exports as other
municipalities publish them. These include:
- a council's minutes with a member declared inhabil who "forlod mødet" during that item,
  a substitute named on the attendance line, a "Habilitet" heading, and a case history
  whose entry heading follows the entry before it without a break;
- an extraordinary meeting whose substitute is named only in a decision;
- an agenda not yet held (`Afsluttet` false) whose `Moede.Navn` says "Referat" and whose
  empty "Beslutning" placeholders hold only an apology;
- minutes whose case text has `<div><strong>` headings, with this meeting's decision last
  under a dated heading of the committee after the same committee's earlier dated
  decision, substitutes flagged `IsSubstitute`/`SubstituteFor`, and a closed item whose
  only text is "Lukket punkt".

The tests write every input themselves, with other towns, bodies, names and words than
the blind files use.
"""

from __future__ import annotations

import json
from pathlib import Path

from ingest.formats import read_meetings
from referat.domain import Meeting


def _person(name: str, *, away: bool = False, **extra: object) -> dict:
    return {"Name": name, "Absent": away, "ParticipationCancelled": away,
            "AttendanceType": 0, **extra}


def _point(number: int, title: str, html: str | None, text: str | None = None,
           **extra: object) -> dict:
    return {"Punktnummer": str(number), "Navn": title, "SagsNummer": f"24/{7000 + number}",
            "Felter": [{"Navn": "", "Html": html, "Tekst": text}], **extra}


def _read(tmp_path: Path, points: list[dict], people: list[dict], *, held: bool = True,
          name: str = "Dagsorden", committee: str = "Miljøudvalget") -> Meeting:
    data = {"Udvalg": {"Navn": committee},
            "Moede": {"Dato": "2025-10-07T17:00:00+02:00", "Sted": "Rådhuset, lokale 4",
                      "Afsluttet": held, "Navn": name, "Moededeltagere": people},
            "Dagsordenpunkter": points,
            "Link": "https://dagsordener.vestby.dk/vis?id=1"}
    path = tmp_path / "meeting.json"
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return read_meetings(path)[0]


def _bold(heading: str, body: str) -> str:
    return f"<div><strong>{heading}</strong></div><div>{body}</div>"


_CASE = _bold("Sagsfremstilling", "Planen beskriver indsatsen for vandløbene.")
_RECOMMENDATION = _bold("Indstilling", "Forvaltningen indstiller, at planen godkendes.")


def test_dated_decision_headings_in_bold_divs_part_history_from_decision(
        tmp_path: Path) -> None:
    earlier = _bold("Beslutning i Miljøudvalget den 2. september 2025",
                    "Udkastet sendes i høring.<br><br>Fraværende: Karin Ulstrup (B)")
    own = _bold("Beslutning i Miljøudvalget den 7. oktober 2025",
                "Anbefales over for Byrådet.<br>For stemte: A, B og F<br>Imod stemte: V"
                "<br><br>Afbud: Ole Kragh (V)")
    html = ("<h3>Fremstilling</h3><div class='indhold'>" + _CASE + _RECOMMENDATION + earlier
            + own + "</div>")
    meeting = _read(tmp_path, [_point(1, "Vandløbsplan 2026", html)],
                    [_person("Karin Ulstrup"), _person("Ole Kragh", away=True)])
    item = meeting.items[0]
    assert item.decision.startswith("Anbefales over for Byrådet.")
    assert "høring" not in item.decision
    assert item.votes == {"for": ["A", "B", "F"], "imod": ["V"]}
    assert [(t.committee, str(t.date), t.text.split(".")[0]) for t in item.history] == [
        ("Miljøudvalget", "2025-09-02", "Udkastet sendes i høring")]
    assert "Udkastet" not in (item.section("Indstilling") or "")
    assert not any(a.startswith("Karin Ulstrup") for a in item.absentees)
    assert not meeting.warnings


def test_committee_decision_after_the_same_committees_earlier_dated_one(
        tmp_path: Path) -> None:
    earlier = _bold("Beslutning i Miljøudvalget den 2. september 2025",
                    "Sagen blev udsat.")
    own = _bold("Udvalgets beslutning", "Godkendt.")
    html = "<h3>Fremstilling</h3>" + _CASE + _RECOMMENDATION + earlier + own
    item = _read(tmp_path, [_point(1, "Naturpleje ved Søbakken", html)],
                 [_person("Karin Ulstrup")]).items[0]
    assert item.decision == "Godkendt."
    assert [(str(t.date), t.text) for t in item.history] == [("2025-09-02", "Sagen blev udsat.")]
    assert (item.section("Indstilling") or "").endswith("godkendes.")


def test_case_history_entry_heading_right_after_the_entry_before_it(tmp_path: Path) -> None:
    html = ("<h3>Beslutning</h3><p>Godkendt.</p><h3>Fremstilling</h3><h4>Sagsfremstilling</h4>"
            "<p>Tekst om skolen.</p><h3>Sagens forløb</h3><span class='sagsforloeb'>"
            "<u>01/09/2025   Skoleudvalget</u><br>\r\nAnbefales.\r\n\r\n"
            "<u>15/09/2025   Økonomiudvalget</u><br>\r\n<p>Anbefales med bemærkning.</p>"
            "</span>")
    item = _read(tmp_path, [_point(1, "Ny skolestruktur", html)], [_person("Karin Ulstrup")],
                 committee="Byrådet").items[0]
    assert [(t.committee, str(t.date), t.text) for t in item.history] == [
        ("Skoleudvalget", "2025-09-01", "Anbefales."),
        ("Økonomiudvalget", "2025-09-15", "Anbefales med bemærkning.")]


def test_placeholder_holding_only_an_apology_decides_nothing_before_the_meeting(
        tmp_path: Path) -> None:
    placeholder = "<h3>Beslutning</h3><p>&nbsp;</p><p>Afbud: Svend Ravnholt (O)</p>"
    points = [_point(41, "Godkendelse af dagsorden", placeholder + _RECOMMENDATION),
              _point(42, "Stiplan for Nørreskoven", "<h3>Fremstilling</h3>" + _CASE),
              _point(43, "Cykelparkering ved stationen", placeholder + "<h3>Fremstilling</h3>"
                     + _CASE)]
    meeting = _read(tmp_path, points, [_person("Svend Ravnholt", away=True),
                                       _person("Karin Ulstrup")], held=False, name="Referat")
    assert meeting.doc_type == "dagsorden"
    assert [i.decision for i in meeting.items] == ["", "", ""]
    assert all(not i.absentees for i in meeting.items)
    people = {p.name: p.status for p in meeting.participants}
    assert people == {"Svend Ravnholt": "afbud", "Karin Ulstrup": "indkaldt"}
    assert [i.number for i in meeting.items] == [41, 42, 43]


def test_closed_items_text_that_is_only_its_closed_mark_is_no_decision(
        tmp_path: Path) -> None:
    points = [_point(1, "Godkendelse af dagsorden", "<h3>Beslutning</h3><p>Godkendt.</p>"),
              _point(2, "Lukket: Erstatningssag vedrørende vejskade", None, "Lukket punkt")]
    meeting = _read(tmp_path, points, [_person("Karin Ulstrup")])
    closed = meeting.items[1]
    assert closed.closed and closed.title == "Erstatningssag vedrørende vejskade"
    assert closed.decision == ""
    assert not closed.sections


def test_a_substitute_flagged_in_the_list_stands_in_for_the_member_named(
        tmp_path: Path) -> None:
    people = [_person("Ole Kragh", away=True, IsSubstitute=False, SubstituteFor=None),
              _person("Vibeke Sønderby", AttendanceType=1, IsSubstitute=True,
                      SubstituteFor="Ole Kragh")]
    meeting = _read(tmp_path, [_point(1, "Godkendelse af dagsorden",
                                      "<h3>Beslutning</h3><p>Godkendt.</p>")], people)
    roles = {p.name: (p.status, p.role) for p in meeting.participants}
    assert roles["Vibeke Sønderby"] == ("deltog", "stedfortræder for Ole Kragh")
    assert roles["Ole Kragh"][0] == "afbud"


def test_a_substitute_named_on_the_attendance_line_takes_part(tmp_path: Path) -> None:
    first = ("<h3>Beslutning</h3><p>Godkendt.</p><p>Afbud: Ole Kragh (V). Vibeke Sønderby (V) "
             "deltog som stedfortræder.</p>")
    later = "<h3>Beslutning</h3><p>Taget til efterretning.</p><p>Afbud: Ole Kragh (V)</p>"
    meeting = _read(tmp_path, [_point(1, "Godkendelse af dagsorden", first),
                               _point(2, "Orientering om vejarbejder", later)],
                    [_person("Ole Kragh", away=True), _person("Karin Ulstrup")])
    roles = {p.name: (p.status, p.role) for p in meeting.participants}
    assert roles["Vibeke Sønderby (V)"] == ("deltog", "stedfortræder for Ole Kragh (V)")


def test_a_listed_substitute_named_in_the_decision_gets_the_role(tmp_path: Path) -> None:
    first = ("<h3>Beslutning</h3><p>Godkendt.<br>Afbud: Ole Kragh (V). Stedfortræder Mogens "
             "Brix (V) deltog i mødet i stedet for Ole Kragh (V)</p>")
    later = "<h3>Beslutning</h3><p>Godkendt.<br>Afbud: Ole Kragh (V)</p>"
    meeting = _read(tmp_path, [_point(1, "Godkendelse af dagsorden", first),
                               _point(2, "Budgetopfølgning", later)],
                    [_person("Ole Kragh", away=True), _person("Mogens Brix"),
                     _person("Karin Ulstrup")])
    roles = {p.name: p.role for p in meeting.participants}
    assert roles["Mogens Brix"] == "stedfortræder for Ole Kragh (V)"
    assert roles["Karin Ulstrup"] == ""


def test_a_member_declared_inhabil_who_left_during_the_item_misses_it_only(
        tmp_path: Path) -> None:
    unfit = ("<h3>Beslutning</h3><p>Byrådet erklærede Poul Vedsted (C) inhabil i punktets "
             "behandling, da han er formand for foreningen. Poul Vedsted forlod mødet under "
             "behandlingen af punktet.</p><p>Godkendt.</p>")
    points = [_point(1, "Godkendelse af dagsorden", "<h3>Beslutning</h3><p>Godkendt.</p>"),
              _point(2, "Tilskud til Vestby Roklub", unfit),
              _point(3, "Renovering af svømmehallen", "<h3>Beslutning</h3><p>Godkendt.</p>"),
              _point(4, "Trafikplan 2026", "<h3>Beslutning</h3><p>Godkendt.</p>")]
    meeting = _read(tmp_path, points, [_person("Poul Vedsted"), _person("Karin Ulstrup")],
                    committee="Byrådet")
    away = {i.number: [a.split(" (")[0] for a in i.absentees] for i in meeting.items}
    assert away == {1: [], 2: ["Poul Vedsted"], 3: [], 4: []}
    assert {p.name: p.role for p in meeting.participants}["Poul Vedsted"] == ""


def test_a_habilitet_heading_is_known_case_text(tmp_path: Path) -> None:
    html = ("<h3>Beslutning</h3><p>Godkendt.</p><h3>Fremstilling</h3><h4>Sagsfremstilling</h4>"
            "<p>Foreningen søger tilskud.</p><h4>Habilitet</h4><p>Et medlem sidder i "
            "foreningens bestyrelse.</p>")
    meeting = _read(tmp_path, [_point(1, "Tilskud til Vestby Roklub", html)],
                    [_person("Karin Ulstrup")])
    assert not meeting.warnings
    assert "bestyrelse" in (meeting.items[0].section("Sagsfremstilling") or "")
