"""What a CMS page says about an item in markup rather than in words, written as the
words the text reader knows:

* a vote as a small table, a side a row: "For | A, F, Ø | 3", "Imod | V | 1" (a head cell
  or caption "Afstemning" above them). Each row becomes a label line, "For: A, F, Ø
  (3)", as minutes print a vote; its cells otherwise run together ("For A, F, Ø 3");
* a vote as a table of the parties, a mark in the column each voted in ("Parti | For |
  Imod | Undlod" over "A | ✓ | |"): one label line a side, "For: A, F, Ø"
  (`formats.party_votes`), where its rows would read "A ✓", the column lost;
* a closed item shown only by an icon whose accessible name says so (`<svg role="img"
  aria-label="Lukket punkt">`, `<img alt="Lukket">`, an `<svg>`'s own `<title>`): the
  icon's name becomes a word of the page, as a screen reader reads it;
* a closed item shown only by its block's class, a modifier of an item's class
  ("agenda-item--closed", "punkt--lukket") or a state class beside it ("agenda-item
  closed"): its heading gets the mark "(lukket punkt)".

Found by structure only: a table whose rows are not all vote sides, an icon named
otherwise ("Download", "Søg"), a class that names no item or a widget's state
("accordion-item--closed") and a closed class on every item alike (folded away, as a
page's script marks them) stay as they are.
"""

from __future__ import annotations

import re

# A vote table's side, its first cell ("Stemte for", "Undlod at stemme")
_SIDE_RE = re.compile(r"^(?:stemte\s+)?(for|imod|undlod(?:\s+at\s+stemme)?|undlader|"
                      r"hverken\s+for\s+eller\s+imod)$", re.IGNORECASE)
_COUNT_RE = re.compile(r"^\(?(\d{1,3})\)?$")
_NOBODY_RE = re.compile(r"^[-–—]?$")  # "–": nobody on that side
# An icon's name that marks the item closed (in English, too: a theme's own labels)
_CLOSED_NAME_RE = re.compile(
    r"^(?:lukket|fortroligt?|ikke\s+offentlig[t]?|closed|confidential|private)"
    r"(?:\s+(?:punkt|sag|dagsordenspunkt|item|agenda\s+item))?$", re.IGNORECASE)
_ITEM_WORDS = frozenset(["item", "punkt", "dagsordenspunkt", "agendaitem", "sag"])
_CLOSED_WORDS = frozenset(["closed", "lukket", "confidential", "fortrolig", "fortroligt"])
# A widget's state, not the item's access: "accordion-item--closed" is folded away
_WIDGET_WORDS = frozenset(["accordion", "toggle", "collapse", "collapsible", "dropdown", "menu",
                           "nav", "panel", "tab", "drawer", "expander", "disclosure"])
_TRUE = frozenset(["true", "1", "yes", "ja"])
# A state class's prefix beside the closed word ("is-closed", "state-lukket")
_STATE_WORDS = frozenset(["is", "state", "status"])
_CLOSED_TEXT_RE = re.compile(r"\b(?:lukket|fortroligt?|ikke offentligt?)\b", re.IGNORECASE)
# (a `<details>` item's `<summary>` is its heading)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "summary")
_WORDS_RE = re.compile(r"\w")
_CASE_RE = re.compile(r"^(?:sagsnummer|sagsnr|sags nr|journalnr|j\.\s?nr)\b", re.IGNORECASE)


def _text(node: object) -> str:
    return " ".join(node.get_text(" ").split())  # type: ignore[attr-defined]


