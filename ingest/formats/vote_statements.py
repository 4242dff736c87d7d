"""What a party says about its vote, left out before the votes are read: a vote's
explanation ("Stemmeforklaring fra Ø: „Enhedslisten stemmer imod, …“", "Enhedslisten
afgav følgende stemmeforklaring: …") and a note to the minutes ("Protokolbemærkning fra
Venstre: …"), or such a label alone on its line over the statement's paragraph. The
statement's "stemmer imod" is the party's reason, no vote of its own; the decision text
keeps it."""

from __future__ import annotations

import re

_LABEL = r"(?:stemmeforklaring|protokolbemærkning|protokoltilførsel)\w*"
# The label alone on its line ("Stemmeforklaring:"), and the paragraph below it
_HEAD_RE = re.compile(rf"(?im)^[ \t]*{_LABEL}[ \t]*:?[ \t]*\n(?:[ \t]*\n)*[^\n]*")
# A sentence holding the label before a colon, to its line's end ("Stemmeforklaring fra
# Enhedslisten: …", "… mod 3 stemmer (Ø). Stemmeforklaring fra Ø: …")
_INLINE_RE = re.compile(rf"(?im)(?:^|(?<=[.!?][ \t]))[^\n.!?]{{0,80}}?\b{_LABEL}\b[^:\n]{{0,60}}:"
                        r"[^\n]*")
# "… forkastet med 16 stemmer mod 28. 11 medlemmer undlod at stemme.": the members only
# counted, a sentence of its own (not a voter named before its verb)
_COUNT_RE = re.compile(r"(?<=[.!?])[ \t]+(?=\d+[ \t]+medlem(?:mer)?\b)")


def without_statements(text: str) -> str:
    r"""`text` for its votes: the parties' statements on them left out, a sentence that
    only counts members on a line of its own.

    >>> without_statements("Godkendt med 5 mod 2.\nStemmeforklaring fra Ø: Ø stemmer imod, da …")
    'Godkendt med 5 mod 2.\n'
    >>> without_statements("For stemte 9: A.\n\nStemmeforklaring\n\nØ: ”Vi stemmer imod …”")
    'For stemte 9: A.\n\n'
    """
    text = _HEAD_RE.sub("", text)
    return _COUNT_RE.sub("\n", _INLINE_RE.sub("", text))
