"""Attendance labels written out longer (or in other words) than the header's own, as the
label it knows:

* the body's members named by the body, "Udvalgets medlemmer:", "Rådets medlemmer:",
  "Bestyrelsens medlemmer:" (a list of all members, those absent named below it), or in
  one word, "Udvalgsmedlemmer:", "Bestyrelsesmedlemmer:" (an agenda page's list of whom it
  calls) → "Medlemmer:";
* an absence without notice, "Fraværende uden afbud:", "Udeblevet uden afbud:",
  "Fraværende uden forfald:" → "Fraværende:" (the absent one's name, no "uden afbud: "
  before it);
* an absence with notice, "Meldt forfald:" (as "Meldt afbud:") → "Forfald:", and one not
  said why, "Ikke mødt:" / "Ikke til stede:" → "Fraværende:";
* those present as a protocol says it, "Mødt:" (above "Ikke mødt:") → "Til stede:".
"""

from __future__ import annotations

import re

_MEMBERS_RE = re.compile(r"^([ \t]*\**)(?:[A-ZÆØÅ][a-zæøå-]{2,30}s\s+medlemmer|"
                         r"(?:Udvalgs|Råds|Bestyrelses|Nævns)medlemmer)(?=\s*\**\s*:)")
_UNNOTIFIED_RE = re.compile(r"^([ \t]*\**)(?:fraværende|udeblevet|udeblev|fravær)\s+"
                            r"uden\s+(?:afbud|forfald|meddelelse)(?=\s*\**\s*:)", re.IGNORECASE)
# "Meldt forfald:", "Ikke mødt:", "Mødt:", a notes app's property "Afbud meldt:": a label
# of its own, its colon after it
_OTHER_WORDS_RE = re.compile(r"^([ \t]*\**)(meldt\s+forfald|ikke\s+mødt|ikke\s+til\s+stede|mødt|"
                             r"afbud\s+meldt|meldt\s+afbud)(?=\s*\**\s*:)", re.IGNORECASE)
_OTHER_WORDS = {"meldt forfald": "Forfald", "ikke mødt": "Fraværende",
                "ikke til stede": "Fraværende", "mødt": "Til stede", "afbud meldt": "Afbud",
                "meldt afbud": "Afbud"}


def people_labels(rows: list[str]) -> list[str]:
    """`rows` with such labels as the header's.

    >>> people_labels(["Udvalgets medlemmer:", "Fraværende uden afbud: Peder Kjeldsen."])
    ['Medlemmer:', 'Fraværende: Peder Kjeldsen.']
    >>> people_labels(["Mødt:", "Ikke mødt:", "Meldt forfald: Ib Holm."])
    ['Til stede:', 'Fraværende:', 'Forfald: Ib Holm.']
    """
    return [_OTHER_WORDS_RE.sub(lambda m: m.group(1) + _OTHER_WORDS[" ".join(m.group(2).lower(
        ).split())], _UNNOTIFIED_RE.sub(r"\1Fraværende", _MEMBERS_RE.sub(r"\1Medlemmer", row)))
        for row in rows]
