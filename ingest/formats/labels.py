"""Section headings that a body writes as a paragraph rather than a heading element: a
bold line ("<p><strong>Beslutning:</strong></p>", a table cell holding only the word),
or a label with its text on the same line ("Beslutning: Godkendt."), as word processors
and other municipalities' templates write them. Only names that are a section's own
(Beslutning, Indstilling, Sagsfremstilling, "Udvalgets beslutning" …) count, so a
sentence that begins with an ordinary word and a colon stays text. "Forslag" heads the
recommendation alone on its line (a region's heading over "Direktionen indstiller, at …");
run into its text ("Forslag: Enhedslisten foreslår, at …", a member's proposal quoted in the
case text of an item put on the agenda under § 11) it is the proposal, no recommendation,
unless that text is the staff's ("Forslag: Direktionen indstiller, at …").

Also: HTML that an export escaped twice ("&amp;lt;p&amp;gt;"), read back once more.
"""

from __future__ import annotations

import re
from html import unescape

from .common import (
    CANONICAL_HEADINGS,
    HISTORY,
    RECOMMENDS,
    clean_line,
    is_body_decision,
    section_for,
)

_LABEL_RE = re.compile(r"^(?P<h>[^:]{3,60}?)\s*:\s*(?P<rest>.*)$")
# The labels that head a section only alone on their line or over the staff's words
_ALONE_ONLY = frozenset({"forslag"})
_STAFF_RE = re.compile(r"\bindstill(?:er|es)\b", re.IGNORECASE)


def _known(heading: str) -> bool:
    """A section's own name. "Administrationen indstiller:" leads into its list and heads
    nothing; "Sagens forløb" in bold within the case text tells the case's story (the
    history of earlier treatments is a heading of its own)."""
    key = heading.strip().lower()
    if key.startswith(RECOMMENDS) or len(key) > 60:
        return False
    name, known = section_for(heading)
    return known and key in CANONICAL_HEADINGS and name not in (HISTORY, "Beslutningshistorik") \
        or is_body_decision(heading)


def heading_label(text: str) -> tuple[str, str] | None:
    """`('Beslutning', 'Godkendt.')` for "Beslutning: Godkendt.", `('Indstilling', '')` for
    a paragraph that is only "Indstilling" or "Indstilling:"; None for any other text.

    >>> heading_label("Beslutning: Godkendt."), heading_label("Udvalgets beslutning:")
    (('Beslutning', 'Godkendt.'), ('Udvalgets beslutning', ''))
    >>> heading_label("Bemærk: mødet flyttes") is None, heading_label("Beslutning") is None
    (True, False)
    >>> heading_label("Administrationen indstiller:") is None
    True
    >>> heading_label("Forslag: V foreslår, at …") is None, heading_label("Forslag:")
    (True, ('Forslag', ''))
    """
    text = clean_line(text)
    if _known(text):
        return text.rstrip(": ").strip(), ""
    m = _LABEL_RE.match(text)
    if m and _known(m.group("h")) and not (m["h"].strip().lower() in _ALONE_ONLY and m[
            "rest"].strip() and not _STAFF_RE.search(m["rest"])):
        return m.group("h").strip(), m.group("rest").strip()
    return None


def unescape_twice(html: str) -> str:
    """An HTML body whose markup is still entity-escaped after the export's own escaping
    was undone ("&lt;p&gt;Godkendt.&lt;/p&gt;" with no tag before it): unescaped once more."""
    if "&lt;" in html and "<" not in html.split("&lt;", 1)[0]:
        return unescape(html)
    return html
