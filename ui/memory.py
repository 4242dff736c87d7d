"""Process-wide memory settings for the long-running chat server (`referat ui`), applied
before the model loads and the server's threads start. Measured with
`python -m eval.bench_memory`: without them RSS crept up ~2 KB a request long after
warm-up; with them it is flat, at the same latency.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)
MALLOC_ARENAS = 2
GRADIO_EVENTS = 200


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """At most `arenas` glibc malloc arenas (glibc's default is 8 per core). Gradio runs
    each request's steps on a pool of worker threads that come and go; memory freed in
    one thread's arena is not reused by another, so with many arenas RSS grew ~1.8 KB a
    request with no Python object behind it. An explicit `MALLOC_ARENA_MAX` wins; off
    glibc this does nothing. True when the limit was set."""
    if "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_ARENA_MAX, arenas))


def limit_gradio_analytics(events: int = GRADIO_EVENTS) -> None:
    """Gradio keeps a record of each of the last 10,000 queued events for its monitoring
    dashboard (which Referat does not serve), ~400 bytes a request until 10,000
    requests, and turns them all into a pandas DataFrame after every request. Keep the
    last `events`; an explicit `GRADIO_ANALYTICS_MAX_EVENTS` wins. Read when the queue is
    created, so call this before `Blocks.queue()`."""
    os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", str(events))
