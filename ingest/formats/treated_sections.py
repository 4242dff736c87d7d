"""A text item's sections headed by a body's treatment, once the whole item is read:

* "Udvalgets behandling" is the item's decision, unless this meeting's decision follows
  it under a heading of its own (then it is the discussion before the decision);
* another body's undated decision ("Forretningsudvalgets beslutning") is the case's
  history when the item has a decision of its own.

`text_item_body` marks such sections while it reads an item and settles them here.
"""

from __future__ import annotations

from referat.domain import AgendaItem

from .common import is_body_treatment
from .text_sections import COMBINED, Parts

# A section headed by the body's treatment ("Udvalgets behandling"), until it is known
# whether a decision heading follows it in the item
_TREATED = "Udvalgets behandling"


def treated(name: str, heading: str) -> str:
    """The section a decision heading opens: a body's treatment ("Udvalgets behandling")
    is marked until the item is read."""
    return _TREATED if name == "Beslutning" and is_body_treatment(heading) else name


def treatment_or_decision(sections: Parts) -> Parts:
    """A body's treatment is the item's decision, unless this meeting's decision follows
    it under a heading of its own: then it is the discussion before the decision
    ("Udvalgets behandling" / "Venstre foreslog, …" / "Beslutning i Udvalget den …")."""
    out: Parts = []
    for k, (name, lines, treatment) in enumerate(sections):
        if name == _TREATED:
            later = any(n in ("Beslutning", COMBINED) and t is None for n, _, t in sections[k + 1:])
            name = "Behandling" if later else "Beslutning"
        out.append((name, lines, treatment))
    return out


def undated_history(sections: Parts, item: AgendaItem) -> Parts:
    """Another body's undated decision ("Forretningsudvalgets beslutning" before
    "Regionsrådets beslutning") is the case's history when the item has a decision of its
    own; without one, the heading may name the meeting's own body under another name (a
    committee misread from the head), so it stays the decision, labelled with the body."""
    undated = [t for _, _, t in sections if t is not None and t.date is None]
    if not undated:
        return sections
    if any(name in ("Beslutning", COMBINED) for name, _, _ in sections):
        item.history.extend(undated)
        return sections
    return [("Beslutning", [f"{t.committee}:", *lines], None) if t is not None
            and t.date is None else (name, lines, t) for name, lines, t in sections]
