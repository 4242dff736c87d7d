"""Word's list labels in a page it saved ("Gem som webside"): each list paragraph's
bullet or number is written as text in a `<span style='mso-list:Ignore'>`, padded to the
text's indent with a run of `&nbsp;` ("·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Jørn
Strandgaard (A), formand", "1.&nbsp;&nbsp;&nbsp;&nbsp; Godkendelse af dagsorden"). The
padding reads as a gap between columns, so a list of members would be no list: each
label is written as a list's "- " (a bullet glyph) or as its number and one space.
"""

from __future__ import annotations

import re

_IGNORED_RE = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
# Word's bullet glyphs as text: Symbol's "·", Wingdings' "§" (▪) and "Ø" (➢), Courier's "o"
_BULLETS = frozenset("·•§Øüo-–▪◦")


def word_list_marks(soup: object) -> None:
    """Each `mso-list:Ignore` label in the tree as "- " or "N. " (see the module's note).

    >>> from bs4 import BeautifulSoup
    >>> soup = BeautifulSoup("<p><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;&nbsp; "
    ...                      "</span></span>Ida Ravn (A)</p>", "html.parser")
    >>> word_list_marks(soup); soup.get_text()
    '- Ida Ravn (A)'
    """
    for span in soup.find_all("span", style=_IGNORED_RE):  # type: ignore[attr-defined]
        mark = " ".join(span.get_text().split())
        if not mark:
            continue
        span.clear()
        span.append("- " if mark in _BULLETS else f"{mark} ")
