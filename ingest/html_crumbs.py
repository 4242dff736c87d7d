"""A breadcrumb that lost its `<nav>` and its class (a page flattened by an archive into
plain `<div>`s): a block of links to the site's pages parted by separator glyphs only
("Forside / Politik / Dagsordener og referater / Børne- og Uddannelsesudvalget", each "/"
in a `<span>` of its own, the page's own name last and unlinked). Its words run together
in the text ("Forside/Politik/…/Børne- og Uddannelsesudvalget") and would name the body;
so the block becomes the `<nav>` it was, which the page's furniture leaves out.
"""

from __future__ import annotations

import re

_SEPARATOR_RE = re.compile(r"^\s*[/›»>|·\\]\s*$")
_CRUMB_MIN = 2  # links before the page's own name: "Forside / Politik / …"


def _is_crumb(block: object) -> bool:
    """Links, then maybe the page's own name, each two parted by a separator alone."""
    parts = [k for k in block.contents  # type: ignore[attr-defined]
             if getattr(k, "name", None) or str(k).strip()]
    if len(parts) < 2 * _CRUMB_MIN + 1:
        return False
    pieces, separators = parts[0::2], parts[1::2]
    if not all(getattr(s, "name", None) == "span" and _SEPARATOR_RE.match(s.get_text())
               and s.find(True) is None for s in separators):
        return False
    *links, last = pieces
    return len(links) >= _CRUMB_MIN and all(
        getattr(p, "name", None) == "a" and p.get_text(strip=True) for p in links) and (
        getattr(last, "name", None) in ("a", "span") and bool(last.get_text(strip=True)))


def crumbs_as_nav(soup: object) -> None:
    """Rename, in place, each `<div>` that is a breadcrumb to `<nav>`.

    >>> from bs4 import BeautifulSoup
    >>> soup = BeautifulSoup('<div><a href="/">Forside</a><span>/</span><a href="/p">Politik'
    ...     '</a><span>/</span><span>Byrådet</span></div><div>Byrådet</div>', "html.parser")
    >>> crumbs_as_nav(soup); [t.name for t in soup.find_all(("div", "nav"))]
    ['nav', 'div']
    """
    for block in soup.find_all(("div", "p")):  # type: ignore[attr-defined]
        if _is_crumb(block):
            block.name = "nav"
