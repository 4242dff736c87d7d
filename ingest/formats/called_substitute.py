"""A substitute named in the sentence after an absence, as a typed protocol writes it:
"Fraværende: Ove Bjerre (afbud). I hans sted var indkaldt 1. stedfortræder Grethe Kvist,
der deltog i hele mødet." The row is the absence and the substitute's own row, as the
header reads a labelled substitute: "Fraværende: Ove Bjerre (afbud)" / "Stedfortræder:
Grethe Kvist for Ove Bjerre". (A scan's "stedfortraeder" spells the "æ" as "ae".)"""

from __future__ import annotations

import re

# "I hans sted var indkaldt 1. stedfortræder Grethe Kvist, der deltog i hele mødet."
_CALLED_RE = re.compile(
    r"^(?P<head>[A-ZÆØÅ][A-Za-zÆØÅæøå ]{2,30}:\s*(?P<absent>[A-ZÆØÅ][^.:;()]{2,60}?)"
    r"(?:\s*\([^()]{1,30}\))?)\.\s+I\s+(?:hans|hendes|dennes)\s+sted\s+(?:var|blev|er)\s+"
    r"(?:indkaldt|mødt|mødte)\s+(?:(?:\d\.|første|anden|1ste|2den)\s+)?"
    r"(?:stedfortr(?:æ|ae)der|suppleant)(?:en)?\s+(?P<sub>[A-ZÆØÅ][^,.;()]{2,60}?)"
    r"(?:\s*\([^()]{1,10}\))?\s*(?:,\s*(?:der|som)\s+[^.]*)?\.?$", re.IGNORECASE)


def called_substitutes(rows: list[str]) -> list[str]:
    """`rows` with each absence row naming the substitute called in its place parted in two.

    >>> called_substitutes(["Fraværende: Ove Bjerre (afbud). I hans sted var indkaldt "
    ...                     "1. stedfortraeder Grethe Kvist, der deltog i hele mødet."])
    ['Fraværende: Ove Bjerre (afbud)', 'Stedfortræder: Grethe Kvist for Ove Bjerre']
    """
    out: list[str] = []
    for row in rows:
        m = _CALLED_RE.match(row.strip())
        if m is None:
            out.append(row)
            continue
        out += [m["head"], f"Stedfortræder: {m['sub'].strip()} for {m['absent'].strip()}"]
    return out
