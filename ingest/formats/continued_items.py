"""An item treated in two parts, the second after other items: "Punkt C (fortsat): Title"
(or "Punkt 4 (fortsat)") heading its own lines below a later item ("Punkt E"), as a
council's secretary types the minutes when the agenda was taken out of order. The
continuation is no item of its own and no part of the item it follows: its lines (a
"Drøftelse", the decision) join the item it names, after that item's own lines.

A page's running header naming the item it continues stands in that same item and is
left alone here (`text_lines` drops it).
"""

from __future__ import annotations

import re

from .numbered_runs import NumberedStart
from .text_layout import RULE_RE

# "Punkt C (fortsat): Title", "Pkt. 4 (fortsættelse) – Title", "C (fortsat)"
_CONTINUED_RE = re.compile(r"^\s*(?:(?i:punkt|pkt\.?|sag)\s+)?(?P<mark>[A-Z]|\d{1,4})\.?\s*"
                           r"\((?i:fortsat|fortsættelse|forts\.)\)\s*[:.\-–]?\s*(?P<title>.*)$")
_TITLE_CHARS = 20  # a printed title names the item when its start is the item's


def rejoined(starts: list[NumberedStart], bodies: list[list[str]]) -> list[list[str]]:
    """The items' `bodies` with each continuation cut from the item it follows and put
    after the lines of the earlier item it names (its printed mark, its number); a
    continuation naming no earlier item stays where it is."""
    marks = {s.label or str(s.number): k for k, s in enumerate(starts)}
    out = [list(b) for b in bodies]
    for k, body in enumerate(bodies):
        at = next((n for n, ln in enumerate(body) if (m := _CONTINUED_RE.match(ln))
                   and _names(m, starts, marks, k)), None)
        if at is None:
            continue
        m = _CONTINUED_RE.match(body[at])
        rest = [ln for ln in body[at + 1:] if not RULE_RE.match(ln)]
        out[k] = out[k][:at]
        out[marks[m["mark"]]] += ["", *rest]
    return out


def _names(m: re.Match[str], starts: list[NumberedStart], marks: dict[str, int],
           k: int) -> bool:
    """The heading names an earlier item (by its title too, when it prints one)."""
    j = marks.get(m["mark"])
    title = m["title"].strip().casefold()[:_TITLE_CHARS]
    return j is not None and j < k and (not title or starts[j].title.casefold().startswith(title))
