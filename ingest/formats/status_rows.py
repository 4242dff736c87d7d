"""A members' grid in a PDF's head that gives each member's row two lines, the member
(name, party, roles after a comma) and the attendance cell below, grouped at a joint
meeting under each body's name:

    Deltagere
    Økonomiudvalget
    Ida Holm (V), borgmester, formand
    Deltog
    Ole Bak (A)
    Afbud
    Teknik- og Miljøudvalget
    Eva Dal (C), formand
    Deltog

Read as lines, an "Afbud" cell was taken for the label of the name below it (which is
present), and the group's names and the "Deltog" cells for people. Here the rows are
read as pairs under the list's label, a body's name between them opening the next
group, and written out as the labelled lists a minutes header writes ("Deltagere: Ida
Holm (V) (borgmester, formand); Eva Dal (C), formand", "Afbud: Ole Bak (A)"), which
`text_header` reads; a member of both bodies is listed twice and merged there
(`people_once.listed_once`).
"""

from __future__ import annotations

import re

from .text_header_rows import BODY_NAME_RE
from .text_people import ABSENT, PRESENT_WORDS, clean_heading, looks_like_name

LIST_LABELS = frozenset({"deltagere", "medlemmer", "udvalgsmedlemmer", "mødedeltagere"})
# A member's cell: the name, the party's letters, the roles after a comma
_MEMBER_RE = re.compile(r"^(?P<name>[A-ZÆØÅ][^\d(),:;]{2,60}?)\s*\((?P<party>[A-ZÆØÅ]{1,3})\)"
                        r"(?:\s*,\s*(?P<role>[^\d():;]{2,60}))?$")
# A group's heading: a body's name alone on its line ("Teknik- og Miljøudvalget")
_GROUP_RE = re.compile(r"^[A-ZÆØÅ][\w ,-]{2,80}$")
_MIN_ROWS = 2


def _status(cell: str) -> str | None:
    """"deltog" or "afbud" for an attendance cell, None for any other line."""
    low = clean_heading(cell).rstrip(".").lower()
    if low in PRESENT_WORDS:
        return "deltog"
    return "afbud" if low in ABSENT else None


def _group(line: str) -> bool:
    """Whether a line is a body's name heading its members' group."""
    return bool(_GROUP_RE.match(line) and BODY_NAME_RE.search(line))


def _entry(m: re.Match[str]) -> str:
    """A member's entry in a header's list: "Ida Holm (V), formand", two roles in one
    bracket ("Ida Holm (V) (borgmester, formand)")."""
    name = f"{' '.join(m['name'].split())} ({m['party']})"
    role = " ".join((m["role"] or "").split()).lower()
    if not role:
        return name
    return f"{name} ({role})" if "," in role else f"{name}, {role}"


def _rows(lines: list[str], k: int) -> tuple[dict[str, list[str]], int]:
    """The members' entries by status from line `k` on, and the line after the grid."""
    said: dict[str, list[str]] = {"deltog": [], "afbud": []}
    j = k
    while j < len(lines):
        line = lines[j].strip()
        if _group(line) and j + 1 < len(lines) and _MEMBER_RE.match(lines[j + 1].strip()):
            j += 1
            continue
        m = _MEMBER_RE.match(line)
        status = _status(lines[j + 1]) if m and j + 1 < len(lines) else None
        if m is None or status is None or not looks_like_name(m["name"]):
            break
        said[status].append(_entry(m))
        j += 2
    return said, j


def status_rows(lines: list[str]) -> list[str]:
    """`lines` (a minutes head) with such a grid written out as "Deltagere:" and "Afbud:"
    lines; unchanged when no list label is followed by two member-and-status rows.

    >>> status_rows(["Deltagere", "Økonomiudvalget", "Ida Holm (V), borgmester, formand",
    ...              "Deltog", "Ole Bak (A)", "Afbud", "Kulturudvalget", "Eva Dal (C)",
    ...              "Deltog", "Sag"])
    ['Deltagere: Ida Holm (V) (borgmester, formand); Eva Dal (C)', 'Afbud: Ole Bak (A)', 'Sag']
    >>> status_rows(["Deltagere", "Ida Holm (V)", "Ole Bak (A)"])
    ['Deltagere', 'Ida Holm (V)', 'Ole Bak (A)']
    """
    for k, line in enumerate(lines):
        if clean_heading(line).lower() not in LIST_LABELS:
            continue
        said, end = _rows(lines, k + 1)
        if len(said["deltog"]) + len(said["afbud"]) < _MIN_ROWS or not said["deltog"]:
            continue
        written = [f"Deltagere: {'; '.join(said['deltog'])}"]
        if said["afbud"]:
            written.append(f"Afbud: {'; '.join(said['afbud'])}")
        return [*lines[:k], *written, *lines[end:]]
    return lines
