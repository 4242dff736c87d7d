"""A composer's `Context` over hand-written items, no index: the unit tier's way to ask
one composer one question (`tests/unit/test_answer_classes_*.py`)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any


def item_context(question: str, items: list[tuple[int, str, date]],
                 sections: dict[int, list[tuple[str, str]]], confidence: float = 0.0) -> Any:
    """A Context whose candidates are `items` ((punkt, title, meeting date), Ballerup,
    "EBU", 08:00) with `sections` by punkt; every word as rare as the next (no idf),
    every item of the given `confidence`."""
    from rag.catalog import ItemView
    from rag.compose.base import Context
    from rag.query import parse_question
    from referat.domain import ItemRef, RetrievedItem

    retrieved = [RetrievedItem(ItemRef("Ballerup", "EBU", day, "08:00", n), title, False, 1.0)
                 for n, title, day in items]
    views = {r.ref: ItemView(r.ref, r.punkt, r.title, False, None, sections.get(r.punkt, []))
             for r in retrieved}
    lookup = SimpleNamespace(item=lambda ref: views.get(ref), meeting=lambda ref: None,
                             municipalities=["Ballerup"],
                             idf={}, default_idf=1.0)
    q = parse_question(question, [day for _, _, day in items])
    return Context(question, q, retrieved, lookup, lambda i: confidence, 0.6)  # type: ignore[arg-type]


def meeting_info(day: date, attendees: list[str], absentees: list[str], place: str = "",
                 agenda: list[tuple[int, str, bool]] | None = None, **more: Any) -> Any:
    """A real `MeetingInfo` of Ballerup's "EBU" at 08:00 on `day`, as the item store
    would give it (`called`, `doc_type`, … by keyword)."""
    from rag.catalog import MeetingInfo

    fields = {"start_time": "08:00", "doc_type": "referat", "source_file": "", **more}
    return MeetingInfo("Ballerup", "EBU", day, place=place, attendees=attendees,
                       absentees=absentees, agenda=agenda or [], **fields)


def bodies_context(question: str,
                   items: list[tuple[str, str, date, int, str, str | None, list[Any]]],
                   confidence: float = 0.9) -> Any:
    """A Context over items of several bodies and municipalities: (municipality,
    committee, meeting date, punkt, title, case number, sections), each at 16:00, all
    retrieved alike, every word as rare as the next."""
    from rag.catalog import ItemView
    from rag.compose.base import Context
    from rag.query import parse_question
    from referat.domain import ItemRef, RetrievedItem

    retrieved = [RetrievedItem(ItemRef(m, c, d, "16:00", n), title, False, 1.0)
                 for m, c, d, n, title, _, _ in items]
    views = {r.ref: ItemView(r.ref, r.punkt, r.title, False, case, sections)
             for r, (*_, case, sections) in zip(retrieved, items, strict=True)}
    lookup = SimpleNamespace(item=lambda ref: views.get(ref), meeting=lambda ref: None,
                             municipalities=sorted({m for m, *_ in items}),
                             idf={}, default_idf=1.0)
    q = parse_question(question, [d for _, _, d, *_ in items])
    return Context(question, q, retrieved, lookup, lambda i: confidence, 0.6)  # type: ignore[arg-type]
