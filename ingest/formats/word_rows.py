"""Word tables read row by row: a table of figures under a header row, and an agenda
written as one table of two columns, an item a row (the number, title and case number
in the left cell, all the item's text in the right one; or the number, case number and
open/closed mark in the left cell, the title heading the right one)."""

from __future__ import annotations

import re

from .closed_marks import OPEN_MARK_RE, closes
from .item_text import BARE_CASE_RE, CASE_NUMBER_RE
from .members_table import table_columns
from .text_items import KEYWORD_ALONE_RE
from .word_tables import AGENDA_END

_FIGURE_RE = re.compile(r"^[-+]?\d[\d.,]*\s*%?$")
_NUMBER_PARA_RE = re.compile(r"^\d{1,3}\.?$")


def data_rows(rows: list[list[str]]) -> list[str] | None:
    """A table of figures under a header row ("Parti | For | Imod | Undlod"), each row
    with its cells named, empty ones left out: "Dansk Folkeparti (O) – Imod: 3". (Cells
    run together would lose their columns: a 3 under "Imod" would read as a vote for.)
    None for any other table; a members' table is read by the header's people lists."""
    if len(rows) < 3 or any(len(r) != len(rows[0]) for r in rows) or len(rows[0]) < 3:
        return None
    header, cells = rows[0], [c for r in rows[1:] for c in r[1:] if c]
    if (not all(0 < len(h) <= 25 and len(h.split()) <= 3 for h in header)
            or table_columns(" ".join(header)) or not any(not c for r in rows[1:] for c in r)
            or sum(bool(_FIGURE_RE.match(c)) for c in cells) * 2 < len(cells)):
        return None  # (figures mostly: not a header's "Udvalg | … | Mødedato | …" table)
    return [f"{r[0]} – " + ", ".join(f"{h}: {c}" for h, c in zip(header[1:], r[1:], strict=True)
                                      if c) if r[0] else " | ".join(c for c in r if c)
            for r in rows[1:] if any(r)]


def _item_cell(cell: list[str]) -> list[str] | None:
    """The left cell of an item row ("4." / "Title" / "Sagsnr. 25/1187", or with
    "Lukket punkt" before the title) as the item's lines: its heading "4. Title" (the
    closed mark written before the title, "6. Lukket punkt: Title"), then the rest."""
    if len(cell) < 2 or not (_NUMBER_PARA_RE.match(cell[0]) or KEYWORD_ALONE_RE.match(cell[0])):
        return None
    number, rest = cell[0], cell[1:]
    mark = OPEN_MARK_RE.match(rest[0])
    if mark and len(rest) > 1:
        closed = closes(mark)
        return [f"{number} {'Lukket punkt: ' if closed else ''}{rest[1]}", *rest[2:]]
    return [f"{number} {rest[0]}", *rest[1:]] if not mark else None


def item_rows(rows: list[list[list[str]]]) -> list[str] | None:
    """An agenda written as one two-column table, an item a row: the left cell holds
    the number, the title and the case number, the right cell the item's paragraphs.
    Each item becomes its heading line and then every paragraph of both cells on a line
    of its own, as a document written top to bottom; a header row of labels ("Punkt" |
    "Sagsfremstilling og beslutning") goes. None for any other table."""
    body = [r for r in rows if any(r)]
    if body and not _row_item(body[0]) and all(
            len(c) == 1 and len(c[0]) <= 40 for c in body[0]):
        body = body[1:]  # the header row of labels
    cells = [_row_item(r) for r in body]
    if len(cells) < 2 or not all(cells):
        return None
    # (the table's end: the document's closing lines below it are no item's text)
    return [*(line for cell in cells for line in cell or []), AGENDA_END]


def _row_item(row: list[list[str]]) -> list[str] | None:
    """The row's lines: the item's heading, then both cells' other paragraphs."""
    if len(row) != 2 or not row[0] or not row[1]:
        return None
    if (facts := _facts_cell(row[0], row[1])) is not None:
        return facts
    return [*cell, *row[1]] if (cell := _item_cell(row[0])) else None


def _facts_cell(cell: list[str], text: list[str]) -> list[str] | None:
    """A left cell of the number and the item's facts only ("3" / "Sagsnr. 24-0228" /
    "Lukket"), the title the right cell's first paragraph: "3. Lukket punkt: Title",
    the case number's line, then the right cell's other paragraphs. None when the left
    cell holds anything else (a title) or the right one opens with a section's label."""
    if len(cell) < 2 or not _NUMBER_PARA_RE.match(cell[0]) or text[0].endswith(":"):
        return None
    facts: list[str] = []
    closed = False
    for para in cell[1:]:
        if mark := OPEN_MARK_RE.match(para):
            closed = closed or closes(mark)
        elif CASE_NUMBER_RE.match(para) or BARE_CASE_RE.match(para):
            facts.append(para)
        else:
            return None
    number = cell[0].rstrip(".")
    return [f"{number}. {'Lukket punkt: ' if closed else ''}{text[0]}", *facts, *text[1:]]
