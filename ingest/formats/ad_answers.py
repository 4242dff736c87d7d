"""A decision given per sub-point of its item's Indstilling: "Ad 1: Anbefales." / "Ad 2:
Anbefales." / "Ad 3: Udsat til budgetseminaret den 24. juni 2025." under one item's
"Beslutning". The lines look like the headings of a board's items answered one by one
("Ad 3. Title", `text_items.PLAIN_ITEM_RE`), and "Ad 3" comes right after item 2 in
number; but a sub-point's answers run from "Ad 1" again below the item's own heading,
while an item's heading never has an "Ad 1" between itself and the item before it.
"""

from __future__ import annotations

import re

# "Ad 1:", "Ad 2.", "Ad a)" is lettered and never an item; "Ad punkt 3:" / "Ad pkt. 3"
_AD_RE = re.compile(r"^(?:\*\*|__)?Ad\.?\s+(?:(?:punkt|pkt\.?)\s*)?(\d{1,3})\b", re.IGNORECASE)


def sub_point_answer(lines: list[str], since: int, i: int) -> bool:
    """Whether line `i` answers a sub-point of the item whose heading is line `since`
    ("Ad 3: Udsat." after "Ad 1: Anbefales." below that heading), not an item's heading.

    >>> lines = ["Punkt 2 Budget", "Beslutning", "Ad 1: Anbefales.", "Ad 2: Godkendt.",
    ...          "Ad 3: Udsat til næste møde.", "Punkt 3 Regnskab"]
    >>> [sub_point_answer(lines, 0, i) for i in (4, 5)]
    [True, False]
    >>> sub_point_answer(["Ad 1. Dagsorden", "Godkendt.", "Ad 2. Budget"], 0, 2)
    False
    """
    if not _AD_RE.match(lines[i].strip()):
        return False
    return any((m := _AD_RE.match(ln.strip())) is not None and int(m.group(1)) == 1
               for ln in lines[since + 1 : i])
