"""Feedback, logins and chat sessions stay bounded whatever users send."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from referat.domain import Answer
from ui.feedback import FeedbackRefused, record_feedback
from ui.limits import RateLimiter


def test_50_mb_comment_is_refused_with_a_message_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "feedback.jsonl"
    with pytest.raises(FeedbackRefused, match="Kommentaren er for lang \\(52428800 tegn; "
                                              "højst 2000\\)"):
        record_feedback(path, Answer("q", "svar"), True, "x" * (50 * 2**20))
    assert not path.exists()


def test_feedback_file_is_rotated_and_every_line_whole(tmp_path: Path) -> None:
    path = tmp_path / "feedback.jsonl"

    def write(n: int) -> None:
        for i in range(n):
            record_feedback(path, Answer(f"spørgsmål {i}", "svar " * 50), i % 2 == 0,
                            "k" * 500, max_bytes=20_000)

    threads = [threading.Thread(target=write, args=(100,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    files = sorted(tmp_path.glob("feedback*.jsonl"))
    assert [f.name for f in files] == ["feedback.1.jsonl", "feedback.2.jsonl",
                                       "feedback.3.jsonl", "feedback.jsonl"]
    for f in files:
        assert f.stat().st_size <= 20_000
        for line in f.read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["comment"] == "k" * 500  # whole records only


def test_rate_limiter_window_and_bounded_keys() -> None:
    limit = RateLimiter(3, 10.0, max_keys=100)
    assert [limit.allow("a", now=t) for t in range(5)] == [True, True, True, False, False]
    assert limit.wait_seconds("a", now=5) == 5 and limit.allow("a", now=10.5)
    for i in range(10_000):
        limit.record(f"bruger{i}", now=1)
    assert len(limit._events) == 100


def test_login_attempts_are_limited_per_user_name() -> None:
    from ui.app import login_checker

    check = login_checker([("ane", "hemmelig"), ("bo", "kode")], attempts=3, window=60)
    assert check("ane", "hemmelig")
    assert [check("ane", "gæt") for _ in range(3)] == [False] * 3
    assert not check("ane", "hemmelig")  # blocked, even with the right password
    assert check("bo", "kode")  # other users are not locked out


def test_chat_session_keeps_only_its_last_turns() -> None:
    from ui.app import ChatSession

    session = ChatSession(turns=3)
    history: list[dict] = []
    for i in range(50):
        history += [{"role": "user", "content": f"q{i}"},
                    {"role": "assistant", "content": f"a{i}"}]
        history = session.keep(history, len(history) - 1, Answer(f"q{i}", f"a{i}"))
    assert len(history) == 6 and sorted(session.answers) == [1, 3, 5]
    assert [session.answers[i].text for i in (1, 3, 5)] == ["a47", "a48", "a49"]
    assert history[5]["content"] == "a49"


def test_feedback_clicked_while_the_answer_streams_waits_for_it() -> None:
    """The answer's text shows before its sources are ready; a 👍 clicked then gets
    the answer once it is kept, even when keeping it cut the history (turn limit)."""
    import threading

    from ui.app import ChatSession

    session = ChatSession(turns=1)
    history = [{"role": "user", "content": "q0"}, {"role": "assistant", "content": "a0"}]
    history = session.keep(history, 1, Answer("q0", "a0"))
    history += [{"role": "user", "content": "q1"}, {"role": "assistant", "content": "a1"}]
    session.writing = 3

    def finish() -> None:
        session.keep(history, 3, Answer("q1", "a1"))
        session.writing = None

    assert session.answer_for(3, wait_seconds=0.1) is None  # still writing: no answer yet
    timer = threading.Timer(0.2, finish)
    timer.start()
    answer = session.answer_for(3, wait_seconds=5)
    timer.join()
    assert answer is not None and answer.text == "a1"
    assert session.answer_for(1).text == "a1"  # the browser's new index, after the cut
    assert session.answer_for(7) is None


def test_retrieval_callbacks_keep_no_trace_per_question() -> None:
    """llama-index's `CallbackManager` clears its trace map only when a trace starts with
    none running; the embedder, vector index and BM25 retriever are always called inside
    the fusion retriever's trace, so a plain manager there grows an entry a question.
    The retriever's manager keeps none, unless a handler is there to read them."""
    from llama_index.core.callbacks import CallbackManager, CBEventType, LlamaDebugHandler

    from rag.retrieve import UntracedCallbackManager

    outer = CallbackManager()
    plain, untraced = CallbackManager(), UntracedCallbackManager()
    handled = UntracedCallbackManager([LlamaDebugHandler()])
    for _ in range(100):
        with outer.as_trace("query"), outer.event(CBEventType.RETRIEVE):
            for inner in (plain, untraced, handled):
                with inner.as_trace("query"), inner.event(CBEventType.EMBEDDING):
                    pass
    assert len(plain.trace_map) == 100  # llama-index's own behaviour: the leak
    assert len(untraced.trace_map) <= 1
    assert len(handled.trace_map) == 100


def test_factcheck_exports_older_than_an_hour_are_removed(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from ui import factcheck

    monkeypatch.setattr(factcheck, "_export_root", tmp_path)
    old, recent = tmp_path / "faktatjek-old", tmp_path / "faktatjek-recent"
    other = tmp_path / "not-an-export"
    other.mkdir()
    for folder in (old, recent):
        folder.mkdir()
        (folder / "faktatjek.csv").write_text("x", encoding="utf-8")
    two_hours_ago = factcheck.time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    md, csv_path = factcheck._export([])
    assert Path(md).is_file() and Path(csv_path).read_text(encoding="utf-8").startswith("påstand")
    assert not old.exists() and recent.exists() and other.exists()
