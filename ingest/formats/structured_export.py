"""A meeting export in a JSON or XML schema of its own (a meeting app's export, an ESDH
system's "mødeudtræk"), read by structure (`export_tree`): the meeting is the object
that holds the agenda items, each item its number, title, case number, whether it is
closed and its fields (a label and its text or HTML: `{"label": "Beslutning", "html":
"<p>Godkendt.</p>"}`, `<Afsnit Titel="Beslutning"><![CDATA[…]]>`, or a field typed by a
code, `{"type": "decision", "content": …}`, with a vote as an object of its sides,
`"votes": {"for": ["A"], "against": ["V"]}`, or as one entry a voter, `<Stemme
parti="A" valg="for"/>`, and who was away from it, `<Fravaer person="…"/>`); the meeting's
body, start (or a mapping of its time, `<Tidspunkt start="…"/>`), place and attendees
(`fremmoedt="false"`, a reason for being away; a name in parts, `"person": {"fornavn": …,
"efternavn": …}`, a party by its letter, `"parti": {"bogstav": "V"}`) are its facts (an
English role or attendance code read in Danish: "chair" is formand, "excused" afbud).
They are written as the web page the text parser reads ("Udvalg: …", "Mødedato: …",
"Deltagere: …", "<h2>2. Title</h2>", "<h3>Beslutning</h3>"), so every rule of the
minutes' text applies to them too.

Only a file with agenda items in it is taken (any other JSON or XML stays unknown)."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from referat.domain import Meeting

from ..html_text import html_text
from .closed_marks import closed_title
from .common import ParseError
from .dates import parse_iso_datetime
from .export_attachments import attachments_html
from .export_bodies import field_html, headed
from .export_people import people_lines
from .export_tree import (
    CONTENT_KEYS,
    LABEL_KEYS,
    NUMBER_KEYS,
    SECTION_CODES,
    TITLE_KEYS,
    TYPE_KEYS,
    Tree,
    case_of,
    danish,
    entries,
    field,
    holders_of,
    is_closed,
    load_tree,
    meetings_in,
    name_of,
    norm,
    text_of,
)
from .export_votes import export_votes, vote_and_absence
from .firstagenda_json import host_municipality
from .front_matter_tree import front_matter_tree, is_fronted
from .json_api import resolved
from .meeting_facts import (
    danish_when,
    joint_body,
    place_with_address,
    unentity,
    whole_meetings,
    with_facts,
)
from .odata_verbose import plain
from .relational_export import joined
from .text import meetings_from_text
from .text_sections import section_name
from .yaml_tree import is_yaml, yaml_tree

NAME = "eksport"

_BODY_KEYS = ("body", "committee", "udvalg", "udvalgsnavn", "organ", "board", "forum",
              "committeename")
# (an API's UTC timestamp, "startUtc": "2021-03-09T15:00:00Z", is read in Danish time)
_START_KEYS = ("startsat", "start", "starttime", "startutc", "starttimeutc", "startdatetime",
               "startdatetimeutc", "moedestart", "moededato", "meetingdate", "date", "dato",
               "tidspunkt", "startdato", "startdate", "startdatotid", "moedestartdato",
               "moedetidspunkt", "meetingstart", "startsdate", "beginutc", "begin",
               "meetingbeginutc", "meetingstartdatetime")
_PLACE_KEYS = ("location", "place", "venue", "moedested", "sted", "lokale", "lokation",
               "moedelokale", "meetinglocation")
# Inside a mapping of the meeting's time (`<Tidspunkt start="…" slut="…"/>`): its start
_BEGIN_KEYS = ("start", "startsat", "starttime", "startutc", "begin", "from", "fra")
# (an eDoc meeting's state, "Referat godkendt", says which document it is)
_KIND_KEYS = ("documenttype", "type", "dokumenttype", "kind", "documentkind", "publicationtype",
              "meetingstate")
_TOWN_KEYS = ("organisation", "organization", "kommune", "municipality", "myndighed",
              "authority", "organisationname", "organizationname")
_KINDS = {"minutes": "Referat", "agenda": "Dagsorden"}  # (an English export's document type)


def sniff(raw: bytes, path: Path) -> bool:
    """A JSON, XML or YAML file holding a meeting with agenda items."""
    head = raw[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return (head[:1] in (b"{", b"[", b"<") or is_yaml(path) or is_fronted(raw, path)) and not \
        head.lower().startswith(
        (b"<!doctype html", b"<html")) and bool(meetings_in(_tree(raw, path)))


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """Each meeting of the export; raises `ParseError` (Danish) when none reads."""
    # (a relational export's arrays nested by their ids, a JSON:API answer's resources)
    tree = _tree(raw, path)
    meetings: list[Meeting] = []
    for holder, items in whole_meetings(tree, _has_start):
        outer = holders_of(tree, holder)
        holder = with_facts(holder, _has_start)  # (its facts in a mapping beside its items)
        town = municipality or _town(tree, holder, outer) or host_municipality(
            raw.decode("utf-8", errors="replace")) or _town_beside([tree, *outer]) or None
        meetings += meetings_from_text(html_text(page(holder, items, outer)), path, NAME, town)
    if not meetings:
        raise ParseError("ingen møder med dagsordenspunkter i filen")
    return meetings


def _tree(raw: bytes, path: Path) -> Tree:
    """The file as one tree (`export_tree.load_tree`, a YAML file's `yaml_tree`, a
    markdown entry's front matter: `front_matter_tree`)."""
    tree = yaml_tree(raw) if is_yaml(path) else front_matter_tree(raw) if is_fronted(
        raw, path) else load_tree(raw)
    return joined(plain(resolved(tree)))


def _town(tree: Tree, meeting: dict, outer: list[dict] = ()) -> str:
    """The municipality the export names: on the file, the meeting or its body (an OData
    feed's "Committee": {"Name": …, "Organization": "Gentofte Kommune"}), or beside the
    meeting (`outer`, its holders); "" when none."""
    return unentity(next((town for node in (tree, meeting, field(meeting, _BODY_KEYS), *outer)
                          if (town := name_of(field(node, _TOWN_KEYS)))), ""))


_TOWN_RE = re.compile(r"^\S.{1,40}\s(?:[Kk]ommune|Regionsråd|Region \S+)$")


def _town_beside(outer: list[Tree]) -> str:
    """The municipality a header beside the meeting names (`"eksport": {"kommune": …}`,
    `"tenant": {"displayName": "Odsherred Kommune"}`): under a town key, else a name that
    is a municipality's; "" when none does."""
    heads = [v for node in outer if isinstance(node, dict) for v in node.values()
             if isinstance(v, dict)]
    return unentity(next((town for head in heads if (town := name_of(field(head, _TOWN_KEYS)))),
                         "") or next((said for head in heads if _TOWN_RE.match(
                             said := text_of(head))), ""))


def _has_start(node: Tree) -> bool:
    """A mapping that gives a meeting's start."""
    return field(node, _START_KEYS) is not None


def page(meeting: dict, items: list[dict], outer: list[dict] = ()) -> str:
    """The meeting as the web page the text parser reads (its body, when the meeting
    names none, from the mappings that hold it: `outer`)."""
    out = ["<html><body>"]
    if kind := text_of(field(meeting, _KIND_KEYS)):
        out.append(f"<p>{escape(_KINDS.get(kind.lower(), kind.capitalize()))}</p>")
    # (the body the meetings' holder names, "udvalg": {"navn": …}, before a meeting's own
    # title, "Børne- og Skoleudvalget - 05-09-2016")
    if body := text_of(field(meeting, _BODY_KEYS)) or joint_body(meeting) or next((
            said for node in outer if (said := text_of(field(node, _BODY_KEYS)))), "") or (
            text_of(field(meeting, TITLE_KEYS))):
        out.append(f"<h1>{escape(unentity(body))}</h1>")
    if when := _clocked(_when(field(meeting, _START_KEYS) or _timed(meeting), meeting), meeting):
        out.append(f"<p>Mødedato: {escape(when)}</p>")
    if place := place_with_address(_place(field(meeting, _PLACE_KEYS)), meeting):
        out.append(f"<p>Mødested: {escape(place)}</p>")
    out += people_lines(meeting)
    restarts = _restarts([text_of(field(item, NUMBER_KEYS)) for item in items])
    for position, item in enumerate(items, 1):
        out += _item(item, str(position) if restarts else None)
    return "".join(out + ["</body></html>"])


def _restarts(numbers: list[str]) -> bool:
    """The printed numbers restart within the meeting (an agenda's groups each numbered
    from 1: "Beslutningssager" 1–5, "Orienteringssager" 1–2, "Lukkede sager" L1): the
    items are then numbered in reading order, as no printed number names one item."""
    ints = [int(n) for n in numbers if n.isdigit()]
    return any(b <= a for a, b in zip(ints, ints[1:], strict=False))


# An hour alone, as OData's Edm.TimeOfDay writes it ("StartTime": "19:00:00.0000000"):
# the meeting's day is then another key's
_TIME_OF_DAY_RE = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?")
_DAY_KEYS = ("meetingdate", "moededato", "date", "dato", "day", "dag")


def _when(value: Tree, meeting: dict | None = None) -> str:
    """"2024-05-13T09:30:00+02:00" → "13.05.2024 kl. 09:30"; a Danish date as written; a
    mapping of the time by its start; an hour alone with the day the mapping's or the
    meeting's date key gives ("2026-01-25T23:00:00Z" with "19:00:00" → "26.01.2026 kl.
    19:00", `<Tidspunkt><Dato>2015-02-03</Dato><Start>16:00</Start>`)."""
    days = [meeting]
    if isinstance(value, dict):
        days.insert(0, value)
        value = field(value, _BEGIN_KEYS) or field(value, _DAY_KEYS)
    said = text_of(value)
    if (hour := _TIME_OF_DAY_RE.fullmatch(said)) and (day := next((
            found for node in days if node is not None and (found := _when(field(
                node, _DAY_KEYS)))), "")) and " kl. " not in day:
        return f"{day} kl. {int(hour[1]):02d}:{hour[2]}"
    if said[:4].isdigit() and said[4:5] == "-":
        try:
            day, time = parse_iso_datetime(said, "start")
        except ParseError:
            return said
        return day.strftime("%d.%m.%Y") + (f" kl. {time}" if time else "")
    return danish_when(said)


# The hour in a key of its own beside a start that gives the day alone (`<Dato>2022-11-22
# </Dato><Tid>14:00</Tid>`)
_CLOCK_KEYS = ("tid", "klokkeslet", "kl", "time", "starttid", "moedetid")


def _clocked(when: str, meeting: dict) -> str:
    """A day without an hour with the hour the meeting's clock key gives, if any."""
    hour = _TIME_OF_DAY_RE.fullmatch(text_of(field(meeting, _CLOCK_KEYS)))
    return f"{when} kl. {int(hour[1]):02d}:{hour[2]}" if when and hour and " kl. " not in \
        when else when


def _timed(meeting: dict) -> Tree:
    """A fact of the meeting that is a mapping of its time under a name of the export's
    own (`<Tid start="…" slut="…"/>`): the one holding a start; None when none does."""
    return next((v for v in meeting.values() if isinstance(v, dict) and text_of(
        field(v, _BEGIN_KEYS))[:4].isdigit()), None)


def _place(value: Tree) -> str:
    """A place, or a mapping of its parts ("name", "room"): the parts joined."""
    if isinstance(value, dict):
        return ", ".join(t for v in value.values() if (t := text_of(v)))
    return text_of(value)


def _item(item: dict, position: str | None = None) -> list[str]:
    """An item's heading (numbered by its `position` when given), case number and
    fields."""
    number = position or text_of(field(item, NUMBER_KEYS))
    marked, title = closed_title(unentity(text_of(field(item, TITLE_KEYS))))  # ("Lukket: …")
    closed = marked or is_closed(item)  # ("access": "closed")
    out = [f"<h2>{number}. {'Lukket punkt: ' if closed else ''}{escape(title)}</h2>"]
    if case := case_of(item):
        out.append(f"<p>Sagsnr.: {escape(case)}</p>")
    written: set[str] = set()
    own = [vote_and_absence(item)]  # (this meeting's, under its decision: not history)
    for value in item.values():
        fields = entries(value)
        labelled = [(_label(f), _filled(field_html(f))) for f in fields]
        # (a field with a heading and no text yet, an agenda's empty "Beslutning", is none)
        if not labelled or not all(label and isinstance(body, str | None) for label, body in
                                   labelled) or all(body is None for _, body in labelled):
            continue
        for f, (label, body) in zip(fields, labelled, strict=True):
            if body is None:
                continue
            out.append(f"<h3>{escape(_earlier(f, label))}</h3><div>{body}</div>{export_votes(f)}")
            written.add(section_name(label) or label)
            if section_name(label) == "Beslutning":
                out, own = out + own, []
        break
    for key, value in item.items():  # "beslutning": "Godkendt." on the item itself
        body = "" if _dated(value) else _own_field(value)
        name = (_key_section(key) or (SECTION_CODES.get(norm(key)) if isinstance(
            value, dict) else None)) if body else None
        if name and name not in written:  # ("decision": {"html": …, "votes": …, "absentees": …})
            extra = vote_and_absence(value) if isinstance(value, dict) else ""
            out.append(f"<h3>{escape(name)}</h3><div>{body}</div>{extra}")
            if name == "Beslutning":
                out, own = out + own, []
        elif not name and body and not written and headed(body):
            out.append(f"<div>{body}</div>")  # (the item's whole text, headed by its sections)
            written.add(key)
    # (its attachments' records, unless a field of its own lists them)
    listed = any(part.startswith("<h3>Bilag</h3>") for part in out)
    return out + _treatments(item, out) + own + ([] if listed else attachments_html(item))


def _filled(body: Tree) -> Tree:
    """A field's HTML, None when it shows no text (an agenda's empty "Beslutning": "",
    a "<p>&nbsp;</p>"): no section."""
    return None if isinstance(body, str) and not html_text(body).strip() else body


_CAMEL_RE = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])")
_EARLIER = frozenset({"Tidligere behandling", "Beslutningshistorik", "Sagens forløb"})


