"""FirstAgenda open-API JSON: one meeting per file (or a list of them).

`Udvalg.Navn`; `Moede` with `Dato`, `Sted`, `Moededeltagere[]` (`Name`, `Absent`,
`ParticipationCancelled`); `Dagsordenpunkter[]` with `Punktnummer`, `Navn` ("Lukket: …"
for closed items), `SagsNummer` and `Felter[].Html`. In that HTML `<h3>Beslutning</h3>`
comes first, then `<h3>Fremstilling</h3>` with `<h4>` sub-sections, then
`<h3>Sagens forløb</h3>` with "dd-mm-yyyy Udvalg" lines (other meetings' treatments).
A meeting named "Dagsorden" can be final minutes: decisions decide the kind; one whose
`Afsluttet` is false has not been held (an agenda: a closed item's short text is no
decision). Other API versions name the item keys in English (`Number`, `Caption`,
`CaseNumber`; `IsOpen` false closes an item only where other items carry true: some
exports give every item false, open ones too), spell keys in other casing
(`firstagenda_keys`) and give each participant a `Role` ("Formand"; "Sekretær": staff,
no member), or write the role into the name ("Ida Lund (formand, DH Vestby)": read as a
list's line is); a substitute is flagged `IsSubstitute` with `SubstituteFor`. Some
installations keep the case text in `<div><strong>` headings with this meeting's decision
last, under a dated heading of the body ("Beslutning i Udvalget den 17. juni 2025") after
the same body's earlier one (`_dated_heading`).
"""

from __future__ import annotations

import json
import re
from datetime import date
from html import escape, unescape
from pathlib import Path

from referat.domain import AgendaItem, Meeting, Participant, Section, Treatment
from referat.municipalities import official_name
from referat.occasions import occasion_of

from .closed_marks import closed_notice, closed_title, mark_only
from .common import (
    CASE_TEXT,
    DECISION,
    HISTORY,
    ParseError,
    Sections,
    clean_line,
    committee_name,
    html_blocks,
    item_number,
    looks_like_heading,
    municipality_in,
    section_for,
)
from .dated import dated_decision, decision_body, other_body
from .dates import parse_iso_datetime
from .export_tree import ROLE_CODES, norm
from .finish import finish_meeting
from .firstagenda_keys import ITEMS_KEY_RE, MEETING_KEY_RE, canonical_keys
from .history_text import history_entries
from .labels import heading_label, unescape_twice
from .lettered_points import fold_lettered, lettered_number
from .place_labels import unlabelled_place
from .text_people import person

NAME = "firstagenda-json"


def sniff(raw: bytes, path: Path) -> bool:
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] in (b"{", b"[") and ITEMS_KEY_RE.search(raw) is not None and \
        MEETING_KEY_RE.search(raw) is not None


def _field_html(field: dict) -> str:
    """One `Felter` entry: its HTML (or plain `Tekst`), headed by its `Navn` when it has one
    (some installations keep Beslutning and Sagsfremstilling in separate fields)."""
    name = (field.get("Navn") or "").strip()
    body = field.get("Html") or ""
    body = unescape_twice(body)  # HTML escaped once more
    if not body:  # plain text: a line that is a known heading heads a section
        body = "".join(
            f"<h3>{escape(line)}</h3>" if looks_like_heading(line) and section_for(line)[1]
            else f"<p>{escape(line)}</p>"
            for line in (ln.strip() for ln in str(field.get("Tekst") or "").split("\n")) if line)
    return (f"<h3>{escape(name)}</h3>" if name else "") + body


# An item attendee's `Reason` that keeps them out of the item: away, or disqualified
_ABSENT_REASON_RE = re.compile(r"fravær|afbud|forfald|inhabil", re.IGNORECASE)


def _absent_here(point: dict) -> list[str]:
    """Who the item's own attendee list marks absent ("Fraværende", "Afbud", "Inhabil")."""
    return [str(a.get("Name")).strip() for a in point.get("ExternalAgendaItemAttendees") or []
            if isinstance(a, dict) and a.get("Name")
            and _ABSENT_REASON_RE.search(str(a.get("Reason") or ""))]


