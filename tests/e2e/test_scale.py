"""Identity and scale, for real (real Chroma, real files): two committees on one day,
moved folders, a 6,000-item file, a running retriever seeing a finished ingest.

Tests that are about storage, not about answers, embed with llama-index's
`MockEmbedding` so they stay fast; the answering test uses the real embedder.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from llama_index.core import MockEmbedding

from ingest.index import ingest_paths
from ingest.itemstore import read_generation
from ingest.store import open_collection, page_ids
from referat.config import Config
from tests.e2e.conftest import run_referat

EBU = "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget"
OTHER = "Social- og Sundhedsudvalget"
IPS_DECISION = "Udvalget besluttede at udvide IPS-indsatsen med to jobkonsulenter fra 1. maj 2025."


@pytest.fixture()
def mock_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = MockEmbedding(embed_dim=384)
    monkeypatch.setattr("ingest.index.get_embedder", lambda name: fake)
    monkeypatch.setattr("rag.retrieve.get_embedder", lambda name: fake)


def _other_committee(seeds_dir: Path, folder: Path, old: str = EBU, new: str = OTHER) -> Path:
    """The 18 March 2025 minutes again, with `old` (the committee, or the municipality)
    replaced by `new` and another IPS decision."""
    text = (seeds_dir / "003_81189f68f9d8b488.txt").read_text("utf-8").replace(old, new)
    start, end = text.index("# Punkt 4: Status på IPS"), text.index("# Punkt 5:")
    item = text[start:end].replace("## **Beslutning**\n\nTaget til efterretning",
                                   f"## **Beslutning**\n\n{IPS_DECISION}")
    assert IPS_DECISION in item
    path = folder / f"{new.split()[0].lower()}-2025-03-18.txt"
    path.write_text(text[:start] + item + text[end:], "utf-8")
    return path


def test_two_committees_same_day_answer_and_cite_their_own_decision(tmp_path, seeds_dir):
    from rag.answer import Answerer

    folder = tmp_path / "minutes"
    folder.mkdir()
    shutil.copy(seeds_dir / "003_81189f68f9d8b488.txt", folder)
    _other_committee(seeds_dir, folder)
    cfg = Config(data_dir=tmp_path / "idx")
    report = ingest_paths([folder], cfg, progress=False)
    assert [f.status for f in report.files] == ["added", "added"]

    listed = json.loads(run_referat(cfg, "meetings", "--json").stdout)
    assert sorted(m["committee"] for m in listed) == sorted([EBU, OTHER])

    answerer = Answerer(cfg, generator="extractive")
    for committee, decision in ((OTHER, IPS_DECISION), (EBU, "Taget til efterretning")):
        answer = answerer.ask(f"Hvad besluttede {committee} om IPS-indsatsen den 18. marts 2025?")
        assert decision in answer.text, answer.text
        assert answer.citations and answer.citations[0].ref.committee == committee
        assert answer.citations[0].ref.punkt == 4
        assert all(c.ref.committee == committee for c in answer.citations)
    assert IPS_DECISION not in answer.text  # EBU's answer never quotes the other decision

    shown = run_referat(cfg, "show", "2025-03-18", "4")
    assert shown.returncode == 2 and EBU in shown.stderr and OTHER in shown.stderr
    shown = run_referat(cfg, "show", "2025-03-18", "4", "--udvalg", "Sundhed")
    assert shown.returncode == 0 and IPS_DECISION in shown.stdout


def test_two_municipalities_are_told_apart_by_question_and_filter(tmp_path, seeds_dir):
    """The same committee name, day and punkt in Ballerup and in Greve: "i Greve" in the
    question, or the municipality filter, picks that municipality's decision, and the
    citation names the municipality."""
    from rag.answer import Answerer
    from referat.domain import Filters

    folder = tmp_path / "minutes"
    folder.mkdir()
    shutil.copy(seeds_dir / "003_81189f68f9d8b488.txt", folder)
    _other_committee(seeds_dir, folder, old="Ballerup", new="Greve")
    cfg = Config(data_dir=tmp_path / "idx")
    ingest_paths([folder], cfg, progress=False)
    listed = json.loads(run_referat(cfg, "meetings", "--json").stdout)
    assert sorted(m["municipality"] for m in listed) == ["Ballerup", "Greve"]

    answerer = Answerer(cfg, generator="extractive")
    for asked, base, town, decision in (
            ("Hvad besluttede udvalget i Greve om IPS-indsatsen?", None, "Greve",
             IPS_DECISION),
            ("Hvad besluttede EBU i Ballerup om IPS-indsatsen?", None, "Ballerup",
             "Taget til efterretning"),
            ("Hvad besluttede udvalget om IPS-indsatsen?", Filters(municipalities=["Greve"]),
             "Greve", IPS_DECISION)):
        answer = answerer.ask(asked, filters=base)
        assert decision in answer.text, (asked, answer.text)
        assert answer.citations and {c.ref.municipality for c in answer.citations} == {town}
        assert answer.citations[0].with_municipality
        assert town in answer.text

    # REFERAT_HOME_MUNICIPALITY: `referat ask` without --kommune asks at home, the chat
    # page's Kommune filter starts on it, and "i Greve" still goes to Greve.
    home = cfg.with_(home_municipality="Greve")
    plain = run_referat(home, "ask", "--json", "Hvad besluttede udvalget om IPS-indsatsen?",
                        env={"REFERAT_HOME_MUNICIPALITY": "Greve"})
    assert IPS_DECISION in json.loads(plain.stdout)["answer"], plain.stderr
    every = run_referat(home, "ask", "--json", "--kommune", "alle",
                        "Hvad besluttede EBU i Ballerup om IPS-indsatsen?",
                        env={"REFERAT_HOME_MUNICIPALITY": "Greve"})
    assert "Taget til efterretning" in json.loads(every.stdout)["answer"], every.stderr
    from ui.app import build_app

    demo = build_app(home, answerer=answerer)
    (dropdown,) = [b for b in demo.blocks.values() if getattr(b, "elem_id", "") == "kommune"]
    assert dropdown.value == ["Greve"]


def test_moved_folder_reingests_nothing_and_prune_drops_only_gone_files(
        tmp_path, small_corpus, mock_embedder):
    cfg = Config(data_dir=tmp_path / "idx", municipality="Ballerup")
    ingest_paths([small_corpus], cfg, progress=False)
    collection = open_collection(cfg)
    ids, generation = sorted(page_ids(collection)), read_generation(cfg.data_dir)

    moved = tmp_path / "elsewhere" / "renamed"
    moved.parent.mkdir()
    shutil.move(str(small_corpus), moved)
    report = ingest_paths([moved], cfg, prune=True, progress=False)
    assert [f.status for f in report.files] == ["unchanged", "unchanged"]
    assert report.embedded_chunks == 0 and report.pruned_nodes == 0
    assert sorted(page_ids(collection)) == ids
    assert read_generation(cfg.data_dir) == generation
    listed = json.loads(run_referat(cfg, "meetings", "--json").stdout)
    assert all(m["source"].startswith(str(moved)) for m in listed)
    assert {m["municipality"] for m in listed} == {"Ballerup"}

    (moved / "003_81189f68f9d8b488.txt").unlink()
    report = ingest_paths([moved], cfg, prune=True, progress=False)
    assert report.pruned_nodes > 0 and report.embedded_chunks == 0
    listed = json.loads(run_referat(cfg, "meetings", "--json").stdout)
    assert [m["date"] for m in listed] == ["2020-09-08"]
    assert read_generation(cfg.data_dir)[0] == generation[0] + 1


def _huge_minutes(items: int) -> str:
    lines = ["# REFERAT Økonomiudvalget d. 05-06-2024", "",
             "**Mødedato** Onsdag d. 5. juni 2024 kl. 16:00", "",
             "**Mødested** Rådhuset", "", "**Mødedeltagere** Anja Holtze (A)", ""]
    for n in range(1, items + 1):
        lines += [f"# Punkt {n}: Ansøgning nr. {n} om tilskud", "", "## **Beslutning**", "",
                  f"Godkendt med et tilskud på {n * 1000} kr.", ""]
    return "\n".join(lines)


def test_a_file_with_6000_items_ingests(tmp_path, mock_embedder):
    path = tmp_path / "stor.txt"
    path.write_text(_huge_minutes(6000), "utf-8")
    cfg = Config(data_dir=tmp_path / "idx")
    report = ingest_paths([path], cfg, progress=False)
    assert not report.failed, report.summary()
    assert report.files[0].items == 6000
    assert report.index_nodes > 6000  # more than one Chroma batch (~5,400) in one file
    shown = run_referat(cfg, "show", "2024-06-05", "5999")
    assert shown.returncode == 0 and "5999000 kr" in shown.stdout


def test_running_retriever_picks_up_a_finished_ingest(tmp_path, small_corpus, mock_embedder):
    from rag.retrieve import Retriever

    cfg = Config(data_dir=tmp_path / "idx")
    ingest_paths([small_corpus / "004_92e4476df07c6aa3.txt"], cfg, progress=False)
    retriever = Retriever(cfg)
    assert retriever.current() is retriever
    assert {m.date.isoformat() for m in retriever.meetings} == {"2020-09-08"}
    ingest_paths([small_corpus], cfg, progress=False)
    fresh = retriever.current()
    assert fresh is not retriever
    assert {m.date.isoformat() for m in fresh.meetings} == {"2020-09-08", "2025-03-18"}
    items, _ = fresh.retrieve("IPS-indsatsen status", mode="bm25")
    assert items and items[0].ref.date.isoformat() == "2025-03-18"
    # the old one still answers from its own generation, whole
    old, _ = retriever.retrieve("IPS-indsatsen status", mode="bm25")
    assert all(i.ref.date.isoformat() == "2020-09-08" for i in old)


def test_bench_scale_builds_from_the_seed_index_and_measures(seed_cfg, tmp_path):
    """`referat bench scale` on a small size: the seeds' own chunks (as ingest reads and
    chunks them) found in the index, replicated, then measured in a new process."""
    out = tmp_path / "scale.json"
    proc = run_referat(seed_cfg, "bench", "scale", "--nodes", "600", "--json", str(out))
    assert proc.returncode == 0, proc.stderr[-2000:]
    (row,) = json.loads(out.read_text(encoding="utf-8"))
    assert {"nodes", "build_s", "load_s", "rss_mb", "p50_ms", "p95_ms"} <= set(row)
    assert row["nodes"] >= 600 and row["p50_ms"] > 0 and row["rss_mb"] > 0
    assert 0 < row["load_s"] <= row["load_max_s"]  # the median of several starts
