"""Meetings asked of a year the archive holds no minutes of, that an item's meeting
calendar plans: "Hvornår holder byrådet i Greve møde i juni 2025?" is answered from
"Mødekalender 2025 for Byrådet" (decided in 2024), not with "Der er intet møde i juni
2025"."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from referat.danish import stems
from referat.domain import Filters

from .query import Question

# An item that plans a year's meetings ("Mødekalender 2025 for Kultur- og Fritids-
# udvalget", "Mødeplan 2025", "Mødedatoer for 2025"), by its words' stems
_CALENDAR_STEMS = frozenset(stems("mødekalender mødekalenderen mødeplan mødeplanen "
                                   "mødedatoer", frozenset()))
# A question about when meetings are, not about what happened at one
_WHEN_MEETS = re.compile(r"\bhvornår\b|\bhvilke(?:n|t)?\s+(?:dag|dato|ugedag|tidspunkt)\w*|"
                         r"\bmødes\b|\bmødedag\w*|\bmødetid\w*|\bførste møde\b|\bkl\.?\s*\d",
                         re.I)


def planned_calendar(q: Question, f: Filters, lookup: Any, lo: date) -> bool:
    """Is the asked period (from `lo`) after every meeting in scope, the question about
    when meetings are, and do the archive's items speak of meeting calendars?
    Then the question is asked of the calendars (a fact of their text, searched with
    their word) and True; else False and `q` unchanged."""
    if not _WHEN_MEETS.search(q.text):
        return False
    held = lookup.meetings_in(f)
    if not held or lo <= max(m.date for m in held):
        return False
    # (the archive's words say whether any item plans meetings; which year's, the
    # search and the quoted sentence tell)
    vocabulary = getattr(lookup, "vocabulary", ())
    if not any(s in vocabulary for s in _CALENDAR_STEMS):
        return False
    year = str(lo.year)
    # (the calendar was decided before that year: its period is no filter of the search;
    # the month stays a word of the question, "juni", which the calendar's dates name)
    q.date_from = q.date_to = None
    q.date_strict, q.period_kind = False, ""
    q.kind, q.meeting_aspect = "fact", None
    q.topic = [*q.topic, "mødekalend"]
    q.search_text = f"{q.search_text} mødekalender {year}"
    return True
