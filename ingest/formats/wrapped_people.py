"""A list of people wrapped over the header's lines, made one row again before the header
reads its fields (`text_header_rows.header_rows`):

* a sentence of attendance wrapped after a comma: "Til stede var A (A), formand, B (C)," /
  "C (F) og D (Ø). E (V) havde meldt afbud.";
* a labelled list wrapped as a scan's text wraps it, each line after the first opening
  with the bracket of the entry before it: "Medlemmer: A (A) (formand), B (V)" /
  "(næstformand), C (Ø), D (O), E" / "(B), F (C)". A line of its own, not opening with a
  bracket, stays a row, as a list under its label reads one name a line.
"""

from __future__ import annotations

import re

from .text_people import ABSENT, PRESENT

# "Til stede var …", "Fremmødte var …": the sentence `text_header_rows` reads
PRESENT_SENTENCE_RE = re.compile(
    r"^(?:til\s*stede|fremmødt[e]?)\s+(?:var|er|var\s+følgende)\s*:?\s*(?P<v>\S.*)$", re.IGNORECASE)
# "Medlemmer: A (A), …": a people label with its list on the line
_LABEL_RE = re.compile(r"^([A-Za-zÆØÅæøå/ ]{4,30}?)\s*:\s*\S")


def _opens_list(row: str) -> bool:
    m = _LABEL_RE.match(row)
    return bool(m) and m.group(1).strip().lower() in (*PRESENT, *ABSENT)


def wrapped_people(lines: list[str]) -> list[str]:
    """The lines with a wrapped list of people joined to the row that opens it.

    >>> wrapped_people(["Medlemmer: Ida Ravn (A) (formand), Bo Dam (V)", "(næstformand), Eva Lund",
    ...                 "(B)", "", "Afbud fra: Bo Dam (V)"])
    ['Medlemmer: Ida Ravn (A) (formand), Bo Dam (V) (næstformand), Eva Lund (B)', '', \
'Afbud fra: Bo Dam (V)']
    >>> wrapped_people(["Til stede var Ida Ravn (A), formand,", "Bo Dam (V) og Eva Lund (B)."])
    ['Til stede var Ida Ravn (A), formand, Bo Dam (V) og Eva Lund (B).']
    """
    out: list[str] = []
    opened = False  # (the last row opens a labelled list)
    for line in lines:
        last = out[-1].strip() if out else ""
        s = line.strip()
        if s and last and (
                (last.endswith(",") and PRESENT_SENTENCE_RE.match(last))
                or (opened and s.startswith("("))):
            out[-1] = f"{out[-1].rstrip()} {s}"
            continue
        out.append(line)
        opened = _opens_list(s)
    return out
