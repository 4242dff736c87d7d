"""`referat eval --claims FILE`: fact-checking measured on a claim set (eval/claims.jsonl).

One JSON object per line: `{"id", "claim", "verdict": "bekræftet|afkræftet|ikke_nævnt",
"gold": [{"date", "punkt", optional "municipality", "committee"}], "mutation",
"correct": [strings the output must contain when it contradicts], optional "split"}`.

Figures: verdict accuracy; false-confirmation rate (share of afkræftet and ikke_nævnt
claims judged bekræftet); correction rate (share of afkræftet claims judged afkræftet
whose output contains every `correct` string); citation hit (share of claims with gold
items whose citations name one of them); macro-F1 over the gold verdicts; and accuracy
by mutation kind. `delvist` is never a gold verdict, so it counts as wrong.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from referat.config import Config

VERDICTS = ("bekræftet", "afkræftet", "ikke_nævnt")
DEFAULT = Path(__file__).resolve().parent / "claims.jsonl"


@dataclass
class EvalClaim:
    id: str
    claim: str
    verdict: str
    gold: list[dict[str, Any]] = field(default_factory=list)
    mutation: str = ""
    correct: list[str] = field(default_factory=list)
    split: str = ""


def load_claims(path: Path | None = None, split: str = "all") -> list[EvalClaim]:
    """Read the claim file; a Danish ValueError names the line and field that is wrong."""
    path = path or DEFAULT
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}, linje {n}: ugyldig JSON ({err.msg})") from None
        for key in ("id", "claim", "verdict"):
            if not isinstance(row.get(key), str) or not row[key]:
                raise ValueError(f"{path}, linje {n}: feltet »{key}« mangler")
        if row["verdict"].replace(" ", "_") not in VERDICTS:
            raise ValueError(f"{path}, linje {n}: »verdict« skal være en af "
                             f"{', '.join(VERDICTS)}, ikke »{row['verdict']}«")
        out.append(EvalClaim(row["id"], row["claim"], row["verdict"].replace(" ", "_"),
                             row.get("gold") or [], row.get("mutation", ""),
                             row.get("correct") or [], row.get("split", "")))
    if split != "all":
        out = [c for c in out if c.split == split]
    if not out:
        raise ValueError(f"{path}: ingen påstande" + (f" i delen »{split}«" if split != "all"
                                                       else ""))
    return out


def _norm(verdict: str) -> str:
    return verdict.replace(" ", "_")


def _hit(gold: list[dict[str, Any]], citations: list[dict[str, Any]]) -> bool:
    return any(all(str(c.get(k)) == str(g[k]) for k in ("date", "punkt", "municipality",
                                                            "committee") if k in g)
               for g in gold for c in citations)


def score_results(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The overall figures for scored rows (each: gold fields + `got`, `text`, `citations`)."""
    n = len(rows)
    right = [r for r in rows if r["got"] == r["verdict"]]
    negatives = [r for r in rows if r["verdict"] != "bekræftet"]
    contra = [r for r in rows if r["verdict"] == "afkræftet"]
    cited = [r for r in rows if r["gold"] and r["verdict"] != "ikke_nævnt"]
    f1s = []
    for v in VERDICTS:
        tp = sum(1 for r in rows if r["got"] == v and r["verdict"] == v)
        fp = sum(1 for r in rows if r["got"] == v and r["verdict"] != v)
        fn = sum(1 for r in rows if r["got"] != v and r["verdict"] == v)
        if tp + fp + fn:
            f1s.append(2 * tp / (2 * tp + fp + fn))
    latencies = sorted(r["latency_ms"] for r in rows)
    return {
        "n": n,
        "accuracy": len(right) / n if n else None,
        "false_confirmation_rate": (sum(1 for r in negatives if r["got"] == "bekræftet")
                                    / len(negatives)) if negatives else None,
        "correction_rate": (sum(1 for r in contra if r["got"] == "afkræftet" and all(
            s in r["text"] for s in r["correct"])) / len(contra)) if contra else None,
        "citation_hit": (sum(1 for r in cited if _hit(r["gold"], r["citations"]))
                         / len(cited)) if cited else None,
        "macro_f1": statistics.mean(f1s) if f1s else None,
        "delvist": sum(1 for r in rows if r["got"] == "delvist"),
        "latency_p50_ms": round(latencies[n // 2], 1) if n else None,
        "latency_p95_ms": round(latencies[min(n - 1, int(n * 0.95))], 1) if n else None,
    }


def run_claims(cfg: Config, claims: list[EvalClaim], checker: Any = None,
               progress: bool = True) -> dict[str, Any]:
    """Check every claim (warm) and score: overall, by mutation kind, and `results`."""
    from tqdm import tqdm

    from rag.check import Checker

    checker = checker or Checker(cfg)
    checker.check_one(claims[0].claim)  # warm-up: first-call costs are not latency
    rows = []
    for c in tqdm(claims, desc="faktatjek", unit="påstand", disable=not progress):
        t0 = time.perf_counter()
        result = checker.check_one(c.claim)
        latency = (time.perf_counter() - t0) * 1000
        out = result.to_dict()
        rows.append({"id": c.id, "claim": c.claim, "verdict": c.verdict, "gold": c.gold,
                     "mutation": c.mutation, "correct": c.correct, "split": c.split,
                     "got": _norm(result.verdict), "citations": out["citations"],
                     "text": out["text"], "parts": out["parts"], "latency_ms": latency})
    kinds = sorted({r["mutation"] for r in rows})
    splits = sorted({r["split"] for r in rows if r["split"]})
    return {
        "overall": score_results(rows),
        "by_split": {s: score_results([r for r in rows if r["split"] == s]) for s in splits}
        if len(splits) > 1 else {},
        "by_mutation": {k: score_results([r for r in rows if r["mutation"] == k])
                        for k in kinds},
        "results": [{"id": r["id"], "claim": r["claim"], "gold_verdict": r["verdict"],
                     "verdict": r["got"], "ok": r["got"] == r["verdict"],
                     "mutation": r["mutation"], "split": r["split"],
                     "citations": r["citations"], "parts": r["parts"], "text": r["text"],
                     "latency_ms": round(r["latency_ms"], 1)} for r in rows],
    }


def _fmt(v: Any) -> str:
    return "–" if v is None else (f"{v:.3f}" if isinstance(v, float) and v <= 1 else str(v))


def claims_table(doc: dict[str, Any]) -> str:
    keys = ("n", "accuracy", "false_confirmation_rate", "correction_rate", "citation_hit",
            "macro_f1", "delvist", "latency_p50_ms")
    short = ("n", "acc", "false.conf", "correct", "cit.hit", "macroF1", "delvist", "p50 ms")
    rows = {"alle": doc["overall"], **{f"del: {k}": v for k, v in doc["by_split"].items()},
            **doc["by_mutation"]}
    body = [["", *short]] + [[name, *(_fmt(m.get(k)) for k in keys)] for name, m in rows.items()]
    widths = [max(len(r[i]) for r in body) for i in range(len(body[0]))]
    return "\n".join("  ".join(c.rjust(w) if i else c.ljust(w)
                               for i, (c, w) in enumerate(zip(r, widths, strict=True)))
                     for r in body)


def run_claims_cli(cfg: Config, path: Path | None, json_out: Path | None, split: str = "all",
                   progress: bool = True) -> dict[str, Any]:
    """What `referat eval --claims FILE` does: run, print the table, write --json."""
    import click

    doc = run_claims(cfg, load_claims(path, split), progress=progress)
    click.echo(claims_table(doc))
    wrong = [r for r in doc["results"] if not r["ok"]]
    click.echo(f"\n{len(wrong)} af {len(doc['results'])} påstande fik en forkert dom.")
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
        click.echo(f"JSON skrevet til {json_out}")
    return doc
