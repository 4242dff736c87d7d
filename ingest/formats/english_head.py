"""An English minutes page's head and item headings in the forms the Danish ones take
(`english.danish_labels` calls this before it turns the labels Danish):

* a 12-hour clock, "4:30–6:45 pm", "10 am", is the 24-hour time, "16.30-18.45";
* the opening sentence "Meeting held on Tuesday 2 December 2025, 4:30–6:45 pm, Room
  1.14, Town Hall." is its date, time and place as labelled lines ("Date:", "Time:",
  "Venue:");
* an attendance list's English groups ("Members present", "Substitute", "Also present
  (non-members)") are the Danish labels ("Deltagere", "Stedfortræder", "Desuden
  deltog"), their values one a line below them; "(for X)" after a substitute's name
  is whose place they took; "(Vice-chair, …)" after a name is the role, the rest kept;
* the page's title "Minutes – Integration Council (Integrationsrådet)" names the body:
  "Referat fra møde i Integrationsrådet" (the Danish name in brackets, when given);
* an item heading's closing badge "Closed session" / "Closed item" is the closed mark;
* an item's "Case no. 25/30118" (no colon) is its case number's label;
* "The meeting closed at 18.45. Next meeting: …" are the Danish closing lines, and an
  item's "Apologies: A. Absent: B." the Danish labels both.
"""

from __future__ import annotations

import re

from .text_header_committee import BODY_NAME_RE

# "4:30–6:45 pm", "4:30 pm", "10 am", "4.30pm": the time(s), then the half of the day
_CLOCK_RE = re.compile(
    r"\b(?P<h1>\d{1,2})(?:[:.](?P<m1>\d\d))?(?:\s*(?P<a1>[ap])(?:\.m\.|m))?"
    r"(?:\s*(?:[-–—]|to)\s*(?P<h2>\d{1,2})(?:[:.](?P<m2>\d\d))?)?"
    r"\s*(?P<a2>[ap])(?:\.m\.|m)(?!\w)", re.IGNORECASE)
