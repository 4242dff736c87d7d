"""A heading that usually names the bodies deciding the case ("Sagsprocedure:
Teknik- og Miljøudvalget, Økonomiudvalget og Byrådet.", Acadre's "Sagsgang: ØU, KB") is
read as "Beslutningen træffes af". Over a sentence naming no body ("Sagsprocedure" /
"Sagen behandles som hastesag, da …") it says how the case is handled, not who decides:
the section keeps its printed heading.
"""

from __future__ import annotations

import re

DECIDER = "Beslutningen træffes af"
# a body by its name ("Økonomiudvalget", "Byrådet", "Kommunalbestyrelsen", "Ældrerådet")
# or its initials ("ØU, KB")
_BODY_RE = re.compile(r"\b[A-ZÆØÅ][\w-]*(?:udvalg|råd|bestyrelse|nævn|magistrat|forsamling)\w*"
                      r"|\b[A-ZÆØÅ]{2,5}\b")


def procedure_name(name: str, printed: str, text: str) -> str:
    """The section's name: `name`, or the `printed` heading where `name` is the deciding
    bodies' and `text` names none.

    >>> procedure_name(DECIDER, "Sagsprocedure", "Økonomiudvalget og Byrådet.")
    'Beslutningen træffes af'
    >>> procedure_name(DECIDER, "Sagsprocedure", "Sagen behandles som hastesag, da …")
    'Sagsprocedure'
    >>> procedure_name(DECIDER, "Sagsgang", "ØU, KB")
    'Beslutningen træffes af'
    """
    if name != DECIDER or not printed or _BODY_RE.search(text):
        return name
    return printed[:1].upper() + printed[1:]
