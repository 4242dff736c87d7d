"""A board's decision headed "Referat" without its colon, as its print writes each item's
record below the item's other sections:

    EMNE 2
    Godkendelse af regnskab 2025
    Redegørelse
    …
    Referat
    Regnskabet blev godkendt.

"Referat:" with its colon heads the record already (`closed_marks.MINUTE_NOTE_RE`); the
bare word also names the document and may stand in a running header, so it heads an
item's record only when every item (two or more) holds it once, on a line of its own
with text after it.
"""

from __future__ import annotations

import re

from .closed_marks import MINUTE_NOTE_RE
from .labels import heading_label
from .text_sections import section_name

_BARE_RE = re.compile(r"^\s*(?:\*\*)?(?:Referat|REFERAT)(?:\*\*)?\s*$")
_MIN_ITEMS = 2


def noted_bodies(bodies: list[list[str]]) -> list[list[str]]:
    """`bodies` (each item's lines) with such a "Referat" as "Referat:".

    >>> noted_bodies([["Redegørelse", "Tekst.", "Referat", "Godkendt."],
    ...               ["Referat", "Taget til efterretning."]])[0]
    ['Redegørelse', 'Tekst.', 'Referat:', 'Godkendt.']
    """
    at = []
    for body in bodies:
        found = [k for k, line in enumerate(body) if _BARE_RE.match(line)]
        if len(found) != 1 or not any(line.strip() for line in body[found[0] + 1:]):
            return bodies
        at.append(found[0])
    if len(bodies) < _MIN_ITEMS:
        return bodies
    return [[*body[:k], "Referat:", *body[k + 1:]] for body, k in zip(bodies, at, strict=True)]


def notes_discussed(bodies: list[list[str]]) -> bool:
    """Whether "Referat:" under an item heads the discussion, not what the body did: when
    an item's "Referat:" has a "Beslutning" after it (a council's or board's minutes
    without decisions head each item's record "Referat:" alone)."""
    for body in bodies:
        noted = False
        for line in body:
            s = line.strip().replace("**", "")
            noted = noted or bool(MINUTE_NOTE_RE.match(s))
            label = heading_label(s)
            if noted and section_name(label[0] if label else s) == "Beslutning":
                return True
    return False
