"""The lists of people in a header: the names under an empty "Deltagere:" label, one a
line or a paragraph of them wrapped anywhere, and the words that end such a list."""

from __future__ import annotations

import re

from referat.domain import Participant
from referat.part_time import noted, part_time

from .chair_line import chair, chair_away, label_cut, labelled_roles
from .decision_titles import decisions_title
from .list_parts import before_top_level
from .members_table import BULLET_RE, people_lists
from .sign_off import CLOSING_ABSENCE_RE, meeting_ended
from .text_dividers import PEOPLE_HEADING_RE
from .text_header_rows import EXTRA_FIELD_RE, HEADER_FIELD_RE
from .text_people import (
    DASH_ABSENT_RE,
    OFFICE_FIRST_RE,
    ROLE_WORD_RE,
    STATUS_MARK_RE,
    clean_heading,
    looks_like_name,
    participants_from_list,
    party_after_comma,
    split_columns,
)

# A line of a list of people: a name, maybe its party ("Mette Lund (A) - fraværende")
NAME_LINE_RE = re.compile(r"^[A-ZÆØÅ][\w'.-]+(?:\s+[A-ZÆØÅ][\w'.-]+){1,4}(?:\s+\([^()]{1,30}\))?"
                           r"(?:\s*[-–,].{0,40})?$")
# The rest of a name wrapped onto the next line, then its party: "Tousgaard (A), …"
# (or its organisation: "Bach  (Aftenskolerne),  Pia …", "Vinther (forældreorganisationer)")
NAME_REST_RE = re.compile(  # (an initial too: "Niels" / "Aa. Bonde (V)")
    r"^(?:[A-ZÆØÅ](?:[\w-]+|\w?\.)\s+){0,3}[A-ZÆØÅ][\w-]+\s+\((?:[A-ZÆØÅ]{1,2}|"
    r"(?!(?i:afbud|fravær|forfald|deltog|til stede))[A-ZÆØÅa-zæøå][^()]{2,40})\)")


# The party of the name that ends the line above, wrapped: "(A), Per Thyssen (V), …"
# (or its organisation, in lower case too: "(forældreorganisationer), Bodil Nyrup …")
PARTY_FIRST_RE = re.compile(r"^\((?:[A-ZÆØÅ]{1,3}|(?!(?i:afbud|fravær|forfald|deltog|til stede))"
                             r"[A-ZÆØÅa-zæøå][^()]{2,40})\)(?:[,;]|$)")


# A list grouped by where its members come from: "Fra DH Ringsted: Birthe Lund (formand), …";
# a school board's by whom they represent: "Forældrerepræsentanter: Ida Holm, Bo Ek"
_GROUP_RE = re.compile(r"^(?:(?:Fra|For|Repræsentanter for)\s+[^:]{2,40}|"
                       r"[A-ZÆØÅ][a-zæøå]{2,20}repræsentant(?:er|en|erne)?)\s*:\s*(\S.*)$")
# ... but the administration's people are no members ("Fra sekretariatet: Rikke Løvstad
# (referent)", "Fra forvaltningen: …", "Fra administrationen deltog: …"): their line ends
# the members' list
_STAFF_GROUP_RE = re.compile(r"^Fra\s+(?:\w+\s+)?(?:sekretariatet|forvaltningen|administrationen)"
                             r"(?:\s+(?:deltog|mødte|var\s+til\s+stede))?\s*:", re.IGNORECASE)


def _split_names(text: str) -> list[str]:
    """A group's names, each an entry ("Birthe Lund (formand)", "Hanne Vestergaard")."""
    return [p.strip() for p in re.split(r",\s*(?![^()]*\))", text) if p.strip()]


def _loose_names(rest: list[str]) -> bool:
    """The rows after a blank line go on with a list of names, one a paragraph: the next
    row written is a name line, no label."""
    rows = [r for r in rest if r.strip()]
    return bool(rows) and ":" not in rows[0] and bool(NAME_LINE_RE.match(rows[0].strip()))


