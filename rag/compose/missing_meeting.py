"""A meeting the archive holds no minutes of, asked about itself: "Der skulle have
været udvalgsmøde 16. januar 2024 – hvad skete der med det?". Later items' case
histories often tell it ("16-01-2024 … Udsættes. Mødet aflyst, da udvalget ikke er
beslutningsdygtigt på grund af flere afbud."): the answer says what they tell, once
for each thing told, and cites every item it concerned, in date order.

(Written by hand: the histories are rows of the item store, not retrieved nodes.)"""

from __future__ import annotations

from referat.domain import Answer

from ..catalog import ItemView, item_row_view
from .base import Context, quote_block


def missing_meeting(ctx: Context, itself: bool) -> Answer | None:
    """What later minutes tell of the asked meeting that is not in the archive, or None
    (the question asks no such meeting, or no history names it). `itself`: the question
    asks about the meeting, not a matter treated there."""
    q = ctx.q
    store = getattr(ctx.lookup, "store", None)
    if not (itself and q.names_meeting and q.meeting_aspect is None and q.unreported
            and q.date_from is not None and store is not None):
        return None  # (its place or time, or a matter treated then, is not told so)
    first, last = q.date_from, q.date_to or q.date_from
    told: dict[str, list[ItemView]] = {}  # what a treatment says → the items it concerns
    for row, treatments in store.treated_items(first, last, ctx.lookup.municipalities):
        for treatment in treatments:
            if said := " ".join(treatment["text"].split()):
                told.setdefault(said, []).append(item_row_view(row))
    if not told:
        return None
    lines = [q.unreported.replace("Der er intet møde", "Der er intet referat af mødet")
             .replace(" i de indlæste referater", " i arkivet")
             + " Senere punkters sagsforløb fortæller om det:"]
    citations = []
    for said, views in told.items():
        lines += [quote_block(said), "Det gælder:"]
        for view in views:
            lines.append(f"- {view.ref.render(view.title, ctx.several_municipalities)}")
            citations.append(ctx.cite(view.ref, said, "Tidligere behandling", view.title))
    return ctx.answer("\n".join(lines), citations, kind="meeting")
