"""The meeting's hour and place from its dated line below a head of labels: a cover page
that gives the day in a label ("Dato: 03.06.2019") and, under the body's name, the day
again with its hour, the place on the next line:

    Børne- og Skoleudvalget
    mandag den 3. juni 2019, kl. 17:00
    i Mødelokale 2.16, Albertslund Rådhus

as eDoc's Word export of "Åbent referat" prints it. The labels give no hour or place, so
they come from that line, only when it names the labels' own day."""

from __future__ import annotations

import re
from datetime import date

from .dates import date_and_time

# The place on the line below the dated one: "i Mødelokale 2.16, Albertslund Rådhus"
_PLACE_LINE_RE = re.compile(r"^(?:i|på)\s+([A-ZÆØÅ0-9][^:]{2,100}?)\.?$")
# ... or after the hour on the same line: "…, kl. 17:00 i Byrådssalen"
_PLACE_AFTER_RE = re.compile(r"\bkl\.?\s*\d{1,2}[.:]\d\d\s+(?:i|på)\s+([A-ZÆØÅ][^:]{2,100}?)\.?$",
                             re.IGNORECASE)


def dated_time_place(rows: list[str], day: date) -> tuple[str | None, str | None]:
    """The hour and place the first unlabelled line dated `day` with an hour gives ("…
    den 3. juni 2019, kl. 17:00", then "i Mødelokale 2.16, …" below it or after the
    hour); (None, None) when no such line.

    >>> dated_time_place(["Dato: 03.06.2019", "Skoleudvalget", "mandag den 3. juni 2019, "
    ...                   "kl. 17:00", "i Mødelokale 2, Rådhuset"], date(2019, 6, 3))
    ('17:00', 'Mødelokale 2, Rådhuset')
    >>> dated_time_place(["Mødet sluttede den 3. juni 2019 kl. 19.25."], date(2019, 6, 4))
    (None, None)
    """
    for k, row in enumerate(rows):
        row = row.strip()
        if ":" in row.split(" ")[0] or len(row) > 80:  # (a label's line, or a sentence)
            continue
        found = date_and_time(row)
        if not found or found[0] != day or not found[1]:
            continue
        after = _PLACE_AFTER_RE.search(row)
        nxt = next((r.strip() for r in rows[k + 1:] if r.strip()), "")  # (blank rows between)
        below = _PLACE_LINE_RE.match(nxt)
        return found[1], (after or below)[1] if after or below else None
    return None, None
