"""A council's attendance as a Word table grouped by party, read as the "Deltagere:" and
"Afbud:" lists the header reader knows ("Anders Holt (A), borgmester" a line). Three
layouts:

* a row a party, a column for each status, the members in the cells, several in one
  cell as paragraphs or line breaks, a role beside a name:

      Parti                 | Deltog                                 | Afbud
      Socialdemokratiet (A) | Anders Holt, borgmester / Birthe Vang  | Mona Krag

* a party column beside the members' own ("Parti | Navn | Funktion | Fremmøde"), the
  party's cell merged down over its members (empty below its first row), or one row a
  party with its names and their statuses line by line in the cells;
* a members' table ("Navn | Funktion | Fremmøde", or a mark under "Til stede" /
  "Afbud") whose members stand under a group row naming their party, one cell across
  the table ("Venstre (V)").

Each member gets the party's letter after the name (`party_votes.party_letter`), a
status from its column, its cell ("Afbud", "Til stede") or its mark, and the role
beside the name ("…, 1. viceborgmester", "… (formand)") or in its own column. Read row
by row, such a table makes people of the column heads and the party names, glues a
cell's names together and loses which column a name stood in; a table of no party stays
as it was.
"""

from __future__ import annotations

import re

from .party_votes import party_letter
from .ticks import TICKED

Rows = list[list[list[str]]]  # rows → cells → the cell's paragraphs

_PARTY_HEADS = frozenset(["parti", "partier", "parti/liste", "liste", "partigruppe", "gruppe",
                          "politisk parti"])
_PRESENT_HEADS = frozenset(["deltog", "til stede", "tilstede", "fremmødt", "fremmødte", "mødt",
                            "deltagere", "tilstedeværende"])
_ABSENT_HEADS = frozenset(["afbud", "fraværende", "fravær", "forfald", "ikke til stede",
                           "meldt afbud"])
_NAME_HEADS = frozenset(["navn", "medlem", "medlemmer", "byrådsmedlem", "deltager"])
_ROLE_HEADS = frozenset(["rolle", "funktion", "titel", "post", "hverv"])
_STATE_HEADS = frozenset(["fremmøde", "status", "deltagelse", "tilstedeværelse"])
_MARK_RE = re.compile(rf"^(?:[xX✓✔•●*]|ja|Ja|{'|'.join(map(re.escape, TICKED))})$")
_ABSENT_RE = re.compile(r"^(?:afbud|fraværende|fravær|forfald|ikke (?:til stede|mødt)|"
                        r"nej|meldt afbud)\b", re.IGNORECASE)
# A role beside the name: "Anders Holt, borgmester", "Lars Hede (formand)"
_ROLE_RE = re.compile(r"^(?P<n>[^,()]+?)\s*(?:,\s*(?P<r>[^,()]{2,40})|\((?P<b>(?:\d\.\s*)?"
                      r"[a-zæøå][^()]{1,40})\))$")
_PARTY_IN_NAME_RE = re.compile(r"\([A-ZÆØÅ]{1,3}\)")


def _head(cell: list[str]) -> str:
    return " ".join(" ".join(cell).replace("*", "").rstrip(":").lower().split())


def _names(cell: list[str]) -> list[str]:
    """A cell's names: one a paragraph, a line or a ";" part."""
    return [n for p in cell for line in p.split("\n") for n in (
        part.strip(" ,") for part in line.split(";")) if n]


def _entry(name: str, party: str, role: str = "") -> str:
    """"Anders Holt, borgmester" of party "A" → "Anders Holt (A), borgmester"."""
    if m := _ROLE_RE.match(name):
        name, role = m.group("n"), role or (m.group("r") or m.group("b") or "").strip()
    if party and not _PARTY_IN_NAME_RE.search(name):
        name = f"{name} ({party})"
    return f"{name}, {role[:1].lower()}{role[1:]}" if role else name


def _lines(present: list[str], absent: list[str]) -> list[str] | None:
    lists = [("Deltagere", present), ("Afbud", absent)]
    return [f"{label}:\n" + "\n".join(names) for label, names in lists if names] or None


