"""A workbook with one sheet per agenda item: the first sheet holds the meeting's facts,
its members and an overview of the items ("Nr. | Titel | Sagsnr. | Adgang | Ark", the
last column naming each item's sheet), and each item's sheet ("Punkt 1", "Punkt 2", …)
holds the item as a label and its text a row, under an optional "Felt | Indhold" header:
"Punktnr. | 2", "Titel | …", "Sagsfremstilling | …", "Indstilling | …", "Beslutning |
Godkendt.", "Afstemning | …", "Fraværende | …".

The item sheets are folded into the overview table, one column a label, so the workbook
reads as the one decision table `spreadsheet` already reads: a label the overview has
("Titel", "Sagsnr.") fills its column, any other becomes a column of its own, placed
after the label it follows on its sheet; the column naming the sheets is dropped. An
earlier treatment kept in rows of its own ("Tidligere behandlet i | <body>", "Tidligere
behandlet den | <date>", "Tidligere beslutning | <text>") becomes one "Tidligere
beslutning" naming the body and the day before its text, as minutes print it. A workbook
without an overview gets the table after its first sheet's rows."""

from __future__ import annotations

import re

from .dates import written_date
from .text_delimited import column_kind, item_columns
from .text_sections import section_name
from .xlsx_cells import Sheet

# A sheet named as an item's: "Punkt 3", "Pkt. 3", "3"
_SHEET_NUMBER_RE = re.compile(r"^(?:punkt|pkt\.?|sag|item)?\s*(\d{1,4})\.?$", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^(\d{1,4})\.?$")
# Rows telling of an earlier treatment: "Tidligere behandlet i", "Tidl. beslutning"
_EARLIER_RE = re.compile(r"^(?:tidligere|tidl\.)\s", re.IGNORECASE)
_EARLIER = "Tidligere beslutning"


def _label_rows(sheet: Sheet) -> list[tuple[str, str]]:
    """The sheet's rows as (label, text), without a "Felt | Indhold" header row."""
    out = []
    for row in sheet.rows:
        cells = [c.strip() for c in row]
        while cells and not cells[-1]:
            cells.pop()
        if len(cells) < 2 or not cells[0] or (
                column_kind(cells[0]) == "field" and column_kind(cells[1]) == "content"):
            continue
        out.append((" ".join(cells[0].split()).rstrip(":"), "\n".join(
            c for c in cells[1:] if c)))
    return out


def _item_of(sheet: Sheet) -> tuple[int, list[tuple[str, str]]] | None:
    """An item sheet's number and its (label, text) rows; None for any other sheet."""
    rows = _label_rows(sheet)
    kinds = {column_kind(label): text for label, text in rows}
    if "title" not in kinds or not any(section_name(label) for label, _ in rows):
        return None
    number = _NUMBER_RE.match(kinds.get("number", "")) or _SHEET_NUMBER_RE.match(sheet.name.strip())
    return (int(number.group(1)), _earlier_joined(rows)) if number else None


def _earlier_joined(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An earlier treatment's rows (its body, its day, its decision) as one row."""
    earlier = [(label, text) for label, text in rows if _EARLIER_RE.match(label)]
    if len(earlier) < 2:
        return rows
    day = next((text for _, text in earlier if written_date(text) and len(text) <= 40), "")
    said = [text for _, text in earlier if text != day]
    body, text = (said[0], " ".join(said[1:])) if len(said) > 1 else ("", " ".join(said))
    joined = " den ".join(s for s in (body, day) if s)
    at = rows.index(earlier[0])
    rest = [row for row in rows if row not in earlier]
    return [*rest[:at], (_EARLIER, f"{joined} – {text}" if joined else text), *rest[at:]]


def with_item_sheets(sheets: list[Sheet]) -> list[Sheet]:
    """The sheets with the item sheets folded into the overview table of the first other
    sheet; as they are when no sheet is an item's (or every one is).

    >>> book = with_item_sheets([
    ...     Sheet("Møde", [["Udvalg", "Ældrerådet"], ["Nr.", "Titel", "Ark"],
    ...                    ["1", "Budget", "Punkt 1"]]),
    ...     Sheet("Punkt 1", [["Felt", "Indhold"], ["Punktnr.", "1"], ["Titel", "Budget"],
    ...                       ["Beslutning", "Godkendt."]])])
    >>> [s.rows for s in book]  # doctest: +NORMALIZE_WHITESPACE
    [[['Udvalg', 'Ældrerådet'], [], ['Nr.', 'Titel', 'Beslutning'], ['1', 'Budget', 'Godkendt.'],
      []]]
    """
    found = {k: item for k, sheet in enumerate(sheets) if (item := _item_of(sheet))}
    if not found or len(found) == len(sheets):
        return sheets
    main = next(k for k in range(len(sheets)) if k not in found)
    rows = sheets[main].rows
    at = next((k for k, row in enumerate(rows) if item_columns(row)), None)
    head: list[str] = []
    table: dict[int, dict[str, str]] = {}
    end = len(rows)
    if at is not None:
        names = {sheets[k].name.strip().lower() for k in found}
        head = [c.strip() for c in rows[at]]
        end = at + 1
        while end < len(rows) and rows[end][:1] and _NUMBER_RE.match(rows[end][0].strip()):
            table[int(rows[end][0].strip().rstrip("."))] = dict(zip(head, rows[end], strict=False))
            end += 1
        # (the column naming each item's sheet: a pointer, no text of the item)
        head = [h for h in head if not table or not all(
            row.get(h, "").strip().lower() in names for row in table.values())]
    for number, labelled in sorted(found.values()):
        row = table.setdefault(number, {})
        before = None
        for label, text in labelled:
            column = _column(head, label)
            if column is None:
                column = label
                head.insert(head.index(before) + 1 if before in head else len(head), column)
            if text and not row.get(column, "").strip():
                row[column] = text
            before = column
    if not item_columns(head):
        return sheets  # (no number or title to read the items by)
    new = [head, *([row.get(h, "") for h in head] for _, row in sorted(table.items()))]
    kept = rows[:at] + [[], *new, []] + rows[end:] if at is not None else [*rows, [], *new]
    return [Sheet(sheets[main].name, kept) if k == main else sheet
            for k, sheet in enumerate(sheets) if k not in found]


def _column(head: list[str], label: str) -> str | None:
    """The overview's column holding what `label` says: the same head, or one of the
    same kind ("Nr." for "Punktnr.")."""
    kind = column_kind(label)
    return next((h for h in head if h.lower().rstrip(".:") == label.lower().rstrip(".:") or (
        kind in ("number", "title", "case", "access", "closed") and column_kind(h) == kind)), None)
