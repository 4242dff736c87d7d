"""A sheet's participants table (an .xlsx workbook's, or a CSV export's rows above the
items): a header row naming the person's column ("Navn") and what is said of them
("Rolle", "Parti", "Repræsenterer", "Fremmøde"), a row a member. It becomes the head's
lists, as minutes print them: "Deltagere:" with one person a line ("Lis Holm (Nørre
Borgerforening), formand", "Ib Lund (V)") and "Afbud:" with those whose attendance cell
says they were away.

A council whose members come from organisations as well as from the parties heads one
column with both ("Parti / organisation"): its cell is a party's letter ("V"), the letter
with a note ("A - udpeget af Byrådet"), or the organisation ("DH Svendborg (LEV)"), kept
in brackets after the name as a members' table's "Repræsenterer" is. An attendance cell
that says more than the word ("Mødt - gik kl. 16.30 efter pkt. 5") gives the member's
part-time role, as a members' table's does. A row labelling the next thing ("Fra
forvaltningen:" and the staff) is no member: the table ends there.
"""

from __future__ import annotations

import re

from referat.values import PARTIES

from .attendance_cells import said_and_remark
from .slash_heads import known_head

# A participants table's columns, by their heads (lower-case, without a final dot/colon)
_NAME_HEADS = frozenset({"navn", "name", "medlem", "medlemmer", "deltager", "deltagere"})
_ROLE_HEADS = frozenset({"rolle", "funktion", "titel", "post", "hverv"})
_PARTY_HEADS = frozenset({"parti", "party"})
_ORG_HEADS = frozenset({"repræsenterer", "repræsentant for", "organisation", "forening",
                        "udpeget af", "indstillet af", "kommune"})
# Attendance, said in words ("Mødt", "Afbud") or marked ("X") under a head saying which
_ATTENDANCE_HEADS = frozenset({"fremmøde", "status", "deltagelse", "deltog", "til stede",
                               "tilstede", "mødt"})
_ABSENCE_HEADS = frozenset({"afbud", "fraværende", "fravær", "forfald"})
_KINDS = (("name", _NAME_HEADS), ("role", _ROLE_HEADS), ("party", _PARTY_HEADS),
          ("org", _ORG_HEADS), ("attendance", _ATTENDANCE_HEADS), ("absence", _ABSENCE_HEADS))
_KNOWN = frozenset().union(*(heads for _, heads in _KINDS))
# A caption above the participants' table, alone in its row
_CAPTIONS = _NAME_HEADS | _ATTENDANCE_HEADS | {"deltagerliste", "mødedeltagere", "tilstedeværende"}
_ABSENT_RE = re.compile(r"^(?:afbud|fraværende|fravær|forfald|ikke mødt|ikke til stede|nej|"
                        r"meldt afbud)\b", re.IGNORECASE)
_MARK_RE = re.compile(r"^(?:x|ja|✓|✔|1)$", re.IGNORECASE)
_PARTY_RE = re.compile(r"^\(?([A-ZÆØÅ]{1,3})\)?$")
_LETTERS = frozenset(PARTIES.values())
# A party's letter with a note after a dash: "A - udpeget af Byrådet"
_NOTED_PARTY_RE = re.compile(r"^([A-ZÆØÅ]{1,3})\s+[-–]\s+(\S.*)$")
# An organisation cell that gives the party too: "Byrådet (A)"
_BODY_PARTY_RE = re.compile(r"^(.*?)\s*\(([A-ZÆØÅ]{1,3})\)$")
# A row's first cell labelling what follows it: "Fra forvaltningen:", "Referent:"
_LABEL_CELL_RE = re.compile(r"^[^\W\d_][\w .-]{0,30}:$")


def _head(cell: str) -> str:
    return " ".join(cell.split()).lower().rstrip(".:").strip()


def people_columns(row: list[str],
                   is_items: object = lambda row: False) -> dict[str, int] | None:
    """A participants table's header row: its columns by what they hold ("name", "role",
    "party", "org", "attendance", "absence"); None for any other row, or an items table's
    header (`is_items`). A head naming two things a participants table has ("Parti /
    organisation") is the first.

    >>> people_columns(["Navn", "Parti / organisation", "Fremmøde"])
    {'name': 0, 'party': 1, 'attendance': 2}
    """
    found: dict[str, int] = {}
    for k, cell in enumerate(row):
        head = known_head(_head(cell), _KNOWN)
        for kind, heads in _KINDS:
            if head in heads:
                found.setdefault(kind, k)
    return found if "name" in found and len(found) >= 2 and not is_items(row) else None  # type: ignore[operator]