def marks_as_text(soup: object) -> None:
    """Each vote table, closed-mark icon and closed item class of `soup` as words (in
    place; see the module's note)."""
    for table in soup.find_all("table"):  # type: ignore[attr-defined]
        if (lines := vote_rows(table) or _party_marks(table)) is not None:
            _replace(soup, table, lines)
    marked = [icon for icon in soup.find_all(("svg", "img", "i", "span"))  # type: ignore[attr-defined]
              if _closed_icon(icon)]
    for icon in marked:
        heading = icon.find_parent(_HEADINGS)  # type: ignore[attr-defined]
        if heading is not None:  # a lock before the number ("🔒 6. Personalesag"): the
            icon.decompose()  # mark after the title, where the text reader takes it
            if not _CLOSED_TEXT_RE.search(_text(heading)):
                _mark_title(heading)
            continue
        mark = soup.new_tag("span", attrs={"class": "mark"})  # type: ignore[attr-defined]
        mark.string = "Lukket punkt"
        icon.replace_with(mark)
    blocks = [b for b in soup.find_all(("article", "section", "div", "li", "details"))  # type: ignore[attr-defined]
              if _closed_class(b)]
    for block in blocks:
        siblings = [b for b in block.parent.find_all(block.name, recursive=False)
                    if _base(b) == _base(block)] if block.parent is not None else [block]
        if len(siblings) < 2 or not all(_closed_class(b) for b in siblings):
            _mark_heading(block)  # (every item "closed": folded away, not closed)


def _mark_title(heading: object) -> None:
    """The closed mark after the heading's title: before the case number a `<summary>`
    ends with ("4. Title <small>Sagsnummer: 24/030002</small>"), else at its end."""
    case = next((c for c in heading.children  # type: ignore[attr-defined]
                 if _CASE_RE.match(c.get_text().strip() if hasattr(c, "get_text") else str(c))),
                None)
    if case is not None:
        case.insert_before(" (lukket punkt) ")
    else:
        heading.append(" (lukket punkt)")  # type: ignore[attr-defined]


def vote_rows(table: object) -> list[str] | None:
    """A vote table's rows as label lines (its caption or a title row first; a row of
    column heads, "Stemme | Antal | Partier", left out), or None when `table` is no
    vote: two or more rows, each a side, the voters and their count.

    >>> from bs4 import BeautifulSoup
    >>> vote_rows(BeautifulSoup("<table><caption>Afstemning</caption><tr><th>For</th>"
    ...     "<td>A, F</td><td>3</td></tr><tr><th>Imod</th><td>V</td><td>1</td></tr>"
    ...     "<tr><th>Undlod</th><td>–</td><td>0</td></tr></table>", "html.parser").table)
    ['Afstemning', 'For: A, F (3)', 'Imod: V (1)', 'Undlod: 0']
    """
    rows = table.find_all("tr")  # type: ignore[attr-defined]
    caption = table.find("caption")  # type: ignore[attr-defined]
    head = [_text(caption)] if caption is not None and _text(caption) else []
    first = _cells(rows[0]) if rows else []
    if first and not _SIDE_RE.match(first[0]):  # a title ("Afstemning") stays, a row of
        head = [*head, *first] if len(first) == 1 else head  # column heads goes
        rows = rows[1:]
    lines = [line for row in rows if (line := _side_line(_cells(row)))]
    return [*head, *lines] if len(rows) >= 2 and len(lines) == len(rows) else None


def _party_marks(table: object) -> list[str] | None:
    """A vote table of the parties, a mark in the column each voted in ("Parti | For |
    Imod | Undlod" over "A | ✓ | |"), as its label lines (`formats.party_votes`), under
    its caption; None for any other table."""
    from .formats.party_votes import party_vote_lines

    rows = [tr for tr in table.find_all("tr")  # type: ignore[attr-defined]
            if tr.find_parent("table") is table]
    lines = party_vote_lines([_cells(row) for row in rows])
    caption = table.find("caption")  # type: ignore[attr-defined]
    head = [_text(caption)] if caption is not None and _text(caption) else []
    return [*head, *lines] if lines else None


def _cells(row: object) -> list[str]:
    return [_text(c) for c in row.find_all(("td", "th"), recursive=False)]  # type: ignore[attr-defined]


def _side_line(cells: list[str]) -> str | None:
    """"For: A, F, Ø (3)" for a row "For | A, F, Ø | 3" (the count and the voters in
    either order, either left out); None for a row that is no side of a vote."""
    if not 2 <= len(cells) <= 3 or not (side := _SIDE_RE.match(cells[0])):
        return None
    counts = [m.group(1) for c in cells[1:] if (m := _COUNT_RE.match(c))]
    names = [c for c in cells[1:] if not _COUNT_RE.match(c)]
    if len(counts) > 1 or len(names) > 1 or (names and len(names[0]) > 300):
        return None
    who = "" if not names or _NOBODY_RE.match(names[0]) else names[0]
    count = counts[0] if counts else ""
    said = " ".join(p for p in (who, f"({count})" if who and count else count) if p)
    return f"{side.group(0)[:1].upper()}{side.group(0)[1:]}: {said}" if said else None


