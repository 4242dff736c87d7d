"""BM25 over the persisted, memory-mapped lexical index (`ingest.lexical`), behind
llama-index's `BM25Retriever` interface.

Filters are llama-index `MetadataFilters`, evaluated on the index's filter columns as a
numpy mask (no per-query pass over node dicts); hits are read from the item store by
row id. Stem document frequencies come from the same index (`Idf`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import Any

import numpy as np
from llama_index.core.callbacks import CallbackManager
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.core.vector_stores import (
    FilterCondition,
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
)
from llama_index.retrievers.bm25 import BM25Retriever

from ingest.itemstore import ItemStore
from ingest.lexical import CODED, LexicalIndex, tokenize
from referat.danish import TOKEN_PATTERN, stemmer, topic_stems
from referat.lexicon import compound_expansions, known_forms
from referat.synonyms import synonyms


class Idf:
    """Stem → BM25 idf over all chunks (`.get(stem, default)`, `in`, iteration)."""

    def __init__(self, index: LexicalIndex) -> None:
        self.vocab, self.df = index.document_frequencies()
        self.n = index.size
        self.default = math.log(1 + (self.n + 0.5) / 0.5)

    def _count(self, i: int) -> int:
        """Chunks holding stem id `i` (bm25s's vocabulary may hold an id past its
        matrix: the empty token)."""
        return int(self.df[i]) if i < len(self.df) else 0

    def get(self, stem: str, default: float | None = None) -> float:
        i = self.vocab.get(stem)
        if i is None:
            return self.default if default is None else default
        c = self._count(i)
        return math.log(1 + (self.n - c + 0.5) / (c + 0.5))

    def __contains__(self, stem: object) -> bool:
        return stem in self.vocab

    def __iter__(self) -> Iterator[str]:
        return iter(self.vocab)

    def __len__(self) -> int:
        return len(self.vocab)

    def scoped(self, scope: ScopedLexical) -> Idf:
        """The idf over the chunks of `scope` (one municipality's minutes in an archive
        of several), same vocabulary, with the document frequencies `scope` counted."""
        return _ScopedIdf(self, scope)


class ScopedLexical:
    """A `LexicalIndex` seen from the chunks `mask` keeps (one municipality's minutes in an
    archive of several): its vocabulary is the stems those chunks hold, so a word only
    another municipality uses ("firmaer") still stands for the one these minutes use
    ("virksomheder", `known_forms`), and a matter only another municipality's minutes
    name is still absent here. Everything else is the index's own. Written by hand:
    bm25s keeps one vocabulary for the whole corpus."""

    def __init__(self, index: LexicalIndex, mask: np.ndarray,
                 df: np.ndarray | None = None) -> None:
        """`df`: the scope's document frequencies when the index keeps them per
        municipality (`LexicalIndex.document_frequencies_in`); else counted from `mask`,
        a pass over the whole score matrix (~40 ms at 300,000 chunks)."""
        self._index = index
        indptr, indices = index.bm25.scores["indptr"], index.bm25.scores["indices"]
        keep = np.asarray(mask, dtype=bool)
        if df is None:
            held = np.concatenate(([0], np.cumsum(keep[indices])))
            df = held[indptr[1:]] - held[indptr[:-1]]
        # chunks in scope holding each stem id (`_ScopedIdf` reads them too)
        self.df = df
        self.n = n = int(keep.sum())
        # (bm25s's vocabulary may hold an id past its matrix: the empty token)
        self.vocab = _HeldVocab(index.vocab, df)
        # BM25's idf over the scope vs. over the corpus, per stem id: bm25s bakes the
        # corpus-wide idf into its score matrix, so a word Greve's minutes use often
        # ("Iris Group") weighed less in a Ballerup question than in Ballerup's own index
        everywhere = np.diff(indptr)
        self.idf_ratio = _lucene_idf(df, n) / np.maximum(
            _lucene_idf(everywhere, len(mask)), 1e-9)

    @cached_property
    def ordered_vocab(self) -> list[str]:
        """The scope's stems, sorted (prefix search for compounds)."""
        ids = self._index.ordered_ids
        held = np.zeros(len(ids), dtype=bool)
        inside = ids < len(self.df)
        held[inside] = self.df[ids[inside]] > 0
        ordered = self._index.ordered_vocab
        return [ordered[i] for i in np.flatnonzero(held)]

    def scores(self, token_ids: list[int], mask: np.ndarray) -> np.ndarray:
        """BM25 scores of every chunk for the query's stem ids, each stem's score
        weighted by its idf in the scope (a repeated id counts again, as in bm25s), times
        `mask`. Written by hand: bm25s scores with one corpus-wide idf."""
        bm25 = self._index.bm25
        data, indices, indptr = (bm25.scores[k] for k in ("data", "indices", "indptr"))
        out = np.zeros(bm25.scores["num_docs"], dtype=np.float32)
        for t in token_ids:
            if t >= len(indptr) - 1:  # the empty token: no postings
                continue
            lo, hi = indptr[t], indptr[t + 1]
            out[indices[lo:hi]] += data[lo:hi] * self.idf_ratio[t]
        return out * mask

    def __getattr__(self, name: str) -> Any:
        return getattr(self._index, name)


