"""Which meeting a question naming an occasion is about: "Hvornår holdt teknikudvalget
sit ekstraordinære møde i marts 2024?" is the extraordinary meeting of that month, not
the ordinary one the day after. Where no meeting of that occasion is in scope, the
scope stays as it was (the question is answered as if it named none).
"""

from __future__ import annotations

from typing import Any

from referat.domain import Filters, RetrievedItem

from .meeting_intent import occasion_asked
from .query import Question


def occasion_scope(q: Question, f: Filters, lookup: Any) -> Filters:
    """`f` narrowed to the meetings of the occasion the question names (within its
    period, committees and municipalities), or `f` itself when it names none or none
    was held. Several such meetings: the days from the first to the last, and their
    committees (the answer then prefers them: `occasion_first`).

    >>> from datetime import date
    >>> from types import SimpleNamespace as NS
    >>> held = [NS(date=date(2024, 3, 13), occasion="ekstraordinært", committee="KTM",
    ...            municipality="Greve"), NS(date=date(2024, 3, 14), occasion="",
    ...            committee="KTM", municipality="Greve")]
    >>> lookup = NS(meetings_in=lambda f: held)
    >>> from rag.query import parse_question
    >>> q = parse_question("Hvor blev det ekstraordinære møde holdt?")
    >>> occasion_scope(q, Filters(), lookup).date_from
    datetime.date(2024, 3, 13)
    """
    asked = occasion_asked(q.text)
    if not asked:
        return f
    lo, hi = q.date_from, q.date_to or q.date_from
    pool = [m for m in lookup.meetings_in(f) if getattr(m, "occasion", "") == asked
            and (lo is None or hi is None or lo.year == 1 or lo <= m.date <= hi)]
    if not pool:
        return f
    out = f.copy()
    out.date_from, out.date_to = min(m.date for m in pool), max(m.date for m in pool)
    out.committees = out.committees or sorted({m.committee for m in pool})
    out.municipalities = out.municipalities or sorted({m.municipality for m in pool
                                                       if m.municipality})
    return out


def occasion_first(question: str, items: list[RetrievedItem], lookup: Any
                   ) -> list[RetrievedItem]:
    """`items` with those of a meeting of the occasion the question names first (two
    meetings of one committee on one day: "det ekstraordinære møde" is the one so held),
    each group in its order."""
    asked = occasion_asked(question)
    if not asked:
        return items
    held = [i for i in items if getattr(lookup.meeting(i.ref), "occasion", "") == asked]
    return held + [i for i in items if i not in held]
