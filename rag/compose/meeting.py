"""Questions about a meeting itself: who took part, who sent apologies, where and when
it was held, what was on the agenda — answered from the meeting's front page."""

from __future__ import annotations

import re

from referat.danish import danish_date, stems
from referat.domain import Answer, RetrievedItem
from referat.periods import period_words
from referat.values import PERSON

from ..intent import asked_role
from .base import Context, decline

# "Jakob Søgaard Timmermann (konstitueret centerchef for Arbejdsmarked)": name, role.
_ENTRY = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]*)\)\s*$")


def _body(meeting, aspect: str, committee: str) -> str:  # noqa: ANN001 - MeetingInfo
    label = f"mødet i {committee} den {danish_date(meeting.date)}"
    upper = label[0].upper() + label[1:]
    if aspect == "absentees":
        return (f"Afbud/fravær til {label}: " + ", ".join(meeting.absentees) + "."
                if meeting.absentees else f"Referatet af {label} nævner ingen afbud.")
    if aspect == "place":
        return (f"{upper} blev holdt: {meeting.place}." if meeting.place
                else f"Referatet af {label} nævner ikke mødestedet.")
    if aspect == "time":
        return (f"{upper} begyndte kl. {meeting.start_time}." if meeting.start_time
                else f"Referatet af {label} nævner ikke tidspunktet.")
    if aspect == "agenda":
        return f"Dagsorden for {label}:\n" + "\n".join(
            f"{n}. {'Lukket: ' if closed else ''}{title}" for n, title, closed in meeting.agenda)
    if meeting.attendees:
        body = f"Deltagere i {label}:\n" + "\n".join(f"- {p}" for p in meeting.attendees)
        return body + ("\n\nAfbud: " + ", ".join(meeting.absentees) if meeting.absentees
                       else "")
    return (f"Referatet af {label} har ingen deltagerliste"
            + (f"; det nævner kun afbud fra: {', '.join(meeting.absentees)}."
               if meeting.absentees else "."))


def compose_meeting(ctx: Context) -> Answer:
    meeting = None
    dated = [i for i in ctx.items if i.is_meeting] or ctx.items
    if dated:
        meeting = ctx.lookup.meeting(dated[0].ref)
    if meeting is None:
        return decline(ctx)
    body = _body(meeting, ctx.q.meeting_aspect or "attendees", ctx.committee(meeting.ref))
    node = next((i for i in ctx.items if i.ref == meeting.ref),
                RetrievedItem(meeting.ref, "", False, 1.0))
    answer = ctx.answer(body, [ctx.cite(meeting.ref, body, "Møde", title="")], kind="meeting")
    answer.retrieved = [node] + [i for i in ctx.items if i is not node]
    return answer


def role_holder(ctx: Context, asked: str) -> Answer | None:
    """"Hvem var konstitueret centerchef for Arbejdsmarked på mødet i februar 2024?": the
    participant whose title in the meeting's list names the role and most of the
    question's other words, from the meetings retrieved (best first); None if none, or
    if the question (`asked` its asked type) is not about a person in a role."""
    role = asked_role(ctx.question) if asked == PERSON else None
    if role is None:
        return None
    w = ctx.weights
    period = period_words(ctx.q.text)
    wanted = [t for t in ctx.q.topic if t not in period]
    seen = set()
    for item in ctx.items:
        meeting = ctx.lookup.meeting(item.ref)
        if meeting is None or meeting.ref in seen:
            continue
        seen.add(meeting.ref)
        for entry in meeting.attendees + meeting.absentees:
            m = _ENTRY.match(entry)
            if not m or role not in m.group("role").lower():
                continue
            have = set(stems(entry))
            if wanted and sum(t in have for t in wanted) < w.role_entry_share * len(wanted):
                continue
            label = f"mødet i {ctx.committee(meeting.ref)} den {danish_date(meeting.date)}"
            listed = "afbudslisten" if entry in meeting.absentees else "deltagerlisten"
            body = f"Ifølge {listed} til {label}:\n> {entry}"
            return ctx.answer(body, [ctx.cite(meeting.ref, entry, "Møde", title="")])
    return None
