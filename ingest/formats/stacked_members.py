"""A members' table in a PDF's head whose text gives each cell a line of its own, and an
empty cell no line at all (reportlab's or Word's grid, read as plain text):

    Navn
    Parti
    Bemærkning
    Henrik Ploug
    C
    Formand
    Jonas Hedegaard
    V
    Amir Haddad
    B
    Afbud

Read as lines, the party letters and the remarks were taken for people ("C", "F"), the
"Afbud" of one row sent the rows after it apologies, and the roles were lost. Here a
row starts at a member's name (two words or more), its party cell (a letter, or a
party's name) and its remark cells (a role, an attendance word, a "Fremmøde" column's
tick or cross, "✓" / "✗") follow when filled, and the table ends at the first line that
is neither. The table is written out as the labelled lists a minutes header writes
("Deltagere: Henrik Ploug (C), formand; Jonas Hedegaard (V)", "Afbud: Amir Haddad (B)"),
which `text_header` reads. An Acadre print's table has no head row, only the list's
label above it ("Medlemmer" / "Knud Holm" / "A" / "Formand" / "Deltog"): read as such a
table where every row shows its party cell and its attendance cell, an attendance with
the part of the meeting ("Deltog fra kl. 9.15, pkt. 41") the member's role.
"""

from __future__ import annotations

import re

from referat.values import PARTIES

from .paired_members import paired_members
from .status_rows import LIST_LABELS, status_rows
from .text_people import ABSENT, PRESENT_WORDS, clean_heading, looks_like_name
from .ticks import TICKED, UNTICKED

# The head row's cells: the name's first, then the party's and the remarks' in any order
_NAME_HEADS = frozenset({"navn", "medlem", "medlemmer", "udvalgsmedlem"})
_OTHER_HEADS = frozenset({"parti", "partibogstav", "bemærkning", "bemærkninger", "rolle",
                          "funktion", "fremmøde", "status", "note", "fraværende", "fravær",
                          *(_BODY_HEADS := frozenset({"udpeget af", "valgt af", "indstillet af",
                                                      "repræsenterer", "organisation"})),
                          *(_PRESENCE_HEADS := frozenset({"tilstede", "til stede", "fremmødt",
                                                          "fremmøde", "deltog"}))})
# A yes/no column's answers ("Tilstede" / "Ja"; "Fraværende" / "Ja"), a tick or a cross
# too ("Fremmøde" / "✓", "✗", as a legend "✓ = til stede ✗ = fraværende" below says)
_ANSWERS = {"ja": True, "x": True, "nej": False, "-": False,
            **dict.fromkeys(TICKED, True), **dict.fromkeys(UNTICKED, False)}
# A column before the name's saying whom the member sits for: "Kommune / myndighed" /
# "Holstebro Kommune" (a joint body's grid: each row opens with the member's authority)
_LEAD_HEADS = frozenset({"kommune", "kommune / myndighed", "kommune/myndighed", "myndighed",
                         "kommune / organisation", "organisation", "udpeget af"})
_PARTY_CELL_RE = re.compile(r"^[A-ZÆØÅ]{1,2}$")
_ROLE_CELL_RE = re.compile(r"^(?:\d\.\s*)?(?:formand|næstformand|medlem|borgmester|"
                           r"viceborgmester|stedfortræder|suppleant)$", re.IGNORECASE)
# A substitute's role cell, naming whom the member stood in for: "Stedfortræder for Eva Dal"
_SUBSTITUTE_CELL_RE = re.compile(r"^(?:stedfortræder|suppleant)\s+for\s+[A-ZÆØÅ][\w'.-]+"
                                 r"(?:\s+[A-ZÆØÅ][\w'.-]+){0,4}$", re.IGNORECASE)
_MIN_ROWS = 2
# An attendance cell with the part of the meeting the member was at: "Deltog fra kl. 9.15,
# pkt. 41", "Til stede til punkt 6"
_PART_CELL_RE = re.compile(r"^(?:deltog|til\s+stede|tilstede|mødt)\s+(?:fra|til|indtil|under)\s+"
                           r"(?:kl\.?|pkt\.?|punkt)\s*\d[\w .:,]{0,40}$", re.IGNORECASE)
