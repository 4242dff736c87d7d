"""The test set and `referat eval`: the set is checked against the minutes, the command
runs the real pipeline over the real seed index and must stay above regression floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.questions import DEFAULT_QUESTIONS, TYPES, load_questions, normalise
from referat.config import Config
from referat.danish import danish_date, danish_weekday
from tests.e2e.conftest import run_referat

# A little under what the default pipeline reaches on all questions (dev + test, see
# eval/README.md); a change that drops below one of these has made answers worse. These
# are regression floors, not the goals of issue 13 (test: facts >= 0.90, abstention >= 0.90).
# Each fresh batch of hard dev questions lowers the mean it is measured on (the c-batch,
# 40 questions answered with the right facts 44 % of the time before its fixes, took
# facts from 0.786 to 0.778 on all 705; the j-batch, 0.29 before its fixes, took them
# from 0.772 to 0.760 on all 945): the floor follows the set, not the code. (The ab- and
# ac-batches' held-out halves — abstention 0.83 and 0.33 on their unanswerable
# questions — took abstention on all 1,405 to 0.818; the ad-batch, all 1,465 to 0.804,
# and citation precision to 0.921, so its floor moved to 0.91 with it. The ae- and
# af-batches, first scored at facts 0.25–0.58 and abstention 0.57–0.83 on their halves,
# took facts on all 1,585 to 0.740 and abstention to 0.804 after their fixes: floors
# 0.73 and 0.79. The ai-, aj- and ak-batches (180 questions, first scored at facts
# 0.38–0.56 and abstention 0.50–0.67 on their halves) took facts on all 1,885 to 0.717
# and abstention to 0.786 after their fixes: floors 0.70 and 0.77. The al-batch, 60
# more, held facts on all 1,945 at 0.718 and took abstention to 0.778. The an- and
# ao-batches, 120 more, first scored at R@1 0.76, facts 0.48 and abstention 0.58 on both
# halves, took R@5 on all 2,125 to 0.967, MRR to 0.938 and abstention to 0.769 after
# their fixes: floors 0.96, 0.93 and 0.76; no answer of the 2,005 before them broke.
# Up to four quotes a fact answer (facts +0.008 on dev) cite a little more widely, and the
# aq-batch (60 more) took citation precision on all 2,185 to 0.909: floor 0.90. The ar-
# and as-batches, 120 more with abstention 0.43 and 0.57 on their held-out halves, took
# abstention on all 2,305 to 0.753 with the code before them and 0.755 after: floor 0.75.
# The at-, au- and av-batches (170 more; av written after the midday session's fixes and
# all held out, abstention 0.57 on its 14 unanswerables, 0.64 with the code before the
# session) took abstention on all 2,475 to 0.748: floor 0.74.)
FLOORS = {
    "recall_at_1": 0.91,
    "recall_at_5": 0.96,
    "mrr": 0.93,
    "fact_coverage": 0.70,
    "citation_precision": 0.90,
    "citation_hit": 0.90,
    "abstention_accuracy": 0.74,
}
MAX_FALSE_REFUSAL = 0.09
OVERALL_KEYS = ["n", "recall_at_1", "recall_at_5", "mrr", "fact_coverage", "citation_precision",
                "citation_hit", "abstention_accuracy", "false_refusal_rate", "latency_p50_ms",
                "latency_p95_ms"]


def _gold_texts(meetings: dict) -> dict[tuple[int, int], str]:
    """Everything a gold reference can point at: item texts and meeting headers."""
    out = {}
    for m in meetings.values():
        key = int(m.date.strftime("%Y%m%d"))
        # (the date the minutes state, and its weekday: "hvilken ugedag mødtes de?")
        out[(key, 0)] = " ".join([m.committee, m.place or "", m.start_time or "",
                                  danish_date(m.date), danish_weekday(m.date),
                                  # each with the role the list gives ("… (direktør)"),
                                  # the list marked "Musa Kekec (A) - Deltog"
                                  "deltog" if m.entries("deltog") else "",
                                  *m.entries("deltog"),
                                  # the minutes head their list "Afbud:"
                                  "afbud" if m.absentees else "", *m.entries("afbud"),
                                  *(i.title for i in m.items),
                                  # (how many items its agenda has: "11 punkter")
                                  f"{len(m.items)} punkter"])
        for item in m.items:
            out[(key, item.number)] = " ".join(
                # (an answer names its item: "Nej, det var punkt 12")
                [item.title, f"punkt {item.number}", item.journal_number or "",
                 "lukket" if item.closed else "",
                 *(s.text for s in item.sections),
                 # an item's own "Afbud" line ("**Afbud** Musa Kekec (A), …")
                 "afbud" if item.absentees else "", *item.absentees,
                 # its case history, the dates as printed and as said ("14-04-2015")
                 *(f"{h.committee} {h.date:%d-%m-%Y} {danish_date(h.date)} {h.text}"
                   for h in item.history if h.date)])
    return out


def test_eval_set_is_backed_by_the_minutes(meetings: dict) -> None:
    """Every gold item exists and every required fact is in the gold items' text."""
    questions = load_questions()
    assert len(questions) >= 60
    assert {q.type for q in questions} == set(TYPES)
    assert sum(not q.answerable for q in questions) >= 8
    assert {g.date.isoformat() for q in questions for g in q.gold} == set(meetings)
    texts = _gold_texts(meetings)
    for q in questions:
        keys = {(int(g.date.strftime("%Y%m%d")), g.punkt or 0) for g in q.gold}
        assert keys <= set(texts), f"{q.id}: gold item not in seeds/"
        have = normalise(" ".join(texts[k] for k in keys))
        for group in q.must_include:
            assert any(normalise(a) in have for a in group), f"{q.id}: {group} not in gold"


