"""An item whose section headings are printed as a list's bullets (Acadre's "• Resumé" /
"• Sagsfremstilling" / "• Indstilling" / "• Beslutning i Udvalget den 27-11-2025"): each
is the heading it names, not a list item of one "Beskrivelse" – so the bullet goes, and
the sections (and a dated decision of another day: history) are read as anywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_BULLET_RE = re.compile(r"^\s*[•▪●]\s+(?P<h>\S.*?)\s*$")
_MIN_HEADINGS = 2
_LABEL_LINE_RE = re.compile(r"^\s*[\w.-]+(?:\s[\w.-]+)?:\s*\S")


def unbulleted_headings(body: list[str], is_heading: Callable[[str], object]) -> list[str]:
    """`body` with the bullet taken off each bulleted line that `is_heading` names a
    section, when two such lines or more are there or the body opens with one; else
    `body` as it is.

    >>> unbulleted_headings(["• Resumé", "Tekst.", "• Indstilling", "• at godkende"],
    ...                     lambda s: s in ("Resumé", "Indstilling"))
    ['Resumé', 'Tekst.', 'Indstilling', '• at godkende']
    """
    heads = {k: m["h"] for k, line in enumerate(body)
             if (m := _BULLET_RE.match(line)) and len(m["h"]) < 80 and is_heading(m["h"])}
    first = next((k for k, line in enumerate(body)  # (past its "Sagsnr.: …" label lines)
                  if line.strip() and not _LABEL_LINE_RE.match(line)), None)
    if len(heads) < _MIN_HEADINGS and first not in heads:  # (or the body opens with one)
        return body
    return [heads.get(k, line) for k, line in enumerate(body)]
