"""A corrected re-issue of minutes: "RETTET REFERAT – VERSION 2" / "Erstatter referat
(version 1) udsendt 25. august 2021." above the minutes' own head.

The banner is no committee (`text_header_committee.not_committee`), and the meeting says
it is a re-issue in a note (`revised_note`), so ingest stores the corrected version in
place of the earlier one of the same meeting (`sittings.combine`), however full each is.

>>> revision("RETTET REFERAT – VERSION 2\\nReferat\\nØkonomiudvalget")
2
>>> revision("Referat\\nØkonomiudvalget\\nMødedato: 3. marts 2024") is None
True
"""

from __future__ import annotations

import re

# A banner or note naming the document a corrected version of another
BANNER_RE = re.compile(
    r"^(?:rettet|revideret|korrigeret|berigtiget)\s+(?:referat|dagsorden|beslutningsprotokol|"
    r"udgave|version)\b|\berstatter\s+(?:det\s+|den\s+)?(?:tidligere\s+)?(?:udsendte\s+)?"
    r"(?:referat|dagsorden|beslutningsprotokol|udgave|version)\b", re.IGNORECASE)
_VERSION_RE = re.compile(r"\bversion\s+(\d{1,2})\b", re.IGNORECASE)
_HEAD_LINES = 8  # the banner stands above the minutes' head
NOTE = "rettet udgave (version {}) af referatet: erstatter en tidligere udgave af samme møde"
_NOTE_RE = re.compile(r"^rettet udgave \(version (\d{1,2})\)")


def revision(text: str) -> int | None:
    """The version a corrected re-issue says it is (2 when it names none), or None."""
    head = [ln.strip() for ln in text.split("\n") if ln.strip()][:_HEAD_LINES]
    banners = [ln for ln in head if BANNER_RE.search(ln)]
    if not banners:
        return None
    # (the banner's own number, not the replaced one's: "Erstatter … (version 1)")
    numbers = [int(m.group(1)) for ln in banners if BANNER_RE.match(ln)
               for m in _VERSION_RE.finditer(ln)]
    return max(numbers, default=2)


def revised_note(text: str) -> str | None:
    """The meeting's note that it is a corrected re-issue, or None."""
    number = revision(text)
    return NOTE.format(number) if number else None


def version_of(warnings: list[str]) -> int:
    """The version a meeting's notes say it is; 1, the first issue, when they say none."""
    return next((int(m.group(1)) for w in warnings if (m := _NOTE_RE.match(w))), 1)
