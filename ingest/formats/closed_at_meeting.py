"""An item the meeting moved from open to closed, though its print may still call it open
("Åben sag" in its fact line, no mark in the contents, as the agenda was sent out).

The minutes say so in one of two places. The approval of the agenda changes it
("Dagsordenen blev godkendt med den ændring, at punkt 7 »Salg af areal …« behandles som
lukket punkt"). Or the item's own note under its heading says so ("Punktet blev behandlet
som lukket punkt, jf. beslutningen under punkt 1."). What happened at the meeting decides,
so the item is closed. A question about the meeting's closed items names it, and an
answer does not present its published sentence as an open case. The note stays the
item's text, as printed.
"""

from __future__ import annotations

import re

from referat.domain import AgendaItem

# How a closing is said: "behandles som lukket punkt", "blev behandlet for lukkede døre",
# "blev flyttet til den lukkede del af dagsordenen"
_CLOSING = (r"(?:(?:behandles|blev\s+behandlet|bliver\s+behandlet|er\s+behandlet)\s+"
            r"(?:som\s+(?:et\s+)?lukket\s+(?:punkt|sag)|som\s+lukkede\s+(?:punkter|sager)|"
            r"for\s+lukkede\s+døre|på\s+(?:et\s+)?lukket\s+møde|i\s+lukket\s+møde)"
            r"|(?:flyttes|blev\s+flyttet|overføres|blev\s+overført)\s+til\s+(?:den\s+)?"
            r"lukkede?\s+(?:del|dagsorden))")
# An item's printed number, an added item's letter with it ("7a")
_MARK = r"\d{1,3}[a-z]?"
# The approval naming the items it closes, a quoted title between ("punkt 7 »…« behandles
# som lukket punkt", "punkterne 8 og 9 behandles for lukkede døre")
_APPROVAL_RE = re.compile(
    rf"\bpunkt(?:erne)?\s+(?P<n>{_MARK}(?:\s*(?:,|og)\s*{_MARK})*)"
    r"(?:\s*(?:»[^«»]{1,160}«|«[^«»]{1,160}»|\"[^\"]{1,160}\"|“[^”]{1,160}”|\([^()]{1,160}\)))?"
    rf"\s+{_CLOSING}", re.IGNORECASE)
# The item's own note, opening its first text: "Punktet blev behandlet som lukket punkt"
_NOTE_RE = re.compile(rf"^(?:punktet|sagen)\s+{_CLOSING}", re.IGNORECASE)
# The item that approves the agenda: "Godkendelse af dagsorden", "Dagsorden"
_APPROVAL_TITLE_RE = re.compile(r"\bdagsorden(?:en)?\b", re.IGNORECASE)


def closed_by_approval(text: str) -> set[str]:
    """The printed numbers of the items an approval of the agenda closes.

    >>> sorted(closed_by_approval("Godkendt med den ændring, at punkt 4 »Køb af jord« "
    ...                           "behandles som lukket punkt, og at punkt 6 udgår."))
    ['4']
    >>> sorted(closed_by_approval("Godkendt, idet punkterne 8 og 9a blev behandlet for "
    ...                           "lukkede døre."))
    ['8', '9a']
    >>> closed_by_approval("Godkendt, idet punkt 3 blev behandlet før punkt 2.")
    set()
    """
    return {n.lower() for m in _APPROVAL_RE.finditer(text)
            for n in re.split(r"\s*(?:,|\bog\b)\s*", m["n"]) if n}


def _noted_closed(item: AgendaItem) -> bool:
    """Whether the item's first text, untitled under its heading, opens with the note
    that the item was treated as closed."""
    first = item.sections[0] if item.sections else None
    return bool(first and first.name == "Beskrivelse" and len(item.sections) > 1
                and _NOTE_RE.match(first.text.strip().strip("*_")))


def closed_at_meeting(items: list[AgendaItem]) -> None:
    """Close, in place, each item that the approval of the agenda or the item's own note
    says was moved to closed at the meeting."""
    closed = {n for item in items if _APPROVAL_TITLE_RE.search(item.title)
              for n in closed_by_approval(item.decision)}
    for item in items:
        mark = (item.label or str(item.number)).lower()
        if not item.closed and (mark in closed or _noted_closed(item)):
            item.closed = True
