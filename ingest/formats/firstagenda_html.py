"""FirstAgenda publication page (HTML): the web page a municipality publishes per meeting.

Header: a table of label/value rows (Udvalg, Mødedato, Mødested, Mødedeltagere). Items:
one table row each, number, title (`h2.overskrift`) and case number (`span.sagsnummer`)
in separate cells; the item text has `<h3>` sections, "Beslutninger" first, then Resume,
Beslutningspunkter, Sagsforløb (earlier treatments as "Udvalg: …", "Dato: …",
"Punktnummer: …" lines) and Bilag (a list of links). A closed item's body may be only
its mark ("Lukket punkt"): the closed flag, no text.
"""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from referat.danish import parse_date
from referat.domain import AgendaItem, Meeting, Participant, Section
from referat.occasions import first_occasion

from ..read import decode
from .closed_marks import OPEN_MARK_RE, closed_title, closes
from .common import (
    CASE_TEXT,
    HISTORY,
    ParseError,
    Sections,
    clean_line,
    committee_name,
    html_blocks,
    item_number,
    municipality_in,
)
from .dates import clock, written_date
from .english import LABELS
from .finish import finish_meeting
from .history_text import history_entries
from .item_text import CASE_NUMBER_RE
from .labels import heading_label
from .logo_names import logo_hints
from .text_people import participants_from_list

NAME = "firstagenda-html"
# Where a sentence ends, the next begins
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
_CLOCK_RE = re.compile(r"(?<![\d.])(\d{1,2})[.:](\d\d)(?![\d.])")


def sniff(raw: bytes, path: Path) -> bool:
    head = raw[:200_000]
    return b"<" in head[:512] and (b"punktrow" in head or b"dagsordenDetaljer" in head) and (
        b"sagsfremstillingContainer" in raw or b"dagsordeninfo" in head)


def _header(soup: BeautifulSoup) -> dict[str, Tag]:
    """Label (lower-case, no colon; an English interface's label as its Danish one:
    "Meeting date" → "mødedato") → its value cell."""
    out = {}
    for row in soup.select("table.dagsordeninfo tr"):
        cells = row.find_all("td")
        if len(cells) >= 2:
            label = clean_line(cells[0].get_text()).rstrip(":").lower()
            out[LABELS.get(label, label).lower()] = cells[1]
    return out


# "Nanna Høgsgaard (DF) - Afbud", "Ole Vind afbud", an English interface's "Bo Holm
# (Absent)": that member is absent
_ABSENT_MARK_RE = re.compile(
    r"\s*(?:[-–,]\s*|\s)(?:afbud|fraværende|fravær|\(absent\))\s*(?=[,;]|$)", re.IGNORECASE)


def _participants(cell: Tag | None) -> list[Participant]:
    """The members, one a line or a comma-separated list a line: "Hanne Grangaard (A),
    formand" is one member with her role, "Finn Krog (afbud)" and "… - Afbud" are absent."""
    if cell is None:
        return []
    people = []
    for _, line in html_blocks(cell):  # (the mark as the list reader knows it)
        people.extend(participants_from_list(_ABSENT_MARK_RE.sub(" (afbud)", line)))
    return people


def _closed_mark(row: Tag) -> bool:
    """A label beside the item's heading that says the item is closed (`<span class="label
    lukket-punkt">Lukket punkt</span>`), or a row whose class says so; not the item's text."""
    body = row.select_one(".punkt")
    marked = [t for t in [row, *row.find_all(class_=re.compile("lukket", re.IGNORECASE))]
              if body is None or (t is not body and body not in t.parents)]
    if any("lukket" in " ".join(t.get("class") or []).lower() for t in marked):
        return True
    labels = (OPEN_MARK_RE.match(clean_line(t.get_text())) for t in row.select(".label"))
    return any(closes(m) for m in labels)


def _case_number(row: Tag) -> str | None:
    """The case number without its label: "Sagsnr. 00.22.04-A00-2-24" → "00.22.04-A00-2-24"."""
    case = row.select_one(".sagsnummer")
    text = clean_line(case.get_text()) if case else ""
    m = CASE_NUMBER_RE.match(text)
    return (m.group("n") if m else text) or None


def _bold_headings(body: Tag) -> None:
    """A paragraph that is only a bold section label ("<p><strong>Beslutning</strong></p>")
    is that section's heading, as an `<h3>` would be: it ends the "Sagsforløb" above it."""
    for p in body.find_all("p"):
        kids = [c for c in p.contents if getattr(c, "name", None) or str(c).strip()]
        if len(kids) == 1 and getattr(kids[0], "name", None) in ("strong", "b") and (
                (label := heading_label(p.get_text())) and not label[1]):
            p.name = "h3"
            p.string = label[0]


