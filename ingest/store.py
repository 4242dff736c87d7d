"""The Chroma collection behind the index: embedded (`PersistentClient` under the data dir)
or a `chroma run` server (`HttpClient`) when `REFERAT_CHROMA_HOST` is set.

The collection's metadata records which embedder built it, so that querying with another
embedder fails with a clear message instead of returning nonsense.
"""

from __future__ import annotations

import contextlib
from typing import Any

from referat.config import Config

from .embed import embedder_id


class StoreError(RuntimeError):
    """A user-facing (Danish) problem with the index store."""


class StoreUnavailable(StoreError):
    pass


class EmbedderMismatch(StoreError):
    pass


def _settings() -> Any:
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


def chroma_client(cfg: Config) -> Any:
    import chromadb

    if cfg.chroma_host:
        try:
            client = chromadb.HttpClient(
                host=cfg.chroma_host, port=cfg.chroma_port, settings=_settings()
            )
            client.heartbeat()
        except Exception as err:  # connection refused, DNS, TLS …: all mean "not reachable"
            raise StoreUnavailable(
                f"Kan ikke forbinde til Chroma-serveren på {cfg.chroma_host}:{cfg.chroma_port} "
                f"({err.__class__.__name__})."
            ) from err
        return client
    cfg.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(cfg.chroma_path), settings=_settings())


def open_collection(cfg: Config, create: bool = False, client: Any = None) -> Any | None:
    """The index collection, checked against the configured embedder.

    Returns None when it does not exist and `create` is False.
    """
    client = client or chroma_client(cfg)
    wanted = embedder_id(cfg.embed_model)
    if create:
        collection = client.get_or_create_collection(
            name=cfg.collection,
            metadata={"hnsw:space": "cosine", "embedder": wanted},
            embedding_function=None,  # we embed ourselves; never load Chroma's default model
        )
    else:
        try:
            collection = client.get_collection(name=cfg.collection, embedding_function=None)
        except Exception:  # chromadb raises NotFoundError/ValueError depending on client
            return None
    built_with = (collection.metadata or {}).get("embedder")
    if built_with and built_with != wanted:
        raise EmbedderMismatch(
            f"Indekset er bygget med embedderen '{built_with}', men REFERAT_EMBED_MODEL "
            f"giver '{wanted}'. Brug samme embedder, eller byg indekset igen med "
            "`referat ingest --rebuild …`."
        )
    return collection


def drop_collection(cfg: Config, client: Any = None) -> None:
    client = client or chroma_client(cfg)
    with contextlib.suppress(Exception):  # not there: nothing to drop
        client.delete_collection(cfg.collection)


def max_batch(client: Any) -> int:
    """How many records one Chroma write may carry (embedded and server alike)."""
    try:
        return max(1, int(client.get_max_batch_size()))
    except Exception:  # an older server without the endpoint
        return 1000


def page_ids(collection: Any, where: dict | None = None, page: int = 5000) -> list[str]:
    """Ids matching `where`, read a page at a time (never one huge SQL statement)."""
    out: list[str] = []
    offset = 0
    while True:
        got = collection.get(where=where, include=[], limit=page, offset=offset)
        ids = got["ids"] or []
        out.extend(ids)
        if len(ids) < page:
            return out
        offset += page


def delete_ids(collection: Any, ids: list[str], batch: int) -> None:
    for i in range(0, len(ids), batch):
        collection.delete(ids=ids[i : i + batch])


def add_batched(vector_store: Any, nodes: list, batch: int) -> None:
    """`ChromaVectorStore.add` in slices under the client's max batch size."""
    for i in range(0, len(nodes), batch):
        vector_store.add(nodes[i : i + batch])
