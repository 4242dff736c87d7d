"""The eval report shows dev and test apart, plots calibration on test, and never lists
the failed test questions (they are held out)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eval.metrics import QuestionResult
from eval.questions import EvalQuestion, Gold
from eval.report import write_report
from eval.run import split_rows, table, to_json
from referat.config import Config
from referat.domain import ItemRef


def _result(qid: str, split: str, right: bool, confidence: float) -> QuestionResult:
    gold = Gold(date(2023, 2, 7), 5)
    ref = ItemRef("Ballerup", "Erhvervsudvalget", date(2023, 2, 7), "08:00", 5 if right else 6)
    q = EvalQuestion(qid, f"spørgsmål {qid}?", "fact", [gold], must_include=[["lund"]],
                     split=split)
    return QuestionResult(q, "Lund" if right else "noget andet", False, [ref], [ref], 10.0,
                          confidence, scored=ref)


def test_report_has_splits_reliability_and_hides_test_failures(tmp_path: Path) -> None:
    results = [_result("d1", "dev", True, 0.9), _result("d2", "dev", False, 0.3),
               _result("t1", "test", True, 0.8), _result("t2", "test", False, 0.6)]
    path = write_report(tmp_path, {"hybrid": results}, [], Config(), None)
    text = path.read_text(encoding="utf-8")
    assert "| dev / fact |" in text and "| test / fact |" in text
    assert (tmp_path / "reliability.png").read_bytes()[:4] == b"\x89PNG"
    assert "**d2**" in text and "**t2**" not in text
    assert "1 failed test questions are not listed" in text


def test_cli_table_shows_both_splits_by_type() -> None:
    results = [_result("d1", "dev", True, 0.9), _result("t1", "test", False, 0.6)]
    doc = to_json(results)
    assert doc["by_split"]["dev"]["overall"]["fact_coverage"] == 1.0
    assert doc["by_split"]["test"]["overall"]["fact_coverage"] == 0.0
    printed = table(split_rows(doc, "hybrid"))
    assert "dev/fact" in printed and "test/fact" in printed
