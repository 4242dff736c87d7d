"""A member's statement sent on its own after the meeting: a "Protokollat" written in
the member's word processor, a "Mindretalsudtalelse" the secretariat mails the next day.

Such a file has no agenda: it names its kind, the meeting ("Plan- og Teknikudvalgets
møde tirsdag den 7. november 2023", "på Økonomiudvalgets ekstraordinære møde … kl.
15.30") and the one item it belongs to ("Punkt 5: Title (sagsnr. …)", 'punkt 70 "Title"
(sagsnr. …)'). It is read as minutes of that meeting with that one item, whose only
section is the statement (`PROTOCOL_SECTION` or `MINORITY_SECTION`), so ingest adds it
to the item of the meeting read from the other files (`sittings.combine`). The mail's
own date ("Sendt: 19. marts 2025") is not the meeting's.
"""

from __future__ import annotations

import re

from referat.domain import MINORITY_SECTION, PROTOCOL_SECTION, REFERAT, AgendaItem, Meeting, Section
from referat.occasions import EXTRAORDINARY

from .dates import clock_time, written_date

# The statement's kind, as its title or the mail's subject names it
_KIND_RE = re.compile(r"\b(?:(protokollat|protokoltilførsel|protokolbemærkning)|"
                      r"(mindretalsudtalelse|særudtalelse))\b", re.IGNORECASE)
# The meeting: a body's name in the genitive before "møde" ("Økonomiudvalgets ekstraordinære
# møde tirsdag den 18. marts 2025 kl. 15.30")
_MEETING_RE = re.compile(
    r"(?P<b>[A-ZÆØÅ][\w-]*(?:\s+(?:og|[A-ZÆØÅ][\w-]*))*?(?:udvalget|rådet|bestyrelsen|"
    r"nævnet|kommissionen))s\s+(?:(?P<x>ekstraordinære|ordinære)\s+)?møde\b(?P<rest>.*)")
# The item: "Punkt 5: Title (sagsnr. …)", 'punkt 70 "Title" (sagsnr. …)', "pkt. 7a"
_ITEM_RE = re.compile(
    r"\b(?:punkt|pkt\.)\s*(?P<n>\d{1,3})(?P<a>[a-z]?)\b:?\s*(?:[\"“”«»](?P<q>[^\"“”«»]+)[\"“”«»]|"
    r"(?P<t>[A-ZÆØÅ][^(\"“”«»]*?)(?=\s*\(|\s*$))?\s*"
    r"(?:\((?:sagsnr|sag nr|j\.\s?nr)\.?:?\s*(?P<c>[^)]+)\))?", re.IGNORECASE)
# A letter's dateline: "Vordingborg, den 7. november 2023" (the town it is written in)
_DATELINE_RE = re.compile(r"^(?P<t>[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?),\s+(?:den\s+)?\d")
_KOMMUNE_RE = re.compile(r"^(?P<t>[A-ZÆØÅ][\w-]+(?:[ -][A-ZÆØÅ][\w-]+)?)\s+Kommune$")
_GREETING_RE = re.compile(r"^(?:med\s+)?venlig(?:st)?\s+hilsen\b|^mvh\b", re.IGNORECASE)
STATEMENT_SECTIONS = (PROTOCOL_SECTION, MINORITY_SECTION)
_HEAD_LINES = 12  # the kind is named in the file's first lines


def statement_meeting(text: str) -> Meeting | None:
    """The meeting a statement file adds its statement to (one item), or None when the
    text is no such statement."""
    lines = [ln.strip() for ln in text.split("\n")]
    head = [ln for ln in lines if ln][:_HEAD_LINES]
    kind = next((m for ln in head if (m := _KIND_RE.search(ln))), None)
    meeting = next((m for ln in lines if (m := _MEETING_RE.search(ln))), None)
    at = next((k for k, ln in enumerate(lines) if _ITEM_RE.search(ln) and (
        not ln.lower().startswith(("emne:", "subject:")))), None)
    day = written_date(meeting["rest"]) if meeting else None
    if kind is None or meeting is None or day is None or at is None:
        return None
    item_m = _ITEM_RE.search(lines[at])
    assert item_m is not None
    said = _said(lines, at)
    if not said:
        return None
    name = PROTOCOL_SECTION if kind.group(1) else MINORITY_SECTION
    item = AgendaItem(int(item_m["n"]), (item_m["q"] or item_m["t"] or "").strip(),
                      journal_number=(item_m["c"] or "").strip() or None,
                      sections=[Section(name, said)], label=item_m["n"] + item_m["a"]
                      if item_m["a"] else "")
    town = next((m["t"] for ln in lines if (m := _KOMMUNE_RE.match(ln))), "") or next(
        (m["t"] for ln in head[:2] if (m := _DATELINE_RE.match(ln))), "")
    return Meeting(meeting["b"], day[0], [item], start_time=clock_time(meeting["rest"]),
                   doc_type=REFERAT, municipality=town,
                   occasion=EXTRAORDINARY if meeting["x"] == "ekstraordinære" else "")


def _said(lines: list[str], at: int) -> str:
    """The statement: below its own label ("Mindretalsudtalelse fra …:") when there is
    one, else below the item's line, up to the mail's greeting."""
    start = next((k + 1 for k in range(at + 1, len(lines))
                  if _KIND_RE.search(lines[k]) and lines[k].endswith(":")), at + 1)
    end = next((k for k in range(start, len(lines)) if _GREETING_RE.match(lines[k])),
               len(lines))
    paras = "\n".join(lines[start:end]).strip()
    paras = re.sub(r"\n{2,}", "\n\n", paras)
    return paras.strip("\"“”«» \n")


def is_statement(meeting: Meeting) -> bool:
    """A meeting read from a statement file: its items hold nothing but statements."""
    return bool(meeting.items) and all(
        item.sections and all(s.name in STATEMENT_SECTIONS for s in item.sections)
        for item in meeting.items)
