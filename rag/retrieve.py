"""Hybrid retrieval over the index: Chroma (dense, e5) + BM25 (Danish stems), fused by
reciprocal rank with llama-index's `QueryFusionRetriever`, then grouped to agenda items.

Filters (dates, committee, municipality, punkt) are llama-index `MetadataFilters`,
applied to both retrievers: Chroma gets them as a `where` clause, BM25 as a mask over
the lexical index's filter columns.

Start-up reads no collection: meetings come from the item store, BM25 and the stems'
document frequencies from the memory-mapped lexical index, items on demand. A finished
ingest publishes a new generation; `Retriever.current()` notices it and loads it.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections import defaultdict
from functools import lru_cache, partial
from typing import Any

import numpy as np
from llama_index.core import VectorStoreIndex
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.callbacks import CallbackManager
from llama_index.core.llms import MockLLM
from llama_index.core.node_parser import SentenceSplitter
from llama_index.core.retrievers import QueryFusionRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle
from llama_index.core.vector_stores import (
    FilterCondition,
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
)

from ingest import lexical
from ingest.embed import get_embedder
from ingest.itemstore import REBUILD_HINT, ItemStore, SchemaMismatch, read_generation
from ingest.store import StoreError, open_collection
from referat import schema as k
from referat.config import Config
from referat.danish import stems, topic_stems
from referat.domain import Filters, ItemRef, RetrievedItem
from referat.lexicon import compound_covered
from referat.periods import period_words

from .catalog import (
    ItemView,
    MeetingInfo,
    get_item,
    list_meetings,
    meeting_details,
    meetings_within,
    ref_from_metadata,
)
from .dense import FilteredDense
from .lexical import Idf, LexicalRetriever, ScopedLexical, ScopedLookup, filter_mask
from .names import ArchiveNames

MODES = ("hybrid", "bm25", "dense")
# RRF scores of a top hit are about 1/61 + 1/61 ≈ 0.033; a title naming the whole topic
# weighs like being one or two ranks higher in both lists.
TITLE_WEIGHT = 0.01


class IndexEmpty(StoreError):
    pass


EMPTY_MESSAGE = "Der er ingen referater indlæst endnu — kør `referat ingest …`."


def open_index_collection(cfg: Config) -> Any:
    """The index collection; raises `IndexEmpty` (Danish) when there is none yet."""
    collection = open_collection(cfg)
    if collection is None or collection.count() == 0:
        raise IndexEmpty(EMPTY_MESSAGE)
    if not ItemStore.exists(cfg):
        raise SchemaMismatch(f"Indekset i {cfg.data_dir} er bygget af en ældre version af "
                             f"Referat; {REBUILD_HINT}.")
    return collection


def open_item_store(cfg: Config) -> ItemStore:
    """The item store; raises `IndexEmpty` (Danish) when there is none yet."""
    if not ItemStore.exists(cfg):
        open_index_collection(cfg)  # says why: no index yet, or one of an older layout
        raise IndexEmpty(EMPTY_MESSAGE)
    return ItemStore.for_config(cfg)


# Up to this many meeting days, a date range is sent as `$in` over the days the archive
# has: Chroma evaluates equality sets ~7× faster than `$gte`/`$lte` ranges.
MAX_DATES_AS_SET = 400
SCOPED_IDF_CACHE = 16  # municipality scopes whose idf is kept


def _one_or_in(key: str, values: list) -> MetadataFilter:
    if len(values) == 1:
        return MetadataFilter(key=key, operator=FilterOperator.EQ, value=values[0])
    return MetadataFilter(key=key, operator=FilterOperator.IN, value=values)


def to_metadata_filters(filters: Filters,
                        meeting_days: list[int] | None = None) -> MetadataFilters | None:
    """The domain's `Filters` as llama-index `MetadataFilters` (for Chroma and BM25).

    `meeting_days` (sorted `YYYYMMDD` ints of the indexed meetings) turns a date range
    into the set of days in it, which selects the same chunks faster.
    """
    parts: list[MetadataFilter | MetadataFilters] = []
    lo = int(filters.date_from.strftime("%Y%m%d")) if filters.date_from else None
    hi = int(filters.date_to.strftime("%Y%m%d")) if filters.date_to else None
    days = [d for d in meeting_days or () if (lo is None or d >= lo) and (hi is None or d <= hi)]
    if (lo or hi) and meeting_days is not None and 0 < len(days) <= MAX_DATES_AS_SET:
        parts.append(_one_or_in(k.MEETING_DATE_INT, days))
    else:
        if lo:
            parts.append(MetadataFilter(key=k.MEETING_DATE_INT, operator=FilterOperator.GTE,
                                        value=lo))
        if hi:
            parts.append(MetadataFilter(key=k.MEETING_DATE_INT, operator=FilterOperator.LTE,
                                        value=hi))
    if filters.committees:
        parts.append(_one_or_in(k.COMMITTEE, list(filters.committees)))
    if filters.municipalities:
        parts.append(_one_or_in(k.MUNICIPALITY, list(filters.municipalities)))
    if filters.punkt is not None:
        # the meeting node (punkt 0) stays visible next to the asked-for item
        parts.append(MetadataFilter(key=k.PUNKT, operator=FilterOperator.IN,
                                    value=[filters.punkt, 0]))
    if not parts:
        return None
    if len(parts) == 1:
        return MetadataFilters(filters=parts)
    return MetadataFilters(filters=parts, condition=FilterCondition.AND)


class UntracedCallbackManager(CallbackManager):
    """llama-index's callback manager without the ever-growing trace map.

    `CallbackManager` records every event under its parent in a trace map that it only
    clears when a trace starts with no trace running. The long-lived embedder, vector
    index and BM25 retriever are always called inside the fusion retriever's trace, so
    their maps were never cleared: three entries (~1 KB) a question for the life of the
    chat server. The map is only handed to handlers at the end of a trace; with no
    handlers nobody reads it, so it is dropped as it is written."""

    def on_event_start(self, *args: Any, **kwargs: Any) -> str:
        event_id = super().on_event_start(*args, **kwargs)
        if not self.handlers:
            self.trace_map.clear()
        return event_id


class _Recording(BaseRetriever):
    """Wraps a retriever and remembers its raw scores by node id.

    Written by hand: `QueryFusionRetriever` replaces scores by fused ranks, and the
    answerer needs the raw cosine and BM25 scores to decide when to say "not found".
    """

    def __init__(self, inner: BaseRetriever) -> None:
        super().__init__()
        self.inner = inner
        self.scores: dict[str, float] = {}
        self.ms = 0.0

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        # A BM25 score of 0 (no shared word, or masked out by a filter) is no hit.
        t0 = time.perf_counter()
        results = [r for r in self.inner.retrieve(query_bundle) if (r.score or 0.0) > 0.0]
        self.ms = (time.perf_counter() - t0) * 1000
        self.scores = {r.node.node_id: float(r.score or 0.0) for r in results}
        return results


class Retriever:
    """One generation of the index, loaded (meetings, BM25, idf); answers `retrieve()`."""

    def __init__(self, cfg: Config, collection: Any = None, embedder: Any = None) -> None:
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.cfg = cfg
        self.generation = read_generation(cfg.data_dir)[0]
        self.collection = collection or open_index_collection(cfg)
        self.embedder = embedder or get_embedder(cfg.embed_model)
        store = ChromaVectorStore(chroma_collection=self.collection)
        # Index, its retrievers, the embedder and BM25 share one callback manager.
        self.callbacks = UntracedCallbackManager()
        # An explicit (never used) splitter: the default one loads tiktoken (~1-5 s).
        self.index = VectorStoreIndex.from_vector_store(
            store, embed_model=self.embedder, callback_manager=self.callbacks,
            transformations=[SentenceSplitter(tokenizer=str.split)])
        self.store = open_item_store(cfg)
        lexical_index = lexical.load(cfg.data_dir)
        if lexical_index is None:
            raise IndexEmpty(EMPTY_MESSAGE)
        self.lexical = lexical_index
        self.size = lexical_index.size
        # Without participants and agendas: `meeting()` loads them for the one shown.
        self.meetings: list[MeetingInfo] = list_meetings(self.store, details=False)
        self._meetings_by_ref = {m.ref: m for m in self.meetings}
        self._meeting_keys = {m.key for m in self.meetings}
        self._meeting_days = sorted({int(m.date.strftime("%Y%m%d")) for m in self.meetings})
        self.committees = sorted({m.committee for m in self.meetings})
        self.municipalities = sorted({m.municipality for m in self.meetings if m.municipality})
        self.names = ArchiveNames(self.municipalities, self.committees)
        self.bm25 = LexicalRetriever(lexical_index, self.store, similarity_top_k=40,
                                     callback_manager=self.callbacks)
        # Document frequencies of stems, for weighting question words in sentence choice.
        self.idf = Idf(lexical_index)
        self.default_idf = self.idf.default
        self.vocabulary = self.idf
        self._scoped_idf: dict[tuple[str, ...], tuple[Idf, ScopedLexical]] = {}
        self._scope_lock = threading.Lock()  # (`scoped` runs inside and outside `_lock`)
        self.item = lru_cache(maxsize=4096)(self._item)
        self._meetings_in = lru_cache(maxsize=256)(partial(meetings_within, self.meetings))
        self._details = lru_cache(maxsize=1024)(self._meeting_details)
        # Several chat users retrieve at once; one retrieval at a time.
        self._lock = threading.Lock()

    def current(self) -> Retriever:
        """This retriever, or a freshly loaded one when an ingest has finished since."""
        if read_generation(self.cfg.data_dir)[0] == self.generation:
            return self
        return Retriever(self.cfg, embedder=self.embedder)

    # -- meetings -----------------------------------------------------------------------

    def meeting(self, ref: ItemRef) -> MeetingInfo | None:
        """The meeting of `ref` (any item of it, or the meeting itself), with its
        participants and agenda."""
        head = self._meetings_by_ref.get(ref.meeting)
        return self._details(head.ref) if head is not None else None

    def _meeting_details(self, ref: ItemRef) -> MeetingInfo:
        return meeting_details(self.store, self._meetings_by_ref[ref])

    def scoped(self, filters: Filters) -> Retriever | ScopedLookup:
        """What a question limited to some of the archive's municipalities reads: word
        rarity (idf) over their chunks only, so another municipality's year of minutes
        in the index does not change which sentence answers a Ballerup question. The
        retriever itself when the question spans every municipality."""
        found = self._scope(filters)
        return self if found is None else ScopedLookup(self, *found)

    def _scope(self, filters: Filters) -> tuple[Idf, ScopedLexical] | None:
        """Word rarity and vocabulary over the chunks of the filters' municipalities,
        kept per scope; None when the filters span every municipality."""
        wanted = tuple(sorted(set(filters.municipalities) & set(self.municipalities)))
        if not wanted or len(wanted) == len(self.municipalities):
            return None
        with self._scope_lock:
            found = self._scoped_idf.get(wanted)
            if found is None:
                only = to_metadata_filters(Filters(municipalities=list(wanted)))
                mask = filter_mask(self.lexical, only)
                scope = ScopedLexical(self.lexical, mask,
                                      self.lexical.document_frequencies_in(list(wanted)))
                found = (self.idf.scoped(scope), scope)
                if len(self._scoped_idf) >= SCOPED_IDF_CACHE:
                    self._scoped_idf.clear()
                self._scoped_idf[wanted] = found
        return found

    def meetings_in(self, filters: Filters) -> list[MeetingInfo]:
        """The meetings within the filters' days, committees and municipalities (kept
        per filter: a question asks this several times, over every meeting held)."""
        return list(self._meetings_in(filters.date_from, filters.date_to,
                                      tuple(filters.committees or ()),
                                      tuple(filters.municipalities or ())))

    def _item(self, ref: ItemRef) -> ItemView | None:
        return get_item(self.store, ref)

    # -- retrieval ----------------------------------------------------------------------

    def _bm25_for(self, filters: MetadataFilters | None, top_k: int,
                  mask: np.ndarray | None, scope: Filters) -> BaseRetriever:
        if filters is None:
            self.bm25.similarity_top_k = top_k
            return self.bm25
        # (one municipality's question expands its words by that municipality's vocabulary)
        found = self._scope(scope)
        return LexicalRetriever(found[1] if found else self.lexical, self.store, top_k,
                                filters, self.callbacks, mask=mask)

    def retrieve(
        self,
        query: str,
        filters: Filters | None = None,
        mode: str = "hybrid",
        top_k: int | None = None,
        node_top_k: int = 30,
    ) -> tuple[list[RetrievedItem], dict[str, float]]:
        """Agenda items for `query`, best first, and timings in ms."""
        filters = filters or Filters()
        metadata_filters = to_metadata_filters(filters, self._meeting_days)
        top_k = top_k or self.cfg.top_k
        timings: dict[str, float] = {}
        node_top_k = min(node_top_k, self.size)
        retrievers: list[_Recording] = []
        t0 = time.perf_counter()
        # The chunks the filters keep, once: the dense side's share and ids, BM25's mask.
        mask = (filter_mask(self.lexical, metadata_filters)
                if metadata_filters is not None else None)
        with self._lock:
            if mode in ("hybrid", "dense"):
                retrievers.append(_Recording(FilteredDense(
                    self.index, metadata_filters,
                    float(mask.mean()) if mask is not None else 1.0, node_top_k, self.size,
                    self.callbacks, kept_ids=lambda: self._node_ids(mask))))
            if mode in ("hybrid", "bm25"):
                with contextlib.suppress(ValueError):  # ValueError: every node filtered out
                    retrievers.append(_Recording(
                        self._bm25_for(metadata_filters, node_top_k, mask, filters)))
            results = self._run(retrievers, query, node_top_k)
        timings["retrieve_ms"] = (time.perf_counter() - t0) * 1000
        for name, r in zip(("dense_ms", "bm25_ms") if mode == "hybrid" else (f"{mode}_ms",),
                           retrievers, strict=False):
            timings[name] = r.ms
        dense = retrievers[0].scores if mode in ("hybrid", "dense") else {}
        lexical = retrievers[-1].scores if mode in ("hybrid", "bm25") else {}
        return self._group(results, dense, lexical, top_k, query), timings

    def _run(self, retrievers: list[_Recording], query: str,
             node_top_k: int) -> list[NodeWithScore]:
        if not retrievers:
            results: list[NodeWithScore] = []
        elif len(retrievers) == 1:
            results = retrievers[0].retrieve(query)
        else:
            fusion = QueryFusionRetriever(
                retrievers,
                llm=MockLLM(),  # one query: no LLM rewriting; MockLLM keeps OpenAI away
                mode="reciprocal_rerank",
                similarity_top_k=node_top_k,
                num_queries=1,
                use_async=False,
            )
            results = fusion.retrieve(query)
        return results

    def _node_ids(self, mask: Any) -> list[str]:
        """The node ids of the lexical index's rows where `mask` is set."""
        rows = np.flatnonzero(mask)
        if self.lexical.node_ids is not None:
            return [n.decode("ascii") for n in self.lexical.node_ids[rows]]
        return self.store.node_ids([int(self.lexical.row_ids[r]) for r in rows])

    def _title_match(self, topic: list[str], title: str) -> float:
        """Share of the question's topic (weighted by rarity) that the item's title names."""
        if not topic or not title:
            return 0.0
        have = set(stems(title))
        weights = [self.idf.get(t, self.default_idf) for t in topic]
        have |= compound_covered(topic, have)  # "leverandørsamarbejdet" names two words
        return sum(w for t, w in zip(topic, weights, strict=True) if t in have) / sum(weights)

    def _group(
        self,
        results: list[NodeWithScore],
        dense: dict[str, float],
        lexical: dict[str, float],
        top_k: int,
        query: str = "",
    ) -> list[RetrievedItem]:
        # (a year or a month is no matter a title names: "nytårskuren i 2023" is not
        # "Virksomhedsændringer i 4. kvartal 2023")
        said_when = period_words(query)
        topic = [t for t in topic_stems(query) if t not in said_when]
        by_item: dict[ItemRef, list[NodeWithScore]] = defaultdict(list)
        for r in results:
            if r.node.metadata.get(k.MEETING_KEY) not in self._meeting_keys:
                continue  # written by an ingest still running: not in this generation
            by_item[ref_from_metadata(r.node.metadata)].append(r)
        items = []
        for ref, chunks in by_item.items():
            meta = chunks[0].node.metadata
            ranked = sorted((c.score or 0.0 for c in chunks), reverse=True)
            # The best chunk decides; a second matching chunk adds a little, and so does
            # a title that names the question's topic ("studieturen" → "Studietur til Lund").
            score = ranked[0] + 0.1 * sum(ranked[1:2])
            score += TITLE_WEIGHT * self._title_match(topic, meta.get(k.TITLE, ""))
            items.append(RetrievedItem(
                ref=ref,
                title=meta.get(k.TITLE, ""),
                closed=bool(meta.get(k.CLOSED)),
                score=score,
                # Chroma returns exp(-cosine distance); undo that to get the cosine.
                dense=max((1 + math.log(dense[c.node.node_id])
                           for c in chunks if dense.get(c.node.node_id)), default=0.0),
                bm25=max((lexical.get(c.node.node_id, 0.0) for c in chunks), default=0.0),
                chunks=chunks,
            ))
        items.sort(key=lambda i: i.score, reverse=True)
        return items[:top_k]
