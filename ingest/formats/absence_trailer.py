"""The attendance line a template prints under every decision ("Godkendt." /
"Fraværende: Lene Bach (K)", an EG print's "Afbud: Liselott Blixt"): who was away from
the item, no part of what was decided. `finish` reads the names into the item's
absentees first, then the decision ends before the line, so that an answer quoting the
decision quotes the decision only."""

from __future__ import annotations

import re

from .people import decision_people

# The decision's last line, a bare "Fraværende:" or "Afbud:" label and the names after it
# (or a sentence naming one person: "Poul Riis (O) var fraværende.", a Prescriba print's)
_TRAILER_RE = re.compile(r"\n[ \t]*(?:(?i:afbud|fraværende)[ \t]*:[ \t]*(?P<n>\S[^\n]*?)|"
                         r"(?:[A-ZÆØÅ][\w.-]*[ \t]+){1,4}(?:\([A-ZÆØÅ]{1,4}\)[ \t]+)?"
                         r"var[ \t]+fraværende\.?)[ \t]*\Z")


def absence_trailer(text: str) -> tuple[str, list[str]]:
    """The decision text without its last line when that line only says who was away,
    and the people it names; `(text, [])` when the text has no such line after the
    decision itself.

    >>> absence_trailer("Godkendt.\\nFraværende: Lene Bach (K)")
    ('Godkendt.', ['Lene Bach (K)'])
    >>> absence_trailer("Godkendt.\\nPoul Riis (O) var fraværende.")
    ('Godkendt.', ['Poul Riis (O)'])
    >>> absence_trailer("Fraværende: Lene Bach (K)")
    ('Fraværende: Lene Bach (K)', [])
    """
    m = _TRAILER_RE.search(text)
    if not m or not text[:m.start()].strip():
        return text, []
    names = decision_people(m.group(0).strip())[0]
    return (text[:m.start()].rstrip(), names) if names else (text, [])
