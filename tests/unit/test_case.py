"""`referat sag NUMBER`: every treatment of a case across meetings, in date order; a
"Sagens forløb" entry points to the earlier meeting's item when the archive holds it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ingest.chunk import meeting_to_nodes
from ingest.formats import read_meetings
from rag.case import case_history

FIXTURE = Path(__file__).parent / "fixtures" / "formats" / "firstagenda_referat.json"


class FakeCollection:
    """The one Chroma call `case_history` makes: `get(where={key: value})`."""

    def __init__(self, metadatas: list[dict]) -> None:
        self.metadatas = metadatas

    def get(self, where: dict, include: list[str]) -> dict:
        ((key, value),) = where.items()
        return {"metadatas": [m for m in self.metadatas if m.get(key) == value]}


def _metadatas(*paths: Path) -> list[dict]:
    out = []
    for path in paths:
        (meeting,) = read_meetings(path)
        out.extend(n.metadata for n in meeting_to_nodes(meeting, "sha"))
    return out


def test_history_entries_not_in_the_archive_are_listed_from_the_sagsforloeb():
    steps = case_history(FakeCollection(_metadatas(FIXTURE)), "24-001234")
    assert [(s.date, s.committee, s.in_archive) for s in steps] == [
        (date(2024, 2, 28), "Skoleudvalget", False),
        (date(2024, 3, 13), "Byrådet", True),
    ]
    assert steps[1].ref.punkt == 2 and steps[1].text.startswith("Godkendt.")


def test_an_earlier_meeting_in_the_archive_is_cited_once(tmp_path):
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["Udvalg"]["Navn"] = "Skoleudvalget"
    data["Moede"]["Dato"] = "2024-02-28T16:00:00+01:00"
    data["Dagsordenpunkter"][0]["Felter"][0]["Html"] = "<h3>Beslutning</h3><p>Anbefalet.</p>"
    earlier = tmp_path / "skoleudvalget.json"
    earlier.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    steps = case_history(FakeCollection(_metadatas(FIXTURE, earlier)), "24-001234")
    assert [(s.committee, s.in_archive, s.text) for s in steps] == [
        ("Skoleudvalget", True, "Anbefalet."),
        ("Byrådet", True, steps[1].text),
    ]
    assert case_history(FakeCollection([]), "99-999999") == []
