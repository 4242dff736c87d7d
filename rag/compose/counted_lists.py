"""How many entries a list in the minutes has, counted from the list itself: "Hvor mange
meddelelser var der på mødet 6/2?", "hvor mange punkter havde indstillingen?", "hvor mange
bemærkninger havde udvalget?" — no sentence says "fem meddelelser"; the numbered or
bulleted entries do (written by hand: no library counts list entries).

>>> list_entries("1. Nytårskur\\n\\n2. Orientering om 225-timersreglen.\\n1 bilag")
['Nytårskur', 'Orientering om 225-timersreglen.']
>>> list_entries("Udvalget bemærker:\\n- At honoraret hæves.\\n- At rådet reduceres.")
['At honoraret hæves.', 'At rådet reduceres.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat.danish import sentences, stems
from referat.domain import Answer, RetrievedItem

from .base import Context, quote_block, where


@dataclass(frozen=True)
class CountedList:
    """A list a question may count: what asks for it, where it stands, what it holds."""

    asked: re.Pattern[str]
    section: str  # "" = the item's text before its decision
    one: str
    many: str
    notices_item: bool = False  # the list is the "Meddelelser" item's


LISTS = (
    # "hvor mange meddelelser …?", "hvor mange orienteringer under meddelelser?"
    CountedList(re.compile(r"\bhvor mange (?:\w+\s+)?(?:meddelelser|orienteringer)\b", re.I),
                "", "meddelelse", "meddelelser", notices_item=True),
    # "hvor mange punkter havde indstillingen?", "… var der i indstillingen?"
    CountedList(re.compile(r"\bhvor mange (?:\w+\s+)?(?:punkter|delpunkter)\b[^?]{0,30}?"
                           r"\bindstilling\w*", re.I), "Indstilling", "punkt", "punkter"),
    # "hvor mange bemærkninger havde udvalget (til …)?"
    CountedList(re.compile(r"\bhvor mange (?:\w+\s+)?(?:bemærkninger|forbehold)\b", re.I),
                "Beslutning", "bemærkning", "bemærkninger"),
)
_NOTICES = frozenset(stems("Meddelelser Meddelelse", frozenset()))
# an entry opens a line with its number ("1. …") or a bullet ("- …"); a numbered list
# inside an entry restarts at 1 and is no entry of its own
_NUMBERED = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+(\S.*)$", re.M)
_BULLET = re.compile(r"^[ \t]*[-•*][ \t]+(\S.*)$", re.M)
_SHOWN_CHARS = 140  # of each entry's first sentence


def list_entries(text: str) -> list[str]:
    """The text's entries numbered 1, 2, 3, … in order (else its bullets), each as its
    first line."""
    out: list[str] = []
    for m in _NUMBERED.finditer(text):
        if int(m.group(1)) == len(out) + 1:
            out.append(m.group(2).strip())
    return out or [m.group(1).strip() for m in _BULLET.finditer(text)]


def _item(ctx: Context, asked: CountedList) -> RetrievedItem | None:
    if not asked.notices_item:
        return ctx.candidates[0] if ctx.candidates else None
    return next((i for i in ctx.candidates if i.title and set(stems(i.title, frozenset()))
                 <= _NOTICES), None)


def count_listed(ctx: Context) -> Answer | None:
    """The count of a list's entries, each shown by its opening, or None when no list is
    asked for, or the item found holds none."""
    asked = next((c for c in LISTS if c.asked.search(ctx.question)), None)
    item = _item(ctx, asked) if asked is not None else None
    view = ctx.lookup.item(item.ref) if item is not None else None
    if asked is None or item is None or view is None:
        return None
    body = "\n".join(t for name, t in view.sections if (
        name == asked.section if asked.section else name not in ("Beslutning", "Bilag")))
    entries = list_entries(body)
    if len(entries) < (1 if asked.notices_item else 2):
        return None
    shown = []
    for n, entry in enumerate(entries, 1):
        first = (sentences(entry) or [entry])[0]
        shown.append(f"{n}. {first[:_SHOWN_CHARS].rstrip()}"
                     + ("…" if len(first) > _SHOWN_CHARS else ""))
    word = asked.one if len(entries) == 1 else asked.many
    where_ = f" i {asked.section.lower()}en" if asked.section == "Indstilling" else ""
    text = (f"{where(item)} havde {len(entries)} {word}{where_}:\n"
            + quote_block("\n".join(shown)))
    decision = next((t for name, t in view.sections if name == "Beslutning"), "")
    if decision and asked.section != "Beslutning":
        text += f"\n\nBeslutning: »{' '.join(decision.split())}«"
    return ctx.answer(text, [ctx.cite(item, "\n".join(shown), asked.section or "Beskrivelse")])
