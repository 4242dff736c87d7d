"""What `referat ingest` plans to write (no model, no Chroma: the item store only): every
meeting of a file holding two, unchanged files known again after a move, and a file that
cannot be read this time keeps what was indexed from it."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from ingest.chunk import ChunkSettings
from ingest.index import IngestReport, _no_longer_found, _plan
from ingest.itemstore import ItemStore

CFG = SimpleNamespace(municipality=None)


def _meeting(committee: str, time: str) -> str:
    return (f"Stevns Kommune\nReferat\n{committee}\nMødedato: 09-04-2024 kl. {time}\n"
            "Punkt 1 Regnskab 2023\nBeslutning\nGodkendt.\n"
            "Punkt 2 Eventuelt\nBeslutning\nIntet.\n")


def _run(store: ItemStore, *paths: Path):
    report = IngestReport()
    plans, given, known = _plan(paths, CFG, store, report, ChunkSettings(), None)
    for plan in plans:  # what ingest writes once the chunks are in Chroma
        store.put_meeting(plan.key, plan.meeting, plan.sha, plan.nodes, known.stamp,
                          keep_chunks=plan.keep)
    for key in _no_longer_found(known):  # what ingest drops once they are written
        store.delete_meeting(key)
    return report, plans, given


def test_every_meeting_of_a_file_is_stored_and_known_again_after_a_move(tmp_path):
    store = ItemStore(tmp_path / "items.sqlite")
    folder = tmp_path / "referater"
    folder.mkdir()
    day = folder / "dagen.txt"
    day.write_text(_meeting("Økonomiudvalget", "15:00") + _meeting("Byrådet", "18:00"),
                   encoding="utf-8")
    report, plans, given = _run(store, folder)
    assert [(f.status, f.meeting.split(", ")[-1]) for f in report.files] == [
        ("added", "Økonomiudvalget (referat)"), ("added", "Byrådet (referat)")]
    assert len(given) == 2 and {p.key for p in plans} == given

    moved = tmp_path / "flyttet"
    folder.rename(moved)
    report, plans, again = _run(store, moved)
    assert not plans and again == given
    assert [f.status for f in report.files] == ["unchanged", "unchanged"]
    sources = sorted(m["source"] for m in store.meetings(details=False))
    assert sources == [str((moved / "dagen.txt").resolve()),
                       str((moved / "dagen.txt").resolve()) + "#1"]


def test_a_file_that_cannot_be_read_this_time_keeps_its_meeting(tmp_path):
    store = ItemStore(tmp_path / "items.sqlite")
    path = tmp_path / "referat.txt"
    path.write_text(_meeting("Økonomiudvalget", "15:00"), encoding="utf-8")
    _, _, given = _run(store, path)
    path.write_text("Stevns Kommune\nReferat\n", encoding="utf-8")  # damaged, no items
    report, plans, kept = _run(store, path)
    assert not plans and kept == given  # `--prune` drops nothing
    (result,) = report.files
    assert result.status == "skipped" and result.reason.endswith("det tidligere indlæste beholdes")


def test_a_file_read_by_older_code_is_read_again_and_kept_when_its_chunks_are_the_same(
        tmp_path, monkeypatch):
    store = ItemStore(tmp_path / "items.sqlite")
    path = tmp_path / "referat.txt"
    path.write_text(_meeting("Økonomiudvalget", "15:00"), encoding="utf-8")
    _run(store, path)
    monkeypatch.setattr("ingest.index.parser_stamp", lambda settings: "newer")
    report, plans, _ = _run(store, path)
    assert [(p.keep, f.status, f.reread) for p, f in zip(plans, report.files, strict=True)] \
        == [(True, "unchanged", True)]
    assert set(store.parse_stamps().values()) == {"newer"}
    report, plans, _ = _run(store, path)  # stamped now: not read again
    assert not plans and [f.reread for f in report.files] == [False]
