"""A members' table whose attendance column says "ja" or "nej" (a PDF's table flattened to
lines, each cell on its own line or a row on one line): written as the tick column that
`ticks.tick_lists` reads, "ja" a ticked box and "nej" an empty one.

    Medlem                                  Medlem Fremmødt
    Fremmødt (ja/nej)                       Eva Dam (A), formand ☒
    Eva Dam (A), formand          →         Bo Holm (V) ☐
    ja
    Bo Holm (V)
    nej

The column's heading names attendance ("Fremmødt", "Deltog", "Til stede", "Mødt"), the
answer's form in brackets or not ("(ja/nej)"); the table's header words are no people.
"""

from __future__ import annotations

import re

from .text_people import looks_like_name

_NAME_HEADS = r"medlem|medlemmer|navn|deltager|deltagere|udvalgsmedlem"
_PRESENT_HEADS = r"fremmødt|fremmøde|deltog|til stede|tilstede|mødt"
_ANSWER = r"(?:\s*\(?\s*ja\s*/\s*nej\s*\)?)?"
# "Medlem" / "Fremmødt (ja/nej)" on two lines, or "Navn  Deltog (ja/nej)" on one
_NAME_HEAD_RE = re.compile(rf"^\W*(?:{_NAME_HEADS})\W*$", re.IGNORECASE)
_PRESENT_HEAD_RE = re.compile(rf"^\W*(?:{_PRESENT_HEADS}){_ANSWER}\W*$", re.IGNORECASE)
_BOTH_HEAD_RE = re.compile(rf"^\W*(?:{_NAME_HEADS})\s+(?:{_PRESENT_HEADS}){_ANSWER}\W*$",
                           re.IGNORECASE)
_YES_NO_RE = re.compile(r"^(ja|nej)$", re.IGNORECASE)
_ROW_RE = re.compile(r"^(.+?)\s+(ja|nej)$", re.IGNORECASE)  # "Bo Holm (V)  nej"


def _head(lines: list[str], k: int) -> int:
    """How many lines the table's heading at line `k` takes (0: none there)."""
    line = lines[k].strip()
    if _BOTH_HEAD_RE.match(line):
        return 1
    nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
    return 2 if _NAME_HEAD_RE.match(line) and _PRESENT_HEAD_RE.match(nxt) else 0


def _rows(lines: list[str], k: int) -> tuple[list[tuple[str, bool]], int]:
    """The (name, came) rows from line `k`, and the line after the last one."""
    rows: list[tuple[str, bool]] = []
    while k < len(lines):
        line = lines[k].strip()
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        row = _ROW_RE.match(line)
        if looks_like_name(line) and (answer := _YES_NO_RE.match(nxt)):
            rows.append((line, answer[1].lower() == "ja"))
            k += 2
        elif row and looks_like_name(row[1]):
            rows.append((row[1], row[2].lower() == "ja"))
            k += 1
        else:
            break
    return rows, k


def yes_no_ticks(lines: list[str]) -> list[str]:
    """The lines with each members' table of "ja"/"nej" answers as a tick column (see the
    module's docstring); any other line as it is.

    >>> yes_no_ticks(["Medlem", "Fremmødt (ja/nej)", "Eva Dam (A)", "ja", "Bo Holm (V)", "nej"])
    ['Medlem Fremmødt', 'Eva Dam (A) ☒', 'Bo Holm (V) ☐']
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        size = _head(lines, k)
        rows, end = _rows(lines, k + size) if size else ([], k)
        if len(rows) < 2:
            out.append(lines[k])
            k += 1
            continue
        out.append("Medlem Fremmødt")
        out.extend(f"{name} {'☒' if came else '☐'}" for name, came in rows)
        k = end
    return out
