"""A web page's schema.org `Event` (JSON-LD in its head) as the source of the meeting's
place and start where the page's own text leaves them out. A CMS page may print only
"Møde onsdag 4/9 kl. 16" while its head says, for search engines:

    {"@type": "Event", "startDate": "2019-09-04T16:00:00+02:00",
     "location": {"@type": "Place", "name": "Mødelokale 3, Rådhuset",
                  "address": {"streetAddress": "Vestre Boulevard 7", "postalCode": "9600",
                              "addressLocality": "Aars"}}}

The event counts for a meeting read from the markup when its start is on the meeting's
day; its place is then the location's name and address ("Mødelokale 3, Rådhuset, Vestre
Boulevard 7, 9600 Aars"), its start the clock of `startDate`. The page's other islands
(a `WebPage` with its publication dates, a `BreadcrumbList`) say nothing of the meeting."""

from __future__ import annotations

import re
from collections.abc import Iterator

from referat.domain import Meeting

from ..read import is_html
from .export_tree import Tree
from .json_islands import islands

# "2019-09-04T16:00:00+02:00": the day, and the local clock when one is given
_START_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?")
_MAX_DEPTH = 4  # (an event inside an "@graph" or a page's "mainEntity")


def _events(tree: Tree, depth: int = 0) -> Iterator[dict]:
    """The mappings of schema.org type Event (or a kind of it: "BusinessEvent") in an
    island, the island itself or nested in it."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(tree, list):
        for node in tree:
            yield from _events(node, depth + 1)
    elif isinstance(tree, dict):
        kinds = tree.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and k.endswith("Event") for k in kinds):
            yield tree
        for key, node in tree.items():
            if key != "location":
                yield from _events(node, depth + 1)


def _place(location: Tree) -> str:
    """The location's name with its address after it, as a minutes' "Mødested" prints
    it; "" when it names none."""
    if isinstance(location, list):
        return _place(location[0]) if location else ""
    if isinstance(location, str):
        return location.strip()
    if not isinstance(location, dict):
        return ""
    name = str(location.get("name") or "").strip()
    address = location.get("address")
    if isinstance(address, dict):
        town = " ".join(str(address.get(k) or "").strip()
                        for k in ("postalCode", "addressLocality")).strip()
        address = ", ".join(part for part in (
            str(address.get("streetAddress") or "").strip(), town) if part)
    address = str(address or "").strip()
    return f"{name}, {address}" if name and address and address not in name else name or address


def event_facts(raw: bytes, meetings: list[Meeting]) -> None:
    """Each meeting read from a web page with the place and start its text left out,
    from the page's schema.org Event on the meeting's day."""
    if not meetings or not is_html(raw) or b"ld+json" not in raw:
        return
    events = [event for tree in islands(raw.decode("utf-8", errors="replace"))
              for event in _events(tree)]
    for meeting in meetings:
        for event in events:
            start = _START_RE.match(str(event.get("startDate") or ""))
            if not start or start[1] != (meeting.date.isoformat() if meeting.date else ""):
                continue
            meeting.place = meeting.place or _place(event.get("location")) or None
            if start[2] and not meeting.start_time:
                meeting.start_time = f"{start[2]}:{start[3]}"
            break
