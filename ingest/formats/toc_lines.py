"""Lines of a table of contents ("Indholdsfortegnelse"): an item title with dot leaders
or a tab before its page number, or (`pdftotext -layout`) many spaces before it. Such a
line names an item but does not start it."""

from __future__ import annotations

import re

# A contents line: dot leaders or a tab before the page number, or (`pdftotext -layout`)
# many spaces; roman page numbers too ("…xv").
TOC_LINE_RE = re.compile(r"(?:(?:\.{3,}|…{2,}|\t)\s*(?:\d{1,3}|[ivxlc]{1,6})|\S\s{4,}\d{1,3})\s*$")
TOC_LEADER_RE = re.compile(r"(?:\.{3,}|…{2,}|\t)\s*(?:\d{1,3}|[ivxlc]{1,6})\s*$")


def is_toc(line: str) -> bool:
    """A contents line (its last 120 characters decide: a line of 50,000 tabs costs no
    more than a short one)."""
    return bool(TOC_LINE_RE.search(line[-120:]))