def list_below(rows: list[str], i: int) -> str:
    """The names under an empty "Deltagere:" label, up to the next label or heading."""
    out: list[str] = []
    previous = ""
    below = rows[i + 1: i + 60]
    for k, row in enumerate(below):
        if not row.strip() and out and BULLET_RE.match(
                next((r for r in below[k:] if r.strip()), "")):
            continue  # (a loose markdown list: a blank line between its bullets)
        if not row.strip() and out and _loose_names(below[k:]):
            continue  # (a table cell's paragraphs, one name each, spaced apart)
        before, previous = previous, row
        row = BULLET_RE.sub("", row)  # "- Steen Christiansen (A), formand"
        if group := _GROUP_RE.match(row):  # "Fra Byrådet: Anders Mikkelsen (V), Ulla Brix (A)"
            if _STAFF_GROUP_RE.match(row):  # ("Fra sekretariatet: …": staff after the list)
                break
            out.extend(_split_names(group.group(1)))
            continue
        if not row and not out:
            continue  # (a web page's heading, a blank line, then its paragraph of names)
        low = clean_heading(row).lower()
        # (a paragraph of names ends with its full stop: "…, Arne Vestergaard og Jørgen
        # Østergaard."; so does a sentence naming one: "Kaj Mikkelsen (sygdom). For ham …")
        wrapped = bool(out) and _name_wrapped(out[-1], row)
        last_row = bool(_FULL_STOP_RE.search(row)) and (
            not out or out[-1].endswith(",") or wrapped)
        if (not row or HEADER_FIELD_RE.match(row) or EXTRA_FIELD_RE.match(row) or ":" in row
                or low in LIST_END or low.startswith(LIST_END)
                or (len(row) > 160 and len(re.findall(r"[,;·]", row)) < 3) or (
                    row.endswith(".") and not last_row)):
            break
        if out and out[-1].endswith("-"):
            out[-1] += row  # "Hans-" / "Jørgen Kirstein"
            continue
        if wrapped:  # "…, Poul Erik Dam, Ejnar" / "Frandsen, Grete Holm, …"
            out[-1] += " " + row
            if last_row:
                break
            continue
        row = party_after_comma(row)  # "Erling Larsen, (A)"
        # (the entry the line above ends with, after a comma or a semicolon: "…; Carsten")
        # (not a comma inside its brackets: "…, formand (Nykøbing Katedralskole, Guldborgsund)")
        last = re.split(r"[,;](?![^()]*\))", out[-1])[-1].strip() if out else ""
        if out and (PARTY_FIRST_RE.match(row) or (
                NAME_REST_RE.match(row) and "(" not in last and last[:1].isupper() and (
                    not ROLE_WORD_RE.fullmatch(last)) and (
                    len(before) >= 60 or ("," in before and FIRST_NAME_RE.fullmatch(last))))):
            # (a paragraph of names wrapped, not one a line; in a narrow column after a
            # first name alone: "…, Ole" / "Vinther (forældreorganisationer), …"; not after
            # a member's role in capitals, "Ida Holm (V), Formand" / "Bo Dam (A), …")
            out[-1] += " " + row  # "…, Bettina Jensen" / "(A), Jørgen …"; "…, Ole" /
            continue  # "Christensen (A)"
        # ("X (I) for Y"; "Kirsten Jørgensen (C) (afbud)": the mark is no part of the name)
        if last_row:  # (the sentences after the names say more: "For ham mødte …")
            sentences = re.split(r"(?<=[\w)])\.\s+(?=[A-ZÆØÅ])", row)
            row = sentences[0]
        # (the first entry's comma, not one in its brackets: "Jytte Kristensen (formand, DH …)")
        # ("Søren Hjort (F) – afbud": the mark after a dash neither)
        first = re.split(r",(?![^()]*\))", DASH_ABSENT_RE.sub("", STATUS_MARK_RE.sub("", row)))[0]
        # (two members side by side, a two-column list: "Ida Holm (A) Ole Bak (V)")
        first = split_columns(first)[0]
        if last_row:  # (one name and the list's full stop: "Jørgen Hansen (O).")
            first = first.removesuffix(".")
        # ("X (I) for Y": the substitute's name; not the "for" in a bracket, "(repr. for Byrådet)")
        # (nor one in a nested bracket: "Bo Ny (V) (stedfortræder for Ida Dam (V))")
        if not looks_like_name(before_top_level(first, r"\s+for\s+")):
            break
        if out and out[-1].endswith(","):
            out[-1] += " " + row  # a comma list wrapped onto the next line
            continue
        out.append(row)  # one name a line ("Tina Mandrup (V), formand")
        if last_row:
            break
    names = ", ".join(r.rstrip(",.") for r in out)
    # "…, Arne Vestergaard og Jørgen Østergaard": the last two full names of a list
    return _LAST_TWO_RE.sub(r"\1, \2", names) if names.count(",") >= 2 else names


