"""A meeting invitation saved as an iCalendar file (.ics, RFC 5545: Outlook's "Gem som",
a calendar's export), the agenda in its DESCRIPTION, written as the invitation Outlook
prints (`formats.invitation` reads that): "Emne:" the SUMMARY, "Placering:" the
LOCATION, "Start:" the DTSTART in Danish time, "Mødeindkalder:" the ORGANIZER's name,
"Obligatoriske deltagere:" / "Valgfrie deltagere:" the ATTENDEEs' names by their ROLE,
"Afbud:" those who declined (PARTSTAT=DECLINED), then the DESCRIPTION (or the HTML of
X-ALT-DESC when there is none). A DESCRIPTION that is the whole minutes, opening with
their own head ("Mødedato: …"), is read alone: the event's facts are a calendar's.

The file's lines are unfolded first (a line that begins with a space or a tab goes on
with the one before), each property split into its name, parameters and value, and a
text value unescaped ("\\n" a line break, "\\," a comma, "\\;" a semicolon). The first
event (VEVENT) is the meeting; its time zones and alarms are no text.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .html_text import html_text

_DANISH = ZoneInfo("Europe/Copenhagen")
# "NAME;PARAM=value;PARAM=\"quoted: value\":the value"
_LINE_RE = re.compile(r'^([A-Za-z0-9-]+)((?:;(?:[^:"]|"[^"]*")*)?):(.*)$')
_PARAM_RE = re.compile(r';([A-Za-z-]+)=("[^"]*"|[^;:]*)')
_ESCAPE_RE = re.compile(r"\\([nN,;\\])")
# The event's facts, as Outlook prints them, in its order
_HEAD_LABELS = {"SUMMARY": "Emne", "LOCATION": "Placering", "DTSTART": "Start"}
_ORDER = ("Emne", "Placering", "Start", "Mødeindkalder")
# A description that holds whole minutes opens with their own head ("Mødedato: 18.02.2025"
# in its first lines): the event's facts would only say again, less well, what it says
# (its SUMMARY "Økonomiudvalget – ordinært møde (referat)" no committee's name, its
# optional attendees the staff)
_OWN_HEAD_RE = re.compile(r"^[ \t]*(?:mødedato|dato for mødet)[ \t]*:",
                          re.IGNORECASE | re.MULTILINE)
_HEAD_SPAN = 600  # characters of the description its head is looked for in
_STAMP_RE = re.compile(r"^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)?(Z)?)?$")


def is_ical(text: str) -> bool:
    """A text that is an iCalendar file.

    >>> is_ical("BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\n"), is_ical("Referat")
    (True, False)
    """
    return text.lstrip("\ufeff \t\r\n")[:15].upper() == "BEGIN:VCALENDAR"


def properties(text: str) -> list[tuple[str, dict[str, str], str]]:
    """The first event's properties in order: (name, parameters, value as written).

    >>> properties("BEGIN:VEVENT\\nSUMMARY;LANGUAGE=da:Ældre\\n rådet\\nEND:VEVENT")
    [('SUMMARY', {'LANGUAGE': 'da'}, 'Ældrerådet')]
    """
    unfolded = re.sub(r"\r?\n[ \t]", "", text.replace("\r\n", "\n"))
    found: list[tuple[str, dict[str, str], str]] = []
    depth: list[str] = []  # the components open around the line
    for line in unfolded.split("\n"):
        if not (m := _LINE_RE.match(line)):
            continue
        key, value = m.group(1).upper(), m.group(3)
        if key == "BEGIN":
            depth.append(value.strip().upper())
        elif key == "END":
            if (depth.pop() if depth else "") == "VEVENT":
                break  # (the first event only)
        elif depth[-1:] == ["VEVENT"]:
            params = {p.upper(): v.strip('"') for p, v in _PARAM_RE.findall(m.group(2))}
            found.append((key, params, value))
    return found


def _unescaped(value: str) -> str:
    return _ESCAPE_RE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def local_start(value: str, params: dict[str, str]) -> str:
    """A DTSTART as Danish time, "dd-mm-yyyy HH:MM" (a date alone "dd-mm-yyyy"): a UTC
    time ("…Z") and a time in a named zone converted; a zone Windows names ("Romance
    Standard Time") is the local time as written.

    >>> local_start("20240422T073000Z", {}), local_start("20240422T093000",
    ...     {"TZID": "Romance Standard Time"}), local_start("20240422", {"VALUE": "DATE"})
    ('22-04-2024 09:30', '22-04-2024 09:30', '22-04-2024')
    """
    m = _STAMP_RE.match(value.strip())
    if not m:
        return value.strip()
    year, month, day, hour, minute = (int(g) if g else None for g in m.groups()[:5])
    if hour is None:
        return f"{day:02d}-{month:02d}-{year}"
    when = datetime(year, month, day, hour, minute or 0)
    zone = None
    if m.group(7):
        zone = UTC
    elif tzid := params.get("TZID"):
        try:
            zone = ZoneInfo(tzid)
        except (ZoneInfoNotFoundError, ValueError):
            zone = None  # (a Windows zone name: the time as written is local)
    if zone is not None:
        when = when.replace(tzinfo=zone).astimezone(_DANISH)
    return when.strftime("%d-%m-%Y %H:%M")


def ical_text(text: str) -> str:
    """The invitation as Outlook prints it, its message below its head.

    >>> print(ical_text("BEGIN:VCALENDAR\\nBEGIN:VEVENT\\nSUMMARY:Ældrerådet\\n"
    ...     "DTSTART:20240422T073000Z\\nLOCATION:Rådhuset\\\\, lokale 1\\n"
    ...     'ATTENDEE;CN="Erling Dam";PARTSTAT=DECLINED:mailto:e@x.dk\\n'
    ...     "DESCRIPTION:1. Godkendelse\\\\n2. Eventuelt\\nEND:VEVENT\\nEND:VCALENDAR"))
    Emne: Ældrerådet
    Placering: Rådhuset, lokale 1
    Start: 22-04-2024 09:30
    Afbud: Erling Dam
    <BLANKLINE>
    1. Godkendelse
    2. Eventuelt
    <BLANKLINE>
    """
    head: dict[str, str] = {}
    invited: dict[str, list[str]] = {"Obligatoriske deltagere": [], "Valgfrie deltagere": [],
                                     "Afbud": []}
    message = ""
    for name, params, value in properties(text):
        if name in _HEAD_LABELS and value.strip():
            head[_HEAD_LABELS[name]] = (local_start(value, params) if name == "DTSTART"
                                        else _unescaped(value).strip())
        elif name == "ORGANIZER" and params.get("CN"):
            head["Mødeindkalder"] = params["CN"]
        elif name == "ATTENDEE" and params.get("CN"):
            role = params.get("ROLE", "").upper()
            if params.get("PARTSTAT", "").upper() == "DECLINED":
                invited["Afbud"].append(params["CN"])
            elif role != "NON-PARTICIPANT":
                invited["Valgfrie deltagere" if role == "OPT-PARTICIPANT"
                        else "Obligatoriske deltagere"].append(params["CN"])
        elif name == "DESCRIPTION":
            message = _unescaped(value)
        elif name == "X-ALT-DESC" and not message:
            message = html_text(_unescaped(value))
    if _OWN_HEAD_RE.search(message[:_HEAD_SPAN]):  # (the minutes themselves, their head
        return message.strip() + "\n"  # first: the event's summary no committee's name)
    lines = [f"{label}: {head[label]}" for label in _ORDER if label in head]
    lines += [f"{label}: {'; '.join(names)}" for label, names in invited.items() if names]
    return "\n".join(lines) + "\n\n" + message.strip() + "\n"
