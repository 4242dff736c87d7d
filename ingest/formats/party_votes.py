"""A vote written as a table of the parties, a row each and a column for each side, the
party's mark in the column it voted in:

    Parti | For | Imod | Undlod
    A     |  ✓  |      |
    V     |     |  ✓   |
    C     |     |      |  ✓

(a web page's `<table>`, a Word table; the mark a tick, a ticked box or an "X", an empty
box "☐" no mark). Read
cell by cell the rows say only "A ✓", and which column the mark stood in is lost; the
table is rewritten as the label lines minutes print a vote in, one side a line ("For: A,
F, Ø" / "Imod: V" / "Undlod: C"), which `people.decision_people` reads as any vote. The
head row names the sides and is no vote. A roll call is the same table with a member a
row ("Medlem | For | Imod | Undlod" / "Ida Holm (V) | X | |"), its side lines naming the
members, and a remark column after the sides ("Bemærkning": "Afbud") is no side; a named
vote (navneopråb) prints the member's party in a column beside the name ("Navn | Parti |
Ja | Nej | Undlod" / "Ida Holm | V | X | |"), the voter "Ida Holm (V)", and its totals
row below the members ("I alt | | 10 | 7 | 1") holds counts, no voter. A table
of counts ("Imod | 3") is none of this (`word_rows.data_rows` keeps its columns), nor one
whose rows mark two sides.
"""

from __future__ import annotations

import re

from referat.values import PARTIES

from .ticks import TICKED, UNTICKED

# The head of the column naming the parties, and the heads of the sides
_PARTY_HEADS = frozenset(["parti", "partier", "parti/liste", "liste", "partibogstav",
                          "gruppe", "partigruppe", "politisk parti"])
# The head of a roll call's column of members ("Medlem | For | Imod | Undlod"): each row
# names a member, kept as written but for a role after a dash ("– stedfortræder for …")
_MEMBER_HEADS = frozenset(["medlem", "medlemmer", "byrådsmedlem", "udvalgsmedlem",
                           "kommunalbestyrelsesmedlem", "regionsrådsmedlem"])
# A named vote's (navneopråb) totals below the members: "I alt | | 10 | 7 | 1", no voter
_TOTAL_RE = re.compile(r"^(?:i\s*alt|total|sum|samlet|stemmer\s+i\s+alt)\W*$", re.IGNORECASE)
_MEMBER_ROLE_RE = re.compile(r"(?<=\))\s+[-–—]\s+.*$")
# A column after the sides that is no side: the remark ("Afbud"), read as no vote
_REMARK_HEADS = frozenset(["bemærkning", "bemærkninger", "note", "kommentar", "fravær"])
_SIDES = {"for": "For", "stemte for": "For", "ja": "For",
          "imod": "Imod", "stemte imod": "Imod", "nej": "Imod",
          "undlod": "Undlod", "undlod at stemme": "Undlod", "undlader": "Undlod",
          "hverken for eller imod": "Undlod", "blank": "Undlod"}
# A mark in the column voted in: a tick, a cross, a bullet, a ticked box
_MARK_RE = re.compile(rf"^(?:[xX✗✘×•●*]|{'|'.join(map(re.escape, TICKED))})$")
# A party's letter in brackets after its name ("Socialdemokratiet (A)", "SF - … (F)"),
# alone, or before it ("A - Socialdemokratiet")
_LETTER_RE = re.compile(r"^(?:\S.*?\s)?\(?([A-ZÆØÅ]{1,2})\)?$|^([A-ZÆØÅ]{1,2})\s*[-–:]\s+\S")


def party_letter(cell: str) -> str:
    """A party cell as its letter: "A", "(V)", "Venstre (V)", "Socialistisk Folkeparti",
    "Det Konservative Folkeparti" → "A", "V", "V", "F", "C"; any other text as written.

    >>> [party_letter(c) for c in ("Ø", "Dansk Folkeparti (O)", "Det Konservative Folkeparti",
    ...                            "SF", "A - Socialdemokratiet", "Lokallisten Nord")]
    ['Ø', 'O', 'C', 'F', 'A', 'Lokallisten Nord']
    """
    text = " ".join(cell.split())
    name = text.lower()
    if name in PARTIES:  # ("SF")
        return PARTIES[name]
    if m := _LETTER_RE.match(text):
        return m.group(1) or m.group(2)
    return PARTIES.get(re.sub(r"^det\s+|\s+folkeparti$", "", name)) or text


def _head(cell: str) -> str:
    return " ".join(cell.replace("*", "").rstrip(":").lower().split())


