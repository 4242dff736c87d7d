"""A Word members' table whose attendance sits in a column of its own, filled in only for
some ("Navn | Funktion | Bemærkning" / "Svend Lund | Næstformand | Afbud", the others'
remark empty): read row by row, an empty last cell turns a row into a "Name: Role" line
and the list is lost; read here as "Deltagere:" and "Afbud:" lists, each member's role
in brackets after the name. A two-column table "Navn | Funktion" says the absence in the
role's cell after a dash ("Medlem – afbud"): the same lists."""

from __future__ import annotations

import re

# The column naming the member, the one holding the role, the one saying who was absent
_NAME_HEADS = ("navn", "medlem", "medlemmer", "deltager")
_ROLE_HEADS = ("funktion", "rolle", "titel", "post", "hverv")
# a column of party letters beside them ("Navn | Parti | Hverv | Status"): after the name
_PARTY_HEADS = ("parti", "partibogstav", "liste")
_REMARK_HEADS = ("bemærkning", "bemærkninger", "note", "noter", "kommentar", "fremmøde",
                 "status")
_ABSENT_RE = re.compile(r"^(?:afbud|fraværende|fravær|forfald|ikke mødt)\b", re.IGNORECASE)
# (an agenda's "Indkaldt": called, as every member of an agenda is)
_PRESENT_RE = re.compile(r"^(?:til stede|tilstede|deltog|mødt|indkaldt)?$", re.IGNORECASE)
# a substitute's remark, whom they stood in for: "Stedfortræder for Bente Nørskov (V)",
# "Mødte for Mogens Trige (C)"; one who took part from afar: "Deltog via Teams"
_STANDS_IN_RE = re.compile(r"^(?:(?:deltog|mødte|indkaldt)\s+som\s+)?(?:stedfortræder|suppleant|"
                           r"mødte|deltog|indkaldt)\s+for\s+(\S.{2,60}?)\.?$", re.IGNORECASE)
_REMOTE_RE = re.compile(r"^(?:deltog|deltager|til\s+stede)\s+(?:via|på|over|online|virtuelt|"
                        r"digitalt|telefonisk)\b", re.IGNORECASE)
# A role cell with the member's attendance after a dash or comma ("Medlem – afbud")
_ROLE_REMARK_RE = re.compile(r"^(.*?)\s*(?:\s[–—-]\s|,\s*)\s*(\S.*)$")


def remark_attendance(labels: list[str], rows: list[list[str]]) -> list[str] | None:
    """The table's head cells and its rows' cells → "Deltagere:" / "Afbud:" lists; None
    unless a name, a role and a remark column head it, and some remark says absent, names
    whom a substitute stood in for ("Mødte for Eva Dam (C)": present, their role) or
    says the member took part from afar ("Deltog via Teams": present).

    >>> remark_attendance(["Navn", "Funktion", "Bemærkning"],
    ...                   [["Ida Holm", "Formand", ""], ["Ole Bak", "Medlem", "Afbud"]])
    ['Deltagere:\\nIda Holm (formand)', 'Afbud:\\nOle Bak (medlem)']
    >>> remark_attendance(["Navn", "Parti", "Fremmøde"],
    ...                   [["Ida Holm, formand", "V", "Deltog"], ["Ole Bak", "C", "Afbud"]])
    ['Deltagere:\\nIda Holm (V) (formand)', 'Afbud:\\nOle Bak (C)']
    """
    low = [lb.lower() for lb in labels]
    if not set(low) & set(_ROLE_HEADS) and low[0] in _NAME_HEADS:
        # (no role column: the role after the name and a comma, "Eva Dam, formand")
        low, rows = [low[0], _ROLE_HEADS[0], *low[1:]], [_split_name(row) for row in rows]
    if (party := next((k for k, lb in enumerate(low) if lb in _PARTY_HEADS), None)) is not None:
        low, rows = low[:party] + low[party + 1:], [_party_named(row, party) for row in rows]
    if len(low) == 2 and low[0] in _NAME_HEADS and low[1] in _ROLE_HEADS:
        low, rows = [*low, _REMARK_HEADS[0]], [_split_role(row) for row in rows]
    heads = [next((k for k, lb in enumerate(low) if lb in group), None)
             for group in (_NAME_HEADS, _ROLE_HEADS, _REMARK_HEADS)]
    if None in heads or len(set(heads)) != 3 or len(low) != 3:
        return None
    name, role, remark = heads
    lists: dict[str, list[str]] = {"Deltagere": [], "Afbud": []}
    noted = False  # (some remark says who was away, stood in or took part from afar)
    for cells in rows:
        if len(cells) == 1 < len(low):
            continue  # one cell across the table: a group's row ("Fra administrationen")
        cells = cells + [""] * (len(low) - len(cells))
        if len(cells) != len(low) or not cells[name]:  # type: ignore[index]
            return None
        said = cells[remark].strip()  # type: ignore[index]
        stands_in = _STANDS_IN_RE.match(said)
        if not _ABSENT_RE.match(said) and not _PRESENT_RE.match(said) and not (
                stands_in or _REMOTE_RE.match(said)):
            return None  # (a remark of any other kind: no attendance column)
        noted = noted or bool(said) and not _PRESENT_RE.match(said)
        office = cells[role].strip()  # type: ignore[index]
        office = office[:1].lower() + office[1:]  # ("Direktør, Teknik og Miljø": its names)
        if stands_in:  # ("Mødte for Mogens Trige (C)": a substitute's remark, its role)
            office = ", ".join(filter(None, (office, f"stedfortræder for {stands_in[1]}")))
        # (a role with brackets of its own after a comma: "…, udvalgssekretær (referent)")
        entry = cells[name].strip() + (  # type: ignore[index]
            f", {office}" if "(" in office else f" ({office})" if office else "")
        lists["Afbud" if _ABSENT_RE.match(said) else "Deltagere"].append(entry)
    if not noted:
        return None
    return [f"{head}:\n" + "\n".join(names) for head, names in lists.items() if names]


def _split_role(cells: list[str]) -> list[str]:
    """A row "Name | Role – remark" as its three cells ("Medlem – afbud": "Medlem",
    "afbud"); a role without a remark with an empty one."""
    said = cells[1].strip() if len(cells) == 2 else ""
    if (m := _ROLE_REMARK_RE.match(said)) and m[1]:
        return [cells[0], m[1], m[2]]
    return [*cells, ""]


def _split_name(cells: list[str]) -> list[str]:
    """A row "Name, role | …" with the role as a cell of its own after the name."""
    name, _, role = cells[0].partition(",") if cells else ("", "", "")
    return [name.strip(), role.strip(), *cells[1:]]


def _party_named(cells: list[str], party: int) -> list[str]:
    """A row without its party cell, the letter after the name ("Eva Dam (V)")."""
    if party >= len(cells) or not cells[party].strip():
        return cells[:party] + cells[party + 1:]
    rest = cells[:party] + cells[party + 1:]
    return [f"{rest[0].strip()} ({cells[party].strip()})", *rest[1:]] if party else rest
