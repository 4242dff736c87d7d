"""Item numbers that only a PDF's bookmarks hold (read stage, used by `ingest.read`).

Word's "Gem som PDF" writes a bookmark for every heading. Minutes written in Word with
running item numbers for the year in the heading's numbering, or typed into the
bookmark's text alone, print the item's heading as its bare title ("Godkendelse af
dagsorden") while the bookmarks pane shows "87. Godkendelse af dagsorden", and nothing
else in the text layer gives the number. A reader of the pages then sees items without
numbers (or numbers them 1, 2, 3 … where the minutes and their references say 87, 88 …).

Each top-level bookmark "N. Title" whose target page holds the title alone on a line
(wrapped onto at most three lines) gives that line its number, as the pages show it in
the bookmarks pane: "87. Godkendelse af dagsorden". Only where two or more bookmarks
are numbered so, their numbers rising, and the text never prints those numbers before
a title itself (a heading numbered in the body keeps its own).
"""

from __future__ import annotations

import re
from typing import Any

# "87. Godkendelse af dagsorden", "12) Budget 2025": a bookmark's number and title
_NUMBERED_RE = re.compile(r"^\s*(\d{1,4})[.)]\s+(\S.*?)\s*$")
_WRAP_LINES = 3  # a title wraps onto at most this many lines of its page


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _bookmarks(reader: Any) -> list[tuple[int, str, int]]:
    """The top-level bookmarks that number a title: (number, title, page index)."""
    try:
        outline = reader.outline
    except Exception:  # (a damaged outline is no reason to refuse the file's text)
        return []
    found: list[tuple[int, str, int]] = []
    for entry in outline:
        if isinstance(entry, list):  # (the nested bookmarks: a heading's sections)
            continue
        m = _NUMBERED_RE.match(str(getattr(entry, "title", "") or ""))
        try:
            page = reader.get_destination_page_number(entry) if m else None
        except Exception:
            page = None
        if m and page is not None and page >= 0:
            found.append((int(m[1]), _squeezed(m[2]), page))
    return found


def _title_at(lines: list[str], k: int, title: str) -> int:
    """How many lines from line k on spell the whole title (0 when they do not)."""
    said = ""
    for n in range(_WRAP_LINES):
        if k + n >= len(lines) or not lines[k + n].strip():
            return 0
        said = _squeezed(f"{said} {lines[k + n]}")
        if said == title:
            return n + 1
        if not title.startswith(said):
            return 0
    return 0


def bookmark_numbers(reader: Any, pages: list[str]) -> list[str]:
    """The pages' texts with each bare item heading numbered as its bookmark is; the
    texts as they are when the bookmarks number no headings (or the body does).

    >>> class Mark:
    ...     def __init__(self, title): self.title = title
    >>> class Reader:
    ...     outline = [Mark("87. Godkendelse"), Mark("88. Lokalplan 12 for Ådalen")]
    ...     def get_destination_page_number(self, mark): return 1
    >>> bookmark_numbers(Reader(), ["Indhold",
    ...                             "Godkendelse\\nGodkendt.\\nLokalplan 12\\nfor Ådalen"])
    ['Indhold', '87. Godkendelse\\nGodkendt.\\n88. Lokalplan 12\\nfor Ådalen']
    """
    marks = [m for m in _bookmarks(reader) if m[2] < len(pages)]
    numbers = [n for n, _, _ in marks]
    if len(marks) < 2 or numbers != sorted(set(numbers)):
        return pages
    text = "\n".join(pages)
    if any(re.search(rf"(?m)^\s*(?:punkt\s+|pkt\.\s*)?{n}[.):]?[ \t]+\S", text, re.IGNORECASE)
           for n in numbers):
        return pages  # (the body numbers its headings: those numbers are the items')
    split = [page.split("\n") for page in pages]
    after = dict.fromkeys(range(len(pages)), 0)  # (a page's headings in the bookmarks' order)
    numbered = 0
    for number, title, page in marks:
        lines = split[page]
        at = next(((k, n) for k in range(after[page], len(lines))
                   if (n := _title_at(lines, k, title))), None)
        if at is None:
            continue
        lines[at[0]] = f"{number}. {lines[at[0]].lstrip()}"
        after[page] = sum(at)
        numbered += 1
    if numbered < 2:
        return pages
    return ["\n".join(lines) for lines in split]
