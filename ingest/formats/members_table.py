"""The lists of people under a header: a members' table flattened to lines ("Navn Parti
Rolle Fremmøde" over one row a member) read as participants with party, role and
attendance, and the "Tilstede" and "Afbud" lists one name a line (`people_lists`)."""

from __future__ import annotations

import re

from referat.domain import Participant
from referat.values import PARTIES, UNALIGNED

from .affiliations import post_held
from .attendance_cells import said_and_remark, unticked
from .party_rows import party_cells
from .slash_heads import known_head, known_of_pair
from .spaced_cells import layout_cells, layout_starts
from .staff_sentence import official_row
from .text_people import (
    ABSENT,
    ALSO_PRESENT,
    ATTENDANCE_RE,
    DASH_ABSENT_RE,
    NOBODY_RE,
    PRESENT,
    PRESENT_WORDS,
    STATUS_MARK_RE,
    clean_heading,
    listed_person,
    looks_like_name,
    participants_from_list,
    person,
    split_columns,
)

# The columns of a members' table flattened to lines: "Navn Parti Rolle Fremmøde"
_COLUMN_WORDS = frozenset("navn parti rolle funktion hverv titel post fremmøde status deltagelse "
                          "deltog bemærkning bemærkninger note".split())
# The name column headed by what its rows are ("Medlem | Parti | Hverv | Fremmøde", a
# council site's attendance table; "Kommune | Medlem | Bemærkning", a joint body's members
# by their municipality): the first such column only, read as "Navn"
_NAME_FIRST_HEADS = frozenset({"medlem", "medlemmer", "deltager", "deltagere"})


def _named_first(heads: list[str]) -> list[str]:
    """The heads with the first "Medlem" read as the name column's "navn"."""
    at = next((k for k, h in enumerate(heads) if h in _NAME_FIRST_HEADS), None)
    return heads if at is None or "navn" in heads or (at and heads[0] not in AFFILIATION_HEADS) \
        else [*heads[:at], "navn", *heads[at + 1:]]

_ROLE_WORDS = (r"(?:\d\.\s*)?(?:formand|næstformand|medlem|borgmester|viceborgmester|"
               r"stedfortræder|suppleant|sekretær|referent)")
# (the role first in the organisation's cell: "Næstformand, Rebild Idrætssamvirke")
_LEAD_ROLE_RE = re.compile(rf"^({_ROLE_WORDS}),\s+(?=\S)", re.IGNORECASE)
_ROLE_WORD_RE = re.compile(r"\s+(" + _ROLE_WORDS +
                           # (with its note: "formand (borgmester)")
                           r"(?:\s+\([a-zæøå][^()]{1,30}\))?)$",
                           re.IGNORECASE)
# (a scan's OCR reads the party letter "Ø" as a zero: "Sara El-Amin   0   Medlem")
_PARTY_CELL_RE = re.compile(r"^(.+?)\s+\(?([A-ZÆØÅ]{1,3}|0)\)?$")
_PARTY_NAME_CELL_RE = re.compile(  # (a code in capitals as printed, "SF", as the votes name it)
    r"(?<=\S)\s+(?!(?-i:[A-ZÆØÅ]{2,3})$)((?:det\s+)?(?:"
    + "|".join(sorted(PARTIES, key=len, reverse=True)) + r")(?:\s+folkeparti)?)$", re.IGNORECASE)


def table_columns(row: str) -> list[str] | None:
    """`'Navn Parti Rolle Fremmøde'` (or a markdown table's header) → its columns."""
    row = known_of_pair(row, _COLUMN_WORDS)  # ("Udvalg / funktion")
    words = _named_first([w.lower() for w in re.split(r"[\s|*]+", row) if w])
    if "navn" in words and len(words) >= 2 and set(words) <= _COLUMN_WORDS:
        return words
    # ("Navn | Område | Fremmøde": a Word table's cells; a PDF's side by side, 2+ spaces apart)
    cells = row.strip(" |").split("|") if "|" in row else re.split(r"\s{2,}", row.strip())
    heads = table_heads(cells) if len(cells) > 1 else None
    return heads if heads and set(heads) & (AFFILIATION_HEADS | REPLY_HEADS) else None


