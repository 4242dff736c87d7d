"""Acadre MM export (XML): nested `<table name="…">` elements, each with a `<fields>` of
`<field name="…">` values. `agenda` holds `committee` (with members), `meeting` (date,
location, address, `meetmember/member` with an `absent` flag) and `agendaitemparents`
(`sort` is the item's running number, e.g. 715) with one `agendaitem` each (name, caseno,
accessname) made of `bullet`s: a titled part whose content is entity-escaped HTML.
Decision bullets are dated ("Beslutning i <udvalg> den 20-06-2013"): only the one dated
the meeting day and by this committee is this meeting's `Beslutning`; the others (another
committee's, even on the same day) are case history. The item's own `absent` field names
who did not take part in it; `excuse` is the reason ("Inhabil"), not part of the name.
Another version's nesting puts the `meeting` table on top, holding `committee`,
`meetmembers` and `agendaitems` with an `agendaitem` each item (its running number its
own `sort`), no `agenda` or `agendaitemparents` around them.
The municipality is the one its people's mail domain names when that is a municipality
("@syddjurs.dk", "@faxekommune.dk"), else the one the export prints ("Faxe Kommune")."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path

from referat.danish import danish_date, parse_date
from referat.domain import AgendaItem, Meeting, Participant, Section, Treatment
from referat.municipalities import official_name
from referat.occasions import occasion_of

from .closed_marks import closed_title
from .common import (
    CASE_TEXT,
    DECISION,
    ParseError,
    Sections,
    clean_line,
    committee_name,
    html_blocks,
    html_text,
    item_number,
    municipality_in,
)
from .dated import dated_decision, other_body
from .dates import clock, parse_iso_datetime
from .finish import finish_meeting
from .labels import unescape_twice
from .text_people import participants_from_list
from .xmlload import load_xml, root_tag

NAME = "acadre-xml"
# An `absent` flag that says present: empty, 0, false, nej, no.
_NOT_ABSENT = frozenset(("", "0", "false", "nej", "no", "n", "f"))


def sniff(raw: bytes, path: Path) -> bool:
    # (the agenda on top, or the meeting on top holding its items: another version's)
    return root_tag(raw) == "root" and (b'<table name="agenda"' in raw[:8192] or (
        b'<table name="meeting"' in raw[:8192] and b'<table name="agendaitem"' in raw))


def _fields(table: ET.Element | None) -> dict[str, str]:
    if table is None:
        return {}
    box = table.find("fields")
    return {f.get("name", ""): (f.text or "") for f in (box if box is not None else [])}


def _tables(parent: ET.Element, name: str) -> list[ET.Element]:
    return [t for t in parent.iter("table") if t.get("name") == name]


def _name(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _absentees(field: str) -> list[str]:
    """The names in an item's `absent` field: "Dan Johansen (V)", or several."""
    return [p.name for p in participants_from_list(_name(field), "afbud") if p.name]


def _in_order(bullets: list[ET.Element]) -> list[ET.Element]:
    """An item's bullets in reading order: by their `bulletsortorder` when each has one (an
    export may write a bullet out of order, "Indstilling" before "Lovgrundlag"), else as
    written."""
    orders = [_fields(b).get("bulletsortorder", "").strip() for b in bullets]
    if not all(o.isdigit() for o in orders):
        return bullets
    return [b for _, b in sorted(zip(map(int, orders), bullets, strict=True), key=lambda p: p[0])]


# A member's comment naming whom they stand in for: "Stedfortræder for Birthe Aagaard (V)"
_STANDS_FOR_RE = re.compile(r"^(?:stedfortræder|suppleant|mødte?)\s+for\s+(\S.*)$", re.IGNORECASE)


def _role(member: dict[str, str]) -> str:
    """A member's role, with whom they stand in for when their comment says so."""
    role = member.get("role", "").lower()
    if m := _STANDS_FOR_RE.match(_name(member.get("comment", ""))):
        return f"stedfortræder for {m.group(1)}"
    return role


