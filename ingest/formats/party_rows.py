"""A members' table row run together by a PDF's text, the party's letter between the name
and a remark: "Henrik Lund V Forlod mødet kl. 21.05" under "Navn Parti Bemærkning" is the
cells "Henrik Lund" | "V" | "Forlod mødet kl. 21.05". The letter standing alone parts the
name (capitalised words) from the remark, which may be any sentence; the rows the
attendance rules read whole ("Ida Holm A Afbud") are read as before
(`members_table.table_person`), this only where they read none."""

from __future__ import annotations

import re

# The remark columns after "navn" and "parti" this reads
_REMARK_HEADS = frozenset({"bemærkning", "bemærkninger", "note", "rolle", "funktion"})
_ROW_RE = re.compile(r"^(?P<name>[A-ZÆØÅ][\w.'-]*(?:\s+[A-ZÆØÅ][\w.'-]*){1,4})\s+"
                     r"(?P<party>[A-ZÆØÅ]{1,3})(?:\s+(?P<rest>\S.*))?$")


def party_cells(row: str, columns: list[str]) -> list[str] | None:
    """The row's cells when the table's columns are the name, the party and a remark and
    the row is no table's row of cells already; else None.

    >>> party_cells("Henrik Lund V Forlod mødet kl. 21.05", ["navn", "parti", "bemærkning"])
    ['Henrik Lund', 'V', 'Forlod mødet kl. 21.05']
    >>> party_cells("Ida Holm | A | Afbud", ["navn", "parti", "bemærkning"]) is None
    True
    """
    if "|" in row or len(columns) != 3 or columns[:2] != ["navn", "parti"] or (
            columns[2] not in _REMARK_HEADS):
        return None
    m = _ROW_RE.match(row.strip())
    return [m["name"], m["party"], m["rest"] or ""] if m else None