# The column saying whom a member represents ("Navn | Repræsenterer | Fremmøde", a
# council's members from the organisations, a joint body's from the municipalities): its
# cell is neither a person nor part of the name; an elected council's area ("Navn | Område |
# Fremmøde": an Ældreråd's member for Skjern) is one too
AFFILIATION_HEADS = frozenset({"repræsenterer", "repræsentant for", "organisation", "forening",
                               "udpeget af", "indstillet af", "kommune", "forvaltning",
                               "område", "lokalområde", "valgt i", "valgt for", "institution"})
# A column saying whether each was there, its cell read as the word it means ("Mødt | X")
_PRESENCE_HEADS = frozenset({"til stede", "tilstede", "mødt", "fremmødt", "deltog"})
_YES_RE = re.compile(r"^(?:ja|x|✓|✔|☑|\+)$", re.IGNORECASE)
_NO_RE = re.compile(r"^(?:nej|-|–|÷)(?:\s*[-–,:]?\s*(?P<said>\w.*))?$", re.IGNORECASE)
# A written procedure's column of when each answered ("Svar modtaget"): no cell of the member
REPLY_HEADS = frozenset({"svar", "svar modtaget", "svar afgivet", "besvaret", "svardato"})
_READ_HEADS = frozenset({"parti", "rolle", "funktion", "hverv", "titel", "post", "fremmøde",
                         "status", "deltagelse", "deltog"}) | AFFILIATION_HEADS | _PRESENCE_HEADS
_NOTE_RE = re.compile(r"\(((?:\d\.\s*)?[a-zæøå][^()]{1,40})\)\s*$")


def table_heads(cells: list[str]) -> list[str] | None:
    """A members' table's head row read cell by cell (an HTML table's, each head a cell
    of its own): the heads in lower case, when every cell heads a column of such a table,
    one names the member and another says more of them; else None.

    >>> table_heads(["Navn", "Repræsenterer", "Fremmøde"]), table_heads(["Navn", "Adresse"])
    (['navn', 'repræsenterer', 'fremmøde'], None)
    """
    words = _COLUMN_WORDS | AFFILIATION_HEADS | _PRESENCE_HEADS | REPLY_HEADS
    heads = _named_first([known_head(" ".join(c.replace("*", "").rstrip(":").lower().split()),
                                     words) for c in cells])  # ("Udpeget af / repræsenterer")
    known = all(h in words for h in heads)
    return heads if known and "navn" in heads and set(heads) & _READ_HEADS else None


def row_person(cells: list[str], heads: list[str]) -> Participant | None:
    """A row of such a table read by its heads: the name's, party's, role's and
    attendance's cells as `table_person` reads a row; the organisation in brackets after
    the name, as minutes list a member from one ("Anita Krogh (DGI Kærby)"), the role it
    notes ("DH Stenmark (formand)", "Byrådet, næstformand") the member's, and a party it
    names ("Byrådet (A)") the member's party.

    >>> p = row_person(["Lene Dahl", "DH Stenmark (formand)", "Afbud"],
    ...                ["navn", "repræsenterer", "fremmøde"])
    >>> (p.name, p.status, p.role)
    ('Lene Dahl (DH Stenmark)', 'afbud', 'formand')
    """
    own = [(h, _presence(c) if h in _PRESENCE_HEADS else unticked(c))  # ("✔ Til stede")
           for h, c in zip(heads, cells, strict=True) if h not in AFFILIATION_HEADS]
    found = _role_cell_person([c for _, c in own], [h for h, _ in own]) or table_person(
        " ".join(c for _, c in own if c), [h for h, _ in own]) or cell_person(
        [c for _, c in own], [h for h, _ in own])  # (cell by cell: "Formand | Indkaldt")
    if found is None:
        return None
    if not found.role and (m := _NOTE_RE.search(found.name)):  # "Hans Kjær (formand)"
        found.name, found.role = found.name[:m.start()].rstrip(), m.group(1).lower()
    for head, org in zip(heads, cells, strict=True):
        if head not in AFFILIATION_HEADS or not org:
            continue
        if not found.role and (m := _LEAD_ROLE_RE.match(org)):
            found.role = found.role or m.group(1).lower()
            org = org[m.end():]
        if m := _NOTE_RE.search(org) or _ROLE_WORD_RE.search(org.rstrip(" .")):
            said = " ".join(m.group(1).split())  # ("suppleant for Peter Dahl": names kept)
            found.role = found.role or said[:1].lower() + said[1:]
            org = org[:m.start()].rstrip(" ,")
        if (m := _PARTY_CELL_RE.match(org)) and org.endswith(")"):  # "Byrådet (A)"
            party = "" if re.search(r"\([A-ZÆØÅ]{1,3}\)", found.name) else f" ({m.group(2)})"
            found.name, org = found.name + party, ""
        found.name += f" ({org})" if org else ""
    return found


