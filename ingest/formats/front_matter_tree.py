"""A headless CMS's markdown entry (Decap/Netlify CMS, a folder collection) whose YAML
front matter holds the meeting as data: its facts ("udvalg", "moedetidspunkt", …), its
people and its agenda items as lists of mappings ("punkter": [{"nummer": 2, "titel": …,
"beslutning": …, "afstemning": {…}, "tidligere_behandling": […]}]), while the body holds
only the items' case texts under their numbered headings ("## 2. Title", "### Sags-
fremstilling"). The front matter is read as the structured export it is
(`structured_export`), each item with the body's text under its number as its own text.

The page's "date" (Decap's publication stamp) is not the meeting's when the front
matter has a key of its own for that (`_PAGE_DATE_KEYS` yield to it)."""

from __future__ import annotations

import re
from pathlib import Path

from .export_tree import NUMBER_KEYS, Tree, field, text_of
from .front_matter import FRONT_MATTER_RE
from .yaml_tree import yaml_tree

_MARKDOWN_SUFFIXES = (".md", ".markdown")
# (the page's dates: when it was published or changed, never when the meeting sat)
_PAGE_DATE_KEYS = frozenset({"date", "lastmod", "updated", "publishdate", "last_update"})
# An item's heading in the body: "## 2. Title" (a heading level 1-3, its printed number)
_ITEM_HEAD_RE = re.compile(r"^#{1,3}[ \t]+(?:Punkt[ \t]+)?(\d{1,3})\b[.:)]?[ \t]+\S.*$",
                           re.MULTILINE | re.IGNORECASE)


def is_fronted(raw: bytes, path: Path) -> bool:
    """A markdown file that opens with a YAML front matter."""
    return path.suffix.lower() in _MARKDOWN_SUFFIXES and raw.lstrip(
        b"\xef\xbb\xbf")[:3] == b"---"


def front_matter_tree(raw: bytes) -> Tree:
    """The front matter as a tree with each item's case text from the body (as its
    "tekst", before its other fields); None when it does not read as YAML."""
    text = raw.decode("utf-8", errors="replace").lstrip("\ufeff").replace("\r\n", "\n")
    front = FRONT_MATTER_RE.match(text)
    if not front:
        return None
    tree = yaml_tree(front.group(0).strip().strip("-").encode())
    if not isinstance(tree, dict):
        return None
    if any(_meeting_date(key) for key in tree):
        tree = {k: v for k, v in tree.items() if k.lower() not in _PAGE_DATE_KEYS}
    texts = _item_texts(text[front.end():])
    return {key: [_with_text(entry, texts) for entry in value] if isinstance(value, list)
            else value for key, value in tree.items()}


def _meeting_date(key: str) -> bool:
    """A key naming the meeting's day or start ("moededato", "moedetidspunkt",
    "meetingDate")."""
    return bool(re.match(r"(?:m(?:oe|ø|o)de|meeting)[\W_]*(?:dato|date|tidspunkt|start|tid)",
                         key, re.IGNORECASE))


def _item_texts(body: str) -> dict[str, str]:
    """The body's text under each numbered item heading, by the heading's number."""
    heads = list(_ITEM_HEAD_RE.finditer(body))
    return {h.group(1): body[h.end():nxt.start() if nxt else len(body)].strip()
            for h, nxt in zip(heads, [*heads[1:], None], strict=False)}


def _with_text(entry: Tree, texts: dict[str, str]) -> Tree:
    """An item mapping with the body's text under its number first; anything else as
    it is."""
    if not isinstance(entry, dict) or not (said := texts.get(text_of(field(entry, NUMBER_KEYS)))):
        return entry
    return {"tekst": said, **entry}