FIRST_NAME_RE = re.compile(r"[A-ZÆØÅ][\w-]+")  # a name's first word alone at a line's end
# A paragraph's list wrapped inside a name: its first name ends the line ("…, Anne"), the
# line below opens with the rest of it ("Thorup, Peter Hald …", "Thorup og …", "Thorup.";
# a middle name and surname before the comma: "…, Frank" / "Aaen Nielsen, Mogens …"; or
# "og" after them: "Til stede: …, Karen" / "Margrethe Hald og …", a typed page's row)
_TWO_FIRST_RE = re.compile(r"[A-ZÆØÅ][\w-]+ [A-ZÆØÅ][\w-]+")
_SURNAME_NEXT_RE = re.compile(r"^[A-ZÆØÅ][\w-]+(?:,|\s+og\s)")
_NAME_WRAPPED_RE = re.compile(r"^[A-ZÆØÅ][\w-]+(?:[,.]|\s+(?:og|\()|$|"
                              r"\s+[A-ZÆØÅ][\w-]+(?:,|\s+og\s))")
WRAP_WIDTH = 60  # (a wrapped row's length at least)


def wrapped_name(last: str, nxt: str) -> bool:
    """Whether the list's last entry `last` is a name's start that line `nxt` ends."""
    return bool(FIRST_NAME_RE.fullmatch(last) and _NAME_WRAPPED_RE.match(nxt)
                or _TWO_FIRST_RE.fullmatch(last) and _SURNAME_NEXT_RE.match(nxt))
_FULL_STOP_RE = re.compile(r"(?:[a-zæøå]{2}|\))\.$")  # (not an initial's: "Lasse P. N.")
_FULL_NAME = r"[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*)+"
_LAST_TWO_RE = re.compile(rf"(?<=, )({_FULL_NAME})\s+og\s+({_FULL_NAME})$")


def read_already(name: str, known: list[str]) -> bool:
    """Whether `name`, read again from the lines of a list whose names are `known`, is a
    line of that list rather than a person: it holds a known name ("Thygesen (D), Birthe
    Jul (N)"), or its first part is a known name's last word ("Vinther" of "Vinther,
    Bodil", a name wrapped in a narrow column), or it is a known name with a role
    ("Lars Mølgaard, formand (SF)" of "Lars Mølgaard (SF)").

    >>> read_already("Vinther, Bodil", ["Ole Vinther (F)"]), read_already("Bo Dam", ["Ole Dam"])
    (True, False)
    """
    first = re.split(r"[,(]", name)[0].split()
    # (or the same person with a role between the name and the party: "Lars Mølgaard,
    # formand (Beboerforeningen)" of "Lars Mølgaard (Beboerforeningen)")
    # (or the same person under an official's title: "Politidirektør Poul Erik Olsen, …"
    # of "Poul Erik Olsen (…)")
    return any(k in name or (" " in (base := k.split(" (")[0]) and re.search(
        rf"^[A-ZÆØÅ]\w+\s+{re.escape(base)}\b", name))
               or (len(first) == 1 and k.split(" (")[0].split()[-1:] == first)
               or (len(first) >= 2 and re.split(r"[,(]", k)[0].split() == first)
               for k in known)


def _name_wrapped(before: str, row: str) -> bool:
    """Whether `row` goes on with a name that a paragraph of full names ("Aase Bruun,
    Poul Erik Dam, Ejnar") broke after its first word: the list so far is long, its
    names have two words or more but the last has one, and `row` goes on with a word
    and a comma ("Frandsen, Grete Holm, …"); or broke after its first names in a narrow
    column ("…, Birthe Kjærgaard, Poul Erik" / "Thomsen, Kurt Mogensen og …"), `row`
    opening with a surname alone, where no whole name of the list has one word."""
    names = [n.strip() for n in before.split(",")]
    if len(before) < 50 or len(names) < 3 or before.endswith(","):
        return False
    whole = names[:-1] if names[0].split()[0].istitle() else names[1:-1]
    if not names[-1][:1].isupper() or not all(len(n.split()) >= 2 for n in whole):
        return False
    if len(names[-1].split()) == 1:
        return bool(re.match(r"^[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?,", row))
    return len(names[-1].split()) == 2 and "(" not in names[-1] and bool(
        _SURNAME_ALONE_RE.match(row))


