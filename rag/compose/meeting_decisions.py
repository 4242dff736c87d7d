"""What a meeting decided, asked of the meeting as a whole: "Hvad besluttede udvalget på
mødet 7. februar 2023?", "Hvad skete der på mødet i juni 2015?", "Hvad kom der ud af det
seneste møde?".

No one item answers these; the answer is the meeting's decision list: every item in
agenda order with its decision (shortened), closed items named as closed, each cited.
A question that names a matter too ("… om studieturen på mødet …") is not this one.
"""

from __future__ import annotations

import re

from referat.danish import stems, topic_stems
from referat.domain import Answer
from referat.labels import capital

from ..catalog import agenda_name, agenda_ref
from ..intent import is_yes_no
from ..meeting_intent import body_words
from ..query import parse_question
from .base import Context
from .front_page import meeting_label

# "hvad besluttede udvalget", "hvad blev der besluttet/vedtaget", "hvad skete der", "hvad
# kom der ud af"
_ASKS = re.compile(r"\bhvad\s+(?:besluttede|vedtog|afgjorde|skete|sket|kom der ud af|"
                   r"blev (?:der\s+)?(?:besluttet|vedtaget|afgjort|besluttet og drøftet)|"
                   r"er (?:der\s+)?(?:blevet\s+)?(?:besluttet|vedtaget))\b", re.I)
# Words that name the meeting, not a matter ("det seneste møde", "første", "EBU").
_MEETING_WORDS = frozenset(stems("seneste sidste første forrige nyeste ældste møde mødet "
                                 "udvalget udvalgsmødet arkivet der skete", frozenset()))
# A meeting asked about as a whole in other words: "Hvad drøftede udvalget på mødet …?",
# "Giv mig et resumé af mødet …", "Opsummer udvalgsmødet …", "Hvad foregik der …?"
_OVERVIEW = re.compile(r"\b(?:hvad\s+(?:drøftede|behandlede|foregik|gik|talte|snakkede|"
                       r"lavede|nåede)|resum[eé]\w*|opsummer\w*|sammenfat\w*|overblik\w*|"
                       r"gennemgang|gennemgå)\b", re.I)
# ... whose words name no matter
_OVERVIEW_WORDS = frozenset(stems(
    "drøftede behandlede foregik gik talte snakkede lavede nåede resumé resume opsummer "
    "opsummering opsummere sammenfat sammenfatning overblik gennemgang gennemgå giv give "
    "kort hurtigt samlet fortæl", frozenset())) | {"foregå", "drøft", "behandl", "tal",
                                                   "snak", "lav", "nå"}  # (their lemmas)
_MEETING = re.compile(r"møde|udvalg", re.I)
_SIGNATURE = re.compile(r"^(?:godkendelse af referat|underskrift)", re.I)
_MAX_MEETINGS = 3
_DECISION_CHARS = 160


def asks_meeting_decisions(ctx: Context) -> bool:
    """Does the question ask what a named meeting decided, naming no matter?"""
    q = ctx.q
    if not (q.date_from or q.relative_meeting) or q.punkt is not None:
        return False  # ("hvad besluttede udvalget i punkt 12 d. 6/2-24?" names one)
    # (an imperative reads as a yes/no question: "Opsummer mødet …")
    asks = _OVERVIEW.search(ctx.question) or (
        _ASKS.search(ctx.question) and not is_yes_no(ctx.question))
    if not (asks and _MEETING.search(ctx.question)):
        return False  # (a meeting or its committee named: "på mødet", "junimødet", "udvalget")
    # (the overview's own words taken out before the topic is read: "resumé" is no word
    # of the minutes, and the topic's spelling repair would make it one)
    topic = parse_question(_OVERVIEW.sub(" ", ctx.question)).topic if _OVERVIEW.search(
        ctx.question) else q.topic
    # (nor does the body's own name, short or whole: "hvad snakkede
    # beskæftigelsesudvalget om den 8/9 2020?", "Handicaprådets møde")
    body = set(topic_stems(f"{q.committee_mention or ''} {body_words(ctx.question)}"))
    return not [t for t in topic
                if t not in _MEETING_WORDS and t not in _OVERVIEW_WORDS and t not in body]


def _short(decision: str) -> str:
    text = " ".join(decision.split())
    return text if len(text) <= _DECISION_CHARS else (
        text[:_DECISION_CHARS].rsplit(" ", 1)[0] + " …")


def compose_meeting_decisions(ctx: Context) -> Answer | None:
    """The decision list of the asked meeting(s), in date order; None when no meeting of
    the question's period was found."""
    refs = list(dict.fromkeys(i.ref.meeting for i in ctx.items))
    lo, hi = ctx.q.date_from, ctx.q.date_to or ctx.q.date_from
    meetings = [m for m in (ctx.lookup.meeting(r) for r in refs) if m is not None and (
        lo is None or hi is None or lo <= m.date <= hi)]
    meetings = sorted(meetings, key=lambda m: m.date)[:_MAX_MEETINGS]
    if not meetings:
        return None
    parts, citations = [], []
    for meeting in meetings:
        lines = [f"{capital(meeting_label(ctx, meeting))}:"]
        for n, title, closed in meeting.agenda:
            if _SIGNATURE.match(title.strip()):
                continue
            ref = agenda_ref(meeting, n)
            name = capital(agenda_name(meeting, n))
            if closed:
                lines.append(f"- {name}: {title} — lukket punkt")
                citations.append(ctx.cite(ref, "Lukket punkt", "Lukket", title=title))
                continue
            view = ctx.lookup.item(ref)
            decision = view.section("Beslutning") if view is not None else ""
            said = f"»{_short(decision)}«" if decision else "ingen beslutning i referatet"
            lines.append(f"- {name}: {title} — {said}")
            citations.append(ctx.cite(ref, decision, "Beslutning" if decision else "",
                                      title=title))
        parts.append("\n".join(lines))
    if not citations:
        return None
    return ctx.answer("\n\n".join(parts), citations, kind="meeting")
