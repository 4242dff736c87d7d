"""How many notices a meeting had, counted from its "Meddelelser" item's numbered
entries: "Hvor mange meddelelser var der på mødet 6/2?" — no sentence says "fem
meddelelser"; the list itself does (written by hand: no library counts list entries).

>>> numbered_entries("1. Nytårskur\\n\\n2. Orientering om 225-timersreglen.\\n1 bilag")
['Nytårskur', 'Orientering om 225-timersreglen.']
"""

from __future__ import annotations

import re

from referat.danish import sentences, stems
from referat.domain import Answer, RetrievedItem

from .base import Context, quote_block, where

# "hvor mange meddelelser …?", "hvor mange orienteringer fik udvalget under meddelelser?"
_ASKED = re.compile(r"\bhvor mange (?:\w+\s+)?(?:meddelelser|orienteringer|punkter under "
                    r"meddelelser)\b", re.I)
_NOTICES = frozenset(stems("Meddelelser Meddelelse", frozenset()))
# an entry opens a line with its number: "1. …", "2. …" (a list inside an entry restarts
# at 1 and is no entry of its own)
_ENTRY = re.compile(r"^[ \t]*(\d{1,2})\.[ \t]+(\S.*)$", re.M)
_SHOWN_CHARS = 140  # of each entry's first sentence


def numbered_entries(text: str) -> list[str]:
    """The text's entries numbered 1, 2, 3, … in order, each as its first line."""
    out: list[str] = []
    for m in _ENTRY.finditer(text):
        if int(m.group(1)) == len(out) + 1:
            out.append(m.group(2).strip())
    return out


def _notices_item(ctx: Context) -> RetrievedItem | None:
    return next((i for i in ctx.candidates if i.title and set(stems(i.title, frozenset()))
                 <= _NOTICES), None)


def count_notices(ctx: Context) -> Answer | None:
    """The count of the notices item's entries, each shown by its opening, or None when
    no notices are asked for or found."""
    if not _ASKED.search(ctx.question):
        return None
    item = _notices_item(ctx)
    view = ctx.lookup.item(item.ref) if item is not None else None
    if item is None or view is None:
        return None
    body = "\n".join(t for name, t in view.sections if name not in ("Beslutning", "Bilag"))
    entries = numbered_entries(body)
    if not entries:
        return None
    shown = []
    for n, entry in enumerate(entries, 1):
        first = (sentences(entry) or [entry])[0]
        shown.append(f"{n}. {first[:_SHOWN_CHARS].rstrip()}"
                     + ("…" if len(first) > _SHOWN_CHARS else ""))
    word = "meddelelse" if len(entries) == 1 else "meddelelser"
    text = (f"{where(item)} havde {len(entries)} {word}:\n"
            + quote_block("\n".join(shown)))
    decision = next((t for name, t in view.sections if name == "Beslutning"), "")
    if decision:
        text += f"\n\nBeslutning: »{decision.strip()}«"
    return ctx.answer(text, [ctx.cite(item, "\n".join(shown), "Beskrivelse")])
