"""Pandoc's grid tables read as text: a Word table converted with `pandoc -t markdown`
becomes one when a cell holds more than one line, its cells wrapped over many lines:

    +----------------+---------------------------+
    | **Sagsnr.**    | 25-000231                 |
    +----------------+---------------------------+
    | **Økonomiske** | Ingen. Udgiften afholdes  |
    | **konsekvenser** | inden for rammen.       |
    +----------------+---------------------------+

Each row's cells are cut at the column borders of the rule above them, a cell's wrapped
lines joined into its paragraphs (an empty cell line parts two of them, a list marker
starts one), a whole bold line is the plain words. The rows are then read as a Word
table is (`table_text`): a label and its value as "Sagsnr.: 25-000231", a value of
several paragraphs on lines of their own.
"""

from __future__ import annotations

import re

from .table_text import table_paragraphs
from .word_tables import Rows

_RULE_RE = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
_ROW_RE = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_BOLD_LINE_RE = re.compile(r"^(\*\*|__)(.+)\1$")
_LIST_MARK_RE = re.compile(r"^(?:[-*+]|\d{1,3}[.)])[ \t]+\S")


def _cuts(rule: str) -> list[int]:
    return [k for k, c in enumerate(rule) if c == "+"]


def _cells(line: str, cuts: list[int]) -> list[str]:
    """A row line's cells: cut where the rule's "+" stand, when the line has its "|"
    there; else at every "|" (a line shifted by a wide character)."""
    if len(line.rstrip()) >= cuts[-1] and all(line[c] == "|" for c in cuts):
        return [line[a + 1:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    return line.strip().strip("|").split("|")


def _paragraphs(lines: list[str]) -> list[str]:
    """A cell's lines as its paragraphs."""
    paras: list[str] = []
    fresh = True
    for raw in lines:
        line = raw.strip()
        if bold := _BOLD_LINE_RE.match(line):
            line = bold.group(2).strip()
        if not line:
            fresh = True
            continue
        if fresh or _LIST_MARK_RE.match(line) or paras[-1].endswith("\\"):
            paras.append(line)
        else:
            paras[-1] = f"{paras[-1]} {line}"
        fresh = False
    return [p.rstrip("\\").rstrip() for p in paras]


def _table(lines: list[str]) -> Rows:
    """The rows of one grid table (its lines, rules included)."""
    rows: Rows = []
    cuts = _cuts(lines[0].rstrip())
    cell_lines: list[list[str]] = []
    for line in lines[1:]:
        if _RULE_RE.match(line):
            if cell_lines:
                rows.append([_paragraphs(c) for c in cell_lines])
            cell_lines, cuts = [], _cuts(line.rstrip())
            continue
        cells = _cells(line, cuts)
        if not cell_lines:
            cell_lines = [[] for _ in cells]
        for k, cell in enumerate(cells[: len(cell_lines)]):
            cell_lines[k].append(cell)
    return rows


def grid_tables(lines: list[str]) -> list[str]:
    """The lines with every grid table written as the rows' text, a blank line between
    rows; lines outside a grid table unchanged."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k + 1
        if _RULE_RE.match(lines[k]):
            while end < len(lines) and (_ROW_RE.match(lines[end]) or _RULE_RE.match(lines[end])):
                end += 1
        if end - k < 3 or not _RULE_RE.match(lines[end - 1]):
            out.append(lines[k])
            k += 1
            continue
        for text, _ in table_paragraphs(_table(lines[k:end])):
            out.extend([*text.split("\n"), ""])
        k = end
    return out
