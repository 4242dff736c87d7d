"""Questions about two or three bodies side by side, asked one body at a time: "hvad ville
skoleudvalget og kulturudvalget hver især i marts 2024?" → one question per committee,
each answered from its own minutes with its own citation.

>>> body_parts("Hvad ville skoleudvalget og kulturudvalget hver især i marts 2024?")
['Hvad ville skoleudvalget i marts 2024?', 'Hvad ville kulturudvalget i marts 2024?']
>>> body_parts("Børneudvalget og planudvalget havde vist begge møde den 8. oktober 2024 "
...            "– hvornår?")[1]
'planudvalget havde vist møde den 8. oktober 2024 – hvornår?'
>>> body_parts("Hvem undlod, da Klima-, Teknik- og Miljøudvalget og Økonomiudvalget "
...            "anbefalede det?")
['Hvem undlod, da Klima-, Teknik- og Miljøudvalget anbefalede det?', 'Hvem undlod, da \
Økonomiudvalget anbefalede det?']

Not a joint meeting, nor a case followed from one body to the next (`asks_case_history`):

>>> body_parts("Hvad drøftede fællesmødet mellem skoleudvalget og kulturudvalget?")
[]
>>> body_parts("Hvordan gik sagen gennem sundhedsudvalget og byrådet?")
[]
"""

from __future__ import annotations

import re

from ..case_intent import asks_case_history

# One body by name, with the compound parts before it ("Klima-, Teknik- og
# Miljøudvalget"), or the council.
_BODY = (r"(?:(?:[\wæøå]+-,?\s+)*(?:og\s+)?[\wæøå]*(?:udvalg(?:et|ets)?|byråd(?:et|ets)?|"
         r"kommunalbestyrelsen|magistraten)|(?-i:[A-ZÆØÅ]{1,4}U))")
# two or three side by side: "planudvalget og økonomiudvalget", "socialudvalget, ØU og
# byrådet"
_TWO_BODIES = re.compile(rf"\b(?P<a>{_BODY})(?:,\s+(?:i\s+)?(?P<m>{_BODY}))?\s+(?:og|samt)\s+"
                         rf"(?:i\s+)?(?P<b>{_BODY})\b", re.IGNORECASE)
# The bodies counted, which no one body's question says: "begge", "hver især", "alle tre"
_EACH = re.compile(r"\s+(?:begge(?:\s+to)?|hver\s+især|alle\s+tre)\b", re.IGNORECASE)
# Together, not each on its own: "fællesmødet mellem …", "både … og … (i fællesskab)"
_TOGETHER = re.compile(r"\b(?:mellem|fælles\w*|sammen|både)\b", re.IGNORECASE)


def body_parts(question: str) -> list[str]:
    """One question per body when the question names two bodies side by side ("X og
    Y"); [] otherwise."""
    m = _TWO_BODIES.search(question)
    if m is None or asks_case_history(question) or _TOGETHER.search(question[:m.start()]):
        return []
    head, tail = _EACH.sub("", question[:m.start()]), _EACH.sub("", question[m.end():])
    return [f"{head}{body}{tail}" for body in (m.group("a"), m.group("m"), m.group("b")) if body]
