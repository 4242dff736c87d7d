"""A decision log kept in one worksheet over many meetings: the items' table has a column
of the meeting's date ("Mødedato | Pkt. | Emne | Beslutning | Ansvarlig"), the date
written in each meeting's first row only (the cell merged down over the meeting's rows,
or left empty below it) or in every row. Each run of rows under one date is a meeting of
its own: the sheet is split into one sheet a meeting, each with the rows above the table
(the title naming the body), a fact row "Mødedato | <date>", the table's header row and
that meeting's rows, all without the date column.

A table without a date column, or one whose date cells are not all dates, is left as it
is (one meeting, its date from the facts above the table)."""

from __future__ import annotations

from .dates import written_date
from .text_delimited import item_columns
from .xlsx_cells import Sheet

# The heads of a column holding each row's meeting date
DATE_HEADS = frozenset(["mødedato", "dato", "møde", "mødedag", "moededato", "dato for møde"])


def head_of(cell: str) -> str:
    return " ".join(cell.split()).lower().rstrip(".:").strip()


def meeting_sheets(sheet: Sheet) -> list[Sheet] | None:
    """The sheet split into one sheet a meeting by its items' date column; None when it
    has no such column.

    >>> parts = meeting_sheets(Sheet("Log", [["Skolebestyrelsen"],
    ...     ["Mødedato", "Pkt.", "Emne", "Beslutning"], ["20-08-2024", "1", "Budget", "Ok."],
    ...     ["", "2", "Trafik", "Drøftet."], ["17-09-2024", "1", "Budget", "Godkendt."]]))
    >>> [p.rows for p in parts]  # doctest: +NORMALIZE_WHITESPACE
    [[['Skolebestyrelsen'], ['Mødedato', '20-08-2024'], [], ['Pkt.', 'Emne', 'Beslutning'],
      ['1', 'Budget', 'Ok.'], ['2', 'Trafik', 'Drøftet.']],
     [['Skolebestyrelsen'], ['Mødedato', '17-09-2024'], [], ['Pkt.', 'Emne', 'Beslutning'],
      ['1', 'Budget', 'Godkendt.']]]
    """
    rows = sheet.rows
    at = next((k for k, row in enumerate(rows) if item_columns(row)), None)
    if at is None:
        return None
    col = next((k for k, cell in enumerate(rows[at]) if head_of(cell) in DATE_HEADS), None)
    if col is None:
        return None
    runs: list[tuple[str, list[list[str]]]] = []
    for row in rows[at + 1:]:
        if not any(c.strip() for c in row):
            continue
        day = row[col].strip() if col < len(row) else ""
        if day and written_date(day) is None:
            return None  # (not a column of dates)
        if day and (not runs or runs[-1][0] != day):
            runs.append((day, []))
        elif not runs:
            return None  # (rows before the first date: no meeting to put them in)
        runs[-1][1].append(row[:col] + row[col + 1:])
    head = rows[at][:col] + rows[at][col + 1:]
    facts = [row for row in rows[:at] if any(c.strip() for c in row)]
    return [Sheet(sheet.name, [*facts, ["Mødedato", day], [], head, *items])
            for day, items in runs] or None
