"""Pandoc's grid tables read as text: a Word table converted with `pandoc -t markdown`
becomes one when a cell holds more than one line, its cells wrapped over many lines:

    +----------------+---------------------------+
    | **Sagsnr.**    | 25-000231                 |
    +----------------+---------------------------+
    | **Økonomiske** | Ingen. Udgiften afholdes  |
    | **konsekvenser** | inden for rammen.       |
    +----------------+---------------------------+

A multiline table (`pandoc -t markdown`'s other table) has no borders: a row of dashes,
one run a column, opens and closes it (a header's lines above that row between two whole
lines of dashes), and a blank line parts its rows:

      ---------------- ----------------------------
      Mødedato:        Tirsdag den 14. januar 2025

      Til stede:       Bodil Kragh (formand), Ole
                       Winther, Inger Marie Hvidt
      ---------------- ----------------------------

Its cells are cut where the runs start. Each row's cells are cut at the column borders
of the rule above them, a cell's wrapped
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
# A multiline table's rules: a run of dashes a column, and a whole line of dashes
_RUNS_RE = re.compile(r"^[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*$")
_WHOLE_DASHES_RE = re.compile(r"^[ \t]*-{3,}[ \t]*$")
_HEADER_LINES = 3  # the most lines a multiline table's header wraps over


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


def _multiline_end(lines: list[str], k: int) -> int | None:
    """The line after the multiline table that opens at line k (its runs of dashes, or
    a whole line of dashes over its header and those runs, a blank line above either);
    None when none opens there (a simple table's runs under its header line)."""
    if k and lines[k - 1].strip():
        return None
    if _WHOLE_DASHES_RE.match(lines[k]):  # (a header: its lines, then the runs)
        head = next((j for j in range(k + 1, min(k + _HEADER_LINES + 2, len(lines)))
                     if not lines[j].strip() or _RUNS_RE.match(lines[j])), None)
        if head is None or head == k + 1 or not lines[head].strip():
            return None
        close = _WHOLE_DASHES_RE
    elif _RUNS_RE.match(lines[k]):
        head, close = k, _RUNS_RE
    else:
        return None
    for j in range(head + 1, len(lines)):
        if close.match(lines[j]):
            return j + 1 if j > head + 1 else None
        if not lines[j].strip() and (j + 1 == len(lines) or not lines[j + 1].strip()):
            return None  # (two blank lines: the table never closed)
    return None


def _multiline(lines: list[str]) -> Rows:
    """The rows of one multiline table (its lines, the dashes included): the header's
    lines one row, then each group of lines between blank lines a row."""
    runs = next(line for line in lines[1:] if _RUNS_RE.match(line)) if _WHOLE_DASHES_RE.match(
        lines[0]) else lines[0]
    starts = [m.start() for m in re.finditer(r"-+", runs)]
    rows: Rows = []
    group: list[str] = []
    for line in [*lines[1:-1], ""]:
        if line.strip() and not _RUNS_RE.match(line):
            group.append(line)
            continue
        if group:
            cells = [[ln[a:b] for ln in group] for a, b in zip(
                starts, [*starts[1:], None], strict=True)]
            rows.append([_paragraphs(c) for c in cells])
        group = []
    return rows


def grid_tables(lines: list[str]) -> list[str]:
    """The lines with every grid or multiline table written as the rows' text, a blank
    line between rows; lines outside a table unchanged."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k + 1
        if _RULE_RE.match(lines[k]):
            while end < len(lines) and (_ROW_RE.match(lines[end]) or _RULE_RE.match(lines[end])):
                end += 1
        if end - k >= 3 and _RULE_RE.match(lines[end - 1]):
            rows = _table(lines[k:end])
        elif (multi := _multiline_end(lines, k)) is not None:
            end, rows = multi, _multiline(lines[k:multi])
        else:
            out.append(lines[k])
            k += 1
            continue
        for text, _ in table_paragraphs(rows):
            out.extend([*text.split("\n"), ""])
        k = end
    return out
