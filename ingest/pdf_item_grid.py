"""A PDF's attendance grid, the members as rows and the items as columns ("Medlem 1 2 3
Bemærkning" / "Kirsten Bach (V), formand X X X"): pypdf's plain text runs a row's marks
together, so a member who missed the first items reads as one who missed the last. The
page is read again in layout mode, where each mark stands under its item's number, and
the grid's lines give way to the lists `formats.item_grid` makes of it ("Deltagere:",
"Afbud:", the items a member missed)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# the head row: a column's name, then the items' numbers in order, a remark column's name
_HEAD_RE = re.compile(r"^\s*(?P<name>[A-ZÆØÅ][\w /.-]{1,30}?)(?P<nums>(?:\s+\d{1,3}){3,})"
                      r"(?:\s+[A-ZÆØÅ][\wæøå]{2,20})?\s*$")
_ROW_RE = re.compile(r"^\s*[A-ZÆØÅ][\w'.-]+\s+[A-ZÆØÅ(]")  # a member's name first


def grid_pages(pages: Sequence[Any], texts: list[str]) -> list[str]:
    """Each page's text (`texts`, pypdf's plain text of `pages`) with an attendance grid's
    lines read in layout mode and written as lists."""
    return [_with_grid(page, text) if any(_head(line) for line in text.split("\n")) else text
            for page, text in zip(pages, texts, strict=True)]


def _head(line: str) -> list[int] | None:
    """The item numbers of a grid's head row, when they run 1, 2, 3 … without a gap."""
    m = _HEAD_RE.match(line)
    nums = [int(n) for n in m["nums"].split()] if m else []
    return nums if nums and nums == list(range(nums[0], nums[0] + len(nums))) else None


def _with_grid(page: Any, text: str) -> str:
    from .formats.item_grid import item_grid

    try:
        layout = (page.extract_text(extraction_mode="layout") or "").split("\n")
    except Exception:  # pypdf's layout mode fails on some fonts: keep the plain text
        return text
    start = next((k for k, line in enumerate(layout) if _head(line)), None)
    if start is None:
        return text
    head = layout[start]
    cols = [m.start() for m in re.finditer(r"(?<=\s)\d{1,3}(?=\s|$)", head)]
    rest = head[cols[-1]:].split(None, 1)
    rows = [[[head[:cols[0]].strip()], *([n] for n in head[cols[0]:].split()[:len(cols)]),
             *([[rest[1]]] if len(rest) > 1 else [])]]
    for line in layout[start + 1:]:
        if not _ROW_RE.match(line) or "=" in line:
            break
        marks = [line[c - 1:c + 2].strip() for c in cols]
        after = line[cols[-1] + 2:].strip() if len(line) > cols[-1] + 2 else ""
        rows.append([[line[:cols[0] - 1].strip()], *([m] if m else [] for m in marks),
                     *([[after] if after else []] if len(rest) > 1 else [])])
    lines = item_grid(rows)
    names = [r[0][0] for r in rows[1:]]
    plain = text.split("\n")
    first = next((k for k, line in enumerate(plain) if _head(line)), None)
    if lines is None or first is None:
        return text
    end = first + 1
    while end < len(plain) and any(plain[end].startswith(n) for n in names):
        end += 1
    return "\n".join([*plain[:first], *"\n".join(lines).split("\n"), *plain[end:]])
