"""Decisions exported as a table of agenda items over many meetings and committees, one
row an item (`item_table`): a CSV (semicolon-, comma- or tab-separated, UTF-8 with or
without BOM or Windows-1252, as Excel and open-data portals save it), an Excel workbook
(.xlsx), an OpenDocument spreadsheet (.ods, `ods_cells`) or JSON Lines (one item's
object a line, by its keys: `udvalg`, `moede_start`, `punkt_nr`, `overskrift`, `felter`
[{overskrift, tekst}], `fravaerende`, `behandlingsforloeb` …).

Known by its content: the header row naming the items' columns under any title rows
(which name the municipality and, on a sheet a committee, the committee). A CSV or a
workbook is taken when it has a committee column and its rows hold two meetings or more
(`_many_meetings`): a table of one meeting stays with the readers that read it as the
minutes' text (`text_delimited`, `spreadsheet`).
A meeting with no decision in any row is an agenda.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from referat.domain import UNKNOWN_COMMITTEE, Meeting

from .common import ParseError, committee_name
from .finish import finish_meeting
from .item_table import (
    Row,
    body_in,
    column_kinds,
    file_municipality,
    is_header,
    row_item,
    table_rows,
    text,
    when,
)
from .municipality import municipality_in
from .ods_cells import is_ods, ods_sheets
from .xlsx_cells import workbook_sheets

NAME = "tabel"
_DELIMITERS = (";", ",", "\t")
_HEAD_ROWS = 30  # the header row is looked for among a sheet's first rows
_MAX_TEXT = 20 * 2**20
_FACTS = "facts"  # (the context's mark of label rows above the table: a meeting's facts)
# A table: its header row, its records (each with where it stands) and what the title
# rows above it say
Table = tuple[list[object], list[tuple[str, list[object]]], dict[str, str]]


def sniff(raw: bytes, path: Path) -> bool:
    """An .ods or JSON Lines with an items' table; a CSV or an .xlsx with one holding
    two meetings or more."""
    try:
        if is_ods(raw) or _is_jsonl(raw):
            return bool(_tables(raw, path)[0])
        if raw[:4] == b"PK\x03\x04":
            return b"xl/workbook.xml" in raw and _many_meetings(raw, path)
        if len(raw) > _MAX_TEXT or raw.startswith(b"%PDF") or b"\0" in raw[:4096] or raw.lstrip(
                b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[", b"<"):
            return False  # (a PDF, a binary file, JSON, HTML or XML: no delimited table)
        return _many_meetings(raw, path)
    except (ParseError, ValueError, UnicodeDecodeError):
        return False


def _many_meetings(raw: bytes, path: Path) -> bool:
    """A CSV's or a workbook's table with a committee column, under no more than title
    rows, holding two meetings or more. A meeting's facts above the table ("Mødedato |
    04-12-2025") make it one meeting's protocol, another date's row that case's history
    (`history_rows`); a log without a committee column is one body's (`sheet_meetings`):
    both stay with `spreadsheet`."""
    tables, _ = _tables(raw, path)
    if not tables or any(_FACTS in context or "committee" not in column_kinds(header).values()
                         for header, _, context in tables):
        return False
    return len(_meetings(raw, path, None)) >= 2


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    meetings = _meetings(raw, path, municipality)
    if not meetings:
        raise ParseError("tabellen har ingen rækker med dagsordenspunkter")
    return meetings


def _meetings(raw: bytes, path: Path, municipality: str | None) -> list[Meeting]:
    tables, warnings = _tables(raw, path)
    meetings: dict[tuple, Meeting] = {}
    for header, records, context in tables:
        last: Meeting | None = None
        for row in table_rows(header, records, context):
            meeting, said = _meeting_of(row, meetings, path, municipality)
            if said:
                warnings.append(f"{path.name}, {row.where}: {said}")
                continue
            assert meeting is not None
            if not text(row.cells.get("title")) and "number" not in row.cells:
                if last is not None and last.items and meeting is last:
                    last.items[-1].sections += row_item(row, 0).sections  # (a cell merged on)
                    continue
                warnings.append(f"{path.name}, {row.where}: rækken har hverken punktnummer "
                                "eller overskrift og er udeladt")
                continue
            item = row_item(row, len(meeting.items) + 1)
            if not item.title:
                warnings.append(f"{path.name}, {row.where}: punkt {item.label or item.number} "
                                "har ingen overskrift")
                item.title = f"Punkt {item.label or item.number}"
            meeting.items.append(item)
            last = meeting
    found = [finish_meeting(m) for m in meetings.values() if m.items]
    if found:
        found[0].warnings += warnings
    return found


def _meeting_of(row: Row, meetings: dict[tuple, Meeting], path: Path,
                municipality: str | None) -> tuple[Meeting | None, str]:
    """The meeting the row belongs to (made when it is the first row of it), or why the
    row cannot be read."""
    cells = row.cells
    day, clock = when(cells.get("date"))
    if "time" in cells:
        other_day, other_clock = when(cells["time"])
        day, clock = day or other_day, other_clock or clock
    if day is None:
        said = text(cells.get("date") or cells.get("time"))
        return None, (f"mødedatoen '{said}' kan ikke læses; rækken er udeladt" if said else
                      "rækken har ingen mødedato og er udeladt")
    committee = committee_name(text(cells.get("committee")).replace("\n", " ")) or (
        UNKNOWN_COMMITTEE)
    key = (committee, day, clock)
    if key not in meetings:
        town = municipality or text(cells.get("municipality")) or file_municipality(path.stem)
        meetings[key] = Meeting(committee, day, [], start_time=clock,
                                place=text(cells.get("place")).replace("\n", ", ") or None,
                                municipality=town or "", source=str(path))
    return meetings[key], ""


def _tables(raw: bytes, path: Path) -> tuple[list[Table], list[str]]:
    """The items' tables in the file, and the warnings for lines that could not be read."""
    if is_ods(raw):
        return _sheet_tables(ods_sheets(raw)), []
    if raw[:4] == b"PK\x03\x04":
        return _sheet_tables(workbook_sheets(raw)), []
    if _is_jsonl(raw):
        return _jsonl_table(raw, path)
    return _csv_tables(_decoded(raw)), []


