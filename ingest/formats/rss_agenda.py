"""An RSS feed of one meeting, one `<item>` per agenda item ("88. Godkendelse af
dagsorden", its `<description>` the item's text as HTML, `<category>` "Lukket" for a
closed one), the meeting's facts in the `<channel>` itself: its `<title>` ("Vejle Kommune
- Teknisk Udvalg - Referat 12.11.2025") and its `<description>` (the date, time, place and
attendance as HTML). The feed is written as one web page: the channel's title as its
heading, its description as the head, then the items in the order of their numbers (a
feed lists its newest first, so often the last item first). The feed's own dates
(`pubDate`, `lastBuildDate`: when it was published) are no part of it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import escape

# "88. Godkendelse af dagsorden", or a portal's "Punkt 9: Eventuelt"
_NUMBERED_RE = re.compile(r"^\s*(?:(\d{1,4})\.|[Pp]unkt\s+(\d{1,4})\s*[:.]?)\s+\S")
_CLOSED = ("lukket", "lukket punkt", "fortrolig")


def agenda_page(root: ET.Element) -> str | None:
    """The feed as one meeting's web page (see the module's note); None when its items
    are not all numbered agenda items or the channel has no title."""
    channel = root.find("channel")
    items = root.findall(".//item")
    title = (channel.findtext("title") or "").strip() if channel is not None else ""
    numbers = [_NUMBERED_RE.match(i.findtext("title") or "") for i in items]
    if not title or not items or not all(numbers):
        return None
    out = [f"<html><body><h1>{escape(title)}</h1>", channel.findtext("description") or ""]
    order = sorted(range(len(items)), key=lambda n: int(numbers[n][1] or numbers[n][2]))
    for item in (items[n] for n in order):
        closed = (item.findtext("category") or "").strip().lower() in _CLOSED
        out.append(f"<h2>{escape((item.findtext('title') or '').strip())}</h2>")
        if closed:
            out.append("<p>Lukket punkt</p>")
        out.append(item.findtext("encoded") or item.findtext("description") or "")
    return "".join(out + ["</body></html>"])