def _earlier(node: dict, label: str) -> str:
    """A field of earlier decisions dated by its attributes (`<Field
    Name="TidligereBeslutninger" Committee="Kulturudvalget" Date="2025-02-03">`) headed as
    minutes head a dated decision, "Beslutning i Kulturudvalget den 03.02.2025", so the
    text parser keeps it as the case's history with its body and day; any other label
    as it is."""
    spaced = _CAMEL_RE.sub(" ", label)  # ("TidligereBeslutninger")
    day = _when(field(node, _TREATED_KEYS)).split(" kl. ")[0]
    if section_name(spaced.capitalize()) not in _EARLIER or not day[:2].isdigit():
        return label
    body = text_of(field(node, _BODY_KEYS))
    return f"Beslutning{f' i {body}' if body else ''} den {day}"


# A key naming a section's text ("decisionText", "beslutningstekst")
_TEXT_SUFFIX_RE = re.compile(r"(?<=[a-z]{4})s?(?:text|tekst|html|body|content|indhold)$")


# A key naming a part of the item by the item's word first ("itemDecision",
# "agendaItemSummary", "punktBeslutning"): the part's word alone names the section
_ITEM_OWN_RE = re.compile(r"^(?:agenda_?|dagsorden)?(?:item|punkt)_?(?=[A-ZÆØÅ])", re.IGNORECASE)


