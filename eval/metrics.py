"""Scoring one eval run: per-question results in, the metrics of `eval/README.md` out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from referat.domain import ItemRef

from .questions import EvalQuestion

METRICS = (
    "recall_at_1", "recall_at_5", "mrr", "fact_coverage", "citation_precision",
    "citation_hit", "abstention_accuracy", "false_refusal_rate",
    "latency_p50_ms", "latency_p95_ms",
)


@dataclass
class QuestionResult:
    """What the pipeline did with one question, reduced to what the metrics need."""

    q: EvalQuestion
    answer: str
    declined: bool
    retrieved: list[ItemRef]  # best first; punkt 0 = the meeting
    cited: list[ItemRef]
    latency_ms: float
    confidence: float | None = None  # None: declined before scoring (e.g. no such meeting)
    citations: list[dict[str, Any]] = field(default_factory=list)
    retrieved_labels: list[dict[str, Any]] = field(default_factory=list)
    scored: ItemRef | None = None  # the item the confidence describes
    kind: str = ""  # the answer's kind (decision, fact, clarify, …)
    features: dict[str, float] = field(default_factory=dict)
    candidate_features: list[tuple[ItemRef, dict[str, float]]] = field(default_factory=list)

    @property
    def scored_right(self) -> bool:
        """The item the confidence was about answers the question (calibration label)."""
        return self.scored is not None and self.q.is_gold(self.scored)

    @property
    def abstained(self) -> bool:
        """Declined, and in the expected way when the question names one (clarify)."""
        return self.declined and (not self.q.kind or self.kind == self.q.kind)

    @property
    def facts_ok(self) -> bool:
        return not self.declined and self.q.facts_ok(self.answer)

    @property
    def gold_rank(self) -> int | None:
        """1-based rank of the first gold item among the retrieved, or None."""
        return next((i for i, k in enumerate(self.retrieved, 1) if self.q.is_gold(k)), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.q.id,
            "question": self.q.question,
            "type": self.q.type,
            "split": self.q.split,
            "answer": self.answer,
            "citations": self.citations,
            "retrieved": self.retrieved_labels,
            "declined": self.declined,
            "kind": self.kind,
            "confidence": self.confidence,
            "facts_ok": self.facts_ok if self.q.must_include else None,
            "latency_ms": round(self.latency_ms, 1),
        }


def percentile(values: list[float], p: float) -> float:
    """Linear-interpolated percentile (numpy's default), 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _share(hits: list[bool]) -> float | None:
    return sum(hits) / len(hits) if hits else None


def score(results: list[QuestionResult]) -> dict[str, Any]:
    """The metrics over `results`; a metric with no eligible question is None."""
    answerable = [r for r in results if r.q.answerable]
    unanswerable = [r for r in results if not r.q.answerable]
    ranks = [r.gold_rank for r in answerable]
    cited = [r.q.is_gold(k) for r in answerable for k in r.cited]
    latencies = [r.latency_ms for r in results]
    out: dict[str, Any] = {
        "n": len(results),
        "recall_at_1": _share([rank == 1 for rank in ranks]),
        "recall_at_5": _share([rank is not None and rank <= 5 for rank in ranks]),
        "mrr": sum(1 / rank for rank in ranks if rank) / len(ranks) if ranks else None,
        "fact_coverage": _share([r.facts_ok for r in results if r.q.must_include]),
        "citation_precision": _share(cited),
        "citation_hit": _share([any(map(r.q.is_gold, r.cited)) for r in answerable]),
        "abstention_accuracy": _share([r.abstained for r in unanswerable]),
        "false_refusal_rate": _share([r.declined for r in answerable]),
        "latency_p50_ms": round(percentile(latencies, 50), 1),
        "latency_p95_ms": round(percentile(latencies, 95), 1),
    }
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in out.items()}


def score_by_type(results: list[QuestionResult]) -> dict[str, dict[str, Any]]:
    types = sorted({r.q.type for r in results})
    return {t: score([r for r in results if r.q.type == t]) for t in types}



def passed(r: QuestionResult) -> bool:
    """A question passes when it is handled as a user would want it to be."""
    if not r.q.answerable:
        return r.abstained
    if r.declined or r.gold_rank is None:
        return False
    if r.q.must_include and not r.facts_ok:
        return False
    return any(map(r.q.is_gold, r.cited))
