"""A meeting's head printed again above every item, as a mail merge repeats its head
table on each record's page ("Udvalg | Beskæftigelsesudvalget" / "Mødedato | 01-12-2025"
/ "Punkt nr. | 88"): read as label lines, the head's rows above "Punkt nr.: 88" would
end the item before (glued to its decision, "… Godkendt.\\nUdvalg: Beskæftigelses-
udvalget").

A run of the meeting's head labels ("Udvalg:", "Mødedato:", "Mødested:" …) right above
an item's heading, the same run above two items or more, is the page's furniture: it
stays above the first item (the meeting's head, when the document has no other) and
goes everywhere else."""

from __future__ import annotations

import re

from .label_grid import item_field
from .text_items import PLAIN_ITEM_RE
from .text_numbered import NUMBERED_LINE_RE

# A head row as a label line: "Udvalg: Beskæftigelsesudvalget", "Mødedato: 01-12-2025"
_HEAD_LINE_RE = re.compile(r"^(udvalg|organ|mødedato|dato|mødested|sted|mødetid|"
                           r"mødetidspunkt|tidspunkt|møde)\s*:\s*\S", re.IGNORECASE)
_LABEL_RE = re.compile(r"^([^:]{2,30}?)\s*:\s*\S")


def _heading(line: str) -> bool:
    """An item's heading, or its number's label line ("Punkt nr.: 88")."""
    s = line.strip()
    label = _LABEL_RE.match(s)
    return bool(PLAIN_ITEM_RE.match(s) or NUMBERED_LINE_RE.match(s)
                or (label and item_field(label.group(1)) == "number"))


def without_repeated_heads(text: str) -> str:
    """`text` without the head rows repeated above each item after the first."""
    lines = text.split("\n")
    runs: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for k, line in enumerate(lines):
        if not _heading(line):
            continue
        j = k
        while j > 0 and _HEAD_LINE_RE.match(lines[j - 1].strip()):
            j -= 1
        if j < k:
            runs.setdefault(tuple(ln.strip() for ln in lines[j:k]), []).append((j, k))
    drop = {n for spans in runs.values() if len(spans) >= 2
            for a, b in spans[1:] for n in range(a, b)}
    if not drop:
        return text
    return "\n".join(ln for n, ln in enumerate(lines) if n not in drop)