def _presence(cell: str) -> str:
    """An attendance cell as its word ("X": "Til stede", "Nej": "Fraværende", "Nej – afbud")."""
    if _YES_RE.match(cell.strip()):
        return "Til stede"
    if m := _NO_RE.match(cell.strip()):
        said = m.group("said") or ""
        return said if ATTENDANCE_RE.search(f" {said}") else "Fraværende"
    return cell


def table_person(row: str, columns: list[str]) -> Participant | None:
    """A row of such a table, its cells run together: `'Hans-Ole Sørensen A Formand Til
    stede'` → Hans-Ole Sørensen (A), formand, there; None when the row is no such row."""
    text = re.sub(r"\s*\|\s*", " ", row).strip()
    if clean_heading(text).lower() in (*PRESENT, *ABSENT):  # the next list's heading
        return None
    status = "deltog"
    role = ""
    # "Til stede (formand)", "Til stede fra kl. 15.50 (pkt. 2)": the cell's note in brackets
    note = re.search(r"\s*\(([^()]{2,40})\)$", text)
    if note and ATTENDANCE_RE.search(text[:note.start()]):
        role, text = note.group(1).strip().lower(), text[:note.start()]
    # a written procedure's "Status" cell, "Svar modtaget 12.01.2026": the member answered
    text = _ANSWERED_RE.sub(" Deltog", text)  # ("Afbud (ferie) – har ikke deltaget …")
    text = _ABSENT_REMARK_RE.sub(" Afbud", text)
    if m := _STANDS_IN_RE.search(text):  # ("… Stedfortræder for Ib Lund", "Til stede for Ib Lund")
        other = re.sub(r"^(?:til\s+)?\S+\s+for\s+", "", m.group(1), flags=re.I)  # "Mødt for …"
        if said := ATTENDANCE_RE.search(other):  # (the attendance cell after it: "Til stede",
            other = other[:said.start()].rstrip(" ,-–—")  # or a dash apart: "… (V) – deltog")
        name = _ROLE_WORD_RE.sub("", text[:m.start()]).rstrip(" ,")  # ("… Suppleant Mødt for …")
        name = ATTENDANCE_RE.sub("", name).rstrip(" ,")  # ("Bo Lund | O | Til stede | Stedf…")
        return Participant(_party_cell(name, columns), "deltog", f"stedfortræder for {other}")
    if m := ATTENDANCE_RE.search(text):
        status = "deltog" if m.group(1).lower() in PRESENT_WORDS else "afbud"
        role = "stedfortræder" if m.group(1).lower() == "stedfortræder" else role
        if m.group("part"):  # "Til stede fra kl. 15.50 (pkt. 2)": there from then on
            role = f"deltog {m.group('part').strip()}" + (f" ({role})" if role else "")
        text = text[:m.start()].rstrip(" ,-–")  # ("Formand, til stede", "Medlem - afbud")
    elif any(c in columns for c in ("fremmøde", "status", "deltagelse", "deltog")) and not (
            "status" in columns and _ROLE_WORD_RE.search(text)):
        return None  # (attendance empty only at the row's end; "Status" may hold the role)
    if m := _ROLE_WORD_RE.search(text):  # (a part of the meeting, said already, says more;
        # the attendance cell's note that names no role, "Deltog (forlod mødet efter punkt
        # 6)", a departure, gives way to the role cell's "Medlem")
        unrole = bool(note) and role == note.group(1).strip().lower() and not (
            _ROLE_WORD_RE.search(f" {role}"))
        role = m.group(1).lower() if unrole else role or m.group(1).lower()
        text = text[:m.start()].rstrip(" ,")
    text = _party_cell(text, columns)
    if not looks_like_name(text) or table_columns(text):
        return None
    # "Susanne Eilersen, formand (V)", "Peter Hvelplund (stedfortræder) (Ø)": the role
    # written in the name's cell
    if m := _ROLE_IN_NAME_RE.match(text.strip()):
        text, role = f"{m.group(1)} {m.group(3) or ''}", role or m.group(2).lower()
    if m := re.search(r"\s*\((stedfortræder|suppleant)\)", text, re.IGNORECASE):
        text, role = text.replace(m.group(0), ""), role or m.group(1).lower()
    return Participant(" ".join(text.split()), status, role)


