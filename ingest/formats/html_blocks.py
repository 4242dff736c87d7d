"""HTML fragments (an item's body in FirstAgenda and Acadre exports) as reading-order text
blocks, without building a tree: minutes archives hold thousands of items.

A paragraph inside a table row of several cells is tagged `"cell"`, not `"p"`: a data
table's header cell ("Beslutninger", "Bemærkninger") is no section heading, while a
one-cell row used for layout (a bold "Beslutning" above its text) reads as a paragraph.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from bs4 import Tag

HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCK_TAGS = frozenset(
    "p div li tr td th ul ol table tbody thead section article blockquote pre dl dt dd".split()
)
_MARKER_RE = re.compile(r"\s*(?:-|\d+\.|[a-z]\.)\s+")  # a list item's marker alone
_SKIP_TAGS = frozenset(("script", "style", "noscript", "svg", "button", "input"))


def clean_line(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufeff", "")
    return re.sub(r"\s+", " ", text).strip()


class _Blocks(HTMLParser):
    """Streams HTML into blocks, noting the table row (and its cell count) of each."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[tuple[str, str]] = []
        self.buf: list[str] = []
        self.heading: str | None = None
        self.skip = 0
        self.rows: list[int] = []  # the open table rows, innermost last
        self.cells: list[int] = []  # cells seen per row (by row id)
        self.in_row: dict[int, int] = {}  # block index → the row it stands in
        self.lists: list[list[int | str] | None] = []  # open lists: [count, style] for <ol>

    def flush(self) -> None:
        text = clean_line("".join(self.buf))
        if text:
            if self.rows:
                self.in_row[len(self.out)] = self.rows[-1]
            self.out.append(("p", text))
        self.buf.clear()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in HEADING_TAGS:
            self.flush()
            self.heading = tag
        elif tag == "br" and self.heading is None:
            self.flush()
        elif tag in _BLOCK_TAGS and self.heading is None:
            if not _MARKER_RE.fullmatch("".join(self.buf)) or tag in ("li", "ol", "ul"):
                self.flush()  # ("<li><p>Godkender …": the paragraph stays with its number)
            if tag == "li":
                self.buf.append(self._marker())
        if tag in ("ol", "ul"):
            self.lists.append(_ordered(attrs) if tag == "ol" else None)
        if tag == "tr":
            self.rows.append(len(self.cells))
            self.cells.append(0)
        elif tag in ("td", "th") and self.rows:
            self.cells[self.rows[-1]] += 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag == "br" and self.heading is None:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in HEADING_TAGS and self.heading is not None:
            self.out.append((self.heading, clean_line("".join(self.buf))))
            self.buf.clear()
            self.heading = None
        elif tag in _BLOCK_TAGS and self.heading is None:
            self.flush()
        if tag == "tr" and self.rows:
            self.rows.pop()
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()

    def _marker(self) -> str:
        """"- " in a bullet list; "1. ", "2. " (or "a. ") in a numbered one: a decision
        refers to the recommendation's points by number ("Indstillingens punkt 2")."""
        top = self.lists[-1] if self.lists else None
        if top is None:
            return "- "
        top[0] = int(top[0]) + 1
        n = int(top[0])
        return f"{chr(ord('a') + n - 1)}. " if top[1] == "a" and n <= 26 else f"{n}. "

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data if self.heading is None else f" {data} ")

    def blocks(self) -> list[tuple[str, str]]:
        return [("cell", text) if tag == "p" and n in self.in_row
                and self.cells[self.in_row[n]] > 1 else (tag, text)
                for n, (tag, text) in enumerate(self.out)]


def _ordered(attrs: list) -> list[int | str]:
    """A new `<ol>`'s counter: its `start` and whether it counts in letters
    (`type="a"`, `style="list-style-type: lower-alpha"`)."""
    found = dict(attrs)
    start = str(found.get("start") or "1")
    letters = found.get("type") == "a" or "alpha" in str(found.get("style") or "")
    return [int(start) - 1 if start.isascii() and start.isdigit() else 0, "a" if letters else "1"]


def html_blocks(html: str | Tag) -> list[tuple[str, str]]:
    """An HTML fragment as reading-order blocks: `("h3", "Beslutning")`, `("p", "Godkendt.")`.

    Block elements and `<br>` end a paragraph; headings keep their tag (an empty heading
    is kept too: it starts an unnamed part). List items start with "- " (in a numbered
    list with their number, "1. "); a paragraph in a table row of several cells is a
    `"cell"`.

    >>> html_blocks("<h3>Beslutning</h3><p>Godkendt.<br>Afbud: Ole</p><ul><li>a</li></ul>")
    [('h3', 'Beslutning'), ('p', 'Godkendt.'), ('p', 'Afbud: Ole'), ('p', '- a')]
    >>> html_blocks("<ol><li>at planen godkendes</li><li>at …</li></ol>")
    [('p', '1. at planen godkendes'), ('p', '2. at …')]
    >>> html_blocks("<table><tr><td>Beslutning</td></tr>"
    ...             "<tr><td>Opgave</td><td>Beslutninger</td></tr></table>")
    [('p', 'Beslutning'), ('cell', 'Opgave'), ('cell', 'Beslutninger')]
    """
    parser = _Blocks()
    parser.feed(html if isinstance(html, str) else str(html))
    parser.close()
    if parser.heading is not None:
        parser.out.append((parser.heading, clean_line("".join(parser.buf))))
    else:
        parser.flush()
    return parser.blocks()


def html_text(html: str | Tag) -> str:
    """An HTML fragment as plain text, one paragraph a line."""
    return "\n".join(text for tag, text in html_blocks(html) if text)
