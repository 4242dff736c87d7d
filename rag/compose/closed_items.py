"""A meeting's or a period's closed items (lukkede punkter), each with the decision the
minutes publish: "Havde socialudvalget nogen lukkede punkter i 2024, og hvad handlede de
om?" — a closed item's case text is withheld, its title and often its decision are not
("Orienteringen blev taget til efterretning", "For stemte: V, C … Imod stemte: F og Ø")."""

from __future__ import annotations

import re
from datetime import timedelta

from referat.danish import sentences
from referat.domain import Answer
from referat.labels import capital

from ..catalog import agenda_name, agenda_ref
from ..parties import names_party, voting_party
from .base import Context
from .front_page import front_page, meeting_first, meeting_label
from .meeting_outcomes import committee_meetings, meetings_in_scope, opening
from .role_lines import ROLE_LINES
from .times_treated import decided_note
from .votes_held import asked_roles

# A period longer than this is no one meeting's: "i 2024", "i foråret" (not "i marts")
_ONE_MEETING = timedelta(days=31)


def closed_items(ctx: Context, meeting) -> Answer:  # noqa: ANN001 - MeetingInfo
    """"Hvilke sager blev behandlet for lukkede døre på mødet i februar 2024?": the
    meeting's closed items, each cited; asked of a longer period or of no date, every
    meeting's in it."""
    q = ctx.q
    label = meeting_label(ctx, meeting)
    closed = [(n, title) for n, title, is_closed in meeting.agenda if is_closed]
    across = None
    if q.date_from and q.date_to and q.date_to - q.date_from > _ONE_MEETING and not (
            q.relative_meeting):
        across = _closed_across(ctx, meetings_in_scope(ctx))  # "… i løbet af 2024?"
    elif not closed and not (q.has_date or q.relative_meeting):
        # "har udvalget behandlet noget for lukkede døre?": any of its meetings
        across = _closed_across(ctx, committee_meetings(ctx, meeting))
    if across is not None:
        return across
    if not closed:
        body = f"Referatet af {label} har ingen lukkede punkter."
        return front_page(ctx, meeting, body)
    body = f"Lukkede punkter på {label}:\n" + "\n".join(
        f"- {capital(agenda_name(meeting, n))}: {title} (lukket punkt; indholdet er ikke "
        f"offentligt){_decided(ctx, meeting, n)}" for n, title in closed)
    cites = [ctx.cite(agenda_ref(meeting, n), "Lukket punkt", "Lukket", title=title)
             for n, title in closed]
    # the closed items first in the ranking (the sources panel, R@1)
    return meeting_first(ctx, cites[0].ref, ctx.answer(body, cites, kind="closed"))


def _decided(ctx: Context, meeting, n: int) -> str:  # noqa: ANN001 - MeetingInfo
    return decided_note(ctx.lookup.item(agenda_ref(meeting, n)))


def _votes(ctx: Context, meeting, n: int, party: str,  # noqa: ANN001 - MeetingInfo
           lines: list[re.Pattern[str]]) -> bool:
    """Does the closed item's published decision have a vote line naming `party`?"""
    view = ctx.lookup.item(agenda_ref(meeting, n))
    return view is not None and any(
        names_party(party, s) and any(rx.search(s) for rx in lines)
        for s in sentences(view.section("Beslutning")))


def _closed_across(ctx: Context, meetings: list) -> Answer | None:
    """The closed items of `meetings`, in date order, with their published decisions;
    None when there are none (the named meeting's own answer says so)."""
    found = [(full, n, title) for full in meetings
             for n, title, is_closed in full.agenda if is_closed]
    party = voting_party(ctx.question)
    if party is not None:  # "I hvilke lukkede sager stemte F imod?": its vote lines only
        lines = [ROLE_LINES[r] for r in asked_roles(ctx.question)]
        found = [(m, n, title) for m, n, title in found if _votes(ctx, m, n, party, lines)]
    if not found:
        return None
    body = "Lukkede punkter (indholdet er ikke offentligt):\n" + "\n".join(
        f"- {opening(ctx, m)}, {agenda_name(m, n)}: {title}{_decided(ctx, m, n)}"
        for m, n, title in found)
    cites = [ctx.cite(agenda_ref(m, n), "Lukket punkt", "Lukket", title=title)
             for m, n, title in found]
    return meeting_first(ctx, cites[0].ref, ctx.answer(body, cites, kind="closed"))