def _item(parent: ET.Element, meeting_day: date, committee: str,
          unknown: list[str]) -> AgendaItem:
    """One item: an `agendaitemparents` table around its `agendaitem`, or the
    `agendaitem` itself (its `sort` its own field)."""
    table = parent if parent.get("name") == "agendaitem" else next(
        iter(_tables(parent, "agendaitem")), None)
    order = _fields(parent).get("sort", "")
    f = _fields(table)
    number = item_number(order)
    if number is None or table is None:
        raise ParseError(f"dagsordenspunkt uden nummer ('sort'): {order!r}")
    closed, title = closed_title(_name(f.get("name", "")))
    closed = closed or "lukket" in f.get("accessname", "").lower()
    item = AgendaItem(number, title, f.get("caseno") or None, closed=closed)
    sections = Sections(CASE_TEXT)
    history: list[Treatment] = []
    for bullet in _in_order(_tables(table, "bullet")):
        bf = _fields(bullet)
        heading = clean_line(bf.get("bulletname", ""))
        content = unescape_twice(bf.get("bulletcontent", ""))
        dated = dated_decision(heading)
        if dated and (dated[1] != meeting_day
                      or other_body(dated[0], (committee, f.get("comname", "")))):
            history.append(Treatment(dated[0] or "", dated[1], html_text(content), dated[2]))
            continue
        sections.heading(DECISION if dated else heading)
        for _, text in html_blocks(content):
            sections.add(text)
    item.sections = sections.sections()
    # (the enclosure records, unless the item's own "Bilag" bullet already names them)
    listed = item.section("Bilag").casefold()
    enclosures = [e for t in _tables(table, "enclosure")
                  if (e := _name(_fields(t).get("name", ""))) and e.casefold() not in listed]
    if enclosures:
        item.sections.append(Section("Bilag", "\n".join(enclosures)))
    if history:
        item.history = history
        item.sections.append(Section("Beslutningshistorik", "\n\n".join(
            f"{t.committee} den {danish_date(t.date)}:\n{t.text}" for t in history if t.date)))
    item.absentees = _absentees(f.get("absent", ""))
    unknown.extend(sections.unknown)
    return item


def _as_listed(name: str, people: list[Participant]) -> str:
    """An item's absentee named without their party as the meeting's members list them
    (with it); the name as it is otherwise."""
    return next((p.name for p in people if p.name.split(" (")[0] == name), name)


def _municipality(text: str) -> str | None:
    """The municipality of the export's mail domain ("faxekommune" → "Faxe", in the text's
    own spelling) when that is a municipality's name; else the municipality the text
    prints; else the domain's name as it stands."""
    domains = Counter(re.findall(r"@([a-zæøå-]+)\.dk\b", text))
    key = re.sub(r"-?kommune$", "", domains.most_common(1)[0][0]) if domains else ""
    if key and official_name(key):
        return municipality_in(text, (key,))
    return municipality_in(text) or (municipality_in(text, (key,)) if key else None)


def _item_tables(agenda: ET.Element) -> list[ET.Element]:
    """Each item's table: the `agendaitemparents`, else the `agendaitem` tables."""
    return _tables(agenda, "agendaitemparents") or _tables(agenda, "agendaitem")


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    root = load_xml(raw)
    # (the agenda table, or in another version the meeting table on top holding it all)
    agenda = next(iter(_tables(root, "agenda") or _tables(root, "meeting")), None)
    meeting_table = next(iter(_tables(agenda, "meeting")), None) if agenda is not None else None
    if meeting_table is None:
        raise ParseError("tabellen 'meeting' mangler")
    mf = _fields(meeting_table)
    try:  # "2013-06-20 10:30"
        found = parse_iso_datetime(mf.get("date", "").strip().replace(" ", "T", 1),
                                   "meeting.date")
    except ParseError:
        # Acadre's own "03-06-2019 16:00", or a written-out field ("dateF2", "dateF3", …:
        # "Mandag den 3. juni 2019")
        found = next((d for key in ("date", *sorted(k for k in mf if k.startswith("dateF")))
                      if (d := parse_date(mf.get(key, "")))), None)
        if not found:
            raise
        at = re.search(r"\b\d{1,2}[:.]\d{2}\b", mf.get("date", ""))
        found = (found[0], found[1] or (at.group(0) if at else None))
    committee = committee_name(_fields(next(iter(_tables(agenda, "committee")), None))
                               .get("name", ""))
    if not committee:
        raise ParseError("feltet 'committee.name' mangler")
    people = []
    for member in _tables(meeting_table, "member"):
        m = _fields(member)
        if name := _name(m.get("name", "")):
            absent = m.get("absent", "").strip().lower() not in _NOT_ABSENT
            party = m.get("party", "").strip()  # (its own field in later exports)
            if party and not name.endswith(")"):
                name = f"{name} ({party})"
            people.append(Participant(name, "afbud" if absent else "deltog", _role(m)))
    unknown: list[str] = []
    items = [_item(p, found[0], committee, unknown) for p in _item_tables(agenda)]
    if not items:
        raise ParseError("ingen dagsordenspunkter ('agendaitemparents') fundet")
    for item in items:  # ("Henrik Brodersen" in the item: the member "Henrik Brodersen (O)")
        item.absentees = [_as_listed(name, people) for name in item.absentees]
    address = html_text(mf.get("address", "")).replace("\n", ", ")
    place = ", ".join(p for p in (_name(mf.get("location", "")), address) if p) or None
    text = raw.decode("utf-8", "replace")
    meeting = Meeting(
        committee=committee, date=found[0], items=sorted(items, key=lambda i: i.number),
        start_time=clock(found[1]), place=place, participants=people, source=str(path),
        municipality=municipality or _municipality(text) or "",
        source_format=NAME, occasion=occasion_of(mf.get("name", "")),
    )
    return [finish_meeting(meeting, unknown_headings=unknown)]
