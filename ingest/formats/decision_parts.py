"""A decision given in parts under headings of their own, one an indstillingspunkt:
"Beslutning del 1" / "Beslutning del 2", "Beslutning, pkt. 2", "Beslutning ad 3".

Each heading opens a part of this meeting's one decision: its text is the item's
`Beslutning`, every part of it, each opened by its heading as printed ("Beslutning del 1:
Analysen blev taget til efterretning." / "Beslutning del 2: Model 2 sendes i høring …"),
so no part is left in the section above it (the Indstilling) and none is lost.

An item of sub-items ("3a. Ny daginstitution …", "3b. Udvidelse af …") may have its
decision once, after the last sub-item: only that sub-item then has a "Beslutning" and
the others none ("Anbefales godkendt for både 3a og 3b."). That decision is the item's,
not the last sub-item's, so it carries no sub-item's label; so does a proposal
("Indstilling") printed once after them all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .text_sections import Parts

_PART_RE = re.compile(
    r"^\W*(beslutning(?:er)?)\s*[,(]?\s*(?:del|delbeslutning|ad|vedr\.?|til)?\s*"
    r"(?:punkt|pkt\.?|indstillingspunkt|indstillingens\s+punkt)?\s*(\d{1,2}[a-z]?)\s*\)?\s*:?\W*$",
    re.IGNORECASE)


def decision_part(heading: str) -> str | None:
    """The heading of a part of the decision as its text's label, or None.

    >>> decision_part("Beslutning del 1"), decision_part("**Beslutning, pkt. 2:**")
    ('Beslutning del 1', 'Beslutning, pkt. 2')
    >>> decision_part("Beslutning"), decision_part("Beslutning 12. marts 2024")
    (None, None)
    """
    text = " ".join(heading.replace("*", "").split()).strip(" :#")
    m = _PART_RE.match(text)
    if not m or not re.search(r"\b(?:del|ad|pkt|punkt|vedr|til|indstillingspunkt)\b|\(",
                              text, re.IGNORECASE):
        return None
    return text


def joint_decision(sections: Parts, subs: list[str]) -> Parts:
    """The item's sections (each sub-item's opened by its label, `subs` in order) with a
    decision (or a proposal) that only the last of two or more sub-items has read as the
    item's own."""
    joint = {name for name in _JOINT if {
        lines[0] for n, lines, _ in sections if n == name and lines} == {subs[-1]}}
    if len(subs) < 2 or not joint:
        return sections
    return [(name, lines[1:] if name in joint else lines, earlier)
            for name, lines, earlier in sections]


_JOINT = ("Beslutning", "Indstilling")  # (its proposal too, under the last sub-item)