def _replace(soup: object, table: object, lines: list[str]) -> None:
    """`table` replaced by a paragraph of `lines`, a line each."""
    para = soup.new_tag("p")  # type: ignore[attr-defined]
    for k, line in enumerate(lines):
        if k:
            para.append(soup.new_tag("br"))  # type: ignore[attr-defined]
        para.append(line)
    table.replace_with(para)  # type: ignore[attr-defined]


def _icon_name(icon: object) -> str:
    """An icon's accessible name: its `aria-label`, an image's `alt`, an `<svg>`'s
    `<title>`, else its `title` (the tooltip of a font icon, `<i class="fa-lock"
    title="Lukket punkt">`)."""
    name = icon.get("aria-label") or (icon.get("alt") if icon.name == "img" else "")  # type: ignore[attr-defined]
    name = name or icon.get("title")  # type: ignore[attr-defined]
    if not name and icon.name == "svg" and (title := icon.find("title")) is not None:  # type: ignore[attr-defined]
        name = title.get_text()
    return " ".join(str(name or "").split())


def _closed_icon(icon: object) -> bool:
    """An icon (an `<svg>`, an image, an `<i>` or a `<span role="img">` without text of
    its own) whose name marks the item closed."""
    if icon.name in ("i", "span") and _WORDS_RE.search(_text(icon)):  # type: ignore[attr-defined]
        return False
    if icon.name == "span" and icon.get("role") != "img" and not _text(icon):  # type: ignore[attr-defined]
        return False  # (a span of a glyph only, "🔒", is an icon: its name is the word)
    return bool(_CLOSED_NAME_RE.match(_icon_name(icon)))


def _closed_class(block: object) -> bool:
    """A block whose class is an item's marked closed: one class naming both, as a
    modifier does ("agenda-item--closed", "punkt-lukket"), or a state class beside the
    item's (a WorkZone page's `class="agenda-item closed"`, "punkt is-lukket"); or a card
    with a number whose data says so (`data-item-number="5" data-closed="true"`). Never
    a widget's (`class="accordion-item closed"`: folded away)."""
    if any(str(block.get(f"data-{w}") or "").lower() in _TRUE  # type: ignore[attr-defined]
           for w in _CLOSED_WORDS) and any(a.startswith("data-") and "number" in a
                                          for a in block.attrs):  # type: ignore[attr-defined]
        return True
    classes = [{w for w in re.split(r"[-_]+", name.lower()) if w}
               for name in block.get("class") or []]  # type: ignore[attr-defined]
    if any(words & _CLOSED_WORDS and words & _ITEM_WORDS and not words & _WIDGET_WORDS
           for words in classes):
        return True
    # (a state class of its own beside the item's class: `class="agenda-item closed"`)
    return not any(words & _WIDGET_WORDS for words in classes) and any(
        words and words <= _CLOSED_WORDS | _STATE_WORDS and words & _CLOSED_WORDS
        for words in classes) and any(words & _ITEM_WORDS for words in classes)


def _base(block: object) -> set[str]:
    """A block's classes without its closed modifier: what its sibling items share."""
    return {c for c in block.get("class") or []  # type: ignore[attr-defined]
            if not {w for w in re.split(r"[-_]+", c.lower()) if w} & _CLOSED_WORDS}


def _mark_heading(block: object) -> None:
    """The block's first heading ends with "(lukket punkt)", unless the block's text
    before its first section already says it is closed (a badge, an icon's name)."""
    heading = block.find(_HEADINGS)  # type: ignore[attr-defined]
    if heading is None or _CLOSED_TEXT_RE.search(_text(heading)):
        return
    parent = heading.parent  # type: ignore[attr-defined]
    header = parent if parent is not block and (
        parent.name == "header" or len(_text(parent)) <= 300) else heading
    if _CLOSED_TEXT_RE.search(_text(header)):
        return
    heading.append(" (lukket punkt)")  # type: ignore[attr-defined]
