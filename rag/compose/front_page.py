"""A meeting's front page as an answer: its label, the answer citing it (ranked first),
and its open items."""

from __future__ import annotations

from collections.abc import Iterator

from referat.danish import danish_date
from referat.domain import Answer, ItemRef, RetrievedItem
from referat.occasions import occasion_meeting

from ..catalog import ItemView, agenda_ref
from .base import Context


def open_items(ctx: Context, meeting,  # noqa: ANN001 - MeetingInfo
               closed: bool = False) -> Iterator[tuple[int, str, ItemView]]:
    """The meeting's items the archive holds that are not closed (or all, `closed`), in
    agenda order."""
    for n, title, is_closed in meeting.agenda:
        view = None if is_closed and not closed else ctx.lookup.item(agenda_ref(meeting, n))
        if view is not None:
            yield n, title, view


def meeting_label(ctx: Context, meeting) -> str:  # noqa: ANN001 - MeetingInfo
    return held_label(meeting, ctx.committee(meeting.ref))


def held_label(meeting, committee: str) -> str:  # noqa: ANN001 - MeetingInfo
    """"mødet i <committee> den 7. februar 2023", or "det ekstraordinære møde i …" of a
    meeting held on an occasion."""
    return f"{occasion_meeting(getattr(meeting, 'occasion', ''))} i {committee} den " \
           f"{danish_date(meeting.date)}"


def front_page(ctx: Context, meeting, body: str) -> Answer:  # noqa: ANN001 - MeetingInfo
    """An answer from the meeting's front page, citing it and ranked first."""
    return meeting_first(ctx, meeting.ref, ctx.answer(
        body, [ctx.cite(meeting.ref, body, "Møde", title="")], kind="meeting"))


def meeting_first(ctx: Context, ref: ItemRef, answer: Answer) -> Answer:
    """The answer's ranking (its sources panel) starts with the meeting it quotes."""
    node = next((i for i in ctx.items if i.ref == ref), RetrievedItem(ref, "", False, 1.0))
    answer.retrieved = [node] + [i for i in ctx.items if i is not node]
    return answer
