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
"Ib Lund (V)") and "Afbud:" with those whose attendance cell says they were away.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from referat.domain import Meeting
from referat.values import PARTIES

from .common import ParseError
from .fact_sheets import facts_above
from .history_rows import history_rows
from .item_sheets import with_item_sheets
from .sheet_meetings import meeting_sheets
from .text import meetings_from_text
from .text_delimited import item_columns, item_table_text
from .xlsx_cells import Sheet, workbook_sheets

NAME = "regneark"
# A participants table's columns, by their heads (lower-case, without a final dot/colon)
_NAME_HEADS = frozenset({"navn", "name", "medlem", "medlemmer", "deltager", "deltagere"})
_ROLE_HEADS = frozenset({"rolle", "funktion", "titel", "post", "hverv"})
_PARTY_HEADS = frozenset({"parti", "party"})
_ORG_HEADS = frozenset({"repræsenterer", "repræsentant for", "organisation", "forening",
                        "udpeget af", "indstillet af", "kommune"})
# Attendance, said in words ("Mødt", "Afbud") or marked ("X") under a head saying which
_ATTENDANCE_HEADS = frozenset({"fremmøde", "status", "deltagelse", "deltog", "til stede",
                               "tilstede", "mødt"})
# A caption above the participants' table, alone in its row
_CAPTIONS = _NAME_HEADS | _ATTENDANCE_HEADS | {"deltagerliste", "mødedeltagere", "tilstedeværende"}
_ABSENCE_HEADS = frozenset({"afbud", "fraværende", "fravær", "forfald"})
_ABSENT_RE = re.compile(r"^(?:afbud|fraværende|fravær|forfald|ikke mødt|ikke til stede|nej|"
                        r"meldt afbud)\b", re.IGNORECASE)
_MARK_RE = re.compile(r"^(?:x|ja|✓|✔|1)$", re.IGNORECASE)
_PARTY_RE = re.compile(r"^\(?([A-ZÆØÅ]{1,3})\)?$")
# An organisation cell that gives the party too: "Byrådet (A)"
_BODY_PARTY_RE = re.compile(r"^(.*?)\s*\(([A-ZÆØÅ]{1,3})\)$")


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
        rows, listed = _without_people(sheet.rows)
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


def _head(cell: str) -> str:
    return " ".join(cell.split()).lower().rstrip(".:").strip()


def _people_columns(row: list[str]) -> dict[str, int] | None:
    """A participants table's header row: its columns by what they hold ("name", "role",
    "party", "org", "attendance", "absence"); None for any other row."""
    found: dict[str, int] = {}
    for k, cell in enumerate(row):
        head = _head(cell)
        for kind, heads in (("name", _NAME_HEADS), ("role", _ROLE_HEADS), ("party", _PARTY_HEADS),
                            ("org", _ORG_HEADS), ("attendance", _ATTENDANCE_HEADS),
                            ("absence", _ABSENCE_HEADS)):
            if head in heads:
                found.setdefault(kind, k)
    return found if "name" in found and len(found) >= 2 and not item_columns(row) else None


def _without_people(rows: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    """The rows without the participants' tables, and those tables as the head's lists
    ("Deltagere:" / one person a line / "Afbud:" / …)."""
    kept: list[list[str]] = []
    tables: list[tuple[dict[str, int], list[list[str]]]] = []
    reading = False  # a table's rows are being read (a row without a name ends them)
    for row in rows:
        if reading and _cell(row, tables[-1][0]["name"]):
            tables[-1][1].append(row)
            continue
        columns = _people_columns(row)
        reading = columns is not None
        if columns is not None:
            tables.append((columns, []))
            if kept and len(kept[-1]) == 1 and _head(kept[-1][0]) in _CAPTIONS:
                kept.pop()  # (its caption, "Deltagere": the lists carry their own labels)
        else:
            kept.append(row)
    present: list[str] = []
    absent: list[str] = []
    for columns, members in tables:
        at = columns.get("attendance")
        # a column of marks ("X" or nothing): an unmarked member was not there
        marks = at is not None and any(_MARK_RE.match(_cell(r, at)) for r in members)
        for row in members:
            line, away = _person(row, columns, marks)
            (absent if away else present).append(line)
    lines = (["Deltagere:", *present] if present else []) + (["Afbud:", *absent] if absent else [])
    return kept, lines


def _cell(row: list[str], k: int | None) -> str:
    return " ".join(row[k].split()) if k is not None and k < len(row) else ""


def _person(row: list[str], columns: dict[str, int], marks: bool) -> tuple[str, bool]:
    """One participant's row as a list line ("Lis Holm (Borgerforeningen), formand") and
    whether they were away (`marks`: the attendance column marks who was there)."""
    name = _cell(row, columns["name"])
    party = _party(_cell(row, columns.get("party")))
    org = _cell(row, columns.get("org"))
    if (m := _BODY_PARTY_RE.match(org)) and not party:
        org, party = "", m.group(2)  # "Byrådet (A)": a member for the party
    role = _cell(row, columns.get("role"))
    line = name + (f" ({party})" if party else "") + (f" ({org})" if org else "")
    line += f", {role[:1].lower()}{role[1:]}" if role else ""
    said = _cell(row, columns.get("attendance"))
    marked = _cell(row, columns.get("absence"))
    away = bool(_ABSENT_RE.match(said) or (marks and not said) or _MARK_RE.match(marked) or (
        _ABSENT_RE.match(marked) and marked.lower() != "nej"))
    return line, away


def _party(cell: str) -> str:
    """A party cell as its letter: "A", "(V)", "Venstre" → "V"; any other text as written."""
    if m := _PARTY_RE.match(cell):
        return m.group(1)
    return PARTIES.get(cell.lower(), cell)