def _sheet_tables(sheets: list) -> list[Table]:
    tables: list[Table] = []
    for sheet in sheets:
        at = next((k for k, row in enumerate(sheet.rows[:_HEAD_ROWS]) if is_header(row)), None)
        if at is None:
            continue
        where = f"ark '{sheet.name}', række " if len(sheets) > 1 else "række "
        records = [(f"{where}{k + 1}", list(row))
                   for k, row in enumerate(sheet.rows) if k > at]
        tables.append((list(sheet.rows[at]), records, _context(sheet.rows[:at])))
    return tables


def _context(above: list[list[str]]) -> dict[str, str]:
    """What the title rows above the header say: the committee and the municipality (and
    whether a row above holds two cells or more: a label and its value, no title)."""
    title = "\n".join(" ".join(c for c in row if c.strip()) for row in above if any(row))
    context = {_FACTS: "ja"} if any(sum(1 for c in row if c.strip()) > 1 for row in above) else {}
    if body := body_in(title):
        context["committee"] = body
    if town := municipality_in(title):
        context["municipality"] = town
    return context


def _decoded(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def _csv_tables(content: str) -> list[Table]:
    """The CSV's items' table, read with the delimiter whose header row names the most
    columns; a record's place is the line it starts on."""
    best: Table | None = None
    for delimiter in _DELIMITERS:
        reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
        rows: list[tuple[int, list[object]]] = []
        line = 1
        try:
            for record in reader:
                rows.append((line, list(record)))
                line = reader.line_num + 1
        except csv.Error:
            continue  # (a quote never closed: no table with this delimiter)
        at = next((k for k, (_, row) in enumerate(rows[:_HEAD_ROWS]) if is_header(row)), None)
        if at is None or (best is not None and len(best[0]) >= len(rows[at][1])):
            continue
        records = [(f"linje {n}", row) for n, row in rows[at + 1:]]
        above = [[str(c) for c in row] for _, row in rows[:at]]
        best = (rows[at][1], records, _context(above))
    return [best] if best else []


def _is_jsonl(raw: bytes) -> bool:
    """JSON Lines: the first line one whole object, and another line after it."""
    lines = raw.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 2)
    if len(lines) < 2 or not lines[0].rstrip().startswith(b"{") or not lines[0].rstrip(
            ).endswith(b"}"):
        return False
    try:
        first = json.loads(lines[0])
    except ValueError:
        return False
    return isinstance(first, dict) and is_header(list(first))


def _jsonl_table(raw: bytes, path: Path) -> tuple[list[Table], list[str]]:
    """The JSON Lines as a table: its keys the header, in the order they first come."""
    objects: list[tuple[str, dict]] = []
    warnings: list[str] = []
    for n, line in enumerate(_decoded(raw).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            value = None
        if isinstance(value, dict):
            objects.append((f"linje {n}", value))
        else:
            warnings.append(f"{path.name}, linje {n}: ikke et JSON-objekt; linjen er udeladt")
    header: list[object] = list(dict.fromkeys(k for _, obj in objects for k in obj))
    records = [(where, [obj.get(str(k)) for k in header]) for where, obj in objects]
    return [(header, records, {})], warnings
