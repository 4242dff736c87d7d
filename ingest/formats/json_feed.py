"""A JSON Feed (jsonfeed.org, version 1 or 1.1) of a council's meetings, one item per
meeting: its `title` ("Referat – Byrådet – 28. maj 2025") and the minutes in
`content_html`, `content_text` or both. Both hold the same meeting (a feed gives the text
for readers without HTML), so an item is read once: from its HTML when it has any,
else from its text, headed by its title as `rss_feed` reads an RSS item. The feed's dates
(`date_published`, `date_modified`), its `summary`, `tags`, `attachments` and a
publisher's own `_extension` objects say nothing the minutes do not."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

from referat.domain import Meeting

from .common import ParseError
from .rss_feed import feed_meetings

NAME = "jsonfeed"
_VERSION = "https://jsonfeed.org/version/"


def _feed(raw: bytes) -> dict[str, Any] | None:
    """The feed object, or None when the file is no JSON Feed."""
    if _VERSION.encode() not in raw[:4096].replace(b"\\/", b"/"):
        return None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    ok = isinstance(data, dict) and str(data.get("version", "")).startswith(_VERSION)
    return data if ok and isinstance(data.get("items"), list) else None


def sniff(raw: bytes, path: Path) -> bool:
    """A JSON Feed with items."""
    return raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{" and _feed(raw) is not None


def _content(item: dict[str, Any]) -> str:
    """The item's minutes as HTML: its HTML, else its text's lines as paragraphs."""
    if isinstance(html := item.get("content_html"), str) and html.strip():
        return html
    text = item.get("content_text")
    if not isinstance(text, str):
        return ""
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines())


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """Each item's minutes as one meeting; raises `ParseError` (Danish) when no item
    holds any."""
    feed = _feed(raw)
    if feed is None:
        raise ParseError("ikke et JSON Feed")
    entries = [(str(item.get("title") or "").strip(), _content(item))
               for item in feed["items"] if isinstance(item, dict)]
    return feed_meetings(entries, path, NAME, municipality)
