"""The lines of an item that are never page furniture, however often a page starts or
ends with one: an item's or a section's heading, a case number, a dated decision heading,
"Afbud: …", "Stemte imod: …"."""

from __future__ import annotations

import re

from .dated import dated_decision
from .item_text import BARE_CASE_RE, CASE_NUMBER_RE


def is_structure(line: str) -> bool:
    """An item's own line, never page furniture however often it repeats: a case number,
    a dated decision heading, "Afbud: …", "Stemte imod: …"."""
    s = line.strip()
    return bool(STRUCTURE_RE.match(s) or CASE_NUMBER_RE.match(s) or BARE_CASE_RE.match(s)
                or dated_decision(s) or PEOPLE_LABEL_RE.match(s)
                # "Byrådet 26.06.2024: Godkendt.": a dated decision and its text on a line
                or (":" in s and dated_decision(s.split(":", 1)[0] + ":")))


# Item and section lines are never page furniture, however often a page starts or ends with one.
ATTENDANCE_RE = re.compile(r"\b(?:deltog|fraværende|afbud|inhabil\w*|forlod|mødte)\b", re.I)
STRUCTURE_RE = re.compile(
    r"^(?:punkt\s+[#\d]|pkt\.\s*[#\d]|sag\s+nr\.\s*[#\d]|§\s*[#\d]|ad\s+(?:punkt|pkt\.?)\s*[#\d]|[#\d]+\.\s+(?-i:[A-ZÆØÅ])|beslutning(?!sprotokol|sreferat|erne\b)|indstilling|"
    r"sagsfremstilling|"
    r"bilag|sammendrag|resum|"
    r"[\w-]{3,40}s\s+beslutning\s*:?$)",  # "Regionsrådets beslutning" (a label, no date)
    re.IGNORECASE,
)
PEOPLE_LABEL_RE = re.compile(
    r"^(?:afbud|fraværende|fravær|forfald|ikke til stede|stemte (?:imod|for)|imod|for stemte|"
    r"imod stemte|for|undlod)\b[^:]{0,30}:",
    re.IGNORECASE,
)
