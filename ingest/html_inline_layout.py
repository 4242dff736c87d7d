"""A page flattened into `<div>`s that say what they are only by their inline style (an
archive.today snapshot: the archive writes every element as a `<div style="…">` with the
style the browser computed, and no heading, paragraph, table or list element is left).
Each such `<div>` gets the element its style shows, so that the page reads as the same
page written with real headings, tables and lists:

* `display:table` / `table-row` / `table-cell` (and the row groups) are a table, its rows
  and cells ("Navn | Funktion | Status" over a member a row);
* `display:list-item` is a list's entry ("- Orientering om …");
* a `display:flex` row of two boxes, the first short and bold ("Mødedato" beside
  "08-09-2021"), is a label and its value ("Mødedato: 08-09-2021");
* on a page with no heading element at all, a short bold line set larger than the body's
  text is a heading, its level by its size among the page's such sizes (the body's name
  at 32px over the items' titles at 21px over the section labels at 17px).
"""

from __future__ import annotations

import re
from collections import Counter

_DISPLAY_RE = re.compile(r"(?:^|;)\s*display\s*:\s*([a-z-]+)", re.IGNORECASE)
_SIZE_RE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(\d+(?:\.\d+)?)px", re.IGNORECASE)
_BOLD_RE = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.IGNORECASE)
# display → the element it shows
_DISPLAY_TAGS = {"table": "table", "table-row-group": "tbody", "table-header-group": "thead",
                 "table-footer-group": "tfoot", "table-row": "tr", "table-cell": "td",
                 "list-item": "li"}
_GENERIC = frozenset(["div", "span"])
_BLOCKS = ("div", "p", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LABEL_MAX = 40  # a label beside its value is a word or three ("Mødetidspunkt")
_HEADING_MAX = 200  # a heading is a line: an item's title, never a paragraph
_LEVELS = 4  # sizes past the fourth largest are no headings' (a footnote's bold)


def _style(node: object) -> str:
    return str(node.get("style") or "")  # type: ignore[attr-defined]


def _display(node: object) -> str:
    m = _DISPLAY_RE.search(_style(node))
    return m.group(1).lower() if m else ""


def _size(node: object) -> float | None:
    m = _SIZE_RE.search(_style(node))
    return float(m.group(1)) if m else None


def _line(node: object) -> str:
    """The element's text when it is one line of words (no block inside it), else ""."""
    if node.find(_BLOCKS) is not None or node.find("br") is not None:  # type: ignore[attr-defined]
        return ""
    return " ".join(node.get_text(" ").split())  # type: ignore[attr-defined]


def _label_pairs(soup: object) -> None:
    """A flex row of a short bold box and a box beside it: a definition list's term and
    its description."""
    for row in soup.find_all("div"):  # type: ignore[attr-defined]
        if _display(row) != "flex":
            continue
        kids = [k for k in row.contents if getattr(k, "name", None)]
        loose = "".join(str(k) for k in row.contents if not getattr(k, "name", None)).strip()
        if len(kids) != 2 or loose or any(k.name not in _GENERIC for k in kids):
            continue
        label, value = kids
        words = _line(label)
        if not words or len(words) > _LABEL_MAX or not _BOLD_RE.search(_style(label)) \
                or _BOLD_RE.search(_style(value)) or not value.get_text(strip=True):
            continue
        row.name, label.name, value.name = "dl", "dt", "dd"


def _headings(soup: object) -> None:
    """On a page with no heading element: each short bold line larger than the body's
    text a heading, h1 for the largest such size."""
    if soup.find(_HEADINGS) is not None:  # type: ignore[attr-defined]
        return
    shown: Counter[float] = Counter()
    bold: list[tuple[object, float]] = []
    for node in soup.find_all(_GENERIC):  # type: ignore[attr-defined]
        size = _size(node)
        if size is None or node.find(_GENERIC) is not None or node.name != "div":
            continue
        text = " ".join(node.get_text(" ").split())
        shown[size] += len(text)
        if text and len(text) <= _HEADING_MAX and _BOLD_RE.search(_style(node)) \
                and not _display(node).startswith(("table", "list", "inline")):
            bold.append((node, size))
    if not shown:
        return
    body = shown.most_common(1)[0][0]  # (the size most of the page's words are set in)
    sizes = sorted({size for _, size in bold if size > body}, reverse=True)[:_LEVELS]
    for node, size in bold:
        if size in sizes and _line(node):
            node.name = f"h{sizes.index(size) + 1}"  # type: ignore[attr-defined]


def inline_layout_as_html(soup: object) -> None:
    """Rename, in place, the inline-styled `<div>`s of a flattened page to the elements
    their styles show (`_DISPLAY_TAGS`, label pairs, headings by size). A page whose
    elements say no `display` and no font size is left as it is."""
    for node in soup.find_all(_GENERIC, style=True):  # type: ignore[attr-defined]
        if tag := _DISPLAY_TAGS.get(_display(node)):
            node.name = tag
    for row in soup.find_all("tr"):  # type: ignore[attr-defined]
        if row.find_parent("table") is None:
            row.name = "div"  # (a "row" outside any table: a block, as it shows)
    for cell in soup.find_all("td"):  # type: ignore[attr-defined]
        if cell.parent is None or cell.parent.name != "tr":
            cell.name = "div"  # (a "cell" outside a row: a block, as it shows)
    _label_pairs(soup)
    _headings(soup)
