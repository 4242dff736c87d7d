"""How often a matter was on the agenda: "Hvor mange gange var Tune Skole-sagen (sagsnr.
22-012933) på byrådets dagsorden i 2024?", "Hvor mange initiativretsforslag blev der
behandlet i byrådet i 2024?".

Such a question counts items, not sentences: every meeting in scope (the question's
period, the body it names) is read, and the items whose case number is the asked one, or
whose title holds the matter's rarest word, are listed in date order with their decision,
each cited. None when no item matches (the usual answer then tries).

>>> asks_times_treated("Hvor mange gange var Tune Skole på byrådets dagsorden i 2024?")
True
>>> asks_times_treated("Hvor mange initiativretsforslag blev der behandlet i byrådet i 2024?")
True
>>> asks_times_treated("Hvor mange gange mødtes udvalget i 2024?")
False
"""

from __future__ import annotations

import re

from referat.danish import stems, topic_stems
from referat.domain import Answer
from referat.periods import period_words

from ..catalog import agenda_name, agenda_ref
from .base import Context
from .front_page import meeting_first
from .meeting_outcomes import meetings_in_scope, opening

_ASKS = re.compile(
    r"\bhvor\s+(?:mange\s+gange|ofte)\b[^?]{0,80}?\b(?:dagsorden\w*|behandlet|oppe|"
    r"forelagt|drøftet)\b|"
    r"\bhvor\s+mange\s+\w+\s+(?:blev\s+der\s+|er\s+der\s+blevet\s+)?(?:behandlet|"
    r"forelagt|vedtaget|godkendt)\b", re.I)
# A case number as printed: "22-012933", "24/1234", "27.00.00-A00-3-24"
_CASE = re.compile(r"\b\d{2}[-/]\d{3,6}\b|\b\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}\b")
# Words of such questions that are no part of the matter
_ASKING = frozenset(stems(
    "gang gange ofte dagsorden dagsordenen behandlet oppe forelagt drøftet vedtaget "
    "godkendt sag sagen sagsnr sagsnummer punkt punktet møde møder mødet hver drejede "
    "handlede parti partier hvilke", frozenset()))
_DECISION_CHARS = 200
_MOST = 20  # items listed; more are counted


def asks_times_treated(question: str) -> bool:
    return bool(_ASKS.search(question))


def _bodies(ctx: Context, meetings: list) -> list:
    """The meetings of the body the question names ("byrådets dagsorden", "i byrådet"),
    or all of them when it names none of theirs."""
    asked = set(stems(ctx.question))
    named = [m for m in meetings
             if (parts := set(stems(m.committee)) - {"og"}) and parts <= asked]
    return named or meetings


def compose_times_treated(ctx: Context) -> Answer | None:
    """The items in scope of the asked case number or matter, in date order."""
    meetings = _bodies(ctx, meetings_in_scope(ctx))
    if not meetings:
        return None
    case = _CASE.search(ctx.question)
    body_words = {t for m in meetings for t in stems(m.committee)}
    dated = set(period_words(ctx.question))
    matter = [t for t in topic_stems(ctx.question) if t not in _ASKING and t not in body_words
              and t not in dated and not t.isdigit()]
    if case is None and not matter:
        return None
    rarest = max(matter, key=lambda t: ctx.lookup.idf.get(t, ctx.lookup.default_idf),
                 default="")
    found = []
    for meeting in meetings:
        for n, title, _closed in meeting.agenda:
            view = ctx.lookup.item(agenda_ref(meeting, n))
            if case is not None:
                hit = view is not None and (view.journal_number or "") == case.group(0)
            else:
                hit = rarest in stems(title)
            if hit:
                found.append((meeting, n, title, view))
    if not found:
        return None
    lines = [f"- {opening(ctx, m)}, {agenda_name(m, n)}: {title}{decided_note(view)}"
             for m, n, title, view in found[:_MOST]]
    more = f"\n… og {len(found) - _MOST} punkter til." if len(found) > _MOST else ""
    head = f"{len(found)} {'gang' if len(found) == 1 else 'gange'} i referaterne:"
    cites = [ctx.cite(agenda_ref(m, n), _decision(view), "Beslutning", title=title)
             for m, n, title, view in found[:_MOST]]
    return meeting_first(ctx, cites[0].ref, ctx.answer(
        "\n".join([head, *lines]) + more, cites, kind="meeting"))


def _decision(view) -> str:  # noqa: ANN001 - ItemView | None
    return " ".join(view.section("Beslutning").split()) if view is not None else ""


def decided_note(view) -> str:  # noqa: ANN001 - ItemView | None
    """" — beslutning: »Godkendt.«" for a list line, shortened, or "" when the minutes
    publish no decision."""
    decision = _decision(view)
    if len(decision) > _DECISION_CHARS:
        decision = decision[:_DECISION_CHARS].rsplit(" ", 1)[0] + " …"
    return f" — beslutning: »{decision}«" if decision else ""
