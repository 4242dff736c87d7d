"""An item withdrawn from the agenda ("udgået", "trukket"), marked as minutes and
publication pages mark it: after the title ("Trafiksikkerhed på Hovedgaden – UDGÅR",
"… (udgår)", "… (punktet blev trukket)"), as a page's badge after it ("… ny bådhal
Udgået", the way a "Lukket" badge stands), before it ("Udgået: …"), or alone on the line
under the heading ("Udgået"). The mark is no word of the title and no text of the item;
the item stays, and what the minutes say of the withdrawal stays with it: in minutes that
record decisions, an item without a decision of its own takes as its decision the text
saying it was withdrawn ("Punktet udgik, da …"), or the mark's own word ("Udgår."); in an
agenda the mark's word opens the item's text.
"""

from __future__ import annotations

import re

from referat.domain import AgendaItem, Section

# The words of a withdrawal, with "punktet" (blev/er) before them or not
_WORD = (r"(?:punktet\s+(?:blev\s+|er\s+)?)?(?:udgår|udgået|udgik|tilbagetrukket|trukket"
         r"(?:\s+(?:af|fra)\s+dagsordenen)?)")
_SUFFIX_RE = re.compile(
    rf"(?:\s*[-–—]\s*{_WORD}|\s*[(\[]\s*{_WORD}\s*[)\]]"
    # (a page's badge after the title, a capitalised word as "Lukket" stands)
    r"|\s(?-i:Udgået|UDGÅET|Udgår|UDGÅR|Trukket|TRUKKET|Tilbagetrukket|TILBAGETRUKKET))\s*$",
    re.IGNORECASE)
_PREFIX_RE = re.compile(rf"^\s*(?:[(\[]\s*{_WORD}\s*[)\]]\s*[:\-–]?|{_WORD}\s*[:\-–])\s*",
                        re.IGNORECASE)
# The mark alone on a line of the item's text ("Udgået", "UDGÅR", "Punktet udgår.")
_LINE_RE = re.compile(rf"^\s*{_WORD}\s*[.!]?\s*$", re.IGNORECASE)
# A sentence of the item's own text saying it was withdrawn
_SAID_RE = re.compile(r"\b(?:udgår|udgået|udgik|(?:tilbage)?trukket)\b", re.IGNORECASE)


def withdrawn_title(title: str) -> tuple[str, str]:
    """The title without a withdrawal mark, and the mark's word ("" when none).

    >>> withdrawn_title("Trafiksikkerhed på Hovedgaden – UDGÅR")
    ('Trafiksikkerhed på Hovedgaden', 'UDGÅR')
    >>> withdrawn_title("Ansøgning om tilskud til ny bådhal Udgået")
    ('Ansøgning om tilskud til ny bådhal', 'Udgået')
    >>> withdrawn_title("Salg af grund (punktet blev trukket)")
    ('Salg af grund', 'punktet blev trukket')
    >>> withdrawn_title("Arbejder, der udgår af budgettet"), withdrawn_title("Udgået")
    (('Arbejder, der udgår af budgettet', ''), ('Udgået', ''))
    """
    m = _SUFFIX_RE.search(title)
    if m and m.start() > 0:
        return title[: m.start()].rstrip(" ,:-–—"), _mark(m.group(0))
    m = _PREFIX_RE.match(title)
    if m and title[m.end():].strip():
        return title[m.end():].strip(), _mark(m.group(0))
    return title, ""


def _mark(said: str) -> str:
    return " ".join(said.strip(" ()[]:-–—").split())


def note_withdrawn(items: list[AgendaItem], marks: dict[int, str]) -> None:
    """Each withdrawn item (`marks`: its mark by item number, from its title; a mark
    alone on its text's first line counts too) keeps what the minutes say of it: in
    minutes with decisions an item without one takes its text saying so, or the mark's
    word, as its decision; in an agenda the mark's word opens its text."""
    minutes = any(item.decision for item in items)
    for item in items:
        mark = marks.get(item.number, "") or _line_mark(item)
        if not mark or item.decision:
            continue
        word = mark[:1].upper() + mark[1:].lower() + "."
        text = item.sections[0] if item.sections and item.sections[0].name == "Beskrivelse" \
            else None
        if minutes and text is not None and _SAID_RE.search(text.text.split(".")[0]):
            text.name = "Beslutning"  # "Punktet udgik, da …": the item's record
        elif minutes:
            item.sections.append(Section("Beslutning", word))
        elif text is None or not _SAID_RE.search(text.text):
            item.sections.insert(0, Section("Beskrivelse", word))


def _line_mark(item: AgendaItem) -> str:
    """The mark alone on the first line of the item's text ("Udgået"), taken out of it."""
    if not item.sections or item.sections[0].name != "Beskrivelse":
        return ""
    first, _, rest = item.sections[0].text.strip().partition("\n")
    if not _LINE_RE.match(first):
        return ""
    if rest.strip():
        item.sections[0].text = rest.strip()
    else:
        del item.sections[0]
    return _mark(first.rstrip(".! "))
