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
from datetime import date
from pathlib import Path

from referat.danish import danish_date
from referat.domain import AgendaItem, Meeting, Participant, Section, Treatment

from ..read import SUPPORTED_SUFFIXES, text_of
from .common import (
    CANONICAL_HEADINGS,
    ParseError,
    closed_title,
    dated_decision,
    is_body_decision,
    municipality_in,
    section_for,
)
from .finish import finish_meeting
from .item_text import BARE_CASE_RE, CASE_NUMBER_RE, GLUED_HEADING_RE
from .labels import heading_label
from .pdf_bullets import bullet_lines
from .text_furniture import strip_ui_furniture
from .text_header import clean_heading, parse_header, participants_from_list
from .text_layout import (
    CONTINUES,
    clean_markdown,
    fix_glued_markers,
    join_wrapped,
    reflow,
    strip_page_furniture,
)
from .text_numbered import NUMBERED_LINE_RE, find_numbered_items
from .text_split import meeting_spans

MD_ITEM_RE = re.compile(
    r"^\s*#{1,6}\s*\**\s*Punkt\s+(\d+)\s*[:.]?\s*(.*?)\s*\**\s*$", re.IGNORECASE
)
# "Punkt 3", "Pkt. 3", "Dagsordenspunkt 3", "Sag nr. 3", and "Ad 3." / "Ad pkt. 3" (a
# board's minutes answer each agenda point: "ad" = "as to"); in capitals too ("PUNKT 3",
# a template's upper-case headings), and bold as Pandoc writes a Word heading ("**Punkt 3**").
PLAIN_ITEM_RE = re.compile(
    r"^(?:\*\*|__)?(?:Ad\s+(?i:punkt|pkt\.?)?|Punkt|PUNKT|Pkt\.?|PKT\.?|Dagsordenspunkt|"
    r"DAGSORDENSPUNKT|Sag\s+nr\.?|SAG\s+NR\.?)\s*(\d+)\s*[:.,\-–]?(?:\*\*|__)?\s*[:.,\-–]?\s+"
    r"(\S.*?)\s*$"
)
DOC_NUMBER_RE = re.compile(r"^(?:dok\.?\s?nr|dokumentnr)\.?\s*:", re.IGNORECASE)
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
    heading = clean_heading(line)
    if heading[:1].islower():  # a wrapped line's last word ("… træffes lokalpolitisk\nbeslutning")
        return None
    key = heading.lower()
    if key in _SECTION_ALIASES:
        return _SECTION_ALIASES[key]
    if is_body_decision(heading):  # "Udvalgets beslutning", "Beslutning i Byrådet"
        return "Beslutning"
    name, known = section_for(key)
    return name if known and key in CANONICAL_HEADINGS else None


# Typographic ligatures a PDF's text keeps as one character ("Traﬁk", "Wulﬀ").
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})


def normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LIGATURES)
    text = text.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufeff", "")
    return re.sub(r"[ \t]+\n", "\n", text)


# --- items --------------------------------------------------------------------------


@dataclass
class _ItemStart:
    line: int  # index of the "Punkt N" line
    body: int  # index of the first body line after the (possibly wrapped) title
    number: int
    title: str


TOC_LINE_RE = re.compile(r"(?:\.{3,}|…{2,}|\t)\s*\d{1,3}\s*$")


def _title_end(lines: list[str], i: int, title: str, item_re: re.Pattern) -> tuple[str, int]:
    """A title wraps onto the following lines until a blank line or a heading."""
    body = i + 1
    while body < len(lines):
        nxt = lines[body].strip()
        if (not nxt or section_name(nxt) or item_re.match(nxt) or _item_marker(nxt)
                or _sentence_after(title, nxt)):
            break
        title = join_wrapped(title, nxt)
        body += 1
    return re.sub(r"\s+", " ", title).strip(), body


def _sentence_after(title: str, line: str) -> bool:
    """A capitalised line ending a sentence after a finished title is the item's text
    ("Eventuelt" / "Intet."), not the title's rest ("Lokalplan for" / "Vestervej")."""
    last = title.rsplit(" ", 1)[-1].lower()
    return (line[:1].isupper() and line.endswith((".", "!", "?")) and not title.endswith((",", "-"))
            and last not in CONTINUES and not _ABBREVIATION_RE.search(line))


