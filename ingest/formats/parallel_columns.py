"""Minutes printed in two parallel columns, Kalaallisut on the left and Danish on the right
(a Greenlandic municipality's bilingual referat, every block a two-cell table row), as
a PDF's text gives them: each row's left cell, then its right one.

    Immikkoortoq 03 – Kangerlussuarmi atuarfiup …
    Punkt 03 – Tillægsbevilling til istandsættelse af Kangerlussuaq Skole
    Suliap normua: 17.03.02/25-0613
    Journal nr.: 17.03.02/25-0613
    Aalajangerneq
    Akuerineqarpoq.
    Afgørelse
    Godkendt.

The Danish column is the reading: each left-hand block, opened by a Kalaallisut label
(the item keyword "Immikkoortoq", "Suliap normua:", "Aalajangerneq", "Peqataasut:" …),
goes up to the right-hand block's Danish line (an item heading, a label, a section
heading, the meeting's closing line). The committee's Kalaallisut name
(a run of lines ending in "Ataatsimiititaliaq") above its Danish name goes too, and the
municipality's "<Name> Kommunia" reads as "<Name> Kommune". The text is changed only
when three or more lines open such blocks; any other text is returned as it is.
"""

from __future__ import annotations

import re

from .item_text import CASE_NUMBER_RE
from .text_header_rows import EXTRA_FIELD_RE, HEADER_FIELD_RE
from .text_items import PLAIN_ITEM_RE
from .text_sections import section_name

# Kalaallisut labels that open a left-hand cell
_LEFT_RE = re.compile(
    r"^[ \t]*(?:immikkoortoq\s+\d|suliap\s+normua\b|suliap\s+oqaluttuarineqarnera\b|"
    r"inassuteqaat\b|aalajangerneq\b|aalajangiineq\b|siusinnerusukkut\s+suliarineqarnera\b|"
    r"peqataasut\b|peqataasinnaanngits\w*\b|allaffissornikkut\s+peqataas\w*\b|"
    r"imaqarniliortoq\b|sumi\s*:|ataatsimiinneq\b|ulloq\b|nalunaaqutaq\b|imaqarniliaq$|"
    r"oqaluuserisassat$)", re.IGNORECASE)
# A committee's Kalaallisut name ends with the word for committee
_BODY_END_RE = re.compile(r"\bataatsimiititaliaq$", re.IGNORECASE)
# The meeting's own Danish lines that end a left-hand block: "Møde den …", "Mødet sluttede"
_DANISH_LINE_RE = re.compile(r"^[ \t]*(?:mødet?\b|næste\s+møde\b|afgørelse\b|referat$)",
                             re.IGNORECASE)
_KOMMUNIA_RE = re.compile(r"\b([A-ZÆØÅ][\wæøå-]+)\s+Kommunia\b")
_MIN_BLOCKS = 3


def _danish(line: str) -> bool:
    """A line of the right-hand, Danish column that a left-hand block runs up to."""
    s = line.strip()
    return bool(PLAIN_ITEM_RE.match(s) or HEADER_FIELD_RE.match(s) or EXTRA_FIELD_RE.match(s)
                or CASE_NUMBER_RE.match(s) or section_name(s.rstrip(":"))
                or _DANISH_LINE_RE.match(s))


def danish_column(text: str) -> str:
    """The text without its Kalaallisut column's blocks (see the module's doc).

    >>> print(danish_column("Qeqqata Kommunia\\nAningaasaqarnermut\\nAtaatsimiititaliaq\\n"
    ...     "Økonomiudvalget\\nImmikkoortoq 01 – Ullormut\\nPunkt 01 – Godkendelse af dagsorden\\n"
    ...     "Suliap normua: 06.00.01/25-1187\\nJournal nr.: 06.00.01/25-1187\\n"
    ...     "Aalajangerneq\\nAkuerineqarpoq.\\nAfgørelse\\nGodkendt."))
    Qeqqata Kommune
    Økonomiudvalget
    Punkt 01 – Godkendelse af dagsorden
    Journal nr.: 06.00.01/25-1187
    Afgørelse
    Godkendt.
    """
    lines = text.split("\n")
    if sum(bool(_LEFT_RE.match(ln)) and " / " not in ln for ln in lines) < _MIN_BLOCKS:
        return text  # (a label in both languages on one line: `bilingual.danish_half`)
    out: list[str] = []
    left = False
    for line in lines:
        if _LEFT_RE.match(line) and " / " not in line and not _danish(line):
            left = True
        elif left and (not line.strip() or _danish(line) or "\f" in line):
            left = False
        if left:
            continue
        if _BODY_END_RE.search(line.strip()):
            while out and out[-1].strip() and len(out[-1].split()) == 1 and not (
                    _KOMMUNIA_RE.search(out[-1]) or _danish(out[-1])):
                out.pop()  # (the name's first word, wrapped above)
            continue
        out.append(line)
    return _KOMMUNIA_RE.sub(r"\1 Kommune", "\n".join(out))
