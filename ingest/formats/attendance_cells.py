"""A members' table's attendance cell split into the word that says whether the member
was there and the remark after it: "Mødt – forlod mødet kl. 10.15 efter pkt. 5" (a dash
between them), or a sentence opened by the word, "Deltog fra kl. 15.15 på rådhuset
(deltog ikke i besigtigelsen)": there, the whole cell the remark (the member's part-time
role). A cell the attendance rules read whole ("Deltog fra pkt. 3", "Til stede fra kl.
15.50") keeps its word and its part together (`members_table.table_person`)."""

from __future__ import annotations

import re

_DASH_RE = re.compile(r"\s+[-–]\s+")
# The word, then more than the part of the meeting the attendance rules know
_SAID_ON_RE = re.compile(r"^(?P<word>deltog|til\s+stede|tilstede|mødt)\s+(?!(?:fra|til|under)\s+"
                         r"(?:pkt\.?|punkt|kl\.?)\s*[\d.:]+\s*$)(?=\S)", re.IGNORECASE)


def said_and_remark(cell: str) -> tuple[str, str]:
    """The attendance word (or the cell) and the remark, "" for none.

    >>> said_and_remark("Mødt – forlod mødet kl. 10.15")
    ('Mødt', 'forlod mødet kl. 10.15')
    >>> said_and_remark("Deltog fra kl. 15.15 på rådhuset")
    ('Deltog', 'Deltog fra kl. 15.15 på rådhuset')
    >>> said_and_remark("Deltog fra pkt. 3")
    ('Deltog fra pkt. 3', '')
    """
    said, remark = (_DASH_RE.split(cell, maxsplit=1) + [""])[:2]
    if not remark and (m := _SAID_ON_RE.match(said)):
        return m["word"], said
    return said, remark
