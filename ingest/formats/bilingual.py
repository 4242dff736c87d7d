"""Minutes printed in two languages, each label first in the other language and then in
Danish after a slash (a Greenlandic municipality's Kalaallisut/Danish minutes):

    Ulloq / Dato: 12. marts 2024
    Peqataasut / Deltagere:
    Immikkoortoq 1 / Punkt 1
    Ullormut oqaluuserisassat akuersissutigineqarnissaat / Godkendelse af dagsorden
    Aalajangiineq / Beslutning

read as their Danish half: "Dato: 12. marts 2024", "Punkt 1", "Godkendelse af dagsorden",
"Beslutning". A line is changed only where its half after the slash is a label the
parser knows (a head's field, an item's keyword and number, a section's heading, the
document's kind, an open/closed mark), and the title line right below a changed item
heading; the text is changed only when three or more lines are such labels. The
paragraphs, printed in both languages one after the other, stay as written.
"""

from __future__ import annotations

import re

from .common import OPEN_MARK_RE
from .text_header_rows import EXTRA_FIELD_RE, HEADER_FIELD_RE
from .text_items import PLAIN_ITEM_RE
from .text_sections import section_name

_PAIR_RE = re.compile(r"^(?P<lead>[ \t]*)(?P<other>[^/\n]{2,80}?)\s+/\s+(?P<da>[^\n]+?)\s*$")
_KIND_RE = re.compile(r"^(?:referat|dagsorden|beslutningsprotokol)$", re.IGNORECASE)
# "Klokken: 13:00": the hour, as a Danish head names it
_CLOCK_RE = re.compile(r"^klokken\s*:", re.IGNORECASE)
# "…, siulittaasoq / formand": a member's role in both languages
_ROLE_RE = re.compile(r"^(?P<keep>.+,\s*)\S+\s+/\s+(?P<role>(?:næst)?formand)\s*$", re.IGNORECASE)
_MIN_LABELS = 3


def _danish_label(half: str) -> bool:
    head = half.split(":", 1)[0].strip()
    return bool(HEADER_FIELD_RE.match(half) or EXTRA_FIELD_RE.match(half)
                or _CLOCK_RE.match(half) or PLAIN_ITEM_RE.match(f"{half} x")
                or section_name(half.rstrip(":")) or _KIND_RE.match(half)
                or OPEN_MARK_RE.match(half) or (half.endswith(":") and (
                    HEADER_FIELD_RE.match(f"{head}: x") or EXTRA_FIELD_RE.match(f"{head}: x"))))


def danish_half(text: str) -> str:
    """The text with each bilingual label read as its Danish half (unchanged when the
    text has fewer than three such labels).

    >>> print(danish_half("Ulloq / Dato: 12. marts 2024\\nNalunaaqutaq / Klokken: 13:00\\n"
    ...                   "Immikkoortoq 1 / Punkt 1\\nAllagaq / Godkendelse af dagsorden\\n"
    ...                   "Aalajangiineq / Beslutning\\nAkuerineqarpoq.\\nGodkendt.\\n"
    ...                   "Sumiiffik / Sted: Ataatsimiittarfik / Mødesalen"))
    Dato: 12. marts 2024
    Tidspunkt: 13:00
    Punkt 1
    Godkendelse af dagsorden
    Beslutning
    Akuerineqarpoq.
    Godkendt.
    Sted: Mødesalen
    """
    lines = text.split("\n")
    pairs = [(m, _danish_label(m.group("da"))) if (m := _PAIR_RE.match(ln)) else (None, False)
             for ln in lines]
    if sum(known for _, known in pairs) < _MIN_LABELS:
        return text
    out: list[str] = []
    title_next = False
    for line, (m, known) in zip(lines, pairs, strict=True):
        if m and (known or title_next):
            da = m.group("da")
            if known and PLAIN_ITEM_RE.match(f"{da} x") and not PLAIN_ITEM_RE.match(da):
                title_next = True  # "Punkt 1" alone: its title is the next line
            else:
                title_next = False
            label, colon, value = da.partition(":")
            if colon and " / " in value:  # "Sted: Ataatsimiittarfik / Mødesalen": the value too
                da = f"{label}: {value.rsplit(' / ', 1)[1].strip()}"
            out.append(m.group("lead") + _CLOCK_RE.sub("Tidspunkt:", da))
            continue
        title_next = title_next and not line.strip()
        role = _ROLE_RE.match(line)
        out.append(f"{role.group('keep')}{role.group('role')}" if role else line)
    return "\n".join(out)
