"""The header of plain-text and markdown minutes: committee, date and time, place and
participants, from label lines (``Mødedato: …``) or the plain PDF layout (committee lines,
a date line, a place line, then ``Name - Deltog`` lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from referat.danish import TIME_RE, parse_date
from referat.domain import Participant

PARTICIPANT_RE = re.compile(r"^(.*?)\s+-\s*(Deltog|Afbud|Fraværende)\s*$", re.IGNORECASE)
HEADER_FIELD_RE = re.compile(
    r"^\**(Mødedato|Mødested|Mødedeltagere|Deltagere|Afbud|Fraværende)\**\s*:?\s*(.*)$",
    re.IGNORECASE,
)


def clean_heading(text: str) -> str:
    text = re.sub(r"[#*_]", "", text).strip()
    return re.sub(r"\s+", " ", text.rstrip(":").strip())



def _split_top_level(text: str) -> list[str]:
    """Split on commas that are not inside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return [p for p in parts if p]


def participants_from_list(text: str, default_status: str = "deltog") -> list[Participant]:
    people = []
    for part in _split_top_level(text):
        status = default_status
        if re.search(r"\((afbud|fraværende)\)", part, re.IGNORECASE):
            status = "afbud"
            part = re.sub(r"\s*\((afbud|fraværende)\)", "", part, flags=re.IGNORECASE).strip()
        people.append(Participant(part, status))
    return people


@dataclass
class Header:
    committee: str | None = None
    date: date | None = None
    start_time: str | None = None
    place: str | None = None
    doc_type: str | None = None
    participants: list[Participant] | None = None


def parse_header(lines: list[str]) -> Header:
    h = Header(participants=[])
    rows = [ln.strip() for ln in lines]
    # Markdown title: "# REFERAT Erhvervs-, … d. 06-02-2024"
    for row in rows:
        m = re.match(r"^#\s*\**\s*(REFERAT|DAGSORDEN)\b\s*(.*)$", row, re.IGNORECASE)
        if m:
            h.doc_type = m.group(1).lower()
            rest = re.split(r"\s+(?:d\.|den)\s*\d", m.group(2))[0]
            h.committee = clean_heading(rest) or None
            found = parse_date(m.group(2))
            if found:
                h.date, h.start_time = found
            break
    fields_seen = False
    for row in rows:
        m = HEADER_FIELD_RE.match(row)
        if not m or m.group(2).startswith("/"):  # "Afbud/Fraværende" is a heading
            continue
        fields_seen = True
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "mødedato":
            found = parse_date(value)
            if found:
                h.date, h.start_time = found[0], found[1] or h.start_time
        elif key == "mødested" and value:
            h.place = value
        elif key in ("mødedeltagere", "deltagere") and value:
            h.participants.extend(participants_from_list(value))
        elif key in ("afbud", "fraværende") and value:
            h.participants.extend(participants_from_list(value, "afbud"))
    if fields_seen and h.date:
        if not h.committee:  # the first line that is neither a label nor "Referat"
            h.committee = next((r for r in rows if r and not HEADER_FIELD_RE.match(r)
                                and ":" not in r and clean_heading(r).lower() not in _DOC_WORDS
                                and not parse_date(r)), None)
        return h
    # Plain layout: committee lines, a date line, a place line, then participants.
    content = [r for r in rows if r]
    date_idx = next((i for i, r in enumerate(content) if parse_date(r)), None)
    if date_idx is None:
        return h
    h.date, h.start_time = parse_date(content[date_idx])  # type: ignore[misc]
    head = content[:date_idx]
    if h.start_time is None:  # "Dato: 04.12.2012", below it "… 2012, kl. 13:00"
        for i in range(date_idx, min(len(content), date_idx + 12)):
            found, time = parse_date(content[i]), TIME_RE.search(content[i])
            if found and found[0] == h.date and time:
                h.start_time, date_idx = time.group(1).replace(".", ":"), i
                break
    for row in head:
        word = clean_heading(row).lower()
        if word in _DOC_WORDS:
            h.doc_type = h.doc_type or ("dagsorden" if "dagsorden" in word else "referat")
    if not h.committee and head:
        kept = [r for r in head if clean_heading(r).lower() not in _DOC_WORDS and ":" not in r]
        h.committee = re.sub(r"\s+", " ", " ".join(kept or head)).strip()
    rest = content[date_idx + 1 :]
    if any(PARTICIPANT_RE.match(r) for r in rest):
        _name_status_lines(h, rest)
    else:
        _people_lists(h, rest)
    return h


_DOC_WORDS = frozenset(
    "referat|dagsorden|åbent referat|åben dagsorden|lukket referat|lukket dagsorden|"
    "beslutningsprotokol|ekstraordinært møde|tillægsdagsorden".split("|")
)
_PRESENT = ("tilstede", "til stede", "deltagere", "mødedeltagere", "fremmødte")
_ABSENT = ("afbud/fraværende", "afbud", "fraværende", "fravær", "forfald")
_LIST_END = ("sekretær", "referent", "indholdsfortegnelse", "indhold", "mødet slut",
             "bemærkninger", *_DOC_WORDS)


def _name_status_lines(h: Header, rest: list[str]) -> None:
    """`Name - Deltog` / `Name - Afbud` lines (a name may wrap onto the next line)."""
    buf: list[str] = []
    for i, row in enumerate(rest):
        heading = clean_heading(row).lower()
        if heading in ("deltagere", "afbud/fraværende", "afbud", "fraværende", "mødedeltagere"):
            buf = []
            continue
        m = PARTICIPANT_RE.match(" ".join([*buf, row]))
        if m:
            status = "deltog" if m.group(2).lower() == "deltog" else "afbud"
            h.participants.append(Participant(re.sub(r"\s+", " ", m.group(1)).strip(), status))
            buf = []
        elif i == 0 and not h.place:
            h.place = row
        else:
            buf.append(row)


def _people_lists(h: Header, rest: list[str]) -> None:
    """A place line ("i Mødecenter C …"), then a "Tilstede" list and an "Afbud" list,
    one name a line (`Lolan Ottesen (A) - formand`)."""
    status: str | None = None
    for i, row in enumerate(rest):
        heading = clean_heading(row).lower()
        if heading in _PRESENT:
            status = "deltog"
        elif heading in _ABSENT:
            status = "afbud"
        elif heading in _LIST_END or heading.startswith(_LIST_END):
            status = None
        elif status and len(row) <= 80 and not row.endswith("."):
            name, _, role = row.partition(" - ")
            h.participants.append(Participant(name.strip(), status, role.strip().lower()))
        elif i == 0 and not h.place:
            h.place = re.sub(r"^i\s+", "", row)
