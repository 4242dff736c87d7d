"""A meeting's date and start time as the structured exports write them, read to the
Danish date and the Danish local start time ("HH:MM", or None when no time is given).

The rule, in the order it is applied (`parse_iso_datetime`):

* Midnight *as written* means no time was given: the date alone, and the date as
  written. FirstAgenda and eDoc exports store a date without a time as midnight, often
  midnight UTC ("2024-03-12T00:00Z", "2024-03-12T00:00:00.000Z"); read as an instant
  that would be 01:00 (02:00 in summer) Danish time, a start no meeting has, so it is not
  converted and the date never shifts: 12 March.
* Any other time with an offset ("Z", "+00:00", "+02:00") is an instant, converted to
  Danish time (Europe/Copenhagen, summer time included): "2024-09-04T17:00:00Z" is 19:00
  on 4 September.
* Midnight Danish time after that conversion is a date stored as Danish midnight and
  written in UTC: "2024-03-12T23:00:00Z" is 13 March 00:00, the date-only value of
  13 March (and "2024-06-11T22:00:00Z" is 12 June).
* A time without an offset is local time as written, unless the field says it is UTC
  (`utc=True`, FirstAgenda's `MeetingBeginUtc`): then it is read as UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from referat.danish import DANISH_MONTHS, TIME_RE, parse_date

from .common import ParseError

# Shorter ways a header writes the date: "12/3 2024", "12/3-2024", and a two-digit year
# ("12.3.24", "12-03-24"; the same separator twice, no digit or dot-digit after it).
# (and "d. 14/5-24", a two-digit year after the dash)
_SLASH_DATE_RE = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?:\s+|\s*-\s*)(\d{4}\b|(?<=-)\d{2}"
                            r"(?![\d/.,-]))")
_SHORT_YEAR_RE = re.compile(r"(?<![\d/.-])(\d{1,2})([-./])(\d{1,2})\2(\d{2})(?![\d])(?!\.\d)")
# A month's short name: "13. nov. 2024", "3. sept. 2024"; a web page's calendar badge
# writes it without the dots, "26 nov 2024"
_SHORT_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_SHORT_MONTH_RE = re.compile(r"\b(\d{1,2})(?:\.\s*|\s+)(jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|"
                             r"dec)\.?\s+(\d{4}\b|['’‘]\d{2}\b)", re.IGNORECASE)
# ISO 8601, as SBSYS and Word fields write it: "2024-06-03"
_ISO_DATE_RE = re.compile(r"(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
# An English locale's dates: "Tuesday, March 4, 2025", "March 4th, 2025", "4 March 2025"
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")
_EN_MONTH = "|".join(ENGLISH_MONTHS)
_ENGLISH_DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{_EN_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})|"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_EN_MONTH}),?\s+(?P<y2>\d{{4}}))\b",
    re.IGNORECASE)
# A day written as an ordinal word, as a sentence spells it: "tirsdag den femte marts
# 2024", "den enogtyvende juni 2024" (1-31; "tredivte" also as "tredvte")
_ORDINALS = ("første anden tredje fjerde femte sjette syvende ottende niende tiende ellevte "
             "tolvte trettende fjortende femtende sekstende syttende attende nittende "
             "tyvende").split()
_ORDINALS += [f"{unit}ogtyvende" for unit in "en to tre fire fem seks syv otte ni".split()]
_ORDINAL_DAY = {word: day for day, word in enumerate(_ORDINALS, 1)} | {
    "tredivte": 30, "tredvte": 30, "enogtredivte": 31, "enogtredvte": 31}
_ORDINAL_DATE_RE = re.compile(
    rf"\b({'|'.join(sorted(_ORDINAL_DAY, key=len, reverse=True))})\s+"
    rf"({'|'.join(DANISH_MONTHS)})\s+(\d{{4}})\b", re.IGNORECASE)
# A 12-hour clock: "4:00 PM", "9.30 a.m."
_TWELVE_HOUR_RE = re.compile(r"(?<![\d.:])(\d{1,2})[.:](\d\d)\s*([ap])\.?\s?m\b\.?",
                             re.IGNORECASE)


def twelve_hour_clock(text: str) -> str | None:
    """The first 12-hour time in `text` on the 24-hour clock ("4:00 PM" → "16:00",
    "12:30 AM" → "00:30"), or None.

    >>> twelve_hour_clock("4:00 PM – 6:30 PM"), twelve_hour_clock("kl. 16:00")
    ('16:00', None)
    """
    m = _TWELVE_HOUR_RE.search(text)
    if not m or not 1 <= int(m.group(1)) <= 12:
        return None
    hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
    return f"{hour:02d}:{m.group(2)}"


def _english_date(text: str) -> tuple[date, str | None] | None:
    """"Tuesday, March 4, 2025" / "4 March 2025", with a 12-hour time after it."""
    m = _ENGLISH_DATE_RE.search(text)
    if not m:
        return None
    month, day, year = (m["m1"], m["d1"], m["y1"]) if m["m1"] else (m["m2"], m["d2"], m["y2"])
    try:
        when = date(int(year), ENGLISH_MONTHS.index(month.lower()) + 1, int(day))
    except ValueError:
        return None
    return when, twelve_hour_clock(text[m.end():])


# A whole hour after "kl.", alone or opening a range of whole hours, as a date line writes
# the meeting's hours: "kl. 16", "kl. 16-18", "kl. 19 – 21.30"; not a number's part
# ("inkl. 16", "kl. 16.30" is `TIME_RE`'s), nor a count of hours or money ("kl. 16 timer")
_HOUR_RE = re.compile(
    r"(?<![\w.])kl\.?\s*(?P<h>[01]?\d|2[0-3])(?![\d.:,]\d|\d)"
    r"(?:\s*[-–]\s*(?:kl\.?\s*)?(?P<e>[01]?\d|2[0-4])(?:[.:][0-5]\d)?(?![\d.:,]\d|\d))?"
    r"(?!\s*(?:%|kr\.?|mio\.?|timer?|minutter|min\.?)(?!\w))", re.IGNORECASE)


# A time field's whole hours without "kl.": "Kl.: 17", "Tidspunkt: 16-18"
_HOURS_RE = re.compile(r"^\d{1,2}(?:\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?)?\.?$")


def clock_time(text: str, field: bool = False) -> str | None:
    """The start time `text` writes after "kl.": "kl. 16.30" (`TIME_RE`), else a whole
    hour ("kl. 16") or a range of whole hours ("kl. 16-18"), on the hour; the hour a
    meeting starts at (6 to 23), a range's end after its start. A time field's value
    (`field`) may give its whole hours alone ("Kl.: 17", "Tidspunkt: 16-18").

    >>> clock_time("d. 3/4-24 kl. 16-18"), clock_time("Tirsdag kl. 9"), clock_time("kl. 16.30")
    ('16:00', '09:00', '16:30')
    >>> [clock_time(t) for t in ("inkl. 16 stk.", "kl. 18-16", "kl. 3", "kl. 16 timer")]
    [None, None, None, None]
    >>> clock_time("17", field=True), clock_time("14 dage", field=True), clock_time("17")
    ('17:00', None, None)
    """
    if field and _HOURS_RE.match(text):
        text = f"kl. {text}"
    if t := TIME_RE.search(text):
        return t.group(1).replace(".", ":")
    for m in _HOUR_RE.finditer(text):
        hour, end = int(m.group("h")), m.group("e")
        if hour >= 6 and (end is None or hour < int(end)):
            return f"{hour:02d}:00"
    return None


# A time field that opens with the meeting's hours, a note in brackets after them: "Kl.
# 19.00 – 21.10 (mødet blev fortsat onsdag den 10. december 2025 kl. 15.00 – 16.05)"
_NOTED_HOURS_RE = re.compile(r"^((?:kl\.?|klokken)?\s*\d{1,2}[.:]\d\d[^()]*?)\s*\(.*\)\.?$",
                             re.IGNORECASE)


def hours_first(value: str) -> str:
    """A time field's value without the note after its opening hours: the day a meeting
    was continued on is no day of its own start.

    >>> hours_first("Kl. 19.00 – 21.10 (fortsat den 10. december 2025 kl. 15.00)")
    'Kl. 19.00 – 21.10'
    >>> hours_first("Mandag den 9. december 2025 kl. 19.00")
    'Mandag den 9. december 2025 kl. 19.00'
    """
    m = _NOTED_HOURS_RE.match(value.strip())
    return m.group(1) if m else value


# A meeting's day as a heading of its own ("Tirsdag 14. januar 2025", "## Onsdag den 3.
# marts 2021"): a year page's or an archive's line over each meeting
_DAY_HEADING_RE = re.compile(
    r"^[#*_\s]*(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?\d{1,2}\.\s*"
    rf"(?:{'|'.join(DANISH_MONTHS)})\s+\d{{4}}[*_\s]*$", re.IGNORECASE)


def day_heading(line: str) -> bool:
    """Whether a line is a day's date alone, a heading over a meeting.

    >>> day_heading("Tirsdag 14. januar 2025"), day_heading("Mødet er aflyst 8. april 2025")
    (True, False)
    """
    return bool(_DAY_HEADING_RE.match(line))


def written_date(text: str) -> tuple[date, str | None] | None:
    """`parse_date`, the short forms a header writes by hand ("12/3 2024", "12.3.24"), the
    ISO form ("2024-06-03"), an English locale's ("Tuesday, March 4, 2025") and a day
    spelled out as an ordinal ("den femte marts 2024").

    >>> written_date("Mødet holdes tirsdag 12/3 2024 kl. 16.00")
    (datetime.date(2024, 3, 12), '16:00')
    >>> written_date("Dato: 12.3.24"), written_date("version 1.2.3")
    ((datetime.date(2024, 3, 12), None), None)
    >>> written_date("Mødet d. 14/5-24 kl. 17"), written_date("Tirsdag 7/5-24")[0]
    ((datetime.date(2024, 5, 14), '17:00'), datetime.date(2024, 5, 7))
    >>> written_date("Onsdag d. 13. nov. 2024 kl. 14.00"), written_date("26 nov 2024")
    ((datetime.date(2024, 11, 13), '14:00'), (datetime.date(2024, 11, 26), None))
    >>> written_date("tirsdag d. 3. dec. '24 kl. 19 hos Bente")  # a year cut to "'24"
    (datetime.date(2024, 12, 3), '19:00')
    >>> written_date("Dato: 2024-06-03"), written_date("Sag 2024-0123456")
    ((datetime.date(2024, 6, 3), None), None)
    >>> written_date("Tuesday, March 4, 2025 4:00 PM")
    (datetime.date(2025, 3, 4), '16:00')
    >>> written_date("Rådet holdt møde tirsdag den femte marts 2024 kl. 19.00")
    (datetime.date(2024, 3, 5), '19:00')
    >>> written_date("den enogtredivte oktober 2024")[0], written_date("den femte marts")
    (datetime.date(2024, 10, 31), None)
    >>> written_date("Dato: d. 3/4-24 kl. 16-18")  # (hours on the hour: `clock_time`)
    (datetime.date(2024, 4, 3), '16:00')
    """
    found = _written_date(text)
    if found and found[1] is None and (hour := clock_time(text)):
        return found[0], hour
    return found


def _written_date(text: str) -> tuple[date, str | None] | None:
    found = parse_date(text)
    if found:
        return found
    if m := _ISO_DATE_RE.search(text):
        try:
            when = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            when = None
        if when:
            t = TIME_RE.search(text)
            return when, t.group(1).replace(".", ":") if t else None
    if m := _SHORT_MONTH_RE.search(text):  # "13. nov. 2024"
        try:
            when = date(_apostrophe_year(m.group(3)),
                        _SHORT_MONTHS.index(m.group(2).lower()[:3]) + 1, int(m.group(1)))
        except ValueError:
            when = None
        if when:
            t = TIME_RE.search(text)
            return when, t.group(1).replace(".", ":") if t else None
    if found := _english_date(text):
        return found
    if m := _ORDINAL_DATE_RE.search(text):  # "tirsdag den femte marts 2024 kl. 19.00"
        try:
            when = date(int(m.group(3)), DANISH_MONTHS.index(m.group(2).lower()) + 1,
                        _ORDINAL_DAY[m.group(1).lower()])
        except ValueError:
            when = None
        if when:
            t = TIME_RE.search(text)
            return when, t.group(1).replace(".", ":") if t else None
    for rx in (_SLASH_DATE_RE, _SHORT_YEAR_RE):
        m = rx.search(text)
        if not m:
            continue
        day, month, year = (int(g) for g in m.group(1, m.lastindex - 1, m.lastindex))
        if year < 100:
            year += 2000 if year < 80 else 1900
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        t = TIME_RE.search(text)
        return when, t.group(1).replace(".", ":") if t else None
    return None


def _apostrophe_year(year: str) -> int:
    """A year written "2024" or cut to "'24" (the apostrophe marks the missing century)."""
    return int(year) if year[0].isdigit() else 2000 + int(year[1:])


def date_and_time(text: str) -> tuple[date, str | None] | None:
    """`written_date`, with a time written after a comma too ("10. januar 2024, kl. 16:30");
    a meeting over days ("18.-19. juni 2024") starts on the first.

    >>> date_and_time("18.-19. juni 2024")
    (datetime.date(2024, 6, 18), None)
    """
    found = written_date(_DAY_RANGE_RE.sub(r"\1.", text))
    if found and found[1] is None and (t := TIME_RE.search(text) or _AFTER_YEAR_RE.search(text)):
        return found[0], t.group(1).replace(".", ":")
    return found


# The first day of a span of days: "18.-19. juni 2024", "3.–4.10.2024", "den 22. og fredag
# den 23. august 2024" (a seminar over two days)
_DAY_RANGE_RE = re.compile(r"(?<![\d.])(\d{1,2})\.\s*(?:[-–]|og\s+(?:\w+dag\s+)?(?:den\s+|d\.\s*)?)"
                           r"\s*\d{1,2}\.(?=\s*[a-zæøå]|\d{1,2}\.\d)", re.IGNORECASE)


# The time right after the date's year, without "kl.": "24. april 2025 19.00 (CEST) →
# 21.30" (a Notion page's date property), "06.03.2018 - 15:00" (a Drupal date field)
_AFTER_YEAR_RE = re.compile(r"\b(?:19|20)\d\d(?:,|\s+[-–])?\s+(\d{1,2}[.:]\d\d)(?![\d.:,])")


def clock(time: str | None) -> str | None:
    """A start time, or None for midnight (a date written with "00:00" has no time)."""
    return None if time in (None, "", "00:00", "0:00") else time


def parse_iso_datetime(value: str, field_name: str, utc: bool = False
                       ) -> tuple[date, str | None]:
    """`'2024-01-08T07:45:00+01:00'` → `(date(2024, 1, 8), '07:45')` (the module's rule).

    >>> parse_iso_datetime("2024-03-12T00:00Z", "Dato")
    (datetime.date(2024, 3, 12), None)
    >>> parse_iso_datetime("2024-03-12T23:00:00Z", "Dato")
    (datetime.date(2024, 3, 13), None)
    >>> parse_iso_datetime("2024-09-04T17:00:00Z", "Dato")
    (datetime.date(2024, 9, 4), '19:00')
    """
    text = value.strip() if isinstance(value, str) else ""
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(text)
    except ValueError as err:
        raise ParseError(f"feltet '{field_name}' er ikke en dato: {value!r}") from err
    if (dt.hour, dt.minute) == (0, 0):
        return dt.date(), None  # midnight as written: a date without a time
    if dt.tzinfo is None and utc:
        dt = dt.replace(tzinfo=UTC)
    if dt.tzinfo is not None:
        dt = _danish_time(dt)
    return dt.date(), clock(dt.strftime("%H:%M"))


def _danish_time(dt: datetime) -> datetime:
    try:
        from zoneinfo import ZoneInfo

        return dt.astimezone(ZoneInfo("Europe/Copenhagen"))
    except Exception:  # no time-zone data on this system: keep the time as written
        return dt


# "Mødet startede kl. 15.30", "Mødet påbegyndt kl. 16.00": the start, when the header
# gives the date alone.
_STARTED_RE = re.compile(r"^mødet\s+(?:blev\s+)?(?:startede|begyndte|påbegyndt|påbegyndtes|"
                         r"åbnet|åbnedes|startet)\b", re.IGNORECASE)


def started_at(lines: list[str]) -> str | None:
    """The start time a line before the first item's end says the meeting began at."""
    for line in lines:
        if _STARTED_RE.match(line.strip()) and (t := clock_time(line)):
            return t  # ("Mødet startede kl. 16", on the hour)
    return None


_ASIDE_RE = re.compile(r"\s*\([^()]*\)")
_CLOCK_START_RE = re.compile(r"^(?:kl\.?\s*)?\d{1,2}[.:]\d\d(?![.\d])", re.IGNORECASE)


def without_aside(value: str) -> str:
    """A time field's value without a remark in brackets, when the value itself starts
    with the meeting's hour: "15.00 – 16.20 (log-på fra kl. 14.45)" → "15.00 – 16.20"
    (the remark's earlier hour is no start); any other value as it is."""
    bare = _ASIDE_RE.sub("", value).strip()
    return bare if bare != value.strip() and _CLOCK_START_RE.match(bare) else value
