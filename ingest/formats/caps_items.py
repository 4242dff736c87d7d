"""Items with no number at all, each headed by a line in capitals, as a small council
types its minutes in a word processor:

    GODKENDELSE AF DAGSORDEN

    Beslutning: Godkendt.

    HØRING OM BUDGET 2025 PÅ SOCIALOMRÅDET

    Forvaltningen har sendt budgetforslaget i høring …
    Beslutning: Handicaprådet er imod reduktionen.

A capitals line alone (blank or nothing above it) is an item's heading when an item's
own line (a section's label: "Beslutning: …", "Indstilling") follows before the next
such line; two or more make the items, numbered 1, 2, 3 … in reading order. A capitals
line without such a line under it (the head's "REFERAT AF MØDE …", a group heading
"LUKKEDE PUNKTER") is none. Only tried when no numbered, keyword or lettered items are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .numbered_runs import NumberedStart

_MIN_ITEMS = 2
_CAPS_RE = re.compile(r"^[A-ZÆØÅÉÜÖÄ0-9][A-ZÆØÅÉÜÖÄ0-9 ,.:;&/()–-]{2,120}$")
Check = Callable[[str], bool]


def _caps(line: str) -> bool:
    s = line.strip()
    return bool(_CAPS_RE.match(s)) and sum(c.isalpha() for c in s) >= 4 and not s.endswith(".")


def caps_items(lines: list[str], is_heading: Check, is_marker: Check) -> list[NumberedStart]:
    """The items headed by capitals lines, or [] when fewer than two are."""
    heads = [i for i, ln in enumerate(lines) if _caps(ln) and not is_heading(ln.strip())
             and not is_marker(ln.strip()) and (i == 0 or not lines[i - 1].strip())]
    found: list[NumberedStart] = []
    for k, i in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        own = [ln.strip() for ln in lines[i + 1:end] if ln.strip()]
        if any(is_heading(s) or is_marker(s) for s in own):
            found.append(NumberedStart(i, i + 1, len(found) + 1, lines[i].strip()))
    return found if len(found) >= _MIN_ITEMS else []
