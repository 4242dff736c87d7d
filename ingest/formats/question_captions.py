"""A minutes' head laid out as three columns under question captions – "HVORNÅR" |
"HVOR" | "HVEM" – as a Word template for a small council (a Landsbyråd, a local
council) prints it. Its text gives the captions one after another, then the columns'
values in the same order:

    HVORNÅR / HVOR / HVEM
    Onsdag 10.12.2025 / kl. 19.00 – 21.30
    Egebjerg Forsamlingshus / Skolevej 4 / 9640 Egebjerg
    Ida Holm, Egebjerg (formand) / Bo Lund, Sønderby / Afbud: Eva Dam, Nørreby

Read as it is, the captions were taken for the body's name and only "Afbud:" for a list
of people. Here the values are given back to their captions as the labelled lines a
header reads: "Hvornår" the date and time (the lines holding a date or a time), "Hvor"
the place (up to its postal line "9640 Egebjerg", else its first line) and "Hvem" the
people ("Deltagere: …", then the column's own "Afbud:" and "Desuden:" lines). A member's
home village after the name ("Ida Holm, Egebjerg (formand)") is where the member comes
from, no further person.

Found by its captions only: "Hvornår", "Hvor" and "Hvem" a line each, in that order.
"""

from __future__ import annotations

import re

_CAPTIONS = ("hvornår", "hvor", "hvem")
_WHEN_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|\bkl\.?\s*\d|\b\d{1,2}[.:]\d\d\b"
                      r"|\b\d{1,2}\.\s*[a-zæøå]+\s+(?:19|20)\d\d", re.IGNORECASE)
_POSTAL_RE = re.compile(r"^\d{4}\s+[A-ZÆØÅ]")
_LABEL_RE = re.compile(r"^[A-ZÆØÅ][\wæøå ]{1,30}:\s*")
# "Ida Holm, Egebjerg (formand)": the name, the village (capitalised words), the role
_VILLAGE_RE = re.compile(r"^(?P<label>[A-ZÆØÅ][\wæøå ]{1,30}:\s*)?(?P<name>[A-ZÆØÅ][\w.'-]*"
                         r"(?:\s+[A-ZÆØÅ][\w.'-]*){1,4}),\s+[A-ZÆØÅ][\wæøå.-]*"
                         r"(?:\s+[A-ZÆØÅ][\wæøå.-]*){0,2}(?P<role>\s*\([^()]{2,40}\))?$")
_PLACE_LINES = 4


def _people(lines: list[str]) -> list[str]:
    """The "Hvem" column as labelled lines: its leading names as "Deltagere: …"; a
    labelled line ("Afbud: …") and what follows it as they are."""
    out: list[str] = []
    members: list[str] = []
    for line in lines:
        m = _VILLAGE_RE.match(line.strip())
        line = (m.group("label") or "") + m.group("name") + (m.group("role") or "") if m else line
        if _LABEL_RE.match(line.strip()):
            out.append(line.strip())
        elif out:  # (a labelled list going on: "Desuden: …" / "Helle Rask, referent")
            out[-1] += f"; {line.strip()}"
        else:
            members.append(line.strip())
    return ([f"Deltagere: {', '.join(members)}"] if members else []) + out


def question_captions(lines: list[str]) -> list[str]:
    """`lines` (a minutes head) with a "Hvornår" / "Hvor" / "Hvem" head written as
    labelled lines; unchanged without those captions.

    >>> question_captions(["Referat", "HVORNÅR", "HVOR", "HVEM", "Onsdag 10.12.2025",
    ...     "kl. 19.00", "Forsamlingshuset", "Skolevej 4", "9640 Egebjerg",
    ...     "Ida Holm, Egebjerg (formand)", "Bo Lund, Sønderby", "Afbud: Eva Dam, Nørreby"])
    ['Referat', 'Dato: Onsdag 10.12.2025 kl. 19.00', 'Sted: Forsamlingshuset, Skolevej 4, \
9640 Egebjerg', 'Deltagere: Ida Holm (formand), Bo Lund', 'Afbud: Eva Dam']
    """
    words = [ln.strip().lower() for ln in lines]
    at = next((k for k in range(len(words) - 2) if tuple(words[k:k + 3]) == _CAPTIONS), None)
    if at is None:
        return lines
    values = [ln for ln in lines[at + 3:] if ln.strip()]
    when = 0
    while when < len(values) and _WHEN_RE.search(values[when]):
        when += 1
    postal = next((k for k in range(when, min(len(values), when + _PLACE_LINES))
                   if _POSTAL_RE.match(values[k].strip())), when)
    where = values[when:postal + 1]
    head = [f"Dato: {' '.join(v.strip() for v in values[:when])}"] if when else []
    head += [f"Sted: {', '.join(v.strip() for v in where)}"] if where else []
    return lines[:at] + head + _people(values[postal + 1:])