# A remark cell saying when the member left or came, by the clock or the items: "Forlod
# mødet kl. 20:15 – deltog ikke i pkt. 149-152", "Ankom kl. 16.10", "Deltog ikke i pkt. 5"
_LEFT_CELL_RE = re.compile(r"^(?:(?:forlod\s+mødet|gik\s+fra\s+mødet|ankom|kom)\s+(?:kl\.?|efter|"
                           r"før|under|inden|fra|til|ved)|deltog\s+ikke\s+i)\s+[^\n]{0,100}?\d"
                           r"[^\n]{0,60}$", re.IGNORECASE)
_REMARK_HEADS = frozenset({"bemærkning", "bemærkninger", "note"})


def _name(line: str) -> bool:
    """A member's name cell: two words or more, a name's words ("Lærke Bisgaard")."""
    return len(line.split()) >= 2 and not any(c.isdigit() for c in line) and looks_like_name(line)


def _party(line: str) -> str | None:
    """The party a cell names, by its letter ("C", "Ø") or its name ("Venstre")."""
    if _PARTY_CELL_RE.match(line):
        return line
    return PARTIES.get(line.lower())


def _heads(lines: list[str], k: int) -> int:
    """How many lines from `k` are the table's head row (0 when none): "Navn" and then
    one or more of "Parti", "Bemærkning", "Rolle" … a line each ("Kommune / myndighed"
    before "Navn" too)."""
    lead = int(clean_heading(lines[k]).lower() in _LEAD_HEADS and k + 1 < len(lines))
    if clean_heading(lines[k + lead]).lower() not in _NAME_HEADS:
        return 0
    n = 1 + lead
    while k + n < len(lines) and clean_heading(lines[k + n]).lower() in _OTHER_HEADS:
        n += 1
    return n if n >= 2 else 0


_Row = tuple[str, str, str, bool, bool]  # name, party, role, absent, an attendance cell read


def _rows(lines: list[str], k: int, heads: set[str], lead: int = 0) -> tuple[list[_Row], int]:
    """The rows from line `k` on (name, party, role, absent, whether the row has an
    attendance cell), and the line after them. A column of who appointed the member
    ("Udpeget af" / "Vestby Kommune") is no part of the name; a yes/no column says
    whether the member came ("Tilstede" / "Nej"); an attendance cell with the part of the
    meeting ("Deltog fra kl. 9.15, pkt. 41") is present, its note the member's role."""
    rows: list[_Row] = []
    j = k
    presence = heads & _PRESENCE_HEADS or heads & {"fraværende", "fravær"}
    while j + lead < len(lines) and lines[j].strip() and _name(line := lines[j + lead].strip()):
        line = line.split(",")[0].strip() if lead else line  # ("…, borgmester": an office)
        party, role, absent, said = "", "", False, False
        j += 1 + lead
        if j < len(lines) and (letter := _party(lines[j].strip())):
            party, j = letter, j + 1
        if heads & _BODY_HEADS and j < len(lines) and (cell := lines[j].strip()) and not (
                _ROLE_CELL_RE.match(cell) or cell.lower() in _ANSWERS):
            j += 1  # (the appointing body's cell)
        while j < len(lines) and (cell := lines[j].strip().rstrip(".")):
            if _ROLE_CELL_RE.match(cell) and not role:
                role = cell.lower()
            elif _SUBSTITUTE_CELL_RE.match(cell) and not role:
                role = cell[:1].lower() + cell[1:]  # ("stedfortræder for Eva Dal")
            elif cell.lower() in ABSENT or cell.lower() in PRESENT_WORDS:
                absent, said = cell.lower() in ABSENT, True
            elif _PART_CELL_RE.match(cell):  # (present for part of the meeting)
                role, said = ", ".join(filter(None, (role, cell.lower()))), True
            elif not role and _LEFT_CELL_RE.match(cell):  # (left or came: the note the role)
                role = _left_note(cell)
            elif presence and cell.lower() in _ANSWERS:
                absent, said = _ANSWERS[cell.lower()] != bool(heads & _PRESENCE_HEADS), True
            elif heads & _REMARK_HEADS and _next_row(lines, j + 1):
                pass  # (a remark of another kind, the next row below it: "Ærølisten")
            else:
                break
            j += 1
        rows.append((line, party, role, absent, said))
    return rows, j


def _next_row(lines: list[str], j: int) -> bool:
    """Whether a row starts at line `j`: a member's name over a party's cell."""
    return j + 1 < len(lines) and _name(lines[j].strip()) and bool(_party(lines[j + 1].strip()))


