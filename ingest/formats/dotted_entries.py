"""A case history whose entries a meeting portal heads as a row of fields parted by middle
dots (or bars): the body, the day and the earlier meeting's item, "Ældrerådet · 20.11.2025 ·
Punkt 4", the decision on the lines below. The row's layout says what each field is, so the
body may be any name ("KKR Sjælland", a council of municipalities with no kind word in it):
the three fields alone, a name, a whole day and the item's number, make the entry."""

from __future__ import annotations

import re

from referat.danish import parse_date
from referat.domain import Treatment

from .common import committee_name

# the separator between the fields: a middle dot, a bullet or a bar between spaces
_SEPARATOR_RE = re.compile(r"\s+[·•|]\s+")
_DATE_RE = re.compile(r"^(?:den\s+)?(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.\s*[a-zæøå]{3,9}\s+"
                      r"\d{4})$", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^(?:punkt|pkt\.?|sag(?:\s+nr\.?)?|§)\s*(\d{1,4})$", re.IGNORECASE)
# a body's name: capitalised words (and their links), no sentence and no figure of its own
_NAME_RE = re.compile(r"^[A-ZÆØÅ][\w.&-]*(?:,?\s+(?:[A-ZÆØÅ][\w.&-]*|[a-zæøå]+-|og|for|i|"
                      r"med|af))*$")


def dotted_head(line: str) -> Treatment | None:
    """The treatment a row of dotted fields heads (its text still to come), or None.

    >>> t = dotted_head("KKR Nordjylland · 06.10.2025 · Punkt 3")
    >>> (t.committee, t.date.isoformat(), t.punkt)
    ('KKR Nordjylland', '2025-10-06', 3)
    >>> dotted_head("Godkendt · 06.10.2025"), dotted_head("Byrådet 06.10.2025, punkt 3")
    (None, None)
    """
    fields = _SEPARATOR_RE.split(line.strip().strip("*_ "))
    if len(fields) != 3 or not _NAME_RE.match(fields[0]) or len(fields[0]) > 80:
        return None
    number = _NUMBER_RE.match(fields[2])
    if not number or not _DATE_RE.match(fields[1]) or not (found := parse_date(fields[1])):
        return None
    return Treatment(committee_name(fields[0]), found[0], "", int(number.group(1)))


def dotted_entries(lines: list[str]) -> list[Treatment]:
    """Each entry a dotted row heads, its text the lines up to the next (the lines before
    the first row left out); [] when no line is such a row.

    >>> [(t.committee, t.punkt, t.text) for t in dotted_entries(
    ...     ["Seniorrådet · 14.10.2025 · Punkt 2", "Rådet anbefaler forslaget.", "",
    ...      "Byrådet · 29.10.2025 · Punkt 12", "Godkendt."])]
    [('Seniorrådet', 2, 'Rådet anbefaler forslaget.'), ('Byrådet', 12, 'Godkendt.')]
    """
    out: list[Treatment] = []
    for line in lines:
        if (entry := dotted_head(line)) is not None:
            out.append(entry)
        elif out:
            out[-1].text = f"{out[-1].text}\n{line}".strip()
    return out