def _key_section(key: str) -> str | None:
    """The section a key names, also spelled in ASCII ("afgoerelse": Beslutning) or in
    camel case ("TidligereBeslutninger": Tidligere behandling), or its text's key
    ("decisionText", "beslutningstekst": Beslutning), or the item's part ("itemDecision":
    Beslutning)."""
    if (own := _ITEM_OWN_RE.sub("", key)) != key:
        return _key_section(own) or SECTION_CODES.get(norm(own))
    spaced = _CAMEL_RE.sub(" ", key)
    if found := section_name(spaced.capitalize()) or section_name(danish(spaced).capitalize()):
        return found
    stem = _TEXT_SUFFIX_RE.sub("", norm(key))
    return (SECTION_CODES.get(stem) or section_name(danish(stem).capitalize())
            ) if stem != norm(key) else None


def _own_field(value: Tree) -> str:
    """A field of the item: a text, a list of paragraphs, or a mapping of its text and
    facts ("decision": {"html": "<p>Godkendt.</p>", "votes": …}), as HTML
    (`export_bodies`); "" for anything else."""
    body = field_html(value)
    return body if isinstance(body, str) else ""


# A list of the item's treatments, one entry a meeting ("behandlinger": [{"organ": …,
# "dato": "2024-10-08", "beslutning": …, "fravaerende": […], "afstemning": {…}}])
_TREATED_KEYS = ("dato", "date", "moededato", "meetingdate", "behandlingsdato")
# ... and the item it was there ("itemNumber": "6"): not the list's own order
_TREATED_ITEM_KEYS = ("itemnumber", "agendaitemnumber", "punktnummer", "punktnr", "punkt",
                      "pkt", "number", "nummer", "nr", "item")
