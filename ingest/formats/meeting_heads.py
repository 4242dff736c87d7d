"""A second full meeting head in one file, where the items do not number from 1 again:
a portal's "Samlet udskrift" prints a committee's referat and then the council's
(Økonomiudvalget's items 1–5, then Byrådet's 141–147), each under a head of its own.

A head is full when it opens with the document's kind on its own line ("Referat",
"Dagsorden"), names the meeting's date under a date label ("Mødedato:") and lists who
was called ("Til stede:", "Deltagere:", "Afbud:", a council's "Mødeleder:" and
"Fraværende:" …) or, a coming meeting's dagsorden pasted below the minutes, its time
and place ("Mødetid:", "Mødested:"), all between the previous item's
text and the next item's line. It starts a new meeting only when it names another date,
another start time or another body than the file's first head: a head printed again is
the same meeting's furniture, and a text that quotes another meeting ("Økonomiudvalget
den 28. oktober 2025") has no such block. Items numbered on through the year (a
referat's 47–52, then the next meeting's dagsorden 53–57 in one PDF; a day's ordinary
meeting 143–149 and its extraordinary one 150–152) start a new meeting under such a head
when it names another day or, the same day, another start time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .dated import dated_decision
from .dates import written_date
from .text_header_committee import BODY_NAME_RE

_KIND_RE = re.compile(r"^\**#*\s*(?:åbent |åben |lukket )?(?:referat|dagsorden|"
                      r"beslutningsprotokol)\**$", re.IGNORECASE)
_DATE_LABEL_RE = re.compile(r"^\**(?:mødedato|dato)\**\s*:?", re.IGNORECASE)
_TIME_LABEL_RE = re.compile(r"^\**(?:mødetid|tid|tidspunkt|mødetidspunkt)\**\s*:?\**\s*",
                            re.IGNORECASE)
# A head's date, time and place each under its label, its colon written ("Mødedato:",
# "Mødetid:", "Mødested:"): no sentence's first word ("Tidligere behandling")
_SETTING_LABELS = tuple(re.compile(rf"^\**(?:{words})\**\s*:", re.IGNORECASE) for words in (
    "mødedato|dato", "mødetid|tid|tidspunkt|mødetidspunkt", "mødested|sted"))
_CLOCK_RE = re.compile(r"^(?:kl\.?\s*)?([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d)", re.IGNORECASE)
_PEOPLE_RE = re.compile(r"^\**(?:til stede|tilstede|deltagere|mødedeltagere|fremmødte|"
                        r"medlemmer|afbud|fraværende|mødeleder)\**\s*:", re.IGNORECASE)
_MUNICIPALITY_RE = re.compile(r"^(?:[A-ZÆØÅ][\w.-]*\s+){1,3}Kommune$", re.IGNORECASE)
_EDGE = 4  # more filled lines than a page's top above a head
# A page's counter alone on its line ("Side 2", "Side 2 af 5"), as between a letterhead's
# lines ("Faxe Kommune" / "Side 2 af 5" / "FAXE KOMMUNE"): it differs page by page
COUNTER_RE = re.compile(r"^(?:side|page)\s*\d+(?:\s*(?:af|/|of)\s*\d+)?$", re.IGNORECASE)
# A year's protocol heads each meeting with its dated line instead of the kind ("Møde
# onsdag den 18. april 2018 kl. 19.00", "Møde nr. 2/2022 – Tirsdag den 8. februar 2022"),
# its items numbered on through the year or from 1 again; a quarter's protocol names the
# body in the genitive ("Byrådets møde torsdag den 31. august 2023")
_MEETING_LINE_RE = re.compile(r"^\**#*\s*(?:[A-ZÆØÅ][\w-]*s\s+)?(?:ekstraordinært |ordinært |"
                              r"ekstraordinære |ordinære )?møde\b", re.IGNORECASE)


def meeting_line(line: str) -> bool:
    """A meeting's dated line heading its head ("Møde nr. 2/2022 – Tirsdag den …")."""
    return bool(_MEETING_LINE_RE.match(line) and written_date(line))


def _opener(line: str) -> bool:
    """A line that opens a full head: the document's kind, or the meeting's dated line."""
    return bool(_KIND_RE.match(line) or meeting_line(line))


def _facts(lines: list[str], start: int, end: int) -> tuple[object, str, str] | None:
    """(date, body, start time) of the full head that opens at `start`, or None when the
    lines up to `end` are no full head. A label may stand in a table's row ("| **Dato:** |
    Mandag den 18. juni 2018 |"), its value on the next line ("Mødetid:" / "Kl. 15.00")."""
    filled = [s for k in range(start, end) if (s := lines[k].strip().strip("|").strip())]
    # (the next meeting's dagsorden pasted below the minutes names no one yet: its date,
    # time and place labels make its head, "Mødedato:" / "Mødetid:" / "Mødested:")
    if not any(_PEOPLE_RE.match(s) for s in filled) and not all(
            any(map(rx.match, filled)) for rx in _SETTING_LABELS):
        return None
    when = written_date(filled[0]) if _MEETING_LINE_RE.match(filled[0]) else None
    for n, s in enumerate(filled if when is None else ()):
        if _DATE_LABEL_RE.match(s):
            when = written_date(s) or next(
                (d for d in map(written_date, filled[n + 1:n + 2]) if d), None)
            break
    body = next((s.strip("*#_ ") for s in filled[1:4] if BODY_NAME_RE.search(s)
                 and len(s) <= 60), "")
    return (when[0], body, _start_time(filled)) if when else None


