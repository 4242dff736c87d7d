"""A members' table given as rows of cells, its head row first ("Navn | Parti | Funktion |
Fremmøde"), as the labelled lines a minutes header writes: "Deltagere: Ida Holm (V),
formand; Ole Bak (A)", "Afbud: Eva Dal (C)", a line for each run of members present or
absent in the table's order. A web page's table (`html_people`) and a Word table
(`table_text`) are read so.

Such a table may group its rows under rows of one cell across it ("Politisk valgte
medlemmer", "Repræsentanter for lokalområderne"): a group's name, no member. The rows
below a group row naming the administration ("Fra administrationen", as one table of
members and staff has it) are staff: that group's line, which the header reads as no
members. A vacant seat's row ("Ledig plads") names no one and is passed over.

A council of politicians and of the organisations' or local areas' representatives heads
one column with both ("Parti / lokalområde"): a cell there that is no party ("Lokalområde
Nord", "Idrætsforeningerne") is whom the member represents, kept in brackets after the
name as a "Repræsenterer" column's is, never read as part of the name.
"""

from __future__ import annotations

import re

from referat.values import PARTIES, UNALIGNED

from .members_table import row_person

# A members' table's group row over its staff: "Fra administrationen", "Fra forvaltningen"
STAFF_ROW_RE = re.compile(r"^Fra\s+(?:\w+\s+)?(?:administrationen|forvaltningen|sekretariatet)"
                          r"\s*:?$", re.IGNORECASE)
# A seat no one holds, its row in the members' table: "Ledig plads", "Vakant" (no member)
_VACANT_RE = re.compile(r"^(?:ledig(?:\s+plads)?|vakant|ubesat(?:\s+plads)?)$", re.IGNORECASE)
# A party cell: its letter ("V", "(DD)"), a party's name, or a member of none
_PARTY_CELL_RE = re.compile(rf"^\(?[A-ZÆØÅ]{{1,3}}\)?$|^(?i:{UNALIGNED})$")


def members_lines(rows: list[list[str]], heads: list[str], label: str) -> list[str]:
    """The member rows under the head row (`heads`, as `members_table.table_heads` reads
    it) as labelled lines; [] when a row is neither a member nor a group row.

    >>> members_lines([["Ib Holm", "V", "Formand", "Til stede"], ["Fra administrationen"],
    ...                ["Eva Dal", "", "Kommunaldirektør", "Til stede"]],
    ...               ["navn", "parti", "funktion", "fremmøde"], "Deltagere")
    ['Deltagere: Ib Holm (V), formand', 'Fra administrationen: Eva Dal, kommunaldirektør']
    """
    lines: list[tuple[str, list[str]]] = []
    staff = ""  # the staff's group row read last ("Fra administrationen"), if any
    for row in rows:
        if not any(row) or len(row) == 1 < len(heads):
            # (one cell across the table: a group's row; the administration's opens the staff)
            staff = staff or (row[0].rstrip(": ") if row and STAFF_ROW_RE.match(row[0]) else "")
            continue
        if _VACANT_RE.match(row[0]):  # ("Ledig plads | Medlem | Jernløse Skole | –")
            continue
        found = row_person(row, _represented(row, heads)) if len(row) == len(heads) else None
        if found is None:
            return []
        said = staff or (label if found.status == "deltog" else "Afbud")
        entry = f"{found.name}, {found.role}" if found.role else found.name
        if lines and lines[-1][0] == said:
            lines[-1][1].append(entry)
        else:
            lines.append((said, [entry]))
    return [f"{said}: {'; '.join(entries)}" for said, entries in lines]


def _represented(row: list[str], heads: list[str]) -> list[str]:
    """The heads for this row: a party column's cell that is no party ("Lokalområde
    Nord") under the head of whom a member represents."""
    return [("repræsenterer" if head == "parti" and cell.strip() and not _PARTY_CELL_RE.match(
        cell.strip()) and cell.strip().lower() not in PARTIES else head)
        for head, cell in zip(heads, row, strict=False)]
