"""An attendance note a volunteer secretary writes as the first paragraph of an item's
text, not in its decision: "Anders Kirk forlod mødet kl. 18.05 under dette punkt.",
"(Poul Dam kom kl. 10.15 under dette punkt)". It says who left or came during this item
as a decision's note does (`finish._moved_absence` reads both), whether the item decided
anything or not (news, "Eventuelt"). Where the item's text is notes, one a bullet (a
meeting-notes page's: "• Thomas Holm (C) forlod mødet kl. 15.40 efter dette punkt og
deltog ikke i behandlingen af pkt. 6-8."), a bullet that is such a note is one too."""

from __future__ import annotations

import re

from referat.domain import AgendaItem

_TEXTS = ("Beskrivelse", "Sagsfremstilling")  # an item's untitled (or case) text
# one sentence, in brackets or not, on a member (named: two or more words, a party's
# letter) who left or came
_NOTE_RE = re.compile(r"^\(?(?P<s>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)+(?:\s+\([A-ZÆØÅ]{1,3}\))?"
                      r"\s+(?:forlod|gik\s+fra|ankom|kom|mødte\s+op)\s[^()]{0,80}?)\.?\)?\.?$")


def lead_notes(item: AgendaItem) -> list[str]:
    """The note opening the item's text (or a bullet of it), as a sentence ending in its
    full stop, if any.

    >>> from referat.domain import Section
    >>> lead_notes(AgendaItem(4, "Nyt", sections=[Section("Beskrivelse",
    ...     "(Ida Holm kom kl. 19.10 under dette punkt)\\n\\nFormanden orienterede.")]))
    ['Ida Holm kom kl. 19.10 under dette punkt.']
    >>> lead_notes(AgendaItem(4, "Nyt", sections=[Section("Beskrivelse", "Formanden kom.")]))
    []
    >>> lead_notes(AgendaItem(5, "Nyt", sections=[Section("Beskrivelse", "• Regnskabet.\\n"
    ...     "• Bo Dal (C) forlod mødet efter dette punkt og deltog ikke i\\npkt. 6-8.")]))
    ['Bo Dal (C) forlod mødet efter dette punkt og deltog ikke i pkt. 6-8.']
    """
    if not item.sections or item.sections[0].name not in _TEXTS:
        return []
    text = item.sections[0].text.strip()
    first = " ".join(re.split(r"\n\s*\n", text)[0].split())
    bullets = [" ".join(b.split()) for b in _BULLET_RE.split(text)[1:]]
    return [f"{m['s']}." for said in dict.fromkeys([first, *bullets])
            if (m := _NOTE_RE.match(said))]


_BULLET_RE = re.compile(r"(?:^|\n)\s*[•▪◦-]\s+")  # a notes list's bullet
