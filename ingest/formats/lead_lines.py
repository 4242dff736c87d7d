"""The lines right above an item's heading that belong to the item, not to the one
before: its case number and whether it is open, as some systems print them before the
title ("Lukket punkt" / "Sagsnr.: 24/3377" / "5. Lejekontrakt …"). `text` reads them
with the item's own lines, after `text_items` has found where the items start."""

from __future__ import annotations

from .closed_marks import OPEN_MARK_RE
from .item_text import CASE_NUMBER_RE
from .text_items import JOURNAL_RE, ItemStart
from .text_sections import section_name


def lead_lines(lines: list[str], starts: list[ItemStart]) -> list[list[str]]:
    """Per item, the lines right above its heading that are its own: its case number and
    whether it is open ("Lukket punkt" / "Sagsnr.: 24/3377" / "5. Lejekontrakt …"), as
    some systems print them before the title. Where most items print their case number
    below the title, a case number above one ends the item before it (a short item's
    "Godkendt." / "Sagsnr.: 1-01-72-1-12")."""
    # (past the body's first line, not the line right above the next heading: a short
    # item's "Beslutning: Godkendt." / the next item's "Sagsnr.: 24/3377")
    ends = [s.line - 1 for s in starts[1:]] + [len(lines)]
    below = sum(any(CASE_NUMBER_RE.match(ln.strip())
                    for ln in lines[s.body:max(s.body + 1, min(s.body + 3, end))])
                for s, end in zip(starts, ends, strict=True))
    cases_above = not (below >= 2 and below * 2 >= len(starts))
    out = []
    for k, start in enumerate(starts):
        i, floor = start.line, starts[k - 1].body if k else 0
        while i - 1 >= floor and (s := lines[i - 1].strip()) and (OPEN_MARK_RE.match(s) or (
                cases_above and (JOURNAL_RE.match(s) or CASE_NUMBER_RE.match(s)))):
            i -= 1
        if i == start.line:  # (a web page's badge a block apart: "🔒 Lukket punkt" / "" / "5")
            above = next((j for j in range(i - 1, max(floor, i - _GAP) - 1, -1)
                          if lines[j].strip()), None)
            i = above if above is not None and OPEN_MARK_RE.match(lines[above].strip()) and any(
                section_name(lines[j].strip()) for j in range(floor, above)) else i  # (below
            # the item above's sections; not that item's own mark a paragraph below its
            # title, "Salg af grund" / "" / "Fortroligt", its only text)
        out.append([ln.strip() for ln in lines[i:start.line]])
    return out


_GAP = 4  # lines a block's badge may stand above the heading, blank lines between
