"""An earlier treatment labelled in a side-label table's left column, its label wrapped
onto two lines – the body's name, then the date alone below it – with what the body
decided in the right column (a council's "Beslutningsprotokol" prints the case's way
through the committees so):

    Indstilling
    Direktionen indstiller, at budgetopfølgningen godkendes.
    Økonomiudvalget
    18.06.2018
    Anbefales.
    Fraværende: Lotte Damgaard (F)
    Beslutning
    Godkendt.

Read line by line, the body and the date are two lines of the recommendation's text,
and the earlier body's decision (and who was away then) is glued onto it. The two lines
are written as the dated heading other minutes print ("Økonomiudvalget den 18.06.2018"),
which `dated` reads as that body's treatment on that day: history, unless it is this
meeting's own body and day. (`wrapped_labels` joins such a label across the whole text
where the name ends with its comma or "den"; bare, as here, only an item's body is
read so: in the head, the committee's line above the meeting's date is no treatment.)
"""

from __future__ import annotations

import re

from .line_pairs import joined_pairs

# A body's name alone on its line: "Økonomiudvalget", "Plan- og Miljøudvalget", "Byrådet"
_BODY_LINE_RE = re.compile(r"^[A-ZÆØÅ][\w-]*(?:\s+(?:og|for|[A-ZÆØÅ][\w-]*)){0,6}?"
                           r"(?i:udvalg|udvalget|råd|rådet|bestyrelse|bestyrelsen|nævn|nævnet|"
                           r"kommission|kommissionen)$")
# The date alone below it, with its year: "18.06.2018", "04-06-2018"
_DATE_LINE_RE = re.compile(r"^(?:den\s+)?\d{1,2}[-./]\d{1,2}[-./]\d{4}$")


def dated_rows(body: list[str]) -> list[str]:
    """`body` with each body's name followed by a date alone on the next line written
    as one dated heading; the lines as they are where there is none.

    >>> dated_rows(["Tekst.", "Teknik- og Miljøudvalget", "03.09.2019", "Anbefales."])
    ['Tekst.', 'Teknik- og Miljøudvalget den 03.09.2019', 'Anbefales.']
    >>> dated_rows(["Byrådet", "Godkendt."])
    ['Byrådet', 'Godkendt.']
    """
    def join(line: str, nxt: str) -> str | None:
        if _BODY_LINE_RE.match(line.strip()) and _DATE_LINE_RE.match(nxt):
            return f"{line.strip()} den {nxt.removeprefix('den').strip()}"
        return None

    return joined_pairs(body, join)
