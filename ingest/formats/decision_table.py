"""A decision given as a table of the recommendation's points, one row a point and the
decision on it beside it, under the item's "Beslutning" heading:

    | Indstilling                    | Beslutning                          |
    | 1. Anlægsbevilling på 14,2 mio. | Anbefales over for Byrådet.         |
    | 3. Udbud i totalentreprise      | Anbefales, dog således at …         |

Read row by row, the head row's cells are section headings ("Indstilling: Beslutning"),
so each row becomes a section pair of its own, or the decision ends up inside the
Indstilling. The table is this meeting's one decision instead: its head row goes, and
each row is a line naming its point as a decision that refers to the Indstilling does
("Indstillingens punkt 3: Udbud i totalentreprise – Anbefales, dog således at …"), so
the decision stays one text and the answer can quote the point's outcome. A table of
one row whose left cell is no numbered point is an item laid out in two columns ("Sag |
Beslutning", `html_columns`), not this: its cells are the item's sections, each under its
column's heading (`section_columns`), as a Word secretary's template prints every item's
"Indstilling | Beslutning" (read row by row, the decision ran on inside the Indstilling).
"""

from __future__ import annotations

import re

from .text_sections import section_name

Rows = list[list[list[str]]]  # rows → cells → the cell's paragraphs (`word_tables.Rows`)

# The left column's head: the recommendation, or its points
_POINT_HEADS = frozenset(["indstilling", "indstillingen", "indstillingens punkt",
                          "indstillingspunkt", "indstillingspunkter", "punkt", "pkt.",
                          "forslag", "forslaget"])
# A point's number at the start of its cell: "1.", "2)", "Punkt 3:", "Pkt. 4"
_POINT_RE = re.compile(r"^(?:(?:punkt|pkt\.?)\s*)?(\d{1,2})\s*[.):]?\s+(\S.*)$", re.IGNORECASE)


def _cell(paras: list[str]) -> str:
    return " ".join(" ".join(p.split()) for p in paras).strip()


def _is_head(row: list[list[str]]) -> bool:
    """"Indstilling | Beslutning": the points' column, then the decision's."""
    if len(row) != 2 or not all(len(c) == 1 for c in row):
        return False
    left, right = (_cell(c).rstrip(":").strip() for c in row)
    return left.lower() in _POINT_HEADS and section_name(right) == "Beslutning"


def _filled(rows: Rows) -> list[list[list[str]]]:
    """The rows below the head row that hold any text."""
    return [r for r in rows[1:] if _cell(r[0]) or _cell(r[1])]


def section_columns(rows: Rows) -> list[str] | None:
    """A one-row "Indstilling | Beslutning" table as its two sections: each column's
    heading over its cell's paragraphs; None for any other table.

    >>> section_columns([[["Indstilling"], ["Beslutning"]],
    ...                  [["At sagen godkendes."], ["Godkendt.", "Afbud: Ib Lund (V)"]]])
    ['Indstilling', 'At sagen godkendes.', 'Beslutning', 'Godkendt.', 'Afbud: Ib Lund (V)']
    """
    if len(rows) < 2 or not _is_head(rows[0]) or any(len(r) != 2 for r in rows[1:]):
        return None
    filled = _filled(rows)
    if len(filled) != 1 or _POINT_RE.match(_cell(filled[0][0])):
        return None
    heads = (section_name(_cell(rows[0][0]).rstrip(":")) or "Indstilling", "Beslutning")
    # (an agenda's empty decision cell heads nothing: no decision)
    return [line for head, cell in zip(heads, filled[0], strict=True) if _cell(cell)
            for line in (head, *(" ".join(p.split()) for p in cell if p.strip()))]


def decision_rows(rows: Rows) -> list[str] | None:
    """The decision's lines of a points' table ("Indstilling | Beslutning"), a row a
    point; None for any other table.

    >>> decision_rows([[["Indstilling"], ["Beslutning"]],
    ...                [["1. Projektet"], ["Godkendt"]], [["2. Bevilling"], ["Udsat."]]])
    ['Indstillingens punkt 1: Projektet – Godkendt', 'Indstillingens punkt 2: Bevilling – Udsat.']
    """
    if len(rows) < 2 or not _is_head(rows[0]) or any(len(r) != 2 for r in rows[1:]):
        return None
    body = [(_cell(left), right) for left, right in _filled(rows)]
    if len(body) == 1 and not _POINT_RE.match(body[0][0]):
        return None  # (one row of the whole Indstilling beside the decision: two sections)
    out: list[str] = []
    for left, right in body:
        said = [" ".join(p.split()) for p in right if p.strip()] or [""]
        point = _POINT_RE.match(left)
        part = f"Indstillingens punkt {point[1]}: {point[2]}" if point else left
        out += [f"{part} – {said[0]}".strip(" –") if part else said[0], *said[1:]]
    return out
