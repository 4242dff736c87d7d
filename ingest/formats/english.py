"""Minutes written in English (an international council's, or a municipality's English
edition of its minutes): their labels as the Danish ones the parser reads.

Only a text whose items are headed in English ("Item 1 – Approval of the agenda") and
in no Danish way is changed, or one whose items are only numbered ("1. Approval of the
agenda") and whose labels are English and none Danish ("Venue:", "Present:",
"Background", "Resolved"); and only its labels at the start of a line: the head's
"Date:" / "Time:" / "Venue:" / "Present:" / "Apologies:", an item's "Case no.:", the
section headings "Background" / "Recommendation" / "Decision" / "Resolved" alone on
their lines, a vote's "In favour:" / "Against:", the municipality's line ("Aarhus
Municipality"), the title's "Meeting of the …", a chair's mark ("(chair)") and a closed
item's mark ("(closed item)"). The text under them stays as written."""

from __future__ import annotations

import re

from .bracketed import danish_brackets
from .english_head import english_head
from .text_items import PLAIN_ITEM_RE
from .text_sections import section_name

# "Item 3 – Title", "Agenda item 3: Title" (markdown heading marks and bold allowed)
_ITEM_RE = re.compile(r"^([ \t]*(?:#{1,6}\s*)?(?:\*\*|__)?)(?:agenda\s+item|item)(\s+\d{1,3}\b)",
                      re.IGNORECASE | re.MULTILINE)
_FIRST_ITEM_RE = re.compile(r"^[ \t]*(?:#{1,6}\s*)?(?:\*\*|__)?(?:agenda\s+item|item)\s+1\b",
                            re.IGNORECASE | re.MULTILINE)
_ITEM_KEYWORD = "Punkt"
_NUMBERED_RE = re.compile(r"^[ \t]*(?:#{1,6}\s*)?1\.\s+[A-ZÆØÅ]")  # "1. Approval of the agenda"

# An English head or item label before a colon → the Danish label the parser knows
LABELS = {
    "date": "Dato", "meeting date": "Mødedato", "time": "Tidspunkt", "venue": "Sted",
    "location": "Sted", "place": "Sted", "present": "Deltagere", "attendees": "Deltagere",
    "participants": "Deltagere", "members": "Medlemmer", "apologies": "Afbud",
    "absent": "Fraværende", "committee": "Udvalg", "case no.": "Sagsnr.",
    "case number": "Sagsnr.", "case": "Sagsnr.", "in favour": "For", "in favor": "For",
    "for": "For", "against": "Imod", "abstained": "Undlod", "abstentions": "Undlod",
}
# An English section heading alone on its line → the Danish section
SECTIONS = {
    "background": "Sagsfremstilling", "description": "Sagsfremstilling",
    "recommendation": "Indstilling", "proposal": "Indstilling",
    "decision": "Beslutning", "resolution": "Beslutning", "resolved": "Beslutning",
    "attachments": "Bilag", "previous decision": "Tidligere behandling",
    "previous decisions": "Tidligere behandling", "previous treatment": "Tidligere behandling",
    "minutes": "Referat", "agenda": "Dagsorden",
}
# A chair's mark after a name: "Priya Shah (chair)" → "Priya Shah, formand"
ROLES = {"chair": "formand", "chairman": "formand", "chairperson": "formand",
         "vice-chair": "næstformand", "vice chair": "næstformand", "deputy chair": "næstformand"}

_LABEL_RE = re.compile(
    rf"^([ \t]*(?:\*\*|__)?)({'|'.join(map(re.escape, LABELS))})(\s*(?:\*\*|__)?\s*:)",
    re.IGNORECASE | re.MULTILINE)
# (alone on its line, or before a colon and the text: "Decision: Approved.")
_SECTION_RE = re.compile(
    rf"^([ \t]*(?:#{{1,6}}\s*)?(?:\*\*|__)?)({'|'.join(SECTIONS)})((?:\*\*|__)?(?::.*)?\s*)$",
    re.IGNORECASE | re.MULTILINE)
