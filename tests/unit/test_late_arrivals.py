"""A member noted absent at the first items only, in minutes that note absence item by
item (FirstAgenda: "Afbud: Bo Lund" under every decision, "Fraværende: Carl Dam" under
punkt 1 alone), came late: "fraværende til og med punkt 1", and asked who was missing
from the meeting, the answer names the apology and, apart, the late arrival."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ingest.formats import read_meetings
from rag.compose.meeting import _body

from .item_context import meeting_info


def _minutes(tmp_path: Path, notes: dict[int, str]) -> Path:
    members = [{"Name": n, "Absent": False} for n in ("Anne Holm", "Bo Lund", "Carl Dam")]
    items = [{"Punktnummer": str(n), "Navn": f"Sag {n}", "SagsNummer": f"24-00{n}",
              "Felter": [{"Html": f"<div><h3>Beslutning</h3><span><p>Godkendt.</p>"
                                  f"{notes.get(n, '')}</span></div>"}]} for n in range(1, 5)]
    path = tmp_path / "byraad.json"
    path.write_text(json.dumps({
        "Udvalg": {"Navn": "Byråd"}, "Moede": {"Dato": "2024-10-02T19:00:00+02:00",
                                               "Sted": "Byrådssalen", "Navn": "Dagsorden",
                                               "Moededeltagere": members},
        "Dagsordenpunkter": items}), encoding="utf-8")
    return path


def _people(path: Path) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.role) for p in read_meetings(path)[0].participants}


def test_absent_at_the_first_item_only_came_late(tmp_path: Path) -> None:
    away = "<p>Afbud: Bo Lund</p>"
    people = _people(_minutes(tmp_path, {1: away + "<p>Fraværende: Carl Dam</p>", 2: away,
                                         3: away, 4: away}))
    assert people["Bo Lund"] == ("afbud", "")
    assert people["Carl Dam"] == ("deltog", "fraværende til og med punkt 1")
    assert people["Anne Holm"] == ("deltog", "")


def test_absence_noted_once_is_not_read_as_a_late_arrival(tmp_path: Path) -> None:
    """Minutes that note absence under the first item only say nothing of the others."""
    people = _people(_minutes(tmp_path, {1: "<p>Fraværende: Carl Dam</p>"}))
    assert people["Carl Dam"] == ("deltog", "")


def test_asked_who_was_missing_the_late_arrival_is_named_apart() -> None:
    meeting = meeting_info(date(2024, 10, 2), ["Anne Holm", "Carl Dam (fraværende til og med "
                                               "punkt 1)"], ["Bo Lund"])
    told = _body(meeting, "absentees", "Byrådet")
    assert told.startswith("Afbud/fravær til mødet i Byrådet den 2. oktober 2024: Bo Lund.")
    assert "Fraværende en del af mødet: Carl Dam (fraværende til og med punkt 1)." in told
    alone = meeting_info(date(2024, 10, 2), ["Carl Dam (fraværende til og med punkt 1)"], [])
    assert "Ingen havde afbud til hele mødet" in _body(alone, "absentees", "Byrådet")
