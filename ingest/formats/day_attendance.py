"""An attendance table with one column per day of a meeting held over days (suspended one
evening and resumed the next day), as a council's markdown export prints it in the head:

    | Navn | Parti | 27.02.2025 | 28.02.2025 |
    | Birgit Friis, borgmester | A | ✓ | ✓ |
    | Søren Bonde | V | ✓ | Afbud |
    | Martha Dam | L | ✓ (fra kl. 17.35) | ✓ |
    | Tove Hald (stedfortræder for Søren Bonde) | V | – | ✓ |

It is the meeting's list of members, fuller than the apologies listed day by day above
it: a member there on some day took part, and one there on no day sent apologies. A
member away on a later day only is absent from that day's items (the items after the one
the meeting was suspended in, `continued.Resumed.after`), as the head's day notes say
it (`day_notes`): "fraværende fra punkt 5". A substitute called for some day only missed
nothing. The role is what the name's cell adds: "borgmester" after a comma, "stedfortræder
for Søren Bonde" in brackets; a note in a day's cell ("fra kl. 17.35") when no other.
"""

from __future__ import annotations

import re
from datetime import date

from referat.domain import AgendaItem, Participant

from .continued import Resumed
from .dates import written_date
from .md_html import pipe_cells

_NAME_HEAD_RE = re.compile(r"^(?:navn|medlem|medlemmer)$", re.IGNORECASE)
_PARTY_HEAD_RE = re.compile(r"^(?:parti|liste)$", re.IGNORECASE)
# A day's cell: there ("✓", "x", "Ja", "Deltog", "✓ (fra kl. 17.35)"), or not
_PRESENT_RE = re.compile(r"^(?:[✓✔☑xX]|ja|deltog|til\s+stede)(?:\s*\((?P<note>[^()]*)\))?$",
                         re.IGNORECASE)
_ABSENT_RE = re.compile(r"^(?:[-–—÷]|afbud|fraværende|forfald|nej|ikke\s+indkaldt)?$",
                        re.IGNORECASE)
_PARTY_RE = re.compile(r"^\(?([A-ZÆØÅ]{1,3})\)?$")
# The name's cell: "Name, role" or "Name (role)"
_NAME_ROLE_RE = re.compile(r"^(?P<name>[^,()]+?)\s*(?:,\s*(?P<role>[^()]+)|\((?P<brk>[^()]+)\))$")


def _cells(line: str) -> list[str]:
    """A markdown table row's cells ("| a | b |"), or none for another line."""
    s = line.strip()
    if not (s.startswith("|") and s.endswith("|") and len(s) > 1):
        return []
    return [c.strip("*").strip() for c in pipe_cells(s)]


def _day(cell: str, year: int) -> date | None:
    """The day a column's head names: "27.02.2025", "28/2", "Fredag den 28. februar"."""
    text = cell if re.search(r"\b(?:19|20)\d\d\b", cell) else f"{cell} {year}"
    found = written_date(text)
    return found[0] if found else None


def _table(head: list[str], first_day: date) -> tuple[list[date], list[list[str]], bool] | None:
    """The table's days, its rows' cells and whether it has a party column."""
    for i, line in enumerate(head):
        cells = _cells(line)
        if len(cells) < 3 or not _NAME_HEAD_RE.match(cells[0]):
            continue
        party = bool(_PARTY_HEAD_RE.match(cells[1]))
        days = [_day(c, first_day.year) for c in cells[1 + party:]]
        if len(days) < 2 or None in days or days[0] != first_day:
            return None
        rows = []
        for row in head[i + 1:]:
            if not (found := _cells(row)):
                break
            if all(re.fullmatch(r":?-*:?", c) for c in found):
                continue  # (the rule under the head row)
            if len(found) == len(cells):
                rows.append(found)
        return [d for d in days if d is not None], rows, party
    return None


def _person(cells: list[str], party: bool) -> tuple[str, str] | None:
    """A row's name (with its party in brackets) and its role."""
    m = _NAME_ROLE_RE.match(cells[0])
    name = m["name"] if m else cells[0]
    role = (m["role"] or m["brk"] or "").strip() if m else ""
    if not name[:1].isupper() or len(name.split()) < 2:
        return None
    if party and (letter := _PARTY_RE.match(cells[1])):
        name = f"{name} ({letter[1]})"
    return name, role


def _bare(name: str) -> str:
    return re.sub(r"\s*\([^()]*\)\s*$", "", name).split(",")[0].strip().lower()


def day_attendance(participants: list[Participant], items: list[AgendaItem],
                   head: list[str], resumed: Resumed, first_day: date) -> list[Participant]:
    """The participants with the head's table of days read in (see the module's note):
    its members in its order, each with the role and status it gives, then those only
    the lists name; the items of a day a member missed get the absence. Without such a
    table, `participants` as they are."""
    table = _table(head, first_day)
    if table is None:
        return participants
    days, rows, party = table
    # (the items of each day: the first day's up to the suspended item, the next day's after)
    after = resumed.after if len(days) == 2 and resumed.after is not None else None
    per_day = [items[:after + 1], items[after + 1:]] if after is not None else []
    known = {_bare(p.name): p for p in participants}
    out: list[Participant] = []
    for cells in rows:
        if (person := _person(cells, party)) is None:
            continue
        name, role = person
        marks = cells[1 + party:]
        there = [bool(_PRESENT_RE.match(c)) for c in marks]
        if not any(there) and not all(_ABSENT_RE.match(c) for c in marks):
            continue  # (no row of marks)
        notes = [n for c in marks if (m := _PRESENT_RE.match(c)) and (n := m["note"])]
        listed = known.pop(_bare(name), None)
        role = role or (listed.role if listed else "") or ", ".join(notes)
        person_out = Participant(name, "deltog" if any(there) else "afbud", role)
        missed = [item for k, here in enumerate(there) if not here and k < len(per_day)
                  for item in per_day[k]]
        if any(there) and missed and not role.lower().startswith("stedfortræder"):
            for item in missed:
                if _bare(name) not in {_bare(a) for a in item.absentees}:
                    item.absentees.append(name)
            where = (f"fraværende fra punkt {missed[0].number}" if not there[-1]
                     else f"fraværende til og med punkt {missed[-1].number}")
            person_out.role = f"{role}, {where}" if role else where
        out.append(person_out)
    if not out:
        return participants
    return out + [p for p in participants if _bare(p.name) in known]
