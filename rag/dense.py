"""Dense (vector) search with filters that stays fast whatever share of the archive the
filters keep.

Written by hand, because Chroma evaluates a `where` clause on its SQLite metadata before
the k-NN: a filter that keeps a large share of the archive (a short committee name that
fits many committees, one municipality of two, a long range of meeting days sent as a
set) made a query cost 0.5-1.3 s at 100,000 chunks, against ~20 ms unfiltered. When the
filters keep at least `POSTFILTER_SHARE` of the chunks (known in < 1 ms from the lexical
index's filter columns), the search runs unfiltered over a few times more neighbours and
drops what the filters exclude; with too few left, it asks Chroma with the filters after
all. Selective filters (one day, one committee of many) go to Chroma as before.
"""

from __future__ import annotations

import math
from typing import Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.callbacks import CallbackManager
from llama_index.core.schema import NodeWithScore, QueryBundle
from llama_index.core.vector_stores import (
    FilterCondition,
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
)

# From this share of the archive kept by the filters, search unfiltered and filter after.
POSTFILTER_SHARE = 0.25
# Neighbours fetched: top_k / share × this, so that ~top_k × this survive the filters.
OVERFETCH = 2.0
MAX_FETCH = 400


def passes(metadata: dict[str, Any], filters: MetadataFilters) -> bool:
    """Does a chunk's metadata pass `filters` (the operators `to_metadata_filters` uses)?

    >>> from llama_index.core.vector_stores import MetadataFilter
    >>> f = MetadataFilters(filters=[MetadataFilter(key="committee", value="EBU")])
    >>> passes({"committee": "EBU"}, f), passes({"committee": "ØU"}, f)
    (True, False)
    """
    results = (passes(metadata, f) if isinstance(f, MetadataFilters) else _one(metadata, f)
               for f in filters.filters)
    return any(results) if filters.condition == FilterCondition.OR else all(results)


def _one(metadata: dict[str, Any], f: MetadataFilter) -> bool:
    value = metadata.get(f.key)
    if f.operator == FilterOperator.IN:
        return value in f.value  # type: ignore[operator]
    if f.operator == FilterOperator.NIN:
        return value not in f.value  # type: ignore[operator]
    if value is None:
        return False
    compare = {FilterOperator.EQ: value == f.value, FilterOperator.NE: value != f.value,
               FilterOperator.GT: value > f.value, FilterOperator.GTE: value >= f.value,
               FilterOperator.LT: value < f.value, FilterOperator.LTE: value <= f.value}
    if f.operator not in compare:
        raise ValueError(f"cannot apply {f.operator} to {f.key!r}")
    return compare[f.operator]


class FilteredDense(BaseRetriever):
    """The vector index's retriever for `filters` keeping `share` of the archive."""

    def __init__(self, index: Any, filters: MetadataFilters | None, share: float,
                 top_k: int, size: int,
                 callback_manager: CallbackManager | None = None) -> None:
        super().__init__(callback_manager=callback_manager)
        self.index, self.filters, self.share = index, filters, share
        self.top_k, self.size = top_k, size

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        if self.filters is None or self.share < POSTFILTER_SHARE:
            return self._search(query_bundle, self.top_k, self.filters)
        wide = min(self.size, MAX_FETCH, math.ceil(self.top_k * OVERFETCH / self.share))
        kept = [h for h in self._search(query_bundle, wide, None)
                if passes(h.node.metadata, self.filters)]
        if len(kept) >= self.top_k or wide >= self.size:
            return kept[:self.top_k]
        return self._search(query_bundle, self.top_k, self.filters)

    def _search(self, query_bundle: QueryBundle, top_k: int,
                filters: MetadataFilters | None) -> list[NodeWithScore]:
        # The bundle keeps its embedding: a second search does not embed again.
        return self.index.as_retriever(similarity_top_k=top_k,
                                       filters=filters).retrieve(query_bundle)
