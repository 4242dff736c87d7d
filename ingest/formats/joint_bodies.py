"""A body shared by two or more municipalities, and a body of another municipality named
in an item's history.

A joint commission's minutes name their municipalities together under the title: "Den
fælles Beredskabskommission" / "for Frederikssund og Halsnæs Kommuner". A meeting holds
one municipality, so it is filed under the first-named one (the host municipality,
whose secretariat writes the minutes), not under a partner its items happen to name more
often ("Beslutning i Økonomiudvalget i Halsnæs Kommune den 2. november 2011").

Such an item's history names the partner's own committee: "Økonomiudvalget i Halsnæs
Kommune" is not the host's Økonomiudvalget, so the treatment keeps its municipality; a
body of the meeting's own municipality ("Økonomiudvalget i Frederikssund Kommune") is
just "Økonomiudvalget".
"""

from __future__ import annotations

import re

from referat.domain import HISTORY_SECTIONS, Meeting

_NAME = r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?"
# "for Frederikssund og Halsnæs Kommuner", "Beredskabskommissionen for Fanø, Esbjerg og
# Varde Kommuner" on a line of its own in the head
# (before "for" nothing, or the body's name: not an item's title "3. Aftale for …")
_JOINT_RE = re.compile(rf"(?m)^[ \t#*]*(?P<pre>[^\n]*?\s)?for\s+(?P<first>{_NAME})"
                       rf"(?:,\s+{_NAME})*\s+og\s+{_NAME}\s+(?i:kommuner)[ \t*.]*$")
_BODY_RE = re.compile(r"^(?:(?:den|det)\s+fælles\s+)?[A-ZÆØÅ][\w-]*(?:kommission|udvalg|"
                      r"råd|nævn|bestyrelse|samarbejde)\w*\s+$", re.IGNORECASE)
_HEAD_CHARS = 2000  # the title and the facts, not an item's text
# "Økonomiudvalget i Halsnæs Kommune", "INTEGRATIONSRÅDET I SKOVLUND KOMMUNE"
_TOWN_RE = re.compile(r"\s+i\s+(?!(?:den|denne|egen|hver|samme|anden)\s)"
                      rf"(?P<t>{_NAME}|[A-ZÆØÅ]+(?:-[A-ZÆØÅ]+)?)\s+kommune\s*$", re.IGNORECASE)


def joint_municipality(text: str) -> str | None:
    """The first-named municipality of a joint body's head line, or None.

    >>> joint_municipality("Den fælles Beredskabskommission\\nfor Frederikssund og "
    ...                    "Halsnæs Kommuner\\nREFERAT")
    'Frederikssund'
    >>> joint_municipality("Beredskabskommissionen for Fanø og Esbjerg Kommuner")
    'Fanø'
    >>> joint_municipality("3. Samarbejdsaftale for Frederikssund og Halsnæs Kommuner") is None
    True
    """
    for m in _JOINT_RE.finditer(text[:_HEAD_CHARS]):
        if not m["pre"] or _BODY_RE.match(m["pre"]):
            return m["first"]
    return None


def town_of_body(raw: str, committee: str) -> str:
    """`committee` (the body's cleaned name) with the municipality `raw` names it of.

    >>> town_of_body("Økonomiudvalget i Halsnæs Kommune", "Økonomiudvalget")
    'Økonomiudvalget i Halsnæs Kommune'
    >>> town_of_body("Økonomiudvalget", "Økonomiudvalget")
    'Økonomiudvalget'
    """
    m = _TOWN_RE.search(raw.strip().rstrip(":"))
    if not m or not committee or _TOWN_RE.search(committee):
        return committee
    town = "-".join(p.capitalize() for p in m["t"].split("-")) if m["t"].isupper() else m["t"]
    return f"{committee} i {town} Kommune"


def own_town_bodies(meeting: Meeting) -> None:
    """Each treatment by a body of the meeting's own municipality named without it
    ("Økonomiudvalget i Faxe Kommune" in Faxe's minutes is its "Økonomiudvalget")."""
    for item in meeting.items:
        for treatment in item.history:
            m = _TOWN_RE.search(treatment.committee or "")
            if m and meeting.municipality and m["t"].lower() == meeting.municipality.lower():
                plain = treatment.committee[:m.start()]
                for section in item.sections:  # (the heading written above its text)
                    if section.name in HISTORY_SECTIONS:
                        section.text = section.text.replace(treatment.committee, plain)
                treatment.committee = plain
