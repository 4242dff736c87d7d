"""`referat eval --fit`: fit the calibrated answer confidence on the dev split.

Every dev question is asked once with the hand-set rule in charge (no calibrator), and
the features of the item its confidence describes (`Answer.features`) are kept, labelled
1 when that item is a gold item of the question. `rag.calibration.fit` fits the logistic
regression and picks the threshold; the result is written into the data dir and as the
packaged default `rag/calibration_<embedder>.json`. Test questions are never used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from referat.config import Config

from .metrics import QuestionResult
from .questions import load_questions
from .run import run_eval

CANDIDATES = 3  # items per dev question whose features are kept: the best and the next
# The threshold is the lowest that declines this share of the wrong best items on dev
# (issue 13's abstention goal), so that false refusals are as few as that goal allows.
MIN_ABSTENTION = 0.9


def training_rows(results: list[QuestionResult]) -> tuple[list[dict[str, float]], list[int],
                                                             list[int]]:
    """(features, label, indices of the scored rows) over every result that reached
    scoring: one row per candidate item (label 1 when it is gold), the scored item first.
    The runners-up are the negatives a small dev set otherwise lacks."""
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    top: list[int] = []
    for r in results:
        pairs = r.candidate_features or ([(r.scored, r.features)] if r.features else [])
        for n, (ref, feats) in enumerate(pairs):
            if n == 0:
                top.append(len(rows))
            rows.append(feats)
            labels.append(int(ref is not None and r.q.is_gold(ref)))
    return rows, labels, top


def fit_cli(cfg: Config, questions_path: Path | None, progress: bool = True,
            scope: tuple[str | None, str | None] = (None, None)) -> Any:
    """Fit on dev, save next to the index (the answerer then uses it); print a line.
    `scope` (--kommune, --udvalg) asks the dev questions with those filters, as eval does.

    No packaged default is shipped: on the seeds' dev split the fitted model did not beat
    the hand-set rule (eval/README.md), so a calibration is used only where it was fitted."""
    import click

    from rag.answer import Answerer
    from rag.calibration import fit, packaged_path

    questions = load_questions(questions_path, "dev")
    answerer = Answerer(cfg)
    answerer.calibrator, answerer.threshold = None, cfg.min_confidence
    answerer.collect_features = CANDIDATES
    results = run_eval(cfg, questions, answerer=answerer, progress=progress,
                       label="kalibrering (dev)",
                       filters=answerer.retriever.names.filters(
                           *scope, home=cfg.home_municipality))
    rows, labels, top = training_rows(results)
    embedder = answerer._embedder_id()
    source = questions_path or "eval/questions.jsonl"
    cal = fit(rows, labels, embedder, top=top, min_abstention=MIN_ABSTENTION,
              fitted_on=f"{source} split=dev, {len(top)} spørgsmål, {len(rows)} kandidater")
    cal.save(cfg.data_dir / packaged_path(embedder).name)
    click.echo(f"Kalibrering tilpasset på {len(top)} dev-spørgsmål ({len(rows)} kandidater, "
               f"{sum(labels)} rigtige): "
               f"tærskel {cal.threshold:.2f}, balanceret nøjagtighed "
               f"{cal.metrics['balanced_accuracy']:.3f}; gemt i {cfg.data_dir}.")
    return cal
