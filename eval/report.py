"""`referat eval --report DIR`: report.md with tables, PNG charts and the failures.

Charts (matplotlib, no display needed): the answer and retrieval metrics for hybrid vs
BM25-only vs dense-only side by side, the latency distribution, and the abstention
threshold trade-off (wrong answers vs false refusals).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from referat.config import Config

from .metrics import QuestionResult, passed, score, score_by_type

COMPARED = ("recall_at_1", "recall_at_5", "mrr", "fact_coverage", "citation_precision",
            "citation_hit", "abstention_accuracy", "false_refusal_rate")


def _plot_modes(scores: dict[str, dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    modes = list(scores)
    width = 0.8 / len(modes)
    fig, ax = plt.subplots(figsize=(11, 4.6))
    for k, mode in enumerate(modes):
        values = [scores[mode].get(m) or 0.0 for m in COMPARED]
        bars = ax.bar([i + k * width for i in range(len(COMPARED))], values, width, label=mode)
        ax.bar_label(bars, fmt="%.2f", fontsize=7, padding=1)
    ax.set_xticks([i + width * (len(modes) - 1) / 2 for i in range(len(COMPARED))])
    ax.set_xticklabels([m.replace("_", "\n") for m in COMPARED], fontsize=8)
    ax.set_ylim(0, 1.12)
    ax.set_title("Hybrid vs BM25 vs dense (same answerer, same questions)")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), fontsize=8, ncols=len(modes))
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_latency(results: dict[str, list[QuestionResult]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.6))
    for mode, rs in results.items():
        ax.hist([r.latency_ms for r in rs], bins=25, alpha=0.55, label=mode)
    ax.set_xlabel("ms per question (warm, extractive)")
    ax.set_ylabel("questions")
    ax.set_title("Answer latency")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_sweep(sweep: list[dict[str, Any]], current: float, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [row["threshold"] for row in sweep]
    fig, ax = plt.subplots(figsize=(7, 3.6))
    ax.plot(xs, [1 - (row["abstention_accuracy"] or 0) for row in sweep], "o-",
            label="unanswerable but answered (1 − abstention_accuracy)")
    ax.plot(xs, [row["false_refusal_rate"] or 0 for row in sweep], "s-",
            label="answerable but declined (false_refusal_rate)")
    ax.plot(xs, [row["fact_coverage"] or 0 for row in sweep], "^-", label="fact_coverage")
    ax.axvline(current, color="grey", linestyle="--", linewidth=1)
    ax.text(current, 1.02, f" REFERAT_MIN_CONFIDENCE={current}", fontsize=7)
    ax.set_xlabel("abstention threshold")
    ax.set_ylim(0, 1.08)
    ax.legend(fontsize=7, loc="center left")
    ax.set_title("Abstention threshold trade-off")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_reliability(results: list[QuestionResult], path: Path) -> int:
    """Reliability of the answer confidence on the test split: mean predicted probability
    vs the observed share of questions whose scored item is gold, per bin. Returns n."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from rag.calibration import reliability

    scored = [r for r in results if r.q.split == "test" and r.confidence is not None
              and r.scored is not None]
    bins = reliability([r.confidence or 0.0 for r in scored],
                       [int(r.scored_right) for r in scored])
    fig, ax = plt.subplots(figsize=(5, 4.2))
    ax.plot([0, 1], [0, 1], "--", color="grey", linewidth=1, label="perfectly calibrated")
    if bins:
        xs, ys, ns = zip(*bins, strict=True)
        ax.plot(xs, ys, "o-", label="test split")
        for x, y, n in bins:
            ax.annotate(str(n), (x, y), textcoords="offset points", xytext=(4, -10), fontsize=7)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.05)
    ax.set_xlabel("predicted confidence")
    ax.set_ylabel("share whose best item is gold")
    ax.set_title(f"Reliability on test ({len(scored)} questions)")
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return len(scored)


def _split_rows(results: list[QuestionResult]) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for split in ("dev", "test"):
        rs = [r for r in results if r.q.split == split]
        if rs:
            rows[split] = score(rs)
            rows.update({f"{split} / {t}": m for t, m in score_by_type(rs).items()})
    return rows


