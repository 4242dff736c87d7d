"""The parts of the day a meeting begins in: "eftermiddagsmødet" names the meeting that
began in the afternoon ("morgen", "formiddag", "eftermiddag", "aften" by their hours)."""

from __future__ import annotations

import re

# The parts of the day a meeting may begin in: (word, first hour, last hour).
DAY_PARTS = (("morgen", 5, 9), ("formiddag", 6, 11), ("eftermiddag", 12, 16),
             ("aften", 17, 23))
_PART_OF_DAY_MEETING = re.compile(r"\b(morgen|formiddags|eftermiddags|aften)mød", re.I)


def part_of_day_meeting(text: str) -> tuple[str, int, int] | None:
    """"eftermiddagsmødet" names the meeting that began in the afternoon: ("eftermiddags-
    møde", first hour, last hour) of that part of the day, or None."""
    m = _PART_OF_DAY_MEETING.search(text)
    if m is None:
        return None
    word = m.group(1).lower()
    _, first, last = next(p for p in DAY_PARTS if p[0] == word.removesuffix("s"))
    return f"{word}møde", first, last


def begins_in(start_time: str, first: int, last: int) -> bool:
    """Does a meeting that began at `start_time` ("13:00") begin in those hours?"""
    hour = re.match(r"(\d{1,2})", start_time or "")
    return hour is not None and first <= int(hour.group(1)) <= last

