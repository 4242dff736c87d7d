"""Attendance recorded per item in a grid: the members as rows, the items as columns, a
mark in each cell ("Medlem / punkt | 1 | 2 | 3" / "Ida Holm (V), formand | ✓ | ÷ | ✓"),
its legend below ("✓ = til stede ÷ = ikke til stede A = afbud I = inhabil").

A tick is there for the item; "÷", a cross, "A" (afbud), "F" (fraværende) and "I"
(inhabil) not there. The grid reads as the lists minutes write, "Deltagere:" and, for a
member away from every item, "Afbud:", and a member away from any item as a row of an
absence table under "Fravær" ("Fraværende under punkt | Navn" / "1 og 2 | Poul Krogh
(V)"), which `absence_table.mark_absences` turns into those items' absentees. A grid of
"X" and blank cells ("X = deltog i behandlingen af punktet") has its X there, a blank cell
not; a remark column after the items ("Bemærkning": "Ankom kl. 14:40") is left out.
"""

from __future__ import annotations

import re

from .ticks import TICKED, UNTICKED

_ITEM_HEAD_RE = re.compile(r"^\d{1,4}\.?$")
_REMARK_HEAD_RE = re.compile(r"^(?:Bemærkning(?:er)?|Note|Noter)$", re.IGNORECASE)
_AWAY = frozenset({"÷", "-", "–", "A", "F", "I", *UNTICKED})


def item_grid(rows: list[list[list[str]]]) -> list[str] | None:
    r"""The grid's lists and absence table; None for any other table.

    >>> item_grid([[["Medlem"], ["1"], ["2"], ["3"]],
    ...            [["Ida Holm (V), formand"], ["✓"], ["✓"], ["✓"]],
    ...            [["Ole Bak (C)"], ["÷"], ["✓"], ["I"]], [["Bo Ny (A)"], ["A"], ["A"], ["A"]]])
    ... # doctest: +NORMALIZE_WHITESPACE
    ['Deltagere:\nIda Holm (V), formand\nOle Bak (C)', 'Afbud:\nBo Ny (A)', 'Fravær',
     'Fraværende under punkt | Navn', '1 og 3 | Ole Bak (C)', '1, 2 og 3 | Bo Ny (A)']
    >>> item_grid([[["Medlem"], ["1"], ["2"], ["Bemærkning"]],
    ...            [["Ida Holm (V)"], ["X"], ["X"], []],
    ...            [["Ole Bak (C)"], [], ["X"], ["Ankom kl. 14:40"]]])
    ... # doctest: +NORMALIZE_WHITESPACE
    ['Deltagere:\nIda Holm (V)\nOle Bak (C)', 'Fravær', 'Fraværende under punkt | Navn',
     '1 | Ole Bak (C)']
    """
    cells = [[" ".join(c).strip() for c in row] for row in rows]
    if cells and len(cells[0]) > 3 and _REMARK_HEAD_RE.match(cells[0][-1]):
        cells = [row[:-1] for row in cells]  # (a remark column last: "Ankom kl. 14:40")
    if len(cells) < 2 or len(cells[0]) < 3 or not all(
            _ITEM_HEAD_RE.match(c) for c in cells[0][1:]):
        return None
    numbers = [c.rstrip(".") for c in cells[0][1:]]
    marks = [row[1:] for row in cells[1:]]
    crossed = {m for row in marks for m in row} in ({"X", ""}, {"x", ""})
    if crossed:  # ("X = deltog i behandlingen af punktet": an X there, a blank cell not)
        cells = [cells[0], *([row[0], *("✓" if m else "÷" for m in row[1:])]
                             for row in cells[1:])]
        marks = [row[1:] for row in cells[1:]]
    if not all(row[0] and len(row) == len(cells[0]) for row in cells[1:]) or not all(
            m in TICKED or m in _AWAY for row in marks for m in row) or not any(
            m in TICKED for row in marks for m in row):
        return None
    lists: dict[str, list[str]] = {"Deltagere": [], "Afbud": []}
    table: list[str] = []
    for row in cells[1:]:
        away = [n for n, m in zip(numbers, row[1:], strict=True) if m in _AWAY]
        lists["Afbud" if len(away) == len(numbers) else "Deltagere"].append(row[0])
        if away:
            said = ", ".join(away[:-1]) + " og " + away[-1] if len(away) > 1 else away[0]
            table.append(f"{said} | {row[0].split(',')[0]}")
    return [f"{head}:\n" + "\n".join(names) for head, names in lists.items() if names] + (
        ["Fravær", "Fraværende under punkt | Navn", *table] if table else [])
