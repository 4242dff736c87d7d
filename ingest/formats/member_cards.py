"""A council's members as a grid of cards, one member a cell, several cells a row, as a
Word template prints "Byrådets medlemmer" over three or four columns:

    | Ida Holm         | Ole Bak                | Tove Dal     |
    | A · Borgmester   | V · 1. viceborgmester  | F            |
    |                  | Afbud                  |              |

(each cell its paragraphs: the name, the party letter with the role after a middle dot,
a dash or a comma, and an attendance word when the member was away). Read row by row,
a row's cells became one run of names, parties and roles that no list reader knows, and
the members present were lost. Such a table is written out as the "Deltagere:" and
"Afbud:" lists the header reader knows ("Ida Holm (A), borgmester" a line). A table is
read so only when every filled cell is such a card (a name of two words or more, then
a party cell) and it has two columns or more and four cards or more.
"""

from __future__ import annotations

import re

from .text_people import looks_like_name

Rows = list[list[list[str]]]  # rows → cells → the cell's paragraphs

# "A · Borgmester", "V - 1. viceborgmester", "Ø", "C, formand"
_PARTY_CELL_RE = re.compile(r"^(?P<p>[A-ZÆØÅ]{1,3})(?:\s*[·•|,–-]\s*(?P<r>\S.{0,40}))?$")
_ABSENT_RE = re.compile(r"^(?:afbud|fraværende|fravær|forfald|ikke mødt)\.?$", re.IGNORECASE)
_PRESENT_RE = re.compile(r"^(?:til stede|tilstede|deltog|mødt)\.?$", re.IGNORECASE)
_NAME_RE = re.compile(r"^[A-ZÆØÅ][\w'.-]+(?:\s+[A-ZÆØÅa-zæøå][\w'.-]*)*\s+[A-ZÆØÅ][\w'.-]+$")


def _card(cell: list[str]) -> tuple[str, bool] | None:
    """A card's entry ("Ida Holm (A), borgmester") and whether the member was present;
    None when the cell is no card."""
    paras = [p.strip() for p in cell if p.strip()]
    if len(paras) < 2 or len(paras) > 3 or not _NAME_RE.match(paras[0]) or not (
            looks_like_name(paras[0])):
        return None
    party = _PARTY_CELL_RE.match(paras[1])
    if not party:
        return None
    present = True
    if len(paras) == 3:
        if _ABSENT_RE.match(paras[2]):
            present = False
        elif not _PRESENT_RE.match(paras[2]):
            return None
    role = (party.group("r") or "").strip()
    entry = f"{paras[0]} ({party.group('p')})"
    return (f"{entry}, {role[:1].lower()}{role[1:]}" if role else entry), present


def member_cards(rows: Rows) -> list[str] | None:
    """The grid's "Deltagere:" and "Afbud:" lists, or None for any other table.

    >>> print("\\n".join(member_cards([
    ...     [["Ida Holm", "A · Borgmester"], ["Ole Bak", "V", "Afbud"]],
    ...     [["Tove Dal", "F"], ["Jens Kru", "C · Medlem"]]])))
    Deltagere:
    Ida Holm (A), borgmester
    Tove Dal (F)
    Jens Kru (C), medlem
    Afbud:
    Ole Bak (V)
    """
    if max((len(row) for row in rows), default=0) < 2:
        return None
    present: list[str] = []
    absent: list[str] = []
    for row in rows:
        for cell in row:
            if not any(p.strip() for p in cell):
                continue  # (the last row's empty cells)
            card = _card(cell)
            if card is None:
                return None
            (present if card[1] else absent).append(card[0])
    if len(present) + len(absent) < 4:
        return None
    lists = [("Deltagere", present), ("Afbud", absent)]
    return [f"{label}:\n" + "\n".join(names) for label, names in lists if names]
