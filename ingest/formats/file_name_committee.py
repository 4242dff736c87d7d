"""The committee named by a download's file name when the minutes' own text never names it.

A publishing system saves a meeting as "Referat - Teknik- og Miljøudvalget - 03-12-2024.txt":
parts between " - " separators, one the body's name, one the meeting's date. When the body
of the file names no committee ("REFERAT" / "Ordinært møde" / the facts), that name is the
meeting's, provided the file name's date is the meeting's own (a name that merely resembles
a committee is never taken from a file about another day)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from referat.domain import UNKNOWN_COMMITTEE, Meeting

from .dates import written_date

# A body's name: "…udvalget", "…rådet", "…nævnet", "…bestyrelsen", "…udvalg", "…råd".
_BODY_RE = re.compile(r"^[A-ZÆØÅ][\w ,.&-]{1,80}?(?:udvalg(?:et)?|råd(?:et)?|nævn(?:et)?|"
                      r"bestyrelse(?:n)?|forsamling(?:en)?)$")
_SEPARATOR_RE = re.compile(r"\s+[-–]\s+|_-_")
_WARNING_PREFIX = "udvalgets navn står ikke i filens hoved"


def _file_date(part: str) -> date | None:
    found = written_date(part.replace("_", " "))
    return found[0] if found else None


def committee_from_file_name(path: Path) -> tuple[str, date] | None:
    """The body and date a file name names ("Referat - Teknik- og Miljøudvalget -
    03-12-2024"), or None.

    >>> committee_from_file_name(Path("Referat - Teknik- og Miljøudvalget - 03-12-2024.txt"))
    ('Teknik- og Miljøudvalget', datetime.date(2024, 12, 3))
    >>> committee_from_file_name(Path("Referat 03-12-2024.txt")) is None
    True
    """
    parts = [p.strip() for p in _SEPARATOR_RE.split(path.stem) if p.strip()]
    bodies = [p for p in parts if _BODY_RE.match(p)]
    dates = [d for p in parts if (d := _file_date(p))]
    if len(bodies) != 1 or len(dates) != 1:
        return None
    return bodies[0], dates[0]


def name_unknown_committees(meetings: list[Meeting], path: Path) -> None:
    """Each meeting cited as the unknown committee takes the file name's body when the
    file name's date is the meeting's; its warning about the missing name goes."""
    named = None
    for meeting in meetings:
        if meeting.committee != UNKNOWN_COMMITTEE:
            continue
        named = named or committee_from_file_name(path)
        if not named or named[1] != meeting.date:
            return
        meeting.committee = named[0]
        meeting.warnings = [w for w in meeting.warnings if not w.startswith(_WARNING_PREFIX)]
