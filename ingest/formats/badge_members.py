"""A web page's list of members, each entry a name, a party, a role and an attendance
badge – `<li><span>Name</span> <span>(A)</span> <span>formand</span> <span>Deltog</span>`
– under a heading without a colon ("Mødedeltagere"), as a region's or a municipality's
meeting portal prints it. Its text gives an entry a bullet line, the spans parted by
runs of spaces:

    Mødedeltagere
    - Eva Holm  (A)  formand  Deltog
    - Ole Bak  (V)  Afbud

Read as it was, the heading was no label and the bullets no list, so only the sentence
below them ("Desuden deltog direktør …") was taken for people. Here the entries become
the labelled lists a header reads: "Deltagere: Eva Holm (A), formand; …" and "Afbud:
Ole Bak (V)", each entry by its badge.

Found by that structure only: a heading naming the participants, then two or more
bullets, every one ending in an attendance badge.
"""

from __future__ import annotations

import re

from .text_people import ABSENT, PRESENT_WORDS

_HEADING_RE = re.compile(r"^(?:mødedeltagere|deltagere|medlemmer|fremmøde|tilstedeværelse)$",
                         re.IGNORECASE)
_ENTRY_RE = re.compile(r"^[-•*]\s+(?P<name>[A-ZÆØÅ][^\s(]*(?:\s[A-ZÆØÅ][^\s(]*){1,4})"
                       r"(?:\s{2,}(?P<party>\([^()]{1,4}\)))?(?:\s{2,}(?P<role>[^\s].*?))?"
                       r"\s{2,}(?P<badge>\S+(?:\s\S+)?)$")
_MIN_ENTRIES = 2


def badge_members(lines: list[str]) -> list[str]:
    """`lines` (a minutes head) with such a list written as labelled lines; unchanged
    without one.

    >>> badge_members(["Mødedeltagere", "", "- Eva Holm  (A)  formand  Deltog", "",
    ...                "- Ole Bak  (V)  Afbud", "", "Desuden deltog Bo Dam."])
    ['Deltagere: Eva Holm (A), formand', 'Afbud: Ole Bak (V)', '', 'Desuden deltog Bo Dam.']
    """
    for k, line in enumerate(lines):
        if not _HEADING_RE.match(line.strip()):
            continue
        entries: dict[str, list[str]] = {"Deltagere": [], "Afbud": []}
        j = k + 1
        while j < len(lines):
            s = lines[j].strip()
            if not s:
                j += 1
                continue
            m = _ENTRY_RE.match(s)
            badge = m.group("badge").lower() if m else ""
            if not m or badge not in (*PRESENT_WORDS, *ABSENT):
                break
            entry = m.group("name") + (f" {m.group('party')}" if m.group("party") else "") + (
                f", {m.group('role')}" if m.group("role") else "")
            entries["Afbud" if badge in ABSENT else "Deltagere"].append(entry)
            j += 1
        if sum(map(len, entries.values())) < _MIN_ENTRIES:
            continue
        written = [f"{label}: {'; '.join(names)}" for label, names in entries.items() if names]
        return [*lines[:k], *written, "", *lines[j:]]
    return lines
