"""A council's members listed under party headings, a heading a line and its members one
a line below it without their letters, as an old Word protocol prints "Byrådets
medlemmer:" in a table of party groups:

    Byrådets medlemmer:
    Venstre (V)
    Kurt Holm, borgmester
    Helle Iversen
    Socialdemokraterne (A)
    Birgitte Nielsen, 1.
    viceborgmester

is the one-a-line list the header reader knows: "Medlemmer:", "Kurt Holm (V), borgmester",
"Helle Iversen (V)", "Birgitte Nielsen (A), 1. viceborgmester". A heading is a known
party's name with its letter in brackets ("SF - Socialistisk Folkeparti (F)"), so the
group headings name no member; a role wrapped after its number or comma is joined again.
Found only where two such headings at least each head a member: any other head stays as
it was.
"""

from __future__ import annotations

import re

from .party_lists import known_party

# "Venstre (V)", "SF - Socialistisk Folkeparti (F)": a party's name and its letter
_HEADING_RE = re.compile(r"^\s*(?P<party>(?-i:[A-ZÆØÅ])[^():,.]{1,45}?)\s*\((?P<l>[A-ZÆØÅ])\)\s*$")
# "Kurt Holm Sørensen", "Kurt Holm Sørensen, borgmester": a name, its role after a comma
_MEMBER_RE = re.compile(r"^\s*(?P<n>(?-i:[A-ZÆØÅ])[\w.'-]+(?:\s+(?-i:[A-ZÆØÅ])[\w.'-]+){1,4})"
                        r"(?:\s*,\s*(?P<role>[\w. -]{1,40}?))?\s*$")
# a role's wrapped end on the next line: "viceborgmester", "formand for udvalget"
_ROLE_END_RE = re.compile(r"^\s*[a-zæøå][a-zæøå -]{2,40}$")
_HEADINGS = ("medlemmer", "deltagere")
_MIN_GROUPS = 2


def _letter(line: str) -> str:
    """The letter of a party heading line; "" for any other line."""
    m = _HEADING_RE.match(line)
    if not m:
        return ""
    named = known_party(m["party"])
    return m["l"] if named == m["l"] else ""


def party_headed(head: list[str]) -> list[str]:
    """The head's lines with members listed under party headings written one member a
    line with their party's letter (the lines themselves when there is no such list).

    >>> party_headed(["Kommunalbestyrelsens medlemmer:", "Venstre (V)", "Eva Dam, borgmester",
    ...               "Karl Bo", "Enhedslisten (Ø)", "Lis Ravn, 2.", "viceborgmester",
    ...               "Fraværende: Karl Bo"])
    ['Medlemmer:', 'Eva Dam (V), borgmester', 'Karl Bo (V)', 'Lis Ravn (Ø), 2. viceborgmester', \
'Fraværende: Karl Bo']
    """
    k = next((i for i, line in enumerate(head) if _letter(line)), None)
    if k is None:
        return head
    people: list[str] = []
    groups, letter, j = 0, "", k
    while j < len(head):
        line = head[j]
        if new := _letter(line):
            letter, groups = new, groups + 1
        elif (m := _MEMBER_RE.match(line)) and letter:
            role = (m["role"] or "").strip()
            if (role.endswith(".") or not m["role"] and line.rstrip().endswith(",")) and (
                    j + 1 < len(head) and _ROLE_END_RE.match(head[j + 1])):
                role, j = f"{role} {head[j + 1].strip()}".strip(), j + 1
            people.append(f"{m['n']} ({letter})" + (f", {role}" if role else ""))
        elif not line.strip():
            pass
        else:
            break
        j += 1
    if groups < _MIN_GROUPS or len(people) < groups:
        return head
    before = head[k - 1].strip().rstrip(":").lower() if k else ""
    heading = k > 0 and before.endswith(_HEADINGS)
    return [*head[: k - heading], "Medlemmer:", *people, *head[j:]]
