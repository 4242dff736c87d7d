"""The extraordinary meeting of two on consecutive days, asked for by its occasion: two
FirstAgenda JSON files in a real embedded index with the real embedder."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ingest.index import ingest_paths
from ingest.store import open_collection
from referat import schema as k
from referat.config import Config

KTM = "Klima-, Teknik- og Miljøudvalget"


def _firstagenda(name: str, day: str, place: str, title: str) -> str:
    html = ("<div><h3>Beslutning</h3><span>Godkendt.</span><h3>Fremstilling</h3>"
            f"<h4>Resume</h4><p>Udvalget behandler {title.lower()}.</p></div>")
    return json.dumps({
        "Udvalg": {"Navn": KTM},
        "Moede": {"Dato": day, "Sted": place, "Navn": name, "Afsluttet": True,
                  "Moededeltagere": [{"Name": "Hans-Jørgen Kirstein", "Absent": False},
                                     {"Name": "Torben Hoffmann", "Absent": False}]},
        "Dagsordenpunkter": [
            {"Punktnummer": "1", "Navn": "Godkendelse af dagsorden", "SagsNummer": "24-001",
             "Bilag": [], "Felter": [{"Navn": "", "Html": html}]},
            {"Punktnummer": "2", "Navn": title, "SagsNummer": "24-002", "Bilag": [],
             "Felter": [{"Navn": "", "Html": html}]}],
    }, ensure_ascii=False)


def test_the_extraordinary_meeting_is_the_one_asked(tmp_path: Path) -> None:
    from rag.answer import Answerer

    folder = tmp_path / "greve"
    folder.mkdir()
    (folder / "ktm_2024-03-13.json").write_text(_firstagenda(
        "Ekstraordinær dagsorden", "2024-03-13T16:20:00+01:00", "Mødelokale 1",
        "Tune Skole, midlertidige bygninger"), encoding="utf-8")
    (folder / "ktm_2024-03-14.json").write_text(_firstagenda(
        "Dagsorden", "2024-03-14T08:00:00+01:00", "Byrådssalen", "Vejplan 2024"),
        encoding="utf-8")
    cfg = Config(data_dir=tmp_path / "idx")
    assert not ingest_paths([folder], cfg, progress=False, municipality="Greve").failed

    answer = Answerer(cfg, generator="extractive").ask("Hvor blev det ekstraordinære møde holdt?")
    assert not answer.declined
    assert "Mødelokale 1" in answer.text and "13. marts 2024" in answer.text, answer.text
    assert answer.text.startswith("Det ekstraordinære møde i Klima-, Teknik- og Miljøudvalget")
    assert answer.citations[0].ref.date.isoformat() == "2024-03-13"

    # ingesting the same files again duplicates nothing
    count = open_collection(cfg).count()
    again = ingest_paths([folder], cfg, progress=False, municipality="Greve")
    assert again.embedded_chunks == 0 and open_collection(cfg).count() == count

    # an index written before meetings knew their occasion still answers (as before)
    with sqlite3.connect(cfg.data_dir / k.ITEM_STORE_FILE) as db:
        db.execute("DROP TABLE occasions")
    answer = Answerer(cfg, generator="extractive").ask("Hvor blev mødet den 14. marts holdt?")
    assert "Byrådssalen" in answer.text, answer.text
