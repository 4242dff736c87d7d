"""A typist's item heading: "Dagsordenspunkt 3." alone on its line, the number ended by a
full stop, and the title below it written as a sentence, its own full stop at its end,
wrapped over a line or two ("Ansøgning om tilskud til lederuddannelse fra Nakskov" /
"Spejdergruppe."), the item's own lines ("J.nr.: …", "Beslutning: Godkendt.") right
below (an old protocol typed, scanned and OCR'ed)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .text_layout import LABEL_LINE_RE, RULE_RE
from .text_numbered import ABBREVIATION_END_RE
from .text_sections import section_name

# how many lines a typist's title sentence may wrap over
_TYPED_TITLE_LINES = 3


def typed_title(lines: list[str], i: int, after: int,
                is_marker: Callable[[str], bool]) -> tuple[str, int] | None:
    """A typist's title under "Dagsordenspunkt 3." (the number ended by a full stop):
    one sentence ending in a full stop, wrapped over up to three lines ("Ansøgning om
    tilskud … fra Nakskov" / "Spejdergruppe."), with the item's own lines (a label and
    its text, a case number) right below it; its text and where the item's lines start."""
    if not lines[i].strip().endswith("."):
        return None
    run: list[str] = []
    for k in range(after, min(len(lines), after + _TYPED_TITLE_LINES)):
        s = lines[k].strip()
        if not s or section_name(s) or is_marker(s) or LABEL_LINE_RE.match(s) or (
                RULE_RE.match(s)) or not (s[:1].isupper() or run):
            return None
        run.append(s)
        if s.endswith(".") and not ABBREVIATION_END_RE.search(s):
            break
    else:
        return None
    nxt = next((ln.strip() for ln in lines[after + len(run):after + len(run) + 3]
                if ln.strip()), "")
    if not (section_name(nxt) or is_marker(nxt)) or _SENTENCE_RE.search(" ".join(run)):
        return None
    return " ".join(run), after + len(run)


# a sentence's end inside a line ("Godkendt. Søren Kjær …"): prose, no title
_SENTENCE_RE = re.compile(r"[a-zæøå]{2}[.!?]\s+[A-ZÆØÅ]")
