"""Parse Danish committee minutes (text extracted from PDF, or markdown) into a `Meeting`.

Two layouts are understood, both as exported by the common Danish minutes systems:

* plain text from PDF: ``Punkt 5 Studietur til Lund`` (titles may wrap onto the next
  line), section names on lines of their own, list numbers glued to the end of the
  line (``tages til efterretning.1.``) and blank lines where pages broke;
* markdown: ``# Punkt 1: …`` / ``## **Punkt 12: Lukket: LUKKET …**``, ``**Mødedato**``
  header fields and a table of contents that is not an agenda.

The parser keeps every section by name. `Sagens forløb` and `Beslutningshistorik` hold
an *earlier* meeting's decision and are kept apart from this meeting's `Beslutning`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from referat.domain import AgendaItem, Meeting, Participant, Section

from ..read import read_text
from .common import ParseError, municipality_in
from .finish import finish_meeting
from .text_header import clean_heading, parse_header, participants_from_list
from .text_layout import clean_markdown, fix_glued_markers, reflow

MD_ITEM_RE = re.compile(
    r"^\s*#{1,6}\s*\**\s*Punkt\s+(\d+)\s*[:.]?\s*(.*?)\s*\**\s*$", re.IGNORECASE
)
PLAIN_ITEM_RE = re.compile(r"^Punkt\s+(\d+)\s*[:.]?\s+(\S.*?)\s*$")
JOURNAL_RE = re.compile(r"^\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}$")

_SECTION_ALIASES = {
    "beskrivelse": "Beskrivelse",
    "tidligere behandling": "Tidligere behandling",
    "sammendrag": "Sammendrag",
    "baggrund": "Baggrund",
    "sagsfremstilling": "Sagsfremstilling",
    "yderligere deltagelse": "Yderligere deltagelse",
    "yderligere deltagelse på mødet": "Yderligere deltagelse",
    "økonomiske konsekvenser og finansiering": "Økonomiske konsekvenser og finansiering",
    "økonomiske konsekvenser": "Økonomiske konsekvenser og finansiering",
    "bilag": "Bilag",
    "beslutningen træffes af": "Beslutningen træffes af",
    "indstilling": "Indstilling",
    "beslutning": "Beslutning",
    "sagens forløb": "Sagens forløb",
    "beslutningshistorik": "Beslutningshistorik",
    "indhold": "Indhold",
}
_NOISE_LINES = {"slet denne tekst"}


def section_name(line: str) -> str | None:
    """`'### **Beslutning**'` → `'Beslutning'`; `None` if the line is no known heading."""
    return _SECTION_ALIASES.get(clean_heading(line).lower())


def normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufeff", "")
    return re.sub(r"[ \t]+\n", "\n", text)


# --- items --------------------------------------------------------------------------


@dataclass
class _ItemStart:
    line: int  # index of the "Punkt N" line
    body: int  # index of the first body line after the (possibly wrapped) title
    number: int
    title: str


def _find_items(lines: list[str], markdown: bool) -> list[_ItemStart]:
    starts: list[_ItemStart] = []
    for i, line in enumerate(lines):
        m = (MD_ITEM_RE if markdown else PLAIN_ITEM_RE).match(line.strip())
        if not m:
            continue
        number = int(m.group(1))
        # Minutes number their items 1, 2, 3 …; a "Punkt 8" inside running text is no item.
        if number != len(starts) + 1:
            continue
        title, body = m.group(2).strip(), i + 1
        if not markdown:
            while body < len(lines):
                nxt = lines[body].strip()
                if not nxt or section_name(nxt) or PLAIN_ITEM_RE.match(nxt):
                    break
                title = f"{title} {nxt}"
                body += 1
        starts.append(_ItemStart(i, body, number, re.sub(r"\s+", " ", title).strip()))
    return starts


def _parse_item(
    start: _ItemStart, body: list[str], markdown: bool
) -> tuple[AgendaItem, str | None]:
    title = clean_heading(start.title)
    closed = False
    m = re.match(r"^(?:lukket\s*[:\-]\s*)+(?:lukket\s+)?(.*)$", title, re.IGNORECASE)
    if m:
        closed, title = True, m.group(1).strip() or title
    item = AgendaItem(number=start.number, title=title, closed=closed)
    source_url = None
    current: str | None = "Beskrivelse"
    buf: list[str] = []
    sections: list[tuple[str, list[str]]] = []

    def flush() -> None:
        if current and current != "Indhold" and any(b.strip() for b in buf):
            sections.append((current, list(buf)))
        buf.clear()

    for raw in body:
        s = raw.strip()
        first_line = not item.journal_number and not sections and not any(b.strip() for b in buf)
        if first_line and JOURNAL_RE.match(s):
            item.journal_number = s
            continue
        if s.lower() in _NOISE_LINES:
            continue
        if s.lower().startswith("source url:"):
            source_url = s.split(":", 1)[1].strip()
            continue
        m = re.match(r"^\**Afbud\**\s*:?\s*(\S.*)$", s) if s.startswith("**") else None
        if m:
            item.absentees.extend(p.name for p in participants_from_list(m.group(1), "afbud"))
            continue
        is_heading = s.startswith("#") if markdown else bool(s)
        name = section_name(s) if is_heading and len(s) < 80 else None
        if name:
            flush()
            current = name
            continue
        buf.append(raw)
    flush()
    for name, lines in sections:
        text = clean_markdown(lines) if markdown else reflow(fix_glued_markers(lines))
        if text:
            item.sections.append(Section(name, text))
    return item, source_url


def parse_minutes(text: str, source: str = "") -> Meeting:
    """Parse the text of one set of minutes; raises `ParseError` (Danish) when it is not."""
    text = normalize(text)
    lines = text.split("\n")
    markdown = any(MD_ITEM_RE.match(ln) for ln in lines)
    starts = _find_items(lines, markdown)
    if not starts:
        raise ParseError("ingen dagsordenspunkter fundet (forventede linjer som 'Punkt 1 …')")
    header = parse_header(lines[: starts[0].line])
    if header.date is None:
        raise ParseError("ingen mødedato fundet i hovedet")
    items, source_url = [], None
    for k, start in enumerate(starts):
        end = starts[k + 1].line if k + 1 < len(starts) else len(lines)
        item, url = _parse_item(start, lines[start.body : end], markdown)
        items.append(item)
        source_url = source_url or url
    participants = list(header.participants or [])
    known = {p.name for p in participants}
    for item in items:  # "**Afbud** …" lines under items also mark meeting absentees
        for name in item.absentees:
            if name not in known:
                participants.append(Participant(name, "afbud"))
                known.add(name)
    doc_type = header.doc_type or (
        "referat" if any(i.decision for i in items) else "dagsorden"
    )
    return Meeting(
        committee=header.committee or "Ukendt udvalg",
        date=header.date,
        items=items,
        start_time=header.start_time,
        place=header.place,
        participants=participants,
        doc_type=doc_type,
        source=source,
        source_url=source_url,
    )


# --- the adapter ----------------------------------------------------------------------

NAME = "tekst"
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".html", ".htm")


def sniff(raw: bytes, path: Path) -> bool:
    """Any PDF, and text, markdown or HTML files: the fallback adapter."""
    return raw.startswith(b"%PDF") or path.suffix.lower() in TEXT_SUFFIXES


def _kind_of(raw: bytes, text: str) -> str:
    if raw.startswith(b"%PDF"):
        return "pdf-tekst"
    if raw.lstrip()[:1] == b"<":
        return "html-tekst"
    return "markdown" if any(MD_ITEM_RE.match(ln) for ln in text.split("\n")) else "tekst"


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """PDF, HTML, markdown or plain text: the text, then `parse_minutes`."""
    text = read_text(path)
    meeting = parse_minutes(text, source=str(path))
    meeting.source_format = _kind_of(raw, text)
    meeting.municipality = municipality or municipality_in(text) or ""
    return [finish_meeting(meeting, meeting.doc_type)]
