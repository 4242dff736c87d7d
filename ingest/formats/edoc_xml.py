"""eDoc agenda publishing export (XML): `<Meeting>` with `Committee`, `MeetingDate`
("04-12-2012 13:00:00") and `MeetingAgendaTypes/MeetingAgendaType` (open or closed agenda),
each with `MeetingAgendaItems/MeetingAgendaItem` (`AgendaItemNumber`, `Document/Title`,
`FullText`). An item's text is one field: section headings on lines of their own or
glued to the text, the decision under "<Udvalg>s beslutning den 04.12.2012 Punkt 2".
The agenda type's own `FullText` holds the front page: place and participants. A front
page that names no municipality may still give its town hall's address ("Rådhuset, Parkvej
37, Nykøbing Falster"): the municipality is then guessed from it.
Other versions wrap the meeting (`<eDocPublish><Meetings><Meeting>`, one meeting read
per `Meeting`) and write a value as an attribute (`<MeetingAgendaItem
AgendaItemNumber="3">`) instead of a child element. An export that lost the text fields'
line breaks (every printed line glued to the next) has them set again (`lost_breaks`).
A namespaced export (`<ed:AgendaExport>`) keeps an item's `FullText` in its `Document`
as HTML in CDATA (`<h3>` headings, entities such as "&aring;"): it is read as the
page's text; its members carry their absence as an attribute (`<Participant
absent="true">` with an `AbsenceReason`), its place is `Location` and its case number
`CaseLogicIdentifier`."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from referat.danish import parse_date
from referat.domain import Meeting, Participant
from referat.municipalities import municipality_of_town
from referat.occasions import first_occasion

from .closed_marks import closed_title
from .common import (
    ParseError,
    address_municipality,
    clean_line,
    committee_name,
    html_text,
    item_number,
    municipality_in,
)
from .dates import clock, parse_iso_datetime
from .export_tree import flag
from .finish import finish_meeting
from .item_text import item_from_lines
from .lost_breaks import restored_lines
from .people_once import listed_once
from .text_people import ABSENT, PRESENT
from .xmlload import load_xml, root_tag

NAME = "edoc-xml"
_TITLE_LINE_RE = re.compile(r"^\s*(\d{1,4})\.\s+(\S.*)$")
# Where an export names the meeting's occasion: a title or type of its own, else the
# committee line ("Økonomiudvalget - ekstraordinært møde")
_OCCASION_TAGS = ("MeetingTitle", "MeetingType", "MeetingName", "Committee")


# Item text that is HTML (a CDATA block of `<h3>`/`<p>`), not the printed lines
_HTML_TEXT_RE = re.compile(r"^\s*<(?:h[1-6]|p|div|ul|ol|table|strong|b)\b", re.IGNORECASE)
# Where an export gives the item's case number
_CASE_TAGS = ("CaseNumber", "CaseLogicIdentifier")


# A `<Meeting>` element inside an export's wrapper ("<eDocPublish><Meetings><Meeting>")
_MEETING_TAG_RE = re.compile(rb"<(?:[\w.-]+:)?Meeting[\s>]")


def sniff(raw: bytes, path: Path) -> bool:
    # (with a namespace prefix too: "<ap:MeetingAgendaItem>")
    return (root_tag(raw) == "Meeting" or _MEETING_TAG_RE.search(raw) is not None) and \
        re.search(rb"<(?:[\w.-]+:)?MeetingAgendaItem\b", raw) is not None


def _text(el: ET.Element | None, tag: str) -> str:
    """The element's text, or its `Name` child's ("<Committee><Name>…</Name>", a later
    export's nesting); without such a child the attribute of that name
    (`<MeetingAgendaItem AgendaItemNumber="3">`)."""
    if el is None:
        return ""
    found = el.find(tag)
    if found is None:
        return clean_line(el.get(tag) or "")
    own = clean_line(found.text or "")
    return own or clean_line(found.findtext("Name") or found.get("Name") or "")


def _meetings(root: ET.Element) -> list[ET.Element]:
    """The export's meetings: the root itself, or each `Meeting` in a wrapper that holds
    agenda items."""
    if root.tag == "Meeting":
        return [root]
    return [el for el in root.iter("Meeting") if next(el.iter("MeetingAgendaItem"), None)
            is not None]


def _full_text(el: ET.Element) -> str:
    """An item's text: its own `FullText`, else its `Document`'s; HTML read as the text a
    reader sees (headings and paragraphs a line each)."""
    said = el.findtext("FullText") or el.findtext("Document/FullText") or ""
    return html_text(said) if _HTML_TEXT_RE.match(said) else said


def _case_number(el: ET.Element) -> str:
    """The item's case number in an element of its own, on the item or its document."""
    return next((found for holder in (el, el.find("Document")) for tag in _CASE_TAGS
                 if (found := _text(holder, tag))), "")


def _front_page(text: str) -> tuple[str | None, list[Participant]]:
    """Place ("i Mødecenter C …" under the date line) and the Tilstede/Afbud lists."""
    place, people, status = None, [], None
    lines = [clean_line(ln) for ln in restored_lines(text)]
    for i, line in enumerate(lines):
        low = line.lower().rstrip(":")
        if place is None and line.startswith("i ") and i and parse_date(lines[i - 1] or "-"):
            place = line[2:].strip()
        elif low in PRESENT:
            status = "deltog"
        elif low in ABSENT:  # ("Fraværende med afbud:")
            status = "afbud"
        elif low in ("sekretær", "indholdsfortegnelse", "referent") or low.startswith(
                ("åbent referat", "lukket referat", "åben dagsorden")):
            status = None
        elif status and line and len(line) <= 80:
            name, _, role = line.partition(" - ")
            people.append(Participant(name.strip(), status, role.strip()))
    # (a member listed again under "Afbud/Fraværende": one person, absent)
    return place, listed_once(people)


def _participants(root: ET.Element) -> list[Participant]:
    """A later export's structured list: `<Participants><Participant>` (the namespaced
    version's `<MeetingParticipants><MeetingParticipant>`) with `Name`, `Party`, `Role`
    and `Attendance` ("Til stede", "Deltog", "Afbud") or a flag of absence (`<IsAbsent>1
    </IsAbsent>`); not a case document's parties (`PersonParticipants`)."""
    people = []
    for el in (e for e in root.iter() if e.tag in ("Participant", "MeetingParticipant")):
        name, party = _text(el, "Name"), _text(el, "Party")
        if not name:
            continue
        attendance = (_text(el, "Attendance") or _text(el, "AbsenceReason")).lower()
        status = "afbud" if attendance in ABSENT or re.search(
            r"afbud|fravær|forfald|\bikke\b", attendance) or flag(_text(el, "IsAbsent")) \
            or flag(el.get("absent")) else "deltog"
        role = _text(el, "Role").lower()
        people.append(Participant(f"{name} ({party})" if party else name, status,
                                  "" if role == "medlem" else role))
    return people


def _guessed_municipality(front: str, place: str | None) -> str | None:
    """The municipality of a postal address on the front page, or of the town that closes
    a meeting place in the town hall ("Rådhuset, Parkvej 37, Nykøbing Falster")."""
    found = address_municipality(front)
    if found or not place or not re.search(r"rådhus", place, re.IGNORECASE):
        return found
    return municipality_of_town(place.rsplit(",", 1)[-1])


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    meetings = _meetings(load_xml(raw))
    if not meetings:
        raise ParseError("intet 'Meeting'-element med dagsordenspunkter fundet")
    return [_meeting(root, raw, path, municipality) for root in meetings]


def _number(el: ET.Element, lines: list[str]) -> int:
    """The item's number: `AgendaItemNumber` (element or attribute), else the number
    that opens its text's title line ("3.\tKlimatilpasning …")."""
    number_text = _text(el, "AgendaItemNumber")
    number = item_number(number_text)
    if number is None and not number_text:
        first = next((ln for ln in lines if ln.strip()), "")
        m = _TITLE_LINE_RE.match(first)
        number = int(m.group(1)) if m else None
    if number is None:
        raise ParseError(f"elementet 'AgendaItemNumber' er ikke et tal: {number_text!r}")
    return number


def _meeting(root: ET.Element, raw: bytes, path: Path, municipality: str | None) -> Meeting:
    committee = committee_name(_text(root, "Committee"))
    if not committee:
        raise ParseError("elementet 'Committee' mangler")
    raw_date = _text(root, "MeetingDate")
    found = parse_date(raw_date.replace(" ", " kl. ", 1))
    if not found and re.match(r"^\d{4}-\d\d-\d\d", raw_date):  # ISO: "2012-12-04T13:00:00"
        found = parse_iso_datetime(raw_date.replace(" ", "T", 1), "MeetingDate")
    if not found:
        raise ParseError(f"elementet 'MeetingDate' er ikke en dato: {_text(root, 'MeetingDate')!r}")
    day, time = found[0], clock(found[1])  # "04-12-2012 00:00:00": no time given
    items, unknown, front = [], [], ""
    for agenda in root.iter("MeetingAgendaType"):
        closed = "lukket" in _text(agenda, "AgendaType").lower()
        front = front or (agenda.findtext("FullText") or "")
        for el in agenda.iter("MeetingAgendaItem"):
            lines = restored_lines(_full_text(el))
            number = _number(el, lines)
            title = _text(el.find("Document"), "Title")
            first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
            m = _TITLE_LINE_RE.match(lines[first]) if first is not None else None
            if m and int(m.group(1)) == number:
                title = title or clean_line(m.group(2))
                lines = lines[first + 1:]
            is_closed, title = closed_title(title)
            item, bad = item_from_lines(number, title, lines, day, closed or is_closed,
                                        committee)
            # (the case number in an element of its own, when the text names none)
            item.journal_number = item.journal_number or _case_number(el) or None
            items.append(item)
            unknown.extend(bad)
    if not items:
        raise ParseError("ingen 'MeetingAgendaItem' fundet")
    place, people = _front_page(front)
    place = place or next((found for tag in ("MeetingLocation", "MeetingPlace", "Location")
                           if (found := _text(root, tag))), None)
    people = people or _participants(root)
    named = municipality or municipality_in("\n".join(restored_lines(front)) or raw.decode(
        "utf-8", "replace"))
    guessed = None if named else _guessed_municipality(front, place)
    meeting = Meeting(
        committee=committee, date=day, items=sorted(items, key=lambda i: i.number),
        start_time=time, place=place, participants=people, source=str(path),
        municipality=named or guessed or "", source_format=NAME,
        occasion=first_occasion([_text(root, t) for t in _OCCASION_TAGS]),
    )
    meeting.municipality_guessed = bool(guessed)
    return finish_meeting(meeting, unknown_headings=unknown)
