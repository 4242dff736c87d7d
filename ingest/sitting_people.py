"""The participants of one meeting given by several files (`sittings.combine`): a
decisions-only protocol lists who came and who sent apologies but no roles; its agenda
lists the members with their roles ("formand", "næstformand"). The protocol's list
stays (its attendance is the meeting's), each member gets the role the agenda gives.

>>> from referat.domain import Participant
>>> came = [Participant("Bo Holm (A)"), Participant("Ib Dam (O)", "afbud")]
>>> add_roles(came, [Participant("Bo Holm (A)", "indkaldt", "Formand")])
True
>>> came[0].role, came[0].status
('Formand', 'deltog')
"""

from __future__ import annotations

import re
import unicodedata

from referat.domain import Participant


def _folded(name: str) -> str:
    """A name without its party's letter, case and spacing: "Bo Holm (A)" → "boholm"."""
    name = re.sub(r"\([^)]*\)", "", unicodedata.normalize("NFKC", name))
    return re.sub(r"[\W_]+", "", name.casefold())


def add_roles(people: list[Participant], listed: list[Participant]) -> bool:
    """Give each of `people` without a role the role `listed` gives the same person;
    whether any was given."""
    roles = {_folded(p.name): p.role for p in listed if p.role}
    added = False
    for person in people:
        if not person.role and (role := roles.get(_folded(person.name))):
            person.role, added = role, True
    return added
