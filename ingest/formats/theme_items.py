"""Items headed by a theme's word, where no other item headings exist.

A seminar's or a theme meeting's minutes follow its programme: "Tema 1: Demografi og
økonomiske rammer", "Emne 2 - Serviceniveau", "Sag 3: …", each with its presentation,
discussion and conclusion below. Such a word is no item keyword in ordinary minutes
("Tema" and "Emne" also open sentences and headings inside an item's text), so these
lines are items only when `text_items.find_items` found none at all, and only as a run
numbered 1, 2, 3 … of at least two headings.
"""

from __future__ import annotations

import re

from .numbered_runs import NumberedStart

# "Tema 1: Title", "EMNE 2 – Title", "Temadrøftelse 3. Title", "Sag 4 - Title"
THEME_RE = re.compile(r"^(?:\*\*|__)?(?i:tema(?:drøftelse)?|emne|sag)\s+(\d{1,2})\s*[:.)]?"
                      r"(?:\s*[-–—])?(?:\*\*|__)?\s+(\S.*?)\s*$")


def theme_items(lines: list[str]) -> list[NumberedStart]:
    """The starts of items headed "Tema N: Title" (or "Emne N", "Sag N"), numbered from 1
    without a gap; [] when fewer than two such headings run so. Each title is its own
    line (a programme's heading is short; the line under it, "Drøftelse:", is its text)."""
    starts: list[NumberedStart] = []
    for i, line in enumerate(lines):
        m = THEME_RE.match(line.strip())
        if not m or m.group(2)[:1].islower() or int(m.group(1)) != len(starts) + 1:
            continue
        starts.append(NumberedStart(i, i + 1, int(m.group(1)), m.group(2)))
    return starts if len(starts) >= 2 else []


# the word naming an event a body holds, not the body: "budgetseminar", "temamøde"
EVENT_WORD = r"\w*seminar|\w*temamøde|\w*konference|workshop|studietur"
# "Byrådets budgetseminar 2025-2028", "Økonomiudvalgets temamøde": a body's event
_EVENT_OF_BODY_RE = re.compile(
    r"^(?P<body>[A-ZÆØÅ][\w-]*(?:rådet|udvalget|bestyrelsen|kommissionen|nævnet))s\s+"
    rf"(?:{EVENT_WORD}|\w*dag)\b", re.IGNORECASE)


def event_body(committee: str | None) -> str | None:
    """The body whose seminar or theme meeting the minutes record: a title naming the
    event by its body ("Byrådets budgetseminar 2025-2028") is the body's meeting, so its
    minutes are filed under "Byrådet" with the body's other meetings; any other name as
    it is."""
    m = _EVENT_OF_BODY_RE.match(committee or "")
    return m.group("body") if m else committee