def party_vote_lines(rows: list[list[str]]) -> list[str] | None:
    """The vote lines of such a table (each row its cells' text, the head row first), or
    None when it is no such table: the first head names the parties, every other head a
    side, every row a party with at most one cell marked, and one mark at least.

    >>> party_vote_lines([["Parti", "For", "Imod", "Undlod"], ["A", "✓", "", ""],
    ...                   ["V", "", "X", ""], ["F", "✓", "", ""], ["C", "", "", "x"]])
    ['For: A, F', 'Imod: V', 'Undlod: C']
    >>> party_vote_lines([["Parti", "For", "Imod"], ["A", "5", ""], ["V", "", "2"]])
    >>> party_vote_lines([["Medlem", "For", "Imod", "Bemærkning"], ["Ida Holm (V)", "X", "", ""],
    ...                   ["Bo Ny (A) – stedfortræder for Eva Lund", "", "X", ""],
    ...                   ["Ole Bak (C)", "", "", "Afbud"]])
    ['For: Ida Holm (V)', 'Imod: Bo Ny (A)']
    >>> party_vote_lines([["Navn", "Parti", "Ja", "Nej", "Bemærkning"],
    ...                   ["Ida Holm", "V", "X", "", ""], ["Bo Ny", "A", "", "X", ""],
    ...                   ["Ole Bak", "C", "", "", "Fraværende"], ["I alt", "", "1", "1", ""]])
    ['For: Ida Holm (V)', 'Imod: Bo Ny (A)']
    """
    # (a roll call's party column beside the members: "Navn | Parti | Ja | Nej | Undlod";
    # "Navn" heads the members only so, as any table's names)
    lettered = len(rows[0]) > 3 and _head(rows[0][0]) in (*_MEMBER_HEADS, "navn") and (
        _head(rows[0][1]) in _PARTY_HEADS)
    if len(rows) < 2 or len(rows[0]) < 3 or _head(rows[0][0]) not in (
            *_PARTY_HEADS, *_MEMBER_HEADS) and not lettered:
        return None
    members = lettered or _head(rows[0][0]) in _MEMBER_HEADS
    first = 2 if lettered else 1
    heads = [_head(c) for c in rows[0][first:]]
    while heads and heads[-1] in _REMARK_HEADS:  # (a remark column after the sides)
        heads.pop()
    sides = [_SIDES.get(h) for h in heads]
    if len(sides) < 2 or not all(sides):
        return None
    votes: dict[str, list[str]] = {side: [] for side in sides if side}
    for row in rows[1:]:
        cells = [" ".join(c.split()) for c in row]  # (an empty box is no mark: "☐")
        if cells and _TOTAL_RE.match(cells[0]):
            continue  # (the totals: counts, no marks)
        name = f"{cells[0]} ({party_letter(cells[1])})" if lettered and len(cells) > 1 and (
            cells[1]) else cells[0] if cells else ""
        cells = [name] + ["" if c in UNTICKED else c for c in cells[first:first + len(sides)]]
        if not any(cells):
            continue
        marked = [k for k, c in enumerate(cells[1:]) if c]
        if len(row) != len(rows[0]) or not cells[0] or len(marked) > 1 or not all(
                _MARK_RE.match(cells[1 + k]) for k in marked):
            return None
        if marked:
            voter = _MEMBER_ROLE_RE.sub("", cells[0]) if members else party_letter(cells[0])
            votes[sides[marked[0]] or ""].append(voter)
    lines = [f"{side}: {', '.join(parties)}" for side, parties in votes.items() if parties]
    return lines or None


def side_columns(rows: list[list[list[str]]]) -> list[str] | None:
    """A vote table whose columns are the sides and whose cells name the voters, one a
    paragraph ("For | Imod | Undlod" / "Ida Holm (V)", "Bo Ny (A) | Eva Lund (Ø) | -"),
    as the side lines; None unless every head is a side and some cell names a voter.

    >>> side_columns([[["For"], ["Imod"], ["Undlod"]],
    ...               [["Ida Holm (V)", "Bo Ny (A)"], ["Eva Lund (Ø)"], ["-"]]])
    ['For: Ida Holm (V), Bo Ny (A)', 'Imod: Eva Lund (Ø)']
    """
    sides = [_SIDES.get(_head(" ".join(c))) for c in rows[0]] if len(rows) >= 2 else []
    if len(sides) < 2 or not all(sides) or any(len(r) != len(sides) for r in rows[1:]):
        return None
    votes: dict[str, list[str]] = {side: [] for side in sides if side}
    for row in rows[1:]:
        for side, cell in zip(sides, row, strict=True):
            voters = [v for v in (" ".join(p.split()) for p in cell)
                      if v not in ("", "-", "–", "—")]
            if any(_MARK_RE.match(v) or v.isdigit() for v in voters):
                return None  # (a mark or a count: no voter's name)
            votes[side or ""] += voters
    lines = [f"{side}: {', '.join(names)}" for side, names in votes.items() if names]
    return lines or None
