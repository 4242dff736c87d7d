"""A named person's attendance at a meeting that the question names by what happened
there, not by its date: "Dennis Sørensen (A) – var han med, da udvalget så udkastet til
ny beskæftigelsesstrategi?" is answered from that meeting's list."""

from __future__ import annotations

import re

from referat.danish import sentences, stems
from referat.domain import Answer

from ..confidence import item_text
from ..query import topic_stems
from ..roles import asks_absence
from .base import Context, quote_block, where
from .people import named_people
from .who import ABSENT_LINE

# A named person's attendance asked of a meeting named by a clause of what happened
# there: "Dennis Sørensen (A) – var han med, da udvalget så udkastet til …?", "Deltog
# Anja Holtze, da …?"
_PERSON_AT_SCENE = re.compile(r"\b(?i:var|mødte|deltog)\s+(?:\S+\s+){0,3}?(?:med|til\s+stede|"
                              r"op|[A-ZÆØÅ]\w+)\s*,\s*(?:da|hvor)\b([^?]*)")

_FULL_NAME = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?\s+[A-ZÆØÅ][a-zæøå]")
_SURNAME = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+(?:[\s-]+[A-ZÆØÅ][a-zæøå]+)*\s+([A-ZÆØÅ][a-zæøå]+)")


def scene_person(ctx: Context) -> Answer | None:
    """A named person's entry in the list of the meeting a clause names by what happened
    there: the meeting of the item among the best that says most of the clause's words
    (not the one that only names the person: "Valg af formand under Musa Kekecs
    fravær"); None if no person or no list."""
    scene = _PERSON_AT_SCENE.search(ctx.question)
    if scene is None or not ctx.candidates or not _FULL_NAME.search(
            ctx.question[:scene.start(1)]):
        return None  # ("Hvem var med, da udvalget besøgte Toms?" names nobody)
    words = set(topic_stems(scene.group(1)))
    said = [len(words & set(stems(item_text(ctx.lookup, c))))
            for c in ctx.candidates[:ctx.weights.scene_reach]]
    if not any(said):
        return None
    item = ctx.candidates[said.index(max(said))]
    absent = _absent_at(ctx, item, ctx.question[:scene.start(1)])
    if absent is not None:
        return absent
    meeting = ctx.lookup.meeting(item.ref)
    if meeting is None or not (meeting.attendees or meeting.absentees):
        return None
    return named_people(ctx, meeting)


def _absent_at(ctx: Context, item, asked: str) -> Answer | None:  # noqa: ANN001
    """The item's own line saying the person was absent from it ("Fraværende: Bjarke
    Abel" in the decision of one item of a meeting he attended): it wins over the
    meeting's list for that item."""
    names = {m.group(1) for m in _SURNAME.finditer(asked)}
    view = ctx.lookup.item(item.ref)
    if not names or view is None:
        return None
    lines = [s for s in sentences(view.section("Beslutning")) if ABSENT_LINE.search(s)]
    if not any(re.search(rf"\b{n}\b", s) for s in lines for n in names):
        return None  # (another's absence: the meeting's list says whether they came)
    quote = "\n".join(lines)
    lead = "Ja." if asks_absence(ctx.question) else "Nej."
    text = f"{lead} {where(item, ctx.several_municipalities)}:\n{quote_block(quote)}"
    return ctx.answer(text, [ctx.cite(item, quote, "Beslutning")], kind="who")
