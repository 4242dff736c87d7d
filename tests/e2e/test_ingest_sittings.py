"""One meeting given by several files of a folder (its agenda, its minutes, a page with
one more item), in a real embedded index: one meeting, its items combined, the minutes
preferred over the agenda, and ingesting again changes nothing."""

from __future__ import annotations

from pathlib import Path

from ingest.index import ingest_paths
from ingest.itemstore import ItemStore
from ingest.store import open_collection
from referat import schema as k
from referat.config import Config

HEAD = "Stevns Kommune\n{kind}\nØkonomiudvalget\nMødedato: 09-04-2024 kl. 15:00\n"
FILES = {
    "dagsorden.txt": HEAD.format(kind="Dagsorden") + "Punkt 1 Regnskab 2023\n"
    "Sagsfremstilling\nRegnskabet forelægges.\nPunkt 2 Eventuelt\n",
    "referat.txt": HEAD.format(kind="Referat") + "Punkt 1 Regnskab 2023\nSagsfremstilling\n"
    "Regnskabet forelægges.\nBeslutning\nGodkendt.\nPunkt 2 Eventuelt\nBeslutning\nIntet.\n",
    "punkt-3.txt": HEAD.format(kind="Referat") + "Punkt 3 Vejplan 2024\nSagsfremstilling\n"
    "Vejplanen forelægges.\nBeslutning\nAnbefales.\n",
}


def test_one_meeting_over_several_files_is_one_meeting(tmp_path: Path) -> None:
    folder = tmp_path / "mode"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    cfg = Config(data_dir=tmp_path / "idx")
    report = ingest_paths([folder], cfg, progress=False)
    assert not report.failed
    status = {f.path.name: f.status for f in report.files}
    assert status == {"dagsorden.txt": "replaced", "punkt-3.txt": "merged",
                      "referat.txt": "added"}
    (row,) = ItemStore.for_config(cfg).meetings()
    assert row["doc_type"] == "referat" and [p for p, *_ in row["agenda"]] == [1, 2, 3]
    assert len(open_collection(cfg).get(where={k.FILE_COMPLETE: True})["ids"]) == 1

    count = open_collection(cfg).count()
    again = ingest_paths([folder], cfg, progress=False)
    assert again.embedded_chunks == 0 and open_collection(cfg).count() == count
    assert len(ItemStore.for_config(cfg).meetings()) == 1
