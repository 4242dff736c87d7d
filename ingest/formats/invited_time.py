"""Head facts an agenda gives only in prose or only by reference. A plain agenda whose
labels hold the date alone ("Dato: 05.02.26") may give the start in its invitation
sentence, "Udvalget indkaldes til møde torsdag den 5. februar kl. 16 i henhold til
mødeplanen." (or "Der indkaldes hermed til ordinært møde …"): the time of that sentence
is the meeting's, not a visit's "(kl. 15.15)" on the next line. A place label that only
points elsewhere, "Mødested: se kalender" (or "se mødeplanen", "jf. indkaldelsen"),
names no place."""

from __future__ import annotations

import re

from .dates import clock_time

# The invitation sentence: who is called ("Udvalget", "Medlemmerne af …", "Der") and
# "indkaldes (hermed) til (ordinært) møde" at the start of its line.
_INVITED_RE = re.compile(
    r"^(?:[\w-]+[ \t]+){1,5}indkaldes[ \t]+(?:hermed[ \t]+)?til[ \t]+"
    r"(?:(?:ekstra)?ordinært[ \t]+|[\w-]+[ \t]+)?møde\b", re.IGNORECASE)
# A place that points to another source: "se kalender", "jf. mødeplanen", "følger"
_ELSEWHERE_RE = re.compile(
    r"^\(?(?:se|jf\.?|jævnfør|ifølge)[ \t]+(?:\w+[ \t]+)?(?:kalender(?:en)?|mødeplan(?:en)?|"
    r"indkaldelse(?:n)?|outlook|invitation(?:en)?|mødeindkaldelse(?:n)?)\.?\)?$|"
    r"^(?:følger|oplyses\s+senere|tba)\.?$", re.IGNORECASE)


def invited_at(lines: list[str]) -> str | None:
    """The start time the invitation sentence of an agenda's head gives.

    >>> invited_at(["Dato: 12.03.26", "Bestyrelsen indkaldes til møde mandag kl. 17 på skolen."])
    '17:00'
    >>> invited_at(["Besigtigelse kl. 15.15", "Mødet holdes i salen."]) is None
    True
    """
    for line in lines:
        sentence = line.strip()
        if (m := _INVITED_RE.match(sentence)) and (t := clock_time(sentence[m.end():])):
            return t
    return None


def points_elsewhere(place: str | None) -> bool:
    """Whether a place label's value only refers to another source ("se kalender").

    >>> points_elsewhere("se kalender"), points_elsewhere("Rådhuset, lokale 2")
    (True, False)
    """
    return bool(place) and bool(_ELSEWHERE_RE.match(place.strip()))  # type: ignore[union-attr]
