"""The Chroma collection behind the index: embedded (`PersistentClient` under the data dir)
or a `chroma run` server (`HttpClient`) when `REFERAT_CHROMA_HOST` is set.

The collection's metadata records which embedder built it, so that querying with another
embedder fails with a clear message instead of returning nonsense.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
from typing import Any

from referat import schema as k
from referat.config import Config
from referat.danish import os_reason

from .embed import embedder_id

log = logging.getLogger("referat.store")


class StoreError(RuntimeError):
    """A user-facing (Danish) problem with the index store."""


class StoreUnavailable(StoreError):
    pass


class EmbedderMismatch(StoreError):
    pass


def _settings() -> Any:
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


def _server_text(cfg: Config) -> str:
    return f"Chroma-serveren på {cfg.chroma_host}:{cfg.chroma_port}"


def as_store_error(cfg: Config, err: BaseException) -> StoreError | None:
    """A Danish one-line `StoreError` for a failure of the store behind `cfg`, or None
    when `err` is something else. A lost or slow server, a data dir that cannot be
    written, a database file that is not one: each names the server or the path."""
    import httpx
    from chromadb.errors import ChromaError

    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, StoreError):
            return seen
        if isinstance(seen, httpx.TimeoutException):
            return StoreUnavailable(f"{_server_text(cfg)} svarer ikke (ventede "
                                    f"{cfg.chroma_timeout:g} s). Prøv igen om lidt.")
        if isinstance(seen, httpx.TransportError | ConnectionError) and not isinstance(
                seen, BrokenPipeError):  # (`referat ask … | head`: the reader left)
            where = _server_text(cfg) if cfg.chroma_host else "indekset"
            return StoreUnavailable(f"Forbindelsen til {where} er afbrudt; prøv igen om "
                                    "lidt.")
        if isinstance(seen, ChromaError) and not cfg.chroma_host:
            return _local_error(cfg, str(seen))
        seen = seen.__cause__ or seen.__context__
    return None


def _local_error(cfg: Config, message: str) -> StoreError:
    path = cfg.chroma_path
    if "readonly" in message or "read-only" in message:
        return StoreError(f"Datamappen {cfg.data_dir} (REFERAT_DATA_DIR) er skrivebeskyttet; "
                          "indekset kan ikke åbnes.")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return StoreError(f"Indekset i {path} er beskadiget. Slet mappen og byg det igen "
                          "med `referat ingest --rebuild …`.")
    first = (message.strip().splitlines() or ["ukendt fejl"])[0][:160]
    return StoreError(f"Indekset i {path} kan ikke bruges: {first}")


@contextlib.contextmanager
def store_errors(cfg: Config) -> Iterator[None]:
    """Re-raise failures of the store as a Danish `StoreError`; others unchanged."""
    try:
        yield
    except StoreError:
        raise
    except Exception as err:
        translated = as_store_error(cfg, err)
        if translated is None:
            raise
        raise translated from err


def _with_timeout(client: Any, cfg: Config) -> Any:
    """chromadb's HTTP client waits forever and never retries: give it a timeout, and
    retry connecting (safe: nothing was sent), so a slow or restarting server is an
    answer within `REFERAT_CHROMA_TIMEOUT` seconds instead of a hung chat."""
    import httpx

    server = getattr(client, "_server", None)
    session = getattr(server, "_session", None)
    if isinstance(session, httpx.Client):
        server._session = httpx.Client(
            timeout=httpx.Timeout(cfg.chroma_timeout, connect=min(5.0, cfg.chroma_timeout)),
            transport=httpx.HTTPTransport(retries=2), headers=session.headers)
    return client


def _ping(cfg: Config) -> None:
    import httpx

    httpx.get(f"http://{cfg.chroma_host}:{cfg.chroma_port}/api/v2/heartbeat",
              timeout=cfg.chroma_timeout).raise_for_status()


def chroma_client(cfg: Config) -> Any:
    import chromadb

    if cfg.chroma_host:
        try:
            _ping(cfg)  # chromadb's own first requests would wait forever on a hung server
            client = chromadb.HttpClient(
                host=cfg.chroma_host, port=cfg.chroma_port, settings=_settings()
            )
            _with_timeout(client, cfg).heartbeat()
        except Exception as err:  # connection refused, DNS, TLS …: all mean "not reachable"
            lost = as_store_error(cfg, err)
            if isinstance(lost, StoreUnavailable) and "svarer ikke" in str(lost):
                raise lost from err
            raise StoreUnavailable(
                f"Kan ikke forbinde til {_server_text(cfg)}. Kør `chroma run`, eller ret "
                "REFERAT_CHROMA_HOST/REFERAT_CHROMA_PORT."
            ) from err
        return client
    try:
        cfg.chroma_path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"Datamappen {cfg.data_dir} (REFERAT_DATA_DIR) kan ikke bruges: "
                         f"{os_reason(err)}.") from err
    with store_errors(cfg), _opening(cfg):
        return chromadb.PersistentClient(path=str(cfg.chroma_path), settings=_settings())


@contextlib.contextmanager
def _opening(cfg: Config) -> Iterator[None]:
    """Hold an exclusive lock on the data dir while an embedded client opens it.

    chromadb creates its tables when a client first opens a new directory; two processes
    doing that at once (`referat ui` started while `referat ingest` builds the index)
    make one of them fail with "table … already exists" and leave it unusable. Written by
    hand: chromadb has no cross-process lock of its own.
    """
    import fcntl

    try:
        handle = open(cfg.chroma_path / ".referat-open.lock", "a")  # noqa: SIM115
    except OSError:  # a read-only data dir: nothing can be created there anyway
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def open_collection(cfg: Config, create: bool = False, client: Any = None) -> Any | None:
    """The index collection, checked against the configured embedder.

    Returns None when it does not exist and `create` is False.
    """
    client = client or chroma_client(cfg)
    wanted = embedder_id(cfg.embed_model)
    if create:
        collection = client.get_or_create_collection(
            name=cfg.collection,
            metadata={"hnsw:space": k.HNSW_SPACE, "embedder": wanted},
            embedding_function=None,  # we embed ourselves; never load Chroma's default model
        )
        _set_search_ef(collection)
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


def _set_search_ef(collection: Any) -> None:
    """`k.HNSW_EF_SEARCH` on a new collection and on one built before it (a writer sets
    it; readers only read). Chroma changes ef_search in place (`modify`)."""
    hnsw = (getattr(collection, "configuration", None) or {}).get("hnsw") or {}
    if hnsw.get("ef_search") != k.HNSW_EF_SEARCH:
        with contextlib.suppress(Exception):  # an older server without configurations
            collection.modify(configuration={"hnsw": {"ef_search": k.HNSW_EF_SEARCH}})


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


# A `chroma run` server busy compacting a large collection (measured at ~670,000
# chunks) can hold a write past the client's timeout; the write is then sent again.
# Safe: Chroma ignores an add of ids it already has, so a write that did land is not
# doubled. Seconds to wait before each further try.
WRITE_RETRY_WAITS = (10.0, 30.0, 60.0, 120.0)


def _timed_out(err: BaseException) -> bool:
    import httpx

    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, httpx.TimeoutException):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def add_batched(vector_store: Any, nodes: list, batch: int,
                waits: tuple[float, ...] = WRITE_RETRY_WAITS) -> None:
    """`ChromaVectorStore.add` in slices under the client's max batch size; a slice
    whose write timed out is sent again after each of `waits` seconds."""
    for i in range(0, len(nodes), batch):
        for wait in (*waits, None):
            try:
                vector_store.add(nodes[i : i + batch])
                break
            except Exception as err:
                if wait is None or not _timed_out(err):
                    raise
                log.warning("Chroma write timed out; trying again in %.0f s", wait)
                time.sleep(wait)
