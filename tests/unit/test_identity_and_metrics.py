"""Item identity (municipality, committee, meeting date and time, punkt), citations and
the eval metrics built on it — two committees meeting the same day never mix."""

from __future__ import annotations

from datetime import date

from eval.metrics import QuestionResult, passed, score
from eval.questions import EvalQuestion, Gold
from referat.domain import Citation, Filters, ItemRef

DAY = date(2024, 3, 13)
EBU = ItemRef("Greve", "Beskæftigelses- og Erhvervsudvalget", DAY, "16:00", 4)
OKU = ItemRef("Greve", "Økonomiudvalget", DAY, "18:00", 4)


def test_same_day_same_punkt_are_different_items() -> None:
    assert EBU != OKU and EBU.key != OKU.key
    assert ItemRef.from_key(OKU.key) == OKU
    assert EBU.meeting == ItemRef("Greve", EBU.committee, DAY, "16:00", 0)
    assert EBU.meeting.is_meeting and not EBU.is_meeting


def test_gold_matches_core_names_case_insensitively() -> None:
    gold = Gold(DAY, 4, municipality="greve", committee="økonomiudvalg")
    assert gold.matches(OKU) and not gold.matches(EBU)
    assert Gold(DAY, 4).matches(EBU)  # no committee given: date and punkt decide
    assert not Gold(DAY, None).matches(EBU) and Gold(DAY, None).matches(EBU.meeting)


def test_citation_names_the_municipality_only_when_several_are_indexed() -> None:
    one = Citation(OKU, "Budget 2025").render()
    many = Citation(OKU, "Budget 2025", with_municipality=True).render()
    assert "Greve" not in one and "Økonomiudvalget" in one and "punkt 4" in one
    assert "Greve" in many and "13. marts 2024" in many


def test_filters_describe_in_danish() -> None:
    f = Filters(DAY, DAY, committees=["Økonomiudvalget"], punkt=4)
    assert f.describe() == "dato 13. marts 2024; udvalg Økonomiudvalget; punkt 4"
    assert Filters().describe() == "ingen"


def _result(q: EvalQuestion, cited: list[ItemRef], declined: bool = False,
            answer: str = "") -> QuestionResult:
    return QuestionResult(q, answer, declined, retrieved=cited, cited=cited, latency_ms=10.0)


def test_metrics_count_a_same_day_other_committee_citation_as_wrong() -> None:
    q = EvalQuestion("q1", "Hvad besluttede Økonomiudvalget om budgettet?", "decision",
                     [Gold(DAY, 4, committee="Økonomiudvalg")], must_include=[["godkendt"]])
    right = _result(q, [OKU], answer="Godkendt.")
    wrong = _result(q, [EBU], answer="Godkendt.")
    assert passed(right) and not passed(wrong)
    m = score([right, wrong])
    assert m["recall_at_1"] == 0.5 and m["citation_precision"] == 0.5


def test_metrics_abstention_and_false_refusal() -> None:
    unanswerable = EvalQuestion("q2", "Hvad koster en ny svømmehal?", "unanswerable", [])
    answerable = EvalQuestion("q3", "Hvad besluttede Økonomiudvalget?", "decision",
                              [Gold(DAY, 4)])
    m = score([_result(unanswerable, [], declined=True),
               _result(answerable, [OKU], declined=True)])
    assert m["abstention_accuracy"] == 1.0 and m["false_refusal_rate"] == 1.0
