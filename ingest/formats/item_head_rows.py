"""The head row of a small table that opens every item, read one cell a line: a PDF
that boxes each item's facts as "Sag | Journalnr. | Åben/Lukket" over "1. Title |
2025-0031207 | Åben" gives

    Sag
    Journalnr.
    Åben/Lukket
    1. Godkendelse af dagsorden
    2025-0031207
    Åben

The value row reads as an item's heading, case number and status line; the head row's
labels, though, stood at the end of the item before (glued onto its decision) and, above
the first item, under the members ("Afbud: …" / "Sag" / "Journalnr.": two more people).
A run of two or more such column labels, the same run in front of two or more numbered
headings, is the table's furniture and goes.
"""

from __future__ import annotations

import re
from collections import Counter

from .margin_heads import margin_heads

# a column label of an item's fact table ("Sag", "Journalnr.", "Åben/Lukket", "Status")
_HEAD_CELL_RE = re.compile(
    r"^(?:sag|punkt|pkt\.?|nr\.?|titel|emne|overskrift|journalnr\.?|j\.\s?nr\.?|sagsnr\.?|"
    r"sagsnummer|åben\s*/\s*lukket|åben\s*/\s*lukket\s+punkt|status|adgang)$", re.IGNORECASE)
# the numbered heading the row of values starts with ("1. Godkendelse af dagsorden")
_NUMBERED_RE = re.compile(r"^\s*(?:punkt\s+|pkt\.\s*)?\d{1,3}[.)]?\s+\S", re.IGNORECASE)
_MIN_CELLS, _MIN_REPEATS = 2, 2


def _run_before(lines: list[str], k: int) -> tuple[str, ...]:
    """The column labels right above line `k`, a line each (empty when fewer than two)."""
    j = k
    while j > 0 and _HEAD_CELL_RE.match(lines[j - 1].strip()):
        j -= 1
    run = tuple(ln.strip().lower() for ln in lines[j:k])
    return run if len(run) >= _MIN_CELLS else ()


def without_item_heads(lines: list[str]) -> list[str]:
    """`lines` without the head rows repeated over the items' fact tables; a ledger
    protocol's margin heads written as an item's heading (`margin_heads`).

    >>> without_item_heads(["Afbud: Ole Bak", "Sag", "Journalnr.", "1. Budget", "24/1",
    ...     "Godkendt.", "Sag", "Journalnr.", "2. Takster", "24/2"])
    ['Afbud: Ole Bak', '1. Budget', '24/1', 'Godkendt.', '2. Takster', '24/2']
    """
    lines = margin_heads(lines)
    runs = {k: run for k, line in enumerate(lines)
            if _NUMBERED_RE.match(line) and (run := _run_before(lines, k))}
    repeated = {run for run, n in Counter(runs.values()).items() if n >= _MIN_REPEATS}
    if not repeated:
        return lines
    drop = {j for k, run in runs.items() if run in repeated for j in range(k - len(run), k)}
    return [line for j, line in enumerate(lines) if j not in drop]
