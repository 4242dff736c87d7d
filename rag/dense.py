"""Dense (vector) search with filters that stays fast whatever share of the archive the
filters keep.

Written by hand, because Chroma evaluates a `where` clause on its SQLite metadata before
the k-NN: at 300,000 chunks a filter keeping a large share of the archive (a short
committee name that fits many committees, a year sent as a set of meeting days) cost
0.7-5 s, one municipality of many 70-130 ms, against ~10 ms unfiltered. So, with the
share of chunks the filters keep known in < 1 ms from the lexical index's columns, an
archive of `LARGE_ARCHIVE` chunks or more is searched so:

* at least `POSTFILTER_SHARE`: search unfiltered over a few times more neighbours and
  drop what the filters exclude (a second, wider round when too few are left);
* at most `MAX_IDS` chunks (one municipality of many, one meeting) of a large archive:
  send Chroma those chunks' ids, which it searches without reading its metadata (~25 ms);
* in between: Chroma's `where`.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
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
POSTFILTER_SHARE = 0.1
# Neighbours fetched: top_k / share × this, so that ~top_k × this survive the filters.
OVERFETCH = 2.0
MAX_FETCH = 400
# Up to this many chunks kept by the filters, Chroma searches just their ids.
MAX_IDS = 5000
# Both ways are for archives of at least this many chunks: a search by ids costs ~25 ms
# and one over hundreds of neighbours 30-120 ms whatever the size, while a `where`
# costs 10-500 ms at 10,000 chunks (measured: p50 52-62 ms with these ways at 10,000
# chunks, 77-89 ms without) and 70 ms-5 s at 300,000.
LARGE_ARCHIVE = 2_000


_COMPARE = {FilterOperator.EQ: operator.eq, FilterOperator.NE: operator.ne,
            FilterOperator.GT: operator.gt, FilterOperator.GTE: operator.ge,
            FilterOperator.LT: operator.lt, FilterOperator.LTE: operator.le}


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
    if f.operator not in _COMPARE:
        raise ValueError(f"cannot apply {f.operator} to {f.key!r}")
    return bool(_COMPARE[f.operator](value, f.value))


# Below this many chunks the search is exact: numpy over every embedding, read once per
# index state. Chroma's HNSW, even with ef_search 500, missed one of a question's 40
# nearest chunks now and then in a graph another process had rebuilt (CI, 280 chunks),
# so two processes could rank alike questions apart. Written by hand: llama-index and
# Chroma have no exact search.
EXACT_BELOW = 5_000
_EXACT: dict[tuple[int, int], tuple[Any, Any, list[Any]]] = {}


def _all_chunks(collection: Any, count: int) -> tuple[Any, list[Any]]:
    """Every chunk's unit vector and node, cached per (collection, count)."""
    import numpy as np
    from llama_index.core.vector_stores.utils import metadata_dict_to_node

    key = (id(collection), count)
    if key not in _EXACT or _EXACT[key][0] is not collection:
        got = collection.get(include=["embeddings", "documents", "metadatas"])
        vectors = np.asarray(got["embeddings"], dtype=np.float32).reshape(len(got["ids"]), -1)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        nodes = [metadata_dict_to_node(m, text=d)
                 for m, d in zip(got["metadatas"], got["documents"], strict=True)]
        _EXACT.clear()  # one index state at a time
        _EXACT[key] = (collection, vectors, nodes)
    return _EXACT[key][1], _EXACT[key][2]


class FilteredDense(BaseRetriever):
    """The vector index's retriever for `filters` keeping `share` of the archive."""

    def __init__(self, index: Any, filters: MetadataFilters | None, share: float,
                 top_k: int, size: int,
                 callback_manager: CallbackManager | None = None,
                 kept_ids: Callable[[], list[str]] | None = None,
                 large_archive: int = LARGE_ARCHIVE, exact_below: int = EXACT_BELOW) -> None:
        super().__init__(callback_manager=callback_manager)
        self.index, self.filters, self.share = index, filters, share
        self.top_k, self.size, self.kept_ids = top_k, size, kept_ids
        self.large_archive, self.exact_below = large_archive, exact_below

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        collection = getattr(getattr(self.index, "vector_store", None), "_collection", None)
        if collection is not None and self.size < self.exact_below:
            return self._exact(query_bundle, collection)
        if self.filters is None or self.size < self.large_archive:
            return self._search(query_bundle, self.top_k, self.filters)
        if self.kept_ids is not None and self.share * self.size <= MAX_IDS:
            ids = self.kept_ids()
            if not ids:
                return []
            try:
                return self.index.as_retriever(
                    similarity_top_k=min(self.top_k, len(ids)),
                    vector_store_kwargs={"ids": ids}).retrieve(query_bundle)
            except Exception:  # noqa: BLE001 - Chroma: "Error finding id"
                # An ingest running now has rewritten one of this generation's chunks;
                # the `where` clause finds the ones that are there.
                return self._search(query_bundle, self.top_k, self.filters)
        if self.share < POSTFILTER_SHARE:
            return self._search(query_bundle, self.top_k, self.filters)
        wide = min(self.size, MAX_FETCH, math.ceil(self.top_k * OVERFETCH / self.share))
        kept: list[NodeWithScore] = []
        for fetch in dict.fromkeys((wide, min(self.size, MAX_FETCH))):
            kept = [h for h in self._search(query_bundle, fetch, None)
                    if passes(h.node.metadata, self.filters)]
            if len(kept) >= self.top_k:
                break
        # Fewer than top_k among the MAX_FETCH nearest: the others are farther than
        # hundreds of chunks the filters exclude, a weak dense signal; BM25 still sees
        # every chunk the filters keep. (Asking Chroma with the filters took 3-5 s here.)
        return kept[:self.top_k]

    def _exact(self, query_bundle: QueryBundle, collection: Any) -> list[NodeWithScore]:
        import numpy as np

        vectors, nodes = _all_chunks(collection, collection.count())
        if query_bundle.embedding is None:
            query_bundle.embedding = self.index._embed_model.get_agg_embedding_from_queries(
                query_bundle.embedding_strs)
        query = np.asarray(query_bundle.embedding, dtype=np.float32)
        cosines = vectors @ (query / max(float(np.linalg.norm(query)), 1e-12))
        order = np.argsort(-cosines, kind="stable")
        hits = []
        for i in order:
            if self.filters is None or passes(nodes[i].metadata, self.filters):
                # the score Chroma's store gives: exp(-cosine distance)
                hits.append(NodeWithScore(node=nodes[i],
                                          score=math.exp(float(cosines[i]) - 1.0)))
                if len(hits) == self.top_k:
                    break
        return hits

    def _search(self, query_bundle: QueryBundle, top_k: int,
                filters: MetadataFilters | None) -> list[NodeWithScore]:
        # The bundle keeps its embedding: a second search does not embed again.
        return self.index.as_retriever(similarity_top_k=top_k,
                                       filters=filters).retrieve(query_bundle)
