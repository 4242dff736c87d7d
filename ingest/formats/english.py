"""Minutes written in English (an international council's, or a municipality's English
edition of its minutes): their labels as the Danish ones the parser reads.

Only a text whose items are headed in English ("Item 1 – Approval of the agenda") and
in no Danish way is changed, and only its labels at the start of a line: the head's
"Date:" / "Time:" / "Venue:" / "Present:" / "Apologies:", an item's "Case no.:", the
section headings "Background" / "Recommendation" / "Decision" alone on their lines, the
municipality's line ("Aarhus Municipality") and a chair's mark ("(chair)"). The text
under them stays as written."""

from __future__ import annotations

import re

from .text_items import PLAIN_ITEM_RE

# "Item 3 – Title", "Agenda item 3: Title" (markdown heading marks and bold allowed)
_ITEM_RE = re.compile(r"^(\s*(?:#{1,6}\s*)?(?:\*\*|__)?)(?:agenda\s+item|item)(\s+\d{1,3}\b)",
                      re.IGNORECASE | re.MULTILINE)
_FIRST_ITEM_RE = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?(?:agenda\s+item|item)\s+1\b",
                            re.IGNORECASE | re.MULTILINE)
_ITEM_KEYWORD = "Punkt"

# An English head or item label before a colon → the Danish label the parser knows
LABELS = {
    "date": "Dato", "meeting date": "Mødedato", "time": "Tidspunkt", "venue": "Sted",
    "location": "Sted", "place": "Sted", "present": "Deltagere", "attendees": "Deltagere",
    "participants": "Deltagere", "members": "Medlemmer", "apologies": "Afbud",
    "absent": "Fraværende", "committee": "Udvalg", "case no.": "Sagsnr.",
    "case number": "Sagsnr.", "case": "Sagsnr.",
}
# An English section heading alone on its line → the Danish section
SECTIONS = {
    "background": "Sagsfremstilling", "description": "Sagsfremstilling",
    "recommendation": "Indstilling", "proposal": "Indstilling",
    "decision": "Beslutning", "resolution": "Beslutning", "attachments": "Bilag",
    "minutes": "Referat", "agenda": "Dagsorden",
}
# A chair's mark after a name: "Priya Shah (chair)" → "Priya Shah, formand"
ROLES = {"chair": "formand", "chairman": "formand", "chairperson": "formand",
         "vice-chair": "næstformand", "vice chair": "næstformand", "deputy chair": "næstformand"}

_LABEL_RE = re.compile(
    rf"^(\s*(?:\*\*|__)?)({'|'.join(map(re.escape, LABELS))})(\s*(?:\*\*|__)?\s*:)",
    re.IGNORECASE | re.MULTILINE)
# (alone on its line, or before a colon and the text: "Decision: Approved.")
_SECTION_RE = re.compile(
    rf"^(\s*(?:#{{1,6}}\s*)?(?:\*\*|__)?)({'|'.join(SECTIONS)})((?:\*\*|__)?(?::.*)?\s*)$",
    re.IGNORECASE | re.MULTILINE)
# "Minutes of the meeting of the Integration Council" → "Referat fra møde i Integration
# Council", as the Danish title names the committee
_MINUTES_OF_RE = re.compile(
    r"^(\s*(?:#{1,6}\s*)?)minutes\s+(?:of|from)\s+(?:the\s+)?meeting\s+(?:of|in)\s+"
    r"(?:the\s+)?(?=\S)", re.IGNORECASE | re.MULTILINE)
_MINUTES_OF = "Referat fra møde i "
# "Aarhus Municipality" / "Municipality of Aarhus" heading the minutes → "Aarhus Kommune"
_TOWN = r"[A-ZÆØÅ][\wæøå-]+(?:[ -][A-ZÆØÅ][\wæøå-]+)?"
_MUNICIPALITY_RE = re.compile(
    rf"^\s*(?:({_TOWN})\s+Municipality|Municipality\s+of\s+({_TOWN}))\s*$", re.MULTILINE)
_ROLE_RE = re.compile(rf"\s*\(({'|'.join(map(re.escape, ROLES))})\)", re.IGNORECASE)


def is_english(text: str) -> bool:
    """Whether the minutes head their items in English ("Item 1 …") and in no Danish
    way ("Punkt 1 …")."""
    return bool(_FIRST_ITEM_RE.search(text)) and not any(
        PLAIN_ITEM_RE.match(line.strip()) for line in text.split("\n"))


def danish_labels(text: str) -> str:
    """English minutes with their labels, section headings and chair marks in Danish;
    any other text as it is."""
    if not is_english(text):
        return text
    text = _MINUTES_OF_RE.sub(lambda m: m.group(1) + _MINUTES_OF, text)
    text = _ITEM_RE.sub(rf"\1{_ITEM_KEYWORD}\2", text)
    text = _LABEL_RE.sub(lambda m: m.group(1) + LABELS[m.group(2).lower()] + m.group(3), text)
    text = _SECTION_RE.sub(lambda m: m.group(1) + SECTIONS[m.group(2).lower()] + m.group(3), text)
    text = _MUNICIPALITY_RE.sub(lambda m: f"{m.group(1) or m.group(2)} Kommune", text)
    return _ROLE_RE.sub(lambda m: ", " + ROLES[m.group(1).lower()], text)
