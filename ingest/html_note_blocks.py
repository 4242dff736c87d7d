"""A notes app's page exported as HTML (Notion's "Export → HTML"): its blocks are lists
and figures the text reader would take for bullets and lines of their own.

* a toggle is a one-item list holding a `<details>` (`<ul class="toggle"><li><details>`):
  no bullet, its `<summary>` a heading of its own ("1. Godkendelse af dagsorden");
* each bullet is a list of its own (`<ul class="bulleted-list">` a bullet): side by side,
  they are one list, as a "Deltagere" heading's list of people;
* a callout's icon (`<span class="icon">✅</span>` in a `<div>` of its own) and a page's
  icon are decoration, no line of the text;
* a to-do's checkbox (`<div class="checkbox checkbox-on"></div>`) is "[x] " or "[ ] "
  before its text, on the to-do's line;
* a multi-select property's values (`<span class="selected-value">` side by side in its
  cell) are a list, "Lone Kjærgaard, Kim Lyngsø", not one run of words.
"""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"\w")


def note_blocks(soup: object) -> None:
    """Rewrite, in place, the note page's blocks of `soup` (see the module's note).

    >>> from bs4 import BeautifulSoup
    >>> soup = BeautifulSoup('<ul class="toggle"><li><details><summary>1. Budget</summary>'
    ...     '<figure><div><span class="icon">✅</span></div><div>Godkendt.</div></figure>'
    ...     '<ul class="to-do-list"><li><div class="checkbox checkbox-on"></div> <span>Brev'
    ...     '</span></li></ul></details></li></ul><table><tr><td><span class="selected-value">'
    ...     'Ole Bak</span><span class="selected-value">Eva Dam</span></td></tr></table>',
    ...     "html.parser")
    >>> note_blocks(soup)
    >>> soup.find("ul") is None or soup.find("ul").get("class"), soup.td.get_text()
    (['to-do-list'], 'Ole Bak, Eva Dam')
    >>> soup.find(class_="to-do-list").get_text(), soup.figure.get_text()
    ('[x]  Brev', 'Godkendt.')
    """
    from bs4.element import NavigableString

    for details in soup.find_all("details"):  # type: ignore[attr-defined]
        item = details.parent
        if item is None or item.name != "li" or _others(item, details):
            continue
        listed = item.parent
        item.unwrap()
        if listed is not None and listed.name in ("ul", "ol") and not _others(listed, details):
            listed.unwrap()
    for listed in soup.find_all(("ul", "ol")):  # type: ignore[attr-defined]
        if listed.parent is None:
            continue  # (already merged into the list before it)
        while (nxt := listed.find_next_sibling(True)) is not None and nxt.name == listed.name \
                and nxt.get("class") == listed.get("class") and not _between(listed, nxt):
            for item in nxt.find_all("li", recursive=False):
                listed.append(item.extract())
            nxt.decompose()
    for icon in soup.find_all(class_="icon"):  # type: ignore[attr-defined]
        glyph = icon.get_text(strip=True)  # (an emoji; an `<svg>` icon may label a fact)
        if icon.name not in ("img", "svg") and glyph and not _WORD_RE.search(glyph):
            box = icon.parent
            icon.decompose()
            if box is not None and box.name == "div" and not box.get_text(strip=True) \
                    and not box.find(True):
                box.decompose()  # (the callout's column the icon stood in)
    for box in soup.find_all(class_="checkbox"):  # type: ignore[attr-defined]
        if not box.get_text(strip=True):
            on = any(c in ("checkbox-on", "checked") for c in box.get("class") or [])
            box.replace_with(NavigableString("[x] " if on else "[ ] "))
    for cell in soup.find_all(("td", "th")):  # type: ignore[attr-defined]
        values = cell.find_all(class_="selected-value", recursive=False)
        for value in values[1:]:
            value.insert_before(NavigableString(", "))


def _between(first: object, then: object) -> bool:
    """Whether words stand between two sibling elements."""
    node = first.next_sibling  # type: ignore[attr-defined]
    while node is not None and node is not then:
        if str(node).strip():
            return True
        node = node.next_sibling
    return False


def _others(parent: object, child: object) -> bool:
    """Whether `parent` holds more than `child` (any other element or words)."""
    return any(c is not child and (getattr(c, "name", None) or str(c).strip())
               for c in parent.children)  # type: ignore[attr-defined]
