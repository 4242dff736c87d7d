"""Huge and hostile questions: understood in linear time, refused past the length limit.

Times are this process's CPU time (`time.process_time`), so a busy shared machine does
not fail them; a super-linear pattern still does (it burns CPU).
"""

from __future__ import annotations

import time

import pytest

from rag.answer import question_problem
from rag.bodies import committee_mention
from rag.follow_up import has_own_topic
from rag.intent import asked_type, asks_decision, is_yes_no
from rag.query import parse_question
from rag.roles import who_role
from referat.config import Config
from referat.danish import parse_date, sentences
from referat.periods import find_period
from referat.values import find_values

SIZE = 40_000
# Shapes that made a regex backtrack: runs of digits, letters, words, separators.
SHAPES = {
    "digits": "1" * SIZE,
    "letters": "a" * SIZE,
    "spaces": "hvad" + " " * SIZE + "udvalg",
    "digits and spaces": "1 " * (SIZE // 2),
    "digits and dashes": "1-" * (SIZE // 2),
    "letters and dashes": "a-" * (SIZE // 2),
    "names after i": "i A " * (SIZE // 4),
    "a real question, repeated": "hvor mange fik 1,5 mio. kr. i Lund den 7/2 2023? " * 800,
}


def _understand(text: str) -> None:
    q = parse_question(text)
    has_own_topic(q, text)
    find_values(text)
    find_period(text)
    asked_type(text), asks_decision(text), is_yes_no(text), who_role(text)
    parse_date(text)


STEPS = {"parse_question": parse_question, "find_values": find_values,
         "find_period": find_period, "asked_type": asked_type, "who_role": who_role}


@pytest.mark.parametrize("shape", SHAPES)
def test_40_kb_question_is_understood_well_under_a_second(shape: str) -> None:
    """Each step of understanding a 40 KB question takes well under a second (~0.1-0.4 s
    on a busy 2-core machine; a cubic pattern took 84 s)."""
    text = SHAPES[shape][:SIZE]
    for name, step in STEPS.items():
        started = time.process_time()
        step(text)
        took = time.process_time() - started
        assert took < 1.0, f"{name} took {took:.2f} s on 40 KB of {shape}"


def test_understanding_time_grows_linearly() -> None:
    """Doubling the input at most about doubles the time (a cubic pattern took ×8)."""
    def took(n: int) -> float:
        text = "1" * n + " " + "a" * n
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            _understand(text)
            best = min(best, time.process_time() - t0)
        return best

    small, large = took(4_000), took(16_000)
    assert large < 8 * small + 0.05  # ×4 input: linear is ×4, quadratic ×16


def test_minutes_text_sentences_are_linear() -> None:
    started = time.process_time()
    sentences(("bl.a. 7. februar. " * 2000) + "\n" + "1. x\n" * 2000)
    assert time.process_time() - started < 1.0


def test_committee_mention_is_found_as_before() -> None:
    assert committee_mention("hvad besluttede Erhvervs-, Beskæftigelses- og "
                             "Uddannelsesudvalget om studieturen?") == (
        "hvad besluttede Erhvervs-, Beskæftigelses- og Uddannelsesudvalget")
    assert committee_mention("hvad sagde udvalget om det?") is None
    assert committee_mention("1" * SIZE) is None


def test_too_long_question_gets_a_danish_message_naming_the_limit() -> None:
    limit = Config().max_question_chars
    assert question_problem("x" * limit, limit) is None
    message = question_problem("x" * SIZE, limit)
    assert message is not None
    assert message.startswith("Spørgsmålet er for langt (40.000 tegn; højst 1.000)")


def test_year_0000_names_no_date() -> None:
    q = parse_question("hvad skete der den 7. februar 0000 og 7/2-0000?")
    assert q.date_from is None or q.date_from.year == 1  # no meeting: "ikke fundet"
    assert [v.day for v in find_values("7. februar 0000") if v.day] == []
