"""A board's members listed by whom they represent, as a school board's head groups them:

    Deltagere:
    Forældrerepræsentanter: Lise Holm (formand), Bo Ek (næstformand),
    Ida Dam, Ole Lund
    Elevrepræsentant: Asta Krog (8.b)

The group is each member's post ("forældrerepræsentant", "elevrepræsentant"), added to
the role the list gives them, so that the minutes' "Elevrepræsentanten deltog ikke under
dette punkt." names the one member of that post (`finish`)."""

from __future__ import annotations

import re

from referat.domain import Participant

# "Forældrerepræsentanter: …", "Elevrepræsentant: …": the post, then the names
_GROUP_RE = re.compile(r"^(?P<post>[A-ZÆØÅ][a-zæøå]{2,20}repræsentant)(?:er|en|erne)?\s*:\s*"
                       r"(?P<names>\S.*)$")


def represented_groups(people: list[Participant], rows: list[str]) -> None:
    """Each listed member of a represented group with the group's post in their role.

    >>> people = [Participant("Ida Dam"), Participant("Asta Krog", role="8.b")]
    >>> represented_groups(people, ["Forældrerepræsentanter: Bo Ek,", "Ida Dam",
    ...                             "Elevrepræsentant: Asta Krog (8.b)"])
    >>> [p.role for p in people]
    ['forældrerepræsentant', '8.b, elevrepræsentant']
    """
    post, names = "", ""
    for row in [*rows, ""]:
        m = _GROUP_RE.match(row.strip())
        if post and (m or not row.strip() or ":" in row):
            for p in people:
                bare = p.name.split(" (")[0]
                if re.search(rf"(?:^|,\s*){re.escape(bare)}\b", names) and post not in p.role:
                    p.role = f"{p.role}, {post}" if p.role else post
            post, names = "", ""
        if m:
            post, names = m["post"].lower(), m["names"]
        elif post:
            names = f"{names} {row.strip()}"
