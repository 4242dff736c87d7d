"""The meeting's date printed only in the page furniture: a referat whose head names the
committee, the hour and the place but no date, the date standing in the running footer
(or header) of every page, "Referat – 04.11.2024 – Side 1".

Such a line is dropped as page furniture before the head is read (`text_layout`), so the
head has no date and the file was refused. When the head names none, the date of the
running lines is the meeting's: every page counter line that carries a date must carry
the same one, and a printout's stamp ("Udskrevet 05.11.2024 … Side 1") names the day it
was printed, not the meeting's.

The same line as a running header opens the document, above the committee's heading: the
head then read it as its date line and found no committee above it. Such a head is read
again without its running lines, the date given as the head's own "Mødedato:".

A header table printed on every page (Netpublicator/Prepare: "Udvalg: …" / "Mødedato:
20.11.2024 kl. 17:00" / "Mødested: …" / "Side 1 af 5") carries the date on a labelled line
of its own, not on the counter's line; the PDF may draw it last, so that on the front page
too it comes after the contents and is dropped as a footer. The labelled lines of the
meeting's when and where that every page repeats word for word are then the head's own
fields.
"""

from __future__ import annotations

import re
from datetime import date

from referat.danish import parse_date

# a page's counter ending or opening a short line: "… – Side 2", "… Side 2 af 5",
# "Side 1 af 4 - …"
_COUNTER_RE = re.compile(r"(?:^|\s)(?:side|page)\s*\d{1,3}(?:\s*(?:af|/|of)\s*\d{1,3})?"
                         r"(?:\s*$|\s*[-–|·]\s)", re.IGNORECASE)
# the day a file was printed or made, not the meeting's
_STAMP_RE = re.compile(r"\b(?:udskrevet|printet|dannet|genereret|oprettet|opdateret|"
                       r"printed|generated)\b", re.IGNORECASE)


def running_date(text: str) -> date | None:
    """The one date the page counter lines carry, if they all carry the same one.

    >>> running_date("Referat – 04.11.2024 – Side 1\\n\\f\\nReferat – 04.11.2024 – Side 2")
    datetime.date(2024, 11, 4)
    >>> running_date("Udskrevet 05.11.2024 – Side 1") is None
    True
    >>> running_date("Referat 04.11.2024 Side 1\\nReferat 05.11.2024 Side 2") is None
    True
    """
    found = set()
    for line in text.split("\n"):
        line = line.strip()
        if len(line) > 100 or not _COUNTER_RE.search(line):
            continue
        if _STAMP_RE.search(line):
            return None
        if stamp := parse_date(line):
            found.add(stamp[0])
    return found.pop() if len(found) == 1 else None


# A running header table's labelled line of the meeting's when and where
_FIELD_RE = re.compile(r"^(?:mødedato|dato|mødetidspunkt|mødetid|tidspunkt|mødested|sted|"
                       r"mødelokale|lokale|udvalg)\s*:\s*\S", re.IGNORECASE)


def running_fields(text: str) -> list[str]:
    """The labelled lines of the meeting's date, hour, place and body that every page of
    two or more repeats word for word (a header table printed on each page), in the
    first page's order; [] when they carry no one date.

    >>> running_fields("Udvalg: Kulturudvalget\\nMødedato: 20.11.2024\\nSide 1 af 2\\n\\f\\n"
    ...                "Tekst.\\nUdvalg: Kulturudvalget\\nMødedato: 20.11.2024\\nSide 2 af 2")
    ['Udvalg: Kulturudvalget', 'Mødedato: 20.11.2024']
    """
    pages = [[" ".join(ln.split()) for ln in page.split("\n")] for page in text.split("\f")]
    if len(pages) < 2:
        return []
    fields = [ln for ln in dict.fromkeys(pages[0]) if len(ln) <= 100 and _FIELD_RE.match(ln)
              and all(ln in page for page in pages[1:])]
    days = {found[0] for ln in fields if (found := parse_date(ln))}
    return fields if len(days) == 1 else []


def dated_head(head: list[str], text: str) -> list[str] | None:
    """The head without its running page lines, the running date as its "Mødedato:"
    line (or a running header table's labelled lines); None when the pages carry no one
    date.

    >>> dated_head(["Referat – 04.11.2024 – Side 1", "Kulturudvalget", "Sted: Rådhuset"],
    ...            "Referat – 04.11.2024 – Side 1")
    ['Mødedato: 04.11.2024', 'Kulturudvalget', 'Sted: Rådhuset']
    """
    day = running_date(text)
    fields = [] if day else running_fields(text)
    if day is None and not fields:
        return None
    kept = [r for r in head if not (len(r.strip()) <= 100 and _COUNTER_RE.search(r.strip())
                                    and parse_date(r)) and " ".join(r.split()) not in fields]
    return [f"Mødedato: {day:%d.%m.%Y}"] + kept if day else [*fields, *kept]
