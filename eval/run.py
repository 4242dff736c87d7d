"""`referat eval`: run a question file through the pipeline and score it.

Only `rag`'s public API is used (`Answerer`, `Retriever`), so what is measured is exactly
what `referat ask` and the chat do.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from referat.config import Config

from .metrics import METRICS, QuestionResult, passed, score, score_by_type
from .questions import SPLITS, EvalQuestion, load_questions

MODES = ("hybrid", "bm25", "dense")
THRESHOLDS = (0.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)


def run_eval(
    cfg: Config,
    questions: list[EvalQuestion],
    mode: str = "hybrid",
    generator: str = "extractive",
    progress: bool = True,
    answerer: Any = None,
    label: str = "",
    filters: Any = None,
) -> list[QuestionResult]:
    """Ask every question once (warm) and record what came back."""
    from tqdm import tqdm

    from rag.answer import Answerer

    if generator == "llm" and not cfg.llm_base_url:
        raise ValueError("--generator llm kræver REFERAT_LLM_BASE_URL (og REFERAT_LLM_MODEL)")
    answerer = answerer or Answerer(cfg, generator=generator)
    # warm-up: first-call costs are not latency
    answerer.ask(questions[0].question, mode=mode, filters=filters)
    results = []
    for q in tqdm(questions, desc=label or f"eval {mode}", unit="spm", disable=not progress):
        t0 = time.perf_counter()
        a = answerer.ask(q.question, mode=mode, filters=filters)
        latency = (time.perf_counter() - t0) * 1000
        results.append(QuestionResult(
            q=q,
            answer=a.text,
            declined=a.declined,
            retrieved=[r.ref for r in a.retrieved],
            cited=[c.ref for c in a.citations],
            latency_ms=latency,
            confidence=a.confidence,
            citations=[c.to_dict() for c in a.citations],
            retrieved_labels=[r.to_dict() for r in a.retrieved],
            scored=a.scored,
            kind=a.kind,
            features=a.features,
            candidate_features=a.candidate_features,
        ))
    return results


def by_split(results: list[QuestionResult]) -> dict[str, dict[str, Any]]:
    """{"dev": {"overall", "by_type"}, "test": {…}} for the splits present."""
    out = {}
    for split in SPLITS:
        rs = [r for r in results if r.q.split == split]
        if rs:
            out[split] = {"overall": score(rs), "by_type": score_by_type(rs)}
    return out


def to_json(results: list[QuestionResult]) -> dict[str, Any]:
    """The `--json` document: overall, by_type, by_split, per_question (tools read it)."""
    return {
        "overall": score(results),
        "by_type": score_by_type(results),
        "by_split": by_split(results),
        "per_question": [r.to_dict() for r in results],
    }


def split_rows(doc: dict[str, Any], label: str) -> dict[str, dict[str, Any]]:
    """Table rows: all questions, then each split and its types."""
    rows = {f"alle ({label})": doc["overall"]}
    for split, part in doc["by_split"].items():
        rows[split] = part["overall"]
        rows.update({f"  {split}/{t}": m for t, m in part["by_type"].items()})
    if not doc["by_split"]:
        rows.update(doc["by_type"])
    return rows


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    return f"{v:.3f}" if isinstance(v, float) and v <= 1.0 else f"{v}"


def table(rows: dict[str, dict[str, Any]], keys: tuple[str, ...] = ("n", *METRICS)) -> str:
    """A plain-text table: one row per run/type, one column per metric."""
    short = {"recall_at_1": "R@1", "recall_at_5": "R@5", "fact_coverage": "facts",
             "citation_precision": "cit.prec", "citation_hit": "cit.hit",
             "abstention_accuracy": "abstain", "false_refusal_rate": "false.ref",
             "latency_p50_ms": "p50 ms", "latency_p95_ms": "p95 ms"}
    head = ["", *(short.get(k, k) for k in keys)]
    body = [[name, *(_fmt(m.get(k)) for k in keys)] for name, m in rows.items()]
    widths = [max(len(str(r[i])) for r in [head, *body]) for i in range(len(head))]
    lines = ["  ".join(str(c).rjust(w) if i else str(c).ljust(w)
                       for i, (c, w) in enumerate(zip(r, widths, strict=True)))
             for r in [head, *body]]
    return "\n".join(lines)


def calibrate(cfg: Config, questions: list[EvalQuestion], progress: bool,
              answerer: Any, filters: Any = None) -> list[dict[str, Any]]:
    """Abstention threshold sweep: wrong answers vs false refusals per threshold."""
    from rag.answer import Answerer

    rows = []
    for t in THRESHOLDS:
        a = Answerer(cfg.with_(min_confidence=t), retriever=answerer.retriever,
                     generator="extractive")
        a.threshold = t  # over the calibrated probability when there is a calibration
        m = score(run_eval(cfg, questions, answerer=a, progress=progress,
                           label=f"tærskel {t:.2f}", filters=filters))
        rows.append({"threshold": t, **{k: m[k] for k in (
            "fact_coverage", "abstention_accuracy", "false_refusal_rate",
            "citation_precision")}})
    return rows


def run_cli(
    cfg: Config,
    questions_path: Path | None,
    json_out: Path | None,
    report_dir: Path | None,
    retriever: str = "hybrid",
    generator: str = "extractive",
    progress: bool = True,
    split: str = "all",
    scope: tuple[str | None, str | None] = (None, None),
) -> dict[str, Any]:
    """What `referat eval` does: run, print the table, write --json and --report.
    `scope` (--kommune, --udvalg) asks every question with those filters set, as a user
    who has chosen them on the chat page."""
    import click

    from rag.answer import Answerer

    questions = load_questions(questions_path, split)
    answerer = Answerer(cfg, generator=generator)
    filters = answerer.retriever.names.filters(*scope, home=cfg.home_municipality)
    results = run_eval(cfg, questions, retriever, generator, progress, answerer,
                       filters=filters)
    doc = to_json(results)
    if filters is not None:
        doc["scope"] = {"kommune": scope[0], "udvalg": scope[1],
                        "municipalities": filters.municipalities,
                        "committees": filters.committees}
    click.echo(table(split_rows(doc, retriever)))
    failed = [r for r in results if not passed(r)]
    how = (f"kalibreret sikkerhed, tærskel {answerer.threshold:.2f}" if answerer.calibrator
           else f"tærskel REFERAT_MIN_CONFIDENCE={cfg.min_confidence}")
    click.echo(f"\n{len(failed)} af {len(results)} spørgsmål fejlede ({how}).")
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
        click.echo(f"JSON skrevet til {json_out}")
    if report_dir:
        from .report import write_report

        runs = {retriever: results}
        for mode in MODES:
            if mode not in runs:
                runs[mode] = run_eval(cfg, questions, mode, generator, progress, answerer,
                                      filters=filters)
        sweep = (calibrate(cfg, questions, progress, answerer, filters)
                 if generator == "extractive" else [])
        path = write_report(report_dir, runs, sweep, cfg, questions_path)
        click.echo(f"Rapport skrevet til {path}")
    return doc
