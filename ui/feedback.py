"""👍/👎 on an answer, appended to `feedback.jsonl` in the data dir (one JSON per line):
staff QA, and a source of new test questions for `eval/questions.jsonl`."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path

from referat.domain import Answer

_LOCK = threading.Lock()


def record_feedback(path: Path, answer: Answer, liked: bool, comment: str = "") -> dict:
    """Append one feedback record; returns it. Safe for concurrent chat sessions."""
    record = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "rating": "up" if liked else "down",
        "comment": comment.strip(),
        "question": answer.question,
        "answer": answer.text,
        "declined": answer.declined,
        "citations": [c.to_dict() for c in answer.citations],
        "filters": answer.filters.describe(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False) + "\n"
    with _LOCK, path.open("a", encoding="utf-8") as fh:
        fh.write(line)
    return record
