"""A meeting suspended and continued another day: "Genoptaget: Torsdag den 27. marts
2025, kl. 17:00" in the head, "Mødet blev suspenderet kl. 22.10 og genoptaget torsdag
den 27. marts 2025 kl. 17.00." after the last item of the first day, and often
"Fraværende ved det genoptagne møde: …" under it; or only a note in the head
("Bemærkninger: Mødet blev afbrudt … og genoptaget tirsdag den 9. december 2025 …",
"Mødetid: Kl. 18.00 – 22.00 (mødet blev fortsat tirsdag den 9. december …)").

It is one meeting: a decision dated the continuation day is this meeting's decision,
not the case's history. The note belongs to no item's decision; who was away at the
continued meeting is absent from the items after it, and a member the head lists as
away only on that day ("Lars Møller (O) (den 27. marts)") took part in the meeting
(`day_notes`). A meeting planned over two days may show the day it went on only by a
divider line between two items ("Onsdag den 19. juni 2024"): that parts the days alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from referat.domain import AgendaItem, Participant

from .dates import written_date
from .text_dividers import is_day_divider
from .text_people import participants_from_list

_RESUMED_LABEL_RE = re.compile(r"^(?:mødet\s+)?(?:genoptaget|genoptages|fortsat|fortsættes)\s*:\s*"
                               r"(\S.*)$", re.IGNORECASE)
_SUSPENDED_RE = re.compile(r"^mødet\s+(?:blev\s+)?(?:suspenderet|afbrudt)\b(.*\b(?:genoptaget|"
                           r"genoptages|fortsat|fortsatte|fortsættes)\b.*)$", re.IGNORECASE)
# ... or said in a note of the head, a field's value or in brackets after the hours:
# "Bemærkninger: Mødet blev afbrudt kl. 21.10 … og genoptaget onsdag den 10. december
# 2025 kl. 15.00, …", "Mødetid: Kl. 19.00 – 21.10 (mødet blev fortsat onsdag den 10. …)"
# (or the date field's own: "Mødedato: Torsdag den 26. september 2019, fortsat fredag den
# 27. september 2019"; "… efter behandlingen af punkt 8 og fortsatte fredag den 27. …")
_HEAD_NOTE_RE = re.compile(r"(?:(?:^|[:(]\s*)mødet\s+(?:blev\s+)?(?:(?:suspenderet|afbrudt)\b"
                           r"[^:()]*?\bog\s+)?|,\s*)(?:genoptaget|fortsat|fortsatte)\s+"
                           r"((?:\w+dag\s+)?den\s+[^()]*)", re.IGNORECASE)
_AWAY_RESUMED_RE = re.compile(r"^(?:fraværende|afbud)\s+(?:ved|på|under|til)\s+det\s+"
                              r"(?:genoptagne|fortsatte)\s+møde\s*:\s*(\S.*)$", re.IGNORECASE)
# ... said in the suspension note's own sentence after it ("… genoptaget torsdag den 28.
# september 2023 kl. 16.00 i Salen. Afbud til det genoptagne møde: Søren Vognsen (F).")
_AWAY_IN_NOTE_RE = re.compile(r"(?<=[.!]\s)(?:fraværende|afbud)\s+(?:ved|på|under|til)\s+det\s+"
                              r"(?:genoptagne|fortsatte)\s+møde\s*:\s*([^:]+?)\.?$", re.IGNORECASE)


@dataclass
class Resumed:
    """The days a meeting went on after its first, the item after which it was suspended
    (an index into the items) and who was away when it went on."""

    days: frozenset[date] = frozenset()
    after: int | None = None
    away: list[str] = field(default_factory=list)


def resumed_meeting(head: list[str], bodies: list[list[str]], year: int) -> Resumed:
    """The continuation read from the `head` lines and the items' `bodies`, the notes cut
    from the bodies (in place) so that no item's decision holds them."""
    days = {found[0] for s in map(_plain, head) if (m := _RESUMED_LABEL_RE.match(s)
                                                    or _HEAD_NOTE_RE.search(s))
            and (found := written_date(m.group(1)))}
    out = Resumed()
    for k, body in enumerate(bodies):
        if block := _resumption_block(body, year):  # "FORTSAT MØDE TORSDAG DEN 5. …"
            day, away, rest = block
            days.add(day)
            out.after, out.away = (k - 1 if rest else k), away  # (the item went on that day)
            continue
        kept: list[str] = []
        paused, wrapped = False, 0
        for j, line in enumerate(body):
            s = _plain(line)
            if j < wrapped:
                continue  # (the note's sentence wrapped onto this line)
            if (m := _SUSPENDED_RE.match(s)) and (found := written_date(m.group(1))):
                days.add(found[0])
                note, wrapped = _wrapped_note(body, j)  # ("… kl. 16.00 i" / "Salen. Afbud til
                out.away += [p.name for said in _AWAY_IN_NOTE_RE.finditer(note)  # det …: X.")
                             for p in participants_from_list(said.group(1).rstrip("."))]
                # (the item's decision below the note was taken on the day it went on)
                out.after = k - 1 if _goes_on(body[wrapped:]) else k
            elif days and out.after is None and _PAUSED_RE.match(s):
                # (the break alone, "Mødet blev afbrudt kl. 22.15.", the head naming the day
                # it went on; who was away then listed under it: "Fraværende: …")
                out.after, paused = k, True
            elif out.after == k and (listed := _listed_away(s, paused)):
                out.away = [p.name for p in participants_from_list(listed.rstrip("."))]
            else:
                kept.append(line)
        body[:] = kept
    out.days = frozenset(d for d in days if d.year in (year, year + 1))
    return out


