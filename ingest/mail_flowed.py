"""A plain-text mail part sent "format=flowed" (RFC 3676; Thunderbird's and Apple Mail's
default): the client wraps every paragraph at about 72 characters and marks each wrap by
a space left at the line's end ("… de " / "ikke har modtaget den …"), so that a reader
can join the paragraph again. Python's `email` package hands the part over as sent.

Joined, a label's value wrapped by the client ("Mødested: Sæbygården, … mødelokalet i " /
"Ladebygningen") is whole again, and a paragraph is one line as any other text's. A line
ending without a space ends its paragraph; the signature's separator "-- " is no wrap;
a flowed line joins only a line quoted as deep as itself ("> " prefixes counted); a
leading space the client added to protect a line ("space-stuffing") goes; with
"DelSp=yes" the wrap's space was added by the client and goes too.
"""

from __future__ import annotations

import re

_QUOTES_RE = re.compile(r"^>+")
_SIGNATURE = "-- "


def _depth_and_text(line: str) -> tuple[int, str]:
    """The line's quote depth and its text without the quote marks and the stuffed space."""
    quotes = _QUOTES_RE.match(line)
    depth = len(quotes.group(0)) if quotes else 0
    text = line[depth:]
    return depth, text[1:] if text.startswith(" ") else text


def unflowed(text: str, delsp: bool = False) -> str:
    """`text` (a format=flowed part) with its flowed lines joined into paragraphs.

    >>> unflowed("Mødested: Sæbygården - mødelokalet i \\nLadebygningen\\n\\nMedlemmer:")
    'Mødested: Sæbygården - mødelokalet i Ladebygningen\\n\\nMedlemmer:'
    >>> unflowed("-- \\nJonas\\n> Hej \\n> alle\\nTak", delsp=False)
    '-- \\nJonas\\n> Hej alle\\nTak'
    """
    out: list[str] = []
    open_depth: int | None = None  # the depth of a paragraph still flowing on
    for line in text.replace("\r\n", "\n").split("\n"):
        depth, body = _depth_and_text(line)
        flowing = body.endswith(" ") and body != _SIGNATURE
        if delsp and flowing:
            body = body[:-1]
        if open_depth == depth and out:
            out[-1] += body
        else:
            out.append((">" * depth + " " if depth else "") + body)
        open_depth = depth if flowing else None
    return "\n".join(out)