_ANSWERED_RE = re.compile(r"\s+svar\s+(?:modtaget|afgivet|indsendt)\b[^|]*$", re.IGNORECASE)
_ABSENT_REMARK_RE = re.compile(r"\s+afbud(?:\s*\([^()]{2,30}\))?\s+[–-]\s+\w[^|()]*$",
                               re.IGNORECASE)
_ROLE_IN_NAME_RE = re.compile(r"^(.*?),\s*((?:\d\.\s*)?(?:(?:vice)?formand|næstformand|medlem|"
                              r"(?:vice)?borgmester))\s*(\([A-ZÆØÅ]{1,3}\))?$", re.IGNORECASE)
_STANDS_IN_RE = re.compile(r"\s+((?:stedfortræder|mødt|møder|deltog)\s+for\s+\S.*"
                           r"|til\s+stede\s+for\s+(?-i:[A-ZÆØÅ]).*)$", re.IGNORECASE)


def _party_cell(text: str, columns: list[str]) -> str:
    """A name and its party cell as minutes write them: "Frank Jensen Venstre" and
    "Frank Jensen V" → "Frank Jensen (V)", "Vagn Toft Løsgænger" → "Vagn Toft (Løsgænger)"."""
    if "parti" in columns and (m := _PARTY_NAME_CELL_RE.search(text.strip())):
        # "Lise Ravn Det Konservative Folkeparti": the letter
        name = re.sub(r"^det\s+|\s+folkeparti$", "", m.group(1).lower())
        letter = PARTIES.get(name) or PARTIES.get(m.group(1).lower())
        return f"{text.strip()[:m.start()].strip()} ({letter})" if letter else text.strip()
    if "parti" in columns and (m := _PARTY_CELL_RE.match(text.strip()) or _UNALIGNED_CELL_RE.match(
            text.strip())):  # ("Vagn Toft Løsgænger": a member of no party, so bracketed)
        return f"{m.group(1)} ({m.group(2).replace('0', 'Ø')})"
    return text.strip()


_UNALIGNED_CELL_RE = re.compile(rf"^(.+?)\s+((?i:{UNALIGNED}))$")


def members_table(rows: list[str]) -> tuple[list[Participant], int]:
    """A members' table flattened to lines, its header first ("Navn Parti Rolle Fremmøde"):
    its people and how many rows it takes; ([], 0) when the first row heads no table."""
    filled = [i for i, r in enumerate(rows) if r.strip()]  # (an HTML table's rows come apart)
    columns = table_columns(rows[filled[0]]) if filled else None
    if not columns:
        return [], 0
    people: list[Participant] = []
    cells = bool(set(columns) & AFFILIATION_HEADS)  # (its rows read cell by cell)
    starts = layout_starts(rows[filled[0]], columns)
    for i in filled[1:]:
        row = [c.strip() for c in rows[i].split("|")]
        if starts:  # (printed side by side: each row cut where the heads stand)
            row = layout_cells(rows[i], starts)
            member = row_person(row, columns) if cells else cell_person(row, columns)
        elif cells:
            member = row_person(row, columns) if len(row) == len(columns) else None
        else:  # (cell by cell when its attendance cell goes on: "Deltog - forlod mødet …";
            # the name its own cell's when the run-together row read a role cell into it:
            # "Ida Holm | A | Borgmester, formand" is no "Ida Holm A Borgmester")
            by_cell = cell_person(row, columns) if len(row) == len(columns) else None
            member = _role_cell_person(row, columns, tagged=True) or table_person(
                rows[i], columns) or by_cell or ((split := party_cells(rows[i], columns))
                                                 and cell_person(split, columns))
            member = by_cell if by_cell and member and member.name != by_cell.name else member
        if not member:
            break
        people.append(member)
    return people, filled[len(people)] + 1  # up to the table's last row


