"""A line of a web page's own tools under each item, and nothing else: links that lead
back up the page or download the document, separators between them ("Til toppen · Hent
punktet som PDF"). Each link alone is the page's furniture (`html_furniture`); the line
they stand on is too, so that no "·" is left behind as the last line of the decision."""

from __future__ import annotations

import re
from collections.abc import Callable

# What stands between a trail's or a menu line's links: "Forside | Udvalg | Teknisk Udvalg"
LINK_SEPARATOR_RE = re.compile(r"^[\s|»>/·•›:–-]+$")


def tools_line(node: object, is_tool: Callable[[object], bool]) -> bool:
    """Whether an element (not a link itself) holds two or more links, each one of the
    page's tools (`is_tool`), and between them only separators.

    >>> from bs4 import BeautifulSoup
    >>> p = BeautifulSoup("<p><a href='#c'>Til toppen</a> · <a href='x.pdf'>Hent</a></p>",
    ...                   "html.parser").p
    >>> tools_line(p, lambda a: True), tools_line(p, lambda a: a.text == "Hent")
    (True, False)
    """
    from bs4.element import Tag

    if not isinstance(node, Tag) or node.name == "a":
        return False
    parts = [c for c in node.children if isinstance(c, Tag) or str(c).strip()]
    links = [c for c in parts if isinstance(c, Tag)]
    return len(links) >= 2 and all(c.name == "a" and is_tool(c) for c in links) and all(
        LINK_SEPARATOR_RE.match(str(c)) for c in parts if not isinstance(c, Tag))
