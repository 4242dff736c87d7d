"""Who took part, listed inside the first item rather than in the head: a local council's
or a board's minutes that open with "1. Godkendelse af dagsorden, valg af ordstyrer og
fremmøde" and record the attendance there ("Til stede:" / "- Helle Juhl (formand)" / … /
"Afbud:" / "- Kirsten Hvam"). Read only when the head lists nobody, with the head's own
list readers (`text_header_rows`, `text_header_lists`)."""

from __future__ import annotations

from referat.domain import Participant

from .text_header_lists import list_below
from .text_header_rows import HEADER_FIELD_RE, header_rows
from .text_people import ABSENT, PRESENT, participants_from_list


def item_attendance(lines: list[str]) -> list[Participant]:
    """The people an item's lines list under "Til stede:" and "Afbud:" labels; [] when
    they list nobody as present (a lone "Afbud: X" in an item is that item's note).

    >>> [(p.name, p.status, p.role) for p in item_attendance(["Til stede:", "",
    ...     "- Helle Juhl (formand)", "- Mogens Brix", "", "Afbud:", "", "- Lars Bøje"])]
    [('Helle Juhl', 'deltog', 'formand'), ('Mogens Brix', 'deltog', ''), ('Lars Bøje', 'afbud', '')]
    """
    rows = header_rows(lines)
    people: list[Participant] = []
    for i, row in enumerate(rows):
        if not (m := HEADER_FIELD_RE.match(row)) or (key := m.group(1).lower()) not in (
                *PRESENT, *ABSENT):
            continue
        value = m.group(2).strip() or list_below(rows, i)
        people += participants_from_list(value, "afbud" if key in ABSENT else "deltog")
    return people if any(p.status == "deltog" for p in people) else []
