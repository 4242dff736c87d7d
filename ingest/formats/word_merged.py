"""A Word table's cell merged down over the rows below it (`w:vMerge`): Word keeps its
text in the first row only, the rows below holding an empty cell marked as covered.
Read row by row, those rows lost what the merged cell says of them: an applicant with two
applications ("Vorgod-Barde Borgerforening" over 3.7 and 3.8), a local area over a member
and the substitute who came for him. Each covered cell is given the merged cell's text,
as the page shows it beside every row it spans.

Not in a table whose first column has a cell merged down: an agenda table's item number
merged down over the item's rows marks them as one item (`merged_items` reads them so),
and repeating its cells would make each row an item of its own, or its title each part's.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

Cells = list[list[str]]  # a row's cells, each its paragraphs' texts


def merged_down(table: ET.Element, rows: list[Cells]) -> list[Cells]:
    """`rows` (the table's rows as `word._row_cells` reads them, a cell for each grid
    column it spans) with each covered cell past the first column holding the text of
    the cell above it."""
    trs = [tr for tr in table if tr.tag == "tr"]
    if any(_first_merged(tr) for tr in trs):
        return rows  # (an agenda whose item numbers are merged down: its rows as they are)
    for r, tr in enumerate(trs[:len(rows)]):
        tcs = [c for c in tr if c.tag == "tc"]
        column = 0
        for tc in tcs:
            props = _child(tc, "tcPr")
            merge = _child(props, "vMerge")
            if merge is not None and _val(merge) != "restart" and column > 0 and r > 0 and (
                    column < len(rows[r]) and not rows[r][column] and column < len(rows[r - 1])):
                rows[r][column] = list(rows[r - 1][column])
            span = _val(_child(props, "gridSpan"))
            column += int(span) if span and span.isdigit() and len(tcs) > 1 else 1
    return rows


def _first_merged(tr: ET.Element) -> bool:
    """A row whose first cell is merged down, or covered by one above."""
    first = next((c for c in tr if c.tag == "tc"), None)
    return _child(_child(first, "tcPr"), "vMerge") is not None


def _child(el: ET.Element | None, name: str) -> ET.Element | None:
    return None if el is None else next((c for c in el if c.tag == name), None)


def _val(el: ET.Element | None) -> str | None:
    """The element's `w:val`, by its local name."""
    if el is None:
        return None
    return next((v for k, v in el.attrib.items() if k.split("}", 1)[-1] == "val"), None)
