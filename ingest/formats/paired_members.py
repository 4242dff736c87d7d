"""A members' list in a PDF's head whose grid gives each member's name and role a line
each, under the list's label alone on its line, and the apologies' row after it:

    Medlemmer
    Ida Holm (A)
    Formand
    Ole Bak (V)
    Medlem
    Afbud
    Ole Bak (V)
    Udsendt
    Fredag den 19-12-2025 Kl. 12:40

Read as lines, a role cell ("Medlem") was taken for a member, and the label of the row
after the apologies ("Udsendt") for an absent one. Here the list is a run of name lines,
each followed by its role cell (which may mark the member absent: "Medlem – afbud", or
name the member a substitute stood in for: "Stedfortræder for Per Vilstrup"),
and the apologies' row the name lines under its label;
both are written out as the labelled lists a minutes header writes ("Deltagere: Ida Holm
(A), formand; Ole Bak (V)", "Afbud: Ole Bak (V)"), which `text_header` reads.
"""

from __future__ import annotations

import re

from .text_people import ABSENT, PRESENT_WORDS, clean_heading, looks_like_name

_LIST_LABELS = frozenset({"medlemmer", "deltagere", "udvalgsmedlemmer"})
_ABSENT_LABELS = frozenset({"afbud", "fraværende"})
_ROLE = r"(?:\d\.\s*)?(?:formand|næstformand|medlem|borgmester|viceborgmester)"
# A substitute's cell naming the member stood in for: "Stedfortræder for Per Vilstrup"
_STANDS_FOR = (r"(?:stedfortræder|suppleant)\s+for\s+(?-i:[A-ZÆØÅ])[\w'.-]*"
               r"(?:\s+(?-i:[A-ZÆØÅ])[\w'.-]*){0,3}(?:\s+\((?-i:[A-ZÆØÅ]){1,3}\))?")
# (two offices in one cell: "borgmester, formand")
_ROLE_CELL_RE = re.compile(rf"^(?P<role>{_ROLE}(?:\s*(?:,|og)\s*{_ROLE})*|{_STANDS_FOR})"
                           r"(?:\s*[-–—,]\s*(?P<away>afbud|fraværende|forfald)|"
                           r"\s*\((?P<away2>afbud|fraværende|forfald)\))?$", re.IGNORECASE)
_MIN_ROWS = 2
_ROW_LABEL_RE = re.compile(r"^[A-ZÆØÅ][a-zæøå]{2,20}$")  # one word, no colon ("Udsendt")


def _name(line: str) -> bool:
    """A member's name cell: two words or more ("Ida Holm (A)"), no role or label."""
    bare = re.sub(r"\s*\([A-ZÆØÅ]{1,3}\)$", "", line)
    return len(bare.split()) >= 2 and not any(c.isdigit() for c in line) and looks_like_name(bare)


def _pairs(lines: list[str], k: int, caps: bool = False) -> tuple[list[str], list[str], int]:
    """The "Name, role" entries of the rows from line `k` on (of those present, and of
    those whose role cell marks them absent: "Medlem – afbud"), and the line after them.
    A row whose role cell is empty has no line for it: a name with its party alone is a
    member without a role ("Ida Holm (A)" / "Formand" / "Ole Bak (V)" / "Eva Dal (C)"), once
    a row with its role has shown the grid. Under a label in capitals ("DELTAGERE"), a
    word in capitals below a name ("AFBUD") is the next list's label, no status cell."""
    entries: list[str] = []
    away: list[str] = []
    j = k
    while j < len(lines) and _name(lines[j].strip()):
        m = _ROLE_CELL_RE.match(lines[j + 1].strip().rstrip(".")) if j + 1 < len(lines) else None
        said = _status(lines, j + 1 + bool(m), caps)
        if m is None and said is None and (
                not entries or not _PARTY_END_RE.search(lines[j].strip())):
            break
        low = " ".join(m.group("role").split()) if m else "medlem"
        # (the offices in small letters; a substitute's keeps the name: "stedfortræder for
        # Per Vilstrup")
        low = low[:1].lower() + low[1:] if re.match(_STANDS_FOR, low, re.I) else low.lower()
        gone = bool(m and (m.group("away") or m.group("away2"))) or said == "afbud"
        role = f" ({low})" if "," in low else f", {low}"  # ("Ida Holm (borgmester, formand)")
        name = lines[j].strip().removesuffix(",")  # ("Ida Holm (A)," / "formand": its cell)
        (away if gone else entries).append(name + ("" if low == "medlem" else role))
        j += 1 + bool(m) + (said is not None)
    return entries, away, j


