"""Column tables a fixed-width print (a mainframe's or a line printer's report) draws
without borders: a head row of column names, a rule of dashes under each name, and the
rows' cells at the columns the dashes mark:

    PKT  SAGSNR              TITEL
    ---  ------------------  ------------------------------------------
     42  01.02.05-P16-14-24  Lokalplan for boliger ved Havnevej,
                             Skagen - vedtagelse af forslag

    NAVN                        PARTI  FUNKTION        FREMMØDE
    --------------------------  -----  --------------  --------
    Jens Ole Kragelund          V      FORMAND         MØDT

Each such table is written as the same table with ASCII borders, which `ascii_tables`
reads: a table of the items (its first head the item's number, a later one the title)
gives each item's heading and case number; a members' table its rows, a member each.

An item's row may stand anywhere below its table's head (the item's own text between one
row and the next, the head repeated on the next page): every line whose number column
holds a number is a row, and the lines right under it with text only in the last column
go on with its title. A members' table's rows are the lines right under its rule. Any
other table is left as it is.
"""

from __future__ import annotations

import re

from .ascii_tables import ITEM_NUMBER_HEADS, ITEM_TITLE_HEADS
from .members_table import table_columns

# a rule of two or more dash runs: one under each column's name
_RULE_RE = re.compile(r"^[ \t]*-+(?:[ \t]+-+)+[ \t]*$")
# a line that ends a table's reach: a rule across the page, a page break
_END_RE = re.compile(r"^[ \t]*(?:[-=_]{20,}|\f.*)[ \t]*$|\f")
# a cell: words one space apart, cells two spaces or more apart
_CHUNK_RE = re.compile(r"\S+(?: \S+)*")
_NUMBER_RE = re.compile(r"^\d{1,4}\.?$")


def rule_tables(text: str) -> str:
    """The text with every dash-ruled column table of items or members written with
    ASCII borders; anything else as it is.

    >>> from ingest.formats.ascii_tables import ascii_tables
    >>> print(ascii_tables(rule_tables(
    ...     "PKT  SAG\\n---  ---------\\n  7  Budget 2026\\n     for skoler\\n")).strip())
    7. Budget 2026 for skoler
    """
    if "--" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        starts = _rule_starts(lines, k)
        heads = _cells(lines[k], starts) if starts else []
        if not starts or len(heads) != len(starts) or not all(heads):
            out.append(lines[k])
            k += 1
            continue
        low = [h.lower() for h in heads]
        if low[0] in ITEM_NUMBER_HEADS and set(low[1:]) & ITEM_TITLE_HEADS:
            k = _item_rows(lines, k + 2, heads, starts, out)
        elif table_columns(" | ".join(low)):
            k = _member_rows(lines, k + 2, heads, starts, out)
        else:
            out.append(lines[k])
            k += 1
    return "\n".join(out)


def _rule_starts(lines: list[str], k: int) -> list[int]:
    """The columns' starts when line k is a head row over a rule of dashes; [] else."""
    if k + 1 >= len(lines) or not _RULE_RE.match(lines[k + 1]) or not lines[k].strip():
        return []
    return [m.start() for m in re.finditer(r"-+", lines[k + 1])]


def _cells(line: str, starts: list[int]) -> list[str]:
    """A printed line's cells: each run of words goes to the column it starts in (a
    number set flush right still starts inside its column)."""
    cells = [""] * len(starts)
    for m in _CHUNK_RE.finditer(line):
        col = max((n for n, s in enumerate(starts) if s <= m.start() + 1), default=0)
        cells[col] = f"{cells[col]} {m.group()}".strip()
    return cells


def _item_rows(lines: list[str], k: int, heads: list[str], starts: list[int],
               out: list[str]) -> int:
    """The item rows under an items' head (from line k to the table's end): each a
    bordered table of the head and its row; the lines between them as they are."""
    out.append("")
    while k < len(lines) and not _END_RE.search(lines[k]) and not _rule_starts(lines, k):
        cells = _cells(lines[k], starts)
        if not _NUMBER_RE.match(cells[0]) or not cells[-1]:
            out.append(lines[k])
            k += 1
            continue
        rows = [cells]
        k += 1
        while k < len(lines) and lines[k].strip() and (
                more := _cells(lines[k], starts))[-1] and not any(more[:-1]):
            rows.append(more)  # the title wrapped in its cell
            k += 1
        out += ["", *_bordered([heads, *rows]), ""]
    return k


def _member_rows(lines: list[str], k: int, heads: list[str], starts: list[int],
                 out: list[str]) -> int:
    """A members' table's rows, the lines right under its rule: one bordered table."""
    rows = [heads]
    while k < len(lines) and lines[k].strip() and not _END_RE.search(lines[k]):
        rows.append(_cells(lines[k], starts))
        k += 1
    out += ["", *_bordered(rows), ""]
    return k


def _bordered(rows: list[list[str]]) -> list[str]:
    """Rows as an ASCII-bordered table: a rule under the head row and after the last."""
    widths = [max(len(r[n]) for r in rows) for n in range(len(rows[0]))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
             for r in rows]
    return [rule, lines[0], rule, *lines[1:], rule]
