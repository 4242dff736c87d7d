"""Minutes printed one item a page, the item's number only in the page's running header:
each item opens a new page under a coloured band that holds its title alone, and the
line the page prints at its edge ends in the number ("Børne- og Ungdomsudvalget ·
Dagsorden · 10.12.2025 · Punkt 3"), a PDF's text giving it at the page's end.

The page's first line is then written as the item's heading the items reader knows
("3. Trivselsmåling 2025 - …") and the running line is dropped; a page that goes on
with the same item (the same number again) only loses its running line. Found only
where two pages or more are numbered so, their numbers rising; the contents table's
page numbers ("Godkendelse af dagsorden" / "2") are no item numbers and stay as they
are."""

from __future__ import annotations

import re

# a running line of fields joined by a separator, the last field the item's number
_RUNNING_NUMBER_RE = re.compile(r"^\S.*?\s[·|•–]\s+(?:Punkt|Pkt\.|Sag)\s*(\d{1,4})$")


def _pages(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line indices of each page (a "\\f" line parts them)."""
    pages, first = [], 0
    for n, line in enumerate(lines):
        if "\f" in line:
            pages.append((first, n))
            first = n + 1
    return [*pages, (first, len(lines))]


def running_numbers(lines: list[str]) -> list[str]:
    """`lines` with each item page's first line written as the item's heading, numbered
    from the page's running line."""
    numbered = []  # (running line, number, page start, page end)
    for a, b in _pages(lines):
        found = [(n, int(m.group(1))) for n in range(a, b)
                 if (m := _RUNNING_NUMBER_RE.match(lines[n].strip()))]
        if len(found) == 1:
            numbered.append((*found[0], a, b))
    numbers = [number for _, number, _, _ in numbered]
    if len(set(numbers)) < 2 or numbers != sorted(numbers):
        return lines
    firsts = [next((lines[n].strip() for n in range(a, b) if lines[n].strip()), "")
              for _, _, a, b in numbered]
    if len(set(firsts)) < len(set(numbers)):
        return lines  # (the same line atop every page: a header, no item's title)
    seen: set[int] = set()
    edits: dict[int, str | None] = {}  # (a line rewritten; None: dropped)
    for (at, number, a, b), first in zip(numbered, firsts, strict=True):
        edits[at] = None
        if number in seen or not first:
            continue
        seen.add(number)
        top = next(n for n in range(a, b) if lines[n].strip())
        edits[top] = f"{number}. {first}"
    out = [edits.get(n, ln) for n, ln in enumerate(lines)]
    return [ln for n, ln in enumerate(out) if not (n in edits and edits[n] is None)]
