"""Unit-tier fixtures: an in-memory archive that composers read through the same
`Lookup` protocol as the real `Retriever`, built from hand-written items — no model,
no Chroma; and `read_file`, a fixture text written to a file and read by the adapters."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ingest.formats import read_meetings
from rag.catalog import ItemView, MeetingInfo
from rag.compose.base import Context
from rag.query import parse_question
from referat.danish import stems
from referat.domain import Filters, ItemRef, Meeting, RetrievedItem

COMMITTEE = "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget"
# `read_file`'s type: a file's name and its content → the meetings read from it
ReadFile = Callable[[str, "str | bytes"], list[Meeting]]


@dataclass
class FakeArchive:
    """Items and meetings in memory; idf over the items' stems as the index computes it."""

    views: dict[ItemRef, ItemView] = field(default_factory=dict)
    meetings: dict[ItemRef, MeetingInfo] = field(default_factory=dict)
    municipalities: list[str] = field(default_factory=lambda: ["Ballerup"])
    default_idf: float = 3.0

    def add(self, day: date, punkt: int, title: str, sections: dict[str, str],
            committee: str = COMMITTEE, municipality: str = "Ballerup",
            closed: bool = False) -> RetrievedItem:
        ref = ItemRef(municipality, committee, day, "", punkt)
        self.views[ref] = ItemView(ref, punkt, title, closed, None, list(sections.items()))
        return RetrievedItem(ref, title, closed, score=1.0, dense=0.9)

    def add_meeting(self, info: MeetingInfo) -> RetrievedItem:
        self.meetings[info.ref] = info
        return RetrievedItem(info.ref, "", False, score=1.0, dense=0.9)

    # -- the Lookup protocol --
    @property
    def idf(self) -> dict[str, float]:
        docs = [set(stems(" ".join(t for _, t in v.sections) + " " + v.title))
                for v in self.views.values()]
        df = Counter(s for d in docs for s in d)
        n = len(docs)
        return {s: math.log(1 + (n - c + 0.5) / (c + 0.5)) + 1.0 for s, c in df.items()}

    @property
    def vocabulary(self) -> set[str]:
        return set(self.idf)

    def item(self, ref: ItemRef) -> ItemView | None:
        return self.views.get(ref)

    def meeting(self, ref: ItemRef) -> MeetingInfo | None:
        return self.meetings.get(ref.meeting)

    def meetings_in(self, filters: Filters) -> list[MeetingInfo]:
        return [m for m in self.meetings.values()
                if (not filters.municipalities or m.municipality in filters.municipalities)
                and (not filters.committees or m.committee in filters.committees)
                and (not filters.date_from or m.date >= filters.date_from)
                and (not filters.date_to or m.date <= filters.date_to)]


@pytest.fixture
def archive() -> FakeArchive:
    return FakeArchive()


@pytest.fixture
def context(archive: FakeArchive):  # noqa: ANN201 - returns a factory
    """`context(question, items)`: a composer's input with every item fully trusted."""

    def make(question: str, items: list[RetrievedItem], confidence: float = 1.0,
             **kwargs: Any) -> Context:
        q = parse_question(question)
        return Context(question, q, items, archive, lambda _: confidence, 0.5, **kwargs)

    return make


@pytest.fixture
def front_page(archive: FakeArchive) -> RetrievedItem:
    """The front page of a meeting on 7 February 2023: members with their party, the
    administration with titles, one apology, one item."""
    return archive.add_meeting(MeetingInfo(
        "Ballerup", "EBU", date(2023, 2, 7), "08:00", "Rådhuset",
        ["Musa Kekec (A)", "Allan Kristensen (C) (2. viceborgmester)",
         "Elisabeth Gadegaard Wolstrup (direktør)",
         "Steen Pedersen (centerchef for By og Miljø)"],
        ["Per Kensø (centerchef for Skoler)"],
        [(1, "Meddelelser", False)], "referat", "x.txt"))


@pytest.fixture
def read_file(tmp_path: Path) -> ReadFile:
    """Write `content` (text as UTF-8, or bytes as they are) to a file called `name`
    and read it as `referat ingest` does: `read_file("referat.txt", text)`."""

    def read(name: str, content: str | bytes) -> list[Meeting]:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return read_meetings(path)

    return read
