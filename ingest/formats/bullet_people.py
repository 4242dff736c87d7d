"""A header's attendance label on a line of its own with a bulleted list below it, one
member a bullet ("Til stede:" / "• Emma Lykke Hansen, formand (Nykøbing Katedralskole,
Guldborgsund)"), as a Word list exported to PDF prints it: each bullet one entry, read
whole, so a comma inside its brackets or after the name ("…, formand (…)") never splits
it into two people; a line without a bullet after one is the entry wrapped ("…,
Guldborgsund" / "Kommune"). An observer's label ("Observatører:") lists those present
with that role."""

from __future__ import annotations

import re

from referat.domain import Participant

from .members_table import BULLET_RE
from .text_people import ABSENT, PRESENT, clean_heading, listed_person, participants_from_list

# a wrapped entry's rest: a few words, no label, no sentence ("Kommune", "Skole, Lolland")
_WRAP_RE = re.compile(r"^[\w()'’.-]+(?:[ ,]+[\w()'’.-]+){0,3}$")
_WRAP_WIDTH = 60
OBSERVERS = ("observatører", "observatør")
# a name kept whole with the post after it: "Jan Rosendahl (V), formand for Kultur- og
# Fritidsudvalget" (an organisation after the comma, "Bent Juul, Ravnholt IF", is read as a
# list reads it: in brackets after the name, as "Rita Dam (Lunde Idrætsråd)" is written)
_NAME_POST_RE = re.compile(r"^(?P<n>[A-ZÆØÅ][^,()]*?(?:\s\([A-ZÆØÅ]{1,3}\))?),\s*(?P<r>\S.*)$")


def bulleted_people(rows: list[str], i: int, key: str) -> list[Participant]:
    """The people of the bulleted list below label row `i` (its label `key`: absent
    under "Afbud:", else there); [] when the row below is no bullet."""
    status = "afbud" if key in ABSENT else "deltog"
    entries: list[str] = []
    width = 0  # the last bullet line's length: a line wraps only when it is long
    for row in rows[i + 1: i + 60]:
        if BULLET_RE.match(row):
            entries.append(BULLET_RE.sub("", row).strip())
            width = len(row.strip())
        elif entries and width >= _WRAP_WIDTH and _WRAP_RE.match(row.strip()) and not (
                row.strip().endswith(".") or clean_heading(row).lower() in (*PRESENT, *ABSENT)):
            entries[-1], width = f"{entries[-1]} {row.strip()}", 0
        else:
            break
    people: list[Participant] = []
    for entry in entries:
        p = listed_person(entry, status)
        if (m := _NAME_POST_RE.match(p.name)) and not m.group("r")[:1].islower():
            people += participants_from_list(entry, status)  # ("Bent Juul, Ravnholt IF")
            continue
        if m:  # (the post it names, the person's role, before a note)
            post = m.group("r")
            p.name, p.role = m.group("n").strip(), f"{post}; {p.role}" if p.role else post
        people.append(p)
    for p in people if key in OBSERVERS else []:
        p.role = f"observatør, {p.role}" if p.role else "observatør"
    return people
