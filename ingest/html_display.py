"""The classes a page's own style sheet shows as blocks ("<style>.lbl{font-weight:bold;
display:block}</style>" … "<p><span class="lbl">Beslutning</span>Godkendt.</p>"): an
element of such a class is a line of its own, as the browser shows it, so a label
styled into a heading stays apart from the text after it."""

from __future__ import annotations

import re

# ".lbl{…display:block…}", "span.lbl, .x {…}": each class of the rule's selectors
_RULE_RE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_BLOCK_RE = re.compile(r"(?:^|;)\s*display\s*:\s*block\b", re.IGNORECASE)
_CLASS_RE = re.compile(r"^[\w-]*\.([\w-]+)$")


def block_classes(soup: object) -> frozenset[str]:
    """The classes the page's <style> elements display as blocks."""
    found: set[str] = set()
    for style in soup.find_all("style"):  # type: ignore[attr-defined]
        for selectors, body in _RULE_RE.findall(style.get_text()):
            if _BLOCK_RE.search(body):
                found.update(m.group(1) for sel in selectors.split(",")
                             if (m := _CLASS_RE.match(sel.strip())))
    return frozenset(found)


def shown_as_block(node: object, classes: frozenset[str]) -> bool:
    """The element is one of those classes (or says display:block itself)."""
    own = node.get("class") or []  # type: ignore[attr-defined]
    return bool(classes.intersection(own)) or bool(
        _BLOCK_RE.search(node.get("style") or ""))  # type: ignore[attr-defined]
