"""One case, one quote: a case that went from a committee to Økonomiudvalget and the
city council is printed at each of them with the same case text, so a fact is found
three times. The answer quotes it once and names the other treatments.

In a municipality where cases pass through several bodies (Greve: udvalg → ØU →
Byrådet), "Hvad bliver gebyret for rottebekæmpelse i 2025?" finds the same sentence
in all three items; three quotes of one sentence are noise, and two of the three
citations are not where the question's answer was decided. Items of the same case at
the same committee (a recurring "Meddelelser" under one number, a case discussed
and later decided) say different things and stay separate quotes.
"""

from __future__ import annotations

from dataclasses import replace

from referat.danish import danish_date
from referat.domain import ItemRef, RetrievedItem

from ..confidence import item_text
from .base import Context
from .passage import Quote


def case_number(ctx: Context, item: RetrievedItem) -> str | None:
    """The item's case number (sagsnummer), or None when the minutes print none."""
    view = ctx.lookup.item(item.ref)
    return (getattr(view, "journal_number", None) or "").strip() or None


def one_body_per_case(ctx: Context, quotes: list[Quote]
                      ) -> tuple[list[Quote], list[RetrievedItem]]:
    """`quotes` with each sentence of a case moved to the case's first treatment among
    the quoted items that says it (where the case text was written; the later bodies
    repeat it), and the other bodies' items whose sentences moved. A sentence only a
    later body's item says (the council's own decision) stays that item's quote."""
    items = {q.item.ref: q.item for q in quotes}  # (each item read once)
    case = {ref: case_number(ctx, item) for ref, item in items.items()}
    cases: dict[tuple[str, str], list[RetrievedItem]] = {}
    for ref, item in sorted(items.items(), key=lambda r: (r[1].meeting_date, r[1].punkt)):
        if case[ref]:
            cases.setdefault((ref.municipality, case[ref]), []).append(item)
    flat: dict[ItemRef, str] = {}

    def says(item: RetrievedItem, sentence: str) -> bool:
        if item.ref not in flat:
            flat[item.ref] = _flat(item_text(ctx.lookup, item))
        return _flat(sentence) in flat[item.ref]

    moved: list[Quote] = []
    left: list[RetrievedItem] = []
    for quote in quotes:
        treatments = cases.get((quote.item.ref.municipality, case[quote.item.ref] or ""), [])
        home = next((i for i in treatments if i.ref.committee != quote.item.ref.committee
                     and i.meeting_date < quote.item.meeting_date
                     and says(i, quote.text)), None)
        if home is not None:
            if quote.item not in left:
                left.append(quote.item)
            quote = replace(quote, item=home)
        moved.append(quote)
    # a later body's own sentence (its recommendation line) is quoted beside the case's
    # sentence only when it scores above every sentence that moved to the first treatment
    best_moved: dict[ItemRef, float] = {}
    for old, new in zip(quotes, moved, strict=True):
        if new.item is not old.item:
            best_moved[old.item.ref] = max(best_moved.get(old.item.ref, 0.0), new.score)
    return [q for old, q in zip(quotes, moved, strict=True) if q.item is not old.item
            or q.score >= best_moved.get(q.item.ref, 0.0)], left


def _flat(text: str) -> str:
    return " ".join(text.split())


def other_treatments(ctx: Context, shown: list[ItemRef], left: list[RetrievedItem]) -> str:
    """"Samme sag er også behandlet i Økonomiudvalget (30. oktober 2024, punkt 9) og
    Byrådet (13. november 2024, punkt 13)." for the items `left` out as other bodies'
    treatments of a shown item's case; "" when none was left out."""
    refs = [i.ref for i in sorted(left, key=lambda i: (i.meeting_date, i.punkt))
            if i.ref not in shown]
    if not refs:
        return ""
    named = [f"{ctx.committee(r)} ({danish_date(r.date)}, {r.name})"
             for r in dict.fromkeys(refs)]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " og " + named[-1]
    return f"Samme sag er også behandlet i {listed}."
