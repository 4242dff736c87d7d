"""The pages of a text that keeps no page breaks, known by their footers (used by
`page_edges` when it finds no form feed and no counter alone on its line): an OCR
engine's text export of a scan ("Save as Text", a FineReader TXT) ends every page with a
footer whose line ends in the page's counter ("Økonomiudvalget 17-06-2014   Side 3 af 8")
and starts the next page with the running header ("Vordingborg Kommune   Økonomiudvalget").

The line right under such a footer, repeated under most footers, without a digit and
reading as no sentence nor heading, is that running header: it goes there (the front
page's own letterhead stays). Left in, it runs on into the decision the page broke
(an agenda's empty "Beslutning" would read "Assens Kommune" as its decision).
"""

from __future__ import annotations

import re

from .common import CANONICAL_HEADINGS
from .structure_lines import is_structure

# a footer's line ending in the page's counter: "Kultur- og Fritidsudvalget 09-01-2024 Side
# 2 af 6" (the count of pages the same in every one)
_COUNTER_END_RE = re.compile(r"\S.*?\s(?:side|page)\s*\d+\s*(?:af|/|of)\s*(\d+)$", re.IGNORECASE)
_MIN_FOOTERS = 3  # so many footers at least make the pages known
_MOST = 0.6  # the share of footers a running header stands under


def _head_under(lines: list[str], k: int) -> int | None:
    """The index of the first line with text under line `k`, if any."""
    return next((i for i in range(k + 1, len(lines)) if lines[i].strip()), None)


def _shape(line: str) -> str:
    return " ".join(line.split())


def without_heads_under_footers(lines: list[str]) -> list[str]:
    """`lines` without the running header under each page's footer (see the module).

    >>> page = ["Tekst.", "Udvalget 09-01-2024 Side {} af 4", "Egeby Kommune", "{}. Punkt"]
    >>> lines = [ln.format(n, n) for n in range(1, 5) for ln in page]
    >>> [ln for ln in without_heads_under_footers(lines) if "Egeby" in ln]
    []
    """
    footers = {k: m.group(1) for k, ln in enumerate(lines)
               if (m := _COUNTER_END_RE.match(ln.strip()))}
    if len(footers) < _MIN_FOOTERS or len(set(footers.values())) != 1:
        return lines
    heads = {i: _shape(lines[i]) for k in footers if (i := _head_under(lines, k)) is not None}
    counts: dict[str, int] = {}
    for shape in heads.values():
        counts[shape] = counts.get(shape, 0) + 1
    running = {shape for shape, n in counts.items()
               if n >= _MIN_FOOTERS - 1 and n >= _MOST * len(footers)
               and not re.search(r"\d", shape) and not shape.endswith((".", "!", "?", ":"))
               and shape.lower() not in CANONICAL_HEADINGS and not is_structure(shape)}
    if not running:
        return lines
    gone = {i for i, shape in heads.items() if shape in running}
    return [ln for i, ln in enumerate(lines) if i not in gone]
