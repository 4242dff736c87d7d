"""Rows numbered under an item in a decision list exported as a sheet: a grant
committee's item of many applications gives each its own row below the item's, numbered
"3.1", "3.2", … and holding only the application's cells ("Ansøger", "Formål", "Ansøgt
(kr.)", "Beslutning", and who was inhabil for it).

Such a row is part of its item, not an item of its own: read as one, the sub-number ended
the items' table, and every later item was lost. It is written as one line of the item's
decision, its number first and each filled cell under its column's name, so the
per-application decision and the inhabil member's note stay with the item:

    3.2 Ansøger: Sydfyns Sejlklub; Ansøgt (kr.): 25.000; Beslutning: Imødekommet …
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "3.1", "3.12" (and "3.1."): an application's number under item 3
_SUB_NUMBER_RE = re.compile(r"^(\d{1,4})\.(\d{1,3})\.?$")
# The columns whose kind the items' table reads, not a name to print before the value
_PLAIN_KINDS = frozenset({"title", "case", "access", "closed"})


def is_sub_row(cells: list[str], at: int, item: int) -> bool:
    """Whether `cells` is a row numbered under item `item` (its number in column `at`).

    >>> is_sub_row(["4.2", "", "Roklubben"], 0, 4), is_sub_row(["5", "Budget"], 0, 4)
    (True, False)
    """
    m = _SUB_NUMBER_RE.match(cells[at].strip()) if at < len(cells) else None
    return bool(m) and int(m.group(1)) == item


def sub_row_line(cells: list[str], kinds: list[str], at: int,
                 note: Callable[[str], bool] = lambda kind: False) -> str:
    """The row as one line: its number, then each filled cell, under its column's name
    unless the column is the title's or another the table reads ("Sagsnr."), or (`note`)
    a note on the decision, which follows it as a sentence of its own.

    >>> sub_row_line(["4.2", "", "Roklubben", "Afslået."], ["number", "title", "Ansøger",
    ...                                                   "Beslutning"], 0)
    '4.2 Ansøger: Roklubben; Beslutning: Afslået.'
    """
    said: list[str] = []
    notes: list[str] = []
    for k, (kind, value) in enumerate(zip(kinds, cells, strict=False)):
        if k == at or not value.strip():
            continue
        if note(kind):
            notes.append(value.strip())
        else:
            said.append(value if kind in _PLAIN_KINDS else f"{kind}: {value}")
    return " ".join([f"{cells[at].strip().rstrip('.')} " + "; ".join(said), *notes])
