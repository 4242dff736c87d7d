"""Lines of a table of contents ("Indholdsfortegnelse"): an item title with dot leaders
or a tab before its page number, or (`pdftotext -layout`) many spaces before it. Such a
line names an item but does not start it. Nor does an overview table's column of item
numbers printed as one row ("Oversigt" / "Pkt. 1 2 3 4 5 6" / "Overskrift" / …)."""

from __future__ import annotations

import re

# A contents line: dot leaders or a tab before the page number, or (`pdftotext -layout`)
# many spaces; roman page numbers too ("…xv"). Leaders may be spaced dots, as a PDF
# library draws them (". . . . . 13", ".  .  .  . 13").
_LEADER = r"(?:\.{3,}|(?:\.[ \u00a0]{1,3}){3,}\.?|…{2,}|\t)"
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


# a leader and its page number alone on a line: the title stands on the line beside it
_BARE_LEADER_RE = re.compile(rf"^[ \t]*{_LEADER}[ \t]*(?:\d{{1,3}}|[ivxlc]{{1,6}})[ \t]*$")
# the contents' own heading, which takes no page number
_CONTENTS_HEAD_RE = re.compile(r"^[ \t]*(?:indholdsfortegnelse|indhold|dagsorden)[ \t]*:?[ \t]*$",
                               re.IGNORECASE)


def leaders_on_titles(text: str) -> str:
    """`text` with each contents line's leader, which a PDF library drew as a line of its
    own, put back at the end of its title's line: on the title below it when the run of
    leaders starts right under the contents' heading (the leader drawn first), else on
    the title above it (a leader wrapped under a long title). Contents lines read as
    such are no items' headings.

    >>> leaders_on_titles("Indhold\\n . . . . 3\\n1. Dagsorden\\n . . . . 4\\n2. Budget")
    'Indhold\\n1. Dagsorden . . . . 3\\n2. Budget . . . . 4'
    >>> leaders_on_titles("1. Dagsorden\\n . . . . 3\\n2. Budget\\n . . . . 4")
    '1. Dagsorden . . . . 3\\n2. Budget . . . . 4'
    """
    lines = text.split("\n")
    bare = [k for k, line in enumerate(lines) if _BARE_LEADER_RE.match(line)]
    if len(bare) < 2:
        return text
    joined: dict[int, int] = {}  # a leader's line → its title's line
    for run in _runs(bare):
        below = _CONTENTS_HEAD_RE.match(lines[run[0] - 1]) if run[0] else None
        for k in run:
            title = k + 1 if below else k - 1
            if 0 <= title < len(lines) and lines[title].strip() and title not in bare:
                joined[k] = title
    ends = {title: lines[k].strip() for k, title in joined.items()}
    return "\n".join(f"{line.rstrip()} {ends[k]}" if k in ends else line
                     for k, line in enumerate(lines) if k not in joined)


def _runs(bare: list[int]) -> list[list[int]]:
    """The leaders' lines in runs of two or more, each a title's line apart."""
    runs: list[list[int]] = [[bare[0]]]
    for k in bare[1:]:
        if k - runs[-1][-1] == 2:
            runs[-1].append(k)
        else:
            runs.append([k])
    return [run for run in runs if len(run) >= 2]
