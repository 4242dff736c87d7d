"""👍/👎 on an answer, appended to `feedback.jsonl` in the data dir (one JSON per line):
staff QA, and a source of new test questions for `eval/questions.jsonl`.

Bounded: a comment longer than `REFERAT_FEEDBACK_MAX_CHARS` is refused with a message;
when the file would pass `REFERAT_FEEDBACK_MAX_BYTES` it is rotated (`feedback.1.jsonl`
… `feedback.3.jsonl`, the oldest dropped), so the data dir never fills up. Each record
is written with one `write` of one whole line under a lock: never half a record.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path

from referat.domain import Answer

_LOCK = threading.Lock()
KEEP_ROTATED = 3
# The answer and question stored with a rating are capped too (they come from us, but a
# long answer times many ratings is still growth).
_MAX_STORED = 20_000


class FeedbackRefused(ValueError):
    """Feedback that is not stored; `str(err)` says why, in Danish."""


def _rotated(path: Path, n: int) -> Path:
    return path.with_name(f"{path.stem}.{n}{path.suffix}")


def _rotate(path: Path) -> None:
    oldest = _rotated(path, KEEP_ROTATED)
    if oldest.exists():
        oldest.unlink()
    for n in range(KEEP_ROTATED - 1, 0, -1):
        if _rotated(path, n).exists():
            _rotated(path, n).rename(_rotated(path, n + 1))
    path.rename(_rotated(path, 1))


def record_feedback(path: Path, answer: Answer, liked: bool, comment: str = "",
                    max_chars: int = 2000, max_bytes: int = 5_000_000) -> dict:
    """Append one feedback record; returns it. Safe for concurrent chat sessions.
    Raises `FeedbackRefused` for a comment over `max_chars`."""
    comment = comment.strip()
    if len(comment) > max_chars:
        raise FeedbackRefused(f"Kommentaren er for lang ({len(comment)} tegn; højst "
                              f"{max_chars}). Forkort den og prøv igen.")
    record = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "rating": "up" if liked else "down",
        "comment": comment,
        "question": answer.question[:_MAX_STORED],
        "answer": answer.text[:_MAX_STORED],
        "declined": answer.declined,
        "citations": [c.to_dict() for c in answer.citations],
        "filters": answer.filters.describe(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    with _LOCK:
        if path.exists() and path.stat().st_size + len(line) > max_bytes:
            _rotate(path)
        with path.open("ab") as fh:
            fh.write(line)
    return record