# A surname alone opening a line, the list going on after it: "Thomsen, Kurt …",
# "Thomsen og Grethe Wulff.", "Thomsen."
_SURNAME_ALONE_RE = re.compile(r"^[A-ZÆØÅ][\w-]+(?:,\s|\s+og\s+[A-ZÆØÅ]|\.$)")


DOC_WORDS = frozenset(
    "referat|dagsorden|åbent referat|åben referat|åben dagsorden|åbent dagsorden|"
    "offentligt referat|offentlig dagsorden|"
    "lukket referat|lukket dagsorden|"
    "beslutningsprotokol|protokol|forhandlingsprotokol|ekstraordinært møde|ordinært møde|"
    "konstituerende møde|"
    "dagsorden med beslutninger|dagsorden med beslutning|dagsorden og referat|"
    "tillægsdagsorden|beslutningsreferat|revideret dagsorden|ændret dagsorden|"
    # (a short-form record of the decisions alone: a list, an overview)
    "beslutningsoversigt|beslutningsliste|"
    "foreløbigt referat|foreløbig dagsorden".split("|")
)
def document_kind(rows: list[str]) -> str | None:
    """"referat" or "dagsorden" from the head's line that says what the document is
    ("BESLUTNINGSPROTOKOL", "Dagsorden"), when the labelled header did not; or None."""
    for row in rows:
        word = re.sub(r"[*#_]", "", row).strip().lower()
        if word in DOC_WORDS:
            return "dagsorden" if "dagsorden" in word and "referat" not in word else "referat"
        if decisions_title(row):  # "Beslutninger fra byrådsmødet 8. oktober 2025"
            return "referat"
    return None


LIST_END = ("sekretær", "referent", "indholdsfortegnelse", "indhold", "mødet slut",
             "bemærkninger", *DOC_WORDS,
             # (the staff's group heading alone, a slide's column: no members below it)
             "fra administrationen", "fra forvaltningen", "fra sekretariatet")


def attendance_notes(people: list[Participant], rows: list[str]) -> None:
    """A note in the header that a member came late or left ("Bemærkninger: Peter Duetoft
    (D) forlod mødet efter punkt 215 …"): that member's role says so, for `finish` to
    mark the items they missed; one who chaired the meeting ("Mødet blev ledet af …")
    took part; a member whose role a label of its own names ("Formand: Poul Holm.") has
    that role, when the list gave none. A member with a printed role keeps it, the note
    after it ("næstformand, forlod mødet efter pkt. 6")."""
    for row in _wrapped_notes(rows):
        if led := chair(_NOTE_LABEL_RE.sub("", row)):
            _chaired(people, *led)
            away = [p for p in people if p.status == "afbud" and not p.role]
            if chair_away(row) and len(away) == 1:  # ("… da formanden havde meldt
                away[0].role = "formand"  # afbud": the one member away is the chair)
            continue
        for name, role in labelled_roles(row):  # (only a member of the list above)
            known = [p for p in people if p.name.split(" (")[0] == name.split(" (")[0]]
            if len(known) == 1 and not known[0].role:
                known[0].role = role
        staff = bool(_STAFF_GROUP_RE.match(row))  # ("Fra administrationen: … Havnefoged Ole
        # Jespersen deltog under punkt 4 og 5.": an official, no member away from the rest)
        for sentence in _SENTENCE_RE.split(_NOTE_LABEL_RE.sub("", row)):  # ("punkt 2. Ole")
            if not (note := noted(_BARE_CLOCK_RE.sub(r"\1 kl. \2 \3", sentence))):
                continue
            name, role = note
            known = next((p for p in people if p.name == name or (
                p.name.split(" (")[0] == name.split(" (")[0])), None)
            if known is None and not OFFICE_FIRST_RE.match(name) and not staff:
                # ("Ejendomschef Birgitte Holm deltog under punkt 3.": staff, no member)
                people.append(Participant(name, "deltog", role))
            elif known is not None and (not known.role or known.role == "fraværende"):
                known.role = role
            elif known is not None and not part_time(" " + known.role):
                # (a printed role stays; the note after it still marks the items missed:
                # "næstformand, forlod mødet efter pkt. 6", as an absence table's row adds)
                known.role = f"{known.role}, {role}"


_NOTE_LABEL_RE = re.compile(r"^(?:bemærkning(?:er)?|noter?|note|bemærk|kom\s+senere|"
                            r"gik\s+tidligere)\s*:?\s+", re.IGNORECASE)
