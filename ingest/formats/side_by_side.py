"""Two lists printed side by side under their labels, as `pdftotext -layout` keeps a
header's columns: "Medlemmer:" at the left, "Fraværende:" at the right, a name of each
list on one line ("Ida Ravn (A)     Ole Bak (V)"). Read line by line, each name would
join its neighbour's; `side_by_side` gives each list on lines of its own. One list may
also be set in two columns under its one label, to be read down the left column and then
down the right one ("Medlemmer:" / "Ida Ravn (A), formand      Ole Bak (V)" / …);
`list_columns` gives it one name a line in that order. `text_lines` applies both before
the items and the header are read; the labels they know are the header's
(`text_header_rows.HEADER_FIELD_RE`)."""

from __future__ import annotations

import re

from .text_header_rows import HEADER_FIELD_RE

# Two lists' labels side by side: "Medlemmer:          Fraværende:" (`pdftotext -layout`);
# the left one a field with its value, the right one a list's label over its column
# ("Mødedato:   Tirsdag den 17. maj 2022        Medlemmer:", the facts beside the members)
_TWO_LABELS_RE = re.compile(r"^(\S[^:]{1,30}:)(?:\s+\S.*?)?\s{4,}(\S[^:]{1,30}:)\s*$")
_SLACK = 3  # how far a column's cells may stand from its label's column


def side_by_side(lines: list[str]) -> list[str]:
    """The lines with two lists printed side by side under their labels ("Medlemmer:" at
    the left, "Fraværende:" / "Stedfortræder:" at the right, down to a blank line) as the
    left list, then the right one: each a list of its own, not the line's two halves.

    >>> side_by_side(["Medlemmer:       Afbud:", "Ida Ravn (A)     Ole Bak (V)", "Eva Hald (F)"])
    ['Medlemmer:', 'Ida Ravn (A)', 'Eva Hald (F)', 'Afbud:', 'Ole Bak (V)']
    >>> side_by_side(["Mødedato: 1. maj    Medlemmer:", "Mødested: Byen     Ida Ravn (A)"])
    ['Mødedato: 1. maj', 'Mødested: Byen', 'Medlemmer:', 'Ida Ravn (A)']
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        m = _TWO_LABELS_RE.match(lines[k])
        if not (m and HEADER_FIELD_RE.match(m.group(1)) and HEADER_FIELD_RE.match(m.group(2))):
            out.append(lines[k])
            k += 1
            continue
        col = lines[k].rindex(m.group(2))
        left, right = [lines[k][:col].strip()], [m.group(2)]
        k += 1
        while k < len(lines) and lines[k].strip():
            line = lines[k]
            cut = next((g.start(1) for g in re.finditer(r"\s{2,}(\S)", line)
                        if abs(g.start(1) - col) <= _SLACK), None)
            if cut is None and len(line) - len(line.lstrip()) >= col - _SLACK:
                cut = 0  # the right column's cell alone on its line
            elif cut is None and len(line.rstrip()) > col + _SLACK:
                break  # a line across both columns: the text below them (a cover's note)
            left += [line[:cut].strip()] if cut is None or line[:cut].strip() else []
            right += [line[cut:].strip()] if cut is not None else []
            k += 1
        out += left + right
    return out


# a cell of a list's column: a name of two capitalised words or more, and what follows it
# on its side ("Ulla Dahl (A), 1. viceborgmester")
_NAME_CELL_RE = re.compile(r"^[A-ZÆØÅ][\w.'-]+(?:\s[A-ZÆØÅ][\w.'-]*)+")
_GAP_RE = re.compile(r"\s{3,}(?=\S)")
_LEAST_ROWS = 2  # the rows that must hold a name in both columns


def _gaps(line: str) -> list[int]:
    """Where each cell after a wide gap starts on a line (its indentation no gap)."""
    return [g.end() for g in _GAP_RE.finditer(line.rstrip()) if g.start() > 0]


def list_columns(lines: list[str]) -> list[str]:
    """The lines with a list set in two columns under its label alone on its line (down to
    a blank line) as the left column's names, then the right column's, one a line.

    >>> list_columns(["Medlemmer:", "    Ida Ravn (A)    Ole Bak (V)",
    ...               "  Eva Hald (F)      Kim Lund (C)", "  Bo Dahl (Ø)", ""])
    ['Medlemmer:', 'Ida Ravn (A)', 'Eva Hald (F)', 'Bo Dahl (Ø)', 'Ole Bak (V)', 'Kim Lund (C)', '']
    >>> list_columns(["Deltagere:", "Navn          Parti", "Ida Ravn      A"])[1]
    'Navn          Parti'
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        out.append(lines[k])
        m = HEADER_FIELD_RE.match(lines[k].strip())
        k += 1
        if not (m and lines[k - 1].rstrip().endswith(":") and not m.group(2).strip()):
            continue
        end = next((j for j in range(k, len(lines)) if not lines[j].strip()), len(lines))
        gaps = _gaps(lines[k]) if k < end else []
        col = gaps[0] if len(gaps) == 1 else None
        left, right = [], []
        for line in lines[k:end] if col else []:
            cut = next((g for g in _gaps(line) if abs(g - col) <= _SLACK), len(line))
            cells = [c.strip() for c in (line[:cut], line[cut:]) if c.strip()]
            if not cells or not all(_NAME_CELL_RE.match(c) for c in cells) or (
                    cut == len(line) and _gaps(line)):  # (two cells apart elsewhere)
                break
            left.append(cells[0])
            right += cells[1:]
        else:
            if col and len(right) >= _LEAST_ROWS:
                out += left + right
                k = end
    return out
