"""Sliding-window rate limits for the chat: feedback per user, failed logins per user
name. Thread-safe and bounded: at most `max_keys` keys are remembered (the stalest go
first), so a flood of made-up user names cannot grow memory.

>>> limit = RateLimiter(2, 60.0)
>>> [limit.allow("ane", now=t) for t in (0, 1, 2)], limit.allow("ane", now=61)
([True, True, False], True)
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque


class RateLimiter:
    """At most `limit` events per key in any `window` seconds."""

    def __init__(self, limit: int, window: float, max_keys: int = 10_000) -> None:
        self.limit, self.window, self.max_keys = limit, window, max_keys
        self._events: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        events = self._events.get(key)
        if events is None:
            events = self._events[key] = deque()
            while len(self._events) > self.max_keys:
                self._events.popitem(last=False)
        self._events.move_to_end(key)
        while events and events[0] <= now - self.window:
            events.popleft()
        return events

    def blocked(self, key: str, now: float | None = None) -> bool:
        """Has `key` used up its events in the current window?"""
        with self._lock:
            return len(self._recent(key, time.monotonic() if now is None else now)) \
                >= self.limit

    def record(self, key: str, now: float | None = None) -> None:
        with self._lock:
            now = time.monotonic() if now is None else now
            self._recent(key, now).append(now)

    def allow(self, key: str, now: float | None = None) -> bool:
        """Record one event for `key` if the limit allows it; False if it does not."""
        with self._lock:
            now = time.monotonic() if now is None else now
            events = self._recent(key, now)
            if len(events) >= self.limit:
                return False
            events.append(now)
            return True

    def wait_seconds(self, key: str, now: float | None = None) -> int:
        """Seconds until `key` may act again (0 when it may now)."""
        with self._lock:
            now = time.monotonic() if now is None else now
            events = self._recent(key, now)
            if len(events) < self.limit:
                return 0
            return max(1, int(events[0] + self.window - now + 0.999))
