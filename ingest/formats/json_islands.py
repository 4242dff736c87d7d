"""A web page whose meeting is only in a JSON island: a client-rendered portal (Next.js,
Nuxt, a React app) saved as "HTML only" shows just its app shell ("Indlæser mødet …", a
`<noscript>`), while the meeting the page would draw stands in a script as data:
`<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": …}}</script>`,
any `<script type="application/json">` or `application/ld+json`, or a state object the
page's code sets, `window.__INITIAL_STATE__ = {…};`.

Such an island is read as the structured exports are (`structured_export`, by the
JSON's structure: the object holding the agenda items is the meeting). A page takes
this way only when an island holds a meeting with agenda items; a page whose scripts
hold anything else (analytics, a meeting's facts without items, a schema.org breadcrumb
trail) is read from its markup as before, and so is one whose island reads as no
meeting after all."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

from referat.domain import Meeting

from ..read import is_html
from . import structured_export, text
from .common import ParseError
from .export_tree import Tree, meetings_in
from .odata_verbose import plain
from .relational_export import joined

NAME = structured_export.NAME
# A script holding data: its type JSON, or Next.js's own id
_DATA_SCRIPT_RE = re.compile(
    r"<script\b(?=[^>]*(?:\btype\s*=\s*[\"']?application/(?:ld\+)?json|\bid\s*=\s*[\"']?"
    r"__NEXT_DATA__))[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
# A state object set by the page's code: "window.__INITIAL_STATE__ = {", "self.__NUXT__={"
_STATE_RE = re.compile(r"\b(?:window|self|globalThis)\.__[A-Za-z0-9_]+__\s*=\s*(?=[{\[])")
_MAX_PAGE = 20 * 1024 * 1024  # (the islands of a page this large are not looked into)
# schema.org's navigation: a list of positions and names, no agenda
_NAVIGATION = frozenset({"BreadcrumbList", "SiteNavigationElement"})


def islands(text: str) -> list[Tree]:
    """The JSON data the page's scripts hold, in the page's order.

    >>> islands('<script type="application/json">{"a": 1}</script>'
    ...         '<script>window.__INITIAL_STATE__ = {"b": [2]};</script>')
    [{'a': 1}, {'b': [2]}]
    """
    found: list[tuple[int, Tree]] = []
    for m in _DATA_SCRIPT_RE.finditer(text):
        body = m.group(1).strip()
        for said in (body, unescape(body)):  # (an island escaped as the page's text)
            try:
                found.append((m.start(), json.loads(said)))
                break
            except json.JSONDecodeError:
                continue
    decoder = json.JSONDecoder()
    for m in _STATE_RE.finditer(text):
        try:
            found.append((m.start(), decoder.raw_decode(text, m.end())[0]))
        except json.JSONDecodeError:
            continue
    return [tree for _, tree in sorted(found, key=lambda pair: pair[0])]


def _meeting_islands(raw: bytes) -> list[Tree]:
    if len(raw) > _MAX_PAGE or b"<script" not in raw.lower():
        return []
    page = raw.decode("utf-8", errors="replace")
    return [tree for tree in islands(page) if not (isinstance(tree, dict) and tree.get(
        "@type") in _NAVIGATION) and meetings_in(joined(plain(tree)))]


def sniff(raw: bytes, path: Path) -> bool:
    """A web page with a JSON island holding a meeting with agenda items."""
    return (is_html(raw) or path.suffix.lower() in (".html", ".htm")) and bool(
        _meeting_islands(raw))


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """The meetings of the page's JSON islands, each read as a structured export; the
    page's markup read as text when no island reads as a meeting."""
    meetings: list[Meeting] = []
    for tree in _meeting_islands(raw):
        data = json.dumps(tree, ensure_ascii=False).encode("utf-8")
        try:
            meetings += structured_export.parse(data, path, municipality)
        except ParseError:
            continue
    return meetings or text.parse(raw, path, municipality)
