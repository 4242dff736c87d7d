"""A page built only of `<div>`s that name what they are by ARIA roles, laid out by CSS
(a grid): each element gets the tag its role stands for, so that the page reads as the
same page written with real tables, lists and headings.

`<div role="table">` with `<div role="row"><div role="rowheader">Udvalg</div>
<div role="cell">Børne- og Ungdomsudvalget</div></div>` is a two-cell table row, a label
and its value ("Udvalg: Børne- og Ungdomsudvalget"); `<div role="heading" aria-level="2">
Medlemmer</div>` over `<div role="list">` of `<div role="listitem">` rows of cells ("Anette
Hjort | V | Formand | Til stede") is a heading over a list of members' cards; the banner,
navigation and content info are the site's header, menu and footer.
"""

from __future__ import annotations

# role → the element it stands for
_ROLE_TAGS = {
    "table": "table", "grid": "table", "treegrid": "table",
    "rowgroup": "tbody", "row": "tr",
    "cell": "td", "gridcell": "td", "rowheader": "th", "columnheader": "th",
    "list": "ul", "listitem": "li",
    "banner": "header", "navigation": "nav", "contentinfo": "footer", "main": "main",
}
# Only these elements are renamed: a role on a real element already says what it is
_GENERIC = frozenset(["div", "span"])
# A table row's cells, whatever roles name them (a row's detail: one cell spanning all)
_CELLS = frozenset(["td", "th"])


def aria_as_html(soup: object) -> None:
    """Rename, in place, each `<div>`/`<span>` with a structural ARIA role to the element
    that role stands for (`_ROLE_TAGS`; a heading by its `aria-level`, h2 without one).
    A page with no such role is left as it is. A table row whose cells are wrapped in
    another element than the row itself (a grid's `display: contents` wrapper) keeps
    its cells as they are; a row becomes a table row only inside a table, so that the
    HTML reader's table rules (a label cell and a value cell) see the same tree."""
    nodes = [n for n in soup.find_all(attrs={"role": True})  # type: ignore[attr-defined]
             if n.name in _GENERIC]
    for node in nodes:
        role = str(node.get("role") or "").strip().lower()
        if role == "heading":
            level = str(node.get("aria-level") or "2").strip()
            node.name = f"h{level}" if level in ("1", "2", "3", "4", "5", "6") else "h2"
        elif role in _ROLE_TAGS:
            node.name = _ROLE_TAGS[role]
    for row in soup.find_all("tr"):  # type: ignore[attr-defined]
        if row.find_parent("table") is None:
            row.name = "div"  # (a "row" outside any table: a block, as it shows)
    for cell in soup.find_all(_CELLS):  # type: ignore[attr-defined]
        if cell.parent is None or cell.parent.name != "tr":
            cell.name = "div"  # (a "cell" outside a row: a block, as it shows)
