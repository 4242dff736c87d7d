"""How far below a named part of an agenda ("TILLÆGSDAGSORDEN") its own lines reach
before its first item: a note on the part, and the cover a supplementary agenda appended
to the main one prints again – the meeting's facts and its own contents list – none of
them the text of the item above."""

from __future__ import annotations

import re

from .toc_cells import CONTENTS_HEADING_RE

# The lines a named part's heading may have under it before its first item: a note
# ("Punktet er optaget på dagsordenen efter udsendelsen, jf. styrelseslovens § 8, stk. 4.")
_PART_NOTE_LINES = 3
# ... and its own cover's facts above the note, a page of their own: "Byrådet" /
# "Mødetidspunkt: 01.12.2025 kl. 19:00" / "Udsendt: 27.11.2025"; a meeting fact's label
# with its value in a cell of its own ("Mødetid:" / "14:00") or beside it ("Mødested: …")
_COVER_FACT_RE = re.compile(r"^(?:[^\W\d][\w ]{2,30}:\s*\S.*\b\d{4}\b.*|[A-ZÆØÅ][\w -]*"
                            r"(?:udvalg|udvalget|rådet|bestyrelsen|nævnet)|"
                            r"(?i:(?:møde)?(?:dato|tid|tidspunkt|sted)):.*|\d{1,2}[.:]\d\d)$")


def part_lines(lines: list[str], filled: list[int]) -> int:
    """How many lines a named part's heading may have under it: the note's, its cover's
    facts, and the cover's own contents list ("Tillægsdagsorden" / "Mødetid:" / "14:00"
    / "Indhold" / "7." / "Title" / "5") to the end."""
    listed = next((len(filled) - n for n, i in enumerate(filled)
                   if CONTENTS_HEADING_RE.match(lines[i])), 0)
    tail = filled[:len(filled) - listed][-_PART_NOTE_LINES - 4:]
    return _PART_NOTE_LINES + listed + sum(
        bool(_COVER_FACT_RE.match(lines[i].strip())) for i in tail)
