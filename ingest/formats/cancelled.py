"""A cancelled meeting: its head says so in a notice of its own ("Mødet er aflyst", a red
box under a page printed as "Referat"; "AFLYST"; "Aflyst møde"). The meeting was never
held, so nothing in it is a record: an item's note ("Sagen overføres til udvalgets møde
den 6. juni 2023.") stays its text, the meeting is the agenda it was (its members called,
not present), and its occasion is `referat.occasions.CANCELLED` ("det aflyste møde").
A file without items that says "aflyst" in its head is refused with that reason. In a file
of several meetings (a year page, an archive) a cancelled one may stand between two others
with its day and the notice alone ("Tirsdag 8. april 2025" / "Aflyst" / "Mødet er aflyst.
Sagerne behandles på udvalgets møde den 10. juni 2025."): no meeting, and no text of the
item above it (`cancelled_block`)."""

from __future__ import annotations

import re

from referat.occasions import CANCELLED

from .dates import day_heading
from .text_header import Header

# anywhere in a head: "Mødet blev aflyst på grund af …" (why a file has no items)
CANCELLED_RE = re.compile(r"\b(?:møde[t]?\s+(?:er|blev)\s+aflyst|aflyst)\b", re.IGNORECASE)
# the notice opening a line of its own (a heading, or its sentence: "Mødet er aflyst, da
# …"), or the kind's title marked so ("Dagsorden – AFLYST"): not a sentence that speaks
# of another meeting ("Mødet den 3. maj er aflyst og erstattet af dette")
_NOTICE_RE = re.compile(r"^[\W_]*(?:(?:referat|dagsorden)\s*[-–—:(]\s*)?(?:møde(?:t)?\s+"
                        r"(?:er|blev)\s+aflyst\b|aflyst(?:\s+møde)?[\W_]*$)", re.IGNORECASE)


def cancelled_meeting(header: Header, head: list[str]) -> bool:
    """Whether the lines above the first item hold the notice; then the header's kind is
    "dagsorden" and its occasion the cancelled one.

    >>> from datetime import date
    >>> h = Header(committee="Teknikudvalget", date=date(2023, 5, 9), doc_type="referat")
    >>> cancelled_meeting(h, ["Referat", "Mødet er aflyst", "Sagerne overføres …"])
    True
    >>> h.doc_type, h.occasion
    ('dagsorden', 'aflyst')
    >>> cancelled_meeting(h, ["Mødet den 3. maj er aflyst og erstattet af dette møde."])
    False
    >>> cancelled_meeting(h, ["Dagsorden – AFLYST"]), cancelled_meeting(h, ["Aflyst møde"])
    (True, True)
    """
    if not any(_NOTICE_RE.match(line.strip()) for line in head):
        return False
    header.doc_type, header.occasion = "dagsorden", CANCELLED
    return True


_NOTICE_LINES = 3  # filled lines under a day's heading where its notice may stand


def cancelled_block(lines: list[str], lo: int, hi: int) -> int | None:
    """The first line of a cancelled meeting's block between lines `lo` and `hi` (after a
    meeting's last item): a day's heading with the notice right under it; None when none.

    >>> cancelled_block(["5. Meddelelser", "Intet.", "Tirsdag 8. april 2025", "Aflyst",
    ...                  "Mødet er aflyst."], 1, 5)
    2
    >>> cancelled_block(["5. Meddelelser", "Mødet den 3. maj 2025 er aflyst."], 1, 2) is None
    True
    """
    for k in range(lo, hi):
        if not day_heading(lines[k].strip()):
            continue
        below = [ln.strip() for ln in lines[k + 1:hi] if ln.strip()][:_NOTICE_LINES]
        if any(_NOTICE_RE.match(ln) for ln in below):
            return k
    return None
