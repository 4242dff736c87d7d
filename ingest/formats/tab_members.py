"""A members' table that Word's "Gem som almindelig tekst" writes a row a line, its cells
parted by tabs: "Medlemmer<TAB>Kommune<TAB>Bemærkning" / "Birgitte Roos (A),
formand<TAB>Holmstrup Kommune<TAB>" / "Morten Sand (A)<TAB>Egeby Kommune<TAB>Afbud" (a
joint body's members and the municipality each comes from). Each row becomes the
member's own line, "(afbud)" after it when a cell says so, as a list under its heading
is read (`members_table.people_lists`); the other cells are no person. The heading may
stand alone above the rows ("Medlemmer" / "Eva Sand (V), formand<TAB>Til stede", an RTF
report's dot-leader list)."""

from __future__ import annotations

import re

from .text_people import ABSENT, PRESENT, looks_like_name

_HEADS = frozenset((*PRESENT, "navn", "medlem"))
_ABSENT_CELL_RE = re.compile(rf"^(?:{'|'.join(ABSENT)}|ikke mødt)$", re.IGNORECASE)


def tab_members(lines: list[str]) -> list[str]:
    """`lines` with a tab-parted members' table as one line a member.

    >>> tab_members(["Medlemmer\\tKommune\\tBemærkning", "Ole Trane (V)\\tLindum Kommune\\t",
    ...              "Morten Sand (A)\\tEgeby Kommune\\tAfbud", "", "Dagsorden"])
    ['Medlemmer', 'Ole Trane (V)', 'Morten Sand (A) (afbud)', '', 'Dagsorden']
    """
    out: list[str] = []
    rows = 0  # rows of the table still to read (a table is open while > 0)
    for line in lines:
        cells = [c.strip() for c in line.split("\t")]
        if rows and len(cells) >= 2 and looks_like_name(cells[0]):
            absent = any(_ABSENT_CELL_RE.match(c) for c in cells[1:])
            out.append(cells[0] + (" (afbud)" if absent else ""))
            continue
        # (or the heading alone on its line: "Medlemmer" / "Name (P), formand<TAB>Til stede")
        rows = int(cells[0].lower() in _HEADS or len(cells) == 1
                   and cells[0].lower().rstrip(":") in _HEADS)
        if rows and len(cells) >= 2 and looks_like_name(
                who := cells[1].split(",")[0]) and len(who.split()) > 1:
            # "Medlemmer<TAB>Ida Holm (A)": a label and its value (no column's head)
            out.append(f"{cells[0]}: {', '.join(c for c in cells[1:] if c)}")
            rows = 0  # (copied from a web page: the list below, a tab before each)
            continue
        out.append(cells[0] if rows else line)
    return out
