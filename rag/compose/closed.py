"""Closed items (lukkede punkter): say that the item is closed, and cite it, instead of
declining — the user learns that the matter exists and why nothing more is public."""

from __future__ import annotations

from referat.danish import danish_date
from referat.domain import Answer, RetrievedItem

from .base import Context


def closed_item(ctx: Context) -> RetrievedItem | None:
    """The closed item the question is about: the best candidate if closed, or, for a
    question that says "lukket", a closed one among the first few."""
    top = ctx.candidates[0] if ctx.candidates else None
    if top is not None and top.closed:
        return top
    if ctx.q.kind == "closed":
        return next((i for i in ctx.candidates[:5] if i.closed), None)
    return None


def compose_closed(ctx: Context, item: RetrievedItem) -> Answer:
    view = ctx.lookup.item(item.ref)
    case = f" (sag {view.journal_number})" if view is not None and view.journal_number else ""
    text = (
        f"Punkt {item.punkt} ({item.title}){case} på mødet i {ctx.committee(item)} den "
        f"{danish_date(item.meeting_date)} er et lukket punkt. Indholdet er ikke "
        "offentligt, så referatet oplyser hverken sagsfremstilling eller beslutning."
    )
    return ctx.answer(text, [ctx.cite(item, "", "Lukket")], kind="closed")
