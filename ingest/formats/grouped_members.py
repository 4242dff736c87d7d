"""A body's members listed in groups under its members heading, each group headed by who
appointed them and its members as bullets, as a council's web page prints a council of
two sides (Handicaprådet, Ældrerådet):

    Rådets medlemmer
    Udpeget af Kommunalbestyrelsen
    - Birte Holm, næstformand
    - Jens Dalby
    Udpeget af Danske Handicaporganisationer
    - Lise Krogh, formand (Dansk Handicap Forbund)

is one "Medlemmer:" list of the bullets: the group headings name no member (they are no
bullets), and the heading without its colon still opens the list.
"""

from __future__ import annotations

import re

# "Rådets medlemmer", "Udvalgets medlemmer:", "Medlemmer" (with or without its colon)
_MEMBERS_HEAD_RE = re.compile(
    r"^\**(?:[A-ZÆØÅ][a-zæøå-]{2,30}s\s+medlemmer|Medlemmer)\**\s*:?\s*\**$")
_BULLET_RE = re.compile(r"^\s*[-*•·–]\s+\S")
# A group's heading: a short line of its own, no label, no sentence
_GROUP_HEAD_RE = re.compile(r"^[A-ZÆØÅ][^:.]{2,60}$")


def grouped_members(rows: list[str]) -> list[str]:
    """`rows` with such groups as one "Medlemmer:" list of their bullets.

    >>> grouped_members(["Rådets medlemmer", "Udpeget af Byrådet", "- Bo Dam", "",
    ...                  "Udpeget af DH", "- Ib Holm, formand", "Afbud: Bo Dam"])
    ['Medlemmer:', '- Bo Dam', '', '- Ib Holm, formand', 'Afbud: Bo Dam']
    """
    for i, row in enumerate(rows):
        if not _MEMBERS_HEAD_RE.match(row.strip()):
            continue
        out, groups, k = ["Medlemmer:"], 0, i + 1
        while k < len(rows):
            s = rows[k].strip()
            if not s or _BULLET_RE.match(rows[k]):
                out.append(rows[k])
            elif _GROUP_HEAD_RE.match(s) and any(_BULLET_RE.match(r) for r in _next_rows(rows, k)):
                groups += 1  # (the heading is left out: no member)
            else:
                break
            k += 1
        if groups:
            return [*rows[:i], *out, *rows[k:]]
    return rows


def _next_rows(rows: list[str], k: int) -> list[str]:
    """The first row after `k` that is not blank (as a list of one, or none)."""
    return [r for r in rows[k + 1:] if r.strip()][:1]