def _status(lines: list[str], k: int, caps: bool = False) -> str | None:
    """The attendance cell on line `k` of a grid of three columns (name | role | status,
    an empty role cell no line): "deltog" or "afbud" by its word, None when it is none
    (or, `caps`, when it is written in capitals as the lists' labels are)."""
    cell = lines[k].strip().rstrip(".") if k < len(lines) else ""
    if caps and cell.isupper():
        return None
    cell = cell.lower()
    if cell in PRESENT_WORDS:
        return "deltog"
    return "afbud" if cell in ABSENT else None


_PARTY_END_RE = re.compile(r"\s\([A-ZÆØÅ]{1,3}\)$")


def paired_members(lines: list[str]) -> list[str]:
    """`lines` (a minutes head) with such a list written out as "Deltagere:" and "Afbud:"
    lines; unchanged when no label is followed by two name-and-role rows or more.

    >>> paired_members(["Medlemmer", "Ida Holm (A)", "Formand", "Ole Bak (V)", "Medlem",
    ...                 "Afbud", "Ole Bak (V)", "Udsendt", "Fredag"])
    ['Deltagere: Ida Holm (A), formand; Ole Bak (V)', 'Afbud: Ole Bak (V)', 'Udsendt: Fredag']
    >>> paired_members(["Medlemmer", "Ida Holm (A)", "Formand", "Ole Bak (V)", "Eva Dal (C)"])
    ['Deltagere: Ida Holm (A), formand; Ole Bak (V); Eva Dal (C)']
    """
    for k, line in enumerate(lines):
        if clean_heading(line).lower() not in _LIST_LABELS:
            continue
        caps = line.strip().isupper()  # ("DELTAGERE" / … / "AFBUD" / … / "FRA …": labels)
        entries, away, end = _pairs(lines, k + 1, caps)
        if len(entries) + len(away) < _MIN_ROWS or not entries:
            continue
        written = [f"Deltagere: {'; '.join(entries)}"]
        if away:  # ("Medlem – afbud" in the role's cell)
            written.append(f"Afbud: {'; '.join(away)}")
        if end < len(lines) and clean_heading(lines[end]).lower() in _ABSENT_LABELS:
            absent, end = [], end + 1
            while end < len(lines) and _name(lines[end].strip()) and not (
                    caps and lines[end].strip().isupper()):
                absent, end = [*absent, lines[end].strip()], end + 1
            if absent:
                written.append(f"Afbud: {'; '.join(absent)}")
            else:
                end -= 1  # (the label alone: left as it was)
        rest = lines[end:]
        if len(rest) > 1 and _ROW_LABEL_RE.match(rest[0].strip()) and rest[1].strip():
            # the next row's label and its value ("Udsendt" / "Fredag den …"): a field,
            # not a name wrapped onto the list's next line
            rest = [f"{rest[0].strip()}: {rest[1].strip()}", *rest[2:]]
        elif caps and rest and rest[0].strip().isupper() and ":" not in rest[0]:
            rest = ["", *rest]  # (the next group's label, "FRA ADMINISTRATIONEN": apart)
        return [*lines[:k], *written, *rest]
    return lines
