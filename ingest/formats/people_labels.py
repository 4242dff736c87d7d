"""Attendance labels written out longer than the header's own, as the label it knows:

* the body's members named by the body, "Udvalgets medlemmer:", "Rådets medlemmer:",
  "Bestyrelsens medlemmer:" (a list of all members, those absent named below it) →
  "Medlemmer:";
* an absence without notice, "Fraværende uden afbud:", "Udeblevet uden afbud:",
  "Fraværende uden forfald:" → "Fraværende:" (the absent one's name, no "uden afbud: "
  before it).
"""

from __future__ import annotations

import re

_MEMBERS_RE = re.compile(r"^([ \t]*\**)(?:[A-ZÆØÅ][a-zæøå-]{2,30}s)\s+medlemmer(?=\s*\**\s*:)")
_UNNOTIFIED_RE = re.compile(r"^([ \t]*\**)(?:fraværende|udeblevet|udeblev|fravær)\s+"
                            r"uden\s+(?:afbud|forfald|meddelelse)(?=\s*\**\s*:)", re.IGNORECASE)


def people_labels(rows: list[str]) -> list[str]:
    """`rows` with such labels as the header's.

    >>> people_labels(["Udvalgets medlemmer:", "Fraværende uden afbud: Peder Kjeldsen."])
    ['Medlemmer:', 'Fraværende: Peder Kjeldsen.']
    """
    return [_UNNOTIFIED_RE.sub(r"\1Fraværende", _MEMBERS_RE.sub(r"\1Medlemmer", row))
            for row in rows]
