"""Who was away on which day of a meeting held over days: the day note after a name in
the head's lists, "Afbud: Carsten Bo (C) (begge dage), Tina Ry (A) (19. juni)", or after a
member's post in the members' list ("…, 1. viceborgmester – Afbud torsdag den 26. september").

The note is no part of the name and no role. A member away on every day ("begge dage",
"alle dage") sent apologies for the meeting. A member away on one day only took part in
the meeting: where the minutes show which items that day treated (the note "Mødet blev
suspenderet … og genoptaget onsdag den 19. juni …" after an item, or a day's divider
"Onsdag den 19. juni 2024" between two items: `continued`), they are
absent from those items, and their role says so as a list would ("fraværende fra punkt
4"); where they do not, the role keeps the day ("fraværende 19. juni"). A note naming
the meeting's only known day changes nothing but the name."""

from __future__ import annotations

import re
from datetime import date

from referat.danish import DANISH_MONTHS, DANISH_WEEKDAYS
from referat.domain import AgendaItem, Participant

from .continued import Resumed
from .dates import written_date
from .day_apology import day_apology

_ALL_DAYS_RE = re.compile(r"^(?:på\s+)?(?:begge|alle)\s+(?:møde)?dage$", re.IGNORECASE)
_WEEKDAY = "|".join(DANISH_WEEKDAYS)
_MONTH = "|".join(m[:3] + (m[3:] and f"(?:{m[3:]}|\\.)?") for m in DANISH_MONTHS) + r"|sept\.?"
# "19. juni", "den 19. juni", "kun 19.6.", "onsdag", "onsdag den 19. juni 2024"
_DAY_RE = re.compile(rf"^(?:kun\s+)?(?P<wd>{_WEEKDAY})?\s*(?:(?:den|d\.)\s*)?"
                     rf"(?P<date>\d{{1,2}}\.\s*(?:(?:{_MONTH})(?![a-zæøå])|\d{{1,2}}\.?)"
                     r"(?:\s*(?:19|20)\d\d)?)?$", re.IGNORECASE)
# The note in brackets after the name and its party: "Tina Ry (A) (19. juni)"
_NAME_NOTE_RE = re.compile(r"^(?P<name>.*\S)\s*\((?P<note>[^()]{3,40})\)$")
# ... or the day as a label before the name: "Fraværende: Torsdag: Poul Skov (L)"
_DAY_LABEL_RE = re.compile(rf"^(?P<note>{_WEEKDAY})\s*:\s*(?P<name>\S.*)$", re.IGNORECASE)


def _day(note: str, days: list[date]) -> date | None:
    """The meeting's day a note names (by its date, or by its weekday alone).

    >>> _day("kun onsdag", [date(2024, 6, 18), date(2024, 6, 19)])
    datetime.date(2024, 6, 19)
    >>> _day("den 19. juni", [date(2024, 6, 18)]), _day("kun 19.6.", [date(2024, 6, 18)])
    (datetime.date(2024, 6, 19), datetime.date(2024, 6, 19))
    """
    m = _DAY_RE.match(note.strip())
    if not m or not (m["wd"] or m["date"]):
        return None
    if numeric := re.match(r"^(\d{1,2})\.\s*(\d{1,2})\.?$", m["date"] or ""):
        try:  # ("19.6.")
            return date(days[0].year, int(numeric[2]), int(numeric[1]))
        except ValueError:
            return None
    if m["date"]:
        text = m["date"] if re.search(r"\d{4}$", m["date"]) else f"{m['date']} {days[0].year}"
        found = written_date(text)
        return found[0] if found else None
    return next((d for d in days if DANISH_WEEKDAYS[d.weekday()] == m["wd"].lower()), None)


def _day_note(p: Participant) -> tuple[str, str, str] | None:
    """(name, role, note) of a participant whose entry carries a day note (a present
    member's role ending in one: "1. viceborgmester, afbud torsdag den 26. september")."""
    if p.status != "afbud" and (said := day_apology(p.role)):
        return p.name, said[0], said[1]
    if m := _DAY_LABEL_RE.match(p.name):
        return m["name"], p.role, m["note"].lower()
    m = _NAME_NOTE_RE.match(p.name)
    if m and (_ALL_DAYS_RE.match(m["note"].strip()) or _DAY_RE.match(m["note"].strip())) and (
            re.search(r"\d|dag", m["note"], re.IGNORECASE)):
        return m["name"], p.role, m["note"].strip()
    role = p.role.strip()
    if role and (_ALL_DAYS_RE.match(role) or (_DAY_RE.match(role) and re.search(
            rf"\d|{_WEEKDAY}", role, re.IGNORECASE))):
        return p.name, "", role
    return None


def _key(name: str) -> str:
    return re.sub(r"\s*\([^()]*\)$", "", name).strip().lower()


def _with(role: str, note: str) -> str:
    return f"{role}, {note}" if role else note


def away_days(participants: list[Participant], items: list[AgendaItem], resumed: Resumed,
              first_day: date) -> None:
    """Each apology with a day note read (see the module's note), in place: the name
    without the note, one entry with the members' list's; a member away on one day of
    several a participant, absent from that day's items where the minutes show them.

    Example: "Afbud: Tina Ry (A) (19. juni)" at a meeting of 18-19 June suspended after
    item 3: Tina Ry (A) took part, absent from items 4-6 ("fraværende fra punkt 4")."""
    noted = [(p, found) for p in participants if (p.status == "afbud" or day_apology(p.role))
             and (found := _day_note(p))]
    days = sorted({first_day, *resumed.days})
    named = {d for _, (_, _, note) in noted if (d := _day(note, days))}
    several = len(days) > 1 or len(named | {first_day}) > 1 or any(
        _ALL_DAYS_RE.match(note) for _, (_, _, note) in noted)
    # (the last item the first day treated, when the minutes show it)
    after = resumed.after if resumed.after is not None and resumed.after + 1 < len(items) else None
    for p, (name, role, note) in noted:
        day = _day(note, days)
        if day is None and not _ALL_DAYS_RE.match(note):
            continue  # (a note naming no day of the meeting's: kept as it is)
        p.status = "afbud"  # (away that day; a member's list said "– Afbud <day>")
        # ("Medlemmer: … Lise Munk (A)" and "Afbud: Lise Munk (A) (11. september)")
        twin = next((q for q in participants if q is not p and _key(q.name) == _key(name)), None)
        if twin is not None:
            del participants[next(k for k, q in enumerate(participants) if q is p)]
            p, role, name = twin, twin.role or role, max(twin.name, name, key=len)
            p.status = "afbud"
        p.name, p.role = name, role
        if day is None or not several:
            continue  # (away the whole meeting)
        p.status = "deltog"
        if after is None or day not in days:
            p.role = _with(role, f"fraværende {note}")
            continue
        later = day > first_day  # (away on a continuation day, or on the first)
        missed = items[after + 1:] if later else items[:after + 1]
        for item in missed:
            if p.name not in item.absentees:
                item.absentees.append(p.name)
        p.role = _with(role, f"fraværende fra punkt {missed[0].number}" if later
                       else f"fraværende til og med punkt {missed[-1].number}")