def party_attendance(rows: Rows) -> list[str] | None:
    """The lists of such a table (each cell its paragraphs, the head row first), or None
    for any other table.

    >>> print("\\n".join(party_attendance([[["Parti"], ["Deltog"], ["Afbud"]],
    ...     [["Venstre (V)"], ["Kirsten Dal, 1. viceborgmester\\nIb Sand"], ["Tom Agger"]],
    ...     [["Enhedslisten (Ø)"], ["Signe Holm"], []]])))
    Deltagere:
    Kirsten Dal (V), 1. viceborgmester
    Ib Sand (V)
    Signe Holm (Ø)
    Afbud:
    Tom Agger (V)
    """
    if len(rows) < 2:
        return None
    heads = [_head(c) for c in rows[0]]
    party = next((k for k, h in enumerate(heads) if h in _PARTY_HEADS), None)
    if party is not None and all(h in _PRESENT_HEADS | _ABSENT_HEADS
                                 for k, h in enumerate(heads) if k != party):
        return _by_status_columns(rows, heads, party)
    if any(h in _NAME_HEADS for h in heads):
        return _by_members(rows, heads, party)
    return None


def _by_status_columns(rows: Rows, heads: list[str], party: int) -> list[str] | None:
    """A row a party, its members in its status columns."""
    present: list[str] = []
    absent: list[str] = []
    letter = ""
    for row in rows[1:]:
        if len(row) != len(heads) or not any(row):
            if any(row):
                return None
            continue
        letter = party_letter(" ".join(row[party])) or letter  # (merged down: the one above)
        if not letter:
            return None
        for k, cell in enumerate(row):
            if k != party:
                (absent if heads[k] in _ABSENT_HEADS else present).extend(
                    _entry(n, letter) for n in _names(cell))
    return _lines(present, absent)


def _by_members(rows: Rows, heads: list[str], party: int | None) -> list[str] | None:
    """A member a row (or a row's line), the party from its column (merged down) or from
    a group row above; None unless a party is named and some member's status is."""
    name = next(k for k, h in enumerate(heads) if h in _NAME_HEADS)
    roles = [k for k, h in enumerate(heads) if h in _ROLE_HEADS]
    states = [k for k, h in enumerate(heads) if h in _STATE_HEADS]
    marks = {k: h in _ABSENT_HEADS for k, h in enumerate(heads)
             if h in _PRESENT_HEADS | _ABSENT_HEADS}
    if not states and not marks or (party is None and not any(
            _group(row) for row in rows[1:])):
        return None
    present: list[str] = []
    absent: list[str] = []
    letter = ""
    grouped = merged = False
    for row in rows[1:]:
        if party is None and (group := _group(row)):
            letter, grouped = group, True
            continue
        if len(row) != len(heads):
            return None
        if party is not None and row[party]:
            letter = party_letter(" ".join(row[party]))
        elif party is not None:
            merged = True  # (the party's cell merged down over its members)
        names = _names(row[name])
        if not names or not letter:
            if any(row):
                return None
            continue
        for n, person in enumerate(names):
            role = _nth(row, roles, n, len(names))
            state = _nth(row, states, n, len(names))
            ticked = {k for k in marks if _MARK_RE.match(_nth(row, [k], n, len(names)))}
            away = bool(_ABSENT_RE.match(state)) or any(marks[k] for k in ticked) or (
                not states and any(not a for a in marks.values())
                and not any(not marks[k] for k in ticked))  # (no mark under "Til stede")
            (absent if away else present).append(_entry(person, letter, role))
    if party is not None and not grouped and not merged and not any(
            len(_names(row[name])) > 1 for row in rows[1:] if len(row) == len(heads)):
        return None  # (a party a member, as a members' table writes it: read as before)
    return _lines(present, absent)


def _nth(row: list[list[str]], columns: list[int], n: int, count: int) -> str:
    """The `n`th of `count` names' value in the first of `columns`: its own line when the
    cell has a line a name, else the cell's whole text."""
    if not columns:
        return ""
    lines = _names(row[columns[0]])
    return lines[n] if len(lines) == count else " ".join(lines)


def _group(row: list[list[str]]) -> str:
    """A group row's party letter: one filled cell naming a party ("Venstre (V)",
    "Socialdemokratiet"); "" for any other row."""
    filled = [" ".join(c) for c in row if any(c)]
    if len(filled) != 1:
        return ""
    letter = party_letter(filled[0])
    return letter if letter != filled[0] or re.fullmatch(r"[A-ZÆØÅ]{1,2}", letter) else ""
