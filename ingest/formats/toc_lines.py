"""Lines of a table of contents ("Indholdsfortegnelse"): an item title with dot leaders
or a tab before its page number, or (`pdftotext -layout`) many spaces before it. Such a
line names an item but does not start it. Nor does an overview table's column of item
numbers printed as one row ("Oversigt" / "Pkt. 1 2 3 4 5 6" / "Overskrift" / …)."""

from __future__ import annotations

import re

# A contents line: dot leaders or a tab before the page number, or (`pdftotext -layout`)
# many spaces; roman page numbers too ("…xv"). Leaders may be spaced dots, as a PDF
# library draws them (". . . . . 13").
_LEADER = r"(?:\.{3,}|(?:\.[ \u00a0]){3,}\.?|…{2,}|\t)"
TOC_LINE_RE = re.compile(rf"(?:{_LEADER}\s*(?:\d{{1,3}}|[ivxlc]{{1,6}})|\S\s{{4,}}\d{{1,3}})\s*$")
TOC_LEADER_RE = re.compile(rf"{_LEADER}\s*(?:\d{{1,3}}|[ivxlc]{{1,6}})\s*$")


def is_toc(line: str) -> bool:
    """A contents line (its last 120 characters decide: a line of 50,000 tabs costs no
    more than a short one)."""
    return bool(TOC_LINE_RE.search(line[-120:]))


def counted_on(m: re.Match[str]) -> bool:
    """A keyword line (`m`: its number, then its "title") whose "title" only counts on
    from its number, "Pkt. 1 2 3 4 5 6" (or "Pkt. 1. 2. 3."): an overview's numbers
    column, no item."""
    numbers = m.group(2).split()
    return all(n.rstrip(".") == str(int(m.group(1)) + k) for k, n in enumerate(numbers, 1))
