"""A web page's paragraph of members between middle dots, wrapped over several lines
when printed: "Jens Holm (V), borgmester · Mikkel" / "Aagaard (V) · Kim Ejby" /
"Mortensen (A) · … · Susanne Bang (A) ·" / "Niels-Erik Bertelsen (C) · …". The header's
rows are split at the dots, so each printed line would cut a name in two ("Mikkel",
"Aagaard (V)") and lose the one before a dot at the line's end; the paragraph's lines
are joined first where a line ends with its dot or the next goes on with a name's rest
and its party.
"""

from __future__ import annotations

import re

# the rest of a name and its party, opening the next line: "Aagaard (V) · …"
_NAME_REST_RE = re.compile(r"^[A-ZÆØÅ][\w'-]*(?:\s[A-ZÆØÅ][\w'-]*){0,3}\s\([A-ZÆØÅ]{1,2}\)\s·\s")


def dotted_paragraphs(lines: list[str]) -> list[str]:
    """The lines with a dotted list wrapped over several lines joined into one line.

    >>> dotted_paragraphs(["Ida Holm (V) · Mikkel", "Aagaard (V) · Bo Dam (A) ·", "Eva Lund (C)"])
    ['Ida Holm (V) · Mikkel Aagaard (V) · Bo Dam (A) · Eva Lund (C)']
    >>> dotted_paragraphs(["Økonomiudvalget · 12.03.2024", "Referat · Rådhuset"])
    ['Økonomiudvalget · 12.03.2024', 'Referat · Rådhuset']
    """
    out: list[str] = []
    for line in lines:
        last = out[-1].rstrip() if out else ""
        if " · " in last and (last.endswith(" ·") or (
                "(" not in last.rpartition(" · ")[2] and _NAME_REST_RE.match(line.strip()))):
            out[-1] = f"{last} {line.strip()}"
        else:
            out.append(line)
    return out
