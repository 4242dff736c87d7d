"""A person named in the asked role: "hvad hedder IPS-konsulenten?" is answered by
"IPS-konsulent Anne Hansen …", "Hvem er forpersoner for arbejdsgrupperne?" by "Susan
Harnow, leder af PPR, er forperson for gruppen …" — not by another person in the
sentence."""

from __future__ import annotations

import re

from referat import values as vals
from referat.values import PERSON

# The titles a name can stand next to; the nearest one is the name's.
_ROLE_WORD = re.compile(r"næstformand|formand|forperson|leder|chef|direktør|rådgiver|konsulent|"
                        r"borgmester|medarbejder|minister|ordfører|koordinator|sekretær")


def person_in_role(sentence: str, role: str, reach: int = 40) -> bool:
    """Does a person's name stand next to the role ("IPS-konsulent Anne Hansen",
    "Anne Hansen, IPS-konsulent")? Another person in the sentence is not an answer to
    "hvad hedder IPS-konsulenten?".

    >>> person_in_role("IPS-konsulent Anne Hansen sidder på centret.", "konsulent")
    True
    >>> person_in_role("Afsnitsleder Anne Lund deltog; der er én IPS-konsulent.", "konsulent")
    False
    >>> person_in_role("Kommunen betaler en ekstern konsulent, Niras, for et tjek.", "konsulent")
    True
    >>> person_in_role("Susan Harnow, leder af PPR, er forperson for gruppen.", "forperson")
    True
    >>> person_in_role("Morten Helmer-Nielsen starter 1. december som ny enhedsleder.", "leder")
    True
    """
    if re.search(rf"{role}\w*,? (?-i:[A-ZÆØÅ])\w+", sentence, re.I):
        return True  # a name right after the title: "en ekstern konsulent, Niras, …"
    lowered = sentence.lower()
    titles = [(m.start(), m.group(0)) for m in _ROLE_WORD.finditer(lowered)]
    for a, b in (v.span for v in vals.find_values(sentence, frozenset({PERSON}))):
        near = [(0 if a <= at < b else min(abs(at - a), abs(at - b)), word)
                for at, word in titles if a - reach <= at <= b + reach]
        if near and min(near)[1] == role:
            return True  # the title nearest the name is the asked one
        # (a date's period is no sentence end: "starter den 1. december …")
        if re.match(rf"(?:[^.;]|\.(?=\s+[a-zæøå\d])){{0,{reach + 20}}}?\b(?:(?:er|var|bliver|"
                    rf"blev)\s+(?:\w+\s+)?|"
                    rf"som\s+(?:ny\s+|konstitueret\s+|midlertidig\s+)?\w*){role}",
                    sentence[b:], re.I):
            # the name said to hold it: "Susan Harnow, leder af PPR, er forperson", "Morten
            # Helmer-Nielsen starter den 1. december 2024 som ny enhedsleder"
            return True
    return False