def _md_table(rows: dict[str, dict[str, Any]], keys: tuple[str, ...]) -> str:
    def cell(v: Any) -> str:
        if v is None:
            return "–"
        return f"{v:.3f}" if isinstance(v, float) and v <= 1 else str(v)

    lines = ["| | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    lines += [f"| {name} | " + " | ".join(cell(m.get(k)) for k in keys) + " |"
              for name, m in rows.items()]
    return "\n".join(lines)


def _failure(r: QuestionResult) -> str:
    why = []
    if r.q.answerable:
        if r.declined:
            why.append("declined (confidence "
                       f"{r.confidence if r.confidence is not None else 'n/a'})")
        if r.gold_rank is None:
            why.append("no gold item retrieved")
        elif r.gold_rank > 1:
            why.append(f"gold item at rank {r.gold_rank}")
        if r.q.must_include and not r.facts_ok and not r.declined:
            missing = [g[0] for g in r.q.must_include
                       if not any(a.lower() in r.answer.lower() for a in g)]
            why.append("missing facts: " + ", ".join(repr(m) for m in missing))
        if not r.declined and not any(map(r.q.is_gold, r.cited)):
            why.append("cites no gold item")
    else:
        why.append(f"answered an unanswerable question (confidence {r.confidence})")
    gold = ", ".join(f"{g.date.isoformat()} punkt {g.punkt or '–'}" for g in r.q.gold) or "–"
    answer = " ".join(r.answer.split())[:400]
    return (f"- **{r.q.id}** ({r.q.type}) {r.q.question}\n"
            f"  - why: {'; '.join(why)}\n  - gold: {gold}; expected: {r.q.answer}\n"
            f"  - answered: {answer}")


def write_report(
    out_dir: Path,
    runs: dict[str, list[QuestionResult]],
    sweep: list[dict[str, Any]],
    cfg: Config,
    questions_path: Path | None,
) -> Path:
    """Write report.md and its PNGs into `out_dir`; return the report's path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    scores = {mode: score(rs) for mode, rs in runs.items()}
    _plot_modes(scores, out_dir / "modes.png")
    _plot_latency(runs, out_dir / "latency.png")
    main_mode = next(iter(runs))
    main = runs[main_mode]
    keys = ("n", *COMPARED, "latency_p50_ms", "latency_p95_ms")
    parts = [
        "# Referat — evaluation report",
        f"{datetime.now():%Y-%m-%d %H:%M} · questions: `{questions_path or 'eval/questions.jsonl'}`"
        f" · embedder `{cfg.embed_model}` · REFERAT_MIN_CONFIDENCE={cfg.min_confidence}",
        "## Retrievers compared",
        _md_table(scores, keys),
        "![hybrid vs bm25 vs dense](modes.png)",
        f"## By question type ({main_mode})",
        _md_table(score_by_type(main), keys),
    ]
    split_rows = _split_rows(main)
    if split_rows:
        n = _plot_reliability(main, out_dir / "reliability.png")
        parts += [
            f"## Dev and test split ({main_mode})",
            "Tuning looks at dev only; test is held out (eval/README.md).",
            _md_table(split_rows, keys),
            "## Calibration on test",
            f"Answer confidence vs. whether the item it scored is gold, {n} test questions "
            "that reached scoring (`rag/calibration.py`, fitted on dev).",
            "![reliability](reliability.png)",
        ]
    parts += [
        "## Latency",
        "![latency](latency.png)",
    ]
    if sweep:
        _plot_sweep(sweep, cfg.min_confidence, out_dir / "threshold.png")
        parts += [
            "## Abstention threshold",
            "Each row reruns the hybrid pipeline with that `REFERAT_MIN_CONFIDENCE`.",
            _md_table({f"{row['threshold']:.2f}": row for row in sweep},
                      ("fact_coverage", "abstention_accuracy", "false_refusal_rate",
                       "citation_precision")),
            "![threshold](threshold.png)",
        ]
    failed = [r for r in main if not passed(r)]
    shown = [r for r in failed if r.q.split != "test"]
    held = len(failed) - len(shown)
    parts += [f"## Failed questions ({main_mode}): {len(failed)} of {len(main)}",
              "A question fails when it is declined wrongly, answered wrongly, misses a "
              "fact, or cites no gold item."
              + (f" The {held} failed test questions are not listed: test is held out, "
                 "and what is fixed is chosen from dev failures only." if held else ""),
              "\n".join(_failure(r) for r in shown) or "None."]
    path = out_dir / "report.md"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path
