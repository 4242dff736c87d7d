"""Items printed without a number among numbered ones: the opening item above the first
numbered one ("Godkendelse af dagsorden" / its decision / "1. Budget …", as a system
prints the agenda's approval unnumbered) and the items after the last numbered one
("Eventuelt")."""

from __future__ import annotations

import re
from dataclasses import replace

from .added_items import decides
from .text_items import ItemStart, titleish
from .text_layout import RULE_RE
from .text_sections import section_name

_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_OPENING_LINES = 8  # lines of text an unnumbered opening item's decision may run to


def unnumbered_first(lines: list[str], starts: list[ItemStart]) -> tuple[list[ItemStart], int]:
    """The items with an unnumbered one before item 1, and how many were added (0 or 1):
    a title-like line after a gap, a decision's heading right below it ("Beslutning i
    Økonomiudvalget den 7. oktober 2024" / "Beslutning: Godkendt.") and nothing but that
    decision up to item 1. Items are numbered in reading order: the opening item is 1,
    the numbered ones keep their printed numbers as their labels."""
    if not starts or starts[0].number != 1 or starts[0].label:
        return starts, 0
    filled = [k for k in range(starts[0].line) if lines[k].strip()][::-1]
    heading = next((n for n, k in enumerate(filled[:_OPENING_LINES + 1])
                    if section_name(lines[k].strip()) or decides(lines[k])), None)
    if heading is None or heading + 1 >= len(filled) or not decides(lines[filled[heading]]):
        return starts, 0
    at = filled[heading + 1]
    title = lines[at].strip()
    if not titleish(title) or len(title) > 120 or (
            at and lines[at - 1].strip() and not RULE_RE.match(lines[at - 1])):
        return starts, 0  # (no gap above it: a header's or a list's line)
    if not any(_YEAR_RE.search(ln) for ln in lines[:at]):
        return starts, 0  # (an item comes after the head that dates the meeting)
    renumbered = [replace(s, number=s.number + 1, label=s.label or str(s.number)) for s in starts]
    return [ItemStart(at, at + 1, 1, title), *renumbered], 1


def unnumbered_last(lines: list[str], starts: list[ItemStart]) -> list[ItemStart]:
    """Unnumbered items after the last numbered one ("Eventuelt" / "Beslutning" / "…"):
    a title-like line followed by a section heading that the item above already had (an
    item has one Beslutning), numbered on from the run."""
    found: list[ItemStart] = []
    seen: set[str] = set()
    body = starts[-1].body
    for i in range(body, len(lines)):
        s = lines[i].strip()
        name = section_name(s)
        if name:
            seen.add(name)
            continue
        bare = s.strip("#*_ ")
        apart = i == 0 or not lines[i - 1].strip().strip("#*_ -")  # (after a gap or a rule)
        if not seen or len(bare) > 120 or not apart or not titleish(bare):
            continue
        nxt = next((ln.strip() for ln in lines[i + 1: i + 4] if ln.strip()), "")
        if (head := section_name(nxt)) and head in seen:
            number = (found[-1] if found else starts[-1]).number + 1
            found.append(ItemStart(i, i + 1, number, bare))
            seen = set()
    return found
