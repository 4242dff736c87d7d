"""A substitute named right after the member they came for, in one list of a header:
"Afbud: Ali Lund. Suppleant Eva Bro (Holme Roklub) deltog." The list reads the substitute
as an entry of their own, present with the role "stedfortræder"; the entry before it,
absent, is whom they stood in for, so the role names that member ("stedfortræder for Ali
Lund"), as a list saying "Eva Bro for Ali Lund" has it, unless their parties differ."""

from __future__ import annotations

import re

from referat.domain import Participant


def in_place_of(people: list[Participant]) -> list[Participant]:
    """`people` with each bare "stedfortræder" right after an absent entry named as that
    member's, by the name without its party or organisation (as a front matter's "rolle:
    stedfortræder for Dorte Mai" names the member).

    >>> bro = in_place_of([Participant("Ali Lund (V)", "afbud", ""),
    ...                    Participant("Eva Bro", "deltog", "stedfortræder")])[1]
    >>> bro.role
    'stedfortræder for Ali Lund'
    """
    for before, person in zip(people, people[1:], strict=False):
        if person.role == "stedfortræder" and person.status == "deltog" and (
                before.status == "afbud") and _same_party(before.name, person.name):
            person.role = f"stedfortræder for {before.name.split(' (')[0]}"
    return people


_PARTY_RE = re.compile(r"\(([A-ZÆØÅ]{1,3})\)")


def _same_party(one: str, other: str) -> bool:
    """Whether two entries' party letters agree, or either names none ("Ole Bak (C)" and
    "Ida Holm (A)" do not: she came for another member of the list)."""
    a, b = _PARTY_RE.search(one), _PARTY_RE.search(other)
    return not a or not b or a.group(1) == b.group(1)