def _start_time(filled: list[str]) -> str:
    """The start time under a head's time label ("Mødetid: 14:00 - 15:40", "| **Tid:** |
    Kl. 12.00 – 12.25 |"), "" when it names none."""
    for n, s in enumerate(filled):
        if m := _TIME_LABEL_RE.match(s):
            for value in (s[m.end():].strip("|* "), *filled[n + 1:n + 2]):
                if t := _CLOCK_RE.match(value):
                    return f"{int(t.group(1)):02d}:{t.group(2)}"
            return ""
    return ""


def _head_at(lines: list[str], lo: int, item: int,
             is_heading: Callable[[str], bool]) -> tuple[int, tuple[object, str]] | None:
    """The full head standing right above line `item` (back to `lo`): its first line and
    its (date, body); None when there is none."""
    for k in range(item - 1, lo - 1, -1):
        s = lines[k].strip()
        if is_heading(s) or dated_decision(s):
            return None  # the previous item's text
        if _opener(s):
            facts = _facts(lines, k, item)
            if facts is None:
                return None
            return head_top(lines, lo, k), facts
    return None


def head_top(lines: list[str], lo: int, start: int) -> int:
    """Where a head that opens at `start` begins with the letterhead above it (back to
    `lo`): "Gladsaxe Kommune" (or markdown's "# Tønder Kommune") above "Referat", with the
    page's counter between its lines ("Faxe Kommune" / "Side 2 af 5" / "FAXE KOMMUNE");
    or the whole top of the page the head opens, a page break before it and a page's
    edge of short lines between ("Vordingborg Kommune" / "Teknik- og Miljøudvalget -
    Dagsorden - 16. august 2022" / "Side 1 af 6") that no earlier page printed or that
    repeats the file's own first lines."""
    above = [j for j in range(lo, start) if lines[j].strip()]
    top = start
    while above and (_MUNICIPALITY_RE.match(s := lines[above[-1]].strip("#*_ \t")) or (
            COUNTER_RE.match(s) and top != start)):
        top = above.pop()
    while top < start and COUNTER_RE.match(lines[top].strip()):
        top += 1  # (no counter alone above the letterhead)
    brk = next((j for j in range(top - 1, lo - 1, -1) if "\f" in lines[j]), None)
    edge = [j for j in range(brk + 1, top) if lines[j].strip()] if brk is not None else []
    if edge and len(edge) < _EDGE and all(len(lines[j].strip()) <= 80 and not lines[
            j].rstrip().endswith((".", ":")) for j in edge) and (
            _new_edge(lines, brk, edge) or _file_head(lines, edge)):
        top = edge[0]
    return top


def line_shape(line: str) -> str:
    """A line with its spaces made one and its numbers "#": a page's counter or date aside."""
    return re.sub(r"\d+", "#", " ".join(line.split()))


def _new_edge(lines: list[str], brk: int, edge: list[int]) -> bool:
    """Whether a page's top holds a line no earlier page printed (its counter's number
    aside): the next document's own running header ("… - Dagsorden - 16. august 2022"
    under the referat's "… - Referat - 14. juni 2022"), not the file's furniture."""
    said = {line_shape(ln) for ln in lines[:brk]}
    return any(line_shape(lines[j]) not in said for j in edge)


def _file_head(lines: list[str], edge: list[int]) -> bool:
    """Whether a page's top repeats the file's own first lines, the first meeting's
    letterhead ("MORSØ KOMMUNE" / "TEKNIK- OG MILJØUDVALGET" above its "REFERAT"): the
    next meeting's letterhead above its own kind, not the previous decision's text."""
    first = [line_shape(ln) for ln in lines if ln.strip()][:len(edge)]
    return first == [line_shape(lines[j]) for j in edge]


def full_head_cuts(lines: list[str], items: list[tuple[int, int]],
                   is_heading: Callable[[str], bool],
                   furniture: Callable[[list[str], int, int], bool]) -> list[int]:
    """Where a new meeting starts at a full head of its own above an item that does not
    number from 1 (`items`: (line, number) pairs). `furniture(lines, start, item)` tells
    a running header printed again."""
    if not items:
        return []
    first = _head_at(lines, 0, items[0][0], is_heading)
    cuts: list[int] = []
    for n in range(1, len(items)):
        (prev, before), (i, number) = items[n - 1], items[n]
        if number == 1:
            continue
        head = _head_at(lines, prev + 1, i, is_heading)
        if head is None or (first and _same(head[1], first[1])) or furniture(lines, head[0], i):
            continue
        if number == before + 1 and not _MEETING_LINE_RE.match(lines[head[0]].strip()) and (
                first is None or head[1][0] == first[1][0] and (
                    not head[1][2] or head[1][2] == first[1][2])):
            continue  # (numbered on: a new meeting only under its own dated line, or a
            # head naming another day, or the same day another start time)
        cuts.append(head[0])
    return cuts


def _same(facts: tuple[object, str, str], first: tuple[object, str, str]) -> bool:
    """Whether a head's (date, body, start time) are the first head's: a start time only
    one of them names tells nothing."""
    return facts[:2] == first[:2] and not (facts[2] and first[2] and facts[2] != first[2])
