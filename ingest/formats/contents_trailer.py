"""A table of contents printed at the END of the minutes, after the last item (a PDF
whose contents page comes last, as some systems lay out an extraordinary meeting's
short minutes):

    Mødet hævet kl. 08:15
    Indholdsfortegnelse
    Åbne punkter
    88. Godkendelse af dagsorden ........................ 2
    Lukkede punkter
    91. Salg af grund ........................
    2

It is no part of the last item's decision: the minutes end where its heading stands,
so that what stands above it ("Mødet hævet …") closes them as it does on a last page.
"""

from __future__ import annotations

import re

from .toc_lines import TOC_LINE_RE

_HEADING_RE = re.compile(r"^(?:indholdsfortegnelse|indhold|indholdsoversigt)\s*:?$", re.IGNORECASE)
# what else a contents list holds: a page number on a line of its own (the extraction
# broke the line after the leader), a title ending in its leader, a group's short heading
_PAGE_RE = re.compile(r"^(?:side\s+)?\d{1,3}$", re.IGNORECASE)
_LEADER_END_RE = re.compile(r"(?:\.{3,}|…{2,})\s*$")
_GROUP_RE = re.compile(r"^[A-ZÆØÅ][^\d.:;!?]{0,40}$")


def contents_start(lines: list[str], first: int, end: int) -> int:
    """Where a contents list after the last item begins (its heading's line), when all
    that follows its heading up to `end` is contents; `end` otherwise.

    >>> contents_start(["Godkendt.", "Indholdsfortegnelse", "Ledige punkter",
    ...                 "4. Budget ..........", "2", ""], 0, 6)
    1
    >>> contents_start(["Indhold:", "Sagen handler om budgettet."], 0, 2)
    2
    """
    for i in range(first, end):
        if not _HEADING_RE.match(lines[i].strip()):
            continue
        rest = [ln.strip() for ln in lines[i + 1:end] if ln.strip()]
        leaders = sum(bool(TOC_LINE_RE.search(s) or _LEADER_END_RE.search(s)) for s in rest)
        if leaders and all(TOC_LINE_RE.search(s) or _LEADER_END_RE.search(s) or
                           _PAGE_RE.match(s) or _GROUP_RE.match(s) for s in rest):
            return i
    return end
