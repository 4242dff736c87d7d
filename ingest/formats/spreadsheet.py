"""Minutes kept as an Excel workbook (.xlsx): a decision protocol a secretary fills in
row by row, read with the standard library (`xlsx_cells`).

One sheet holds the meeting: its facts in the first rows, a label and its value each
("Udvalg | Landdistriktsrådet", "Mødedato | 03-06-2024"), then the items' table under a
header row whose heads name the columns ("Pkt. | Titel | Sagsnr. | Lukket | Beslutning |
For | Imod | Undlod"). That is the decision list a CSV export holds, so the sheet is
written out as tab-separated rows and read by the same path (`text_delimited`: each row
an item block, the facts label lines, a "Lukket" Ja/Nej column closing the item).

The participants may stand in a table of their own, on another sheet or the same one:
a header row naming the person's column ("Navn") and what is said of them ("Rolle",
"Parti", "Repræsenterer", "Fremmøde"). It becomes the head's lists, as minutes print
them: "Deltagere:" with one person a line ("Lis Holm (Nørre Borgerforening), formand",
"Ib Lund (V)") and "Afbud:" with those whose attendance cell says they were away
(`people_sheet`, which a CSV export's rows above its items table are read with too).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from referat.domain import Meeting

from .common import ParseError
from .fact_sheets import facts_above
from .history_rows import history_rows
from .item_sheets import with_item_sheets
from .people_sheet import without_people
from .sheet_meetings import meeting_sheets
from .text import meetings_from_text
from .text_delimited import item_columns, item_table_text
from .xlsx_cells import Sheet, workbook_sheets

NAME = "regneark"


def sniff(raw: bytes, path: Path) -> bool:
    """A zip whose name ends in .xlsx, or which holds `xl/workbook.xml`."""
    return raw[:4] == b"PK\x03\x04" and (path.suffix.lower() in (".xlsx", ".xlsm")
                                         or b"xl/workbook.xml" in raw)


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """The workbook's sheets as text, read as minutes by the text adapter; a decision
    log of many meetings in one sheet (`sheet_meetings`) as one text a meeting."""
    sheets = with_item_sheets(workbook_sheets(raw))  # (one sheet an item: one table)
    sheets = [history_rows(sheet) for sheet in sheets]  # (a case's earlier rows)
    main = next((k for k, sheet in enumerate(sheets) if _table_at(sheet.rows) is not None), None)
    parts = meeting_sheets(sheets[main]) if main is not None else None
    if not parts:
        return _meetings(sheets, path, municipality)
    return [m for part in parts for m in _meetings(
        [part if k == main else sheet for k, sheet in enumerate(sheets)], path, municipality)]


def _meetings(sheets: list[Sheet], path: Path, municipality: str | None) -> list[Meeting]:
    text, table = workbook_text(sheets)
    try:
        return meetings_from_text(item_table_text(text, breaks=True), path, NAME, municipality)
    except ParseError as err:
        if table:
            raise
        raise ParseError("regnearket har ingen tabel over dagsordenspunkterne (forventede en "
                         "overskriftsrække som 'Pkt. | Titel | Beslutning')") from err


def workbook_text(sheets: list[Sheet]) -> tuple[str, bool]:
    r"""The text of the sheet holding the items' table (every sheet's, when none does),
    with the participants' tables as the head's lists above the items; and whether an
    items' table was found.

    >>> text, _ = workbook_text([Sheet("Referat", [["Udvalg", "Ældrerådet"], [],
    ...     ["Nr.", "Titel", "Beslutning"], ["1", "Budget", "Godkendt."]]),
    ...     Sheet("Deltagere", [["Navn", "Rolle", "Fremmøde"], ["Ib Lund", "Formand", "Mødt"],
    ...                         ["Eva Krog", "", "Afbud"]])])
    >>> print(text.replace("\t", " | "))
    Udvalg | Ældrerådet
    <BLANKLINE>
    Deltagere:
    Ib Lund, formand
    Afbud:
    Eva Krog
    <BLANKLINE>
    Nr. | Titel | Beslutning
    1 | Budget | Godkendt.
    """
    people: list[str] = []
    bodies: list[list[list[str]]] = []
    for sheet in sheets:
        rows, listed = without_people(sheet.rows, item_columns)
        people += listed
        bodies.append(rows)
    found = [(at, k) for k, rows in enumerate(bodies) if (at := _table_at(rows)) is not None]
    if found:  # (the meeting's facts on a sheet of their own: above the table, `fact_sheets`)
        at, k = found[0]
        facts = facts_above(bodies, k, at)
        at, main = at + len(facts), [*facts, *bodies[k]]
    else:
        at, main = None, [row for rows in bodies for row in [*rows, []]]
    lines = [_line(row, quoted=at is not None and k >= at) for k, row in enumerate(main)]
    head = len(lines) if at is None else at
    if people:  # (the people's lists after the facts, a blank line either side)
        above = "\n".join(lines[:head]).rstrip("\n")
        lines = [above, "", *people, "", "\n".join(lines[head:]).lstrip("\n")]
    return "\n".join(lines).strip("\n"), at is not None


def _table_at(rows: list[list[str]]) -> int | None:
    """The index of the items table's header row, or None."""
    return next((k for k, row in enumerate(rows) if item_columns(row)), None)


def _line(cells: list[str], quoted: bool) -> str:
    """A row as a tab-separated line; the items' rows (`quoted`) as CSV records, a cell's
    line breaks kept inside its quotes (a decision's vote lines), any other row on one
    line."""
    cells = [c.replace("\t", " ") for c in cells]
    if not quoted:
        cells = [" ".join(c.split()) for c in cells]
        if len(cells) == 1 and '"' in cells[0]:
            return cells[0]  # (one cell: no record to quote)
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\n").writerow(cells)
    return out.getvalue().rstrip("\n")