_ROLE_HEADS = ("rolle", "funktion", "titel", "post")
_REMARK_HEADS = (*_ROLE_HEADS, "hverv", "bemærkning", "bemærkninger", "note")
_ATTENDANCE_HEADS = ("fremmøde", "status", "deltagelse", *_PRESENCE_HEADS)
# An attendance cell's words the rules do not know: "Indkaldt", "Afbud meldt"
_SAID_RE = re.compile(r"^(?:(?P<called>indkaldt)|afbud\s+meldt|meldt\s+afbud)\b", re.IGNORECASE)
def cell_person(cells: list[str], columns: list[str]) -> Participant | None:
    """A members' table row whose cells are known: the name with its party's letter,
    the attendance ("Mødt – forlod mødet kl. 10.15 efter pkt. 5": there, its remark
    the part-time role), and the role or remark cell as the role ("Stedfortræder for …").

    >>> p = cell_person(["Ida Holm", "A", "Borgmester, formand", "Til stede"],
    ...                 ["navn", "parti", "funktion", "fremmøde"])
    >>> (p.name, p.status, p.role)
    ('Ida Holm (A)', 'deltog', 'borgmester, formand')
    """
    cell = dict(zip(columns, cells, strict=True))
    said = _presence(next((cell[h] for h in columns if h in _ATTENDANCE_HEADS and cell[h]), ""))
    said, remark = said_and_remark(said)  # ("Mødt – forlod …", "Deltog fra kl. 15.15 på …")
    if m := _SAID_RE.match(said):  # ("Indkaldt": called, as an agenda calls every member)
        said = ("Til stede" if m["called"] else "Afbud") + said[m.end():]
    found = table_person(f"{cell.get('navn', '')} {said}".strip(),
                         ["navn", "fremmøde"] if said else ["navn"])
    if found is None:
        return None
    if party := cell.get("parti", ""):
        found.name = _party_cell(f"{found.name} {party}", ["parti"])
    role = remark or next((cell[h] for h in columns if h in _REMARK_HEADS and cell[h]), "")
    found.role = found.role or role[:1].lower() + role[1:]
    return found


def _role_cell_person(cells: list[str], columns: list[str],
                      tagged: bool = False) -> Participant | None:
    """A row whose role cell holds more than a role a list knows ("Ole Bak" / "Medarbejdervalgt"
    / "Til stede"; "Medlem – mødeleder indtil valg af formand", a known word its last only),
    or tags the role with the member's committee ("BUU, formand", "SSU" at a joint meeting;
    only such a cell when `tagged`): the cell is the role, not the name's last word."""
    role = next((k for k, c in enumerate(columns) if c in _ROLE_HEADS), None)
    if role is None or len(cells) != len(columns) or not cells[role] or (
            not (_tagged_role(cells[role]) or post_held(cells[role])) and (
                tagged or _ROLE_WORD_RE.match(f" {cells[role]}"))):  # ("Borgmester, X Kommune")
        return None  # (a role a list knows is read as before, with the whole row)
    rest = [c for k, c in enumerate(cells) if k != role]
    found = table_person(" | ".join(rest), [c for k, c in enumerate(columns) if k != role])
    if found and not found.role:  # (a name in it as written: "Stedfortræder for Ida Dal")
        found.role = cells[role] if _tagged_role(cells[role]) else (
            cells[role][:1].lower() + cells[role][1:])
    return found


def _tagged_role(cell: str) -> bool:
    """A role cell led by a committee's abbreviation: "BUU, formand", "SSU"."""
    lead, _, rest = cell.partition(",")
    return len(lead.strip()) >= 2 and lead.strip().isalpha() and lead.strip().isupper() and (
        not rest.strip() or bool(_ROLE_WORD_RE.search(f" {rest.strip()}")))


_PLACE_MAX = 150  # (longer: a news page's lead paragraph below its title, no place)
# an item's number alone on its line ("5" / "Meddelelser"): the agenda begins, no member
_ITEM_NUMBER_RE = re.compile(r"\s*\d{1,3}\.?\s*$")
# a list's bullet before a member ("• Ida Holm (V), formand", a web page's list printed;
# a dash, as an .odt's or a markdown list's bullet renders: "- Ida Holm (V) – deltog")
BULLET_RE = re.compile(r"^[-–•*·]\s+(?=[A-ZÆØÅ])")