def _earlier_decision(name: str, committee: str, day: date) -> Treatment | None:
    """The earlier treatment a field's `Navn` announces: another body's decision
    ("Beslutning Økonomiudvalget" in the Byråd's item) or one of another day ("Beslutning
    i Økonomiudvalget den 19-03-2025"); None for this meeting's own decision or any
    other field."""
    if dated := dated_decision(name):
        body, when, punkt = dated
        if when != day or other_body(body, (committee,)):
            return Treatment(body or "", when, "", punkt)
        return None
    body = decision_body(name, committee)
    return Treatment(body, None, "") if body and other_body(body, (committee,)) else None


def _decision_fields(fields: list, committee: str, day: date
                     ) -> tuple[list[dict], list[Treatment]]:
    """The fields to read as the item's text, and the earlier treatments that some of
    them are (an earlier body's decision field is the case's history, the meeting's own
    body's is its decision: a dated name of this meeting reads as "Beslutning")."""
    own: list[dict] = []
    earlier: list[Treatment] = []
    for field in (f for f in fields if isinstance(f, dict)):
        name = unescape((field.get("Navn") or "").strip())
        if not name:
            own.append(field)
        elif (treatment := _earlier_decision(name, committee, day)) is not None:
            blocks = html_blocks(_field_html({**field, "Navn": ""}))
            treatment.text = " ".join(text for _, text in blocks if text)
            earlier.append(treatment)
        elif dated_decision(name):
            own.append({**field, "Navn": DECISION})
        else:
            own.append(field)
    return own, earlier


# A case history's entry heading, "<u>18/03/2025   Økonomiudvalget</u>": it opens the entry
# on a line of its own also where no "<br>" ends the entry before it
_ENTRY_HEAD_RE = re.compile(r"(?=<u>\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b)", re.IGNORECASE)
_HISTORY_HEAD_RE = re.compile(r"<h3>\s*(?:Sagens\s+forløb|Sagsforløb)\s*:?\s*</h3>", re.IGNORECASE)


def _entries_apart(html: str) -> str:
    """The item's HTML with each dated entry heading of its case history on a new line."""
    if not (head := _HISTORY_HEAD_RE.search(html)):
        return html
    return html[:head.end()] + _ENTRY_HEAD_RE.sub("<br>", html[head.end():])


# A line the export sets under a decision field, naming who is away ("Afbud: Ida Lund (A)")
_ATTENDANCE_LINE_RE = re.compile(r"^(?:meldt\s+)?(?:afbud|fraværende|forfald)(?:\s+fra)?\s*:",
                                 re.IGNORECASE)


