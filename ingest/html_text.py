"""The text of an HTML page, laid out as the text adapter reads PDF text: a block element
ends a paragraph (a blank line), so a heading or a title stays on lines of its own; a
list item stays a list item ("- …") unless it holds a heading (an agenda printed as a
list of items); a header's label and value stay on one line, whether a two-cell table
row or a definition list (`<dt>Udvalg</dt><dd>…</dd>` → "Udvalg: …"); and a block whose
class names a section (`<div class="beslutning">`, as some systems mark the decision
without a heading) is headed by that section's name.
"""

from __future__ import annotations

import re

_BLOCK_TAGS = frozenset(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section",
                         "article", "table", "ul", "ol", "dl"])
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# the <title> is the browser tab's, not the page's text
_SKIP = frozenset(["script", "style", "noscript", "nav", "header", "footer", "head", "title"])
# A class naming the section a block holds → the heading it gets.
_SECTION_CLASSES = {"beslutning": "Beslutning", "beslutninger": "Beslutning",
                    "indstilling": "Indstilling", "sagsfremstilling": "Sagsfremstilling",
                    "resume": "Resume", "resumé": "Resume", "sammendrag": "Sammendrag",
                    "baggrund": "Baggrund", "bilag": "Bilag"}


class _Colon(str):
    """The ": " after a definition list's term, unless the term ends with a colon."""


def html_text(raw: str) -> str:
    """The page's text. One walk over the tree with an explicit stack: linear in the
    page's size and free of recursion however deeply it nests.

    >>> print(" | ".join(ln for ln in html_text(
    ...     "<dl><dt>Udvalg</dt><dd>Teknisk Udvalg</dd><dt>Dato:</dt><dd>03-06-2024</dd></dl>"
    ...     "<ul><li><h2>159. Budget</h2><div class='beslutning'><p>Godkendt.</p></div></li>"
    ...     "<li>Nord</li></ul>").splitlines() if ln.strip()))
    Udvalg: Teknisk Udvalg | Dato: 03-06-2024 | 159. Budget | Beslutning | Godkendt. | - Nord
    """
    from bs4 import BeautifulSoup
    from bs4.element import CData, NavigableString, Tag

    soup = BeautifulSoup(raw, "html.parser")
    out: list[str] = []
    stack: list[object] = [soup]
    while stack:
        node = stack.pop()
        if isinstance(node, _Colon):
            out.append(" " if "".join(out[-2:]).rstrip().endswith(":") else node)
        elif isinstance(node, str) and not isinstance(node, NavigableString):
            out.append(node)  # a paragraph end pushed below
        elif isinstance(node, Tag):
            if node.name in _SKIP:
                continue
            if node.name == "br":
                out.append("\n")
                continue
            if node.name in _BLOCK_TAGS:
                stack.append("\n\n")
            elif node.name in ("td", "th"):
                stack.append(" ")  # cells of a row are words apart, not glued
            elif node.name == "dt":  # "Udvalg" / "Teknisk Udvalg" → "Udvalg: Teknisk Udvalg"
                out.append("\n")
                stack.append(_Colon(": "))
            elif node.name == "dd":
                stack.append("\n")
            if node.name == "li" and not _holds_heading(node):
                out.append("\n\n- ")  # a list item stays a list item, as in a PDF's text
            if node.name == "tr" and (label := _label_cell(node)):
                out.append(f"{label}: ")  # "Udvalg | Teknisk Udvalg" → "Udvalg: …"
                stack.extend(reversed(node.find_all(("td", "th"), recursive=False)[1].contents))
                continue
            if heading := _section_class(node):
                out.append(f"\n\n{heading}\n\n")
            stack.extend(reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            out.append(str(node))
    return "".join(out)


def _holds_heading(item: object) -> bool:
    """A list item whose first element is a heading: an agenda item, not a bullet."""
    first = next((c for c in item.children  # type: ignore[attr-defined]
                  if getattr(c, "name", None) or str(c).strip()), None)
    return getattr(first, "name", None) in _HEADINGS


def _section_class(node: object) -> str | None:
    """The section a block's class names, when its text does not begin with a heading
    of that name already."""
    if getattr(node, "name", None) not in ("div", "section"):
        return None
    words = {w for c in node.get("class") or [] for w in re.split(r"[-_]", c.lower())}  # type: ignore[attr-defined]
    heading = next((_SECTION_CLASSES[w] for w in words if w in _SECTION_CLASSES), None)
    if heading is None:
        return None
    text = node.get_text(" ", strip=True)  # type: ignore[attr-defined]
    return None if text.lower().startswith(heading.lower()) else heading


def _label_cell(row: object) -> str | None:
    """The label of a two-cell table row whose first cell names the second ("Udvalg",
    "Dato", "Sted"): a `<th>`, or a short cell without digits; None otherwise."""
    cells = row.find_all(("td", "th"), recursive=False)  # type: ignore[attr-defined]
    if len(cells) != 2:
        return None
    label = " ".join(cells[0].get_text(" ").split()).rstrip(":").strip()
    value = cells[1].get_text(" ").strip()
    if not label or not value or len(label) > 30 or any(c.isdigit() for c in label):
        return None
    return label if cells[0].name == "th" or len(label.split()) <= 3 else None
