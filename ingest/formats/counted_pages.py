"""The pages a printed document's own page counter counts: the minutes of a "samlet PDF"
end where their counter ends, and whatever pages follow were appended to them.

An ESDH system prints the minutes with a counter in the footer or header ("Side 3 af 5",
"Kultur- og Fritidsudvalget 13-05-2025   Side 3 af 5") and then appends the attachments'
own files as they are: those pages carry no such counter, or one of their own ("Side 1 af
1" of a letter, "Side 4 af 8" of an earlier meeting's extract printed in the same
template). When the counter runs page by page from the document's start up to "Side M af
M" (M the same on every page), the pages after that one are outside the minutes, however
much they look like them (an item heading "3. …" over "Sagsnr.:", a "Beslutning",
"Afbud:"), and so no part of the meeting's reading. Unless the next page starts a count
of its own printed alike (the document's kind and month aside: "Referat - … - 7. oktober
2019  Side 5 af 5", then "Dagsorden - … - 4. november 2019  Side 1 af 3"), run to its
end in the same way ("Side 1 af 4" … "Side 4 af 4" under the next meeting's header):
that is a second document the same system printed (the next meeting's agenda bound
behind the minutes), read as such.
"""

from __future__ import annotations

import re

from referat.danish import DANISH_MONTHS

# a counter alone on its line or ending a footer's line: "Side 3 af 5", "… - Side 3 af 5"
_COUNTER_RE = re.compile(r"(?:^|\s)(?:side|page)\s*(\d{1,3})\s*(?:af|of|/)\s*(\d{1,3})$",
                         re.IGNORECASE)
_EDGE = 5  # lines at a page's top and foot where its counter may stand
_LEAD = 2  # pages before the first counted one (a cover without a footer)
# what a footer names that differs from one document of a system to the next: the kind
# and the meeting's month ("Referat - Teknik- og Miljøudvalget - 7. oktober 2019" over
# the agenda's "Dagsorden - Teknik- og Miljøudvalget - 4. november 2019")
_DOCUMENT_WORDS_RE = re.compile(
    rf"\b(?:referat|dagsorden|beslutningsprotokol|{'|'.join(DANISH_MONTHS)})\b", re.IGNORECASE)


def page_counter(line: str) -> tuple[int, int] | None:
    """The (page, of pages) a line's counter reads, alone or ending a footer's line ("… -
    Side 3 af 5" → (3, 5)); None for a line without one."""
    m = _COUNTER_RE.search(line.strip())
    return (int(m.group(1)), int(m.group(2))) if m else None


def count_starts(lines: list[str]) -> list[int]:
    """The first line of each page (pages parted by a line holding a form feed) whose
    counter at its edges reads "Side 1 af M" (M ≥ 2): where a printed document begins,
    the next one of a collection ("Samlede referater", four meetings' own counts).

    >>> count_starts(["Side 1 af 2", "x", "\\f", "Side 2 af 2", "\\f", "Referat", "Side 1 af 3"])
    [0, 5]
    """
    breaks = [-1, *(k for k, ln in enumerate(lines) if "\f" in ln), len(lines)]
    starts = []
    for a, b in zip(breaks[:-1], breaks[1:], strict=True):
        filled = [ln for ln in lines[a + 1:b] if ln.strip()]
        counts = {c for ln in filled[:_EDGE] + filled[-_EDGE:] if (c := page_counter(ln))}
        if any(n == 1 and m >= 2 for n, m in counts):
            starts.append(a + 1)
    return starts


def _counters(lines: list[str]) -> dict[tuple[int, int], str]:
    """The counters "(page, of pages)" at a page's edges, each with its line's shape (its
    digits as "#")."""
    edge = lines[:_EDGE] + lines[-_EDGE:]
    return {(int(m.group(1)), int(m.group(2))): re.sub(r"\d+", "#", ln.strip()) for ln in edge
            if (m := _COUNTER_RE.search(ln.strip()))}


def _run(counts: list[dict[tuple[int, int], str]], first: int, n: int, total: int,
         shape: str | None = None) -> int:
    """The last page of a count that runs page by page from page `first` (counter `n` of
    `total`) up to `total` at most, its lines shaped alike when `shape` is given."""
    page = first
    while n < total and page + 1 < len(counts) and (n + 1, total) in counts[page + 1] and (
            shape is None or counts[page + 1][(n + 1, total)] == shape):
        n, page = n + 1, page + 1
    return page


def _alike(shape: str, other: str) -> bool:
    """Whether two counters' lines are printed alike, the document's kind and month (and
    the spaces a layout pads the line with) aside: the same system's footer over the
    minutes and over the next meeting's agenda.

    >>> _alike("Referat - Byrådet - #. maj # Side # af #",
    ...        "Dagsorden - Byrådet - #. juni #   Side # af #")
    True
    >>> _alike("Side # af #", "Notat om vejbelysning Side # af #")
    False
    """
    return (" ".join(_DOCUMENT_WORDS_RE.sub("_", shape).split())
            == " ".join(_DOCUMENT_WORDS_RE.sub("_", other).split()))


def counted_end(pages: list[list[str]]) -> int | None:
    """The index of the page whose counter reads "Side M af M", when the counter runs
    page by page (no page skipped) from one of the first pages and other pages follow
    that one, which start no count of their own alike; else None (no counter, a count to
    the document's end, or one broken off).

    >>> counted_end([["Referat", "Side 1 af 2"], ["Side 2 af 2"], ["Kære udvalg", "Side 1 af 1"]])
    1
    >>> counted_end([["Referat", "Side 1 af 2"], ["Side 2 af 2"]]) is None
    True
    >>> counted_end([["Side 1 af 2"], ["Side 2 af 2"], ["Dagsorden", "Side 1 af 2"],
    ...              ["Side 2 af 2"]]) is None
    True
    >>> counted_end([["Referat - 3. maj 2019 Side 1 af 2"], ["Referat - 3. maj 2019 Side 2 af 2"],
    ...              ["Dagsorden - 7. juni 2019 Side 1 af 2"],
    ...              ["Dagsorden - 7. juni 2019 Side 2 af 2"]]) is None
    True
    """
    counts = [_counters(lines) for lines in pages]
    for first in range(min(_LEAD, len(pages))):
        starts = [(n, m) for n, m in counts[first] if n <= m and m >= 2]
        if len(starts) != 1:
            continue
        n, total = starts[0]
        end = _run(counts, first, n, total)
        if (n + end - first, total) != (total, total) or end == first or end + 1 >= len(pages):
            return None
        after = end + 1
        again = [(m, shape) for (k, m), shape in counts[after].items()
                 if k == 1 and m >= 2 and _alike(shape, counts[end][(total, total)])]
        if again and all(_run(counts, after, 1, m, shape) - after == m - 1 for m, shape in again):
            return None  # (a second document printed alike: the next meeting's agenda)
        return end
    return None
