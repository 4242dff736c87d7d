"""The learned confidence: fitting, threshold choice, storage, reliability data."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from rag.calibration import Calibrator, choose_threshold, fit, load_calibrator, reliability


def _rows(n: int, seed: int = 1) -> tuple[list[dict[str, float]], list[int]]:
    rnd = random.Random(seed)
    rows, labels = [], []
    for _ in range(n):
        good = rnd.random() < 0.6
        cov = min(1.0, max(0.0, rnd.gauss(0.8 if good else 0.35, 0.15)))
        rows.append({"dense": rnd.gauss(0.85 if good else 0.80, 0.02), "coverage": cov})
        labels.append(int(good))
    return rows, labels


def test_fit_separates_answerable_from_not() -> None:
    rows, labels = _rows(200)
    cal = fit(rows, labels, "emb")
    test_rows, test_labels = _rows(200, seed=2)
    right = sum((cal.probability(r) >= cal.threshold) == bool(y)
                for r, y in zip(test_rows, test_labels, strict=True))
    assert right / len(test_rows) > 0.85
    assert 0.05 <= cal.threshold <= 0.95


def test_fit_needs_both_outcomes() -> None:
    with pytest.raises(ValueError, match="både"):
        fit([{"coverage": 1.0}] * 5, [1] * 5, "emb")


def test_threshold_sits_in_the_middle_of_a_plateau() -> None:
    t, metrics = choose_threshold([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])
    assert 0.4 <= t <= 0.6 and metrics["balanced_accuracy"] == 1.0


def test_saved_calibration_is_used_only_for_its_embedder(tmp_path: Path) -> None:
    rows, labels = _rows(60)
    fit(rows, labels, "emb-a").save(tmp_path / "calibration.json")
    assert load_calibrator(tmp_path, "emb-a").embedder == "emb-a"
    assert load_calibrator(tmp_path, "emb-b") is None
    assert isinstance(Calibrator.load(tmp_path / "calibration.json"), Calibrator)


def test_reliability_bins_count_every_prediction() -> None:
    bins = reliability([0.1, 0.15, 0.5, 0.9, 1.0], [0, 0, 1, 1, 1])
    assert sum(n for *_, n in bins) == 5
    assert bins[-1][1] == 1.0


def test_index_calibration_is_named_by_embedder_and_wins(tmp_path: Path) -> None:
    from rag.calibration import packaged_path

    rows, labels = _rows(60)
    own = fit(rows, labels, "emb-a", fitted_on="own")
    own.save(tmp_path / packaged_path("emb-a").name)
    assert packaged_path("emb-a").name == "calibration_emb_a.json"
    assert load_calibrator(tmp_path, "emb-a").fitted_on == "own"


def test_fit_rows_are_the_scored_dev_answers() -> None:
    from datetime import date

    from eval.fit import training_rows
    from eval.metrics import QuestionResult
    from eval.questions import EvalQuestion, Gold
    from referat.domain import ItemRef

    ref = ItemRef("Ballerup", "Udvalg", date(2023, 2, 7), "08:00", 5)
    right = EvalQuestion("a", "a?", "fact", [Gold(date(2023, 2, 7), 5)], split="dev")
    none = EvalQuestion("b", "b?", "unanswerable", [], split="dev")
    results = [QuestionResult(right, "", False, [ref], [ref], 1.0, 0.9, scored=ref,
                              features={"coverage": 1.0}),
               QuestionResult(none, "", True, [ref], [], 1.0, 0.2, scored=ref,
                              features={"coverage": 0.2}),
               QuestionResult(none, "", True, [], [], 1.0, None)]  # declined up front
    rows, labels, top = training_rows(results)
    assert labels == [1, 0] and rows[1] == {"coverage": 0.2} and top == [0, 1]
    runner_up = ItemRef("Ballerup", "Udvalg", date(2023, 2, 7), "08:00", 6)
    results[0].candidate_features = [(ref, {"coverage": 1.0}), (runner_up, {"coverage": 0.4})]
    rows, labels, top = training_rows(results)
    assert labels == [1, 0, 0] and top == [0, 2]


def test_abstention_goal_picks_the_lowest_threshold_that_meets_it() -> None:
    probs = [0.2, 0.3, 0.45, 0.5, 0.7, 0.9]
    labels = [0, 0, 0, 1, 1, 1]
    t, _ = choose_threshold(probs, labels, min_abstention=0.9)
    assert 0.45 < t <= 0.5  # every wrong item declined, no right one
    t_mid, _ = choose_threshold(probs, labels)
    assert t_mid >= t
