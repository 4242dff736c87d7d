"""The dev/test split of eval/questions.jsonl follows its written rule (eval/README.md)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from eval.questions import (
    DEFAULT_QUESTIONS,
    TYPES,
    assign_splits,
    batch_of,
    dev_share,
    load_questions,
)


def test_every_question_has_the_split_the_rule_gives() -> None:
    questions = load_questions()
    rule = assign_splits(questions)
    wrong = [q.id for q in questions if q.split != rule[q.id]]
    assert not wrong, f"split differs from the rule: {wrong}"


def test_split_is_stratified_by_type() -> None:
    counts = Counter((q.type, q.split) for q in load_questions())
    for t in TYPES:
        assert counts[(t, "dev")] >= 1 and counts[(t, "test")] >= 1, t


def test_most_new_questions_are_held_out() -> None:
    new = [q for q in load_questions() if q.id.startswith("n")]
    if new:
        assert sum(q.split == "test" for q in new) >= 0.6 * len(new)


def test_split_filter_keeps_one_split(tmp_path: Path) -> None:
    dev, test = load_questions(split="dev"), load_questions(split="test")
    assert {q.split for q in dev} == {"dev"} and {q.split for q in test} == {"test"}
    assert len(dev) + len(test) == len(load_questions())
    path = tmp_path / "q.jsonl"
    path.write_text(DEFAULT_QUESTIONS.read_text(encoding="utf-8").splitlines()[0]
                    .replace('"split": "dev"', '"split": "tune"').replace(
                        '"split": "test"', '"split": "tune"') + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="linje 1: feltet 'split'"):
        load_questions(path)


def test_a_new_batch_never_moves_an_old_batchs_split() -> None:
    questions = load_questions()
    old = assign_splits([q for q in questions if not q.id.startswith("l")])
    new = assign_splits(questions)
    assert all(new[i] == split for i, split in old.items())


def test_a_two_letter_batch_is_its_own_batch() -> None:
    """"aa…" after the single letters ran out: dealt apart from "a…", half held out."""
    questions = [q for q in load_questions() if batch_of(q.id) == "a"]
    before = assign_splits(questions)
    extra = [replace(q, id="ab" + q.id[1:]) for q in questions]
    after = assign_splits(questions + extra)
    assert all(after[i] == split for i, split in before.items())
    assert dev_share("aa001") == (1, 2) and dev_share("n001") == (1, 3)
    assert dev_share("d001") == (1, 1)


def test_a_batch_split_by_its_writer_keeps_that_split() -> None:
    """`am…` was dealt by its writer before any answer existed and only its dev half was
    read for failure classes: the rule keeps it, most of it held out."""
    am = [q for q in load_questions() if batch_of(q.id) == "am"]
    rule = assign_splits(am)
    assert all(rule[q.id] == q.split for q in am)
    assert sum(q.split == "test" for q in am) >= 2 * sum(q.split == "dev" for q in am)
    flipped = [replace(q, split="dev" if q.split == "test" else "test") for q in am]
    assert all(assign_splits(flipped)[q.id] == q.split for q in flipped)
