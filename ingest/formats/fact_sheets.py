"""A workbook whose meeting facts stand on a sheet of their own: a case system's export
puts the items' table on one sheet ("Punkter") and the meeting's facts on another
("Møde", "Mødeoplysninger", "Stamdata" – the name is the system's), a label and its
value a row ("Udvalg | Teknisk Udvalg", "Mødedato | 11-12-2025", "Starttid | 15:00"),
under an optional title row or two.

The items' sheet alone names no meeting day above its table, so such a facts sheet's
rows are the head above it (`spreadsheet.workbook_text` reads the items' sheet only).
A sheet is a facts sheet by its shape, not its name: most of its filled rows are a short
label and a value, and one of them is a date label's ("Mødedato", "Dato") value that
reads as a date (a date cell shown as Excel shows it, or text)."""

from __future__ import annotations

import re

from .dates import written_date

# A fact's label: a few words, no sentence ("Mødedato", "Mødested", "Næste møde")
_LABEL_RE = re.compile(r"^[^\W\d_][\w .,/()-]{0,30}:?$")
# The label of the meeting's own day (not "Næste møde", "Udtrukket", "Status")
_DAY_LABEL_RE = re.compile(r"^(?:møde)?dato(?:\s+for\s+mødet)?\s*:?$|^mødedag\s*:?$",
                           re.IGNORECASE)
_MIN_FACTS = 3  # a body, a day and one more (a time, a place)


def _filled(row: list[str]) -> list[str]:
    cells = [" ".join(c.split()) for c in row]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def is_fact_sheet(rows: list[list[str]]) -> bool:
    """Whether the rows are a facts sheet: at least three label | value rows, more of
    them than other filled rows, and a meeting day among them."""
    filled = [cells for row in rows if (cells := _filled(row))]
    facts = [c for c in filled if len(c) == 2 and c[0] and c[1] and _LABEL_RE.match(c[0])]
    return len(facts) >= _MIN_FACTS and 2 * len(facts) > len(filled) and any(
        _DAY_LABEL_RE.match(label) and written_date(value) for label, value in facts)


def _dated(rows: list[list[str]]) -> bool:
    return any(written_date(" ".join(row)) for row in rows)


def facts_above(bodies: list[list[list[str]]], main: int, at: int) -> list[list[str]]:
    """The rows of the other sheets' facts sheets to stand above the items' table (sheet
    `main`, its header row at `at`), a blank row after each; [] when the rows above the
    table name a day already, or no other sheet is a facts sheet."""
    if _dated(bodies[main][:at]):
        return []
    out: list[list[str]] = []
    for k, rows in enumerate(bodies):
        if k != main and is_fact_sheet(rows):
            out += [*rows, []]
    return out