def _attendance_only(text: str) -> bool:
    """Whether a decision field holds only attendance lines: in a meeting not yet held, the
    empty "Beslutning" placeholder with the apologies registered in advance."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return bool(lines) and all(_ATTENDANCE_LINE_RE.match(line) for line in lines)


def _dated_heading(text: str, committee: str, day: date) -> Treatment | str | None:
    """A block that is a dated decision heading of a body ("Beslutning i Social- og
    Sundhedsudvalget den 13. maj 2025", a bold `<div>` or a heading element): the earlier
    treatment it opens (another body, or the same one another day), `DECISION` for this
    meeting's own, None for any other text."""
    if not dated_decision(text):
        return None
    return _earlier_decision(text, committee, day) or DECISION


def _item(point: dict, unknown: list[str], committee: str, day: date,
          held: bool = True, flagged: bool = False) -> AgendaItem:
    number_raw = next((point[k] for k in ("Punktnummer", "Number", "Sorting")
                       if point.get(k) not in (None, "")), None)
    number, label = item_number(number_raw), ""
    if number is None and (lettered := lettered_number(number_raw)):
        number, label = lettered  # "3a": a part of item 3 (`lettered_points`)
    if number is None:
        raise ParseError(f"feltet 'Punktnummer' er ikke et tal: {number_raw!r}")
    closed, title = closed_title(clean_line(unescape(  # ("p&aring; Hyrdeh&oslash;j")
        point.get("Navn") or point.get("Caption") or "")))
    closed = closed or (flagged and point.get("IsOpen") is False)
    item = AgendaItem(number, title, (point.get("SagsNummer") or point.get("CaseNumber") or None),
                      closed=closed, label=label)
    fields, earlier = _decision_fields(point.get("Felter") or [], committee, day)
    html = _entries_apart("".join(_field_html(f) for f in fields))
    # A closed item's short published text (no headings) is its decision, once the
    # meeting has been held.
    sections = Sections(DECISION if closed and held else CASE_TEXT)
    history: list[str] = []
    in_history = False
    told: Treatment | None = None  # (an earlier decision headed in the text, being read)
    for tag, text in html_blocks(html):
        if not in_history and tag in ("h3", "h4", "p") and (
                dated := _dated_heading(text, committee, day)) is not None:
            told = dated if isinstance(dated, Treatment) else None
            if told is None:
                sections.heading(DECISION)
            else:
                earlier.append(told)
            continue
        if told is not None and tag not in ("h3", "h4") and not heading_label(text):
            told.text = f"{told.text} {text}".strip()  # (its decision, "Fraværende:" too)
            continue
        told = None
        if tag in ("h3", "h4") and (tag == "h3" or not in_history):
            in_history = text.lower().rstrip(":") in ("sagens forløb", "sagsforløb")
            if tag == "h3" and text.lower() == "fremstilling":
                sections.heading(CASE_TEXT)
            else:
                sections.heading(text)
        elif in_history:
            history.append(text)
        elif tag == "p" and (label := heading_label(text)):  # "<p><strong>Beslutning:</strong></p>"
            sections.heading(label[0])
            sections.add(label[1])
        else:
            sections.add(text)
    # (a closed item's "Punktet behandles for lukkede døre.": the portal's notice, no text;
    # its "Lukket punkt" again: its mark, no decision; a meeting not yet held: its
    # "Beslutning" placeholders, holding only the apologies sent, decide nothing)
    item.sections = [s for s in sections.sections() if s.name != HISTORY
                     and not (closed and (closed_notice(s.text) or mark_only(s.text)))
                     and not (not held and s.name == DECISION and _attendance_only(s.text))]
    item.history = list(earlier)
    if earlier:  # (the case's history as a reader sees it: "Økonomiudvalget: Anbefales.")
        history[:0] = [f"{t.committee or DECISION}"
                       f"{t.date.strftime(' den %d-%m-%Y') if t.date else ''}: {t.text}"
                       for t in earlier]
    if history:
        item.sections.append(Section(HISTORY, "\n".join(history)))
        item.history += history_entries(history[len(earlier):])
    item.absentees = _absent_here(point)  # the decision text, when it names any, wins
    unknown.extend(sections.unknown)
    return item


_ABSENT_KEYS = ("Absent", "ParticipationCancelled", "Fravaerende", "Fraværende", "Afbud")
_ROLE_KEYS = ("Role", "Rolle", "RoleName", "Funktion")
# A role of the administration's people at the table: staff, no member of the committee
_STAFF_ROLE_RE = re.compile(
    r"sekretær|referent|protokol|sagsbehandler|direktør|chef\b|konsulent|medarbejder|"
    r"embedsmand|forvaltning|administration|observatør|tilhører|gæst|"
    r"secretary|clerk|minute|staff|guest|observer|officer", re.IGNORECASE)


def _role(entry: dict) -> str:
    """The entry's role as the project writes it: "formand", "næstformand" ("Chair" too),
    "" for a plain member; its own words otherwise ("Stedfortræder" → "stedfortræder")."""
    value = next((entry[k] for k in _ROLE_KEYS if entry.get(k)), "")
    if isinstance(value, dict):  # ({"Navn": "Formand"})
        value = value.get("Navn") or value.get("Name") or ""
    role = clean_line(str(value))
    return ROLE_CODES.get(norm(role), role.lower())


def _participant(entry: object) -> Participant | None:
    """One `Moededeltagere` entry: `{"Name", "Absent", "ParticipationCancelled", "Role"}`
    (a substitute's `IsSubstitute` and `SubstituteFor` give the role "stedfortræder for …"),
    the Danish-named variant (`Navn`, `Fravaerende`, `Afbud`, `Rolle`) or a bare name;
    None for staff (a "Sekretær" role) and an entry without a name."""
    if isinstance(entry, str):
        return Participant(clean_line(entry)) if clean_line(entry) else None
    if not isinstance(entry, dict):
        return None
    name = clean_line(str(entry.get("Name") or entry.get("Navn") or ""))
    role = _role(entry)
    if not name or _STAFF_ROLE_RE.search(role):
        return None
    if not role:  # a role written into the name, as a list prints it: "Ida Lund (formand,
        listed = person(name)  # DH Vestby)" → "Ida Lund", "formand, DH Vestby" (`text_people`)
        name, role = listed.name or name, listed.role
    absent = any(entry.get(k) not in (None, False, 0, "", "false", "False") for k in _ABSENT_KEYS)
    if not role and entry.get("IsSubstitute") in (True, "true", "True"):  # (the member stood
        stood_in = clean_line(str(entry.get("SubstituteFor") or ""))  # in for, by name)
        role = f"stedfortræder for {stood_in}" if stood_in else "stedfortræder"
    return Participant(name, "afbud" if absent else "deltog", role)


def _when(moede: dict) -> tuple[date, str | None]:
    """The meeting's Danish date and start time (`dates`): `Dato`, whose midnight is a date
    without a time; then the start time from `MeetingBeginUtc` (UTC when it has no offset)
    when that falls on the same Danish date."""
    dato, begin = moede.get("Dato"), moede.get("MeetingBeginUtc")
    if not dato and not begin:
        raise ParseError("feltet 'Moede.Dato' mangler")
    if not dato:
        return parse_iso_datetime(begin, "Moede.MeetingBeginUtc", utc=True)
    day, time = parse_iso_datetime(dato, "Moede.Dato")
    if begin and time is None:
        try:
            begins = parse_iso_datetime(begin, "Moede.MeetingBeginUtc", utc=True)
        except ParseError:
            return day, time  # the date stands; an unreadable begin adds no time
        if begins[0] == day:
            return begins
    return day, time


def host_municipality(text: str) -> str | None:
    """The municipality the file's minutes host names (dagsordener.<name>.dk), as the
    municipality spells itself: "ikast-brande" → "Ikast-Brande", "holbaek" → "Holbæk",
    "solrod" → "Solrød", "faxekommune" → "Faxe";
    the host itself otherwise; None without such a host."""
    if not (host := re.search(r"dagsordener\.([a-zæøå-]+)\.dk", text)):
        return None
    name = re.sub(r"(?<=[a-zæøå])-?kommune$", "", host.group(1))  # ("faxekommune" → "faxe")
    return official_name(name) or name.capitalize()


def _meeting(data: dict, text: str, path: Path, municipality: str | None) -> Meeting:
    if not isinstance(data, dict) or not isinstance(data.get("Dagsordenpunkter"), list):
        raise ParseError("feltet 'Dagsordenpunkter' mangler")
    moede = data.get("Moede") or {}
    committee = committee_name((data.get("Udvalg") or {}).get("Navn") or "")
    if not committee:
        raise ParseError("feltet 'Udvalg.Navn' mangler")
    day, time = _when(moede)
    people = [p for p in map(_participant, moede.get("Moededeltagere") or []) if p]
    held = moede.get("Afsluttet") not in (False, "false", "False")  # (absent: unsaid)
    points = [p for p in data["Dagsordenpunkter"] if isinstance(p, dict)]
    unknown: list[str] = []
    flagged = any(p.get("IsOpen") is True for p in points)  # (false on every item: unsaid)
    items = fold_lettered(sorted((_item(p, unknown, committee, day, held, flagged)
                                  for p in points), key=lambda i: i.number))  # ("3a" after "3")
    host = host_municipality(text)
    meeting = Meeting(
        committee=committee, date=day, items=items, start_time=time,
        place=unlabelled_place((moede.get("Sted") or "").strip()) or None, participants=people,
        source=str(path), municipality=municipality or municipality_in(
            text, (host,) if host else ()) or "",
        source_format=NAME, occasion=occasion_of(str(moede.get("Navn") or "")),
    )
    return finish_meeting(meeting, unknown_headings=unknown)


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    text = raw.decode("utf-8-sig", errors="replace")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ParseError(f"ugyldig JSON (linje {err.lineno}): {err.msg}") from err
    data = canonical_keys(data)  # ("dagsordenpunkter", "caseNumber": another API version's)
    meetings = data if isinstance(data, list) else [data]
    return [_meeting(d, text, path, municipality) for d in meetings]
