"""Benchmarks that print numbers (never timed tests): answer latency, and ingest speed
against the embedder's raw speed on the same chunks.

    python -m eval.bench            # latency over the index in REFERAT_DATA_DIR
    python -m eval.bench --ingest   # also: cold ingest of seeds/ into a temporary index
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from referat.config import Config

from .metrics import percentile

QUESTIONS = [
    "hvad besluttede udvalget om studieturen?",
    "hvor mange ansatte har Caverion i Danmark?",
    "hvem deltog i mødet den 18. marts 2025?",
    "hvad skete der med punkt 12 den 6. februar 2024?",
    "hvor meget er afsat til iværksætterindsatsen i 2023?",
    "hvem blev valgt som midlertidig formand?",
    "hvor blev mødet holdt den 18. marts 2025?",
    "hvad besluttede udvalget om brandingplatformen?",
    "hvor mange borgere får førtidspension i Ballerup?",
    "hvad koster et energitjek?",
    "hvor mange virksomheder flyttede til Ballerup i andet kvartal 2020?",
    "hvad er ledigheden i Ballerup ifølge nøgletallene?",
    "hvad blev besluttet om nytteindsatsen?",
    "hvornår træder røgfri arbejdstid i kraft?",
    "hvor meget koster en ny svømmehal?",
    "hvem præsenterede analysen af virksomheders flytninger?",
]


def bench_latency(cfg: Config, rounds: int = 3) -> None:
    from rag.answer import Answerer

    t0 = time.perf_counter()
    answerer = Answerer(cfg, generator="extractive")
    print(f"load index + models: {(time.perf_counter() - t0) * 1000:.0f} ms")
    answerer.ask(QUESTIONS[0])  # warm-up
    totals: list[float] = []
    stages: dict[str, list[float]] = {}
    for _ in range(rounds):
        for q in QUESTIONS:
            t = time.perf_counter()
            answer = answerer.ask(q)
            totals.append((time.perf_counter() - t) * 1000)
            for k, v in answer.timings.items():
                stages.setdefault(k, []).append(v)
    emb = answerer.retriever.embedder
    q_times = []
    for q in QUESTIONS:
        t = time.perf_counter()
        emb.get_query_embedding(q)
        q_times.append((time.perf_counter() - t) * 1000)
    print(f"answers (warm, extractive): n={len(totals)}  p50 {percentile(totals, 50):.1f} ms  "
          f"p95 {percentile(totals, 95):.1f} ms  max {max(totals):.1f} ms")
    print(f"query embedding alone: p50 {statistics.median(q_times):.1f} ms")
    for k, v in stages.items():
        print(f"  {k:12s} p50 {percentile(v, 50):7.1f}  p95 {percentile(v, 95):7.1f}")


def bench_ingest(seeds: Path) -> None:
    from ingest.chunk import ChunkSettings, meeting_to_nodes
    from ingest.embed import get_embedder
    from ingest.index import expand_paths, ingest_paths
    from ingest.parse import parse_minutes
    from ingest.read import read_text

    with tempfile.TemporaryDirectory() as tmp:
        cfg = Config(data_dir=Path(tmp))
        report = ingest_paths([seeds], cfg, progress=False)
    print(report.summary())
    texts = []
    for path in expand_paths([seeds]):
        meeting = parse_minutes(read_text(path), str(path))
        nodes = meeting_to_nodes(meeting, "x", ChunkSettings(cfg.chunk_tokens, cfg.chunk_overlap))
        texts.extend(n.get_content(metadata_mode="embed") for n in nodes)
    embedder = get_embedder(cfg.embed_model)
    t = time.perf_counter()
    for i in range(0, len(texts), 8):
        embedder.get_text_embedding_batch(texts[i : i + 8])
    raw = time.perf_counter() - t
    print(f"raw embedder on the same {len(texts)} chunks: {raw:.1f} s = "
          f"{len(texts) / raw:.2f} chunks/s")
    print(f"cold ingest: {report.total_seconds:.1f} s = "
          f"{report.embedded_chunks / report.total_seconds:.2f} chunks/s; "
          f"overhead beyond raw embedding: {report.total_seconds - raw:.1f} s "
          f"({(report.total_seconds - raw) / report.total_seconds:.0%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ingest", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    cfg = Config.from_env()
    if args.ingest:
        bench_ingest(Path(__file__).resolve().parent.parent / "seeds")
    from rag.retrieve import IndexEmpty

    try:
        bench_latency(cfg, args.rounds)
    except IndexEmpty as err:
        print(f"latency: {err} (REFERAT_DATA_DIR={cfg.data_dir})")


if __name__ == "__main__":
    main()
