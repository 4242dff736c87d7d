"""Every meeting in ../shared/corpora (real minutes of other municipalities, never copied
into the repository) parses to the right municipality, committee, date, kind and item
count. The expected values are read from each source's own structure, not typed in."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from ingest.formats import read_meetings
from referat.domain import DAGSORDEN, REFERAT

ROOT = Path(__file__).resolve().parents[2]
# ../shared/corpora next to the repository (or next to the worktrees' parent folder).
CORPORA = next((p / "shared" / "corpora" for p in ROOT.parents
                if (p / "shared" / "corpora").is_dir()), ROOT.parent / "shared" / "corpora")
pytestmark = pytest.mark.corpora


def _greve_files() -> list[Path]:
    return sorted((CORPORA / "greve-2024").glob("*.json"))


def test_corpora_are_there():
    assert CORPORA.is_dir(), f"{CORPORA} mangler (../shared/corpora)"
    assert len(_greve_files()) == 88


def test_every_greve_meeting_matches_its_source():
    started = time.perf_counter()
    municipality = (CORPORA / "greve-2024").name.split("-")[0].capitalize()
    totals = {"items": 0, "closed": 0}
    for path in _greve_files():
        source = json.loads(path.read_text(encoding="utf-8"))
        (m,) = read_meetings(path)
        points = source["Dagsordenpunkter"]
        committee = re.sub(r"\s*\d{4}-\d{4}$", "", source["Udvalg"]["Navn"])
        decided = any("<h3>Beslutning</h3>" in (f.get("Html") or "")
                      for p in points for f in p.get("Felter") or [])
        assert m.municipality == municipality, path.name
        assert m.committee.startswith(committee), path.name
        assert m.date.isoformat() == source["Moede"]["Dato"][:10], path.name
        assert m.start_time == source["Moede"]["Dato"][11:16], path.name
        assert m.doc_type == (REFERAT if decided else DAGSORDEN), path.name
        assert len(m.items) == len(points), path.name
        assert sorted(i.number for i in m.items) == sorted(int(p["Punktnummer"]) for p in points)
        closed = [p for p in points if p["Navn"].startswith("Lukket")]
        assert sum(i.closed for i in m.items) == len(closed), path.name
        assert {i.journal_number for i in m.items} == {p["SagsNummer"] or None for p in points}
        totals["items"] += len(m.items)
        totals["closed"] += len(closed)
    assert totals == {"items": 1400, "closed": 117}  # as the corpus README says
    assert time.perf_counter() - started < 120


def _from_name(path: Path) -> tuple[str, str, str]:
    """`aarhus_2025-10-01_teknisk-udvalg_referat.html` → ('Aarhus', '2025-10-01', 'referat')."""
    municipality, day, *_rest = path.stem.split("_")
    kind = REFERAT if "referat" in path.stem else DAGSORDEN
    return municipality.capitalize(), day, kind


def _expected_structure(path: Path) -> tuple[str, int]:
    """Committee and item count as the source's own structure gives them."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if "<MeetingAgendaItem>" in text:  # eDoc
        return re.search(r"<Committee>(.*?)</Committee>", text).group(1), text.count(
            "<MeetingAgendaItem>")
    if '<table name="agenda">' in text:  # Acadre
        committee = re.search(r'<table name="committee"><fields>.*?<field name="name">(.*?)<',
                              text).group(1)
        return committee, text.count('<table name="agendaitemparents">')
    committee = re.search(r'<span class="udvalg">(.*?)</span>', text).group(1)
    return committee, len(re.findall(r'<tr class="punktrow', text))


@pytest.mark.parametrize("path", sorted((CORPORA / "formats").glob("*.*")), ids=lambda p: p.name)
def test_other_systems_match_their_source(path: Path):
    municipality, day, kind = _from_name(path)
    committee, count = _expected_structure(path)
    (m,) = read_meetings(path)
    assert (m.municipality, m.committee, m.date.isoformat(), m.doc_type, len(m.items)) == (
        municipality, committee, day, kind, count)
    assert all(i.title for i in m.items)
    assert all(i.decision for i in m.items if not i.closed)


def test_acadre_item_keeps_only_the_decision_of_its_own_meeting():
    (path,) = (CORPORA / "formats").glob("*acadre*.xml")
    (m,) = read_meetings(path)
    (item,) = m.items
    assert item.number == 715
    text = path.read_text(encoding="utf-8")
    dated = re.findall(r"Beslutning i .*? den (\d\d)-(\d\d)-(\d{4})", text)
    today = [d for d in dated if f"{d[2]}-{d[1]}-{d[0]}" == m.date.isoformat()]
    assert len(today) == 1 and len(item.history) == len(dated) - 1
    assert all(t.date != m.date and t.committee for t in item.history)
    assert "genoptages på det kommende ordinære møde" in item.decision
    assert "ekstraordinært møde d. 24. april" not in item.decision


def test_sagsforloeb_is_history_not_this_meetings_decision():
    (path,) = (CORPORA / "formats").glob("aarhus*.html")
    (m,) = read_meetings(path)
    with_history = [i for i in m.items if i.history]
    assert with_history and all(t.date and t.date < m.date for i in with_history
                                for t in i.history)
    # "deltog ikke i sagens behandling" in an earlier meeting's entry is not absence here
    assert not any("Thure Hastrup" in a for i in m.items for a in i.absentees)


def test_edoc_print_text_reads_like_its_xml(tmp_path):
    """The eDoc export carries the whole minutes as printed (its PDF's text): the text
    adapter reads that rendering to the same meeting and items as the XML adapter."""
    from ingest.formats.xmlload import load_xml

    (path,) = (CORPORA / "formats").glob("*edoc*.xml")
    (xml,) = read_meetings(path)
    printed = load_xml(path.read_bytes()).find(".//MeetingAgendaType/FullText").text
    as_pdf_text = tmp_path / "referat.txt"
    as_pdf_text.write_text(printed, encoding="utf-8")
    (text,) = read_meetings(as_pdf_text)
    assert (text.municipality, text.committee, text.date, text.start_time, text.place) == (
        xml.municipality, xml.committee, xml.date, xml.start_time, xml.place)
    assert [(p.name, p.status) for p in text.participants] == [
        (p.name, p.status) for p in xml.participants]

    def seen(m):
        return [(i.number, i.title, i.journal_number, " ".join(i.decision.split()))
                for i in m.items]

    assert seen(text) == seen(xml)


def test_greve_members_who_came_late_are_named_so():
    """Greve notes absence under every decision; a member named only under the first
    items came late, a member named under all of them sent apologies. Read from the
    source: whoever the first decision names and a later one does not."""
    checked = 0
    for path in _greve_files():
        source = json.loads(path.read_text(encoding="utf-8"))
        meeting = read_meetings(path)[0]
        decided = [i for i in meeting.items if i.decision]
        if len(decided) < 3 or not any(i.absentees for i in decided[1:]):
            continue
        late = [a for a in decided[0].absentees if a not in decided[-1].absentees
                and any(p["Name"] == a for p in source["Moede"]["Moededeltagere"])]
        for name in late:
            person = next(p for p in meeting.participants if p.name == name)
            assert person.status == "deltog" and person.role.startswith(
                "fraværende til og med punkt"), (path.name, name, person)
            checked += 1
    assert checked >= 3  # (2024 holds four such meetings)