class _HeldVocab(Mapping[str, int]):
    """The index's vocabulary seen from a scope: the stems its chunks hold (stem → token
    id). A view, not a copy: a scope is made per question and item municipality."""

    def __init__(self, vocab: dict[str, int], df: np.ndarray) -> None:
        self._vocab, self._df = vocab, df

    def __getitem__(self, stem: str) -> int:
        i = self._vocab[stem]
        if i >= len(self._df) or self._df[i] <= 0:
            raise KeyError(stem)
        return i

    def __contains__(self, stem: object) -> bool:
        i = self._vocab.get(stem)  # type: ignore[call-overload]
        return i is not None and i < len(self._df) and self._df[i] > 0

    def __iter__(self) -> Iterator[str]:
        return (s for s in self._vocab if s in self)

    def __len__(self) -> int:
        return int(np.count_nonzero(self._df))


def top_scores(scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The `k` best-scoring documents, best first (ties by document order), zeros left
    out. Written by hand: bm25s's top-k selects over every document, and numpy's
    `argpartition` is slow on a vector of mostly equal values (most chunks hold no
    query word): 56 ms at 300,000 chunks, against 4 ms over random scores.

    >>> top_scores(np.array([0.0, 2.0, 0.0, 5.0, 2.0]), 2)
    [(3, 5.0), (1, 2.0)]
    """
    hit = np.flatnonzero(scores > 0)
    if len(hit) > k:
        hit = hit[np.argpartition(-scores[hit], k - 1)[:k]]
    order = hit[np.lexsort((hit, -scores[hit]))]
    return [(int(d), float(scores[d])) for d in order]


def _lucene_idf(df: np.ndarray, n: int) -> np.ndarray:
    """bm25s's default ("lucene") idf, as `Idf.get` reads it."""
    return np.log(1 + (n - df + 0.5) / (df + 0.5))


class ScopedLookup:
    """A `Retriever` seen through one scope's words (`Retriever.scoped`): its idf and
    its vocabulary; everything else is the retriever's own."""

    def __init__(self, retriever: Any, idf: Idf, lexical: ScopedLexical) -> None:
        self.retriever, self.idf, self.default_idf = retriever, idf, idf.default
        self.lexical = lexical  # the scope's vocabulary (`premises.known_words`)
        # stems the scope's chunks hold (`in`, iteration): a name only another
        # municipality's minutes use is unknown here (`confidence.unknown_names`)
        self.vocabulary = lexical.vocab

    def __getattr__(self, name: str) -> Any:
        return getattr(self.retriever, name)


class _ScopedIdf(Idf):
    """`Idf.scoped`: written by hand, bm25s keeps one idf for the whole corpus."""

    def __init__(self, base: Idf, scope: ScopedLexical) -> None:
        self.vocab, self.df, self.n = base.vocab, scope.df, scope.n
        self.held = scope.vocab  # the stems the scope's chunks hold
        self.default = math.log(1 + (self.n + 0.5) / 0.5)

    def __contains__(self, stem: object) -> bool:
        """A stem the scope's chunks hold (not one only other municipalities use)."""
        return stem in self.held

    def __iter__(self) -> Iterator[str]:
        return iter(self.held)


_COMPARE = {
    FilterOperator.EQ: np.equal, FilterOperator.NE: np.not_equal,
    FilterOperator.GT: np.greater, FilterOperator.GTE: np.greater_equal,
    FilterOperator.LT: np.less, FilterOperator.LTE: np.less_equal,
}


def filter_mask(index: LexicalIndex, filters: MetadataFilters) -> np.ndarray:
    """`filters` over the index's columns: 1.0 where a chunk passes, else 0.0."""
    def one(f: MetadataFilter | MetadataFilters) -> np.ndarray:
        if isinstance(f, MetadataFilters):
            parts = [one(sub) for sub in f.filters]
            if not parts:
                return np.ones(index.size, dtype=bool)
            if f.condition == FilterCondition.OR:
                return np.logical_or.reduce(parts)
            return np.logical_and.reduce(parts)
        if f.key not in index.columns:
            raise ValueError(f"the lexical index cannot filter on {f.key!r}")
        column = index.columns[f.key]
        values = f.value if isinstance(f.value, list) else [f.value]
        if f.key in CODED:  # names → codes; an unknown name matches nothing
            codes = index.codes[f.key]
            values = [codes.get(str(v), -1) for v in values]
        if f.operator in (FilterOperator.IN, FilterOperator.NIN):
            hit = np.isin(column, np.asarray(values))
            return hit if f.operator == FilterOperator.IN else ~hit
        if f.operator in _COMPARE and len(values) == 1:
            return _COMPARE[f.operator](column, values[0])
        raise ValueError(f"the lexical index cannot apply {f.operator} to {f.key!r}")

    return one(filters).astype(np.float32)


class LexicalRetriever(BM25Retriever):
    """`BM25Retriever` over a loaded `LexicalIndex`; nodes come from the item store."""

    def __init__(self, index: LexicalIndex | ScopedLexical, store: ItemStore,
                 similarity_top_k: int,
                 filters: MetadataFilters | None = None,
                 callback_manager: CallbackManager | None = None,
                 mask: np.ndarray | None = None) -> None:
        super().__init__(existing_bm25=index.bm25, stemmer=stemmer(),
                         token_pattern=TOKEN_PATTERN,
                         similarity_top_k=min(similarity_top_k, index.size),
                         callback_manager=callback_manager)
        self.index, self.store = index, store
        # `mask`: `filter_mask(index, filters)` when the caller has it already
        self.mask = mask if mask is not None else (
            filter_mask(index, filters) if filters else None)
        if self.mask is not None and not self.mask.any():
            raise ValueError("every chunk is filtered out")

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        # The query keeps its stop words, as `BM25Retriever` tokenises queries; a compound
        # said apart (or together) in the question also matches its other spelling.
        tokenized = tokenize(query_bundle.query_str, with_stopwords=False)
        words = {i: w for w, i in tokenized.vocab.items()}
        tokens = [words[i] for i in tokenized.ids[0]]
        topic = topic_stems(query_bundle.query_str)
        vocab, ordered = self.index.vocab, self.index.ordered_vocab
        tokens += compound_expansions(topic, vocab, ordered)
        # a word the archive never has searches as the one it has ("firmaer" → "virksom")
        tokens += [s for found in known_forms(topic, vocab, ordered).values() for s in found]
        # ... and a word minutes say otherwise searches as they say it too
        # ("lønstøtte" → "løntilskud", `referat.synonyms`)
        said = synonyms(past_tense=False)
        tokens += [alt for t in topic for alt in said.get(t, ()) if alt in vocab]
        ids = self.bm25.get_tokens_ids(tokens)
        if not ids:
            return []
        if isinstance(self.index, ScopedLexical) and self.mask is not None:
            # one municipality's question weighs its words by that municipality's idf
            scores = self.index.scores(ids, self.mask)
        else:
            scores = self.bm25.get_scores_from_ids(ids, weight_mask=self.mask)
        hits = top_scores(scores, self.similarity_top_k)
        rows = self.store.chunks([int(self.index.row_ids[d]) for d, _ in hits])
        out = []
        for d, score in hits:
            row = rows.get(int(self.index.row_ids[d]))
            if row is None:  # written over by an ingest since this generation
                continue
            node_id, text, meta = row
            node = TextNode(id_=node_id, text=text, metadata=meta)
            out.append(NodeWithScore(node=node, score=score))
        return out