def _left_note(cell: str) -> str:
    """A remark cell on leaving or coming as the member's role: the items missed first
    when the cell names them after the clock ("Forlod mødet kl. 20:15 – deltog ikke i pkt.
    149-152" → "deltog ikke i pkt. 149-152 (forlod mødet kl. 20:15)"), as a list's entry
    gives them (`part_time` reads the items from the phrase at the entry's end)."""
    clock, dash, items = cell.lower().partition(" – ")
    return f"{items} ({clock})" if dash and items.startswith("deltog ikke") else cell.lower()


def _entry(name: str, party: str, role: str) -> str:
    """A member's entry in a header's list: "Ida Holm (V), formand"; roles with a comma
    in one bracket ("Eva Dal (O) (deltog fra kl. 9.15, pkt. 41)"), as `status_rows`
    writes them, so that the comma parts no two entries; a note on leaving or coming
    after a dash ("Bo Ry (O) – forlod mødet kl. 20:15"), as a list writes it."""
    entry = name + (f" ({party})" if party else "")
    if not role:
        return entry
    if _LEFT_CELL_RE.match(role):
        return f"{entry} – {role}"
    return f"{entry} ({role})" if "," in role else f"{entry}, {role}"


def _written(lines: list[str], k: int, rows: list[_Row], end: int) -> list[str]:
    """`lines` with the table from line `k` to `end` written out as the header's lists."""
    entries: dict[str, list[str]] = {"Deltagere": [], "Afbud": []}
    for name, party, role, absent, _ in rows:
        entries["Afbud" if absent else "Deltagere"].append(_entry(name, party, role))
    written = [f"{label}: {'; '.join(names)}" for label, names in entries.items() if names]
    # (the table ends its lists: a sentence below it, "Fra administrationen deltog …",
    # is no wrapped part of the last list; a paragraph's break says so)
    after = lines[end].strip() if end < len(lines) else ""
    gap = [""] if after and ":" not in after else []
    return [*lines[:k], *written, *gap, *lines[end:]]


def _headless(lines: list[str]) -> list[str] | None:
    """`lines` with a table under a list's label alone and no head row written out
    ("Medlemmer" / "Knud Holm" / "A" / "Formand" / "Deltog" / "Eva Dal" / "O" / "Afbud"),
    or None when there is none: every row must show its party cell and its attendance
    cell, which tell such a grid from a list of names (`paired_members`)."""
    for k, line in enumerate(lines):
        if clean_heading(line).lower() not in LIST_LABELS:
            continue
        rows, end = _rows(lines, k + 1, set())
        if len(rows) >= _MIN_ROWS and all(party and said for _, party, _, _, said in rows):
            return _written(lines, k, rows, end)
    return None


def stacked_members(lines: list[str]) -> list[str]:
    """`lines` (a minutes head) with such a table written out as "Deltagere:" and "Afbud:"
    lines; unchanged when no head row "Navn" / "Parti" / … over two or more rows is there.

    >>> stacked_members(["Navn", "Parti", "Bemærkning", "Ida Holm", "V", "Formand",
    ...                  "Ole Bak", "A", "Afbud", "Eva Lund", "C", "Sag"])
    ['Deltagere: Ida Holm (V), formand; Eva Lund (C)', 'Afbud: Ole Bak (A)', '', 'Sag']
    >>> stacked_members(["Navn", "Parti", "Funktion", "Ida Holm", "V", "Medlem", "Ole Bak", "A",
    ...                  "Stedfortræder for Eva Lund", "Til stede"])[0]
    'Deltagere: Ida Holm (V), medlem; Ole Bak (A), stedfortræder for Eva Lund'
    >>> head = stacked_members(["Medlemmer", "Ida Holm", "V", "Formand", "Deltog", "Ole Bak",
    ...                         "A", "Afbud", "Eva Lund", "C", "Deltog fra kl. 9.15, pkt. 4"])
    >>> head[0]
    'Deltagere: Ida Holm (V), formand; Eva Lund (C) (deltog fra kl. 9.15, pkt. 4)'
    >>> head[1]
    'Afbud: Ole Bak (A)'
    """
    # (a name and its role a line each, no head row; a name and its status a line each)
    lines = paired_members(status_rows(lines))
    for k in range(len(lines)):
        heads = _heads(lines, k)
        if not heads:
            continue
        lead = int(clean_heading(lines[k]).lower() in _LEAD_HEADS)  # (a cell before the name)
        rows, end = _rows(lines, k + heads, {clean_heading(h).lower() for h in lines[k:k + heads]},
                          lead)
        if len(rows) < _MIN_ROWS:
            continue
        return _written(lines, k, rows, end)
    return _headless(lines) or lines
