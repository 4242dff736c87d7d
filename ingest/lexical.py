"""The lexical (BM25) index: built with `bm25s` and the Danish Snowball stemmer at
ingest, saved under `<data dir>/lexical/<generation>/`, loaded memory-mapped.

Next to bm25s's own files it keeps one column per filter field (`referat.schema.
FILTER_KEYS`) and the item-store row id of every document, so a query's
`MetadataFilters` become a numpy mask without reading any chunk, and hits are read
from the item store by row id.

bm25s has no incremental update, so an ingest that changes anything rebuilds the index
from the item store's chunk texts (no Chroma read), into a new directory; the
generation file then points at it (`itemstore.write_generation`).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import bm25s
import numpy as np

from referat import schema as k
from referat.danish import TOKEN_PATTERN, stemmer

from .itemstore import ItemStore, read_generation, write_generation

ROW_IDS = "row_ids.npy"
# The chunks' node ids (fixed-width bytes), row for row: a filter's chunks as ids for
# Chroma (`rag.dense`) without a query to the item store. Older generations lack it.
NODE_IDS = "node_ids.npy"
NAMES = "names.json"  # committee and municipality names for the coded columns
# Per municipality, how many of its chunks hold each stem (CSR: municipality code →
# stem ids and counts), so one municipality's idf (`rag.lexical.ScopedLexical`) is a
# row read, not a pass over the whole score matrix. Older generations lack it.
MUNICIPALITY_DF = ("df_by_municipality.indptr.npy", "df_by_municipality.indices.npy",
                   "df_by_municipality.data.npy")
CODED = (k.COMMITTEE, k.MUNICIPALITY)
NUMERIC = (k.MEETING_DATE_INT, k.PUNKT)


def tokenize(texts: list[str] | str, with_stopwords: bool = True) -> bm25s.tokenization.Tokenized:
    """Tokens as the index and its queries see them (Danish stop words, Snowball stems)."""
    return bm25s.tokenize(texts, stopwords="da" if with_stopwords else None, stemmer=stemmer(),
                          token_pattern=TOKEN_PATTERN, show_progress=False)


def build(store: ItemStore, data_dir: Path) -> str | None:
    """Build the index over every chunk in `store` and publish it as the next generation.

    Returns the new sub-directory's name, or None when the store holds no chunk.
    """
    row_ids: list[int] = []
    node_ids: list[bytes] = []
    texts: list[str] = []
    numeric: dict[str, list[int]] = {key: [] for key in NUMERIC}
    coded: dict[str, list[str]] = {key: [] for key in CODED}
    for row_id, node_id, text, meta in store.iter_chunks():
        row_ids.append(row_id)
        node_ids.append(node_id.encode("ascii"))
        texts.append(text)
        for key in NUMERIC:
            numeric[key].append(int(meta.get(key, 0)))
        for key in CODED:
            coded[key].append(str(meta.get(key, "")))
    number, previous = read_generation(data_dir)
    root = data_dir / k.LEXICAL_DIR
    if not texts:
        write_generation(data_dir, number + 1, "-")
        _clean(root, keep={previous})
        return None
    name = f"g{number + 1:06d}"
    target = root / name
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    bm25 = bm25s.BM25()
    bm25.index(tokenize(texts), show_progress=False)
    bm25.save(str(target))
    np.save(target / ROW_IDS, np.asarray(row_ids, dtype=np.int64))
    np.save(target / NODE_IDS, np.asarray(node_ids, dtype=bytes))
    for key in NUMERIC:
        np.save(target / f"{key}.npy", np.asarray(numeric[key], dtype=np.int64))
    names: dict[str, list[str]] = {}
    for key in CODED:
        values = sorted(set(coded[key]))
        codes = {v: i for i, v in enumerate(values)}
        np.save(target / f"{key}.npy", np.asarray([codes[v] for v in coded[key]], dtype=np.int32))
        names[key] = values
    municipality = np.load(target / f"{k.MUNICIPALITY}.npy")
    for file, array in zip(MUNICIPALITY_DF, _df_by_code(bm25, municipality,
                                                        len(names[k.MUNICIPALITY])),
                           strict=True):
        np.save(target / file, array)
    (target / NAMES).write_text(json.dumps(names, ensure_ascii=False), "utf-8")
    write_generation(data_dir, number + 1, name)
    # A running reader may still use the previous generation; older ones can go.
    _clean(root, keep={name, previous})
    return name


def _df_by_code(bm25: bm25s.BM25, codes: np.ndarray, n_codes: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Document frequencies per code of a coded column, as CSR (indptr, stem ids,
    counts), from bm25s's stem-major score matrix in one pass."""
    indptr, docs = bm25.scores["indptr"], bm25.scores["indices"]
    terms = len(indptr) - 1
    term_of = np.repeat(np.arange(terms, dtype=np.int64), np.diff(indptr))
    pairs, counts = np.unique(codes[docs].astype(np.int64) * terms + term_of,
                              return_counts=True)
    row_ptr = np.searchsorted(pairs // terms, np.arange(n_codes + 1), side="left")
    return (row_ptr.astype(np.int64), (pairs % terms).astype(np.int32),
            counts.astype(np.int32))


def _clean(root: Path, keep: set[str]) -> None:
    if root.is_dir():
        for old in root.iterdir():
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)


