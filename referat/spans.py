"""A set of claimed text spans with a fast "is this span still free?" test.

Finding values or periods claims each match's span so that a later, less specific
pattern does not read the same characters again. A plain list made that quadratic in
the number of matches (a 40 KB question of "i A i A …" took 8 s); this keeps the
claimed spans merged and sorted, so each test and claim is a binary search.

>>> s = Spans([(0, 3)])
>>> s.free((3, 5)), s.free((2, 4))
(True, False)
>>> s.claim((5, 9)); s.claim((4, 6)); s.free((3, 4)), s.free((8, 10)), s.free((9, 12))
(True, False, True)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class Spans:
    """Non-empty half-open spans `(start, end)`, merged where they overlap."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for span in spans:
            self.claim(span)

    def free(self, span: tuple[int, int]) -> bool:
        """Does `span` overlap no claimed span?"""
        start, end = span
        i = bisect_right(self._starts, start) - 1  # last claimed span starting at or before
        if i >= 0 and self._ends[i] > start:
            return False
        j = i + 1  # first claimed span starting after `start`
        return j >= len(self._starts) or self._starts[j] >= end

    def claim(self, span: tuple[int, int]) -> None:
        start, end = span
        if end <= start:
            return
        # Claimed spans that overlap the new one are merged into it.
        lo = bisect_left(self._ends, start + 1)  # first with end > start
        hi = bisect_left(self._starts, end)  # spans from here on start at or after `end`
        if lo < hi:
            start = min(start, self._starts[lo])
            end = max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]
