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

A joint meeting's members in a column per body, the bodies' names heading the columns
and a PDF's text reading the columns row by row, is one such list too, each member once
(one who sits in both bodies is printed in both columns):

    Medlemmer
    Teknisk Udvalg
    Miljøudvalget
    Ida Holm (V), formand
    Bo Lund (A), formand
    Eva Dam (C)
    Eva Dam (C)
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
    rows = _body_columns(rows)
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


# A column's heading naming a body ("Børne- og Skoleudvalget", "Ældrerådet")
# ("Teknisk Udvalg" too)
_BODY_HEAD_RE = re.compile(r"^[A-ZÆØÅ][\w ,-]{2,80}(?i:udvalg|udvalget|råd|rådet|bestyrelse|"
                           r"bestyrelsen|nævn|nævnet|kommission|kommissionen)$")
# A member's row: the name with its party, a role after a comma ("Ida Holm (V), formand")
_MEMBER_ROW_RE = re.compile(r"^[A-ZÆØÅ][\w.'-]*(?:\s+[A-ZÆØÅ][\w.'-]*){1,4}\s*\([A-ZÆØÅ]{1,3}\)"
                            r"(?:,\s*[\wæøå][\wæøå. -]{1,40})?$")


def _body_columns(rows: list[str]) -> list[str]:
    """`rows` with the members under two or more bodies' column headings as one
    "Medlemmer:" list, each member once (see the module's note)."""
    for i, row in enumerate(rows):
        if not _MEMBERS_HEAD_RE.match(row.strip()):
            continue
        k = i + 1
        while k < len(rows) and _BODY_HEAD_RE.match(rows[k].strip()):
            k += 1
        heads, names = k - i - 1, []
        while heads >= 2 and k < len(rows) and _MEMBER_ROW_RE.match(rows[k].strip()):
            names.append(rows[k].strip())
            k += 1
        if names:
            return [*rows[:i], "Medlemmer:", *dict.fromkeys(names), *rows[k:]]
    return rows