def _item(row: Tag, unknown: list[str]) -> AgendaItem:
    label = row.find("td")
    number_text = clean_line(label.get_text()) if label else ""
    number = item_number(number_text)
    if number is None:
        raise ParseError(f"punktrække uden punktnummer: {number_text!r}")
    title_tag = row.select_one(".overskrift") or row.find(["h2", "h3"])
    closed, title = closed_title(clean_line(title_tag.get_text()) if title_tag else "")
    item = AgendaItem(number, title, _case_number(row), closed=closed or _closed_mark(row))
    body = row.select_one(".punkt")
    if body:
        _bold_headings(body)
    sections = Sections(CASE_TEXT)
    history: list[str] = []
    in_history = False
    for tag, text in html_blocks(body) if body else []:
        if not tag.startswith("h") and (mark := OPEN_MARK_RE.match(text)) and not any(
                ln for _, ln in sections.parts):  # ("<p class="lukket-tekst">Lukket punkt")
            item.closed = item.closed or closes(mark)
            continue  # the item's mark in place of its text, no text of it
        if tag.startswith("h"):
            in_history = text.lower() in ("sagsforløb", "sagens forløb")
            sections.heading(text)
        elif in_history:
            history.append(text)
        elif tag == "p" and (label := heading_label(text)):  # a bold paragraph as the heading
            sections.heading(label[0])
            sections.add(label[1])
        else:
            sections.add(text)
    item.sections = sections.sections()
    if history:
        item.sections.append(Section(HISTORY, "\n".join(history)))
        item.history = history_entries(history)
    attachments = [clean_line(a.get_text()) for a in row.select("a.bilag-link")]
    if attachments:
        item.sections.append(Section("Bilag", "\n".join(attachments)))
    unknown.extend(sections.unknown)
    return item


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    html = decode(raw, path)  # UTF-8, or the cp1252 of a page saved by an older browser
    soup = BeautifulSoup(html, "html.parser")
    header = _header(soup)
    committee_cell = header.get("udvalg") or soup.select_one(".udvalg")
    if committee_cell is None or not clean_line(committee_cell.get_text()):
        raise ParseError("feltet 'Udvalg' mangler i sidehovedet")
    date_cell = header.get("mødedato") or soup.select_one("h1.dato")
    said = clean_line(date_cell.get_text()) if date_cell else ""
    found = parse_date(said) or written_date(said)  # (an English interface's date)
    if not found:
        raise ParseError("feltet 'Mødedato' mangler eller er ikke en dato")
    unknown: list[str] = []
    items = [_item(row, unknown) for row in soup.select("tr.punktrow")]
    if not items:
        raise ParseError("ingen dagsordenspunkter (tr.punktrow) fundet")
    time = clock(found[1])
    if time is None:  # the time in a row of its own: "Mødetidspunkt: 16:00", or after
        # the date without "kl.": "Mødedato: 09.04.2024 15:30"
        cell = header.get("mødetidspunkt") or header.get("tidspunkt") or date_cell
        t = _CLOCK_RE.search(clean_line(cell.get_text())) if cell else None
        time = clock(f"{t.group(1)}:{t.group(2)}") if t else None
    # (a single item's page has no header table: its heading says "<udvalg> - <sted>")
    place = header.get("mødested") or header.get("sted") or soup.select_one(".sted")
    meeting = Meeting(
        committee=committee_name(committee_cell.get_text()), date=found[0], items=items,
        start_time=time, place=clean_line(place.get_text()) or None if place else None,
        participants=_participants(header.get("mødedeltagere") or header.get("deltagere")),
        source=str(path),
        municipality=municipality or municipality_in(
            soup.get_text(" "), logo_hints(html)) or "",
        source_format=NAME, occasion=first_occasion(  # ("Udvalg: X - ekstraordinært møde")
            [clean_line(c.get_text()) for c in (committee_cell, header.get("mødetype"),
                                                header.get("møde")) if c is not None]
            # (the information's first sentence: "Temamøde - budgetseminar 2026. Der …")
            + [_SENTENCE_RE.split(clean_line(c.get_text(" ")))[0].rstrip(".")
               for c in (header.get("information"),) if c is not None]),
    )
    return [finish_meeting(meeting, unknown_headings=unknown)]
