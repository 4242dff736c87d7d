"""A table's head row printed one cell a line (a PDF's grid as its text layer gives it),
one of its cells a word that also names a section ("Nr." / "Udvalg" / "Beskrivelse" /
"Drift (kr.)" / "Anlæg (kr.)"): that cell is a column's name, not a heading that would
end the case text there. Such a cell stands among short cells, two at least on either
side (no sentence, no label with its colon, no other heading, no figure or date: a
column's name is words, "Drift (kr.)"); it is joined to the cells above it, so the head
reads as one line ("Nr. Udvalg Beskrivelse") and names no section.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a head cell: a few words, no sentence's or label's end (an abbreviation's dot: "Nr.")
_CELL_RE = re.compile(r"^(?=.{1,30}$)[\wÆØÅæøå(][^:;!?]*?(?<![.,])$|^[A-ZÆØÅ][a-zæøå]{0,4}\.$")


def _cell(line: str, heading: Callable[[str], object]) -> bool:
    text = line.strip()
    return bool(_CELL_RE.match(text)) and len(text.split()) <= 4 and not any(
        c.isdigit() for c in text) and not heading(text)


def head_cells(lines: list[str], heading: Callable[[str], object]) -> list[str]:
    """`lines` with each section name that is a head row's cell joined to the cells above
    it (`heading` tells a section's name).

    >>> name = lambda s: s == "Beskrivelse"
    >>> head_cells(["kr.", "Nr.", "Udvalg", "Beskrivelse", "Drift (kr.)", "Anlæg (kr.)"], name)
    ['kr.', 'Nr. Udvalg Beskrivelse', 'Drift (kr.)', 'Anlæg (kr.)']
    >>> head_cells(["Status:", "Åben", "Beskrivelse", "Sagen handler om …"], name)
    ['Status:', 'Åben', 'Beskrivelse', 'Sagen handler om …']
    >>> head_cells(["Byrådet", "04.10.2023, pkt. 76", "Beskrivelse", "Takstblad 2024", "Notat"],
    ...            name)[2]
    'Beskrivelse'

    """
    out: list[str] = []
    for k, line in enumerate(lines):
        near = [*lines[max(k - 2, 0):k], *lines[k + 1:k + 3]]
        if k >= 2 and len(near) == 4 and heading(line.strip()) and all(
                _cell(c, heading) for c in near):
            start = len(out)
            while start > 0 and len(out) - start < 6 and _cell(out[start - 1], heading):
                start -= 1
            out[start:] = [" ".join(c.strip() for c in [*out[start:], line])]
            continue
        out.append(line)
    return out
