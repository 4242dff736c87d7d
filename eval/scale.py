"""`referat bench scale`: start-up, latency and memory as the archive grows.

A synthetic corpus is built, in a temporary data dir, from the seeds' own chunks: their
real texts and embeddings (read from an existing index, never re-embedded), replicated
under other municipalities, committees and dates, with small Gaussian noise on the
embeddings so the vector index is not degenerate. Sizes are built incrementally (the
10,000-node corpus is the start of the 100,000-node one). For each size a NEW process
loads the index and answers through `Answerer.ask` (the path of `referat ask`):

* `load_s`: process start → first answer (imports, embedder, index), the median of
  `STARTS` new processes (one start alone swings by a second on a shared machine;
  `load_max_s` is the slowest);
* `p50_ms`, `p95_ms`: warm latency over the question set (≥ 50 questions);
* `rss_mb`: the process's resident memory after them;
* `build_s`: time to grow the corpus to this size (Chroma + item store + BM25).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np

from referat import schema as k
from referat.config import Config
from referat.domain import Meeting

from .bench import QUESTIONS
from .metrics import percentile

ROOT = Path(__file__).resolve().parent.parent
NOISE = 0.005  # per dimension, on unit vectors: cosine to the original ≈ 0.995
COMMITTEES_PER_MUNICIPALITY = 12
STARTS = 3


@dataclasses.dataclass
class Seed:
    meeting: Meeting
    nodes: list[Any]  # TextNode, embeddings set
    sha: str


def load_seeds(seed_index: Config, seeds: Path) -> list[Seed]:
    """The seeds parsed and chunked as ingest does, with their embeddings from the index."""
    from ingest.chunk import ChunkSettings, meeting_to_nodes
    from ingest.index import expand_paths, read_file_meetings
    from ingest.store import open_collection

    collection = open_collection(seed_index)
    settings = ChunkSettings(seed_index.chunk_tokens, seed_index.chunk_overlap)
    out = []
    for path in expand_paths([seeds]):
        meeting = read_file_meetings(path, seed_index)[0]
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        nodes = meeting_to_nodes(meeting, sha, settings)
        got = collection.get(ids=[n.node_id for n in nodes], include=["embeddings"]) \
            if collection is not None else {"ids": []}
        vectors = dict(zip(got["ids"], got.get("embeddings", []), strict=True))
        missing = [n.node_id for n in nodes if n.node_id not in vectors]
        if missing:
            raise SystemExit(f"Fejl: indekset i {seed_index.data_dir} mangler {path.name}s "
                             "afsnit; byg det med `referat ingest seeds` først.")
        for n in nodes:
            n.embedding = [float(x) for x in vectors[n.node_id]]
        out.append(Seed(meeting, nodes, sha))
    return out


def replica(seed: Seed, r: int, rng: np.random.Generator) -> tuple[str, Meeting, list[Any]]:
    """Copy `r` of a seed meeting: another municipality, committee and date (r=0: itself)."""
    from llama_index.core.schema import TextNode

    from ingest.chunk import meeting_key, node_id

    m = seed.meeting
    if r:
        m = dataclasses.replace(
            m, municipality=f"Syntetisk Kommune {r // COMMITTEES_PER_MUNICIPALITY + 1}",
            committee=f"{m.committee} {r % COMMITTEES_PER_MUNICIPALITY + 1}",
            date=m.date - timedelta(days=7 * (r // COMMITTEES_PER_MUNICIPALITY)))
    key = meeting_key(m)
    base = {k.MUNICIPALITY: m.municipality, k.COMMITTEE: m.committee,
            k.MEETING_DATE: m.date.isoformat(), k.MEETING_DATE_INT: int(m.date.strftime("%Y%m%d")),
            k.MEETING_KEY: key}
    vectors = np.asarray([n.embedding for n in seed.nodes], dtype=np.float32)
    if r:
        vectors = vectors + rng.normal(0, NOISE, vectors.shape).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    nodes = []
    for n, v in zip(seed.nodes, vectors, strict=True):
        meta = {**n.metadata, **base}
        node = TextNode(id_=node_id(key, meta[k.PUNKT], meta[k.SECTION], meta[k.PART]),
                        text=n.text, metadata=meta, embedding=v.tolist())
        node.excluded_embed_metadata_keys = list(meta)
        node.excluded_llm_metadata_keys = list(meta)
        nodes.append(node)
    return key, m, nodes


def grow(cfg: Config, seeds: list[Seed], start: int, target: int,
         rng: np.random.Generator) -> int:
    """Add replicas until the index holds about `target` nodes; returns the next replica."""
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from ingest import lexical
    from ingest.itemstore import ItemStore
    from ingest.store import add_batched, chroma_client, max_batch, open_collection

    client = chroma_client(cfg)
    collection = open_collection(cfg, create=True, client=client)
    vector_store = ChromaVectorStore(chroma_collection=collection)
    batch = max_batch(client)
    store = ItemStore.for_config(cfg)
    count = store.count_chunks()
    r = start
    pending: list[Any] = []
    while count < target:
        for seed in seeds:
            key, meeting, nodes = replica(seed, r, rng)
            pending.extend(nodes)
            store.put_meeting(key, meeting, seed.sha, nodes)
            count += len(nodes)
        r += 1
        if len(pending) >= batch or count >= target:
            add_batched(vector_store, pending, batch)
            pending = []
    lexical.build(store, cfg.data_dir)
    store.close()
    return r


def questions(municipalities: int) -> list[str]:
    """The latency questions, plain and scoped to a municipality, a year or a committee."""
    out = list(QUESTIONS)
    for i, q in enumerate(QUESTIONS):
        muni = f"Syntetisk Kommune {i % max(1, municipalities) + 1}"
        out.append(q.rstrip("?") + f" i {muni}?")
        out.append(q.rstrip("?") + " i 2023?")
        out.append(q.rstrip("?") + " i Erhvervs-, Beskæftigelses- og Uddannelsesudvalget?")
    return out


def probe(cfg: Config, n_municipalities: int, first_only: bool = False) -> dict[str, Any]:
    """Run in the child: first answer, then the warm question set; numbers as a dict."""
    from rag.answer import Answerer

    answerer = Answerer(cfg, generator="extractive")
    answerer.ask(QUESTIONS[0])
    first = time.time()
    if first_only:
        return {"first_answer_at": first}
    times: list[float] = []
    stages: dict[str, list[float]] = {}
    slow: list[tuple[float, str]] = []
    for q in questions(n_municipalities):
        t = time.perf_counter()
        answer = answerer.ask(q)
        times.append((time.perf_counter() - t) * 1000)
        slow.append((times[-1], q))
        for name, ms in answer.timings.items():
            stages.setdefault(name, []).append(ms)
    rss = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
    return {"first_answer_at": first, "p50_ms": percentile(times, 50),
            "p95_ms": percentile(times, 95), "rss_mb": rss, "questions": len(times),
            "stages": {name: [round(percentile(v, 50), 1), round(percentile(v, 95), 1)]
                       for name, v in stages.items()},
            "slowest": [[round(ms), q] for ms, q in sorted(slow, reverse=True)[:5]]}


def measure(cfg: Config, n_municipalities: int, starts: int = STARTS) -> dict[str, Any]:
    """Start new processes on `cfg`'s index and read their numbers: `starts` - 1 that
    only answer the first question, then one that goes on through the question set."""
    env = dict(os.environ, REFERAT_DATA_DIR=str(cfg.data_dir),
               REFERAT_COLLECTION=cfg.collection, PYTHONPATH=str(ROOT))
    # The embedder's threads are the product's default (all cores: 19 ms per query
    # embedding on 2 idle cores, 36 ms with one); on a machine shared with other work
    # one thread is faster: set OMP_NUM_THREADS=1 for the bench and the chat alike.
    if cfg.chroma_host:
        env.update(REFERAT_CHROMA_HOST=cfg.chroma_host, REFERAT_CHROMA_PORT=str(cfg.chroma_port))
    loads = []
    for i in range(max(1, starts)):
        args = [str(n_municipalities)] + (["first"] if i < starts - 1 else [])
        t0 = time.time()
        done = subprocess.run([sys.executable, "-m", "eval.scale", *args],
                              env=env, capture_output=True, text=True, check=False)
        if done.returncode:
            raise RuntimeError(f"probe failed: {done.stderr[-2000:]}")
        got = json.loads(done.stdout.strip().splitlines()[-1])
        loads.append(got.pop("first_answer_at") - t0)
    got["load_s"], got["load_max_s"] = percentile(loads, 50), max(loads)
    return got


def bench_scale(sizes: list[int], seed_index: Config, json_out: Path | None = None,
                chroma_host: str | None = None, seeds: Path = ROOT / "seeds",
                keep: Path | None = None) -> list[dict]:
    """Build and measure each size in turn; print a table; write JSON when asked.
    `keep`: build in this (new) directory and leave it for inspection."""
    from ingest.store import store_errors

    rng = np.random.default_rng(11)
    seed_list = load_seeds(seed_index, seeds)
    rows = []
    if keep:
        keep.mkdir(parents=True)
    with (contextlib.nullcontext(str(keep)) if keep
          else tempfile.TemporaryDirectory(prefix="referat-scale-")) as tmp:
        cfg = seed_index.with_(data_dir=Path(tmp), chroma_host=chroma_host,
                               collection=f"scale_{os.getpid()}")
        r = 0
        for size in sorted(sizes):
            t = time.perf_counter()
            with store_errors(cfg):  # a failure names this run's server, not the default
                r = grow(cfg, seed_list, r, size, rng)
            build_s = time.perf_counter() - t
            from ingest.itemstore import ItemStore

            nodes = ItemStore.for_config(cfg).count_chunks()
            got = measure(cfg, max(1, r // COMMITTEES_PER_MUNICIPALITY))
            row = {"nodes": nodes, "build_s": round(build_s, 1), "load_s": round(got["load_s"], 2),
                   "load_max_s": round(got["load_max_s"], 2),
                   "rss_mb": round(got["rss_mb"]), "p50_ms": round(got["p50_ms"], 1),
                   "p95_ms": round(got["p95_ms"], 1), "questions": got["questions"],
                   "stages_p50_p95_ms": got["stages"], "slowest_ms": got["slowest"]}
            rows.append(row)
            print(f"{row['nodes']:>9,} nodes  build {row['build_s']:>7.1f} s  "
                  f"load {row['load_s']:>5.2f} s (max {row['load_max_s']:.2f})  "
                  f"RSS {row['rss_mb']:>5} MB  "
                  f"p50 {row['p50_ms']:>6.1f} ms  p95 {row['p95_ms']:>6.1f} ms", flush=True)
            if json_out:
                json_out.write_text(json.dumps(rows, indent=2) + "\n", "utf-8")
        if chroma_host and not keep:
            from ingest.store import drop_collection

            drop_collection(cfg)
    return rows


if __name__ == "__main__":
    print(json.dumps(probe(Config.from_env(), int(sys.argv[1]), sys.argv[2:] == ["first"])))