# "Meeting held on <date>, <time>, <place>."
_HELD_RE = re.compile(
    r"^(?P<lead>[ \t]*)(?:the\s+)?meeting\s+(?:was\s+)?held\s+on\s+(?P<date>[^,\n]*?\d{4})\s*,"
    r"\s*(?P<time>[^,\n]*\d[^,\n]*?)\s*,\s*(?P<place>[^\n]+?)\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
# English attendance groups → the Danish labels the header reads
_GROUPS = {"members present": "Deltagere", "present members": "Deltagere",
           "substitute": "Stedfortræder", "substitutes": "Stedfortræder",
           "also present": "Desuden deltog", "also present (non-members)": "Desuden deltog",
           "also in attendance": "Desuden deltog", "in attendance": "Desuden deltog",
           "absent without notice": "Fraværende", "apologies received": "Afbud"}
_GROUP_RE = re.compile(rf"^([ \t]*)({'|'.join(map(re.escape, _GROUPS))})([ \t]*:)",
                       re.IGNORECASE | re.MULTILINE)
# "Priya Raman (for Tomasz Kowalczyk)": the substitute, whose place
_FOR_RE = re.compile(r"^([ \t]*[A-ZÆØÅ][^()\n]{2,60}?)\s*\(for\s+([A-ZÆØÅ][^()\n]{2,60})\)[ \t]*$",
                     re.MULTILINE)
# "Henrik Brodersen (Vice-chair, Municipal Council, C)": a role first, then more
_ROLE_FIRST_RE = re.compile(r"\((chair|chairman|chairperson|vice-chair|vice chair|deputy chair)"
                            r",\s*([^()\n]{1,60})\)", re.IGNORECASE)
_ROLES = {"chair": "formand", "chairman": "formand", "chairperson": "formand"}
# "Minutes – Integration Council (Integrationsrådet)" as the page's heading
_TITLE_RE = re.compile(r"^([ \t]*)minutes\s*[-–—:]\s*(?P<body>[A-ZÆØÅ][^()\n]{2,80}?)"
                       r"(?:\s*\((?P<da>[A-ZÆØÅ][^()\n]{2,60})\))?[ \t]*$",
                       re.IGNORECASE | re.MULTILINE)
# "Item 5: Integration Award 2025 Closed session": a badge closing the heading
_BADGE_RE = re.compile(r"^([ \t]*(?:agenda\s+)?item\s+\d{1,3}\b.*?\S)\s+(?:closed|confidential)"
                       r"\s+(?:session|item)[ \t]*$", re.IGNORECASE | re.MULTILINE)
# "The meeting closed at 18.45. Next meeting: …": the minutes' closing lines
_CLOSED_AT_RE = re.compile(r"^([ \t]*)the\s+meeting\s+(?:closed|ended|finished)\s+at\s+(?=\d)",
                           re.IGNORECASE | re.MULTILINE)
_NEXT_RE = re.compile(r"(?<=[.!]\s)next\s+meeting\s*:", re.IGNORECASE)
# "Apologies: A. Absent: B.": the second label of an item's attendance line
_SECOND_LABEL_RE = re.compile(r"(?<=\.\s)(absent|apologies)(?=\s*:)", re.IGNORECASE)
_SECOND = {"absent": "Fraværende", "apologies": "Afbud"}
_CASE_RE = re.compile(r"^([ \t]*)case\s+no\.?[ \t]+(?=\d)", re.IGNORECASE | re.MULTILINE)


def english_head(text: str) -> str:
    """English minutes' clock, opening sentence, attendance groups, title, badges and
    case labels as the forms `english.danish_labels` and the parser read.

    >>> english_head("Meeting held on Tuesday 2 December 2025, 4:30–6:45 pm, Room 1, Town Hall.")
    'Date: Tuesday 2 December 2025\\nTime: 16.30-18.45\\nVenue: Room 1, Town Hall'
    >>> english_head("Minutes – Integration Council (Integrationsrådet)")
    'Referat fra møde i Integrationsrådet'
    >>> english_head("Item 5: Award Closed session\\nCase no. 25/1")
    'Item 5: Award (lukket punkt)\\nSagsnr. 25/1'
    >>> english_head("Substitute:\\nPriya Raman (for Tom Kowal)\\nAnne Dam (Vice-chair, C)")
    'Stedfortræder:\\nPriya Raman for Tom Kowal\\nAnne Dam (C), næstformand'
    """
    text = _CLOCK_RE.sub(_clock, text)
    text = _HELD_RE.sub(lambda m: f"{m['lead']}Date: {m['date'].strip()}\n{m['lead']}Time: "
                        f"{m['time'].strip()}\n{m['lead']}Venue: {m['place'].strip()}", text)
    text = _GROUP_RE.sub(lambda m: m[1] + _GROUPS[m[2].lower()] + m[3], text)
    text = _FOR_RE.sub(r"\1 for \2", text)
    text = _ROLE_FIRST_RE.sub(lambda m: f"({m[2].strip()}), {_role(m[1])}", text)
    text = _TITLE_RE.sub(_title, text)
    text = _BADGE_RE.sub(r"\1 (lukket punkt)", text)
    text = _CLOSED_AT_RE.sub(r"\1Mødet sluttede kl. ", text)
    text = _NEXT_RE.sub("\nNæste møde:", text)
    text = _SECOND_LABEL_RE.sub(lambda m: _SECOND[m[1].lower()], text)
    return _CASE_RE.sub(r"\1Sagsnr. ", text)


def _role(word: str) -> str:
    return _ROLES.get(word.lower(), "næstformand")


def _title(m: re.Match[str]) -> str:
    """The page's title as the Danish title naming the body (its Danish name first)."""
    danish = m["da"] if m["da"] and BODY_NAME_RE.search(m["da"]) else None
    return f"{m[1]}Referat fra møde i {danish or m['body'].strip()}"


def _hour(hour: str, half: str) -> int:
    h = int(hour) % 12
    return h + 12 if half.lower() == "p" else h


def _clock(m: re.Match[str]) -> str:
    """"4:30–6:45 pm" → "16.30-18.45": a range's start takes the end's half of the day
    unless it says its own or would then come after the end ("11:30–1 pm")."""
    if int(m["h1"]) > 12 or (m["h2"] and int(m["h2"]) > 12):
        return m[0]  # (a 24-hour time: no "pm" of it)
    end_half = m["a2"]
    if not m["h2"]:
        return f"{_hour(m['h1'], end_half):02d}.{m['m1'] or '00'}"
    end = _hour(m["h2"], end_half)
    start = _hour(m["h1"], m["a1"] or end_half)
    if not m["a1"] and start > end:
        start = _hour(m["h1"], "a")
    return f"{start:02d}.{m['m1'] or '00'}-{end:02d}.{m['m2'] or '00'}"
