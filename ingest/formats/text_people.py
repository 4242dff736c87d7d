"""Who took part and who was absent, as a minutes header lists them: "Name - Deltog"
lines, lists under "Tilstede" / "Medlemmer" / "Afbud" headings one name a line, and
comma-separated names after a label. A name may carry its role before it ("Formand
Erik Nielsen (A)") or its party after a comma ("Erling Larsen, (A)", as Køge prints it).
"""

from __future__ import annotations

import re

from referat.domain import Participant

PARTICIPANT_RE = re.compile(r"^(.*?)\s+-\s*(Deltog|Afbud|Fraværende)\s*$", re.IGNORECASE)


def clean_heading(text: str) -> str:
    """A heading without markdown marks, its trailing colon and extra spaces."""
    text = re.sub(r"[#*_]", "", text).strip()
    return re.sub(r"\s+", " ", text.rstrip(":").strip())


def _split_top_level(text: str, sep: str = ",") -> list[str]:
    """Split on commas (or `sep`) that are not inside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == sep and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return [p for p in parts if p]


# "Kenneth Jerkel (Fraværende)", "Ole Hansen (afbud)": that one is absent
STATUS_MARK_RE = re.compile(r"\s*\((?:afbud|fraværende)\)", re.IGNORECASE)
_NOBODY_RE = re.compile(r"^(?:ingen|ingen afbud|ingen fraværende|ingen\.|-|–)$", re.IGNORECASE)
# "Erling Larsen, (A)": the party after a comma belongs to the name before it
_PARTY_AFTER_COMMA_RE = re.compile(r",\s*(?=\([A-ZÆØÅ]{1,4}\))")
# "Formand Erik Nielsen (A)": the role before the name
_ROLE_RE = re.compile(r"^(formand|næstformand|borgmester|overborgmester|viceborgmester|"
                      r"rådmand|medlem)\s+(?=[A-ZÆØÅ])", re.IGNORECASE)


# "Tina Mandrup (V), formand": the role after a comma, in lower case
_ROLE_AFTER_RE = re.compile(r"^(.*?\S),\s*((?:\d\.\s*)?[a-zæøå][\w .-]{2,40})$")


def party_after_comma(text: str) -> str:
    """`'Erling Larsen, (A)'` → `'Erling Larsen (A)'`."""
    return _PARTY_AFTER_COMMA_RE.sub(" ", text)


def person(text: str, status: str = "deltog") -> Participant:
    """One listed person: "Formand Erik Nielsen (A) - formand" → the name and the role."""
    name, _, role = party_after_comma(text).partition(" - ")
    if m := _ROLE_AFTER_RE.match(name.strip()):  # "Tina Mandrup (V), formand"
        name, role = m.group(1), role or m.group(2)
    if m := _ROLE_RE.match(name.strip()):
        role = role or m.group(1)
        name = name.strip()[m.end():]
    return Participant(name.strip(), status, role.strip().lower())


def participants_from_list(text: str, default_status: str = "deltog") -> list[Participant]:
    """The people of a comma-separated list; "(afbud)" after a name marks that one absent."""
    people: list[Participant] = []
    # (a list may separate its names by semicolons: "Hans Stavnsager (V), formand; …")
    sep = ";" if ";" in text else ","
    for part in _split_top_level(party_after_comma(text), sep):
        if _NOBODY_RE.match(part.strip()):  # "Fraværende: Ingen"
            continue
        if sep == ";" and (m := _ROLE_AFTER_RE.match(part.strip())):
            part, role = m.group(1), m.group(2)
            people.append(Participant(part.strip(), default_status, role.strip()))
            continue
        if people and (part[:1].islower() or re.match(r"\d\.\s*[a-zæøå]", part)) and len(
                part.split()) <= 4:
            # "Erik Lauritzen (A), borgmester, Stephan …": the role of the name before
            people[-1].role = people[-1].role or part.strip().rstrip(".")
            continue
        status = default_status
        if STATUS_MARK_RE.search(part):
            status = "afbud"
            part = STATUS_MARK_RE.sub("", part).strip()
        people.append(Participant(part, status))
    return people


_NAME_WORD_RE = re.compile(r"^(?:[A-ZÆØÅ][\w'.-]*|\(\w{1,4}\)|af|de|van|von|og)$")


def looks_like_name(text: str) -> bool:
    """`'Mette Lund (A) - formand'`, not `'Hent hele referatet'` nor a page's date line."""
    words = re.split(r"\s+-\s+|,", text.strip(), maxsplit=1)[0].split()
    return 1 <= len(words) <= 7 and text[:1].isupper() and all(
        _NAME_WORD_RE.match(w) for w in words) and not clean_heading(text).lower().startswith(
        ("punkt", "titel", "side ", "hent"))


PRESENT = ("tilstede", "til stede", "deltagere", "mødedeltagere", "fremmødte", "medlemmer")
ABSENT = ("afbud/fraværende", "afbud", "fraværende", "fravær", "forfald",
          "fraværende med afbud", "afbud fra")


def name_status_lines(rest: list[str]) -> tuple[list[Participant], str | None]:
    """`Name - Deltog` / `Name - Afbud` lines (a name may wrap onto the next line), and
    the place when the first line is none of them."""
    people: list[Participant] = []
    place = None
    buf: list[str] = []
    for i, row in enumerate(rest):
        heading = clean_heading(row).lower()
        if heading in ("deltagere", "afbud/fraværende", "afbud", "fraværende", "mødedeltagere"):
            buf = []
            continue
        m = PARTICIPANT_RE.match(" ".join([*buf, row]))
        if m:
            status = "deltog" if m.group(2).lower() == "deltog" else "afbud"
            people.append(Participant(re.sub(r"\s+", " ", m.group(1)).strip(), status))
            buf = []
        elif i == 0:
            place = row
        else:
            buf.append(row)
    return people, place


def people_lists(rest: list[str], ends: tuple[str, ...],
                 is_label: object) -> tuple[list[Participant], str | None]:
    """A place line ("i Mødecenter C …"), then a "Tilstede" list and an "Afbud" list,
    one name a line (`Lolan Ottesen (A) - formand`); `ends` are headings that end a list,
    `is_label` tells a header label (never the place)."""
    people: list[Participant] = []
    place = None
    status: str | None = None
    for i, row in enumerate(rest):
        heading = clean_heading(row).lower()
        if heading in PRESENT:
            status = "deltog"
        elif heading in ABSENT:
            status = "afbud"
        elif heading in ends or heading.startswith(ends):
            status = None
        elif status and len(row) <= 80 and not row.endswith(".") and looks_like_name(row):
            people.append(person(row, status))
        elif i == 0 and not is_label(row):  # type: ignore[operator]
            place = re.sub(r"^i\s+", "", row)
    return people, place
