"""Tick boxes in a minutes text: the glyphs a ticked and an empty box read as, and a
members' list with a tick column.

A Word content control's check box reads "☒" / "☐", a filled PDF form's check box the
same (`ingest.pdf_forms`), a flattened form or a web page "✔" / "✓", a markdown task
list "[x]" / "[ ]". Under a heading that names the column ("Medlemmer  Deltog", "Navn
Til stede"), a ticked box after a name says the member took part and an empty one (or
none, when only the ticked boxes show) that they did not:

    Medlemmer Deltog            Deltagere:
    Hanne Frost, formand ☒  →   Hanne Frost, formand
    Inge Hansen ☐               Afbud:
                                Inge Hansen

A column heading without any box below it is only the list's heading: "Deltog" is no
member's name.
"""

from __future__ import annotations

import re

from .text_people import looks_like_name

TICKED = ("☒", "☑", "✔", "✓", "✅", "[x]", "[X]")
UNTICKED = ("☐", "□", "[ ]")
_MARKS = "|".join(re.escape(m) for m in (*TICKED, *UNTICKED))
# a box at the end of a line ("Kirsten Lund ☒") and one that starts an option ("☒ Udsat")
TRAILING_TICK_RE = re.compile(rf"[ \t]*({_MARKS})[ \t]*$")
LEADING_TICK_RE = re.compile(rf"^[ \t]*({_MARKS})[ \t]*")

_LIST_HEADS = ("medlemmer", "deltagere", "navn", "medlem", "udvalgsmedlemmer", "rådsmedlemmer")
_PRESENT_COLUMNS = ("deltog", "til stede", "tilstede", "fremmødt", "mødt", "deltager")
_ABSENT_COLUMNS = ("afbud", "fraværende", "ikke til stede")
_COLUMN_HEAD_RE = re.compile(
    rf"^\W*(?P<head>{'|'.join(_LIST_HEADS)})\W*[ \t]+"
    rf"(?P<col>{'|'.join(_PRESENT_COLUMNS + _ABSENT_COLUMNS)})\W*$", re.IGNORECASE)


def ticked(mark: str) -> bool:
    """Whether a box glyph is a ticked one."""
    return mark in TICKED


def _rows(lines: list[str], start: int) -> list[tuple[int, str, str | None]]:
    """The names below a column heading: (line, name, mark or None), blank lines between
    them passed over."""
    rows: list[tuple[int, str, str | None]] = []
    for k in range(start, min(len(lines), start + 80)):
        line = lines[k].strip()
        if not line:
            continue
        mark = TRAILING_TICK_RE.search(line)
        name = line[: mark.start()].strip() if mark else line
        if not name or ":" in name or not looks_like_name(name):
            break
        rows.append((k, name, mark.group(1) if mark else None))
    return rows


def tick_lists(lines: list[str]) -> list[str]:
    """The lines with each members' list under a tick column written as "Deltagere:" and
    "Afbud:" lists (see the module's docstring); any other line as it is."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        head = _COLUMN_HEAD_RE.match(lines[k].strip())
        rows = _rows(lines, k + 1) if head else []
        if not head:
            out.append(lines[k])
            k += 1
            continue
        if not any(mark for _, _, mark in rows):
            name = head.group("head")  # the column heading names no one
            out.append("Medlemmer:" if name.lower() in ("navn", "medlem") else f"{name}:")
            k += 1
            continue
        present_column = head.group("col").lower() in _PRESENT_COLUMNS
        lists: dict[str, list[str]] = {"Deltagere": [], "Afbud": []}
        for _, name, mark in rows:
            is_ticked = bool(mark) and ticked(mark or "")
            lists["Deltagere" if is_ticked == present_column else "Afbud"].append(name)
        for label, names in lists.items():
            if names:
                out.extend([f"{label}:", *names])
        out.append("")
        k = rows[-1][0] + 1
    return out
