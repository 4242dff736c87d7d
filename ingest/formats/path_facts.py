"""Meeting facts a file's path gives when the document itself does not print them.

A user's own archive files a meeting as "Vejle Kommune/Børne- og Familieudvalget/2023/
2023-05-09 referat.txt"; a portal's bulk download as "Socialudvalget_21.08.2025.pdf" or
"Referat - Teknik- og Miljøudvalget - 03-12-2024.txt". A folder or a part of the file's
name may name the municipality ("<X> Kommune", or a municipality's own name), the body
(a word ending in -udvalget, -rådet, -nævnet, -bestyrelsen, …) and the date (2023-05-09,
21.08.2025, 21-08-2025, 21082025).

What the document prints always wins; the path only fills in (`path_filled`):
* the municipality, when the document names none (or only by a postal address);
* the committee, when the document names none or its committee line names no body (an
  official's or a department's line, "Arbejdsmarked og Sundhed") – a body from the file
  name only when the name's date (if any) is the meeting's, so a name that merely
  resembles a committee is never taken from a file about another day;
* the date, only when the document prints no meeting date at all (`named_date`, read by
  `text.parse_minutes` while `dated_by_name` holds): a file named by the day it was
  downloaded never moves a meeting whose minutes print their own day.
Every field so filled is said in the meeting's notes, which `referat ingest` prints."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from referat.domain import UNKNOWN_COMMITTEE, Meeting
from referat.municipalities import official_name

# A body's name: "…udvalget", "…rådet", "…nævnet", "…bestyrelsen", "…udvalg", "…råd".
_BODY_RE = re.compile(r"^[A-ZÆØÅ][\w ,.&-]{1,80}?(?:udvalg(?:et)?|råd(?:et)?|nævn(?:et)?|"
                      r"bestyrelse(?:n)?|forsamling(?:en)?)$")
# ... a word of one, anywhere in a committee line ("Udvalget for Teknik (UTM)", "Byrådet")
_BODY_WORD_RE = re.compile(r"(?i)(?:udvalg|råd|nævn|bestyrelse|forsamling|repræsentation)"
                           r"(?:et|en|n)?\b")
_SEPARATOR_RE = re.compile(r"\s+[-–]\s+|_-_|_")
_MUNICIPALITY_RE = re.compile(r"^([A-ZÆØÅ][\wæøå]+(?:-[A-ZÆØÅ][\wæøå]+)?) [Kk]ommune$")
# 2023-05-09 | 21.08.2025, 21-08-2025 | 21082025 (or 20250821)
_DATE_RE = re.compile(r"(?<!\d)(?:(\d{4})-(\d\d)-(\d\d)|(\d{1,2})([.-])(\d{1,2})\5(\d{4})|"
                      r"(\d{8}))(?!\d)")
_FOLDERS = 4  # the folders above a file that may file it: <Kommune>/<Udvalg>/<år>/
_WARNING_PREFIX = "udvalgets navn står ikke i filens hoved"
_NAMED_DATE: ContextVar[date | None] = ContextVar("named_date", default=None)


@dataclass
class PathFacts:
    municipality: str = ""
    body: str = ""
    date: date | None = None
    body_in_name: bool = False  # the body is the file name's, not a folder's
    municipality_in_name: bool = False
    date_in_name: bool = False


def _day(year: str, month: str, day: str) -> date | None:
    try:
        found = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return found if 1970 <= found.year <= 2100 else None


def _dates(text: str) -> set[date]:
    found = set()
    for m in _DATE_RE.finditer(text):
        if m.group(1):
            day = _day(m.group(1), m.group(2), m.group(3))
        elif m.group(4):
            day = _day(m.group(7), m.group(6), m.group(4))
        else:  # eight digits: day, month, year first, else year, month, day
            d = m.group(8)
            day = _day(d[4:], d[2:4], d[:2]) or _day(d[:4], d[4:6], d[6:])
        found |= {day} if day else set()
    return found


def _municipality(part: str) -> str:
    if m := _MUNICIPALITY_RE.match(part):
        return m.group(1)
    return official_name(part) or "" if part[:1].isalpha() else ""


def path_facts(path: Path) -> PathFacts:
    """The municipality, body and date a file's name and nearest folders name.

    >>> path_facts(Path("Vejle Kommune/Børne- og Familieudvalget/2023/2023-05-09 referat.txt"))
    PathFacts(municipality='Vejle', body='Børne- og Familieudvalget', \
date=datetime.date(2023, 5, 9), body_in_name=False, municipality_in_name=False, date_in_name=True)
    >>> facts = path_facts(Path("Referat - Teknik- og Miljøudvalget - 03-12-2024.txt"))
    >>> facts.body, facts.date, facts.body_in_name
    ('Teknik- og Miljøudvalget', datetime.date(2024, 12, 3), True)
    >>> path_facts(Path("Referat 03-12-2024 og 10-12-2024.txt")).date is None
    True
    """
    facts = PathFacts()
    parts = [p.strip() for p in _SEPARATOR_RE.split(path.stem) if p.strip()]
    bodies = [p for p in parts if _BODY_RE.match(p)]
    if len(bodies) == 1:
        facts.body, facts.body_in_name = bodies[0], True
    named = _dates(path.stem)
    facts.date_in_name = bool(named)
    folders = list(reversed(path.parent.parts))[:_FOLDERS]
    for folder in folders:  # the nearest folder naming each fact
        facts.body = facts.body or (folder if _BODY_RE.match(folder) else "")
        named = named or _dates(folder) if _DATE_RE.fullmatch(folder) else named
    facts.date = next(iter(named)) if len(named) == 1 else None
    named_town = next((town for part in parts if (town := _municipality(part))), "")
    facts.municipality = named_town or next(
        (town for folder in folders if (town := _municipality(folder))), "")
    facts.municipality_in_name = bool(named_town)
    return facts


def is_body(committee: str) -> bool:
    """Whether a committee line names a body ("Teknik- og Miljøudvalget", "Byrådet"),
    not an official ("Afdelingschef …, Plan og Miljø") or a department ("Arbejdsmarked og
    Sundhed")."""
    return committee != UNKNOWN_COMMITTEE and bool(_BODY_WORD_RE.search(committee))


def named_date() -> date | None:
    """The meeting date a file's name gives, while `dated_by_name` reads it again."""
    return _NAMED_DATE.get()


@contextmanager
def dated_by_name(day: date) -> Iterator[None]:
    """Reading a file whose text prints no meeting date again, dated by its name."""
    token = _NAMED_DATE.set(day)
    try:
        yield
    finally:
        _NAMED_DATE.reset(token)


def _where(in_name: bool) -> str:
    return "filnavnet" if in_name else "mappens navn"


def path_filled(meetings: list[Meeting], path: Path, dated: bool = False) -> None:
    """Fill what the documents do not say from the path (`dated`: the date was the
    name's), each such field said in the meeting's notes."""
    facts = path_facts(path)
    for meeting in meetings:
        notes = [f"mødedato taget fra {_where(facts.date_in_name)}: {meeting.date:%d.%m.%Y}"
                 ] if dated else []
        agrees = not facts.body_in_name or facts.date in (None, meeting.date)
        if facts.body and agrees and not is_body(meeting.committee):
            for item in meeting.items:  # ("i udvalget den 4. maj 2021": its own, renamed)
                for entry in item.history:
                    entry.committee = facts.body if entry.committee == meeting.committee \
                        else entry.committee
            meeting.committee = facts.body
            meeting.warnings = [w for w in meeting.warnings if not w.startswith(_WARNING_PREFIX)]
            notes.append(f"udvalg taget fra {_where(facts.body_in_name)}: {facts.body}")
        if facts.municipality and (not meeting.municipality or meeting.municipality_guessed):
            meeting.municipality, meeting.municipality_guessed = facts.municipality, False
            notes.append(f"kommune taget fra {_where(facts.municipality_in_name)}: "
                         f"{facts.municipality}")
        meeting.warnings += notes
