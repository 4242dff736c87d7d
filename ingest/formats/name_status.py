"""`Name - Deltog` / `Name - Afbud` lines under a header: the participants, and the
place when the first line is none of them (`text_header`)."""

from __future__ import annotations

import re

from referat.domain import Participant

from .text_people import PARTICIPANT_RE, clean_heading, person


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
        else:
            buf.append(row)
    return people, place
