"""A members' list in a two-column header whose values are themselves columns, as
`pdftotext -layout` prints an older ESDH system's cover: the name, the party letter and
the role each in a column of its own, two spaces or more between them:

    Deltagere:        Hans Ole Krogh                  V     Formand
                      Kaj Ulrik Bay                   A     Næstformand
                      Marianne Holm                   SF
    Afbud:            Lone Sønderby Kristensen        A

Read as written, the party letter was taken for a person of its own ("V", with the
role) and the name for a member without a party. Each row becomes "Name (P), role", the
form every list reader knows. A row is read so only under a members' or an absence
label ("Deltagere:", "Medlemmer:", "Afbud:", "Fraværende:") or on the lines below it
indented to its value's column, and only where `_MIN_ROWS` rows or more are printed so.
"""

from __future__ import annotations

import re

from .text_people import ABSENT, PRESENT, looks_like_name

_LABEL_RE = re.compile(
    rf"^(?P<label>\s*(?i:{'|'.join(re.escape(w) for w in (*ABSENT, *PRESENT))})\s*:\s*)"
    r"(?P<value>\S.*)$")
# "Hans Ole Krogh      V     Formand": the name, the party letter(s), a role in words
_ROW_RE = re.compile(r"^(?P<name>[^\d():,]+?)\s{2,}(?P<party>[A-ZÆØÅ]{1,3})"
                     r"(?:\s{2,}(?P<role>[A-ZÆØÅa-zæøå][\w .,/-]{1,40}?))?\s*$")
_MIN_ROWS = 2  # rows printed so before the list is read as columns
_INDENT_TOLERANCE = 1  # characters a row may stand off its label's value column


def _row(value: str) -> str | None:
    """One row as "Name (P), role"; None for a value that is no such row."""
    m = _ROW_RE.match(value.strip())
    if not (m and looks_like_name(m["name"])):
        return None
    role = m["role"] or ""
    role = role[:1].lower() + role[1:] if role[1:2].islower() else role  # ("Formand")
    return f"{m['name']} ({m['party']})" + (f", {role}" if role else "")


def party_columns(lines: list[str]) -> list[str]:
    """The lines with each members' row printed in name, party and role columns written
    "Name (P), role" (see the module's note); any other line as it is.

    >>> party_columns(["Deltagere:  Bo Dam    V   Formand", "            Ida Lund  SF",
    ...                "Afbud:      Ole Holm  A", "Mødested:   Rådhuset"])
    ['Deltagere:  Bo Dam (V), formand', '            Ida Lund (SF)', 'Afbud:      Ole Holm (A)', \
'Mødested:   Rådhuset']
    """
    out = list(lines)
    found: dict[int, str] = {}
    col: int | None = None  # the value column of the list being read
    for k, line in enumerate(lines):
        if m := _LABEL_RE.match(line):
            col, value, lead = len(m["label"]), m["value"], m["label"]
        elif col is not None and line.strip() and abs(len(line) - len(line.lstrip()) - col) <= (
                _INDENT_TOLERANCE):
            value, lead = line.strip(), line[:len(line) - len(line.lstrip())]
        else:
            col = None
            continue
        if (row := _row(value)) is not None:
            found[k] = lead + row
    if len(found) < _MIN_ROWS:
        return lines
    for k, row in found.items():
        out[k] = row
    return out
