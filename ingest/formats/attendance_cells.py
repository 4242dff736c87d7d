"""A members' table's attendance cell split into the word that says whether the member
was there and the remark after it: "Mødt – forlod mødet kl. 10.15 efter pkt. 5" (a dash
between them, or a comma before the coming or going: "Til stede, gik kl. 17.40"), or a
sentence opened by the word, "Deltog fra kl. 15.15 på rådhuset (deltog ikke i
besigtigelsen)": there, the whole cell the remark (the member's part-time role). A cell
the attendance rules read whole ("Deltog fra pkt. 3", "Til stede fra kl. 15.50") keeps
its word and its part together (`members_table.table_person`). A check mark set before
the word ("✔ Til stede", as a Google Docs table ticks a member) is no part of it."""

from __future__ import annotations

import re

# (or a comma before the member's coming or going: "Til stede, gik kl. 17.40")
_DASH_RE = re.compile(r"\s+[-–]\s+|,\s+(?=(?:gik|forlod|ankom|kom)\s)")
# The word, then more than the part of the meeting the attendance rules know
_SAID_ON_RE = re.compile(r"^(?P<word>deltog|til\s+stede|tilstede|mødt)\s+(?!(?:fra|til|under)\s+"
                         r"(?:pkt\.?|punkt|kl\.?)\s*[\d.:]+\s*$)(?=\S)", re.IGNORECASE)


def said_and_remark(cell: str) -> tuple[str, str]:
    """The attendance word (or the cell) and the remark, "" for none.

    >>> said_and_remark("Mødt – forlod mødet kl. 10.15")
    ('Mødt', 'forlod mødet kl. 10.15')
    >>> said_and_remark("Deltog fra kl. 15.15 på rådhuset")
    ('Deltog', 'Deltog fra kl. 15.15 på rådhuset')
    >>> said_and_remark("Til stede, gik kl. 17.40")
    ('Til stede', 'gik kl. 17.40')
    >>> said_and_remark("Deltog fra pkt. 3")
    ('Deltog fra pkt. 3', '')
    """
    said, remark = (_DASH_RE.split(cell, maxsplit=1) + [""])[:2]
    if not remark and (m := _SAID_ON_RE.match(said)):
        return m["word"], said
    return said, remark


# A check mark before the cell's words: "✔ Til stede", "☑ Deltog fra pkt. 3"
_TICK_LEAD_RE = re.compile(r"^\s*[✓✔☑✅]\ufe0f?\s+(?=\w)")


def unticked(cell: str) -> str:
    """The cell without a check mark before its words.

    >>> unticked("✔ Til stede fra kl. 19.25 (fra pkt. 3)"), unticked("✔")
    ('Til stede fra kl. 19.25 (fra pkt. 3)', '✔')
    """
    return _TICK_LEAD_RE.sub("", cell)
