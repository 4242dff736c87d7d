"""An attachment (bilag) expanded on a web page under its item: a disclosure widget
(`<details class="bilag" open>`, its `<summary>` "Bilag 3.2 Uddrag af referat …") that
holds the attachment's own document – its title and headings, tables, a letter, another
body's minutes with their own "Sagsfremstilling", "Beslutning" and "Afbud:".

The document is the item's "Bilag", never its text: its headings open no section of the
item, its decision is no decision of this meeting, its "Afbud:" no absence from it. The
page's text marks where each such document begins and ends (`ATTACHMENT_OPEN`,
`ATTACHMENT_CLOSE`, each a line of its own below a "Bilag" heading), and the text reader
keeps the lines between the marks as the Bilag section's text
(`formats.pasted_blocks.pasted_spans`).
"""

from __future__ import annotations

import re

from .html_furniture import class_words

ATTACHMENT_OPEN, ATTACHMENT_CLOSE = "\ue003", "\ue004"
_ATTACHMENT_WORDS = frozenset(["bilag", "attachment", "attachments", "vedhæftning",
                               "vedhaeftning"])
_BILAG_RE = re.compile(r"^\s*bilag\b", re.IGNORECASE)
_DOCUMENT_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "table")


def _box(node: object) -> bool:
    """Whether the element is a disclosure widget whose class or summary names an
    attachment."""
    if getattr(node, "name", None) != "details":
        return False
    summary = node.find("summary")  # type: ignore[attr-defined]
    named = summary is not None and bool(_BILAG_RE.match(summary.get_text(" ", strip=True)))
    return named or bool(class_words(node) & _ATTACHMENT_WORDS)


def _document(node: object) -> bool:
    """Whether the widget holds a document of its own (a heading or a table, or two
    paragraphs or more besides its summary), not one file's link or note."""
    if node.find(_DOCUMENT_TAGS) is not None:  # type: ignore[attr-defined]
        return True
    return len(node.find_all("p")) >= 2  # type: ignore[attr-defined]


def expanded_attachment(node: object) -> bool:
    """Whether the element is an attachment's document expanded on the page (see the
    module's note), not one inside another."""
    return _box(node) and _document(node) and not in_attachment(node)


def in_attachment(node: object) -> bool:
    """Whether the element stands inside an expanded attachment."""
    return any(_box(parent) and _document(parent)
               for parent in node.parents)  # type: ignore[attr-defined]
