"""The municipality a member of a joint body represents, written after the party.

A body that several municipalities own together (a fire service's commission, a joint
water board) lists its members with the municipality each comes from: "Borgmester Jens
Aagaard (V), Næsvig Kommune, formand". Split at its commas, the municipality would read
as a person of its own (and glue to the next member when the list wraps a member a
line); it is no participant, so it goes, and a role after it stays the member's.
"""

from __future__ import annotations

import re

# ", Næsvig Kommune" / ", Region Sydfjord" after a party's letters in brackets
_AFFILIATION_RE = re.compile(
    r"(\([A-ZÆØÅ]{1,4}\))\s*,\s*(?:(?:[A-ZÆØÅ][\w-]*\s+){1,3}(?:Regions)?[Kk]ommune|"
    r"Region\s+[A-ZÆØÅ][\w-]*)\b(?=\s*(?:[,;\n]|$|[A-ZÆØÅ]))")


def without_affiliation(text: str) -> str:
    """`text` without the municipality after each member's party: "Jens Aagaard (V),
    Næsvig Kommune, formand" → "Jens Aagaard (V), formand".

    >>> without_affiliation("Karl Bech (A), Næsvig Kommune, formand; Eva Dal (C)")
    'Karl Bech (A), formand; Eva Dal (C)'
    """
    # (a member wrapped onto the next line follows with no comma: "…, Næsvig Kommune Inge
    # Dam (C)" keeps the two apart)
    return _AFFILIATION_RE.sub(lambda m: m.group(1) + (", " if text[m.end():].lstrip()[:1].isupper()
                                                        else ""), text)
