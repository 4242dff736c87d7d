"""A hundred-and-eighteenth round of layouts (round 118's blind files: files holding
several meetings): a year's protocol whose meetings each open with a dated line ("Møde
tirsdag den …"), their items numbered on through the year, under a cover page naming the
body above "Beslutningsprotokol 2024" and "Indhold"; a day's extraordinary and ordinary
meetings behind one contents list, a head's note ("Bemærkninger: …") under the second;
a meeting continued on a second day, named in the date field ("…, fortsat fredag den …")
with the second day's dated decisions and a day label in the absence list; and a JSON
export naming the body once above its meetings, an agenda's members not yet marked. Every
text is written by the tests (other towns, bodies and words than the blind files)."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import ReadFile
from .fixture_files import written_meeting as _read
from .pdf_files import cells_pdf


def _pdf(pages: list[list[str]]) -> bytes:
    return cells_pdf([[(20, k, line) for k, line in enumerate(page)] for page in pages])


def _head(day: str, place: str, away: str) -> list[str]:
    return ["Nordby Kommune · Idrætsrådet · Beslutningsprotokol 2024",
            f"Møde tirsdag den {day} kl. 18.30", f"Mødested: {place}", "Til stede:",
            "Anne Vind (S), formand", "Bo Lund (V)",
            "Karl Dam, repr. for idræts- og ungdomsforeningerne",
            f"Afbud: {away}"]


def test_year_protocol_meetings_under_dated_lines(read_file: ReadFile) -> None:
    """Each meeting of a year's protocol under its own dated line is a meeting of its own
    (its date, hour, place and items, numbered on), and the cover page's kind and
    contents heading are no part of the body's name."""
    cover = ["Nordby Kommune", "Idrætsrådet", "Beslutningsprotokol 2024", "Indhold",
             "Møde tirsdag den 5. marts 2024", "punkt 1–2", "Møde tirsdag den 4. juni 2024",
             "punkt 3–5"]
    first = _head("5. marts 2024", "Rådhuset, lokale 2", "Bo Lund (V)") + [
        "Punkt 1. Godkendelse af dagsorden", "Beslutning:", "Godkendt.",
        "Punkt 2. Tilskud til stævner", "Sagsfremstilling:", "Der er søgt om 8.000 kr.",
        "Beslutning:", "Bevilget.", "Mødet hævet kl. 20.10."]
    second = _head("4. juni 2024", "Hallen, mødelokalet", "Karl Dam") + [
        "Punkt 3. Godkendelse af dagsorden", "Beslutning:", "Godkendt.",
        "Punkt 4. Halfordeling 2024/25", "Beslutning:", "Fordelingen godkendt.",
        "Punkt 5. Eventuelt", "Beslutning:", "Intet."]
    ms = read_file("nordby_idraetsraadet_2024.pdf", _pdf([cover, first, second]))
    assert [(m.committee, str(m.date), m.start_time) for m in ms] == [
        ("Idrætsrådet", "2024-03-05", "18:30"), ("Idrætsrådet", "2024-06-04", "18:30")]
    assert [[i.number for i in m.items] for m in ms] == [[1, 2], [3, 4, 5]]
    assert [i.decision for i in ms[1].items] == ["Godkendt.", "Fordelingen godkendt.", "Intet."]
    # (a role of five words, two of them sharing their last part, after the name's comma)
    assert [(p.name, p.role) for p in ms[0].participants if p.name.startswith("Karl")] == [
        ("Karl Dam", "repr. for idræts- og ungdomsforeningerne")]


