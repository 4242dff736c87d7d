"""Lists printed after the last item that belong to the meeting, not to that item:

* the points for the next meeting, "Punkter til næste møde den 6. december 2023" (or
  "Emner til næste møde (5. marts 2025)", a rule under it) over a numbered or bulleted
  list;
* the overview of all the meeting's attachments, "Bilagsoversigt" over rows naming the
  items they belong to ("Bilag 2.1 Ældrepolitik … Punkt 2", "Bilag 4.1: …"): rows of
  two items or more (one item's own list under that heading is its "Bilag" section);
* the meeting's follow-up, an action table over all the items: "Opfølgning" (or
  "Opgaver", "Handlingsplan") over its column heads "Hvad", "Hvem", "Hvornår" (a row of
  them, or one a line as a PDF's table reads), its rows after them.

Neither is the last item's decision or a section of it: the minutes end at the heading
(what follows, "Mødet sluttede kl. 18.55." or the signature page, ends them as well).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .bilag_pages import OVERVIEW_RE
from .text_layout import RULE_RE

# "Punkter til næste møde", "Emner til det kommende møde (5. marts 2025)": a heading, no
# sentence ("Punkter til næste møde drøftes i juni." is one)
_POINTS_RE = re.compile(r"^[*_#\s]*(?:punkter|emner|sager|forslag\s+til\s+punkter)\s+til\s+"
                        r"(?:det\s+)?(?:næste|kommende)\s+møde\b(?:[^!?:]*[^.!?:\s])?\s*:?[*_]*$",
                        re.IGNORECASE)
# a list's entry: "1. Status …", "2) …", "- …", "• …"
_ENTRY_RE = re.compile(r"^(?:\d{1,2}[.)]|[-•–*])\s+\S")
# an attachment's row and the item it names: "Bilag 2.1 …" / "- Bilag 2.1: …", "… Punkt 2"
_BILAG_ROW_RE = re.compile(r"^(?:[-•]\s*)?bilag\b(?:\s+(\d{1,3})\.\d)?", re.IGNORECASE)
_ROW_ITEM_RE = re.compile(r"\b(?:punkt|pkt\.?)\s*(\d{1,3})\s*$", re.IGNORECASE)
# the action table's heading, alone on its line, and its column heads
_ACTIONS_RE = re.compile(r"^[*_#\s]*(?:opfølgning|opgaver|handlingsplan|aftaler|to\s?do)[*_]*$",
                         re.IGNORECASE)
_COLUMNS = ("hvad", "hvem", "hvornår")


def after_matter_start(lines: list[str], first: int, end: int,
                       is_section: Callable[[str], bool]) -> int:
    """Where the points for the next meeting or the meeting's overview of attachments
    begin below the last item's text (its heading's line); `end` when neither does."""
    for i in range(first, end):
        s = lines[i].strip()
        if _POINTS_RE.match(s) and _listed(lines, i + 1, end, is_section):
            return i
        if OVERVIEW_RE.match(s) and _overview(lines, i + 1, end):
            return i
        if _ACTIONS_RE.match(s) and _action_heads(lines, i + 1, end):
            return i
    return end


def _action_heads(lines: list[str], start: int, end: int) -> bool:
    """Whether the lines from `start` open with an action table's column heads ("Hvad
    Hvem Hvornår", or one a line)."""
    words = " ".join(ln.strip(" |*_") for ln in lines[start:min(end, start + 6)]
                     if ln.strip(" |-")).lower().replace("|", " ").split()
    return tuple(words[:3]) == _COLUMNS


def _rows(lines: list[str], start: int, end: int, row: Callable[[str], bool]) -> list[str]:
    """The rows below a heading (blank lines and rules skipped) up to the first line that is
    no row; a list entry's wrapped line (indented, or in lower case) goes with it."""
    found: list[str] = []
    for ln in lines[start:end]:
        s = ln.strip()
        if not s or RULE_RE.match(s):
            continue
        if row(s):
            found.append(s)
        elif found and (ln[:1].isspace() or s[:1].islower()):
            found[-1] += f" {s}"
        else:
            break
    return found


def _listed(lines: list[str], start: int, end: int, is_section: Callable[[str], bool]) -> bool:
    """A list follows the heading, and no section heading (an item's) after it."""
    return bool(_rows(lines, start, end, lambda s: bool(_ENTRY_RE.match(s)))) and not any(
        is_section(ln.strip()) for ln in lines[start:end])


def _overview(lines: list[str], start: int, end: int) -> bool:
    """Rows of attachments below the heading that name two items or more."""
    rows = _rows(lines, start, end, lambda s: bool(_BILAG_ROW_RE.match(s)))
    items = {int(m.group(1)) for r in rows if (m := _ROW_ITEM_RE.search(r) or (
        _BILAG_ROW_RE.match(r))) and m.group(1)}
    return len(items) >= 2
