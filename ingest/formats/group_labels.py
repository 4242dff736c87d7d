"""Items labelled by their agenda group: a two-level agenda prints group bands ("Sager
til beslutning", "Sager til orientering") and numbers the items within each group after
the group's letter, restarting per group: "B1   Godkendelse af dagsorden", "B2   …",
"O1   Status på …", "O2   …".

No other item heading matches such a line, so the file had no items at all (or only
the "O1", "O2" an OCR reading made "01", "02" of). The items are the lines "<letter><n>
Title" with the item's own lines after them (a section heading, a case number), each
group numbered 1, 2, 3 … in reading order; they are numbered 1, 2, 3 … across the
groups in printed order (an item's number is an int, which a citation names), each
with its printed mark ("B1") as its `label`. A contents list printing the same labels
without the items' lines is no item.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .closed_marks import closed_title
from .numbered_runs import NumberedStart

# "B1   Title", "O2 Title", "B1. Title", "B-1 Title": a group's letter joined to the
# item's number
GROUP_ITEM_RE = re.compile(r"^\s*([A-ZÆØÅ])(-?)(\d{1,2})[.:)]?\s+([A-ZÆØÅ\"“«].*?)\s*$")
# ... or the mark on a line of its own, the title on the next (a web page's button with
# the mark and the title in spans of their own: "B-1" / "Forslag til …")
_MARK_RE = re.compile(r"^\s*([A-ZÆØÅ])(-?)(\d{1,2})[.:)]?\s*$")
# a line labelled by a letter OCR cannot misread as a digit ("B1 Title", not "O1 Title")
_PLAIN_GROUP_RE = re.compile(r"(?m)^[ \t]*[A-HJ-NP-ZÆØÅ]\d{1,2}[ \t]+[A-ZÆØÅ]")
_MIN_ITEMS = 2
_BELOW = 6  # lines after the heading that hold the item's own lines


def group_items(lines: list[str], is_heading: Callable[[str], bool],
                is_marker: Callable[[str], bool],
                is_toc: Callable[[str], bool]) -> list[NumberedStart]:
    """The starts of items labelled "<letter><n> Title", each group numbered from 1
    without a gap; [] when fewer than two are found.

    >>> heads = lambda s: s in ("Beslutning", "Sagsfremstilling")
    >>> found = group_items(["B1   Godkendelse", "Beslutning", "Godkendt.", "B2   Budget",
    ...     "Beslutning", "Godkendt.", "O1   Status", "Sagsfremstilling", "Tekst."],
    ...     heads, lambda s: False, lambda s: False)
    >>> [(s.number, s.label, s.title) for s in found]
    [(1, 'B1', 'Godkendelse'), (2, 'B2', 'Budget'), (3, 'O1', 'Status')]
    >>> group_items(["A4 Papir bruges", "Tekst.", "A5 Hæfte", "Tekst."],
    ...     heads, lambda s: False, lambda s: False)
    []
    """
    last: dict[str, int] = {}
    starts: list[NumberedStart] = []
    for i, line in enumerate(lines):
        m, body = _marked(lines, i)
        if not m or is_toc(line):
            continue
        letter, number, title = m.group(1), int(m.group(3)), m.group(4)
        if number != last.get(letter, 0) + 1:
            continue
        below = [s for ln in lines[body:body + _BELOW] if (s := ln.strip())][:2]
        if not (any(is_heading(s) or is_marker(s) for s in below) or closed_title(title)[0]):
            continue
        last[letter] = number
        starts.append(NumberedStart(i, body, len(starts) + 1, title,
                                    label=letter + m.group(2) + m.group(3)))
    return starts if len(starts) >= _MIN_ITEMS else []


def _marked(lines: list[str], i: int) -> tuple[re.Match[str] | None, int]:
    """The line's group mark and title (the title on the next line when the mark stands
    alone) and the index where the item's own lines begin; (None, i) when none."""
    if m := GROUP_ITEM_RE.match(lines[i]):
        return m, i + 1
    if not (mark := _MARK_RE.match(lines[i])):
        return None, i
    nxt = next((j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].strip()), None)
    if nxt is None:
        return None, i
    return GROUP_ITEM_RE.match(f"{mark.group(0).strip()} {lines[nxt].strip()}"), nxt + 1


def group_label_token(m: re.Match[str]) -> bool:
    """The token is an agenda group's label at a line's start ("O1" of "O1   Status …")
    in a text whose other items are labelled so with a letter OCR does not confuse with
    a digit ("B1   Godkendelse …"): a letter, not OCR's reading of "01"."""
    text, start = m.string, m.start()
    if (start and text[start - 1] not in "\n \t") or not re.fullmatch(r"[IO]\d{1,2}", m.group(0)):
        return False
    line_start, end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[line_start:end if end >= 0 else None]
    return (not text[line_start:start].strip() and bool(GROUP_ITEM_RE.match(line))
            and bool(_PLAIN_GROUP_RE.search(text)))
