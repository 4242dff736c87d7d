"""Learned answer confidence: P(the best item answers the question), from a handful of
retrieval and coverage features, by a logistic regression fitted on the dev split.

Why learned: the hand-set mix (½ rescaled cosine + ½ coverage) was tuned on the very
questions it was scored on, and its rescaling (e5's 0.78–0.88 cosine band) holds for
one embedder only. A fitted model is refitted per embedder (`referat eval --fit`), is
stored with the embedder's name, and its threshold is chosen on dev, not by hand.

Where it lives: `<data dir>/calibration_<embedder>.json` when fitted for this index
(`referat eval --fit`; an older `<data dir>/calibration.json` is read too), else the
packaged `rag/calibration_<embedder>.json` (fitted on the seeds' dev split), else None
(the answerer falls back to its hand-set rule and says so in the search view).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

# The features, in order. Each is in [0, 1] or a small count, so that one model serves
# archives of any size.
FEATURES = (
    "dense",  # best cosine similarity of the item's chunks (0 when dense is off)
    "bm25_share",  # the item's best BM25 score / the best BM25 score of all items
    "coverage",  # idf-weighted share of the question's topic the item names
    "title_match",  # idf-weighted share of the topic the item's title names
    "unknown_name",  # 1 when the question names something the archive never mentions
    "topic_size",  # number of topic stems, capped at 6, / 6
    "value_present",  # 1 when the item holds a value of the asked type next to the topic
    "rank_gap",  # fused score gap between the first and second item / the first's
)
PACKAGED = Path(__file__).resolve().parent


@dataclass
class Calibrator:
    """Logistic regression over `FEATURES`, with the threshold chosen on dev."""

    embedder: str
    coef: list[float]
    intercept: float
    threshold: float = 0.5
    features: tuple[str, ...] = FEATURES
    fitted_on: str = ""  # e.g. "eval/questions.jsonl split=dev, 120 questions"
    metrics: dict[str, float] = field(default_factory=dict)

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(c * float(values.get(f, 0.0))
                                 for c, f in zip(self.coef, self.features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = asdict(self)
        data["features"] = list(self.features)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Calibrator:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["features"] = tuple(data["features"])
        return cls(**data)


def packaged_path(embedder: str) -> Path:
    """`rag/calibration_<embedder>.json`, the embedder id made file-name safe."""
    return PACKAGED / f"calibration_{re.sub(r'[^A-Za-z0-9]+', '_', embedder).strip('_')}.json"


def load_calibrator(data_dir: Path, embedder: str) -> Calibrator | None:
    """The index's own calibration for `embedder`, else the packaged one, else None."""
    own = data_dir / packaged_path(embedder).name
    for path in (own, data_dir / "calibration.json", packaged_path(embedder)):
        try:
            cal = Calibrator.load(path)
        except (OSError, ValueError, TypeError, KeyError):
            continue
        if cal.embedder == embedder and cal.features == FEATURES:
            return cal
    return None


def fit(rows: Sequence[dict[str, float]], labels: Sequence[int], embedder: str,
        fitted_on: str = "", top: Sequence[int] | None = None, folds: int = 5,
        min_abstention: float | None = None) -> Calibrator:
    """Fit on dev rows (features of a question's candidate items) and labels (1 when
    that item answers the question). `top` lists the rows of the items the answerer
    would actually score (the best per question; default: all rows). The threshold
    maximises balanced accuracy — wrong answers and false refusals weigh alike — over
    the `top` rows' cross-validated probabilities (each predicted by a model that did
    not see it), so a small dev set does not make the threshold look perfect."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    x = [[float(r.get(f, 0.0)) for f in FEATURES] for r in rows]
    y = list(labels)
    if len(set(y)) < 2:
        raise ValueError("kalibrering kræver både rigtige og forkerte svar i dev-sættet")
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000)
    model.fit(x, y)
    cal = Calibrator(embedder, [float(c) for c in model.coef_[0]],
                     float(model.intercept_[0]), fitted_on=fitted_on)
    k = min(folds, min(y.count(0), y.count(1)))
    if k >= 2:
        cv = StratifiedKFold(n_splits=k, shuffle=True, random_state=0)
        probs = [float(p[1]) for p in cross_val_predict(
            LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000), x, y, cv=cv,
            method="predict_proba")]
    else:
        probs = [cal.probability(r) for r in rows]
    chosen = list(top) if top is not None else list(range(len(rows)))
    if len({y[i] for i in chosen}) < 2:
        chosen = list(range(len(rows)))
    cal.threshold, cal.metrics = choose_threshold([probs[i] for i in chosen],
                                                  [y[i] for i in chosen], min_abstention)
    cal.metrics["rows"] = float(len(rows))
    return cal


def choose_threshold(probs: Sequence[float], labels: Sequence[int],
                     min_abstention: float | None = None) -> tuple[float, dict[str, float]]:
    """The threshold with the best balanced accuracy; ties go to the middle of the
    plateau, so a small shift in the data does not flip many answers.

    With `min_abstention`, the lowest threshold that still declines that share of the
    wrong items: as few false refusals as the abstention goal allows."""
    pos = [p for p, y in zip(probs, labels, strict=True) if y]
    neg = [p for p, y in zip(probs, labels, strict=True) if not y]
    grid = [i / 100 for i in range(5, 96)]

    def balanced(t: float) -> float:
        tpr = sum(p >= t for p in pos) / len(pos) if pos else 1.0
        tnr = sum(p < t for p in neg) / len(neg) if neg else 1.0
        return (tpr + tnr) / 2

    scores = [balanced(t) for t in grid]
    if min_abstention is not None and neg:
        enough = [t for t in grid if sum(p < t for p in neg) / len(neg) >= min_abstention]
        if enough:
            return enough[0], {"balanced_accuracy": round(balanced(enough[0]), 4),
                               "n": float(len(labels)), "min_abstention": min_abstention}
    best = max(scores)
    plateau = [t for t, s in zip(grid, scores, strict=True) if s >= best - 1e-9]
    threshold = plateau[len(plateau) // 2]
    return threshold, {"balanced_accuracy": round(best, 4), "n": float(len(labels))}


def reliability(probs: Sequence[float], labels: Sequence[int],
                bins: int = 5) -> list[tuple[float, float, int]]:
    """(mean predicted probability, observed share correct, count) per probability bin:
    the data of a reliability plot."""
    out = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        members = [(p, y) for p, y in zip(probs, labels, strict=True)
                   if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if members:
            out.append((sum(p for p, _ in members) / len(members),
                        sum(y for _, y in members) / len(members), len(members)))
    return out