def people_lists(rest: list[str], ends: tuple[str, ...],
                 is_label: object) -> tuple[list[Participant], str | None]:
    """A place line ("i Mødecenter C …"), then a "Tilstede" list and an "Afbud" list,
    one name a line (`Lolan Ottesen (A) - formand`), or a table of the members with a
    header ("Navn Parti Rolle Fremmøde"); `ends` are headings that end a list, `is_label`
    tells a header label (never the place)."""
    people: list[Participant] = []
    place = None
    status: str | None = None
    also = False  # under "Desuden deltog": the others present
    skip = 0
    for i, row in enumerate(rest):
        if skip:  # a row of the table read
            skip -= 1
            continue
        table, skip = members_table(rest[i:])
        if skip:
            people.extend(table)
            skip -= 1
            continue
        if status:  # (a member's line under a list's heading: without its bullet)
            row = BULLET_RE.sub("", row)
        heading = clean_heading(row).lower()
        if heading in PRESENT:
            status, also = "deltog", heading in ALSO_PRESENT
        elif also and official_row(row):
            continue  # "Desuden deltog:" / "Beredskabschef Jan Glerup": staff, no member
        elif heading in ABSENT:
            status = "afbud"
        elif heading in ("stedfortræder", "stedfortrædere", "suppleant", "suppleanter"):
            status = "stedfortræder"  # "Ole Nielsen (A) for Mette Lund (A)" below
        elif heading in ends or heading.startswith(ends) or _ITEM_NUMBER_RE.match(row):
            status = None  # (a number on its own line: an item's, the agenda's list below)
        elif status == "stedfortræder" and looks_like_name(row.split(" for ")[0]):
            name, _, other = row.partition(" for ")
            people.append(Participant(person(name).name, "deltog", f"stedfortræder for {other}"
                                      if other else "stedfortræder"))
        elif status and NOBODY_RE.match(row.strip()):
            continue  # "Fraværende:" / "Ingen"
        elif status and (said := _STATUS_THEN_SENTENCE_RE.match(row)) and looks_like_name(
                DASH_ABSENT_RE.sub("", said["entry"])):  # "Ole Smidt (O) – afbud. Stedfortræder …"
            people.append(listed_person(said["entry"], status))
        elif status and not row.endswith(".") and _comma_list(row):
            # the members in one paragraph, each with a party ("Ida Vest (V) – formand,
            # Ole Skov (A), …"): each one, not one name of them all
            people.extend(participants_from_list(row, status))
        elif status and len(entry := DASH_ABSENT_RE.sub("", STATUS_MARK_RE.sub("", row))) <= (
                80) and not row.endswith(".") and looks_like_name(entry):  # ("– afbud", "(Afbud)")
            parts = split_columns(row)
            if len(parts) == 1:
                people.append(listed_person(row, status))
            else:  # two columns of members: "Tine Vinther (A)      Erik Lykke (O)"
                people.extend(p for part in parts for p in participants_from_list(part, status))
        elif i == 0 and not is_label(row) and len(row) <= _PLACE_MAX:  # type: ignore[operator]
            place = re.sub(r"^(?:i|på|paa)\s+", "", row)  # ("paa Them Raadhus": ASCII's "på")
    return people, place


# A list's entry with its status, a sentence about the meeting after it: "Ole Smidt (O) –
# afbud. Stedfortræder Jan Lindved (O) deltog i mødet."
_STATUS_THEN_SENTENCE_RE = re.compile(r"^(?P<entry>[^.]{3,80}?\s[-–]\s*\w+)\.\s+[A-ZÆØÅ].*\.$")


def _comma_list(row: str) -> bool:
    """`row` is two or more members with their parties, commas between them: each entry
    a name, or the role of the name before it; not a paragraph wrapped on ("…, Louise" /
    "Tved (F), …": the last entry with its party or a role)."""
    parts = [p.strip() for p in re.split(r",(?![^()]*\))", row)]
    last = parts[-1]
    return sum("(" in p for p in parts) >= 2 and ("(" in last or last[:1].islower()) and all(
        looks_like_name(DASH_ABSENT_RE.sub("", p)) or p[:1].islower() for p in parts)
