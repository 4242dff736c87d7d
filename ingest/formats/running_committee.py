"""The committee a printout names only in its running page footer (or header), when its
head names none: "Kerteminde Kommune · Miljø- og Teknikudvalget · Referat · 04.03.2025
Side 1 af 7" under every page. The line is read as its parts between separators ("·",
"|", " - ", " – "): one part is a body's whole name, another holds the meeting's own date,
and the line recurs on two pages or more (a running line, not a sentence of an item).
A footer that names the document's kind beside the body may date the document itself
("Landsbyrådet | Referat | Udsendt 15.12.2025", the day it was sent out): that date
need not be the meeting's."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from .dates import written_date
from .text_header_rows import BODY_NAME_RE

_SEPARATOR_RE = re.compile(r"\s*[·|•]\s*|\s+[-–]\s+")
# A body's whole name: capitalised, a few words, ending like a body ("…udvalget")
_NAME_RE = re.compile(r"^[A-ZÆØÅ][\w ,.&-]{1,80}$")
_KIND_RE = re.compile(r"^(?:referat|dagsorden|beslutningsprotokol)$", re.IGNORECASE)
_SENT_RE = re.compile(r"^(?:udsendt|offentliggjort|publiceret|udgivet)\b", re.IGNORECASE)
_MIN_PAGES = 2  # lines repeating the same body and date, for the rule to hold


def running_committee(text: str, day: date | None) -> str | None:
    """The body a running footer line names beside the meeting's date; None when no such
    line recurs.

    >>> foot = "Lunde Kommune · Teknikudvalget · Referat · 04.03.2025 Side 1 af 3"
    >>> running_committee(f"{foot}\\nGodkendt.\\n{foot}", date(2025, 3, 4))
    'Teknikudvalget'
    >>> running_committee(f"{foot}\\n{foot}", date(2025, 3, 5)) is None
    True
    >>> sent = "Lokalrådet | Referat | Udsendt 15.12.2025"
    >>> running_committee(f"{sent}\\n{sent}", date(2025, 12, 10))
    'Lokalrådet'
    >>> running_committee("Lunde | Teknikudvalget | 1.3.2025\\n" * 2, date(2025, 3, 4)) is None
    True
    """
    if day is None:
        return None
    found: Counter[str] = Counter()
    for line in text.splitlines():
        parts = [p.strip() for p in _SEPARATOR_RE.split(line.strip()) if p.strip()]
        if len(parts) < 3:
            continue
        bodies = [p for p in parts if _NAME_RE.match(p) and BODY_NAME_RE.search(p)]
        kind = any(_KIND_RE.match(p) for p in parts)  # ("… | Referat | Udsendt 15.12.2025")
        dated = [p for p in parts if (d := written_date(p)) and (
            d[0] == day or (kind and _SENT_RE.match(p)))]
        if len(bodies) == 1 and dated:
            found[bodies[0]] += 1
    best = found.most_common(1)
    return best[0][0] if best and best[0][1] >= _MIN_PAGES and len(found) == 1 else None
