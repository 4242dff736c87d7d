"""Item headings a page prints without their numbers, which only the agenda list at its top
gives: a council's own blog post lists the agenda as an `<ol>` and heads each item in the
body with its title alone, in bold (`<p class="punkt"><strong>Title</strong></p>`). The
reader counts the items by the list, so each heading is numbered by its place in it: the
text adapter then finds "3. Title" under the agenda's "3. Title", as printed minutes
have it.

Only a list every title of which heads a paragraph of its own further down, in the
list's order and in bold, is read so; a list of anything else (points of a decision) leaves
the page as it is, and so do heading elements (`<h2>`), which a system numbers in a
element of its own beside them."""

from __future__ import annotations

import re

_MIN_ITEMS = 3  # list entries: an agenda, not two points of a text
_NUMBERED_RE = re.compile(r"^\s*(?:punkt\s+|pkt\.\s*)?\d{1,3}\s*[.):]", re.IGNORECASE)


def _words(node: object) -> str:
    return " ".join(node.get_text(" ", strip=True).split())  # type: ignore[attr-defined]


def _bold_alone(node: object) -> bool:
    """A paragraph whose whole text is one bold run."""
    strong = node.find(("strong", "b"))  # type: ignore[attr-defined]
    return strong is not None and _words(strong) == _words(node)


def _start(ol: object) -> int:
    start = str(ol.get("start") or "1").strip()  # type: ignore[attr-defined]
    return int(start) if start.isdigit() else 1


def number_listed_headings(soup: object) -> None:
    """Write each agenda entry's number before the bold paragraph that repeats its title
    in the body (in place), when every entry of an `<ol>` has one, in order."""
    from bs4.element import NavigableString

    for ol in soup.find_all("ol"):  # type: ignore[attr-defined]
        entries = [_words(li) for li in ol.find_all("li", recursive=False)]
        if len(entries) < _MIN_ITEMS or not all(entries) or any(
                _NUMBERED_RE.match(e) for e in entries):
            continue
        found: list[object] = []
        for node in ol.find_all_next("p"):
            if len(found) == len(entries):
                break
            if _words(node) == entries[len(found)] and _bold_alone(node):
                found.append(node)
        if len(found) < len(entries):
            continue
        for number, node in enumerate(found, start=_start(ol)):
            first = next(t for t in node.find_all(string=True) if t.strip())  # type: ignore[attr-defined]
            first.replace_with(NavigableString(f"{number}. {first.lstrip()}"))
