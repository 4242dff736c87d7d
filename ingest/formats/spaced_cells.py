"""A members' table printed side by side in a PDF's layout text, two spaces or more
between its cells ("Medlem      Parti   Funktion      Fremmøde"): where each head stands,
and each row cut into its columns there (`members_table` reads the rows' people)."""

from __future__ import annotations

import re

_CHUNK_RE = re.compile(r"\S+(?: \S+)*")  # a cell's text: words one space apart
_CELL_TOLERANCE = 3  # characters a cell's text may start left of its head


def layout_starts(head: str, columns: list[str]) -> list[int] | None:
    """Where each head stands on a head row printed side by side, two spaces or more
    between the heads ("Medlem      Parti   Funktion      Fremmøde", a PDF's layout
    text), one head a column; None for any other head row."""
    chunks = [(m.start(), m.group()) for m in _CHUNK_RE.finditer(head)]
    if len(chunks) < 3 or len(chunks) != len(columns):
        return None
    return [start for start, _ in chunks]


def layout_cells(line: str, starts: list[int]) -> list[str]:
    """A row printed side by side, cut into its columns by where its text stands."""
    cells: list[list[str]] = [[] for _ in starts]
    for m in _CHUNK_RE.finditer(line):
        k = max((k for k, s in enumerate(starts) if s <= m.start() + _CELL_TOLERANCE), default=0)
        cells[k].append(m.group())
    return [" ".join(c) for c in cells]
