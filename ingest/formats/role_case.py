"""A role as the product stores it: lower case, but for the names inside it ("stedfortræder
for Line Kjeldgaard": the member a substitute stood in for, as the list prints the name)."""

from __future__ import annotations

import re

# the one a role is held for, named after it: "stedfortræder for Line Kjeldgaard"
# (with the party letter the list prints after it: "… for Pernille Dahl Storm (O)")
_FOR_NAME_RE = re.compile(r"(?<=\bfor )(?:[A-ZÆØÅ][a-zæøå'-]+(?: |$)){2,4}(?:\([A-ZÆØÅ]{1,3}\))?")


def lower_role(role: str) -> str:
    """A role lower case, a person's name it holds for as written.

    >>> lower_role("Stedfortræder for Line Kjeldgaard")
    'stedfortræder for Line Kjeldgaard'
    >>> lower_role("Stedfortræder for Line Kjeldgaard (Ø)")
    'stedfortræder for Line Kjeldgaard (Ø)'
    """
    low = role.lower()
    for m in _FOR_NAME_RE.finditer(role):
        low = low[:m.start()] + m.group() + low[m.end():]
    return low