_ABBREVIATION_RE = re.compile(r"\b(?:nr|pkt|mv|m\.v|bl\.a|ca|jf|vedr)\.$", re.IGNORECASE)


def _item_marker(line: str) -> bool:
    """A line that only an item body has: a case number or a dated decision heading."""
    return bool(JOURNAL_RE.match(line) or CASE_NUMBER_RE.match(line) or BARE_CASE_RE.match(line)
                or dated_decision(line))


def _find_items(lines: list[str], markdown: bool) -> list[_ItemStart]:
    starts: list[_ItemStart] = []
    item_re = MD_ITEM_RE if markdown else PLAIN_ITEM_RE
    for i, line in enumerate(lines):
        m = item_re.match(line.strip())
        if not m or TOC_LINE_RE.search(line):
            continue
        number = int(m.group(1))
        if number == 1 and starts and _only_titles(lines, starts, i):
            starts = []  # that was a table of contents without dot leaders
        # Minutes number their items 1, 2, 3 …; a "Punkt 8" inside running text is no item.
        # A repeated number with an item body after it is an item (a duplicate the
        # meeting's finish names), not text glued into the previous item's decision.
        repeated = bool(starts) and number == starts[-1].number and _body_follows(lines, i)
        if number != len(starts) + 1 and not repeated:
            continue
        title, body = m.group(2).strip(), i + 1
        if not markdown:
            title, body = _title_end(lines, i, title, item_re)
        starts.append(_ItemStart(i, body, number, title))
    if starts or markdown:
        return starts
    return _find_numbered_items(lines)


def _body_follows(lines: list[str], i: int, window: int = 4) -> bool:
    """True when a section heading or an item marker follows line `i` within a few lines."""
    nxt = [ln.strip() for ln in lines[i + 1 : i + 1 + window] if ln.strip()]
    return any(section_name(w) or _item_marker(w) for w in nxt)


def _only_titles(lines: list[str], starts: list[_ItemStart], upto: int) -> bool:
    """True when the items found so far have no text between them (a contents list)."""
    ends = [s.line for s in starts[1:]] + [upto]
    return all(not any(ln.strip() for ln in lines[s.body : end]) or end - s.body <= 2
               for s, end in zip(starts, ends, strict=True))


def _find_numbered_items(lines: list[str]) -> list[_ItemStart]:
    """"N. Title" items with running numbers (a council's 715, 716 …), "N Title" and a
    number alone above its title (a table printed to PDF): `text_numbered`."""
    found = find_numbered_items(lines, lambda s: bool(section_name(s)), _item_marker,
                                lambda s: bool(TOC_LINE_RE.search(s)))
    return [_ItemStart(f.line, f.body, f.number, f.title) for f in found]


def _parse_item(
    start: _ItemStart, body: list[str], markdown: bool, meeting_date: date
) -> tuple[AgendaItem, str | None]:
    closed, title = closed_title(clean_heading(start.title))
    item = AgendaItem(number=start.number, title=title, closed=closed)
    source_url = None
    current: str | None = "Beskrivelse"
    buf: list[str] = []
    sections: list[tuple[str, list[str], Treatment | None]] = []
    earlier: Treatment | None = None  # the earlier decision being read

    def flush() -> None:
        if current and current != "Indhold" and any(b.strip() for b in buf):
            sections.append((current, list(buf), earlier))
        buf.clear()

    for raw in body:
        s = raw.strip()
        first_line = not item.journal_number and not sections and not any(b.strip() for b in buf)
        if first_line and (JOURNAL_RE.match(s) or BARE_CASE_RE.match(s)):
            item.journal_number = s
            continue
        case = CASE_NUMBER_RE.match(s) if not item.journal_number else None
        if case:
            item.journal_number = case.group("n")
            continue
        if DOC_NUMBER_RE.match(s):
            continue
        dated = dated_decision(s) if len(s) < 160 else None
        if dated:  # "<Udvalg>s beslutning den 04.12.2012": this meeting's, or history
            flush()
            earlier = None
            current = "Beslutning"
            if dated[1] != meeting_date:
                earlier = Treatment(dated[0] or "", dated[1], "", dated[2])
                item.history.append(earlier)
                current = "Beslutningshistorik"
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
        glued = None if markdown else GLUED_HEADING_RE.match(s)
        if glued and section_name(glued.group(1)):  # "SammendragDet årlige …"
            flush()
            current, earlier = section_name(glued.group(1)), None
            buf.append(s[glued.end():])
            continue
        label = heading_label(s.replace("**", ""))  # "Beslutning: Godkendt." on one line
        if label and label[1] and (name := section_name(label[0])):
            flush()
            current, earlier = name, None
            buf.append(label[1])
            continue
        is_heading = s.startswith("#") if markdown else bool(s)
        name = section_name(s) if is_heading and len(s) < 80 else None
        if name:
            flush()
            current, earlier = name, None
            continue
        buf.append(raw)
    flush()
    for name, lines, treatment in sections:
        lines = bullet_lines(lines)
        text = clean_markdown(lines) if markdown else reflow(fix_glued_markers(lines))
        if treatment is not None:
            treatment.text = text
            when = danish_date(treatment.date)  # type: ignore[arg-type]
            text = f"{treatment.committee or 'Beslutning'} den {when}:\n{text}"
        if text:
            item.sections.append(Section(name, text))
    return item, source_url


