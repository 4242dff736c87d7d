"""Closed items (lukkede punkter): say that the item is closed, and cite it, instead of
declining — the user learns that the matter exists and why nothing more is public."""

from __future__ import annotations

from referat.danish import danish_date, stems
from referat.domain import Answer, RetrievedItem
from referat.labels import heading_name

from ..catalog import agenda_ref
from ..confidence import item_text, stem_set
from .base import Context, quote_block

# Shortest question stem that may begin a compound of a closed item's title; a word
# of the title itself must be this long to count alone (not "status", "orientering").
_TITLE_PART_MIN = 6
_TITLE_WORD_MIN = 12
# A closed title named word for word by the question needs this many words ("Henvendelser
# til formanden"), so that a one-word title ("Ejendomssag") is not matched by chance.
_NAMED_TITLE_MIN = 2


def _begins(word: str, title_word: str) -> bool:
    """"leverandør" begins "leverandørsamarbejd" (a compound, not the same word)."""
    return title_word.startswith(word) and (
        len(title_word) >= len(word) + 4 or len(word) >= _TITLE_WORD_MIN)


def closed_item(ctx: Context) -> RetrievedItem | None:
    """The closed item the question is about: the best candidate if closed, or, for a
    question that says "lukket", a closed one among the first few, or one whose title
    alone names the question's matter (`_closed_by_title`)."""
    top = ctx.candidates[0] if ctx.candidates else None
    if top is not None and top.closed:
        return top
    if ctx.q.kind == "closed":
        found = next((i for i in ctx.candidates[:5] if i.closed), None)
        if found is not None:
            return found
    return _closed_by_title(ctx) or _closed_named(ctx)


def _closed_named(ctx: Context) -> RetrievedItem | None:
    """"Havde formanden for teknikudvalget fået henvendelser op til novembermødet?": the
    question names every word of a closed item's title ("Henvendelser til formanden"),
    two or more, while the best candidate's title is not named so wholly; search ranks
    the open items that mention the words in their text above the title-only item."""
    asked = set(stems(ctx.q.text))

    def named(title: str) -> bool:
        words = set(stems(title))
        return len(words) >= _NAMED_TITLE_MIN and words <= asked

    if not ctx.candidates or named(ctx.candidates[0].title):
        return None
    for ref in dict.fromkeys(c.ref.meeting for c in ctx.candidates[:5]):
        meeting = ctx.lookup.meeting(ref)
        for n, title, closed in (meeting.agenda if meeting else []):
            if closed and named(title):
                return RetrievedItem(agenda_ref(meeting, n), title, True, score=0.0)
    return None


def _closed_by_title(ctx: Context) -> RetrievedItem | None:
    """"Opsagde udvalget aftalen med en af leverandørerne på mødet 6/2-2024?": a closed
    item is no more than its title ("Status på leverandørsamarbejdet"), which search
    rarely ranks; a question word that begins a word of that title, and that the best
    candidate found does not name, points at it. Only the candidates' meetings are read."""
    words = [t for t in ctx.q.topic if len(t) >= _TITLE_PART_MIN]
    if not words:
        return None
    found = stem_set(item_text(ctx.lookup, ctx.candidates[0])) if ctx.candidates else set()
    words = [t for t in words if t not in found]
    for ref in dict.fromkeys(c.ref.meeting for c in ctx.candidates[:5]):
        meeting = ctx.lookup.meeting(ref)
        for n, title, closed in (meeting.agenda if meeting else []):
            title_stems = stems(title)
            if closed and any(_begins(t, s) for t in words for s in title_stems):
                return RetrievedItem(agenda_ref(meeting, n), title, True, score=0.0)
    return None


def compose_closed(ctx: Context, item: RetrievedItem) -> Answer:
    """The item is closed; its decision is quoted when the minutes publish it (many
    print a closed item's decision, not its case text: "Økonomiudvalget anbefaler punkt
    1 med bemærkning om, …")."""
    view = ctx.lookup.item(item.ref)
    case = f" (sag {view.journal_number})" if view is not None and view.journal_number else ""
    decision = view.section("Beslutning").strip() if view is not None else ""
    head = (f"{heading_name(item.punkt, item.ref.label)} ({item.title}){case} på mødet i "
            f"{ctx.committee(item)} den {danish_date(item.meeting_date)} er et lukket punkt.")
    if decision:
        text = (f"{head} Sagsfremstillingen er ikke offentlig, men referatet gengiver "
                f"beslutningen:\n{quote_block(decision)}")
        cite = ctx.cite(item, decision, "Beslutning")
    else:
        text = (f"{head} Indholdet er ikke offentligt, så referatet oplyser hverken "
                "sagsfremstilling eller beslutning.")
        cite = ctx.cite(item, "", "Lukket")
    answer = ctx.answer(text, [cite], kind="closed")
    # the closed item first in the ranking (the sources panel, R@1), also when it was
    # found by its title and not by search
    answer.retrieved = [item] + [i for i in ctx.items if i.ref != item.ref]
    return answer
