"""Reading the layout rounds' fixture files: one helper for every round's tests."""

from __future__ import annotations

from pathlib import Path

from ingest.formats import read_meetings
from referat.domain import Meeting

FIXTURES = Path(__file__).parent / "fixtures"


def one_meeting(folder: str, name: str) -> Meeting:
    """The one meeting in `fixtures/<folder>/<name>` (fails when the file holds more)."""
    (meeting,) = read_meetings(FIXTURES / folder / name)
    return meeting


def written_meeting(folder: Path, name: str, content: str | bytes) -> Meeting:
    """The one meeting of a file written into `folder` (a test's `tmp_path`) with the
    given text or bytes."""
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    (meeting,) = read_meetings(path)
    return meeting
