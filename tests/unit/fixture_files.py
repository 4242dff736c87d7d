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
