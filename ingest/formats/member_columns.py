"""A Word table of members in columns, one member a paragraph, as a joint meeting
prints its two committees side by side under "Deltagere":

    | Teknik- og Miljøudvalget     | Plan- og Boligudvalget        |
    | Anders Møller (A), formand   | Birgitte Lassen (V), formand  |
    | Karen Fisker (V)             | Jens Ove Kjær (A)             |
    | Søren Hjort (F) – afbud      | Niels Ebbesen (Ø) – afbud     |

(the names of a column often all in one cell, a paragraph each). Read row by row, the
heads became a "label: value" line and a row's members one run of words, and nobody
was read. Such a table is written out column by column: the body's name as a label of
its own ("Teknik- og Miljøudvalget:") and its members below it, one a line, as the
header's joint-meeting lists are read (`text_header_committee.member_group`); without
heads, the members one a line under the "Deltagere" above the table. A table is read so
when every paragraph below its head row names a person ("First Last (P)", with a role
after a comma and an absence mark after a dash), at least one cell lists two or more,
and a one-column table only under a head naming a body (a box around one list).

A head row may instead name the groups the members belong to ("Politiske medlemmer |
Borgermedlemmer", a § 17, stk. 4-udvalg's two kinds of member): the groups' names are
labels the same way, and such a table is read with one member a cell (its rows pair two
members who have nothing in common; read row by row, the left one's name became a label
of the right one's, and the left column was lost) and with a column shorter than the
other (its last cells empty).
"""

from __future__ import annotations

import re

from .text_header_rows import BODY_NAME_RE
from .text_people import DASH_ABSENT_RE, STATUS_MARK_RE, looks_like_name

Rows = list[list[list[str]]]  # rows → cells → the cell's paragraphs

# a member's name: two words or more before the party and role ("Anders Møller (A), …")
_FULL_NAME_RE = re.compile(r"^[A-ZÆØÅ][\w'.-]+(?:\s+[A-ZÆØÅa-zæøå][\w'.-]*)*\s+[A-ZÆØÅ][\w'.-]+")


def _member(paragraph: str) -> bool:
    """Whether a cell's paragraph names one member ("Søren Hjort (F) – afbud")."""
    bare = DASH_ABSENT_RE.sub("", STATUS_MARK_RE.sub("", paragraph)).strip()
    return bool(_FULL_NAME_RE.match(bare)) and looks_like_name(bare) and not (
        BODY_NAME_RE.search(bare.split(",")[0].split("(")[0].strip()))


# A head naming a group of members: "Politiske medlemmer", "Borgermedlemmer",
# "Brugerrepræsentanter"
_GROUP_HEAD_RE = re.compile(r"^(?:[A-ZÆØÅ][\w-]*\s+){0,2}[\w-]*(?:medlemmer|repræsentanter)$",
                            re.IGNORECASE)


def _group(cell: list[str]) -> str | None:
    """A head cell's group of members ("Borgermedlemmer"), or None."""
    text = " ".join(cell).strip().rstrip(":")
    return text if len(cell) == 1 and _GROUP_HEAD_RE.match(text) else None


def _head(cell: list[str]) -> str | None:
    """A head cell's body ("Teknik- og Miljøudvalget"), or None."""
    text = " ".join(cell).strip().rstrip(":")
    return text if len(cell) == 1 and BODY_NAME_RE.search(text) else None


def member_columns(rows: Rows) -> list[str] | None:
    """The table's members as lists a column each, under its body's name when the head
    row names one; None for any other table.

    >>> member_columns([[["Økonomiudvalget"], ["Byrådet"]],
    ...                 [["Ida Ravn (A), formand", "Ole Bak (V) – afbud"], ["Kim Lund (F)"]]])
    ['Økonomiudvalget:', 'Ida Ravn (A), formand', 'Ole Bak (V) – afbud', 'Byrådet:', 'Kim Lund (F)']
    >>> member_columns([[["Politiske medlemmer"], ["Borgermedlemmer"]],
    ...                 [["Ida Ravn (A), formand"], ["Kim Lund"]], [["Ole Bak (V)"], [""]]])
    ['Politiske medlemmer:', 'Ida Ravn (A), formand', 'Ole Bak (V)', 'Borgermedlemmer:', 'Kim Lund']
    >>> member_columns([[["Udvalg"], ["Økonomiudvalget"]], [["Dato"], ["3. juni 2024"]]])
    """
    width = max((len(row) for row in rows), default=0)
    heads = [_head(cell) for cell in rows[0]] if rows else []
    groups = [_group(cell) for cell in rows[0]] if width >= 2 and not all(heads) else []
    if grouped := len(groups) == width and all(groups):  # (one member a cell, some empty)
        heads, rows = groups, [[[p for p in c if p.strip()] for c in row] for row in rows]
    headed = len(heads) == width and all(heads)
    body = rows[1:] if headed else rows
    if not body or any(len(row) != width for row in body):
        return None
    cells = [cell for row in body for cell in row]
    if not all(_member(p) for cell in cells for p in cell) or not (grouped or any(
            len(cell) >= 2 for cell in cells)) or (width == 1 and not headed):
        return None
    out: list[str] = []
    for k in range(width):
        out += [f"{heads[k]}:"] if headed else []
        out += [p for row in body for p in row[k]]
    return out