# a note's clock without "kl." and its item in brackets with a remark, as a volunteer
# writes it: "Ahmad Rahimi kom 17.40 (under pkt. 3, inden afstemningen)" → "… kom kl.
# 17.40 under pkt. 3"
_BARE_CLOCK_RE = re.compile(r"\b(kom|ankom|mødte|forlod\s+mødet|gik)\s+(?:kl\.\s*)?"
                            r"(\d{1,2}[.:]\d\d)\s+\(((?:under|efter|før|inden|fra)\s+"
                            r"(?:pkt\.|punkt)\s*\d{1,3})[^()]*\)")
_SENTENCE_RE = re.compile(r"(?<=[a-zæøå)\d])\.\s+(?=[A-ZÆØÅ])")


def _note(row: str) -> bool:
    """Whether the row's last sentence is a note on a member or on who chaired."""
    row = _NOTE_LABEL_RE.sub("", row)
    return bool(noted(_SENTENCE_RE.split(row)[-1]) or chair(row))


def _wrapped_notes(rows: list[str]) -> list[str]:
    """The header's rows with a note wrapped at the cover's width joined again ("Mette
    Lund (V) deltog ikke i behandlingen af punkt 4 på grund af" / "inhabilitet."): the
    member's role holds the whole sentence, not its first line's words.

    >>> _wrapped_notes(["Ole Bak (V) deltog ikke i behandlingen af punkt 4 på grund af",
    ...                 "inhabilitet.", "næste"])
    ['Ole Bak (V) deltog ikke i behandlingen af punkt 4 på grund af inhabilitet.', 'næste']
    >>> _wrapped_notes(["Ole Bak (V) ankom kl. 15.40 under behandlingen af", "punkt 4."])
    ['Ole Bak (V) ankom kl. 15.40 under behandlingen af punkt 4.']
    >>> _wrapped_notes(["Formand: Ida Bro (A). Næstformand:", "Bo Lyk (V)."])
    ['Formand: Ida Bro (A). Næstformand: Bo Lyk (V).']
    """
    out: list[str] = []
    for row in rows:
        if out and row.strip() and (label_cut(out[-1]) and row.strip()[:1].isupper() or (
                not out[-1].rstrip().endswith((".", ":", ";", "!", "?")) and (
                    noted(out[-1]) and row.strip()[:1].islower()  # (a note cut before its
                    or not _note(out[-1]) and not _note(row) and ":" not in row  # (the rest
                    and _note(f"{out[-1].rstrip()} {row.strip()}")))):  # of a note cut in two)
            out[-1] = f"{out[-1].rstrip()} {row.strip()}"
        else:
            out.append(row)
    return out


def _chaired(people: list[Participant], name: str, role: str) -> None:
    known = next((p for p in people if p.name.split(" (")[0] == name.split(" (")[0]), None)
    if known is None:
        people.append(Participant(name, "deltog", role))
    elif not known.role:
        known.role = role


def closing_people(lines: list[str], at: int) -> list[Participant]:
    """The list of who took part when it comes after the items ("Deltagerliste" at line
    `at`, where `text_dividers.minutes_end` ended the last item); [] when none does."""
    at = _list_start(lines, at)
    if at < len(lines) and (m := CLOSING_ABSENCE_RE.match(lines[at].strip())):
        return participants_from_list(m["names"], "afbud")  # ("Afbud: …" / "Mødet hævet …")
    if at >= len(lines) or not PEOPLE_HEADING_RE.match(lines[at].strip()):
        return []
    return people_lists(lines[at:], LIST_END, lambda r: False)[0]


# a heading over the attendance at the end ("Fremmøde", "Fremmødeliste"; a Word table of
# the members under it, `word_tables`, written as "Deltagere:" and "Afbud:" lists)
_ATTENDANCE_HEADING_RE = re.compile(r"^(?:fremmøde|fremmødeliste|tilstedeværelse)\s*:?$",
                                    re.IGNORECASE)


def _list_start(lines: list[str], at: int) -> int:
    """Where the list of who took part starts at or after line `at`: past "Mødet hævet kl.
    18.15." and an attendance heading above the list ("Fremmøde" / "Deltagere:")."""
    k = at
    while k < len(lines) and (not lines[k].strip() or meeting_ended(lines[k]) or (
            _ATTENDANCE_HEADING_RE.match(lines[k].strip()))):
        k += 1
    return k if k < len(lines) and PEOPLE_HEADING_RE.match(lines[k].strip()) else at
