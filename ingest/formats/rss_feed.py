"""An RSS 2.0 feed of a council's minutes portal, one `<item>` per meeting: `<title>`
"Økonomiudvalget - Referat - 11.06.2024", `<category>` the committee, and the whole
minutes as HTML in `<content:encoded>` (or, in a short feed, `<description>`). Each
item's HTML is read as a web page whose heading is the item's title (so the title names
the committee and the date when the minutes' own head does not); an item that holds no
minutes (a news item in the same feed) is left out. A feed of one meeting whose items are
its agenda items, numbered, is that meeting (`rss_agenda`)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from referat.domain import Meeting

from ..html_text import html_text
from .common import ParseError
from .rss_agenda import agenda_page
from .text import meetings_from_text
from .xmlload import load_xml, root_tag

NAME = "rss"


def sniff(raw: bytes, path: Path) -> bool:
    """An RSS document with items."""
    return root_tag(raw) == "rss" and b"<item" in raw


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """Each item's minutes as one meeting; raises `ParseError` (Danish) when no item
    holds any."""
    root = load_xml(raw)
    if page := agenda_page(root):  # (one meeting, an item an agenda item)
        return meetings_from_text(html_text(page), path, NAME, municipality)
    entries = [((item.findtext("title") or item.findtext("category") or "").strip(),
                item.findtext("encoded") or item.findtext("description") or "")
               for item in root.iter("item")]
    return feed_meetings(entries, path, NAME, municipality)


def feed_meetings(entries: list[tuple[str, str]], path: Path, name: str,
                  municipality: str | None) -> list[Meeting]:
    """The meetings of a feed's entries, each (title, HTML) read as a web page headed by
    its title; an entry that holds no minutes is left out. Raises `ParseError` (Danish)
    when none holds any."""
    meetings: list[Meeting] = []
    reasons: list[str] = []
    for title, html in entries:
        page = f"<html><body><h1>{escape(title)}</h1>{html}</body></html>"
        try:
            meetings += meetings_from_text(html_text(page), path, name, municipality)
        except ParseError as err:
            reasons.append(f"{title or 'uden titel'}: {err}")
    if not meetings:
        raise ParseError("ingen referater i feedet" + (f" ({'; '.join(reasons)})" if reasons
                                                       else ""))
    return meetings
