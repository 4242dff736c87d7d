"""The classes a page's own style sheet shows as blocks ("<style>.lbl{font-weight:bold;
display:block}</style>" … "<p><span class="lbl">Beslutning</span>Godkendt.</p>"): an
element of such a class is a line of its own, as the browser shows it, so a label
styled into a heading stays apart from the text after it. So is each child of a flex or
grid container (".meta{display:flex}" over "<span><b>Dato:</b> …</span><span><b>Tid:</b>
…</span>"): the browser lays its children out as boxes apart, never one run of text."""

from __future__ import annotations

import re

# ".lbl{…display:block…}", "span.lbl, .x {…}": each class of the rule's selectors
_RULE_RE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_BLOCK_RE = re.compile(r"(?:^|;)\s*display\s*:\s*block\b", re.IGNORECASE)
_BOXES_RE = re.compile(r"(?:^|;)\s*display\s*:\s*(?:flex|grid)\b", re.IGNORECASE)
_CLASS_RE = re.compile(r"^[\w-]*\.([\w-]+)$")
_BOXES = "boxes:"  # (a container's class whose children are boxes, in the same set)


def block_classes(soup: object) -> frozenset[str]:
    """The classes the page's <style> elements display as blocks."""
    found: set[str] = set()
    for style in soup.find_all("style"):  # type: ignore[attr-defined]
        for selectors, body in _RULE_RE.findall(style.get_text()):
            mark = "" if _BLOCK_RE.search(body) else _BOXES if _BOXES_RE.search(body) else None
            if mark is not None:  # (".hero .meta": the class the rule's last part names)
                found.update(mark + m.group(1) for sel in selectors.split(",") if sel.split()
                             and (m := _CLASS_RE.match(sel.split()[-1])))
    return frozenset(found)


def shown_as_block(node: object, classes: frozenset[str]) -> bool:
    """The element is one of those classes (or says display:block itself), or a child of
    a flex or grid container's class."""
    own = node.get("class") or []  # type: ignore[attr-defined]
    parent = node.parent.get("class") or [] if node.parent is not None else []  # type: ignore[attr-defined]
    return bool(classes.intersection(own)) or bool(
        _BLOCK_RE.search(node.get("style") or "")) or any(  # type: ignore[attr-defined]
        _BOXES + c in classes for c in parent)