def parse_minutes(text: str, source: str = "") -> Meeting:
    """Parse the text of one set of minutes; raises `ParseError` (Danish) when it is not."""
    text = normalize(text)
    lines = strip_page_furniture(text.split("\n"))
    markdown = any(MD_ITEM_RE.match(ln) for ln in lines)
    starts = _find_items(lines, markdown)
    if starts and not markdown:  # a web page printed to PDF: its buttons are no text
        ends = [s.line for s in starts[1:]] + [len(lines)]
        spans = [(s.line + 1, e) for s, e in zip(starts, ends, strict=True)]
        cleaned = strip_ui_furniture(lines, spans, lambda s: bool(section_name(s)))
        if cleaned is not lines:
            lines, starts = cleaned, _find_items(cleaned, markdown)
    if not starts:
        raise ParseError("ingen dagsordenspunkter fundet (forventede linjer som 'Punkt 1 …')")
    header = parse_header(lines[: starts[0].line])
    if header.date is None:
        raise ParseError("ingen mødedato fundet i hovedet")
    items, source_url = [], None
    for k, start in enumerate(starts):
        end = starts[k + 1].line if k + 1 < len(starts) else len(lines)
        item, url = _parse_item(start, lines[start.body : end], markdown, header.date)
        items.append(item)
        source_url = source_url or url
    if any(i.decision for i in items):
        for item in items:  # minutes publish a closed item's decision only, without heading
            if item.closed and [s.name for s in item.sections] == ["Beskrivelse"]:
                item.sections[0].name = "Beslutning"
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


def sniff(raw: bytes, path: Path) -> bool:
    """Any PDF, and text, markdown or HTML files: the fallback adapter."""
    return raw.startswith(b"%PDF") or path.suffix.lower() in SUPPORTED_SUFFIXES


def _kind_of(raw: bytes, text: str) -> str:
    if raw.startswith(b"%PDF"):
        return "pdf-tekst"
    if raw.lstrip()[:1] == b"<":
        return "html-tekst"
    return "markdown" if any(MD_ITEM_RE.match(ln) for ln in text.split("\n")) else "tekst"


def split_text(text: str) -> list[str]:
    """The text of each meeting in a file (`text_split`): most files hold one."""
    lines = normalize(text).split("\n")
    item_re = next((rx for rx in (MD_ITEM_RE, PLAIN_ITEM_RE)
                    if any(rx.match(ln.strip()) for ln in lines)), NUMBERED_LINE_RE)
    spans = meeting_spans(lines, item_re, lambda s: bool(section_name(s)),
                          titled=item_re is NUMBERED_LINE_RE)
    return ["\n".join(lines[a:b]) for a, b in spans]


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """PDF, HTML, markdown or plain text: the text, then `parse_minutes` per meeting."""
    text = text_of(raw, path)
    parts = split_text(text)
    try:
        meetings = [parse_minutes(part, source=str(path)) for part in parts]
    except ParseError:
        if len(parts) == 1:
            raise
        meetings = [parse_minutes(text, source=str(path))]  # not two meetings after all
    kind = _kind_of(raw, text)
    town = municipality or municipality_in(text) or ""
    for meeting in meetings:
        meeting.source_format, meeting.municipality = kind, town
    return [finish_meeting(m) for m in meetings]  # decisions, not the title, make a referat
