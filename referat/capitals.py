"""A body's name printed in capitals ("SANDHOLM LOKALRÅD", "BØRNE- OG UNGEUDVALGET") as
the minutes would write it in ordinary case: the first word capitalised, each body's
name after a compound's shared part or a joint meeting's "mellem", and a place's name
before the body's noun word by word ("Sandholm Lokalråd")."""

from __future__ import annotations

import re

# "BØRNE- OG UNGEUDVALGET": after a compound's shared part ("Børne- og", "Social-,") the
# next name's word starts with a capital again; so does a body's name after "mellem" and
# after another body's name and "og" (a joint meeting's two bodies)
_SHARED_PART_RE = re.compile(r"(-,?\s+(?:og\s+|eller\s+)?|\bmellem\s+|(?:udvalget|rådet|"
                             r"bestyrelsen|nævnet|kommissionen)\s+og\s+)([a-zæøå])")


# A name's last word naming the body or the institution itself: "Lokalråd", "Udvalg",
# "Borgerforening", "Skole"
_BODY_NOUN_RE = re.compile(r"(?:råd|udvalg|forening|bestyrelse|nævn|kommission|forum|"
                           r"forsamling|selskab|skole|center|centret|klub|laug|gruppe)(?:et|en)?$")
# Words that join a name's parts, never a proper noun ("Udvalget for teknik og miljø")
_JOINS = frozenset("og eller samt for i af til mellem med på om ved hos det den de".split())


def _proper_name(words: list[str]) -> bool:
    """A name of a place (or an adjective) before the body's noun, each word the name's
    own: "SANDHOLM LOKALRÅD", "SAMSØ SKOLE", "TEKNISK UDVALG" (no joining word, no
    compound's shared part)."""
    return 2 <= len(words) <= 4 and bool(_BODY_NOUN_RE.search(words[-1].lower())) and all(
        w.isalpha() and w.lower() not in _JOINS for w in words)


def from_capitals(name: str) -> str:
    """A body's name printed in capitals as it is written: a name of a place before the
    body's noun is a proper name, each word capitalised ("Sandholm Lokalråd"), any other
    only its first word and each name after a compound's shared part.

    >>> from_capitals("BØRNE- OG UNGEUDVALGET"), from_capitals("BYRÅDET")
    ('Børne- og Ungeudvalget', 'Byrådet')
    >>> from_capitals("FÆLLESMØDE MELLEM BØRNE- OG SKOLEUDVALGET OG SOCIAL- OG SUNDHEDSUDVALGET")
    'Fællesmøde mellem Børne- og Skoleudvalget og Social- og Sundhedsudvalget'
    >>> from_capitals("SANDHOLM LOKALRÅD"), from_capitals("SKOLEBESTYRELSEN, SAMSØ SKOLE")
    ('Sandholm Lokalråd', 'Skolebestyrelsen, Samsø Skole')
    >>> from_capitals("UDVALGET FOR TEKNIK OG MILJØ"), from_capitals("BYRÅDET, LUKKET MØDE")
    ('Udvalget for teknik og miljø', 'Byrådet, lukket møde')
    """
    parts = re.split(r"(?<!-)(,\s+)", name)  # ("SKOLEBESTYRELSEN, SAMSØ SKOLE"; not "SOCIAL-, …")
    for k in range(0, len(parts), 2):
        words = parts[k].split()
        if _proper_name(words):
            parts[k] = " ".join(w[:1] + w[1:].lower() for w in words)
        else:
            part = parts[k].lower()
            parts[k] = part[:1].upper() + part[1:] if k == 0 else part
    return _SHARED_PART_RE.sub(lambda m: m.group(1) + m.group(2).upper(), "".join(parts))
