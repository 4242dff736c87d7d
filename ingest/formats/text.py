"""Parse Danish committee minutes (text extracted from PDF, or markdown) into a `Meeting`.

Two layouts are understood, both as exported by the common Danish minutes systems:

* plain text from PDF: ``Punkt 5 Studietur til Lund`` (titles may wrap onto the next
  line), section names on lines of their own, list numbers glued to the end of the
  line (``tages til efterretning.1.``) and blank lines where pages broke;
* markdown: ``# Punkt 1: …`` / ``## **Punkt 12: Lukket: LUKKET …**``, ``**Mødedato**``
  header fields and a table of contents that is not an agenda.

Where the items start is `text_items` (and `text_numbered`); the header is `text_header`;
section headings, side headings and combined sections are `text_sections`; what stands
between and after the items and belongs to none is `text_dividers`.

The parser keeps every section by name. `Sagens forløb` and `Beslutningshistorik` hold
an *earlier* meeting's decision and are kept apart from this meeting's `Beslutning`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from referat.danish import danish_date
from referat.domain import UNKNOWN_COMMITTEE, AgendaItem, Meeting, Section, Treatment

from ..read import SUPPORTED_SUFFIXES, text_of
from .absence_table import item_absentees, mark_absences
from .common import (
    MINUTE_NOTE_RE,
    OPEN_MARK_RE,
    ParseError,
    address_municipality,
    closed_title,
    municipality_in,
)
from .dated import (
    dated_decision,
    dated_with_text,
    decision_body,
    joint_member,
    other_body,
    recommending_body,
)
from .dates import started_at
from .finish import finish_meeting
from .item_text import BARE_CASE_RE, CASE_NUMBER_RE, GLUED_HEADING_RE
from .labels import heading_label
from .pdf_bullets import bullet_lines
from .text_dividers import contents_closed, minutes_end, trim_dividers
from .text_furniture import strip_ui_furniture
from .text_header import clean_heading, parse_header, participants_from_list
from .text_header_lists import closing_people, document_kind
from .text_items import (
    JOURNAL_RE,
    MD_ITEM_RE,
    PLAIN_ITEM_RE,
    ItemStart,
    closed_part,
    find_items,
    lead_lines,
    unnumbered_last,
)
from .text_layout import clean_markdown, fix_glued_markers, reflow
from .text_lines import normalize, prepared_lines, without_front_matter
from .text_numbered import NUMBERED_LINE_RE
from .text_sections import (
    bare_decision,
    case_text_heading,
    parts_with_sections,
    section_name,
    side_heading,
    split_sections,
    tight_heading,
    tight_layout,
)
from .text_split import meeting_spans
from .title_case import title_case

DOC_NUMBER_RE = re.compile(r"^(?:dok\.?\s?nr|dokumentnr)\.?\s*:", re.IGNORECASE)
_NOISE_LINES = {"slet denne tekst"}
# A case number's label alone on its line, the number below it
_CASE_LABEL_RE = re.compile(
    r"^(?:journalnummer|journalnr\.?|j\.\s?nr\.?|sagsnummer|sagsnr\.?)\s*:?$", re.IGNORECASE)
# A field left to fill in on the printed page: "Formandens initialer: ______"
_FORM_FIELD_RE = re.compile(r"^[\w .,]{2,40}:\s*_{3,}\s*$")
# A line under the title saying whether the item is public: "Åben sag", "Åbent", "Lukket sag"
_LABEL_LINE_RE = re.compile(r"^[\w .]{2,30}:\s*\S{0,40}$")  # "Sagsid.: 24/1012", "Initialer: ABC"
_BOLD_LINE_RE = re.compile(r"(\*\*|__)[^*_]{2,60}\1:?")  # "**Beslutning**" alone on its line
# --- items --------------------------------------------------------------------------


_FREE_FORM = {"Beskrivelse", "Beslutningshistorik"}  # an item's text, and an earlier body's
_PROTOCOL_HEAD_RE = re.compile(r"^(?:pkt\.?|punkt|nr\.?)\s+(?:sag|emne|titel|overskrift)\s+"
                               r"(?:beslutning\w*|afgørelse)$", re.IGNORECASE)
# "Protokoltilførsel" over a member's words: part of the decision, its own paragraph
_ENTERED_RE = re.compile(r"^\W*(?:protokoltilførsel\w*|tilførsel til protokollen)\W*$",
                         re.IGNORECASE)


def _parse_item(
    start: ItemStart, body: list[str], markdown: bool, meeting_date: date, tight: bool = False,
    committee: str = "",
) -> tuple[AgendaItem, str | None]:
    closed, title = closed_title(clean_heading(start.title))
    title, case_number = title_case(title)  # "… (sagsnr. 23/19877)", "23/38817 Title"
    item = AgendaItem(number=start.number, title=title, closed=closed,
                      journal_number=case_number)
    source_url = None
    current: str | None = "Beskrivelse"
    buf: list[str] = []
    sections: list[tuple[str, list[str], Treatment | None]] = []
    earlier: Treatment | None = None  # the earlier decision being read

    sub_label = [""]  # the sub-item being read, if any
    case_label = [False]  # a case number's label on a line of its own was just read

    def flush() -> None:
        if current and current != "Indhold" and any(b.strip() for b in buf):
            lines = [b for b in (sub_label[0], body_label[0]) if b] + buf
            sections.append((current, lines, earlier))
        buf.clear()
        body_label[0] = ""

    body_label = [""]  # the body whose decision or proposal the heading names

    # "3a. Title", "Pkt. 3a Title" (a supplementary item), "3.1 Title" (a part of one)
    n = start.number
    sub_rx = re.compile(rf"^(?:#{{1,6}}\s*)?(?:{n}\s?(?P<a>[a-z])[.)]|(?:Pkt\.?|Punkt|Sag)\s*{n}"
                        rf"(?P<b>[a-z])[.:]?|{n}\.(?P<c>\d{{1,2}})\.?(?=\s+[A-ZÆØÅ]))\s+(?P<t>\S.*)$")
    parts = parts_with_sections(body, sub_rx)
    for raw in body:
        s = raw.strip()
        if (sub := sub_rx.match(s)) and (not markdown or s.startswith("#")) and (
                sub["c"] is None or parts):
            # a sub-item ("3a. Ansøgning fra …"): its sections join the item's, each
            # paragraph opened by the sub-item's label
            flush()
            current, earlier = "Beskrivelse", None
            part = f"{n}{sub['a'] or sub['b']}." if sub["c"] is None else f"{n}.{sub['c']}"
            sub_label[0] = f"{part} {sub['t'].strip()}:"
            continue
        first_line = not item.journal_number and not sections and not any(b.strip() for b in buf)
        if (first_line or case_label[0]) and (
                JOURNAL_RE.match(s) or BARE_CASE_RE.match(s) or re.fullmatch(r"\d{5,}", s)):
            item.journal_number, case_label[0] = s, False
            continue
        if not item.journal_number and _CASE_LABEL_RE.match(s):
            case_label[0] = True  # "JOURNALNUMMER" / "23056781": the number on the next line
            continue
        case_label[0] = case_label[0] and not s
        case = CASE_NUMBER_RE.match(s.replace("**", "")) if not item.journal_number else None
        if case:
            item.journal_number = case.group("n")
            if mark := OPEN_MARK_RE.match(s[case.end():].strip()):  # "Sagsnr.: 24/1 Lukket"
                item.closed = item.closed or mark.group(1).lower() == "lukket"
            continue
        if DOC_NUMBER_RE.match(s):
            continue
        head = not sections and all(_LABEL_LINE_RE.match(b.strip()) for b in buf if b.strip())
        if head and (mark := OPEN_MARK_RE.match(s)):  # "Åben sag", "Lukket punkt"
            item.closed = item.closed or mark.group(1).lower().startswith("lukket")
            continue
        dated = dated_decision(s) if len(s) < 160 else None
        rest = ""
        if not dated and (inline := dated_with_text(s)):
            dated, rest = inline  # "Økonomiudvalget den 10.04.2024, pkt. 52: Anbefales."
        if dated:  # "<Udvalg>s beslutning den 04.12.2012": this meeting's, or history
            flush()
            buf.extend([rest] if rest else [])
            earlier = None
            current = "Beslutning"
            # (another committee's decision of the same day is the case's history)
            if dated[1] != meeting_date or other_body(dated[0], (committee,)):
                earlier = Treatment(dated[0] or "", dated[1], "", dated[2])
                item.history.append(earlier)
                current = "Beslutningshistorik"
                if rest.rstrip().endswith((".", "!")):  # a whole entry on its line, as a
                    flush()  # protocol's cell opens with it: the text after is this one's
                    current, earlier = "Beskrivelse", None
            elif body := joint_member(dated[0], committee):
                body_label[0] = f"{body}:"  # a joint meeting: each committee's decision
            continue
        if s.lower() in _NOISE_LINES or _FORM_FIELD_RE.match(s):
            continue
        if s.lower().startswith("source url:"):
            source_url = s.split(":", 1)[1].strip()
            continue
        m = re.match(r"^\**Afbud\**\s*:?\s*(\S.*)$", s) if s.startswith("**") else None
        if m:
            item.absentees.extend(p.name for p in participants_from_list(m.group(1), "afbud")
                                  if p.status == "afbud")  # (not a substitute who came)
            continue
        glued = None if markdown else GLUED_HEADING_RE.match(s)
        if glued and section_name(glued.group(1)):  # "SammendragDet årlige …"
            flush()
            current, earlier = section_name(glued.group(1)), None
            buf.append(s[glued.end():])
            continue
        # "Beslutning: Godkendt." on one line; or side by side, many spaces apart
        label = heading_label(s.replace("**", "")) or (None if markdown else side_heading(raw)
                                                        or (tight_heading(s) if tight else None))
        if label and label[1] and (name := section_name(label[0])):
            flush()
            current, earlier = name, None
            buf.append(label[1])
            continue
        if MINUTE_NOTE_RE.match(s):  # a council's note under each item: what it did
            flush()
            current, earlier = "Beslutning", None
            continue
        if _ENTERED_RE.match(s):  # a member's statement entered into the decision
            buf.extend(["", "Protokoltilførsel:"])
            continue
        # markdown: a "#" heading, or a label alone in bold ("**Beslutning**")
        # (or a label alone with its colon: "**Sagsfremstilling:**", the text below)
        is_heading = (s.startswith("#") or bool(_BOLD_LINE_RE.fullmatch(s)) or s.endswith(":")
                      ) if markdown else bool(s)
        name = section_name(s) if is_heading and len(s) < 80 else None
        if not name and is_heading and not markdown and current not in _CASE_PARTS and (
                current != "Bilag") and (known := case_text_heading(s)):  # (an attachment's
            # name in a list of them: "Tidsplan")
            flush()  # "PROBLEMSTILLING" after the decision: the case text again
            current, earlier = "Sagsfremstilling", None
            buf.append(f"{known[:1]}{known[1:].lower() if known.isupper() else known[1:]}:")
            continue
        if name:
            flush()
            current, earlier = name, None
            if name == "Beslutning" and (body := recommending_body(s, committee)):
                current = "Indstilling"  # the committee's proposal to this body
                body_label[0] = f"{body}:"
            elif name == "Beslutning" and (body := decision_body(s, committee)):
                body_label[0] = f"{body}:"  # a joint meeting: each committee's decision
            continue
        buf.append(raw)
    flush()
    if sub_label[0]:  # sub-items: one section of each name, their paragraphs in order
        merged: dict[str, list[str]] = {}
        for name, lines, _ in sections:
            merged.setdefault(name, []).extend([*lines, ""])
        sections = [(name, lines, None) for name, lines in merged.items()]
    for name, lines, treatment in split_sections(sections):
        lines = bullet_lines(lines)
        text = clean_markdown(lines) if markdown else reflow(fix_glued_markers(lines))
        if treatment is not None:
            treatment.text = text
            when = danish_date(treatment.date)  # type: ignore[arg-type]
            text = f"{treatment.committee or 'Beslutning'} den {when}:\n{text}"
        if text:
            item.sections.append(Section(name, text))
    bare_decision(item)
    return item, source_url


# Sections a known heading without a section of its own ("Målgruppe") goes on inside
_CASE_PARTS = frozenset(("Sagsfremstilling", "Beskrivelse", "Baggrund", "Sammendrag"))
# "Mødet er aflyst", "AFLYST", "Mødet blev aflyst på grund af …": a notice, not minutes
_CANCELLED_RE = re.compile(r"\b(?:møde[t]?\s+(?:er|blev)\s+aflyst|aflyst)\b", re.IGNORECASE)


def parse_minutes(text: str, source: str = "") -> Meeting:
    """Parse the text of one set of minutes; raises `ParseError` (Danish) when it is not."""
    lines = prepared_lines(text)
    # a protocol's table printed once above its rows ("Pkt. Sag Beslutning"): no person
    # of the list above it, and each item's text is then its decision
    protocol = any(_PROTOCOL_HEAD_RE.match(ln.strip()) for ln in lines)
    lines = [ln for ln in lines if not _PROTOCOL_HEAD_RE.match(ln.strip())]
    markdown = any(MD_ITEM_RE.match(ln) for ln in lines)
    starts = find_items(lines, markdown)
    if starts and not markdown:  # a web page printed to PDF: its buttons are no text
        ends = [s.line for s in starts[1:]] + [len(lines)]
        spans = [(s.line + 1, e) for s, e in zip(starts, ends, strict=True)]
        cleaned = strip_ui_furniture(lines, spans, lambda s: bool(section_name(s)))
        if cleaned is not lines:
            lines, starts = cleaned, find_items(cleaned, markdown)
    if not starts:
        if _CANCELLED_RE.search("\n".join(lines[:80])):
            raise ParseError("mødet er aflyst: filen har ingen dagsordenspunkter")
        raise ParseError("ingen dagsordenspunkter fundet (forventede linjer som 'Punkt 1 …')")
    renumbered = closed_part(lines, starts, markdown)
    starts = starts + [start for start, _ in renumbered]
    if not renumbered:
        starts += unnumbered_last(lines, starts)
    leads = lead_lines(lines, starts)
    header = parse_header(lines[: starts[0].line - len(leads[0])])
    header.doc_type = header.doc_type or document_kind(lines[: starts[0].line])
    if header.date is None:
        raise ParseError("ingen mødedato fundet i hovedet")
    items, source_url = [], None
    ends = [s.line for s in starts[1:]] + [len(lines)]
    if not markdown:  # group headings between the items; the signature page after them
        ends[-1] = minutes_end(lines, starts[-1].body, ends[-1])
        header.participants = header.participants or closing_people(lines, ends[-1])
        ends, closed = trim_dividers(lines, [s.body - 1 for s in starts], ends,
                                     lambda s: bool(section_name(s)))
    tight = not markdown and tight_layout(lines[starts[0].line:])  # a table printed to PDF
    listed_closed = {} if markdown else contents_closed(lines, starts[0].line - len(leads[0]))
    for k, lead in enumerate(leads[1:]):  # ("Sagsnr.: 24/2087" above the next heading)
        ends[k] = min(ends[k], starts[k + 1].line - len(lead))
    for k, (start, end) in enumerate(zip(starts, ends, strict=True)):
        item, url = _parse_item(start, leads[k] + lines[start.body : end], markdown,
                                header.date, tight, header.committee or "")
        item.closed = item.closed or (not markdown and closed[k] is True) or (
            listed_closed.get(start.number) is True)
        if k >= len(starts) - len(renumbered):  # "Lukket punkt 1" after the open items
            item.closed = True
            item.title = f"{item.title} (lukket punkt {renumbered[k - len(starts)][1]})"
        items.append(item)
        source_url = source_url or url
    start_time = header.start_time or started_at(lines[: ends[0]])
    if any(i.decision for i in items):
        for item in items:  # minutes publish a closed item's decision only, without heading
            if item.closed and [s.name for s in item.sections] == ["Beskrivelse"]:
                item.sections[0].name = "Beslutning"
    if (header.doc_type == "referat" or protocol) and all(
            {s.name for s in i.sections} <= _FREE_FORM for i in items) and sum(
            bool(i.sections) for i in items) >= 2:
        for item in items:  # a small board's free-form minutes: each item's text is its
            for section in item.sections:  # record (an earlier body's line aside)
                section.name = "Beslutning" if section.name == "Beskrivelse" else section.name
    participants = list(header.participants or [])
    item_absentees(participants, items)
    # an absence table after the items ("Fraværende under punkt | Navn | Bemærkning")
    mark_absences(participants, lines[ends[-1]:], [i.number for i in items])
    doc_type = header.doc_type or (
        "referat" if any(i.decision for i in items) else "dagsorden"
    )
    return Meeting(
        committee=header.committee or UNKNOWN_COMMITTEE,
        date=header.date,
        items=items,
        start_time=start_time,
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
    # keyword lines make the items when one of them is an item 1 ("Sag 3 udgår." in a
    # decision is no reason to look for "Sag 1")
    item_re = next((rx for rx in (MD_ITEM_RE, PLAIN_ITEM_RE) if any(
        (m := rx.match(ln.strip())) and m.group(1) == "1" for ln in lines)), NUMBERED_LINE_RE)
    spans = meeting_spans(lines, item_re, lambda s: bool(section_name(s)),
                          titled=item_re is NUMBERED_LINE_RE)
    return ["\n".join(lines[a:b]) for a, b in spans]


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """PDF, HTML, markdown or plain text: the text, then `parse_minutes` per meeting."""
    text = without_front_matter(text_of(raw, path))
    return meetings_from_text(text, path, _kind_of(raw, text), municipality)


def meetings_from_text(text: str, path: Path, kind: str,
                       municipality: str | None = None) -> list[Meeting]:
    """The meetings of a file's text (`kind` names the file's format for the user), as
    every adapter that reads a document as text (PDF, HTML, Word) finishes them."""
    parts = split_text(text)
    try:
        meetings = [parse_minutes(part, source=str(path)) for part in parts]
    except ParseError:
        if len(parts) == 1:
            raise
        meetings = [parse_minutes(text, source=str(path))]  # not two meetings after all
    for later in meetings[1:]:  # a page's second meeting under the page's one <h1>
        if later.committee == UNKNOWN_COMMITTEE:
            later.committee = meetings[0].committee
    town = municipality or municipality_in(normalize(text)) or ""  # ("FAXE" / "KOMMUNE")
    guessed = "" if town else (address_municipality(text) or "")
    for meeting in meetings:
        meeting.source_format, meeting.municipality = kind, town or guessed
        meeting.municipality_guessed = bool(guessed)
    return [finish_meeting(m) for m in meetings]  # decisions, not the title, make a referat