def test_extraordinary_and_ordinary_meeting_behind_one_contents_list(
        read_file: ReadFile) -> None:
    """A day's two meetings listed in one contents list and each printed under its own
    head: two meetings with their own start times and items, the contents list none."""
    def head(kind: str, time: str) -> list[str]:
        return ["Sydby Kommune", "Side 2 af 3", "SYDBY KOMMUNE", "Referat – Teknisk Udvalg",
                f"Mødetype: {kind}", "Mødedato: Mandag den 10. juni 2024",
                f"Mødetidspunkt: Kl. {time}", "Mødested: Rådhuset, lokale 4",
                "Medlemmer: Ulla Berg (A), formand", "Tom Friis (V)",
                "Bemærkninger: Tom Friis deltog fra punkt 2."]
    contents = ["Sydby Kommune", "Teknisk Udvalg", "Referat", "Mandag den 10. juni 2024",
                "Indholdsfortegnelse", "Ekstraordinært møde kl. 13:00", "1. Vejbump på Skolevej",
                "Ordinært møde kl. 14:00", "1. Godkendelse af dagsorden", "2. Affaldsplan"]
    extra = head("Ekstraordinært møde", "13:00") + [
        "1. Vejbump på Skolevej", "Sagsnr.: 24/501", "Beslutning i Teknisk Udvalg den 10-06-2024",
        "Godkendt."]
    ordinary = head("Ordinært møde", "14:00") + [
        "1. Godkendelse af dagsorden", "Sagsnr.: 24/20", "Beslutning i Teknisk Udvalg den "
        "10-06-2024", "Godkendt.", "2. Affaldsplan", "Sagsnr.: 24/77", "Sagsfremstilling",
        "Planen er sendt i høring.", "Beslutning i Teknisk Udvalg den 10-06-2024",
        "Anbefales."]
    ms = read_file("sydby_tu_10-06-2024.pdf", _pdf([contents, extra, ordinary]))
    assert [(m.start_time, m.doc_type, [i.title for i in m.items]) for m in ms] == [
        ("13:00", "referat", ["Vejbump på Skolevej"]),
        ("14:00", "referat", ["Godkendelse af dagsorden", "Affaldsplan"])]
    assert ms[0].items[0].decision == "Godkendt."  # (not the next page's letterhead)


def test_meeting_continued_on_a_second_day(tmp_path: Path) -> None:
    """A meeting whose date field says it went on another day: the second day's dated
    decisions are this meeting's, who was away then is absent from its items, and a day
    label in the absence list is no name."""
    text = "\n".join([
        "Vestø Kommune", "Referat", "Byrådet",
        "Mødedato: Onsdag den 2. oktober 2024, fortsat torsdag den 3. oktober 2024",
        "Mødested: Byrådssalen", "Deltagere: Jens Ahl (V), borgmester", "Mia Krog (A)",
        "Lars Bøg (O)", "Fraværende: Onsdag: Lars Bøg (O)", "",
        "1. Godkendelse af dagsorden", "Beslutning i Byrådet den 2. oktober 2024",
        "Godkendt.", "", "Mødet blev afbrudt kl. 22.00.", "Fraværende: Mia Krog (A)", "",
        "2. Havneudvidelse", "Sagsfremstilling", "Projektet er forsinket.",
        "Beslutning i Byrådet den 3. oktober 2024", "Godkendt.", ""])
    m = _read(tmp_path, "vestoe_byraad_2-3_oktober_2024.txt", text)
    assert [i.decision for i in m.items] == ["Godkendt.", "Godkendt."]
    assert "Mia Krog (A)" in m.items[1].absentees
    assert [p.name for p in m.participants if p.name.startswith("Onsdag")] == []


def test_export_body_named_above_its_meetings(tmp_path: Path) -> None:
    """A JSON export naming the body once above its meetings (each titled with its date):
    every meeting is that body's; an agenda's members with no attendance yet are called."""
    person = {"navn": "Rikke Holm", "parti": "A", "funktion": "Formand", "fremmoedt": None}
    data = {"kommune": {"navn": "Østby Kommune"}, "udvalg": {"id": 4, "navn": "Miljøudvalget"},
            "moeder": [{"titel": "Miljøudvalget - 04-11-2024", "type": "Dagsorden",
                        "start": "2024-11-04T16:00:00+01:00", "sted": "Rådhuset",
                        "deltagere": [person, {**person, "navn": "Ib Juhl", "parti": "V",
                                               "funktion": "Medlem"}],
                        "punkter": [
                            {"nummer": 1, "overskrift": "Godkendelse af dagsorden",
                             "sagsnummer": "24/10", "tekster": [], "beslutning": None},
                            {"nummer": 2, "overskrift": "Vandplan 2025", "sagsnummer": "24/88",
                             "tekster": [{"overskrift": "Sagsfremstilling",
                                          "indhold": "Planen skal vedtages i år."}],
                             "beslutning": None}]}]}
    m = _read(tmp_path, "oestby_miljoe_2024.json", json.dumps(data, ensure_ascii=False))
    assert (m.committee, m.doc_type, len(m.items)) == ("Miljøudvalget", "dagsorden", 2)
    assert [(p.name, p.status) for p in m.participants] == [
        ("Rikke Holm (A)", "indkaldt"), ("Ib Juhl (V)", "indkaldt")]
