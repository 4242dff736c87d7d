"""The case-history composer: every treatment of the top item's case, each cited
(what asks for it: `rag.case_intent`)."""

from __future__ import annotations

from referat.danish import danish_date, stems
from referat.domain import Answer

from ..case import case_history
from .base import Context, quote_block

MAX_STEPS = 12


def compose_case(ctx: Context) -> Answer | None:
    """The case's treatments, or None when the top item has no case number, the archive
    holds no item store, or the case was treated only once (the decision composer then
    answers)."""
    top = ctx.candidates[0]
    view = ctx.lookup.item(top.ref)
    store = getattr(ctx.lookup, "store", None)
    if view is None or not view.journal_number or store is None:
        return None
    # (a number the minutes give items of other matters too — Greve's 23-014383 on the
    # Seniorråd's report and on four other items of that meeting — is followed for the
    # items titled as this one, by half their words at least)
    own = set(stems(view.title))
    steps = [s for s in case_history(store, view.journal_number) if s.ref is None or not (
        title := set(stems(s.title))) or 2 * len(own & title) >= min(len(own), len(title))]
    if len(steps) < 2:
        return None
    with_municipality = len(ctx.lookup.municipalities) > 1
    parts = [f"Sag {view.journal_number} ({view.title}) er behandlet {len(steps)} gange:"]
    citations = []
    for step in steps[:MAX_STEPS]:
        day = danish_date(step.date) if step.date else "uden dato"
        text = " ".join(step.text.split())
        if step.ref is not None:
            head = f"{step.ref.render(step.title, with_municipality)}"
            citations.append(ctx.cite(step.ref, text, "Beslutning", title=step.title))
        else:
            where = f", punkt {step.punkt}" if step.punkt else ""
            source = "nævnt under »Tidligere behandling«" if step.listed else "fra sagsforløbet"
            head = f"{step.committee}, {day}{where} ({source}; mødet er ikke i arkivet)"
        parts.append(f"{head}:\n{quote_block(text)}")
    return ctx.answer("\n\n".join(parts), citations, kind="case")
