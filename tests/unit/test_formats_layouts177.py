"""Round 177: one meeting spread over several files (agenda and minutes, an index page
and one page per item, a copy). Pure combining (`ingest.sittings`) and what ingest
plans for such a folder (the item store only: no Chroma, no model)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

from ingest.chunk import ChunkSettings
from ingest.index import IngestReport, _no_longer_found, _plan
from ingest.itemstore import ItemStore
from ingest.sittings import DUPLICATE, MERGED, REPLACED, combine
from referat.domain import AgendaItem, Meeting, Participant, Section

CFG = SimpleNamespace(municipality=None)
HEAD = "Stevns Kommune\n{kind}\nØkonomiudvalget\nMødedato: 09-04-2024 kl. 15:00\n"
AGENDA = (HEAD.format(kind="Dagsorden") + "Punkt 1 Regnskab 2023\nSagsfremstilling\n"
          "Regnskabet forelægges.\nPunkt 2 Eventuelt\n")
MINUTES = (HEAD.format(kind="Referat") + "Punkt 1 Regnskab 2023\nSagsfremstilling\n"
           "Regnskabet forelægges.\nBeslutning\nGodkendt.\nPunkt 2 Eventuelt\n"
           "Beslutning\nIntet.\n")
PAGE = (HEAD.format(kind="Referat") + "Punkt 3 Vejplan 2024\nSagsfremstilling\n"
        "Vejplanen forelægges.\nBeslutning\nAnbefales.\n")


def _item(number: int, text: str = "") -> AgendaItem:
    return AgendaItem(number, f"Punkt {number}",
                      sections=[Section("Beslutning", text)] if text else [])


def _meeting(*items: AgendaItem, kind: str = "referat", people: bool = False) -> Meeting:
    return Meeting("Økonomiudvalget", date(2024, 4, 9), list(items), doc_type=kind,
                   participants=[Participant("Bo Holm")] if people else [])


def test_item_pages_and_an_index_page_combine_into_one_meeting():
    index = _meeting(_item(1), _item(2), AgendaItem(3, "Lukket", closed=True),
                     kind="dagsorden", people=True)
    best, meeting, parts = combine([index, _meeting(_item(1, "Godkendt.")),
                                    _meeting(_item(2, "Anbefales."))])
    assert best == 1 and parts == [MERGED, "base", MERGED]
    assert [(i.number, i.decision) for i in meeting.items] == [
        (1, "Godkendt."), (2, "Anbefales."), (3, "")]
    assert meeting.doc_type == "referat" and meeting.items[2].closed
    assert [p.name for p in meeting.participants] == ["Bo Holm"]


def test_minutes_replace_their_agenda_and_a_copy_is_a_duplicate():
    agenda = _meeting(_item(1), _item(2), kind="dagsorden")
    minutes = _meeting(_item(1, "Godkendt."), _item(2, "Intet."))
    best, meeting, parts = combine([agenda, minutes, minutes])
    assert best == 1 and meeting is minutes and parts == [REPLACED, "base", DUPLICATE]


def _run(store: ItemStore, *paths: Path):
    report = IngestReport()
    plans, _, known = _plan(paths, CFG, store, report, ChunkSettings(), None)
    for plan in plans:
        store.put_meeting(plan.key, plan.meeting, plan.sha, plan.nodes, known.stamp,
                          keep_chunks=plan.keep)
    for key in _no_longer_found(known):
        store.delete_meeting(key)
    return report, plans


def test_a_folder_of_one_meeting_is_stored_once_and_again_changes_nothing(tmp_path):
    store = ItemStore(tmp_path / "items.sqlite")
    folder = tmp_path / "mode"
    folder.mkdir()
    for name, text in (("dagsorden.txt", AGENDA), ("referat.txt", MINUTES),
                       ("punkt-3.txt", PAGE)):
        (folder / name).write_text(text, encoding="utf-8")
    report, _ = _run(store, folder)
    status = {f.path.name: (f.status, f.reason) for f in report.files}
    assert status["referat.txt"][0] == "added"
    assert status["dagsorden.txt"][0] == "replaced"
    assert status["punkt-3.txt"][0] == "merged" and "lagt sammen" in status["punkt-3.txt"][1]
    assert "Møder: 1 " in report.summary() and "Sprunget over" not in report.summary()
    (row,) = store.meetings()
    assert row["doc_type"] == "referat" and [p for p, *_ in row["agenda"]] == [1, 2, 3]
    report, plans = _run(store, folder)
    assert all(p.keep for p in plans)
    assert {f.path.name: f.status for f in report.files}["referat.txt"] == "unchanged"
    assert len(store.meetings()) == 1


def test_minutes_after_their_agenda_replace_it_and_an_agenda_after_minutes_is_not_kept(
        tmp_path):
    store = ItemStore(tmp_path / "items.sqlite")
    agenda, minutes = tmp_path / "dagsorden.txt", tmp_path / "referat.txt"
    agenda.write_text(AGENDA, encoding="utf-8")
    minutes.write_text(MINUTES, encoding="utf-8")
    _run(store, agenda)
    _run(store, minutes)
    assert [m["doc_type"] for m in store.meetings()] == ["referat"]
    report, plans = _run(store, agenda)
    assert not plans and [f.status for f in report.files] == ["replaced"]
    assert [m["doc_type"] for m in store.meetings()] == ["referat"]
