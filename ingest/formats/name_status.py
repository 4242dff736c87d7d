"""`Name - Deltog` / `Name - Afbud` lines under a header: the participants, and the
place when the first line is none of them (`text_header`)."""

from __future__ import annotations

import re

from referat.domain import Participant

from .text_people import PARTICIPANT_RE, clean_heading, person

# A place line ending in the postcode, its town on the line below
_POSTCODE_END_RE = re.compile(r",\s*\d{4}$")
_TOWN_RE = re.compile(r"^[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+)?$")


def name_status_lines(rest: list[str]) -> tuple[list[Participant], str | None]:
    """`Name - Deltog` / `Name - Afbud` lines (a name may wrap onto the next line), and
    the place when the first line is none of them."""
    people: list[Participant] = []
    place = None
    buf: list[str] = []
    for i, row in enumerate(rest):
        heading = clean_heading(row).lower()
        if heading in ("deltagere", "afbud/fraværende", "afbud", "fraværende", "mødedeltagere"):
            buf = []
            continue
        m = PARTICIPANT_RE.match(" ".join([*buf, row]))
        if m:
            status = "deltog" if m.group(2).lower() == "deltog" else "afbud"
            people.append(person(re.sub(r"\s+", " ", m.group(1)).strip(), status))
            buf = []
        elif i == 0:
            place = row
        elif i == 1 and place and _POSTCODE_END_RE.search(place) and _TOWN_RE.match(row):
            place = f"{place} {row}"  # ("…, Stiager 2, 3500" / "Værløse": its town wrapped)
        else:
            buf.append(row)
    return people, place
