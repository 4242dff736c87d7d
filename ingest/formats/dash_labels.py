"""A field's label and its text in one paragraph, joined by a dash instead of a colon:
"Sagsfremstilling – Dagsordenen fremlægges til godkendelse.", "Beslutning – Godkendt."
(a word processor's template sets the label in bold, then " – " and the text, the
decision in italics). The colon's form "Beslutning: Godkendt." is `labels.heading_label`;
this is its dashed twin, for a section's own name only ("Tidligere behandling" too, whose
text then names the earlier meeting), so a sentence that opens with an ordinary word and
a dash ("Budget 2025 – status") stays text.
"""

from __future__ import annotations

import re

from .text_sections import section_name

# "Label – text", "Label - text", "Label — text": a short label, spaces around the dash
_DASHED_RE = re.compile(r"^(?P<h>[A-ZÆØÅ][^–—:]{2,40}?)\s+[–—-]\s+(?P<rest>\S.*)$")


def dashed_label(line: str) -> tuple[str, str] | None:
    """`('Beslutning', 'Godkendt.')` for "Beslutning – Godkendt."; None for any line that
    does not open with a section's own name and a dash.

    >>> dashed_label("Indstilling – Forvaltningen indstiller, at sagen godkendes.")
    ('Indstilling', 'Forvaltningen indstiller, at sagen godkendes.')
    >>> dashed_label("Budget 2025 – status") is None, dashed_label("Beslutning") is None
    (True, True)
    """
    m = _DASHED_RE.match(line.strip())
    if not m or not section_name(m.group("h")):
        return None
    return m.group("h").strip(), m.group("rest").strip()
