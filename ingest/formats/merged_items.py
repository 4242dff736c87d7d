"""An agenda table whose items run over several rows: the item's number alone in its
first column, the cell merged down over the item's rows (Word's `w:vMerge`: the
number once, the cells below it empty), the title and the case number beside it in the
first row, and each of the item's parts a row of its own below ("" | "Sagsfremstilling:
…" spanning the other columns), a table nested in such a cell its lines already:

    Pkt. | Sag                        | Sagsnr.
    2    | Ændring af skoledistrikter | 17.01.00-P20-1-23
         | Sagsfremstilling: …
         | Beslutning: Godkendt.

Read row by row, the number stands alone in a row and no line looks like an item's
heading. Each item is written as minutes print one: "2. Title", the other columns of
its first row as "label: value" lines, then each row below's paragraphs on lines of
their own (the part's label heading its text).
"""

from __future__ import annotations

import re

_NUMBER_RE = re.compile(r"^(\d{1,4})\.?$")


def merged_items(rows: list[list[list[str]]], labels: list[str], number: int,
                 title: int) -> list[str] | None:
    """The item blocks of such a table (its head row `labels` first), or None unless
    every row is an item's first row (its number and title) or goes on with the item
    above (its number cell empty), and some row goes on."""
    out: list[str] = []
    went_on = False
    for row in rows[1:]:
        cells = [" ".join(c).strip() for c in row]
        if cells == labels or not any(cells):
            continue  # (the head row printed again on the next page)
        if len(row) != len(labels):
            return None
        if m := _NUMBER_RE.match(cells[number]):
            first, *rest = row[title] or [""]
            out += ["", f"{m.group(1)}. {first}", *rest]
            out += [f"{labels[k]}: {cells[k]}" for k in range(len(labels))
                    if k not in (number, title) and cells[k]]
        elif cells[number] or not out:
            return None
        else:
            went_on = True
            for cell in row:
                out += ["", *cell] if cell else []
    return out if went_on else None
