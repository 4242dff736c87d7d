"""Round 212's layouts (round 212's blind files): the two FirstAgenda formats the project
knows from its examples, as other municipalities and years produce them. Open-API JSON
meetings: an agenda published before the meeting (empty "Beslutning" fields, an earlier
body's dated decision field), a council's minutes with "Lukket:" items, a supplementary
item and "Afbud: X (C). Stedfortræder: Y (C)" under every decision, and an advisory
council's minutes minified with \\u escapes, its roles written into the participants'
names ("Name (formand, DH …)") and its apologies under the first item only ("Afbud: A og
B."); and FirstAgenda publication pages in other portal themes (a referat with several
earlier treatments, a windows-1252 agenda page). Every input is written by the tests
(other towns, bodies, names and words than the blind files)."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.formats import read_meetings


def _field(name: str, html: str) -> dict:
    return {"Navn": name, "Html": html, "Tekst": None}


def _write(tmp_path: Path, data: dict, name: str = "meeting.json", *, ascii_only: bool = False
           ) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=ascii_only, separators=(",", ":")),
                    encoding="utf-8")
    return path


def _advisory_council(tmp_path: Path, first_decision: str) -> Path:
    """An elderly council's minutes: roles and organisations inside the names, decision
    field last, someone leaving after item 2."""
    people = [{"Name": n, "Absent": False, "ParticipationCancelled": c, "AttendanceType": 0}
              for n, c in (("Gudrun Elmholt (formand, Ældre Sagen Vestby)", False),
                           ("Poul Krarup (næstformand, Kommunalbestyrelsen)", False),
                           ("Edith Sandbæk (Kommunalbestyrelsen)", False),
                           ("Aage Vindum (Ældre Sagen, Nordby)", False),
                           ("Ingrid Tolstrup (Ældre Sagen, Sydby)", False),
                           ("Villy Hedeby (Ældre Sagen, Østby)", True),
                           ("Hanne Smedegaard (chef for Ældreområdet)", False))]
    decisions = {1: first_decision,
                 2: "<div>Taget til efterretning.</div><div>Aage Vindum forlod mødet efter "
                    "behandlingen af dette punkt.</div>",
                 3: "<div>Rådet afgav høringssvar som drøftet.</div><div>Fraværende: Aage "
                    "Vindum.</div>",
                 4: "<div>Intet.</div><div>Fraværende: Aage Vindum.</div>"}
    titles = {1: "Godkendelse af dagsorden", 2: "Nyt fra formanden",
              3: "Høring om madservice 2026", 4: "Eventuelt"}
    points = [{"Punktnummer": str(n), "Navn": titles[n], "SagsNummer": "25/3301" if n < 4 else None,
               "IsOpen": True,
               "Felter": [_field("Sagsfremstilling", f"<div>Sagen om {titles[n].lower()}.</div>"),
                          _field("Indstilling", "<div>Forvaltningen indstiller, at sagen "
                                                "behandles.</div>"),
                          _field("Beslutning", decisions[n])]} for n in titles]
    return _write(tmp_path, {
        "Udvalg": {"Navn": "Ældrerådet"},
        "Moede": {"Dato": "2025-09-15T12:30:00Z", "Sted": "Mødelokale 3, Rådhuset, Nordby",
                  "Afsluttet": True, "Navn": "Referat", "Moededeltagere": people},
        "Dagsordenpunkter": points}, ascii_only=True)


def _people(path: Path) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in read_meetings(path)[0].participants}


def test_a_role_written_into_the_participants_name_is_the_role(tmp_path: Path) -> None:
    meeting = read_meetings(_advisory_council(tmp_path, "<div>Godkendt.</div>"))[0]
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert meeting.committee == "Ældrerådet"
    assert meeting.start_time == "14:30"  # (the API's UTC, read as Danish time)
    assert people["Gudrun Elmholt"] == ("deltog", "formand, Ældre Sagen Vestby")
    assert people["Poul Krarup"] == ("deltog", "næstformand, Kommunalbestyrelsen")
    assert people["Hanne Smedegaard"] == ("deltog", "chef for Ældreområdet")
    assert people["Villy Hedeby (Ældre Sagen, Østby)"][0] == "afbud"
    assert "Gudrun Elmholt (formand, Ældre Sagen Vestby)" not in people


def test_apologies_under_the_first_item_only_are_for_the_meeting(tmp_path: Path) -> None:
    path = _advisory_council(tmp_path, "<div>Godkendt.</div><div>&nbsp;</div>"
                                       "<div>Afbud: Villy Hedeby og Ingrid Tolstrup.</div>")
    meeting = read_meetings(path)[0]
    people = {p.name.split(" (")[0]: (p.status, p.role) for p in meeting.participants}
    assert people["Ingrid Tolstrup"] == ("afbud", "")  # (the list flags only Villy Hedeby)
    assert people["Villy Hedeby"] == ("afbud", "")
    assert people["Aage Vindum"] == ("deltog", "fraværende fra punkt 3")  # (left after item 2)
    assert meeting.items[0].decision.startswith("Godkendt.")
    assert not any("Ingrid Tolstrup" in a for i in meeting.items[1:] for a in i.absentees)


def test_one_absent_from_the_first_item_only_still_came_late(tmp_path: Path) -> None:
    """The label decides: "Fraværende" under the first item is a late arrival."""
    path = _advisory_council(tmp_path, "<div>Godkendt.</div><div>Fraværende: Ingrid "
                                       "Tolstrup.</div>")
    people = {p.name.split(" (")[0]: (p.status, p.role)
              for p in read_meetings(path)[0].participants}
    assert people["Ingrid Tolstrup"] == ("deltog", "fraværende til og med punkt 1")


def _council(tmp_path: Path) -> Path:
    """A council's minutes in the Greve shape (one unnamed field per item), BOM and CRLF,
    every item IsOpen false, a substitute named under every decision."""
    trailer = "<br><br>Afbud: Mogens Ravnsted (K). Stedfortræder: Lilian Brogaard (K)"
    names = ["Kirsten Ulvedal", "Mogens Ravnsted", "Tage Frisenborg", "Lilian Brogaard"]
    items = [("1", "Godkendelse af dagsorden", "Godkendt, herunder tillægspunkt 3."),
             ("2", "Regnskab 2024 for Havnefonden", "Godkendt."),
             ("3", "Tillægsdagsorden: Garanti for lån til Vestby Fjernvarme", "Godkendt."),
             ("4", "Lukket: Køb af ejendom, Møllestien", "Godkendt.")]
    points = [{"Punktnummer": n, "Navn": title, "SagsNummer": f"24/90{n}", "IsOpen": False,
               "Felter": [{"Navn": "", "Html": f"<div><h3>Beslutning</h3><span><p>{text}</p>"
                                              f"{trailer}</span></div><h3>Fremstilling</h3>"
                                              f"<h4>Resume</h4><p>Om {title.lower()}.</p>"}]}
              for n, title, text in items]
    text = json.dumps({
        "Udvalg": {"Navn": "Kommunalbestyrelsen 2022-2025"},
        "Moede": {"Dato": "2024-06-20T19:00:00+02:00", "Sted": "Rådhussalen", "Navn": "Dagsorden",
                  "Afsluttet": True,
                  "Moededeltagere": [{"Name": n, "Absent": False,
                                      "ParticipationCancelled": n == "Mogens Ravnsted"}
                                     for n in names]},
        "Dagsordenpunkter": points}, ensure_ascii=False, indent=2).replace("\n", "\r\n")
    path = tmp_path / "kb.json"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def test_a_substitute_named_under_the_decisions_gets_the_role(tmp_path: Path) -> None:
    meeting = read_meetings(_council(tmp_path))[0]
    people = {p.name: (p.status, p.role) for p in meeting.participants}
    assert meeting.committee == "Kommunalbestyrelsen"
    assert meeting.doc_type == "referat"
    assert people["Lilian Brogaard"] == ("deltog", "stedfortræder for Mogens Ravnsted (K)")
    assert people["Mogens Ravnsted"][0] == "afbud"
    assert people["Tage Frisenborg"] == ("deltog", "")
    assert [i.closed for i in meeting.items] == [False, False, False, True]
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]


def test_a_substitute_the_list_lacks_is_added(tmp_path: Path) -> None:
    path = _council(tmp_path)
    data = json.loads(path.read_bytes().decode("utf-8-sig"))
    data["Moede"]["Moededeltagere"] = data["Moede"]["Moededeltagere"][:3]
    people = _people(_write(tmp_path, data, "kb2.json"))
    assert people["Lilian Brogaard (K)"] == ("deltog", "stedfortræder for Mogens Ravnsted (K)")