# A continued meeting's own heading among the items: "FORTSAT MØDE TORSDAG DEN 5. DECEMBER
# 2024 KL. 8.00", "Genoptaget møde onsdag …", "Genoptaget: Torsdag den 5. december 2024 …",
# or a note of its own line under "Mødet blev afbrudt kl. 23.10.": "Mødet genoptaget den
# 19. november 2024 kl. 17.00."
_RESUMED_HEAD_RE = re.compile(r"^(?:(?:fortsat|fortsatte|genoptaget|genoptagne)\s+møde[t]?\b|"
                              r"(?:genoptaget|fortsat)\s*:|mødet\s+(?:blev\s+)?(?:genoptaget|"
                              r"fortsat|fortsatte)\b)\s*(\S.*)$", re.IGNORECASE)
_PAUSED_RE = re.compile(r"^mødet\s+(?:blev\s+)?(?:suspenderet|afbrudt|udsat)\b", re.IGNORECASE)
# Who was away when it went on, said in the heading's own sentence: "Jens Lau (V) havde
# forfald til det genoptagne møde.", "Eva Dam (A) deltog ikke i det fortsatte møde.", "Ib
# Dal (V) havde meldt afbud til det genoptagne møde."
_AWAY_SAID_RE = re.compile(r"(?:^|(?<=[.!]\s))(?P<n>[A-ZÆØÅ][^.]{2,80}?)\s+(?:havde\s+"
                           r"(?:meldt\s+)?(?:forfald|afbud)|meldte\s+(?:forfald|afbud)|"
                           r"deltog\s+ikke|var\s+fraværende)\s+(?:til|i|på|ved|under)\s+det\s+"
                           r"(?:genoptagne|fortsatte)\s+møde\.?", re.IGNORECASE)
_WRAPPED_NOTE = 2  # lines a continued meeting's heading sentence may wrap onto
# A sentence broken after a preposition, its place on the next line ("… kl. 16.00 i" /
# "Kommunalbestyrelsessalen.")
_OPEN_END_RE = re.compile(r"\s(?:i|på|ved|til|fra|med|og)$")
# (who was there when it went on: "Fraværende: …", "Fraværende ved det genoptagne møde: …")
_ATTENDANCE_RE = re.compile(r"^(til\s*stede|deltagere|afbud|fraværende)(?:\s+(?:ved|på|under)\s+"
                            r"det\s+(?:genoptagne|fortsatte)\s+møde)?\s*:\s*(.*)$",
                            re.IGNORECASE)


# Markdown's marks around a note or a head field: a blockquote's "> ", bold "**…**", and a
# table row of a label and its value ("| **Mødet genoptaget** | Fredag den 28. … |")
_MARKS_RE = re.compile(r"^(?:>\s*)+|^[*_]{1,3}|[*_]{1,3}$")
_ROW_RE = re.compile(r"^\|\s*\**\s*([^|*]+?)\s*\**\s*:?\s*\|\s*([^|]*?)\s*\|?$")
# What is no text of an item: a rule ("---", "* * *") or an empty line
_RULE_RE = re.compile(r"^(?:[-*_]\s*){3,}$|^$")


def _plain(line: str) -> str:
    """A line without markdown's marks: "> **Mødet blev suspenderet …**" → "Mødet blev
    suspenderet …", "| **Mødet genoptaget** | Fredag … |" → "Mødet genoptaget: Fredag …"."""
    s = line.strip()
    if row := _ROW_RE.match(s):
        return f"{row[1]}: {row[2]}"
    return _MARKS_RE.sub("", _MARKS_RE.sub("", s)).strip()


def _goes_on(rest: list[str]) -> bool:
    """Whether an item's text goes on below its suspension note (its decision, taken the
    day the meeting went on), beyond rules and who was away then."""
    return any(not _RULE_RE.match(ln.strip()) and not _ATTENDANCE_RE.match(_plain(ln))
               for ln in rest)


def _listed_away(line: str, paused: bool) -> str:
    """Who was away when the meeting went on, from a line under the break: "Fraværende
    ved det genoptagne møde: …", or under a bare break (`paused`) "Fraværende: …"; ""
    for none."""
    if m := _AWAY_RESUMED_RE.match(line):
        return m.group(1)
    m = _ATTENDANCE_RE.match(line) if paused else None
    return m.group(2) if m and m.group(1).lower() in ("afbud", "fraværende") else ""


