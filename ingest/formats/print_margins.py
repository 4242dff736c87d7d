"""A browser's print margins read as separate lines: the address above the page counter
("https://…/moede/2025-11-24-1800" / "1/2") and the date and time above the page's title
("02.12.2025 14.07" / "Referat - Udvalget - Kommune"), all at one edge of the page.

Each pair is set on one line, as a browser's margins usually read ("https://… 1/2",
"02.12.2025 14.07 Referat - …"), so that the page's print marks are known and dropped as
such (`text_layout`). Only a page whose edge holds the address over its counter is
touched.
"""

from __future__ import annotations

import re

from .page_edges import per_page

_URL_RE = re.compile(r"^(?:https?|file)://\S+$")
_COUNTER_RE = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")
# the date and time alone ("02.12.2025 14.07", "12/2/26, 3:22 AM")
_STAMP_RE = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{2,4},?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d\d"
                       r"(?:[.:]\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?$")
_EDGE = 5  # filled lines at a page's top or foot that may be the browser's margins


def joined_print_margins(lines: list[str]) -> list[str]:
    """`lines` with a browser's split print margins set on one line each (pages split
    by form feeds).

    >>> joined_print_margins(["Tekst", "02.12.2025 14.07", "Referat - X", "https://a.dk/m", "1/2"])
    ['Tekst', '02.12.2025 14.07 Referat - X', 'https://a.dk/m 1/2']
    """
    if not any(_URL_RE.match(ln.strip()) for ln in lines):
        return lines
    return per_page(lines, _joined_page)


def _joined_page(page: list[str]) -> list[str]:
    filled = [i for i, ln in enumerate(page) if ln.strip()]
    edge = filled[:_EDGE] + filled[-_EDGE:]
    pairs = {(a, b) for a, b in zip(filled, filled[1:], strict=False) if a in edge and b in edge}
    if not any(_URL_RE.match(page[a].strip()) and _COUNTER_RE.match(page[b].strip())
               for a, b in pairs):
        return page
    joined: dict[int, str] = {}
    gone: set[int] = set()
    for a, b in sorted(pairs):
        if a in gone or a in joined:
            continue
        first, second = page[a].strip(), page[b].strip()
        if (_URL_RE.match(first) and _COUNTER_RE.match(second)) or (
                _STAMP_RE.match(first) and not _URL_RE.match(second)):
            joined[a] = f"{first} {second}"
            gone.add(b)
    return [joined.get(i, ln) for i, ln in enumerate(page) if i not in gone]
