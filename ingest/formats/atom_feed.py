"""An Atom 1.0 feed (RFC 4287) of a committee's minutes, one `<entry>` per meeting: its
`<title>` ("Referat – Teknik- og Miljøudvalget – 05.05.2025") and the whole minutes as
HTML in its `<content type="html">` (escaped) or `type="xhtml"` (a `<div>` of elements).
Each entry is read as the web page it holds, headed by its title, as `rss_feed` reads an
RSS item. The feed's and the entry's own dates (`updated`, `published`) and the
`<summary>` ("Referatet er offentliggjort …") say when it was published, not when the
meeting was: no part of the page."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

from referat.domain import Meeting

from .rss_feed import feed_meetings
from .xmlload import load_xml, root_tag

NAME = "atom"


def sniff(raw: bytes, path: Path) -> bool:
    """An Atom document with entries."""
    return root_tag(raw) == "feed" and b"<entry" in raw


def _content(entry: ET.Element) -> str:
    """The entry's minutes as HTML: escaped HTML as it is, XHTML written out again, plain
    text as lines; its summary only when it has no content."""
    node = entry.find("content")
    if node is None:
        node = entry.find("summary")
    if node is None:
        return ""
    kind = (node.get("type") or "text").lower()
    if kind == "xhtml":
        return "".join(ET.tostring(child, encoding="unicode") for child in node)
    if kind == "html":
        return node.text or ""
    return "".join(f"<p>{escape(line)}</p>" for line in (node.text or "").splitlines())


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """Each entry's minutes as one meeting; raises `ParseError` (Danish) when no entry
    holds any."""
    root = load_xml(raw)
    entries = [((entry.findtext("title") or "").strip(), _content(entry))
               for entry in root.iter("entry")]
    return feed_meetings(entries, path, NAME, municipality)
