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


def training_rows(results: list[QuestionResult]) -> tuple[list[dict[str, float]], list[int]]:
    """(features, label) of every result that was scored (not declined up front)."""
    rows = [r for r in results if r.features]
    return [r.features for r in rows], [int(r.scored_right) for r in rows]


def fit_cli(cfg: Config, questions_path: Path | None, progress: bool = True) -> Any:
    """Fit on dev, save next to the index and as the packaged default; print a line."""
    import click

    from rag.answer import Answerer
    from rag.calibration import fit, packaged_path

    questions = load_questions(questions_path, "dev")
    answerer = Answerer(cfg)
    answerer.calibrator, answerer.threshold = None, cfg.min_confidence
    results = run_eval(cfg, questions, answerer=answerer, progress=progress,
                       label="kalibrering (dev)")
    rows, labels = training_rows(results)
    embedder = answerer._embedder_id()
    source = questions_path or "eval/questions.jsonl"
    cal = fit(rows, labels, embedder, fitted_on=f"{source} split=dev, {len(rows)} spørgsmål")
    for path in (cfg.data_dir / packaged_path(embedder).name, packaged_path(embedder)):
        cal.save(path)
    click.echo(f"Kalibrering tilpasset på {len(rows)} dev-spørgsmål ({sum(labels)} rigtige): "
               f"tærskel {cal.threshold:.2f}, balanceret nøjagtighed "
               f"{cal.metrics['balanced_accuracy']:.3f}; gemt i {cfg.data_dir} og "
               f"{packaged_path(embedder).name}.")
    return cal
