"""A members' table headed by one cell spanning all its columns ("Udvalgets medlemmer"
merged over Navn | Parti | Funktion) and no row naming the columns: the rows below are
the members, one a row ("Kasper Ejsing | V | Formand", "Anja Krog | F | Medlem – afbud").

Each column is named by what all its cells hold (party letters, an office, an
attendance), so that the rows read as a members' table under its column heads
("Navn | Parti | Funktion"), the spanning cell its heading.
"""

from __future__ import annotations

import re

from .text_people import PRESENT, looks_like_name

_PARTY_RE = re.compile(r"^\(?[A-ZÆØÅ]{1,3}\)?$")
_OFFICE_RE = re.compile(r"^(?:\d\.\s*)?(?:formand|næstformand|medlem|borgmester|"
                        r"viceborgmester|stedfortræder|suppleant)\b", re.IGNORECASE)
_ATTENDANCE_RE = re.compile(r"^(?:deltog|til stede|tilstede|afbud|fraværende|forfald)$",
                            re.IGNORECASE)
_COLUMNS = (("Parti", _PARTY_RE), ("Funktion", _OFFICE_RE), ("Fremmøde", _ATTENDANCE_RE))


def _column_name(cells: list[str]) -> str | None:
    """The head of a column whose every cell holds the same kind of value."""
    return next((name for name, pattern in _COLUMNS
                 if all(pattern.match(c) for c in cells)), None)


def spanned_members(rows: list[list[list[str]]]) -> list[str] | None:
    """The table as a heading, its column heads and its rows ("Kasper Ejsing | V |
    Formand"); None for any other table.

    >>> spanned_members([[["Medlemmer"]], [["Ida Holm"], ["A"], ["Formand"]],
    ...                  [["Ole Bak"], ["V"], ["Medlem"]]])[1:]
    ['Navn | Parti | Funktion', 'Ida Holm | A | Formand', 'Ole Bak | V | Medlem']
    """
    cells = [[" ".join(c).strip() for c in row] for row in rows]
    if len(cells) < 3 or len([c for c in cells[0] if c]) != 1:
        return None
    heading = next(c for c in cells[0] if c)
    if (len(heading.split()) > 4 or re.search(r"\d", heading)
            or not any(word in heading.lower() for word in PRESENT)):
        return None
    body = cells[1:]
    width = len(body[0])
    if width < 2 or any(len(r) != width for r in body) or width < len(cells[0]):
        return None
    if not all(looks_like_name(r[0]) for r in body):
        return None
    heads = ["Navn"] + [_column_name([r[j] for r in body]) for j in range(1, width)]
    if not all(heads) or len(set(heads)) != width:
        return None
    return [heading, " | ".join(h for h in heads if h), *(" | ".join(r) for r in body)]
