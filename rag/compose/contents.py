"""What an agenda item held, asked of the item itself: "Hvilke meddelelser fik udvalget i
marts 2025?", "Hvad handlede punkt 4 om i juni 2015?", "Hvad stod der under Meddelelser i
februar 2023?".

The question names the item (by its number, or by its whole title, as "Meddelelser"),
not a matter inside it, so no sentence of the item matches its words: the answer lists
the item's points (a Meddelelser item is a numbered list of announcements), each by its
first sentence, or the opening of its case text, and then the decision.
"""

from __future__ import annotations

import re

from referat.danish import sentences, stems
from referat.domain import HISTORY_SECTIONS, Answer, RetrievedItem

from ..catalog import agenda_ref
from ..period_scope import mentions_period
from .base import UNQUOTED, Context, quote_block, where

# "hvad handlede punkt 4 om", "hvad var punkt 10 på dagsordenen", "hvad stod der under
# Meddelelser", "hvilke meddelelser fik …", "hvad blev udvalget orienteret om"
_ASKS = re.compile(
    r"\bhvad\s+(?:var|handlede|omhandlede|drejede|indeholdt|rummede|gik)\b[^?]{0,40}?"
    r"\bpunkt(?:et)?\s+(?:nr\.\s*)?\d+\b"
    r"|\bhvad\s+(?:stod|står)\s+der\s+(?:under|i)\s+(?:punkt|dagsordenspunkt)"
    r"|\bhvad\s+(?:stod|står)\s+der\s+(?:under|i)\s+(?:punktet\s+)?[A-ZÆØÅ]"
    r"|\bhvilke\s+(?:meddelelser|orienteringer)\b"
    # "hvad blev der meddelt udvalget på mødet 7/2-2023?"
    r"|\bhvad\s+(?:blev|bliver)\s+(?:der\s+)?(?:\w+\s+){0,2}?meddelt\b"
    r"|\bhvad\s+(?:blev|bliver)\s+(?:\w+\s+){1,2}orienteret\s+om\s+(?:under|i)\b",
    re.I)
_TOLD = re.compile(r"\bmeddelt\b", re.I)
_NOTICE_STEMS = frozenset(stems("meddelelser meddelelse"))
# A point of a list item: "1. Iris Group rangerer …", "2) Jobcamp 2025 …"
_POINT = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*)$")
# Sections that open an item's case, in the order tried.
_LEADS = ("Resume", "Beskrivelse", "Sagsfremstilling")
_MAX_POINTS = 8
_POINT_CHARS = 220
_LEAD_SENTENCES = 2
_LEAD_CHARS = 500
_SEARCH_DEPTH = 8  # candidates read for an item named by its title


def asks_contents(question: str) -> bool:
    """Does the question ask what an item held, naming the item?

    >>> asks_contents("Hvilke meddelelser fik udvalget i marts 2025?")
    True
    >>> asks_contents("Hvad handlede punkt 4 om i juni 2015?")
    True
    >>> asks_contents("Hvad besluttede udvalget om studieturen?")
    False
    """
    return bool(_ASKS.search(question))


def named_item(ctx: Context) -> RetrievedItem | None:
    """The item the question names: its number ("punkt 4"), or its whole title, every
    word of it in the question ("under Meddelelser"); of the named period, if any."""
    q = ctx.q
    # (all of a named meeting's items: its agenda is short, and a title matches whole)
    depth = None if q.date_from else _SEARCH_DEPTH
    pool = [c for c in ctx.candidates[:depth] if not c.closed and (
        not q.date_from or mentions_period(q, c, ""))]
    if q.punkt is not None:
        return next((c for c in pool if c.punkt == q.punkt), None)
    asked = set(stems(ctx.question))
    if _TOLD.search(ctx.question):  # "hvad blev der meddelt …": the Meddelelser item
        asked |= _NOTICE_STEMS
    found = next((c for c in pool if (title := set(stems(c.title))) and title <= asked),
                 None)
    if found is None and q.date_from:
        # retrieval ranks an item named by its title alone low ("Meddelelser"): read the
        # named meeting's agenda
        for meeting in filter(None, map(ctx.lookup.meeting, dict.fromkeys(c.ref.meeting
                                                                          for c in pool))):
            for n, title, closed in meeting.agenda:
                if not closed and (words := set(stems(title))) and words <= asked:
                    found = RetrievedItem(agenda_ref(meeting, n), title, False,
                                          pool[0].score)
                    ctx.candidates.append(found)
                    return found
    return found


def _points(text: str) -> list[str]:
    """The numbered points of a list item, each as its first sentence; a point that is
    only a heading ("1. Erhvervslivets nytårskur 2023") gets the first sentence under it.
    """
    points: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        m = _POINT.match(line)
        if m:
            points.append((m.group(1), [m.group(2).strip()]))
        elif points and line.strip():
            points[-1][1].append(line.strip())
    shown = []
    for number, lines in points:
        first = (sentences(lines[0]) or [lines[0]])[0]
        if not first.rstrip().endswith((".", ":", "?", "!")) and len(lines) > 1:
            first = f"{first.rstrip()}: {(sentences(lines[1]) or [lines[1]])[0]}"
        if len(first) > _POINT_CHARS:
            first = first[:_POINT_CHARS].rsplit(" ", 1)[0] + " …"
        shown.append(f"{number}. {first.rstrip()}")
    return shown


def _lead(view: object) -> str:
    """The item's own points, or the opening sentences of its case text."""
    sections = [(n, t) for n, t in getattr(view, "sections", [])
                if n not in UNQUOTED and n not in HISTORY_SECTIONS and n != "Beslutning"
                and t.strip()]
    by_name = dict(sections)
    text = next((by_name[n] for n in _LEADS if n in by_name), sections[0][1] if sections
                else "")
    points = _points(text)
    if len(points) >= 2:
        return "\n".join(f"- {p}" for p in points[:_MAX_POINTS])
    lead = " ".join(sentences(text)[:_LEAD_SENTENCES])
    if len(lead) > _LEAD_CHARS:
        lead = lead[:_LEAD_CHARS].rsplit(" ", 1)[0] + " […]"
    return quote_block(lead) if lead else ""


def compose_contents(ctx: Context) -> Answer | None:
    """The named item's points and decision, cited; None when no item is named."""
    item = named_item(ctx)
    if item is None:
        return None
    view = ctx.lookup.item(item.ref)
    if view is None:
        return None
    lines = [f"{where(item, ctx.several_municipalities)}:"]
    lead = _lead(view)
    if lead:
        lines.append(lead)
    decision = view.section("Beslutning")
    if decision:
        lines.append(f"\nBeslutning: »{' '.join(decision.split())}«")
    if not lead and not decision:
        return None
    ctx.candidates.insert(0, ctx.candidates.pop(ctx.candidates.index(item)))
    if item in ctx.items:  # the answer's ranking (its sources, R@1) starts with it
        ctx.items.insert(0, ctx.items.pop(ctx.items.index(item)))
    return ctx.answer("\n".join(lines), [ctx.cite(item, decision or lead, "Beslutning"
                                                  if decision else "")])