_DECIDED_KEYS = ("beslutning", "decision", "decisiontext", "decisionhtml", "resolution",
                 "konklusion", "afgoerelse", *CONTENT_KEYS)


def _treatments(item: dict, written: list[str] = ()) -> list[str]:
    """Each treatment of the item, the meeting's own and the earlier ones alike, headed
    as minutes head a dated decision ("Beslutning i Klima- og Miljøudvalget den
    08.10.2024", ", punkt 6" when the entry names its item there), its vote and absentees
    below it: the text parser tells this meeting's decision (its body, its date) from the
    case's history. [] without such a list; no entry without text that a field heads
    already (`written`: "Økonomiudvalgets beslutning den 15.06.2009 Punkt 4")."""
    out = []
    headings = re.findall(r"<h3>(.*?)</h3>", "".join(written).replace("-", "."))
    # (each dated value: an earlier treatment beside the meeting's own decision,
    # `<TidligereBehandling dato=…>` and `<Beslutning dato=…>`)
    for entry, day, said in (found for value in item.values() for found in _dated(value)):
        body = text_of(field(entry, _BODY_KEYS))
        punkt = text_of(field(entry, _TREATED_ITEM_KEYS))
        if not said and any(day.replace("-", ".") in h and re.search(
                rf"(?i:punkt|pkt\.?)\s*{punkt}\b", h) for h in headings):
            continue
        at = f", punkt {punkt}" if punkt.isdigit() else ""
        out.append(f"<h3>Beslutning{f' i {escape(body)}' if body else ''} den {day}{at}"
                   f"</h3><div>{said}</div>{vote_and_absence(entry)}")
    return out


