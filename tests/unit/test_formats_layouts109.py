"""A hundred-and-ninth round of layouts (round 109's blind files, on one meeting
exported in two or three renderings): the index holds the meeting once when its
renderings spell the committee in other letter case or spacing, or one prints no start
time, also in an index an older version built with the renderings apart; a closed item
whose print shows only the notice that it was closed, above the template's attendance
line, has no decision; and an Acadre export's enclosure records do not repeat the
item's own "Bilag" bullet. Every text is written by the tests (other towns, bodies and
words than the blind files)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ingest.chunk import meeting_key, meeting_to_nodes
from ingest.formats import read_meetings
from ingest.itemstore import ItemStore

from .test_ingest_plan import _run


def _minutes(committee: str, when: str) -> str:
    return (f"Egeby Kommune\nReferat\n{committee}\nMødedato: 14-10-2024{when}\n"
            "Mødested: Byrådssalen\n"
            "Punkt 1 Skolestruktur 2025\nSagsfremstilling\nTo skoler lægges sammen.\n"
            "Beslutning\nAnbefales.\n"
            "Punkt 2 Eventuelt\nBeslutning\nIntet.\n")


def _renderings(folder: Path) -> None:
    folder.mkdir()
    (folder / "a_word.txt").write_text(
        _minutes("Børne-, Skole- og Fritidsudvalget", " kl. 16:30"), encoding="utf-8")
    (folder / "b_side.txt").write_text(  # the web page's spelling
        _minutes("Børne-, skole- og fritidsudvalget", " kl. 16:30"), encoding="utf-8")
    (folder / "c_print.txt").write_text(  # a print without the hour
        _minutes("Børne-,  Skole- og Fritidsudvalget", ""), encoding="utf-8")


def test_one_meeting_in_three_renderings_is_stored_once(tmp_path: Path) -> None:
    folder = tmp_path / "referater"
    _renderings(folder)
    committees = [read_meetings(p)[0].committee for p in sorted(folder.iterdir())]
    assert len({c.casefold().replace(" ", "") for c in committees}) == 1
    assert committees[1] == "Børne-, skole- og fritidsudvalget"  # shown as the file spells it
    store = ItemStore(tmp_path / "items.sqlite")
    report, _, _ = _run(store, folder)
    assert [f.status for f in report.files] == ["added", "duplicate", "duplicate"]
    assert "allerede indlæst fra a_word.txt" in report.files[1].reason
    (row,) = store.meetings()
    assert (row["committee"], row["date"]) == ("Børne-, Skole- og Fritidsudvalget",
                                               "2024-10-14")


def test_an_index_holding_the_renderings_apart_keeps_one_when_read_again(
        tmp_path: Path) -> None:
    folder = tmp_path / "referater"
    _renderings(folder)
    store = ItemStore(tmp_path / "items.sqlite")
    for path in sorted(folder.iterdir()):  # as an older version stored them: each apart
        (meeting,) = read_meetings(path)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        store.put_meeting(meeting_key(meeting), meeting, sha,
                          meeting_to_nodes(meeting, sha), "older")
    assert len(store.meetings()) == 3
    report, _, _ = _run(store, folder)  # the new code: another stamp, every file read again
    assert [f.status for f in report.files] == ["unchanged", "duplicate", "duplicate"]
    (row,) = store.meetings()
    assert row["committee"] == "Børne-, Skole- og Fritidsudvalget"
    assert len(row["agenda"]) == 2
    report, _, _ = _run(store, folder)  # and nothing changes on the next run
    assert [f.status for f in report.files] == ["unchanged", "duplicate", "duplicate"]
    assert len(store.meetings()) == 1


def test_another_rendering_ingested_alone_replaces_the_stored_one(tmp_path: Path) -> None:
    folder = tmp_path / "referater"
    _renderings(folder)
    store = ItemStore(tmp_path / "items.sqlite")
    _run(store, folder / "a_word.txt")
    report, _, _ = _run(store, folder / "b_side.txt")  # as a new version of that meeting
    assert [f.status for f in report.files] == ["added"]
    (row,) = store.meetings()
    assert row["committee"] == "Børne-, skole- og fritidsudvalget"


def test_two_meetings_of_one_body_on_one_day_stay_two(tmp_path: Path) -> None:
    folder = tmp_path / "referater"
    folder.mkdir()
    (folder / "morgen.txt").write_text(_minutes("Økonomiudvalget", " kl. 08:00"),
                                       encoding="utf-8")
    (folder / "aften.txt").write_text(_minutes("Økonomiudvalget", " kl. 19:00"),
                                      encoding="utf-8")
    store = ItemStore(tmp_path / "items.sqlite")
    report, _, _ = _run(store, folder)
    assert [f.status for f in report.files] == ["added", "added"]
    assert len(store.meetings()) == 2


_CLOSED_PRINT = """Nordfjord Kommune
Referat
Plan- og Boligudvalget
Mødedato: 02.04.2025
Mødetidspunkt: Kl. 17.00 - 19.10
Fraværende: Karen Lund (B)

