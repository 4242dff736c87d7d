"""Items headed by their case number and title, without an item number, as a committee
secretary types the minutes in a word processor, the number first or last:

    24/00231 – Godkendelse af dagsorden          Godkendelse af dagsorden (24/00231)
    Beslutning:                                  Beslutning:
    Dagsordenen blev godkendt.                   Dagsordenen blev godkendt.

    24/05517 – Fordeling af lokaletilskud 2025   Fordeling af lokaletilskud 2025 (24/05517)
    Sagsfremstilling:                            Sagsfremstilling:
    …                                            …

A line opening with a case number ("24/05517", "00.01.00-A00-12-24"), a dash and a
capitalised title, or a capitalised title closed by its case number in brackets, is an
item's heading when an item's own line (a section heading, a label) follows before the
next such line; two or more make the items, numbered 1, 2, 3 … in reading order. The
case number is read from the title (`title_case`). Only tried when no numbered, keyword
or lettered items are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .numbered_runs import NumberedStart

_MIN_ITEMS = 2
# "24/05517 – Title", "24/05517 - Title": the number, a dash, the title
_CASE_HEAD_RE = re.compile(r"^(?P<case>\S+)\s+[–—-]\s+(?P<title>[A-ZÆØÅ\"“«].{1,200})$")
# "Title (24/05517)", "Title (sagsnr. 24/05517)": the title, then the number in brackets
# closing the line
_TITLE_HEAD_RE = re.compile(r"^(?P<title>[A-ZÆØÅ\"“«].{1,200}?)\s+\((?:(?i:sagsnr|sag nr|"
                            r"j\.\s?nr)\.?:?\s*)?(?P<case>[^()\s]+)\)$")
Check = Callable[[str], bool]


def case_items(lines: list[str], is_heading: Check, is_marker: Check,
               is_case: Check) -> list[NumberedStart]:
    """The items headed "case number – title" or "title (case number)" (`is_case`: the
    word is a case number, not a span of years), or [] when fewer than two are.

    >>> heads = case_items(["Budget 2025 (24/00012)", "Beslutning:", "Godkendt.",
    ...                     "Eventuelt (24/00013)", "Beslutning:", "Intet."],
    ...                    lambda s: s == "Beslutning:", lambda s: False, lambda s: "/" in s)
    >>> [(h.line, h.number, h.title) for h in heads]
    [(0, 1, 'Budget 2025 (24/00012)'), (3, 2, 'Eventuelt (24/00013)')]
    """
    heads = [i for i, ln in enumerate(lines)
             if (m := _CASE_HEAD_RE.match(ln.strip()) or _TITLE_HEAD_RE.match(ln.strip()))
             and is_case(m["case"])]
    found: list[NumberedStart] = []
    for k, i in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        own = [ln.strip() for ln in lines[i + 1:end] if ln.strip()][:6]
        if any(is_heading(s) or is_marker(s) for s in own):
            found.append(NumberedStart(i, i + 1, len(found) + 1, lines[i].strip()))
    return found if len(found) >= _MIN_ITEMS else []
