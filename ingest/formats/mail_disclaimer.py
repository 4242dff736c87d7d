"""The confidentiality notice an e-mail's client adds under the message ("Denne e-mail kan
indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, …"), or the notice of
a system that sent it ("Denne e-mail er sendt automatisk …"): minutes pasted
into a mail end above it, so it is no part of the last item's decision, and the line
saying the meeting ended ("Mødet hævet kl. 21.10") above it closes the minutes as it does
at a document's end."""

from __future__ import annotations

import re

# The notice's opening words: the message itself named, then what it may hold
_OPENING_RE = re.compile(r"^(?:denne|this)\s+(?:e-?mail|mail|meddelelse|besked|message)"
                         r"(?:\s+og\s+\w+(?:\s+\w+)?)?\s+(?:kan|er|indeholder|may|is|contains)\b",
                         re.IGNORECASE)
# ... and what makes it the notice: who may read it, or that a system sent it and no one
# reads an answer ("Denne e-mail er sendt automatisk fra … Der kan ikke svares på …")
_NOTICE_RE = re.compile(r"\b(?:fortrolig\w*|modtager\w*|afsender\w*|confidential\w*|"
                        r"recipient\w*|sender|automatisk\w*|automatically|svares|besvares|"
                        r"no-?reply)\b", re.IGNORECASE)


def disclaimer_start(lines: list[str], first: int, end: int) -> int:
    """Where an e-mail's confidentiality notice under `lines[first:end]` starts (`end`
    when there is none): a paragraph that names the message and who may read it, with
    nothing but blank lines after it.

    >>> disclaimer_start(["Godkendt.", "", "Denne e-mail kan indeholde fortrolige",
    ...                   "oplysninger. Hvis du ikke er den rette modtager, …", ""], 0, 5)
    2
    >>> disclaimer_start(["Godkendt.", "Denne mail er sendt til alle."], 0, 2)
    2
    """
    for i in range(first, end):
        if not _OPENING_RE.match(lines[i].strip()):
            continue
        para = i
        while para < end and lines[para].strip():
            para += 1
        notice = " ".join(ln.strip() for ln in lines[i:para])
        if _NOTICE_RE.search(notice) and not any(ln.strip() for ln in lines[para:end]):
            return i
    return end
