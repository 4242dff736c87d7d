"""The committee's visits: "Hvilke virksomheder har udvalget holdt møde hos?", "Udvalget
har holdt møder ude hos virksomheder – hvilke, og på hvilke adresser?".

Such a question is about every meeting in scope, not about the item retrieval ranks
first: each meeting's items are read for a visit ("Besøg hos Toms Gruppen", "Udvalget
afvikler hele mødet på virksomheden Caverion, Mileparken 9"), and every one found is
listed in date order with the sentence that places it and its decision, each cited.

>>> asks_visits("Hvilke virksomheder har udvalget holdt møde hos?")
True
>>> asks_visits("Udvalget har holdt møder ude hos virksomheder – hvilke, og på hvilke adresser?")
True
>>> asks_visits("Hvilke virksomheder flyttede til Ballerup i 2020?")
False
>>> asks_visits("Hvad er Caverions mål, ifølge sagen om virksomhedsbesøget i februar 2023?")
False
"""

from __future__ import annotations

import re

from referat.danish import sentences
from referat.domain import Answer

from ..catalog import agenda_name, agenda_ref
from .base import Context, quote_block
from .front_page import meeting_first, open_items
from .meeting_outcomes import meetings_in_scope, opening

# A visit asked about, by the committee, at a firm or place
_VISIT_ASKED = re.compile(
    r"\b(?:hvilke[nt]?|hvor)\b[^?]*\b(?:virksomhed\w*|firma\w*|steder)\b[^?]*"
    r"\b(?:hold[te]\s+møde\w*|mødtes|været\s+(?:ude\s+)?(?:hos|på)|besøgt|på\s+besøg|"
    # "hvilke virksomheder har udvalget lagt møder ud hos?"
    r"(?:lagt|lægger|flyttet|henlagt)\s+(?:\w+\s+){0,2}?møde\w*\s+ud)\b|"
    r"\b(?:holdt\s+møde\w*|været|mødtes)\s+(?:ude\s+)?(?:hos|på)\s+(?:\w+\s+)?"
    r"(?:virksomhed\w*|firma\w*)\b[^?]*\bhvilke", re.I)
# A visit in the minutes: an item titled "Besøg hos …", or a sentence that holds the
# meeting at a firm ("… afvikler hele mødet på virksomheden Caverion")
_VISIT_TITLE = re.compile(r"^\W*(?:virksomheds)?besøg\s+(?:hos|på)\b", re.I)
HELD_AT = re.compile(r"\b(?:afvikler|afholder|holder)\s+(?:hele\s+|resten\s+af\s+)?"
                     r"(?:udvalgs)?mødet\s+(?:på|hos|i)\b|\b(?:udvalgs)?mødet\s+(?:afvikles|"
                     r"afholdes|holdes)\s+(?:på|hos)\b", re.I)


# When the committee met at a firm: "Hvornår holdt udvalget møde hos Toms Gruppen?",
# "Hvornår var udvalget på besøg hos Toms?", "Hvornår skulle udvalget have holdt sit møde
# ude hos en virksomhed …?" (the meeting's date answers; no date in the text does)
_VISIT_WHEN = re.compile(
    r"\bhvornår\b[^?]*\b(?:(?:holdt|havde|holde|have\s+holdt|afholdt|afviklede)\s+"
    r"(?:\w+\s+){0,2}?(?:udvalgs)?møde\w*\s+(?:ude\s+)?(?:hos|på)|på\s+(?:virksomheds)?besøg|"
    r"besøgte|mødtes\s+(?:\w+\s+){0,2}?(?:hos|på))\b", re.I)


_ALL = "Udvalgets besøg ifølge referaterne:\n"
_ONE = "Besøget stod på dagsordenen til dette møde:\n"  # (held, or put off: its decision says)


def asks_visits(question: str) -> bool:
    """Does the question ask at which firms or places the committee met, or when?

    >>> asks_visits("Hvornår var udvalget på besøg hos Toms?")
    True
    """
    return bool(_VISIT_ASKED.search(question) or _VISIT_WHEN.search(question))


def compose_visits(ctx: Context) -> Answer | None:
    """The items of the meetings in scope that record a visit, in date order, each with
    the sentence that places the meeting and its decision; None when none does (the
    question is then answered as any other)."""
    found = []
    for meeting in meetings_in_scope(ctx):
        for n, title, view in open_items(ctx, meeting):
            said = [s for _, text in view.sections for s in sentences(text) if HELD_AT.search(s)]
            if said or _VISIT_TITLE.search(title):
                place = said[0] if said else f"Mødested: {meeting.place}" if meeting.place else ""
                decision = " ".join(view.section("Beslutning").split())
                found.append((meeting, n, title, place, decision))
    if _VISIT_WHEN.search(ctx.question):
        # one visit asked about: the one of the items found first ("hos Toms")
        rank = {c.ref: n for n, c in enumerate(ctx.candidates[:3])}
        found = sorted((f for f in found if agenda_ref(f[0], f[1]) in rank),
                       key=lambda f: rank[agenda_ref(f[0], f[1])])[:1]
    if not found:
        return None
    lines = [f"- {opening(ctx, m)}, {agenda_name(m, n)}: {title}"
             + (f"\n{quote_block(place)}" if place else "")
             + (f"\n  Beslutning: »{decision}«" if decision else "")
             for m, n, title, place, decision in found]
    cites = [ctx.cite(agenda_ref(m, n), place or title, "Sagsfremstilling", title=title)
             for m, n, title, place, _ in found]
    head = _ONE if _VISIT_WHEN.search(ctx.question) else _ALL
    return meeting_first(ctx, cites[0].ref, ctx.answer(head + "\n".join(lines), cites,
                                                       kind="meeting"))
