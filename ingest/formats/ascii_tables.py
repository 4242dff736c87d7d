"""A plain-text export's tables drawn with ASCII borders, as an ESDH system prints them:

    +------+-------------------------------------------+----------------+
    | Nr.  | Sag                                       | Sagsnr.        |
    +------+-------------------------------------------+----------------+
    | 57   | Landsbypuljen 2011 - fordeling af midler  | 10/22904       |
    |      | til forskønnelse af landsbyer             |                |
    +------+-------------------------------------------+----------------+

Unlike Pandoc's grid tables (`pandoc_grid`, a rule between every two rows), each line is
a row of its own, and a line whose first cell is empty goes on with the row above (its
title wrapped inside the cell). A table headed by an item's number and title ("Nr. | Sag |
Sagsnr.", "Punkt | Titel") is the item's heading "57. Title", each further column a
"Sagsnr.: 10/22904" line below it; any other table is read as a Word table is
(`table_text`: "Mødedato | 23.11.2010" a label and its value), a members' table ("Navn |
Parti | Funktion | Fremmøde") its rows as a pipe table's lines (`members_table`). Only a
plain-text file's tables (not markdown's)."""

from __future__ import annotations

import re

from .members_table import table_columns
from .table_text import table_paragraphs
from .word_tables import Rows

_RULE_RE = re.compile(r"^[ \t]*\+(?:[-=]+\+)+[ \t]*$")
_ROW_RE = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
# The head of an item's table: its number's column, then its title's
ITEM_NUMBER_HEADS = frozenset(["nr", "nr.", "pkt", "pkt.", "punkt", "nummer"])
ITEM_TITLE_HEADS = frozenset(["sag", "titel", "emne", "overskrift", "dagsordenspunkt",
                              "sagens titel"])
_NUMBER_RE = re.compile(r"^(\d{1,4})\.?$")


def ascii_tables(text: str) -> str:
    """The text with every ASCII-bordered table (two rules or more around its rows)
    written as its rows' text; any other line as it is."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and (_RULE_RE.match(lines[end]) or _ROW_RE.match(lines[end])):
            end += 1
        block = lines[k:end]
        if sum(bool(_RULE_RE.match(ln)) for ln in block) < 2 or not any(
                _ROW_RE.match(ln) for ln in block):
            out.append(lines[k])
            k += 1
            continue
        between: list[str] = []  # (a page break's lines inside the table: after it)
        while (go_on := _continued(lines, end)) is not None:
            between += lines[end:go_on]
            end = go_on
            while end < len(lines) and (_RULE_RE.match(lines[end]) or _ROW_RE.match(lines[end])):
                end += 1
            block = [*block, *lines[go_on:end]]
        for table in _tables(block):
            out += ["", *_table_lines(table), ""]
        out += between
        k = end
    return "\n".join(out)


_BREAK_LINES = 8  # the most lines a page break puts between a table's rows (foot, head)


def _continued(lines: list[str], end: int) -> int | None:
    """Where the table ending open at `end` (its last line a row, no closing rule) goes
    on after a page break: the next line that is a row of the same columns (its bars
    where the last row's stand, no rule above it), with only the page's foot and the next
    page's head between; None when it does not go on."""
    last = lines[end - 1]
    if not _ROW_RE.match(last):
        return None
    for k in range(end, min(end + _BREAK_LINES + 1, len(lines))):
        if _RULE_RE.match(lines[k]):
            return None
        if _ROW_RE.match(lines[k]):
            return k if _bars(lines[k]) == _bars(last) else None
    return None


def _bars(line: str) -> list[int]:
    """Where a row's cell bars stand."""
    return [n for n, c in enumerate(line) if c == "|"]


def _tables(block: list[str]) -> list[Rows]:
    """A run of bordered lines as its tables: a new one where the columns change (a
    letterhead's box above a label table), each line a row of cells, a line whose first
    cell is empty joined to the row above."""
    tables: list[Rows] = []
    rows: Rows = []
    ruled = False  # a rule stands above the line: a row of its own ("|   | I alt |")
    for line in block:
        if _RULE_RE.match(line):
            ruled = True
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if rows and len(cells) != len(rows[-1]):
            tables.append(rows)
            rows = []
        joined, ruled = bool(rows) and not cells[0] and any(cells) and not ruled, False
        if joined:
            for cell, text in zip(rows[-1], cells, strict=True):
                if text:
                    cell[-1:] = [f"{cell[-1]} {text}" if cell else text]
            continue
        rows.append([[c] if c else [] for c in cells])
    return [*tables, rows] if rows else tables


def _table_lines(rows: Rows) -> list[str]:
    """One table's text: an item's heading and facts, else the rows as `table_text`
    reads a Word table's."""
    heads = [" ".join(c).lower() for c in rows[0]]
    # (the title's column second, or after the case number's: "Pkt. | Sagsnr. | Titel")
    title = next((n for n, h in enumerate(heads[1:], 1) if h in ITEM_TITLE_HEADS), 0)
    if len(rows) == 2 and title and heads[0] in ITEM_NUMBER_HEADS and (
            number := _NUMBER_RE.match(" ".join(rows[1][0]))):
        facts = [f"{' '.join(head)}: {' '.join(cell)}" for n, (head, cell) in enumerate(zip(
            rows[0], rows[1], strict=True)) if cell and n not in (0, title)]
        return [f"{number[1]}. {' '.join(rows[1][title])}", *facts]
    if table_columns(" | ".join(heads)):  # a members' table: its rows as the text writes them
        return [" | ".join(" ".join(c) for c in row) for row in rows]
    return [line for text, _ in table_paragraphs(rows) for line in [*text.split("\n"), ""]]
