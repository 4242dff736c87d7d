"""A members' table with one column for those who came and one for those who sent word,
its cells a cross ("X") under the one that holds, as a plain text keeps it (an OCR
engine's text export of a scan, a typed list): only where the cross stands says which.

    Medlemmer                        Mødt   Afbud          Deltagere:
    Eva Dam (A), formand              X              →     Eva Dam (A), formand
    Bo Holm (V)                               X            Afbud:
                                                           Bo Holm (V)

Written as the "Deltagere:" / "Afbud:" lists every reader knows. The heading names the
members' column and both attendance columns on one line, cells apart by runs of blanks;
a row's cross belongs to the column whose heading it stands nearer to.
"""

from __future__ import annotations

import re

from .text_people import looks_like_name

_TAB = 8  # a tab's width, as the export's layout set it
_NAMES = r"medlemmer|medlem|navn|deltagere"
_CAME = r"mødt|fremmødt|deltog|til stede|tilstede"
_AWAY = r"afbud|fraværende|fravær|ikke mødt"
_HEAD_RE = re.compile(rf"^\s*(?:{_NAMES})\s{{2,}}(?P<came>{_CAME})\s{{2,}}(?P<away>{_AWAY})\s*$",
                      re.IGNORECASE)
# a row: the member, a run of blanks, the cross alone at the line's end
_ROW_RE = re.compile(r"^(?P<name>\S.*?)\s{2,}(?P<cross>[Xx×])\s*$")


def cross_columns(lines: list[str]) -> list[str]:
    """The lines with each such members' table written as "Deltagere:" and "Afbud:"
    lists; any other line as it is.

    >>> cross_columns(["Medlemmer              Mødt    Afbud", "Eva Dam (A), formand    X",
    ...                "Bo Holm (V)                       X", "", "Dato: 3. maj"])
    ['Deltagere:', 'Eva Dam (A), formand', 'Afbud:', 'Bo Holm (V)', '', '', 'Dato: 3. maj']
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        head = _HEAD_RE.match(lines[k].expandtabs(_TAB))
        rows = _rows(lines, k + 1) if head else []
        if not head or not rows:
            out.append(lines[k])
            k += 1
            continue
        middle = (head.end("came") + head.start("away")) / 2
        lists: dict[str, list[str]] = {"Deltagere": [], "Afbud": []}
        for name, at in rows:
            lists["Afbud" if at > middle else "Deltagere"].append(name)
        for label, names in lists.items():
            if names:
                out.extend([f"{label}:", *names])
        out.append("")
        k += 1 + len(rows)
    return out


def _rows(lines: list[str], start: int) -> list[tuple[str, int]]:
    """The table's rows below its heading: (the member, where their cross stands)."""
    rows: list[tuple[str, int]] = []
    for line in lines[start:]:
        m = _ROW_RE.match(line.expandtabs(_TAB).strip("\n"))
        if not m or not looks_like_name(m.group("name")):
            break
        rows.append((m.group("name").strip(), m.start("cross")))
    return rows
