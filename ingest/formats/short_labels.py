"""An item's section labels abbreviated as a typist writes them at a line's start:
"Sagsfr.: …", "Indst.: …", "Besl.: …" (with the text after the colon), written out as
the labels the parser reads ("Sagsfremstilling:", "Indstilling:", "Beslutning:").

Only an abbreviation that ends in a full stop and stands before a colon at the start of
a line is a label; the text after it stays as written."""

from __future__ import annotations

import re

# The abbreviations (the word's first letters, cut after a consonant) → the section
_SHORT = {
    "sagsfr": "Sagsfremstilling", "sagsfrem": "Sagsfremstilling", "sagsfremst": "Sagsfremstilling",
    "indst": "Indstilling", "indstil": "Indstilling", "indstill": "Indstilling",
    "besl": "Beslutning", "beslutn": "Beslutning",
}
_SHORT_RE = re.compile(
    rf"^([ \t]*(?:\*\*|__)?)({'|'.join(_SHORT)})\.(\s*(?:\*\*|__)?\s*:)",
    re.IGNORECASE | re.MULTILINE)


def full_labels(text: str) -> str:
    """The text with its abbreviated section labels written out.

    >>> full_labels("Indst.: Formanden foreslår, at …\\nBesl.: Godkendt.")
    'Indstilling: Formanden foreslår, at …\\nBeslutning: Godkendt.'
    """
    return _SHORT_RE.sub(lambda m: m.group(1) + _SHORT[m.group(2).lower()] + m.group(3), text)
