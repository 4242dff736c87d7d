"""A case-history table printed one cell a line (a grid table as plain `pdftotext` gives
it): its head row's cells "Dato" / "Udvalg" / "Beslutning" (in any order), then row by
row the date, the body and what it decided:

    Sagens tidligere behandling
    Dato
    Udvalg
    Beslutning
    25.09.2025
    Teknik- og Miljøudvalget
    Forvaltningen udarbejder et anlægsoverslag.

Its rows are earlier treatments by a committee, the case's history: the head row's
"Beslutning" is no heading of this meeting's decision. Each row is written as the dated
decision heading minutes print ("Beslutning i <Udvalg> den <dd.mm.yyyy>", its text
below), which `dated` reads as history, as `word_tables` does with a Word table's rows.
Only when every row read has a date and a body; otherwise the lines stay as they are.
"""

from __future__ import annotations

import re

from .dates import written_date
from .word_tables import BODY_HEAD, DATE_HEAD, DECIDED_HEAD

_HEADS = (BODY_HEAD, DATE_HEAD, DECIDED_HEAD)
# a body's name: "Teknik- og Miljøudvalget", "Byrådet", "Direktionen"
_BODY_RE = re.compile(r"(?i)udvalg|råd|bestyrelse|nævn|kommission|forum|direktion")
_DATE_CELL = 24  # a date cell holds the date (and perhaps its weekday or time), little more


def table_head(lines: list[str], at: int) -> list[int] | None:
    """The kinds (0 body, 1 date, 2 decided) of the head row's cells at `at`."""
    cells = [ln.strip().rstrip(":").lower() for ln in lines[at:at + 3]]
    kinds = [next((k for k, heads in enumerate(_HEADS) if c in heads), None) for c in cells]
    return kinds if len(kinds) == 3 and sorted(k for k in kinds if k is not None) == [0, 1, 2] \
        else None


def _cell_fits(kind: int, cell: str) -> bool:
    if kind == 1:
        return len(cell) <= _DATE_CELL and bool(written_date(cell))
    return kind == 2 or (len(cell) <= 80 and bool(_BODY_RE.search(cell)))


def _row(lines: list[str], at: int, kinds: list[int]) -> tuple[dict[int, list[str]], int] | None:
    """The row starting at `at` (its cells by kind) and the line after it."""
    cells: dict[int, list[str]] = {}
    for n, kind in enumerate(kinds):
        cell = lines[at].strip() if at < len(lines) else ""
        if not cell or not _cell_fits(kind, cell):
            return None
        cells[kind], at = [cell], at + 1
        while n == len(kinds) - 1 and at < len(lines) and (nxt := lines[at].strip()) and (
                nxt[0].islower() or not re.search(r"[.!?:)]$", cells[kind][-1])) and not (
                _cell_fits(kinds[0], nxt) and kinds[0] != 2):  # (a cell wrapped to the next line)
            cells[kind].append(nxt)
            at += 1
    return cells, at


def history_table(lines: list[str]) -> list[str]:
    """`lines` with each dated committee table's rows as dated decision headings.

    >>> history_table(["Dato", "Udvalg", "Beslutning", "25.09.2025", "Byrådet", "Godkendt.",
    ...                "3. Eventuelt"])
    ['', 'Beslutning i Byrådet den 25.09.2025', 'Godkendt.', '', '3. Eventuelt']
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        kinds = table_head(lines, k)
        rows, at = [], k + 3
        while kinds and (row := _row(lines, at, kinds)):
            rows.append(row[0])
            at = row[1]
        if not rows:
            out.append(lines[k])
            k += 1
            continue
        for cells in rows:
            when = written_date(cells[1][0])[0]
            out += ["", f"Beslutning i {cells[0][0]} den {when:%d.%m.%Y}", *cells[2]]
        out.append("")
        k = at
    return out
