"""A minutes' front page printed in two columns, as `pdftotext -layout` keeps them: a facts
side bar ("MØDEOPLYSNINGER" / "Dato" / "Onsdag 11. december 2024" / "Tidspunkt" / …) beside
the table of contents ("INDHOLDSFORTEGNELSE" / "1. Godkendelse af dagsorden ...... 2").

Read as lines, each contents line is glued to the fact beside it, so the committee and the
place come out as "Dato 1. Godkendelse af dagsorden … 2". The right column is cut off at
the column where two or more contents lines (dot leaders, a page number) start, and put
above the side bar; then a side bar of labels without colons, each value on the line
below ("Sted" / "Mødelokale Egen, Rådhuset"), is written as the labelled lines a header
reads ("Sted: Mødelokale Egen, Rådhuset"), and its own heading ("MØDEOPLYSNINGER") is no
committee. Only the front page before the first item is touched."""

from __future__ import annotations

import re

from .history_table import table_head
from .toc_lines import TOC_LEADER_RE

# A contents line in the right column: many spaces, then "1. Title ....... 2"
_RIGHT_TOC_RE = re.compile(r"^(?P<left>.*?)(?P<gap>\s{3,})(?P<right>\d{1,3}\.?\s+\S.*)$")
# The facts' labels a side bar prints alone on a line, the value on the line below
# ("Mødelokale" / "Mødelokale 4, Rådhuset": an old Acadre cover's place, its value
# opening with the same word)
# (and the body's own, "UDVALG" / "Social- og Sundhedsudvalget": a side bar's first fact)
_STACKED_LABELS = frozenset("""dato mødedato tidspunkt mødetidspunkt tid mødetid sted
mødested lokale mødelokale placering udvalg""".split())
# The start and the end as labels of their own ("Start" / "15:00" / "Slut" / "17:20"):
# facts only over a clock time (a line "Start" may head a paragraph)
_CLOCKED_LABELS = frozenset("start mødestart starttid slut sluttid".split())
_CLOCK_RE = re.compile(r"^(?:kl\.?\s*)?\d{1,2}[.:]\d\d$", re.IGNORECASE)
# A side bar's own heading in capitals: "MØDEOPLYSNINGER", "PRAKTISKE OPLYSNINGER"
_FACTS_HEADING_RE = re.compile(r"^(?:[A-ZÆØÅ]+\s+)?(?:MØDEOPLYSNINGER|OPLYSNINGER|MØDEFAKTA|"
                               r"FAKTA)$")
_PAGE_END_RE = re.compile(r"\bSide\s+\d+\s+(?:af|/)\s+\d+\s*$")  # the page's footer
_FRONT = 80
_WIDE = 200  # characters a front page's line holds at most  # lines a front page holds at most


def _toc_column(lines: list[str]) -> int | None:
    """The column where two or more contents lines start to the right of other text."""
    cols: dict[int, int] = {}
    for line in lines[:_FRONT]:
        if len(line) > _WIDE or not TOC_LEADER_RE.search(line):
            continue  # (a page's line is no wider: a long run of spaces costs nothing)
        if m := _RIGHT_TOC_RE.match(line):
            col = m.start("right")
            cols[col] = cols.get(col, 0) + 1
    found = [c for c, n in cols.items() if n >= 2 and c >= 20]
    return found[0] if len(found) == 1 else None


def _split_columns(lines: list[str], col: int) -> list[str]:
    """The right column's lines (from the column on) after the left column's, at the
    page's end."""
    rows = [k for k, ln in enumerate(lines[:_FRONT]) if _WIDE >= len(ln) > col
            and ln[col - 1:col] == " " and ln[col:col + 1].strip()
            and ln[:col].strip() != ln.strip()
            and (ln[:col].strip() or ln[col - 3:col] == "   ")]
    toc = [k for k in rows if len(lines[k]) <= _WIDE and TOC_LEADER_RE.search(lines[k])]
    if len(toc) < 2:
        return lines
    first = min(k for k in rows if k >= toc[0] - 3)
    block = [k for k in rows if first <= k <= toc[-1]]
    right = [lines[k][col:].rstrip() for k in block]
    left = [(lines[k][:col].rstrip() if k in block else lines[k]) for k in range(len(lines))]
    end = next((k for k in range(block[-1] + 1, min(len(lines), first + _FRONT))
                if "\f" in lines[k] or _PAGE_END_RE.search(lines[k])), block[-1] + 1)
    return left[:end] + [""] + right + [""] + left[end:]


def _stacked_facts(lines: list[str]) -> list[str]:
    """A side bar's "Label" / "value" pairs as "Label: value" (two or more of them); a
    value ending in a comma goes on on the line below ("Regionshuset Viborg," /
    "Skottenborg 26, 8800 Viborg")."""
    pairs = [k for k in range(len(lines[:_FRONT]) - 1)
             if (lines[k].strip().lower() in _STACKED_LABELS or (
                 lines[k].strip().lower() in _CLOCKED_LABELS and _CLOCK_RE.match(
                     lines[k + 1].strip()))) and lines[k + 1].strip()
             and lines[k + 1].strip().lower() not in _STACKED_LABELS
             and not table_head(lines, k)]  # ("Dato" / "Udvalg" / "Beslutning": a table's)
    if len(pairs) < 2:
        return lines
    out: list[str] = []
    skip = False
    lines = list(lines)  # (a value's wrapped line is taken from it)
    for k, line in enumerate(lines):
        if skip:
            skip = False
            continue
        if k in pairs:
            value = lines[k + 1].strip()
            if value.endswith(",") and k + 2 < len(lines) and (more := lines[k + 2].strip()) and (
                    more.lower() not in _STACKED_LABELS):  # ("Regionshuset Viborg," / "Sko…")
                value, lines[k + 2] = f"{value} {more}", ""
            out.append(f"{line.strip()}: {value}")
            skip = True
        elif k < _FRONT and _FACTS_HEADING_RE.match(line.strip()):
            out.append("")
        else:
            out.append(line)
    return out


def front_columns(lines: list[str]) -> list[str]:
    """The front page's contents column apart from its facts, and stacked facts labelled."""
    if (col := _toc_column(lines)) is not None:
        lines = _split_columns(lines, col)
    return _stacked_facts(lines)
