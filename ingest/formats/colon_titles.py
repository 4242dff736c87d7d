"""An item's title that opens with a word and a colon ("Høring: Værdighedspolitik
2025-2028", "Hastesag: Ekstraordinært tilskud til …"), printed under a bare "Punkt 2":
the title, not a field of the item, though it reads as "Label: value". Such a title may
wrap onto a line or two ("Hastesag: Ekstraordinært tilskud til Ringsted Kulturhus" /
"efter vandskade") before the item's own lines; read as a field, the heading would take
the line above "Punkt N" for its title instead (the previous item's last line)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .text_sections import section_name

# "Høring: Værdighedspolitik 2025-2028": one word, a colon, a capitalised title
_TITLE_PREFIX_RE = re.compile(r"^([A-ZÆØÅ][a-zæøå]{2,20}):\s+([A-ZÆØÅ0-9].{2,120})$")
# how many lines the title may wrap onto below its first
_WRAPPED_LINES = 2


def labelled_title(lines: list[str], i: int, titleish: Callable[[str], bool],
                   is_marker: Callable[[str], bool]) -> bool:
    """Line `i`, under a bare "Punkt 2", is a title that opens with a word and a colon,
    not a field: a title's words after the colon (no sentence, no decision or
    recommendation), with the item's own lines (a case number, a section heading: what
    `is_marker` or a section name says) right below it or below its wrapped rest, each
    wrapped line a title's words too (`titleish`)."""
    m = _TITLE_PREFIX_RE.match(lines[i].strip())
    if not m or section_name(m.group(1)) in ("Beslutning", "Indstilling") or not (
            titleish(m.group(2))):
        return False
    below = [ln.strip() for ln in lines[i + 1:i + 8] if ln.strip()]
    for nxt in below[:_WRAPPED_LINES + 1]:
        if section_name(nxt) or is_marker(nxt):
            return True
        if not titleish(nxt):
            return False
    return False
