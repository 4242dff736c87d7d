"""A data table's cell merged down over the rows below it (`rowspan`), as an editor sets
an applicant with two applications ("KFUM-Spejderne" beside 3.4 and 3.5): the cell
stands in its first row only, so the rows below, read a line each, lost what it says of
them and their other cells moved one column left. Each row it spans is given a copy of
the cell where it stands, as the page shows it beside every row.

Only a data table's (its first row all head cells, `<th>`) whose first column has no
cell merged down: a protocol's item number merged down over the item's rows marks them as
one item (`html_protocol` reads them so), and a layout table's merged cells are no data.
"""

from __future__ import annotations

import copy

_MAX_SPAN = 50  # rows a cell may cover (a larger `rowspan` is a damaged attribute)


def spread_rowspans(soup: object) -> None:
    """Copy each merged-down cell of the page's data tables into the rows it covers."""
    for table in soup.find_all("table"):  # type: ignore[attr-defined]
        rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        if len(rows) < 3 or not _head_row(rows[0]) or not table.find(
                ("td", "th"), attrs={"rowspan": True}) or any(_first_merged(tr) for tr in rows):
            continue
        pending: dict[int, list] = {}  # column → [the merged cell, rows it still covers]
        for tr in rows[1:]:
            cells = tr.find_all(("td", "th"), recursive=False)
            column, k = 0, 0
            while k < len(cells) or column in pending:
                if column in pending:  # a covered place: the merged cell's copy
                    cell, left = pending[column]
                    (cells[k].insert_before if k < len(cells) else tr.append)(copy.copy(cell))
                    pending[column][1] = left - 1
                    if left <= 1:
                        del pending[column]
                    column += 1
                    continue
                cell, k = cells[k], k + 1
                span = _number(cell.get("rowspan"))
                if span > 1 and column > 0:
                    del cell["rowspan"]
                    pending[column] = [copy.copy(cell), min(span, _MAX_SPAN) - 1]
                column += max(_number(cell.get("colspan")), 1)


def _head_row(tr: object) -> bool:
    """A row of head cells only."""
    cells = tr.find_all(("td", "th"), recursive=False)  # type: ignore[attr-defined]
    return bool(cells) and all(c.name == "th" for c in cells)


def _first_merged(tr: object) -> bool:
    """A row whose first cell is merged down: an item's rows in a protocol's table."""
    first = tr.find(("td", "th"), recursive=False)  # type: ignore[attr-defined]
    return first is not None and _number(first.get("rowspan")) > 1


def _number(value: object) -> int:
    text = str(value or "").strip()
    return int(text) if text.isdigit() else 1