def without_people(rows: list[list[str]],
                   is_items: object = lambda row: False) -> tuple[list[list[str]], list[str]]:
    """The rows without the participants' tables, and those tables as the head's lists
    ("Deltagere:" / one person a line / "Afbud:" / …)."""
    kept: list[list[str]] = []
    tables: list[tuple[dict[str, int], list[list[str]]]] = []
    reading = False  # a table's rows are being read (a row without a name ends them)
    for row in rows:
        name = _cell(row, tables[-1][0]["name"]) if reading else ""
        if name and not _LABEL_CELL_RE.match(name):  # ("Fra forvaltningen:": no member)
            tables[-1][1].append(row)
            continue
        columns = people_columns(row, is_items)
        reading = columns is not None
        if columns is not None:
            tables.append((columns, []))
            if kept and len(kept[-1]) == 1 and _head(kept[-1][0]) in _CAPTIONS:
                kept.pop()  # (its caption, "Deltagere": the lists carry their own labels)
        else:
            kept.append(row)
    present: list[str] = []
    absent: list[str] = []
    for columns, members in tables:
        at = columns.get("attendance")
        # a column of marks ("X" or nothing): an unmarked member was not there
        marks = at is not None and any(_MARK_RE.match(_cell(r, at)) for r in members)
        for row in members:
            line, away = _person(row, columns, marks)
            (absent if away else present).append(line)
    lines = (["Deltagere:", *present] if present else []) + (["Afbud:", *absent] if absent else [])
    return kept, lines


def _cell(row: list[str], k: int | None) -> str:
    return " ".join(row[k].split()) if k is not None and k < len(row) else ""


def _person(row: list[str], columns: dict[str, int], marks: bool) -> tuple[str, bool]:
    """One participant's row as a list line ("Lis Holm (Borgerforeningen), formand") and
    whether they were away (`marks`: the attendance column marks who was there)."""
    name = _cell(row, columns["name"])
    party, noted = _party(_cell(row, columns.get("party")))
    org = _cell(row, columns.get("org"))
    if noted and org and not party:
        party = noted  # (a party column's own words beside an organisation's: as written)
    else:
        org = org or noted
    if (m := _BODY_PARTY_RE.match(org)) and not party and (
            not noted or m.group(2) in _LETTERS):  # (not "DH Svendborg (LEV)")
        org, party = "", m.group(2)  # "Byrådet (A)": a member for the party
    # (an organisation's own brackets inside the name's: "DH Svendborg (LEV)" → "…, LEV")
    org = re.sub(r"\s*\(([^()]+)\)", r", \1", org)
    said = _cell(row, columns.get("attendance"))
    marked = _cell(row, columns.get("absence"))
    away = bool(_ABSENT_RE.match(said) or (marks and not said) or _MARK_RE.match(marked) or (
        _ABSENT_RE.match(marked) and marked.lower() != "nej"))
    # (there, and more said: "Mødt - gik kl. 16.30 efter pkt. 5", the part-time role)
    remark = "" if away else said_and_remark(said)[1]
    role = remark or _cell(row, columns.get("role"))
    line = name + (f" ({party})" if party else "") + (f" ({org})" if org else "")
    line += f", {role[:1].lower()}{role[1:]}" if role else ""
    return line, away


def _party(cell: str) -> tuple[str, str]:
    """A party cell as its letter and what else it says: "A", "(V)", "Venstre" → "V";
    "A - udpeget af Byrådet" → "A" and the note; an organisation's name ("DH Svendborg
    (LEV)", under "Parti / organisation") → no letter, the name."""
    if m := _PARTY_RE.match(cell):
        return m.group(1), ""
    if m := _NOTED_PARTY_RE.match(cell):
        return m.group(1), m.group(2)
    if letter := PARTIES.get(cell.lower()):
        return letter, ""
    return "", cell
