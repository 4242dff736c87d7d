"""Attendance printed as captioned groups, as a web page's fieldsets or boxes come out
as text: a caption alone on its line, without a colon, that says how the members took
part, over a bullet list of names,

    Deltog via Teams            →  Deltog:
    - Ida Holm (V) – formand       - Ida Holm (V) – formand
    Deltog fysisk (fra rådhuset)   Deltog:
    - Ole Berg (A)                 - Ole Berg (A)
    Afbud                          Afbud:
    - Eva Lund (F)                 - Eva Lund (F)

A digital meeting splits those present by how they joined (virtually, in the room);
each is present all the same, so every such caption becomes the header's own label over
its list. A caption without a list below it stays as it is. A caption numbered as the document's
headings are ("1. Deltagere" over the list, "2. Dagsorden" below it, as a meeting app's
notes number them) is such a caption all the same.

A board's head may label its members with the body's own name ("Bestyrelsen: Henrik
Mølby (A), Ringsted Kommune – formand", one member a line below) and its observer with
the role ("Observatør: Bo Eriksen, medarbejderrepræsentant"): both are the attendance's
labels, the observer's role kept after the name. A council's head may list only its
chair, the absent and their substitutes ("Mødeleder: Borgmester Ole Dam (A)",
"Mødeleder: Borgerrepræsentationens formand Eva Holm (A)"): a chair with a party's letter
is a member present, the office before the name its role ("formand"); so is the label
alone on its line over the chair's name, as a PDF's text gives a hanging label.
"""

from __future__ import annotations

import re

from .text_header_lists import DOC_WORDS
from .text_header_rows import HEADER_FIELD_RE
from .text_people import clean_heading

_CAPTION_RE = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?P<k>deltog|til stede|fremmødt|fremmødte|(?:møde)?deltagere|afbud|"
    r"fraværende)"
    r"(?P<how>\s+(?:virtuelt|digitalt|fysisk|online|hybridt|(?:via|på|over)\s+\w+)"
    r"(?:\s*\([^)]*\))?)?$", re.IGNORECASE)
_BULLET_RE = re.compile(r"^\s*[-•*·]\s+[A-ZÆØÅ]")
_ABSENT = ("afbud", "fraværende")
# "Bestyrelsen: Henrik Mølby (A), …", "Rådet: …": the body's name over its members, a
# name (two capitalised words) first; "Observatør: Bo Eriksen, …": a member by role
_BODY_LABEL_RE = re.compile(r"^(?:Bestyrelsen|Repræsentantskabet|Rådet|Udvalget|Nævnet|"
                            r"Kommissionen|Lokalrådet)\s*:\s*(?=[A-ZÆØÅ][\w-]+\s+[A-ZÆØÅ])")
# A council's chair named with a party's letter, the one member its head lists beside the
# absent ("Mødeleder: Borgmester Ole Dam (A)"; in a head labelled without colons,
# "Mødeleder Borgmester Ole Dam (A)"): present (a staff chair has no party)
_CHAIR_RE = re.compile(r"^(?i:mødeleder)(?:\s*:\s*|\s+)(?:(?:[A-ZÆØÅ]\w*s\s+)?(?P<r>(?i:formand|"
                       r"borgmester|overborgmester|viceborgmester|rådmand))\s+)?"
                       r"(?P<n>[A-ZÆØÅ][^,:()]*\s\([A-ZÆØÅ]{1,2}\))$")
_CHAIR_LABEL_RE = re.compile(r"^(?i:mødeleder)\s*:$")  # (the label alone, its name below)
_OBSERVER_RE = re.compile(r"^(?P<k>Observatør(?:er)?)\s*:\s*(?P<n>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ]"
                          r"[\w-]+){1,3})(?:\s*,\s*(?P<r>[^,:]+))?$")


def labelled_attendance(lines: list[str]) -> list[str]:
    """The lines with each attendance caption over a bullet list as a label (see the
    module's docstring).

    >>> labelled_attendance(["Deltog online", "", "- Ida Holm (V)", "Afbud", "- Ole Berg (A)"])
    ['Deltog:', '', '- Ida Holm (V)', 'Afbud:', '- Ole Berg (A)']
    >>> labelled_attendance(["Afbud", "Ingen."])
    ['Afbud', 'Ingen.']
    >>> labelled_attendance(["Mødeleder:", "Borgmester Ole Dam (A)", "Dagsorden:"])
    ['Deltagere: Ole Dam (A) (borgmester)', '', 'Dagsorden:']
    """
    out = [_body_label(line) for line in lines]
    for k, line in enumerate(lines):
        if _CHAIR_LABEL_RE.match(line.strip()) and k + 1 < len(lines) and (
                chair := _body_label(f"{line.strip()} {lines[k + 1].strip()}")).startswith(
                "Deltagere:"):  # ("Mødeleder:" / "Borgmester Ole Dam (A)": a hanging label)
            out[k], out[k + 1] = chair, ""
            continue
        m = _CAPTION_RE.match(line.strip())
        if not m:
            continue
        nxt = next((ln for ln in lines[k + 1:k + 6] if ln.strip()), "")
        if _BULLET_RE.match(nxt):
            out[k] = "Afbud:" if m.group("k").lower() in _ABSENT else "Deltog:"
    return out


def _body_label(line: str) -> str:
    """A board's members' or observer's line under the attendance's own label.

    >>> _body_label("Bestyrelsen: Ida Holm (A), Ringsted Kommune – formand")
    'Deltagere: Ida Holm (A), Ringsted Kommune – formand'
    >>> _body_label("Observatør: Bo Eriksen, medarbejderrepræsentant (uden stemmeret)")
    'Deltagere: Bo Eriksen (observatør, medarbejderrepræsentant uden stemmeret)'
    """
    if m := _BODY_LABEL_RE.match(line.strip()):
        return "Deltagere: " + line.strip()[m.end():]
    if m := _OBSERVER_RE.match(line.strip()):
        role = ", ".join(p for p in ("observatør", re.sub(r"[()]", "", m["r"] or "")) if p)
        return f"Deltagere: {m['n']} ({role})"
    if m := _CHAIR_RE.match(line.strip()):  # (its office before the name its role)
        return f"Deltagere: {m['n']} ({(m['r'] or 'mødeleder').strip().lower()})"
    return line


def head_kind(rows: list[str]) -> str | None:
    """The kind a line of the head names alone ("Referat", "DAGSORDEN") above the
    labels, as a page prints it beside the meeting's form ("Referat · Digitalt møde")."""
    for row in rows:
        if HEADER_FIELD_RE.match(row):
            return None
        word = clean_heading(row).lower()
        if word in DOC_WORDS:
            return "dagsorden" if "dagsorden" in word else "referat"
    return None