@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "x", "question": "hvad?", "type": "opinion", "gold": []}', "linje 2: feltet 'type'"),
    ('{"id": "x", "question": "hvad?", "type": "fact", "gold": []}', "linje 2: feltet 'gold'"),
    ('{"id": "x", "question": "hvad?", "type": "fact", "gold": [{"date": "7/2"}]}',
     "linje 2: feltet 'gold'"),
    ('{"id": "x", "question": "hvad?"', "linje 2: ugyldig JSON"),
])
def test_bad_question_file_names_line_and_field(tmp_path: Path, line: str, message: str) -> None:
    good = DEFAULT_QUESTIONS.read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "q.jsonl"
    path.write_text(f"{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        load_questions(path)
    assert "q.jsonl" in str(err.value) and "\n" not in str(err.value)


def test_referat_eval_stays_above_floors(seed_cfg: Config, tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    # (2,000 questions take 2–4 minutes; the limit only guards against a hang, and a
    # machine busy with other work once took ten)
    proc = run_referat(seed_cfg, "eval", "--quiet", "--json", str(out), timeout=1800)
    assert proc.returncode == 0, proc.stderr
    assert "R@1" in proc.stdout  # the printed table
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert list(doc) == ["overall", "by_type", "by_split", "per_question"]
    assert set(doc["by_split"]) == {"dev", "test"}
    assert "dev" in proc.stdout and "test/decision" in proc.stdout
    overall = doc["overall"]
    assert list(overall) == OVERALL_KEYS
    assert set(doc["by_type"]) == set(TYPES)
    assert overall["n"] == len(doc["per_question"]) == len(load_questions())
    assert set(doc["per_question"][0]) == {"id", "question", "type", "split", "answer", "citations",
                                           "retrieved", "declined", "kind", "confidence",
                                           "facts_ok", "latency_ms"}
    low = {k: overall[k] for k, floor in FLOORS.items() if overall[k] < floor}
    assert not low, f"below the regression floors {FLOORS}: {low}"
    assert overall["false_refusal_rate"] <= MAX_FALSE_REFUSAL


def test_eval_report_has_tables_charts_and_failures(seed_cfg: Config, tmp_path: Path) -> None:
    """--report on a small file: hybrid/bm25/dense table, PNG charts, a failure list; the
    --kommune scope is kept for every run and written into the JSON."""
    lines = DEFAULT_QUESTIONS.read_text(encoding="utf-8").splitlines()
    small = tmp_path / "small.jsonl"
    wrong = json.loads(lines[0])
    wrong.update(id="wrong", must_include=[["et faktum der ikke står i referatet"]])
    small.write_text("\n".join([*lines[:3], lines[-1], json.dumps(wrong)]) + "\n",
                     encoding="utf-8")
    report = tmp_path / "report"
    proc = run_referat(seed_cfg, "eval", "--quiet", "--questions", str(small),
                       "--report", str(report), "--kommune", "ballerup",
                       "--json", str(tmp_path / "eval.json"))
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((tmp_path / "eval.json").read_text(encoding="utf-8"))
    assert doc["scope"] == {"kommune": "ballerup", "udvalg": None,
                            "municipalities": ["Ballerup"], "committees": []}
    assert doc["overall"]["recall_at_1"] > 0
    text = (report / "report.md").read_text(encoding="utf-8")
    for mode in ("| hybrid |", "| bm25 |", "| dense |"):
        assert mode in text
    assert "**wrong**" in text and "missing facts" in text
    for png in ("modes.png", "latency.png", "threshold.png"):
        assert (report / png).read_bytes()[:4] == b"\x89PNG"


def test_eval_names_a_bad_question_file(seed_cfg: Config, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1"}\n', encoding="utf-8")
    proc = run_referat(seed_cfg, "eval", "--questions", str(bad))
    assert proc.returncode == 2
    assert proc.stderr.strip() == "Fejl: bad.jsonl linje 1: feltet 'question' mangler"
