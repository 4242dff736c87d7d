"""The document's own title naming its kind after the kind of meeting, "Udvalgsmøde –
Referat" or "Byrådsmøde - Dagsorden" (EG Dagsorden's layout), with the committee's name
on the line below it:

    Møde den 03-02-2025            (the page's running header)
    Udvalgsmøde – Referat
    Kulturudvalget
    Mandag den 3. februar 2025
    Kl. 16:00 – 18:00

The title says what the document is ("Referat"): it is neither the committee nor the
meeting's place. A running header's date above it, repeated by the meeting's own date
line below it, is the page's, not the head's: the head starts at the title, so the date
line below the committee is read with the time and place lines after it."""

from __future__ import annotations

import re

from .dates import written_date as parse_date
from .text_header_lists import DOC_WORDS

# "Udvalgsmøde – Referat": a kind of meeting (one word ending in "møde"), a dash, the kind
_KIND_TITLE_RE = re.compile(r"^\s*(?P<meeting>[A-ZÆØÅ][a-zæøå-]*møde)\s+[–—-]\s+"
                            r"(?P<kind>[^–—-]+?)\s*$")
_DATE_BELOW = 4  # the meeting's date line follows the title within this many lines


def kind_head(head: list[str]) -> list[str]:
    """The head's lines with such a title read as its kind alone, and from it on when a
    running header's date stood above it (the lines themselves when there is none).

    >>> kind_head(["Møde den 03-02-2025", "Udvalgsmøde – Referat", "Kulturudvalget",
    ...            "Mandag den 3. februar 2025"])
    ['Referat', 'Kulturudvalget', 'Mandag den 3. februar 2025']
    """
    for k, line in enumerate(head):
        m = _KIND_TITLE_RE.match(line)
        if not m or m["kind"].lower() not in DOC_WORDS:
            continue
        below = [parse_date(ln) for ln in head[k + 1: k + 1 + _DATE_BELOW]]
        above = [parse_date(ln) for ln in head[:k]]
        dates = {d[0] for d in below if d}
        start = k if dates and any(d and d[0] in dates for d in above) else 0
        return [*head[start:k], m["kind"], *head[k + 1:]]
    return head
