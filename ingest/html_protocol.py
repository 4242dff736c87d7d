"""A web page's protocol table, the items a row each ("Nr. | Sag | Beslutning", "Pkt. |
Sag | Sagsnr. | Indstilling | Åben/lukket"): each row written as the item the text
reader knows, "N. Title" and each later column under its head.

A cell merged down over two rows (`rowspan`, as an intranet's editor sets an item whose
Indstilling is two paragraphs, one a row) is the item's once; the row below it holds the
item's other cells, each under its column's head after the row's own (no item of its
own, no text of the table's next row). A column saying whether the item is open
("Åben/lukket": "Lukket") closes it and is no section (`html_sheet.closed_column`).
"""

from __future__ import annotations

import re

from .html_sheet import closed_column

_NUMBER_HEADS = frozenset(["nr", "nr.", "pkt", "pkt.", "punkt", "sag nr.", "sagnr.", "§"])


def protocol_head(heads: list[str]) -> bool:
    """Whether a table's first row heads a table of items, an item a row: the item's
    number first, a known section later ("Nr. | Sag | Beslutning")."""
    from .formats.text_sections import section_name

    return len(heads) >= 3 and heads[0].lower().rstrip(":") in _NUMBER_HEADS and any(
        section_name(h.rstrip(":")) for h in heads[2:])


def _head_row(table: object) -> list[str]:
    """The texts of a table's first row's cells, without a colon at their end."""
    first = table.find("tr") if table is not None else None  # type: ignore[attr-defined]
    return [] if first is None else [" ".join(c.get_text(" ").split()).rstrip(":")
                                     for c in first.find_all(("td", "th"), recursive=False)]


def holds_item_table(html: str) -> bool:
    """Whether an HTML text holds a table of the items, an item a row ("Pkt. | Emne |
    Referat / beslutning")."""
    from bs4 import BeautifulSoup

    return "<table" in html.lower() and any(protocol_head(_head_row(table)) for table in
                                             BeautifulSoup(html, "html.parser").find_all("table"))


def _protocol_heads(row: object) -> list[str] | None:
    """The column heads of a table that lists the items a row each, its first column the
    item's number and a later one a known section ("Nr. | Sag | Beslutning"): the heads
    for a row of items, [] for the head row itself, None for any other table's row."""
    table = row.find_parent("table")  # type: ignore[attr-defined]
    first = table.find("tr") if table is not None else None
    if first is None:
        return None
    heads = _head_row(table)
    if not protocol_head(heads) or _in_item(table):
        return None
    if row is first:
        return []
    number = row.find(("td", "th")).get_text(" ", strip=True)  # type: ignore[attr-defined]
    return heads if re.fullmatch(r"\d{1,4}\.?", number) else None


# an item's own heading over its block ("<h2><span>103.</span> Title</h2>", "Punkt 7: …")
_ITEM_HEADING_RE = re.compile(r"^(?:punkt\s+|pkt\.\s*)?\d{1,4}[.:]?\s+\S", re.IGNORECASE)


def _place(node: object) -> tuple[int, int]:
    return (node.sourceline or 0, node.sourcepos or 0)  # type: ignore[attr-defined]


def _in_item(table: object) -> bool:
    """Whether a table stands inside an item's own block, below the item's heading
    ("<section><h2>103. Title</h2> … <details><table>": an attachment expanded on the
    page, its rows numbered "Nr. | Dagtilbud | Opfølgningspunkt | Frist"): a table in an
    item's text, no list of the items."""
    for block in table.parents:  # type: ignore[attr-defined]
        if block.name in ("body", "html", "[document]"):
            return False
        heading = block.find(("h1", "h2", "h3", "h4"), recursive=False)
        if heading is not None and _place(heading) < _place(table) and _ITEM_HEADING_RE.match(
                heading.get_text(" ", strip=True)):
            return True
    return False


def _span(cell: object) -> int:
    value = str(cell.get("rowspan") or "1")  # type: ignore[attr-defined]
    return int(value) if value.isdigit() and 0 < int(value) < 50 else 1


def protocol_row(row: object, done: set[int]) -> list[object] | None:
    """What a protocol table's row writes (the item's number, title and sections, each
    cell's contents as they are, for the page's walk to read): [] for its head row or a
    row that does not fit the heads, None for any other table's row. The rows a cell's
    `rowspan` reaches into are the item's too, and go into `done`."""
    heads = _protocol_heads(row)
    if heads is None:
        return None
    cells = row.find_all(("td", "th"), recursive=False)  # type: ignore[attr-defined]
    if not heads or len(cells) != len(heads):
        return []
    columns: list[list[object]] = [[cell] for cell in cells]
    depth = max(map(_span, cells)) - 1  # (bs4 reads a limit of 0 as none)
    below = row.find_next_siblings("tr", limit=depth) if depth else []  # type: ignore[attr-defined]
    for depth, tr in enumerate(below, 1):  # (the columns not merged down into this row)
        free = [k for k, cell in enumerate(cells) if _span(cell) <= depth]
        done.add(id(tr))
        for k, cell in zip(free, tr.find_all(("td", "th"), recursive=False), strict=False):
            columns[k].append(cell)
    heads, columns, closed = closed_column(heads, columns)  # ("Lukket | Ja", "Åben/lukket")
    parts: list[object] = [f"\n\n{cells[0].get_text(' ', strip=True).rstrip('.')}. ",
                           "Lukket punkt: " if closed else "", *_contents(columns[1])]
    for head, column in zip(heads[2:], columns[2:], strict=True):
        if " ".join(c.get_text(strip=True) for c in column).strip() not in (  # type: ignore[attr-defined]
                "", "-", "–", "—"):  # (an empty cell, or a dash for nothing)
            parts += [f"\n\n{_label(head)}\n\n", *_contents(column)]
    return [*parts, "\n\n"]


def _label(head: str) -> str:
    """A column's head as its cells' label: a head the text reader knows as a section as
    it is ("Beslutning"), any other with its colon ("Referat:"), so that the head of a
    column of records ("Pkt. | Emne | Referat | Beslutning") heads each item's record
    and is no word of its text."""
    from .formats.text_sections import section_name

    return head if section_name(head) else f"{head}:"


def _contents(column: list[object]) -> list[object]:
    """A column's cells' contents, a paragraph apart."""
    out: list[object] = []
    for k, cell in enumerate(column):
        out += (["\n\n"] if k else []) + list(cell.contents)  # type: ignore[attr-defined]
    return out
