"""What every composer shares: the lookup it reads items from, the context of one
question, and the small pieces of an answer (quote blocks, citations, declines).

A composer turns retrieved items into an `Answer` for one kind of question
(decision, fact, who, meeting, closed, clarify). `rag.answer.Answerer` only routes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from referat.domain import Answer, Citation, ItemRef, RetrievedItem

from ..query import Question
from ..weights import WEIGHTS, Weights

NOT_FOUND = "Det kan jeg ikke finde i referaterne."
# Sections never quoted as an answer: counts, attachment lists and boilerplate.
UNQUOTED = frozenset({"Bilag", "Beslutningen træffes af"})


class Lookup(Protocol):
    """What composers read: the real `Retriever`, or an in-memory fake in unit tests."""

    idf: Any  # stem → idf (`.get(stem, default)`)
    default_idf: float
    vocabulary: Any  # stems the archive contains (`in`)
    municipalities: list[str]

    def item(self, ref: ItemRef) -> Any: ...  # ItemView | None

    def meeting(self, ref: ItemRef) -> Any: ...  # MeetingInfo | None


@dataclass
class Context:
    """One question on its way to an answer."""

    question: str
    q: Question
    items: list[RetrievedItem]  # everything retrieved, best first (meetings included)
    lookup: Lookup
    confidence: Callable[[RetrievedItem], float]
    min_confidence: float
    weights: Weights = WEIGHTS
    candidates: list[RetrievedItem] = field(default_factory=list)  # agenda items only

    def __post_init__(self) -> None:
        if not self.candidates:
            self.candidates = [i for i in self.items if not i.is_meeting]

    @property
    def several_municipalities(self) -> bool:
        return len(self.lookup.municipalities) > 1

    def committee(self, item: RetrievedItem | ItemRef | Any) -> str:
        """The committee as answers name it: `"Økonomiudvalget i Greve"` when the archive
        holds several municipalities, else just the committee."""
        ref = item if isinstance(item, ItemRef) else item.ref
        return f"{ref.committee} i {ref.municipality}" if (
            self.several_municipalities and ref.municipality) else ref.committee

    def cite(self, item: RetrievedItem | ItemRef, quote: str = "", section: str = "",
             title: str | None = None) -> Citation:
        ref = item.ref if isinstance(item, RetrievedItem) else item
        name = title if title is not None else getattr(item, "title", "")
        return Citation(ref, name, quote, section,
                        with_municipality=self.several_municipalities)

    def answer(self, text: str, citations: list[Citation], kind: str | None = None,
               declined: bool = False) -> Answer:
        return Answer(self.question, text, citations, self.items, declined=declined,
                      kind=kind or self.q.kind)


class Composer(Protocol):
    def __call__(self, ctx: Context) -> Answer: ...


def quote_block(text: str) -> str:
    """Markdown quote of `text`, line by line."""
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.strip().split("\n"))


def where(item: RetrievedItem, with_municipality: bool = False) -> str:
    """`Erhvervsudvalget, 7. februar 2023, punkt 5 (Studietur til Lund)` ("punkt 5a" when
    the minutes print the item so)."""
    if not item.punkt:
        return item.ref.render(with_municipality=with_municipality)
    return f"{item.ref.meeting_name(with_municipality)}, {item.ref.name} ({item.title})"


def decline(ctx: Context, note: str | None = None, lead: str = NOT_FOUND,
            kind: str | None = None, cite: RetrievedItem | ItemRef | None = None) -> Answer:
    """"Det kan jeg ikke finde i referaterne." with a reason and the nearest items as
    leads; `cite` names the item that was found but does not state the asked value."""
    lines = [lead] + ([note] if note else [])
    near = [i for i in ctx.items if not i.is_meeting and i is not cite][:3]
    if near:
        lines.append("\nMåske er et af disse punkter relevant:")
        lines.extend(f"- {ctx.committee(i)}, {i.label}" for i in near)
    citations = [ctx.cite(cite, "", "")] if cite is not None else []
    return ctx.answer("\n".join(lines), citations, kind=kind, declined=True)
