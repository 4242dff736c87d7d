"""A spreadsheet published as a web page (Google Sheets' "Udgiv på nettet", Excel's web
page): one grid holds the meeting's facts, a row each ("Udvalg | Folkeoplysningsudvalget
| | |"), and below them the items, a row each under their heads ("Nr | Sag | Indstilling
| Beslutning | Lukket"). The grid's own furniture goes (the column letters A, B, C … above
it and the row numbers 1, 2, 3 … at each row's start, which would be read as item
numbers); the facts become a table of their own, each row its label and value, so the
items' table is read as any protocol table (`html_text`); and a "Lukket" column's yes
("Ja", "X") closes its row's item (`closed_column`).
"""

from __future__ import annotations

import re

_LETTERS_RE = re.compile(r"^[A-Z]{1,2}$")
# (or a column saying which it is: "Åben/lukket" | "Lukket")
_CLOSED_HEADS = frozenset(["lukket", "lukket punkt", "lukket sag", "fortroligt", "fortrolig",
                           "åben/lukket", "åbent/lukket", "åben / lukket", "lukket/åben"])
_YES = frozenset(["ja", "x", "✓", "✔", "lukket", "lukket punkt", "yes"])  # (a lock icon's name)


def _text(cell: object) -> str:
    return " ".join(cell.get_text(" ").split())  # type: ignore[attr-defined]


def unsheeted(soup: object) -> None:
    """Each published grid of `soup` without its column letters and row numbers, its
    facts apart from its items (in place)."""
    for table in soup.find_all("table"):  # type: ignore[attr-defined]
        rows = table.find_all("tr")
        if len(rows) >= 3:
            _grid_apart(table, rows)
        _facts_apart(soup, table)


def _grid_apart(table: object, rows: list) -> None:
    """A grid without its column letters and row numbers, when every row but the first
    starts with its number (1, 2, 3 …) in a `<th>`."""
    firsts = [row.find(("td", "th")) for row in rows]
    heads = [c for c in firsts[1:] if c is not None and c.name == "th"]
    numbers = [_text(c) for c in heads]
    if len(heads) != len(rows) - 1 or not all(n.isdigit() for n in numbers) or [
            int(n) for n in numbers] != list(range(int(numbers[0]), int(numbers[0]) + len(
                numbers))):
        return  # (not a grid: its rows are not numbered 1, 2, 3 …)
    letters = [_text(c) for c in rows[0].find_all(("td", "th"))]
    if all(not t or _LETTERS_RE.match(t) for t in letters):
        rows[0].decompose()  # the column letters
    for cell in heads:
        cell.decompose()  # the row numbers


def _facts_apart(soup: object, table: object) -> None:
    """The fact rows above the items' head row ("Udvalg | …" with empty cells after it)
    moved to a table of their own before `table`, each row its label and value."""
    from .html_protocol import protocol_head

    rows = table.find_all("tr")  # type: ignore[attr-defined]
    at = next((k for k, row in enumerate(rows) if protocol_head(
        [_text(c) for c in row.find_all(("td", "th"), recursive=False)])), None)
    filled = [[c for c in row.find_all(("td", "th"), recursive=False) if _text(c)]
              for row in rows[:at or 0]]
    if not at or any(len(f) not in (0, 2) for f in filled) or sum(map(bool, filled)) < 2:
        return  # (rows above the items that are no label and value: not facts)
    facts = soup.new_tag("table")  # type: ignore[attr-defined]
    for row, kept in zip(rows[:at], filled, strict=True):
        cells = row.find_all(("td", "th"), recursive=False)
        if not kept:
            row.decompose()  # (an empty row between the facts and the items)
            continue
        for cell in cells:
            if all(cell is not k for k in kept):
                cell.decompose()
        facts.append(row.extract())
    table.insert_before(facts)  # type: ignore[attr-defined]


def closed_column(heads: list[str], cells: list[object]) -> tuple[list[str], list[object], bool]:
    """The heads and cells of an items table's row without its "Lukket" column, and
    whether that column says the item is closed ("Lukket | Ja"); a cell may be the list
    of cells a column holds for the item (a row's cell merged down over two rows).

    >>> closed_column(["Nr", "Sag", "Beslutning", "Lukket"], ["4", "Salg", "Godkendt.", "Ja"])
    (['Nr', 'Sag', 'Beslutning'], ['4', 'Salg', 'Godkendt.'], True)
    """
    at = next((k for k, h in enumerate(heads) if h.lower() in _CLOSED_HEADS), None)
    if at is None or at < 2:
        return heads, cells, False
    cell = cells[at]
    said = cell if isinstance(cell, str) else " ".join(map(_text, cell)) if isinstance(
        cell, list) else _text(cell)
    return heads[:at] + heads[at + 1:], cells[:at] + cells[at + 1:], said.lower() in _YES
