"""A news page that tells what a committee decided, one matter under each heading: a
municipality's CMS prints "Det besluttede Teknik- og Miljøudvalget den 3. april 2023" as
the article's title, then for each matter an unnumbered heading ("<h2>Nyt regulativ for
husholdningsaffald</h2>") over paragraphs that open with a bold label ("<strong>Sagen
kort:</strong> …", "<strong>Det besluttede udvalget:</strong> …"). The matters are the
meeting's items, numbered in reading order as a reader counts them: each such heading
gets its number written before its text ("1. Trafiksikkerhedsplan …"). A heading is one
only when a bold label naming a decision opens a paragraph below it, before the next
heading of its level; the page's other headings ("Andre nyheder", "Kontakt") get none."""

from __future__ import annotations

import re

# a heading that prints an item's number ("3. …", "Punkt 3", "Ad 3a. …", "Sag nr. 3")
_NUMBERED_RE = re.compile(r"^\s*(?:(?:punkt|pkt\.?|ad|sag(?:\s+nr\.?)?|§)\s*)?\d{1,3}",
                          re.IGNORECASE)
_LEVELS = ("h2", "h3", "h4")
_MIN_MATTERS = 2  # one heading over a decision is an article, not a digest of a meeting


def _lead_label(paragraph: object) -> str:
    """The bold label a paragraph opens with ("Det besluttede udvalget:"), or ""."""
    first = next((c for c in paragraph.children  # type: ignore[attr-defined]
                  if not (isinstance(c, str) and not c.strip())), None)
    if first is None or getattr(first, "name", None) not in ("strong", "b"):
        return ""
    label = first.get_text(" ", strip=True)
    rest = paragraph.get_text(" ", strip=True)[len(label):].lstrip()  # type: ignore[attr-defined]
    return label.rstrip(":").strip() if label.endswith(":") or rest.startswith(":") else ""


def _decided_below(heading: object, level: int) -> bool:
    """A paragraph below `heading`, before the next heading of its level or a higher
    one, opens with a bold label naming a decision."""
    from .formats.text_sections import section_name

    for node in heading.find_next_siblings():  # type: ignore[attr-defined]
        if node.name in _LEVELS[:level + 1] or node.name == "h1":
            return False
        if node.name == "p" and section_name(_lead_label(node)) == "Beslutning":
            return True
    return False


def number_digest_headings(soup: object) -> None:
    """Write its number in reading order before each matter's heading of a decisions
    digest (two or more headings of one level, each over a labelled decision, on a page
    that numbers no heading of that level)."""
    from bs4.element import NavigableString

    for level, name in enumerate(_LEVELS):
        headings = soup.find_all(name)  # type: ignore[attr-defined]
        if any(_NUMBERED_RE.match(h.get_text(" ", strip=True)) for h in headings):
            return  # (an agenda that numbers its items: read as printed)
        matters = [h for h in headings if _decided_below(h, level)]
        if len(matters) >= _MIN_MATTERS:
            for n, heading in enumerate(matters, start=1):
                heading.insert(0, NavigableString(f"{n}. "))
            return
