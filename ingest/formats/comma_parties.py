"""A members' list that writes each member's party after a comma, without brackets, as a
Word template's cover does:

    Medlemmer
    Ida Holm Bech, C (borgmester) Ole Bak, V
    Tove Dal, A Jens Kru, Ø
    Afbud: Tove Dal, A, Jens Kru, Ø
    Stedfortrædere: Eva Lund, Ø, indtrådte for Jens Kru og Bo Hald, A, indtrådte for Tove Dal

Read as written, the party letter of one column was taken for the start of the next
column's name ("C Ole Bak", with the borgmester's role), a letter alone for a person
("V") and the verb of a substitute's line for a name ("indtrådte"). Each party is put in
brackets after its name ("Ida Holm Bech (C) (borgmester) Ole Bak (V)", "Tove Dal (A),
Jens Kru (Ø)"), the form every list reader knows, and two substitutes joined by "og"
become two entries ("Eva Lund (Ø) indtrådte for Jens Kru; Bo Hald (A) indtrådte for …").
Only a header that writes three names or more so is rewritten, and only after a name of
two words or more.
"""

from __future__ import annotations

import re

_NAME = r"[A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+){1,4}"
# the verb of a substitute's line: "Eva Lund, Ø, indtrådte for …"
_STANDS_IN = r"(?:indtrådte|indtræder|mødte|møder|indkaldt|deltog)\s+for\b"
# "Name, P" before a role's bracket, the next entry's comma, a second column's name, the
# line's end, or a substitute's verb (its comma too: "Eva Lund, Ø, indtrådte for")
_COMMA_PARTY_RE = re.compile(
    rf"(?<=[a-zæøå])\s*,\s+([A-ZÆØÅ]{{1,2}})(?:\s*,(?=\s+{_STANDS_IN}))?"
    rf"(?=\s*[,(]|\s*$|\s+[A-ZÆØÅ][a-zæøå]|\s+{_STANDS_IN})")
# two substitutes' entries joined by "og": "… for Jens Kru og Bo Hald (A) indtrådte for …"
_AND_SUBSTITUTE_RE = re.compile(rf"\s+og\s+(?={_NAME}\s+\([A-ZÆØÅ]{{1,2}}\)\s+{_STANDS_IN})")
_MIN_NAMES = 3
# a substitute's entry wrapped after its party: "…, Bo Hald, A," / "indtrådte for Tove Dal"
_PARTY_END_RE = re.compile(r",\s+[A-ZÆØÅ]{1,2},\s*$")
_VERB_FIRST_RE = re.compile(rf"^\s*{_STANDS_IN}")


def _unwrapped(rows: list[str]) -> list[str]:
    out: list[str] = []
    for row in rows:
        if out and _PARTY_END_RE.search(out[-1]) and _VERB_FIRST_RE.match(row):
            out[-1] = f"{out[-1].rstrip()} {row.strip()}"
        else:
            out.append(row)
    return out


def _after_name(row: str, m: re.Match[str]) -> bool:
    """Whether the party `m` follows a name of two words or more."""
    return bool(re.search(rf"{_NAME}$", row[:m.start()]))


def _count(row: str) -> int:
    return sum(_after_name(row, m) for m in _COMMA_PARTY_RE.finditer(row))


def _bracketed(row: str) -> str:
    return _COMMA_PARTY_RE.sub(
        lambda m: f" ({m.group(1)})" if _after_name(row, m) else m.group(0), row)


def bracketed_parties(rows: list[str]) -> list[str]:
    """The header's rows with "Name, P" written "Name (P)" when the header writes its
    members so; any other header as it is.

    >>> bracketed_parties(["Ida Holm Bech, C (borgmester) Ole Bak, V", "Tove Dal, A Jens Kru, Ø"])
    ['Ida Holm Bech (C) (borgmester) Ole Bak (V)', 'Tove Dal (A) Jens Kru (Ø)']
    >>> bracketed_parties(["Stedfortrædere: Eva Lund, Ø, indtrådte for Jens Kru og Bo Hald, A,",
    ...                    "indtrådte for Tove Dal", "Ida Holm, C", "Ole Bak, V"])[0]
    'Stedfortrædere: Eva Lund (Ø) indtrådte for Jens Kru; Bo Hald (A) indtrådte for Tove Dal'
    >>> bracketed_parties(["Sted: Rådhuset, A", "Mødt: Ole Bak, V"])
    ['Sted: Rådhuset, A', 'Mødt: Ole Bak, V']
    """
    if sum(_count(row) for row in rows) < _MIN_NAMES:
        return rows
    out: list[str] = []
    for row in _unwrapped(rows):
        if not _count(row):
            out.append(row)
            continue
        row = " ".join(row.split())  # (justified text's wide spaces)
        out.append(_AND_SUBSTITUTE_RE.sub("; ", _bracketed(row)))
    return out
