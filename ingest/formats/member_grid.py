"""Members printed side by side, which a text layer or a reflowed text runs together on
one line: a grid of two or three columns read row by row ("Jens Holm (V)  Ida Lund (A)
Bo Dam (F)"), or a whole list on the line of its label ("Medlemmer: Eva Dam (V),
formand Jan Ry (A), næstformand Bo Holm (C)"). Each member stands by their party in
brackets, their role after it in small letters; a grid's role printed on the row below
its member, at the row's start ("borgmester  Helle Lund (V)  Jørgen Madsen (V)"), is the
role of the member who opens the row above.

Written as one member a line under the list's label, as any list is read. A list whose
members a comma parts ("Anna Holm (V), Bent Sø (A)") is a list of its own and stays.
"""

from __future__ import annotations

import re

from .party_columns import party_columns

_LABEL_RE = re.compile(r"^(\s*(?:Medlemmer|Deltagere|Til stede|Tilstede|Fremmødte)\s*:)\s*(.*)$")
# a member: two to five capitalised words, the party in brackets, a role after a comma
_NAME = r"(?:[A-ZÆØÅ][\w'.-]*\s+){1,4}[A-ZÆØÅ][\w'-]*"
_ROLE = r"(?:[\dl]\.\s*)?[a-zæøå][\wæøå.-]*(?:\s+[a-zæøå][\wæøå.-]*)*"
_MEMBER_RE = re.compile(rf"(?P<name>{_NAME})\s*\((?P<party>[A-ZÆØÅ]{{1,3}}|0)\)"
                        rf"(?:,\s*(?P<role>{_ROLE}))?")
# a grid row that opens with the role of the member above: "borgmester", "1. viceborgmester"
_LEAD_ROLE_RE = re.compile(rf"^\s*(?P<role>{_ROLE})\s+(?=[A-ZÆØÅ])")
_MIN_SIDE_BY_SIDE = 2
# a role that names another member after it: "stedfortræder for Anna Lund (V)"
_BOUND_ROLE_RE = re.compile(r"\b(?:for|af|til|fra|i)$")
_LIST_LABEL_RE = re.compile(r"^\s*[A-ZÆØÅ][\wæøå ]{1,30}:")


def _members(line: str) -> list[str] | None:
    """The members on a line, each "Name (P)[, role]"; None when the line holds more
    than members (a sentence, a label)."""
    found = list(_MEMBER_RE.finditer(line))
    lead = _LEAD_ROLE_RE.match(line)
    start = lead.end() if lead else 0
    rest = line[start:]
    for m in found:
        rest = rest.replace(m.group(0), "", 1)
    if not found or rest.strip(" ,;\t") or line.rstrip().endswith(",") or any(
            _BOUND_ROLE_RE.search(m.group("role") or "") for m in found) or any(
            "," in line[a.end():b.start()] for a, b in zip(found, found[1:], strict=False)):
        return None  # (a list in a sentence: "…, Bo Holm (V)," / "og Eva Ry (F).")
    return [m.group("name") + f" ({m.group('party')})" + (
        f", {_role(m.group('role'))}" if m.group("role") else "") for m in found]


def _role(role: str) -> str:
    """The role as printed: a scan's "l. viceborgmester" is "1. viceborgmester"."""
    return re.sub(r"^l\.", "1.", role)


def member_grid(lines: list[str]) -> list[str]:
    """The lines with members printed side by side written one a line under their
    list's label; any other line as it is.

    >>> member_grid(["Medlemmer:", "Bo Dam (V) Ida Lund (A)",
    ...              "borgmester Ole Holm (V) Kim Bak (O)", "Afbud:"])[1:]
    ['Bo Dam (V), borgmester', 'Ida Lund (A)', 'Ole Holm (V)', 'Kim Bak (O)', 'Afbud:']
    >>> member_grid(["Medlemmer: Eva Dam (V), formand Jan Ry (A), næstformand Bo Holm (C)"])
    ['Medlemmer:', 'Eva Dam (V), formand', 'Jan Ry (A), næstformand', 'Bo Holm (C)']
    """
    lines = party_columns(lines)  # ("Bo Dam    V    Formand": name, party, role in columns)
    out: list[str] = []
    k = 0
    while k < len(lines):
        label = _LABEL_RE.match(lines[k])
        if not label:
            out.append(lines[k])
            k += 1
            continue
        block = ([label.group(2)] if label.group(2).strip() else []) + [
            ln for ln in lines[k + 1:k + 1 + _block_length(lines, k + 1)]]
        rows = [_members(ln) for ln in block]
        after = k + 1 + _block_length(lines, k + 1)
        ends = after >= len(lines) or not lines[after].strip() or _LIST_LABEL_RE.match(
            lines[after])  # (the list goes on in a form of its own: not a grid)
        if not block or not ends or any(r is None for r in rows) or max(
                len(r or []) for r in rows) < _MIN_SIDE_BY_SIDE:
            out.append(lines[k])
            k += 1
            continue
        members: list[str] = []
        for line, row in zip(block, rows, strict=True):
            lead = _LEAD_ROLE_RE.match(line)
            if lead and members and (above := _row_start(members, rows, row)) is not None:
                members[above] += f", {_role(lead.group('role'))}"
            members += row or []
        out += [label.group(1), *members]
        k = after
    return out


def _block_length(lines: list[str], start: int) -> int:
    """How many lines from `start` hold members (up to a blank line or a label)."""
    n = 0
    while start + n < len(lines) and lines[start + n].strip() and not _LIST_LABEL_RE.match(
            lines[start + n]) and _members(lines[start + n]):
        n += 1
    return n


def _row_start(members: list[str], rows: list[list[str] | None], row: list[str] | None
               ) -> int | None:
    """The index in `members` of the first member of the row above `row`."""
    k = next(i for i, r in enumerate(rows) if r is row)
    if k == 0 or not rows[k - 1]:
        return None
    return len(members) - len(rows[k - 1] or [])
