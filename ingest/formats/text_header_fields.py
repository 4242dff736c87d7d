"""The header's extra labels – the committee ("Udvalg:", "Organ:"), the meeting's hours
("Mødetidspunkt:", "Tid:", "Kl.:") and its place ("Sted:", "Lokale:") – read apart from the
labels `text_header.parse_header` reads itself (date, participants)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from referat.danish import TIME_RE

from .dates import clock_time, date_and_time, hours_first, twelve_hour_clock, without_aside
from .place_labels import address_row, place_wraps, room_with_address
from .text_header_rows import EXTRA_FIELD_RE
from .text_people import clean_heading

if TYPE_CHECKING:
    from .text_header import Header

__all__ = ["answer_deadline", "extra_fields"]

_CLOCK_RE = re.compile(r"^(\d{1,2}[.:]\d\d)\b")


# A header table printed to PDF without colons puts each label and its value on one line:
# "Udvalg Børne- og Ungdomsudvalget", "Mødetidspunkt 17.00" (in small capitals, which
# the text layer gives as capitals: "MØDETIDSPUNKT Kl. 08:30").
_BARE_FIELD_RE = re.compile(
    r"^\**((?i:Udvalg|Dato|Mødedato|Mødetidspunkt|Mødetid|Tidspunkt|Tid|Starttidspunkt|Starttid|"
    r"Sted|Mødested|Lokale|Deltagere|Mødedeltagere|Fraværende|Afbud|Kl\.))\**\s+"
    r"(?=[A-ZÆØÅ\d]|kl\.?\s*\d)"
    r"(\S.*)$")
_COLON_CLOCK_RE = re.compile(r"(?<![\d.:-])((?:[01]?\d|2[0-3]):[0-5]\d)(?![\d])")


def extra_fields(h: Header, rows: list[str]) -> set[int]:
    """Committee, time and place from the extra labels; the rows they were on. Labels
    without a colon count when the header has two or more such lines (a table)."""
    used, owner = set(), ""
    bare = sum(1 for row in rows if _BARE_FIELD_RE.match(row)) >= 2
    for i, row in enumerate(rows):
        m = EXTRA_FIELD_RE.match(row) or (bare and _BARE_FIELD_RE.match(row))
        if not m:
            continue
        key, value = m.group(1).lower(), without_aside(m.group(2).strip())
        if key in ("udvalg", "organ"):
            h.committee = h.committee or clean_heading(value)
        elif key == "selskab":
            owner = clean_heading(value)
        elif key in _PLACE_KEYS:  # ("Lokation": OS2web; "Placering": Netpublicator)
            nxt = rows[i + 1].strip() if i + 1 < len(rows) else ""
            if place_wraps(value, nxt) and not _BARE_FIELD_RE.match(nxt):
                value = f"{value} {nxt}"  # "Byrådssalen, Rådhuset," / "Rådhuspladsen 1, …"
                used.add(i + 1)
            elif key in ("lokale", "mødelokale") and (address := address_row(nxt)):
                value = room_with_address(key, value, address)  # "Adresse: …" below the room
                used.add(i + 1)
            h.place = h.place or value
        elif key in _END_KEYS:
            pass  # when the meeting ended ("Sluttidspunkt: 21:40"): no start, no date
        elif key not in _EXTRA_KEYS:
            continue  # a label `parse_header` reads
        elif (day := date_and_time(hours_first(value))) and not h.date:
            # "Dato: 24-04-2024"; "Mødetidspunkt: Mandag den 9. september 2024 kl. 14:00"
            h.date, h.start_time = day[0], h.start_time or day[1] or (
                (t := _COLON_CLOCK_RE.search(value)) and t.group(1))  # "11-09-2024 08:00"
        elif key != "dato" and (pm := twelve_hour_clock(value)):
            h.start_time = h.start_time or pm  # "Tidspunkt: 4:00 PM – 6:30 PM"
        # (the hour it opens with first: "15:00 – mødet fortsætter kl. 16:15 på rådhuset")
        elif key != "dato" and (t := _CLOCK_RE.match(value) or TIME_RE.search(value)):
            h.start_time = h.start_time or t.group(1).replace(".", ":")
        elif key != "dato" and (hour := clock_time(value, field=True)):
            h.start_time = h.start_time or hour  # "Tidspunkt: kl. 16-18", "Kl.: 17"
        if key != "dato":
            used.add(i)
    if owner and h.committee and owner not in h.committee:  # "Bestyrelsen (… Affald I/S)"
        h.committee = f"{h.committee} ({owner})"
    return used


_END_KEYS = ("sluttidspunkt", "sluttid", "mødeslut", "slut", "mødet slut", "mødet hævet")
# ("Tidsrum: 17.00 - 19.15": the meeting's hours, read as the start)
_EXTRA_KEYS = ("udvalg", "organ", "selskab", "dato", "mødetidspunkt", "mødetid", "tidspunkt",
               "tidsrum", "tid",
               "starttidspunkt", "starttid", "mødestart", "start", "sted", "lokale", "mødelokale",
               "lokation", "hvor", "placering", "kl.", "kl", "klokken")
_PLACE_KEYS = ("sted", "lokale", "mødelokale", "lokation", "hvor", "placering")


# A written procedure ("skriftlig behandling") has no meeting: it closes at the members'
# answer deadline, "Svarfrist: 14.01.2026 kl. 12" – that day and hour, not the day the
# cases were sent out ("Udsendt til medlemmerne: …"), is the meeting's
_DEADLINE_RE = re.compile(r"^\**(?:svarfrist|frist for svar|høringsfrist for medlemmerne)\**\s*:"
                          r"\s*\**\s*(\S.*)$", re.IGNORECASE)

_WRITTEN_RE = re.compile(r"\bskriftlig\s+(?:behandling|procedure)\b", re.IGNORECASE)


def answer_deadline(h: Header, rows: list[str]) -> None:
    """A written procedure's answer deadline as its date and time (a deadline's hour
    alone, "kl. 12", is 12:00). Only in a written procedure's head: a letter's "Svarfrist"
    asks for a consultation answer and dates no meeting."""
    if not any(_WRITTEN_RE.search(row) for row in rows):
        return
    closed = next((day for row in rows if _CLOSED_RE.search(row) and not _DEADLINE_RE.match(
        row.strip()) and (day := date_and_time(row))), None)
    for row in rows:
        if (m := _DEADLINE_RE.match(row.strip())) and (day := date_and_time(m.group(1))):
            h.date = closed[0] if closed else day[0]
            h.start_time = None if closed else (
                day[1] or clock_time(m.group(1), field=True) or None)
            return


# The day the procedure was closed, said by the head ("Skriftlig behandling afsluttet fredag
# den 14. oktober 2022"): the meeting's day, the deadline's hour then no start of a meeting
# (or labels it: "Beslutningsdato: 14.01.2021" beside the "Svarfrist: … kl. 12.00")
_CLOSED_RE = re.compile(r"\b(?:afsluttet|afsluttedes|afsluttes)\b|^\W*beslutningsdato\b",
                        re.IGNORECASE)
