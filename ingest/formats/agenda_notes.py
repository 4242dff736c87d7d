"""A note about the agenda printed before an item's title, which is no word of the title.

Two kinds of minutes write one:

* minutes renumbered after an item was dropped before the meeting keep the agenda's
  number beside their own: "Punkt 3 (dagsordenens punkt 4): Ny ferieplan …" – the item
  is the minutes' punkt 3, its title "Ny ferieplan …";
* an item added by a supplementary agenda is marked so before its title:
  "5. Tillægsdagsorden: Ansøgning om underskudsgaranti …", "Tillægspunkt – …" – the item
  belongs to the same meeting, under its printed number; a page's badge or a bracket
  after the title says the same ("… Tillægsdagsorden", "… (tillægsdagsorden)"); so is an
  item the meeting itself added to its agenda, "7a. Ekstra punkt: …", "12. Ekstra punkt:
  …" after Eventuelt.
"""

from __future__ import annotations

import re

# "(dagsordenens punkt 4):", "(dagsordenspunkt 4)", "(opr. pkt. 4) –", "(tidligere punkt 4)"
_AGENDA_NUMBER_RE = re.compile(
    r"^\(\s*(?:dagsordenens\s+(?:punkt|pkt\.?)|dagsordenspunkt|dagsordens\s+punkt|"
    r"opr(?:\.|indelig(?:t|e)?)\s+(?:punkt|pkt\.?)|tidligere\s+(?:punkt|pkt\.?))"
    r"\s*(\d{1,3}[a-z]?)\s*\)\s*[:.–—-]?\s*", re.IGNORECASE)
# "Tillægsdagsorden:", "Tillægspunkt –", "Supplerende dagsorden:" before the title; an item
# the meeting added to its agenda: "Ekstra punkt:", "Ekstrapunkt –"
_SUPPLEMENT_RE = re.compile(
    r"^(?:tillægs(?:dagsorden|punkt)|supplerende\s+(?:dagsorden|punkt)|ekstra\s*punkt)"
    r"\s*[:–—-]\s*", re.IGNORECASE)
# ... or after it, as a page's badge or a bracket: "… til fordrevne Tillægsdagsorden",
# "… forsamlingshuse (tillægsdagsorden)" (not the title's own word: "Godkendelse af
# tillægsdagsorden")
_SUPPLEMENT_END_RE = re.compile(
    r"(?<=\S)\s+(?:\((?i:tillægs(?:dagsorden|punkt)|supplerende\s+dagsorden)\)|"
    r"Tillægs(?:dagsorden|punkt)|TILLÆGSDAGSORDEN)$")
_LINK_WORDS = frozenset("af til om på i fra for".split())


def agenda_note_title(title: str) -> str:
    """The title without a leading agenda note; the title as it is when nothing follows.

    >>> agenda_note_title("(dagsordenens punkt 4): Ny ferieplan for skoleåret")
    'Ny ferieplan for skoleåret'
    >>> agenda_note_title("Tillægsdagsorden: Ansøgning om tilskud til byfest")
    'Ansøgning om tilskud til byfest'
    >>> agenda_note_title("Ekstra punkt: Lukning af svømmehal")
    'Lukning af svømmehal'
    >>> agenda_note_title("Tillægsdagsorden"), agenda_note_title("Punkt om dagsordenen")
    ('Tillægsdagsorden', 'Punkt om dagsordenen')
    >>> agenda_note_title("Boliger til fordrevne Tillægsdagsorden")
    'Boliger til fordrevne'
    >>> agenda_note_title("Godkendelse af Tillægsdagsorden")
    'Godkendelse af Tillægsdagsorden'
    """
    for rx in (_AGENDA_NUMBER_RE, _SUPPLEMENT_RE):
        if (m := rx.match(title)) and title[m.end():].strip():
            title = title[m.end():].strip()
    if (m := _SUPPLEMENT_END_RE.search(title)) and (
            title[:m.start()].split()[-1].lower() not in _LINK_WORDS):
        title = title[:m.start()]
    return title
