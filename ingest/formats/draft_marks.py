"""A decision heading that carries the approval status of the minutes beside it: "Beslutning
Foreløbig" (a web page's badge inside the heading, `<h3>Beslutning <span class="badge">
Foreløbig</span></h3>`), "Beslutning (foreløbig)", "Beslutning – udkast", "Foreløbig
beslutning".

Minutes published before the body approves them mark each decision as provisional. The
mark says how final the record is, not whose decision it is: the heading opens this
meeting's `Beslutning` as the bare word does, its text the decision (before: the heading
was no known one, so the decision ran on in the section above it, the Indstilling or the
Bilag). "Udkast til beslutning" and "Forslag til beslutning" are the proposal, no mark."""

from __future__ import annotations

import re

# the status words a draft's heading prints (not "Godkendt": "Beslutning  Godkendt" is a
# side heading with its decision)
_STATUS = r"(?:foreløbig(?:t|e)?|udkast|kladde|ikke\s+godkendt|ikke\s+endelig|endelig)"
_MARKED_RE = re.compile(
    rf"^(?:beslutning\s*(?:[(\[]\s*{_STATUS}\s*[)\]]|[-–—:|·]?\s*{_STATUS})"
    rf"|{_STATUS}\s+beslutning)\s*:?$", re.IGNORECASE)


def draft_decision(heading: str) -> bool:
    """Whether `heading` is the decision's heading with a draft's status mark.

    >>> draft_decision("Beslutning Foreløbig"), draft_decision("Beslutning (foreløbig):")
    (True, True)
    >>> draft_decision("Beslutning"), draft_decision("Udkast til beslutning")
    (False, False)
    """
    return bool(_MARKED_RE.match(" ".join(heading.replace("*", "").split())))