41. Godkendelse af dagsorden
Sagsnr.: 25/77
Beslutning i Plan- og Boligudvalget den 02-04-2025
Godkendt.
Fraværende: Karen Lund (B)

42. Lukket punkt: Køb af grund ved Havnevej
Sagsnr.: 25/310

Punktet er behandlet for lukkede døre.
Fraværende: Karen Lund (B)

43. Lukket punkt: Salg af areal ved Skovvej
Sagsnr.: 25/311

Udvalget godkendte salget.
Fraværende: Karen Lund (B)
"""


def test_a_closed_items_notice_over_its_attendance_line_is_no_decision(tmp_path: Path) -> None:
    path = tmp_path / "referat.txt"
    path.write_text(_CLOSED_PRINT, encoding="utf-8")
    (m,) = read_meetings(path)
    assert (m.committee, str(m.date), m.start_time) == ("Plan- og Boligudvalget",
                                                        "2025-04-02", "17:00")
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (41, "Godkendelse af dagsorden", False), (42, "Køb af grund ved Havnevej", True),
        (43, "Salg af areal ved Skovvej", True)]
    assert m.item(42).decision == ""  # the notice says where, not what was decided
    assert m.item(42).absentees == ["Karen Lund (B)"]
    assert m.item(43).decision.startswith("Udvalget godkendte salget.")


def _bullet(name: str, html: str) -> str:
    html = html.replace("<", "&lt;").replace(">", "&gt;")
    return (f'<table name="bullet"><fields><field name="bulletname">{name}</field>'
            f'<field name="bulletcontent">{html}</field></fields></table>')


def _enclosure(name: str) -> str:
    return f'<table name="enclosure"><fields><field name="name">{name}</field></fields></table>'


def _item(sort: int, title: str, *parts: str) -> str:
    return (f'<table name="agendaitemparents"><fields><field name="sort">{sort}</field>'
            f'</fields><table name="agendaitem"><fields><field name="name">{title}</field>'
            f'<field name="accessname">Åben</field></fields>{"".join(parts)}</table></table>')


_EXPORT = (
    '<?xml version="1.0" encoding="utf-8"?><root><table name="agenda"><fields>'
    '<field name="name">Referat</field></fields><table name="committee"><fields>'
    '<field name="name">Klima- og Naturudvalget</field>'
    '<field name="departmentName">Hedeby Kommune</field></fields></table>'
    '<table name="meeting"><fields><field name="date">2025-02-05 16:00</field>'
    '<field name="location">Mødelokale 3</field></fields></table>'
    + _item(7, "Naturplan 2025",
            _bullet("Sagsfremstilling", "<p>Planen udpeger nye naturområder.</p>"),
            _bullet("Bilag", "<p>1. Naturplan 2025</p><p>2. Kort over områder</p>"),
            _enclosure("Naturplan 2025"), _enclosure("Kort over områder"),
            _bullet("Beslutning i Klima- og Naturudvalget den 05-02-2025", "<p>Godkendt.</p>"))
    + _item(8, "Vandløbsregulativ",
            _bullet("Beslutning i Klima- og Naturudvalget den 05-02-2025", "<p>Godkendt.</p>"),
            _enclosure("Regulativ for Hedeå"))
    + "</table></root>")


def test_an_exports_enclosures_do_not_repeat_the_items_bilag(tmp_path: Path) -> None:
    path = tmp_path / "hedeby_referat_acadre.xml"
    path.write_text(_EXPORT, encoding="utf-8")
    (m,) = read_meetings(path)
    assert (m.committee, str(m.date), len(m.items)) == ("Klima- og Naturudvalget",
                                                        "2025-02-05", 2)
    first, second = m.items
    assert [s.name for s in first.sections].count("Bilag") == 1
    assert first.section("Bilag") == "1. Naturplan 2025\n2. Kort over områder"
    assert first.decision == "Godkendt."
    assert second.section("Bilag") == "Regulativ for Hedeå"  # (no bullet: the records)
