"""Whether two meeting keys (`chunk.meeting_key`) name the same meeting.

One meeting is often published in several renderings: the secretary's Word file, the
PDF saved from it, the web page it was pasted into, a system's XML export and its PDF
print. The key is written as each file spells the meeting (it is also the prefix of its
items' keys), so it may differ in what no reader would call another meeting: the
committee's letter case ("Børne-, unge- og kulturudvalget" on a web page,
"Børne-, Unge- og Kulturudvalget" in the Word file), its spacing or dashes, and a start
time one rendering does not print. Ingest decides "the same meeting" here, so such a
rendering is reported as a duplicate and stored once; each stored meeting keeps the
committee as its file spells it.

>>> keys = MeetingKeys()
>>> keys.add("Samsø|Børne-, Unge- og Kulturudvalget|2023-11-13|16:00|0|referat")
>>> keys.find("Samsø|Børne-, unge- og kulturudvalget|2023-11-13|16:00|0|referat")
'Samsø|Børne-, Unge- og Kulturudvalget|2023-11-13|16:00|0|referat'
>>> keys.find("Samsø|Børne-, Unge- og Kulturudvalget|2023-11-13||0|referat") is not None
True
>>> keys.find("Samsø|Børne-, Unge- og Kulturudvalget|2023-11-13|16:00|0|dagsorden") is None
True
>>> keys.find("Samsø|Børne-, Unge- og Kulturudvalget|2023-11-13|19:00|0|referat") is None
True
"""

from __future__ import annotations

import re
import unicodedata

Base = tuple[str, str, str, str]  # municipality, committee, date, document type: folded


def _fold(name: str) -> str:
    """A name without what its rendering adds: letter case, spacing, punctuation
    ("Børne-, unge- og kulturudvalget" → "børneungeogkulturudvalget")."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", name).casefold())


def _split(key: str) -> tuple[Base, str]:
    """The key's parts that must agree, and its start time ("" when none is printed)."""
    head, day, time, _punkt, doc_type = key.rsplit("|", 4)
    municipality, _, committee = head.partition("|")
    return (_fold(municipality), _fold(committee), day, doc_type), time


class MeetingKeys:
    """Meeting keys, found again by the meeting they name (`find`)."""

    def __init__(self) -> None:
        self._by_base: dict[Base, dict[str, str]] = {}  # base → start time → key

    def add(self, key: str, same: str | None = None) -> None:
        """Know `key`, as the meeting `same` (a key `find` gave for it) when given: its
        start time then tells that meeting from another one of the same day."""
        base, time = _split(key)
        self._by_base.setdefault(base, {}).setdefault(time, same or key)

    def find(self, key: str) -> str | None:
        """The known key of the meeting `key` names: the same key, or one that differs
        only in the committee's spelling, or in a start time one of them lacks when no
        other start time of that day is known (two meetings of one body on one day are
        told apart by their times)."""
        base, time = _split(key)
        times = self._by_base.get(base, {})
        if time in times:
            return times[time]
        given = [t for t in times if t]
        if not time and len(given) == 1:
            return times[given[0]]  # (a rendering without the start time)
        if time and "" in times and not given:
            return times[""]
        return None