@dataclass
class LexicalIndex:
    """A loaded (memory-mapped) generation of the lexical index."""

    bm25: bm25s.BM25
    row_ids: np.ndarray
    columns: dict[str, np.ndarray]
    codes: dict[str, dict[str, int]]  # coded column → name → code
    node_ids: np.ndarray | None = None  # bytes per row; None in an older generation
    # `MUNICIPALITY_DF` (indptr, stem ids, counts); None in an older generation
    municipality_df: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    @property
    def vocab(self) -> dict[str, int]:
        """The index's stems (stem → token id)."""
        return self.bm25.vocab_dict

    @cached_property
    def ordered_vocab(self) -> list[str]:
        """The index's stems, sorted (prefix search for compounds)."""
        return sorted(self.vocab)

    @property
    def size(self) -> int:
        return int(self.bm25.scores["num_docs"])

    def together(self, stems: list[str]) -> bool:
        """Does one chunk hold every stem? ("skat" and "park" are known; a chunk about a
        "skatepark" is not.)"""
        ids = [self.vocab.get(s) for s in stems]
        if not ids or None in ids:
            return False
        ptr, rows = self.bm25.scores["indptr"], self.bm25.scores["indices"]
        common: set[int] | None = None
        for t in ids:
            docs = set(np.asarray(rows[ptr[t]:ptr[t + 1]]).tolist())
            common = docs if common is None else common & docs
            if not common:
                return False
        return True

    def document_frequencies(self) -> tuple[dict[str, int], np.ndarray]:
        """(stem → token id, token id → number of chunks holding it)."""
        return self.vocab, np.diff(self.bm25.scores["indptr"])

    @cached_property
    def ordered_ids(self) -> np.ndarray:
        """The token id of each stem of `ordered_vocab`, in its order."""
        return np.asarray([self.vocab[s] for s in self.ordered_vocab], dtype=np.int64)

    def document_frequencies_in(self, municipalities: list[str]) -> np.ndarray | None:
        """Token id → number of the named municipalities' chunks holding it; None when
        this generation lacks the per-municipality counts (then count from a mask)."""
        if self.municipality_df is None:
            return None
        indptr, stems, counts = self.municipality_df
        out = np.zeros(len(self.bm25.scores["indptr"]) - 1, dtype=np.int64)
        codes = self.codes[k.MUNICIPALITY]
        for name in municipalities:
            if name in codes:
                lo, hi = int(indptr[codes[name]]), int(indptr[codes[name] + 1])
                out[stems[lo:hi]] += counts[lo:hi]
        return out


def load(data_dir: Path) -> LexicalIndex | None:
    """The current generation, memory-mapped; None when there is none."""
    _, name = read_generation(data_dir)
    target = data_dir / k.LEXICAL_DIR / name
    if not name or not (target / ROW_IDS).exists():
        return None
    bm25 = bm25s.BM25.load(str(target), mmap=True, load_corpus=False)
    columns = {key: np.load(target / f"{key}.npy", mmap_mode="r") for key in NUMERIC + CODED}
    names = json.loads((target / NAMES).read_text("utf-8"))
    codes = {key: {v: i for i, v in enumerate(names[key])} for key in CODED}
    node_ids = (np.load(target / NODE_IDS, mmap_mode="r")
                if (target / NODE_IDS).exists() else None)
    by_municipality = (tuple(np.load(target / f, mmap_mode="r") for f in MUNICIPALITY_DF)
                       if all((target / f).exists() for f in MUNICIPALITY_DF) else None)
    return LexicalIndex(bm25, np.load(target / ROW_IDS, mmap_mode="r"), columns, codes,
                        node_ids, by_municipality)  # type: ignore[arg-type]
