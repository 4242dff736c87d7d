"""An in-memory archive for the fact-checker's unit tests: items by reference, handed to
the checker in a fixed order, as retrieval would (no model, no Chroma)."""

from __future__ import annotations

from typing import Any

from rag.catalog import ItemView
from referat.domain import ItemRef, RetrievedItem


class ViewsRetriever:
    """Every item of `views`, in their order, for any query."""

    idf: dict[str, float] = {}
    default_idf = 2.0

    def __init__(self, views: dict[ItemRef, ItemView], municipality: str) -> None:
        self.views, self.municipalities = views, [municipality]

    def item(self, ref: ItemRef) -> ItemView | None:
        return self.views.get(ref)

    def meeting(self, ref: ItemRef) -> None:
        return None

    def meetings_in(self, filters: Any) -> list[Any]:
        return []

    def retrieve(self, query: str, filters: Any, mode: str = "hybrid",
                 top_k: int = 4) -> tuple[list[RetrievedItem], Any]:
        items = [RetrievedItem(ref=r, title=v.title, closed=False, score=1.0)
                 for r, v in self.views.items()]
        return items[:top_k], None
