"""SBSYS minutes head the committee's decision "Politisk behandling" (where other templates
say "Beslutning"): when an item has no decision heading of its own and this section is its
last, it is the item's decision.

    Sag 3: Skoledistrikter                  Indstilling
    Forvaltningens indstilling        →       Forvaltningen indstiller, at …
    Forvaltningen indstiller, at …          Beslutning
    Politisk behandling                       Godkendt. Ø kunne ikke tiltræde.
    Godkendt. Ø kunne ikke tiltræde.

Elsewhere "Politisk behandling" tells the case's process ("Sagen har været forelagt
Udvalget … den 4. juni 2024") among the case's sections, above the decision's own heading:
there it stays case text.
"""

from __future__ import annotations

import re

from .common import CASE_TEXT, DECISION
from .text_sections import COMBINED, Parts

_HEADING_RE = re.compile(r"^\W*politisk\s+behandling\s*:?\s*$", re.IGNORECASE)
# the sections such a heading's text lands in: case text, or an item's text under no heading
_CARRIERS = (CASE_TEXT, "Beskrivelse")


def political_decision(sections: Parts) -> Parts:
    """The sections with a last "Politisk behandling" as the decision, when the item has
    no other (see the module's docstring); else as they are.

    >>> political_decision([("Indstilling", ["Forvaltningen indstiller, at …"], None),
    ...                     ("Sagsfremstilling", ["Politisk behandling:", "Godkendt."], None)])
    [('Indstilling', ['Forvaltningen indstiller, at …'], None), ('Beslutning', ['Godkendt.'], None)]
    """
    if not sections or any(name in (DECISION, COMBINED) for name, _, _ in sections):
        return sections
    name, lines, treatment = sections[-1]
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if name not in _CARRIERS or treatment is not None or len(filled) < 2 or not (
            _HEADING_RE.match(lines[filled[0]])):
        return sections
    return [*sections[:-1], (DECISION, lines[filled[0] + 1:], None)]
