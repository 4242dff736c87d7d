"""A vote a volunteer secretary records in the account of the discussion, in a paragraph
of its own right above the decision, not in the decision itself:

    Der blev stemt om at afgive høringssvar. For stemte 7 (Bo Holm, …). Imod stemte 1 (…).

    Konklusion: Rådet afgiver høringssvar …

or in the paragraph that states the decision in the text ("Rådet besluttede at anbefale …
Der blev stemt om anbefalingen. For stemte … Imod stemte …") above a "Konklusion:" that
only says what happens next. The votes are this item's; the paragraph stays where it is.
Only the last paragraph of the section right above the decision is read, and only when it
says that a vote was held ("stemt om", "Afstemning", "For stemte …", "… stemte imod"): a
vote told further up in the case text may be another body's."""

from __future__ import annotations

import re

from referat.domain import HISTORY_SECTIONS, AgendaItem

from .common import DECISION, EARLIER

_VOTED_RE = re.compile(r"\b(?:stemt\s+om|afstemning|(?:for|imod)\s+stemte|stemte\s+(?:for|imod))\b",
                       re.IGNORECASE)


def vote_paragraph(item: AgendaItem) -> str:
    """The last paragraph of the section right above the item's decision when it records
    a vote, else "".

    >>> from referat.domain import Section
    >>> vote_paragraph(AgendaItem(1, "Høring", sections=[
    ...     Section("Beskrivelse", "Drøftet.\\n\\nAfstemning: For stemte 3. Imod stemte 1 (Bo)."),
    ...     Section("Beslutning", "Høringssvar afgives.")]))
    'Afstemning: For stemte 3. Imod stemte 1 (Bo).'
    >>> vote_paragraph(AgendaItem(1, "Høring", sections=[
    ...     Section("Beskrivelse", "Drøftet."), Section("Beslutning", "Godkendt.")]))
    ''
    """
    names = [s.name for s in item.sections]
    if DECISION not in names or names.index(DECISION) == 0:
        return ""
    above = item.sections[names.index(DECISION) - 1]
    if above.name in (*HISTORY_SECTIONS, EARLIER):
        return ""
    last = [p for p in re.split(r"\n\s*\n", above.text) if p.strip()][-1:]
    return " ".join(last[0].split()) if last and _VOTED_RE.search(last[0]) else ""
