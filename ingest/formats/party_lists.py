"""A council's members listed a party a line, as a FirstAgenda protocol prints them
under "Medlemmer":

    Venstre: Eva Dam (borgmester), Karl Bo, Ida
    Holm
    SF – Socialistisk Folkeparti: Lis Ravn

read as the one-a-line list the header reader knows ("Eva Dam (V), borgmester",
"Karl Bo (V)", "Ida Holm (V)", "Lis Ravn (F)"). A line wraps inside a name or
after a comma; the party's name gives each member its letter. Found only where two
lines at least start with a known party's name and a colon: any other "Label: …" line
of the head stays as it was."""

from __future__ import annotations

import re

from referat.values import PARTIES

from .party_votes import party_letter

_PARTY_LINE_RE = re.compile(r"^\s*(?P<party>(?-i:[A-ZÆØÅ])[^:]{1,45}?)\s*:\s+(?P<names>\S.*)$")
_ROLE_RE = re.compile(r"^(?P<n>[^()]+?)\s*\((?P<role>[^()]{2,40})\)$")
_HEADINGS = frozenset({"medlemmer", "deltagere", "til stede", "tilstede", "fremmødte"})
_LETTERS = frozenset(PARTIES.values())
_MIN_PARTIES = 2


def known_party(name: str) -> str:
    """The ballot letter of a party's name, also of its two names joined by a dash
    ("SF – Socialistisk Folkeparti" → "F"); "" for any other text."""
    for part in [name, *re.split(r"\s+[–—-]\s+", name)]:
        letter = party_letter(part)
        if letter in _LETTERS and letter != part.strip():
            return letter
    return ""


def _member(name: str, letter: str) -> str:
    """"Per Lund (1. viceborgmester)" → "Per Lund (A), 1. viceborgmester"."""
    name = " ".join(name.split())
    if m := _ROLE_RE.match(name):
        return f"{m['n']} ({letter}), {m['role']}"
    return f"{name} ({letter})"


def _continues(before: str, line: str) -> bool:
    """`line` carries on `before`'s list: it wrapped after a comma or inside a name
    ("…, Ida" / "Holm, Per Lund", "…, Thomas Skov" / "Lauridsen, Dorte Vestergaard")."""
    last = before.rstrip().rsplit(",", 1)[-1].strip()
    return ":" not in line and bool(line.strip()) and line.strip()[:1].isupper() and (
        before.rstrip().endswith(",") or len(last.split()) == 1 or bool(
            re.match(r"\s*[\w-]+,\s", line)))  # (a surname alone before the next name)


def party_lines(head: list[str]) -> list[str]:
    """The head's lines with a per-party member list written one member a line, under a
    "Medlemmer:" heading (the lines themselves when there is no such list).

    >>> party_lines(["Medlemmer", "Venstre: Jens Holm (formand), Bo", "Dam",
    ...              "Enhedslisten: Ane Sand"])
    ['Medlemmer:', 'Jens Holm (V), formand', 'Bo Dam (V)', 'Ane Sand (Ø)']
    """
    k = 0
    while k < len(head):
        m = _PARTY_LINE_RE.match(head[k])
        if not (m and known_party(m["party"])):
            k += 1
            continue
        groups: list[tuple[str, str]] = []
        j = k
        while j < len(head):
            if (m := _PARTY_LINE_RE.match(head[j])) and (letter := known_party(m["party"])):
                groups.append((letter, m["names"]))
            elif groups and _continues(groups[-1][1], head[j]):
                groups[-1] = (groups[-1][0], f"{groups[-1][1]} {head[j].strip()}")
            else:
                break
            j += 1
        if len(groups) >= _MIN_PARTIES:
            people = [_member(n, letter) for letter, names in groups
                      for n in re.split(r",\s*|\s+og\s+", names) if n.strip()]
            heading = k > 0 and head[k - 1].strip().rstrip(":").lower() in _HEADINGS
            return [*head[: k - heading], "Medlemmer:", *people, *head[j:]]
        k = j
    return head


# "Enhedslisten (Mia Sand og Jens Friis)": a party, then its members in brackets
_GROUP_RE = re.compile(r"(?P<party>(?-i:[A-ZÆØÅ])[\w –-]{1,40}?)\s*\((?P<names>"
                       r"(?-i:[A-ZÆØÅ])[^()]{2,120}?(?:,|\s+og\s+)[^()]{2,120})\)")


def party_groups(text: str) -> str:
    """The text with a party's name and its members in brackets written as the members
    with the party's letter, so a vote names the persons who voted (a bracket after no
    party's name stays as it was).

    >>> party_groups("Enhedslisten (Bo Sand og Ane Friis) kunne ikke tiltræde")
    'Bo Sand (Ø) og Ane Friis (Ø) kunne ikke tiltræde'
    """
    def read(m: re.Match[str]) -> str:
        letter = known_party(m["party"])
        if not letter:
            return m.group(0)
        names = re.split(r"(,\s*|\s+og\s+)", m["names"])
        return "".join(n if k % 2 else f"{n.strip()} ({letter})" for k, n in enumerate(names))

    return _GROUP_RE.sub(read, text)
