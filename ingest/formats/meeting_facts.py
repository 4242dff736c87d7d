"""Where a structured export keeps its meeting's facts when they are not on the mapping
that holds the agenda items:

- in a mapping of their own beside the items (`{"meeting": {"beginUtc": …, "location":
  …, "attendees": […]}, "agendaItems": […]}`, an Acadre service's `<AgendaDto>
  <AgendaItems>…</AgendaItems><Meeting><StartDate>…`): that mapping's facts are the
  meeting's, the holder's own ones ("committee") kept beside them;
- above an agenda in parts (`<Moede><Moedetidspunkt>…<Dagsordener><Dagsorden type="Åben
  dagsorden"><Punkt>…</Dagsorden><Dagsorden type="Lukket dagsorden"><Punkt>…`): the
  meeting is the nearest mapping above the items that has a start, and its items are
  every part's, also a part's only item written as an element alone (a closed part's
  items closed: `export_tree.closed_as`).

A place written as a room and an address ("location": "Byrådssalen", "address":
"Rådhuset<br>Torvet 1") is both, its lines joined; a body given as a list of bodies (a
joint meeting's `<Committees>`) is their names joined ("Miljøudvalget og
Planudvalget"). Names and titles lose their HTML entities ("Fures&oslash; Kommune")."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape

from ..html_text import html_text
from .export_tree import (
    Tree,
    closed_as,
    entries,
    field,
    holders_of,
    is_item,
    meetings_in,
    text_of,
)

_ADDRESS_KEYS = ("address", "adresse", "streetaddress", "postaladdress")
_BODIES_KEYS = ("committees", "udvalg", "bodies", "organer")


def with_facts(holder: dict, dated: Callable[[Tree], bool]) -> dict:
    """The holder with the facts of the mapping beside its items that holds the
    meeting's start, when the holder has none itself (see the module's note)."""
    if dated(holder):
        return holder
    inner = next((v for v in holder.values() if isinstance(v, dict) and dated(v)), None)
    return holder if inner is None else {**holder, **inner}


def whole_meeting(tree: Tree, holder: dict, items: list[dict], dated: Callable[[Tree], bool]
                  ) -> tuple[dict, list[dict]]:
    """The meeting and its items when `holder` is one part of an agenda in parts below
    the meeting (see the module's note); `holder` and `items` as they are otherwise."""
    if dated(holder) or dated(with_facts(holder, dated)):
        return holder, items
    outer = holders_of(tree, holder)
    meeting = next((up for up in outer if dated(up)), None)
    key = next((k for k, v in holder.items() if any(i is items[0] for i in entries(v))), None)
    if meeting is None or key is None:
        return holder, items
    parts = next((list(v) for up in outer for v in up.values() if isinstance(v, list)
                  and any(p is holder for p in v)), [holder])
    found = [closed_as(part, i) for part in parts if isinstance(part, dict)
             for i in entries(part.get(key)) if is_item(i)]
    return meeting, found if len(found) >= len(items) else items


def whole_meetings(tree: Tree, dated: Callable[[Tree], bool]) -> list[tuple[dict, list[dict]]]:
    """Each meeting of the tree (`export_tree.meetings_in`) made whole (`whole_meeting`),
    and no list of an item's own fields read as a meeting: the fields of an item that
    no list of items holds (a closed part's only item, `<AgendaSection Name="Lukket
    dagsorden"><AgendaItem>` alone), or whose last field is empty (an agenda's
    `<Field Caption="Byrådets beslutning den …" />`), are its text."""
    found = [whole_meeting(tree, holder, listed, dated) for holder, listed in meetings_in(tree)]
    parts = {id(e) for _, items in found for i in items for v in i.values() for e in entries(v)}
    return [(holder, items) for holder, items in found if not all(id(i) in parts for i in items)]


def place_with_address(place: str, meeting: dict) -> str:
    """A place with the address the meeting gives beside it, its lines joined; the
    place as it is when there is no address or the place holds it already."""
    address = field(meeting, _ADDRESS_KEYS)
    said = ", ".join(ln.strip() for ln in html_text(address).split("\n") if ln.strip()
                     ) if isinstance(address, str) else ""
    if not said or said in place:
        return place
    return f"{place}, {said}" if place else said


def joint_body(meeting: dict) -> str:
    """A joint meeting's bodies, given as a list of named mappings, their names joined
    ("Miljøudvalget og Planudvalget"); "" for one body or none."""
    bodies = entries(field(meeting, _BODIES_KEYS))
    names = [n for b in bodies if (n := text_of(b))]
    if len(bodies) < 2 or len(names) != len(bodies):
        return ""
    return ", ".join(names[:-1]) + " og " + names[-1]


def unentity(said: str) -> str:
    """A name or title without HTML entities ("Fures&oslash;" → "Furesø")."""
    return unescape(said) if "&" in said else said


# A Danish date and time with seconds, "10-03-2026 17:00:00"
_DANISH_RE = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})[ T](\d{1,2}):(\d{2})(?::\d{2})?")


def danish_when(said: str) -> str:
    """"10-03-2026 17:00:00" → "10.03.2026 kl. 17:00"; any other text as it is."""
    if not (m := _DANISH_RE.fullmatch(said.strip())):
        return said
    return f"{int(m[1]):02d}.{int(m[2]):02d}.{m[3]} kl. {int(m[4]):02d}:{m[5]}"