def _resumption_block(body: list[str], year: int) -> tuple[date, list[str], bool] | None:
    """A continued meeting's heading in an item's body with its own attendance under it:
    its day, who was away then, and whether the item's text goes on after it. The heading,
    its attendance lines and the note that the meeting broke off are cut (in place); a
    note opening the item's text, a sentence under its heading, stays its note."""
    heads = [(j, found[0]) for j, ln in enumerate(body) if (m := _RESUMED_HEAD_RE.match(
        ln.strip())) and (found := written_date(m.group(1))) and found[0].year in (year, year + 1)]
    if not heads:
        return None
    at, day = heads[0]
    note, end = _wrapped_note(body, at)
    away: list[str] = []
    for said in _AWAY_SAID_RE.finditer(note):
        away += [p.name for p in participants_from_list(said["n"])]
    while end < len(body) and (not body[end].strip() or (
            m := _ATTENDANCE_RE.match(body[end].strip()))):
        if listed := _listed_away(body[end].strip(), True):
            away += [p.name for p in participants_from_list(listed.rstrip("."))]
        end += 1
    paused = {k for j, ln in enumerate(body[:at]) if _PAUSED_RE.match(ln.strip())
              for k in range(j, _wrapped_note(body[:at], j)[1])}
    before = [ln for j, ln in enumerate(body[:at]) if j not in paused]
    rest = body[end:]
    # (a sentence opening the item's text, under its heading and case number: the item's
    # note, "Mødet blev genoptaget torsdag … kl. 17.00. Ib Dal (V) havde meldt afbud …")
    opening = note.endswith((".", "!")) and not any(_SENTENCE_RE.search(ln) for ln in before)
    body[:] = before + (body[at:_wrapped_note(body, at)[1]] if opening else []) + rest
    return day, away, any(ln.strip() for ln in rest)


# A line of an item's text, no heading's or case number's: a sentence, or a long line
_SENTENCE_RE = re.compile(r"[.!?]\s*$|^.{60,}$")


def _wrapped_note(body: list[str], at: int) -> tuple[str, int]:
    """The note on line `at` with the lines it wraps onto, and the line after it: a
    sentence goes on while it has not ended and the next line opens in lower case ("…
    havde forfald til det" / "genoptagne møde.") or it broke after a comma ("… i
    Mødelokale 1," / "Rådhuset, Maribo.")."""
    note, end = body[at].strip(), at + 1
    while end < len(body) and end - at <= _WRAPPED_NOTE and not note.endswith((".", "!")) and (
            body[end].strip()[:1].islower() or note.endswith(",") or (
                _OPEN_END_RE.search(note) and body[end].strip()[:1].isalpha())):
        note, end = f"{note} {body[end].strip()}", end + 1
    return note, end


# How many days after the first a day's divider may name (a meeting over a few days)
_DAYS_APART = 7


def divided_days(resumed: Resumed, cut: list[list[str]], first_day: date) -> Resumed:
    """The continuation a day's divider between the items shows, when no suspension note
    did: `cut` holds, per item, the lines cut off its end as no text of it
    (`text_dividers.trim_dividers`). One divider naming a later day of the meeting
    ("Onsdag den 19. juni 2024" after item 3 of a meeting of 18-19 June) parts the first
    day's items from the next day's, as "Mødet blev suspenderet … og genoptaget onsdag
    den 19. juni …" does; several (three days or more) part nothing."""
    if resumed.after is not None:
        return resumed
    found: list[tuple[int, date]] = []
    for k, lines in enumerate(cut[:-1]):
        for line in lines:
            text = line.strip()
            if not is_day_divider(text):
                continue
            text = text if re.search(r"\b(?:19|20)\d\d$", text) else f"{text} {first_day.year}"
            day = written_date(text)
            if day and 0 < (day[0] - first_day).days <= _DAYS_APART:
                found.append((k, day[0]))
    if len(found) != 1:
        return resumed
    after, day = found[0]
    return Resumed(days=resumed.days | {day}, after=after, away=resumed.away)


def mark_resumed(resumed: Resumed, items: list[AgendaItem],
                 participants: list[Participant]) -> None:
    """Who was away at the continued meeting is absent from the items after the note (a
    member the head lists as away on a continuation day only: `day_notes`). One the head
    does not list took part in the first part: a participant, absent from those items
    ("fraværende fra punkt 4"), not one away from the whole meeting."""
    if resumed.after is None:
        return
    away_all = {p.name for p in participants if p.status == "afbud"}  # (the whole meeting)
    later = items[resumed.after + 1:]
    for item in later:
        item.absentees.extend(a for a in resumed.away
                              if a not in item.absentees and a not in away_all)
    known = {p.name for p in participants}
    if later and participants:  # (with no list at all, the items say it)
        participants.extend(Participant(a, "deltog", f"fraværende fra punkt {later[0].number}")
                            for a in resumed.away if a not in known)
