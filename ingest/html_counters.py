"""Numbers a page shows only through its style sheet: a CSS counter written before each
item's heading (`section.punkt h3::before { content: counter(punkt) ". " }`), so the
heading's own text is the title alone. The browser prints "1. Title", "2. Title", …;
the numbers are written into the headings, as the reader sees them.

So is a number in an element of its own at a heading's start (`<h2><button><span
class="nr">4a</span> <span class="titel">Title</span>`): the browser shows "4a Title" on
one line, whatever line breaks the markup has between the two; it is written "4a. Title",
as a minutes prints an item's number and its label ("4a") (`number_elements`)."""

from __future__ import annotations

import re

# "<selector>::before { … content: counter(name) ". " … }" (also the old ":before")
_COUNTER_RULE_RE = re.compile(
    r"(?P<sel>[^{}]+?)::?before\s*\{[^}]*?content\s*:\s*counter\(\s*[\w-]+\s*\)"
    r"\s*(?:(?P<q>[\"'])(?P<after>[^\"']*)(?P=q))?", re.IGNORECASE)
_HEADING_SEL_RE = re.compile(r"\bh[1-6](?:[.#][\w-]+)*$", re.IGNORECASE)
_NUMBERED_RE = re.compile(r"^\s*(?:punkt\s+)?\d{1,3}\b", re.IGNORECASE)


def number_counted_headings(soup: object) -> None:
    """Write each counted heading's number before its text, in document order, for every
    style rule that puts a counter before a heading; headings that print a number of
    their own are left as they are (and so is the whole rule then)."""
    from bs4.element import NavigableString

    css = " ".join(s.get_text() for s in soup.find_all("style"))  # type: ignore[attr-defined]
    for rule in _COUNTER_RULE_RE.finditer(css):
        for selector in rule.group("sel").split(","):
            selector = selector.strip()
            if not _HEADING_SEL_RE.search(selector):
                continue
            try:
                headings = soup.select(selector)  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - a selector soupsieve does not know
                continue
            texts = [h.get_text(" ", strip=True) for h in headings]
            if not headings or any(_NUMBERED_RE.match(t) for t in texts):
                continue
            after = rule.group("after") if rule.group("q") else ". "
            for n, heading in enumerate(headings, start=1):
                heading.insert(0, NavigableString(f"{n}{after or ' '}"))


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_OWN_NUMBER_RE = re.compile(r"^(\d{1,3}[a-z]?)\.?$")


def number_elements(soup: object) -> None:
    """Each heading's leading number element joined to the title after it (in place)."""
    for heading in soup.find_all(_HEADINGS):  # type: ignore[attr-defined]
        first = next((t for t in heading.find_all(string=True) if t.strip()), None)
        m = _OWN_NUMBER_RE.match(first.strip()) if first is not None else None
        holder = first.parent if m else None
        if holder is None or holder is heading:
            continue
        between = []
        for after in holder.next_siblings:
            if (after.get_text() if getattr(after, "name", None) else str(after)).strip():
                break
            if not getattr(after, "name", None):
                between.append(after)
        else:
            continue  # (nothing after the number: a number alone)
        for space in between:
            space.replace_with(" ")
        first.replace_with(f"{m.group(1)}.")
