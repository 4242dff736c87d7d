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

from referat.danish import parse_date
from referat.domain import AgendaItem, Meeting, Participant, Section

MD_ITEM_RE = re.compile(
    r"^\s*#{1,6}\s*\**\s*Punkt\s+(\d+)\s*[:.]?\s*(.*?)\s*\**\s*$", re.IGNORECASE
)
PLAIN_ITEM_RE = re.compile(r"^Punkt\s+(\d+)\s*[:.]?\s+(\S.*?)\s*$")
JOURNAL_RE = re.compile(r"^\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}$")
PARTICIPANT_RE = re.compile(r"^(.*?)\s+-\s*(Deltog|Afbud|Fraværende)\s*$", re.IGNORECASE)
LIST_LINE_RE = re.compile(r"^(?:\d{1,2}\.\s+(?=[A-ZÆØÅ0-9\"“])|[-•*]\s|\d\)\s)")
# A line that ends in one of these words was wrapped, however short it is.
_CONTINUES = frozenset(
    "og i på til af for med om at en et den det de som der samt eller fra ved under".split()
)
HEADER_FIELD_RE = re.compile(
    r"^\**(Mødedato|Mødested|Mødedeltagere|Deltagere|Afbud|Fraværende)\**\s*:?\s*(.*)$",
    re.IGNORECASE,
)

# Lower-cased heading → canonical section name. "Indhold" is a container heading.
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


class ParseError(ValueError):
    """The text is not minutes we can read; the message is Danish and user-facing."""


def _clean_heading(text: str) -> str:
    text = re.sub(r"[#*_]", "", text).strip()
    return re.sub(r"\s+", " ", text.rstrip(":").strip())


def section_name(line: str) -> str | None:
    """`'### **Beslutning**'` → `'Beslutning'`; `None` if the line is no known heading."""
    return _SECTION_ALIASES.get(_clean_heading(line).lower())


def normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufeff", "")
    return re.sub(r"[ \t]+\n", "\n", text)


# --- header -------------------------------------------------------------------------


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


def _participants_from_list(text: str, default_status: str = "deltog") -> list[Participant]:
    people = []
    for part in _split_top_level(text):
        status = default_status
        if re.search(r"\((afbud|fraværende)\)", part, re.IGNORECASE):
            status = "afbud"
            part = re.sub(r"\s*\((afbud|fraværende)\)", "", part, flags=re.IGNORECASE).strip()
        people.append(Participant(part, status))
    return people


@dataclass
class _Header:
    committee: str | None = None
    date: date | None = None
    start_time: str | None = None
    place: str | None = None
    doc_type: str | None = None
    participants: list[Participant] | None = None


def _parse_header(lines: list[str]) -> _Header:
    h = _Header(participants=[])
    rows = [ln.strip() for ln in lines]
    # Markdown title: "# REFERAT Erhvervs-, … d. 06-02-2024"
    for row in rows:
        m = re.match(r"^#\s*\**\s*(REFERAT|DAGSORDEN)\b\s*(.*)$", row, re.IGNORECASE)
        if m:
            h.doc_type = m.group(1).lower()
            rest = re.split(r"\s+(?:d\.|den)\s*\d", m.group(2))[0]
            h.committee = _clean_heading(rest) or None
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
            h.participants.extend(_participants_from_list(value))
        elif key in ("afbud", "fraværende") and value:
            h.participants.extend(_participants_from_list(value, "afbud"))
    if fields_seen and h.date:
        return h
    # Plain layout: committee lines, a date line, a place line, then participants.
    content = [r for r in rows if r]
    date_idx = next((i for i, r in enumerate(content) if parse_date(r)), None)
    if date_idx is None:
        return h
    h.date, h.start_time = parse_date(content[date_idx])  # type: ignore[misc]
    if not h.committee and date_idx > 0:
        h.committee = re.sub(r"\s+", " ", " ".join(content[:date_idx])).strip()
    rest = content[date_idx + 1 :]
    buf: list[str] = []
    for i, row in enumerate(rest):
        heading = _clean_heading(row).lower()
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
    return h


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


def _fix_glued_markers(lines: list[str]) -> list[str]:
    """PDF extraction moves a list's number to the end of the item's first line.

    ``Godkender forslag til studietur.1.`` → ``1. Godkender forslag til studietur.``
    Only numbers that continue the list (1, or previous + 1) count, so a sentence ending
    in "2023." stays as it is; ``nytårskur 20231.`` is read as the year 2023 and item 1.
    """
    out, expected = [], 1
    for line in lines:
        stripped = line.strip()
        fixed = _glued_marker(stripped, expected)
        if fixed:
            n, body = fixed
            out.append(f"{n}. {body}")
            expected = n + 1
        else:
            out.append(line.rstrip())
    return out


def _glued_marker(line: str, expected: int) -> tuple[int, str] | None:
    if not line.endswith("."):
        return None
    for width in (1, 2):
        digits, body = line[-1 - width : -1], line[: -1 - width]
        if not digits.isdigit() or not body.strip():
            continue
        n = int(digits)
        if n not in (expected, 1):
            continue
        prev = body[-1]
        if prev.isspace():
            # "godkendes. 1." — a marker after a finished sentence, set off by a space
            if body.rstrip().endswith((".", "!", "?")):
                return n, body.strip()
            continue
        year_glued = prev.isdigit() and re.search(r"(?:^|\s)(?:19|20)\d\d$", body)
        if not prev.isdigit() or year_glued:
            return n, body.strip()
    return None


_END_PUNCT = tuple(".!?:;)\"”»")


def _reflow(lines: list[str]) -> str:
    """Join lines that PDF extraction wrapped; keep list items and short lines apart;
    join paragraphs that a page break split mid-sentence."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        s = line.strip()
        if not s:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        paragraphs[-1].append(s)
    joined: list[str] = []
    for para in paragraphs:
        if not para:
            continue
        out: list[str] = []
        for s in para:
            if not out:
                out.append(s)
                continue
            prev = out[-1]
            starts_list = bool(LIST_LINE_RE.match(s))
            last_word = prev.rsplit(" ", 1)[-1].lower()
            wrapped = (
                len(prev) >= 60
                or prev.endswith((",", "-"))
                or s[:1].islower()
                or last_word in _CONTINUES
            )
            if wrapped and not starts_list:
                sep = "" if prev.endswith("-") and s[:1].islower() else " "
                out[-1] = prev + sep + s
            else:
                out.append(s)
        text = "\n".join(out)
        if joined and not joined[-1].endswith(_END_PUNCT) and text[:1].islower():
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return "\n\n".join(joined).strip()


def _clean_markdown(lines: list[str]) -> str:
    out = []
    for line in lines:
        s = line.rstrip()
        s = re.sub(r"^\s*#{1,6}\s*", "", s)  # unknown sub-headings stay as text lines
        s = s.replace("**", "").replace("\\*", "*").replace("\\", "")
        out.append(s)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _parse_item(
    start: _ItemStart, body: list[str], markdown: bool
) -> tuple[AgendaItem, str | None]:
    title = _clean_heading(start.title)
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
            item.absentees.extend(p.name for p in _participants_from_list(m.group(1), "afbud"))
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
        text = _clean_markdown(lines) if markdown else _reflow(_fix_glued_markers(lines))
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
    header = _parse_header(lines[: starts[0].line])
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
