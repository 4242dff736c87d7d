"""One aspect of every meeting, in date order: "hvilke politikere har meldt afbud til
udvalgsmøderne, år for år?", "hvor er møderne blevet holdt gennem årene?" — each
meeting's front page answers for itself, and each is cited."""

from __future__ import annotations

from referat.danish import danish_date
from referat.domain import Answer

from .base import Context
from .front_page import meeting_first

ASPECTS = ("absentees", "place", "time")


def every_meeting(ctx: Context, meetings: list, aspect: str) -> Answer | None:  # noqa: ANN001
    """Each meeting's absentees, place or start, one line a meeting in date order; the
    meetings that hold what is asked first in the ranking. None for fewer than two."""
    if aspect not in ASPECTS or len(meetings) < 2:
        return None
    lines, cites, holding = [], [], []
    for m in sorted(meetings, key=lambda m: m.date):
        value = _value(m, aspect)
        lines.append(f"- {danish_date(m.date)}: {value or _NONE[aspect]}")
        cites.append(ctx.cite(m.ref, value or "", "Møde", title=""))
        if value:
            holding.append(m.ref)
    names = {ctx.committee(m.ref) for m in meetings}  # (renamed over the years: no name)
    where = f" i {names.pop()}" if len(names) == 1 else ""
    body = f"{_LEAD[aspect]}{where}, møde for møde:\n" + "\n".join(lines)
    if holding:  # (the meetings that hold what is asked are the sources)
        cites = [c for c in cites if c.ref in holding]
    return meeting_first(ctx, cites[0].ref, ctx.answer(body, cites, kind="meeting"))


_LEAD = {"absentees": "Afbud og fravær", "place": "Mødested", "time": "Mødetidspunkt"}
_NONE = {"absentees": "referatet nævner ingen afbud",
         "place": "referatet nævner ikke mødestedet",
         "time": "referatet nævner ikke tidspunktet"}


def _value(meeting, aspect: str) -> str:  # noqa: ANN001 - MeetingInfo
    if aspect == "absentees":
        return "afbud fra " + ", ".join(meeting.absentees) if meeting.absentees else ""
    if aspect == "place":
        return meeting.place or ""
    return f"kl. {meeting.start_time}" if meeting.start_time else ""