def _dated(value: Tree) -> list[tuple[dict, str, str]]:
    """A list of dated treatments (or one alone: `<Behandling organ="…" dato="…">Godkendt.
    </Behandling>`) as each entry, its day and its decision; [] for anything else."""
    found = entries(value) if isinstance(value, list) else [value] if isinstance(
        value, dict) and field(value, _TREATED_KEYS) is not None else _held(value)
    dated = [(e, _when(field(e, _TREATED_KEYS)).split(" kl. ")[0], text_of(field(
        e, _DECIDED_KEYS))) for e in found]
    # (an earlier treatment named only by its meeting and item, "previousTreatments":
    # [{"committee": …, "meetingDate": …, "itemNumber": "6"}], is one too)
    return dated if all(day[:2].isdigit() and (said or text_of(field(
        e, _TREATED_ITEM_KEYS)).isdigit()) for e, day, said in dated) else []


def _held(value: Tree) -> list[dict]:
    """A container of one kind of child, each a dated treatment (`<Beslutninger>
    <Beslutning dato="2025-05-06" organ="…">…</Beslutning>…`): its children; []
    for anything else."""
    inner = entries(value) if isinstance(value, dict) and len(value) == 1 else []
    return inner if inner and all(field(e, _TREATED_KEYS) is not None for e in inner) else []


def _label(node: dict) -> str:
    """A field's heading: its label, or the section its type code names ("type":
    "decision" → Beslutning; "type": "Indstilling" as it is); "" when neither."""
    if label := text_of(field(node, LABEL_KEYS)):
        return label
    code = text_of(field(node, TYPE_KEYS))
    return SECTION_CODES.get(norm(code), code if section_name(code) else "")
