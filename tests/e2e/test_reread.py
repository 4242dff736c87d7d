"""A newer version of the reading code reaches an index built by an older one, without
`--rebuild`: real Chroma, the real embedder. The "newer code" is simulated by another
parser stamp and a reading that finds one more fact (or another committee name)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ingest import index
from ingest.index import ingest_paths
from ingest.itemstore import ItemStore
from ingest.store import open_collection
from referat.config import Config
from referat.domain import Meeting

from .test_ingest import _assert_consistent, _ids_by_file


def _minutes(committee: str, day: str, decision: str) -> str:
    return (f"Stevns Kommune\nReferat\n{committee}\nMødedato: {day} kl. 15:00\n"
            "Punkt 1 Regnskab 2023\nSagsfremstilling\nRegnskabet viser et overskud på "
            f"4,2 mio. kr.\nBeslutning\n{decision}\nPunkt 2 Eventuelt\nBeslutning\nIntet.\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "referater"
    folder.mkdir()
    (folder / "oeu.txt").write_text(
        _minutes("Økonomiudvalget", "09-04-2024", "Godkendt."), encoding="utf-8")
    (folder / "tmu.txt").write_text(
        _minutes("Teknik- og Miljøudvalget", "10-04-2024", "Anbefales."), encoding="utf-8")
    return folder


def _newer_reader(monkeypatch: pytest.MonkeyPatch, change: Callable[[Meeting], None]) -> None:
    """Another stamp, and a reading that changes the Økonomiudvalg's meeting."""
    read = index.read_meetings

    def read_better(path: Path, municipality: str | None = None) -> list[Meeting]:
        meetings = read(path, municipality)
        for meeting in meetings:
            if meeting.committee == "Økonomiudvalget":
                change(meeting)
        return meetings

    monkeypatch.setattr(index, "parser_stamp", lambda settings: "newer")
    monkeypatch.setattr(index, "read_meetings", read_better)


def _decided(meeting: Meeting) -> None:
    meeting.items[0].sections[-1].text = "Godkendt med den bemærkning, at overskuddet bruges."


def test_known_files_are_read_again_and_only_what_changed_is_embedded(
        tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = Config(data_dir=tmp_path / "idx")
    ingest_paths([folder], cfg, progress=False)
    before = _ids_by_file(cfg)

    _newer_reader(monkeypatch, _decided)
    report = ingest_paths([folder], cfg, progress=False)
    assert {f.path.name: (f.status, f.reread) for f in report.files} == {
        "oeu.txt": ("updated", True), "tmu.txt": ("unchanged", True)}
    assert "Læst igen af en nyere version af Referat: 2 møder, 1 med ændrede afsnit" \
        in report.summary()
    # Only the changed meeting is embedded again; the other keeps its chunks.
    assert 0 < report.embedded_chunks <= len(before["oeu.txt"])
    assert _ids_by_file(cfg)["tmu.txt"] == before["tmu.txt"]
    docs = open_collection(cfg).get(include=["documents"])["documents"]
    assert any("overskuddet bruges" in d for d in docs)
    _assert_consistent(cfg, ["oeu.txt", "tmu.txt"])

    again = ingest_paths([folder], cfg, progress=False)  # same code: nothing to read
    assert again.embedded_chunks == 0
    assert [(f.status, f.reread) for f in again.files] == [("unchanged", False)] * 2


def test_a_meeting_read_under_another_name_replaces_the_old_one(
        tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = Config(data_dir=tmp_path / "idx")
    ingest_paths([folder], cfg, progress=False)

    def renamed(meeting: Meeting) -> None:
        meeting.committee = "Økonomiudvalget (ekstraordinært møde)"

    _newer_reader(monkeypatch, renamed)
    report = ingest_paths([folder], cfg, progress=False)
    assert report.replaced_nodes > 0
    committees = sorted(m["committee"] for m in ItemStore.for_config(cfg).meetings())
    assert committees == ["Teknik- og Miljøudvalget", "Økonomiudvalget (ekstraordinært møde)"]
    _assert_consistent(cfg, ["oeu.txt", "tmu.txt"])