# "Minutes of the meeting of the Integration Council" (or, under a "MINUTES" line,
# "Meeting of the Integration Council") → "Referat fra møde i Integration Council", as
# the Danish title names the committee
_MINUTES_OF_RE = re.compile(
    r"^([ \t]*(?:#{1,6}\s*)?)(?:minutes\s+(?:of|from)\s+(?:the\s+)?)?meeting\s+(?:of|in)\s+"
    r"(?:the\s+)?(?=[A-ZÆØÅ][^.\n]{0,60}$)", re.IGNORECASE | re.MULTILINE)
_MINUTES_OF = "Referat fra møde i "
# "Aarhus Municipality" / "Municipality of Aarhus" heading the minutes → "Aarhus Kommune"
_TOWN = r"[A-ZÆØÅ][\wæøå-]+(?:[ -][A-ZÆØÅ][\wæøå-]+)?"
_MUNICIPALITY_RE = re.compile(
    rf"^[ \t]*(?:({_TOWN})\s+Municipality|Municipality\s+of\s+({_TOWN}))\s*$", re.MULTILINE)
_ROLE_RE = re.compile(rf"\s*\(({'|'.join(map(re.escape, ROLES))})\)", re.IGNORECASE)
# "5. Application from an individual (closed item)" → "… (lukket punkt)"
_CLOSED_RE = re.compile(r"\((?:closed|confidential)(?:\s+(?:item|session))?\)[ \t]*$",
                        re.IGNORECASE | re.MULTILINE)
_MIN_ENGLISH = 3  # English labels in a text whose items are only numbered


def _numbered_english(text: str) -> bool:
    """Whether minutes with numbered items ("1. Approval of the agenda") label their
    head and sections in English ("Venue:", "Present:", "Background", "Resolved") at
    least three ways, and no line with a Danish section heading ("Beslutning")."""
    lines = text.split("\n")
    if not any(_NUMBERED_RE.match(line) for line in lines):
        return False
    english = {m.group(2).lower() for m in _LABEL_RE.finditer(text)} | {
        m.group(2).lower() for m in _SECTION_RE.finditer(text)
        if m.group(2).lower() not in ("minutes", "agenda")}
    return len(english) >= _MIN_ENGLISH and not any(
        section_name(line) for line in lines if line.strip() and not _SECTION_RE.match(line))


def is_english(text: str) -> bool:
    """Whether the minutes head their items in English ("Item 1 …") and in no Danish
    way ("Punkt 1 …")."""
    return (bool(_FIRST_ITEM_RE.search(text)) or _numbered_english(text)) and not any(
        PLAIN_ITEM_RE.match(line.strip()) for line in text.split("\n"))


def danish_labels(text: str) -> str:
    """English minutes with their labels, section headings and chair marks in Danish
    (or their Danish words in brackets: `bracketed`); any other text as it is."""
    text = danish_brackets(text)  # ("Decision [Beslutning]")
    if not is_english(text):
        return text
    text = english_head(text)  # ("4:30 pm", "Meeting held on …", "Members present")
    text = _MINUTES_OF_RE.sub(lambda m: m.group(1) + _MINUTES_OF, text)
    text = _ITEM_RE.sub(rf"\1{_ITEM_KEYWORD}\2", text)
    text = _LABEL_RE.sub(lambda m: m.group(1) + LABELS[m.group(2).lower()] + m.group(3), text)
    text = _SECTION_RE.sub(lambda m: m.group(1) + SECTIONS[m.group(2).lower()] + m.group(3), text)
    text = _MUNICIPALITY_RE.sub(lambda m: f"{m.group(1) or m.group(2)} Kommune", text)
    text = _CLOSED_RE.sub("(lukket punkt)", text)
    return _ROLE_RE.sub(lambda m: ", " + ROLES[m.group(1).lower()], text)
