"""What the archive holds: "Hvilke møder er der referater fra?", "Hvor mange referater har
du?", "Hvilke udvalg findes i arkivet?".

Such a question has no matter to search for; it is answered from the catalogue of
meetings (within the question's period and the committee it names, and the user's
filters): per municipality and committee, how many meetings and which days, each meeting
cited (up to `_CITED`).

>>> asks_archive("Hvilke møder er der referater fra?")
True
>>> asks_archive("Hvor mange referater har du?")
True
>>> asks_archive("Hvilke år dækker arkivet?")
True
>>> asks_archive("Hvor langt tilbage går referaterne?")
True
>>> asks_archive("Hvilke år dækker strategien?")
False
>>> asks_archive("Hvilke møder har Rita Bråten været med til?")
False
>>> asks_archive("Hvilke udvalg i Greve holdt møde mandag den 8. januar 2024?")
True
>>> asks_archive("Hvor mange ekstraordinære møder holdt ØU i Greve i 2024, og hvornår?")
True
>>> asks_archive("Hvor mange gange mødtes teknikudvalget i 2024?")
True
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import Any

from referat.danish import danish_date
from referat.domain import Answer, Filters

from ..meeting_intent import occasion_asked
from .base import Context
from .votes_held import asks_votes_held

# The archive asked about, not a matter: "hvilke/hvor mange møder|referater|udvalg …"
# with a word of holding ("er der referater fra", "findes", "har du", "i arkivet")
_ARCHIVE_ASKED = re.compile(
    r"\b(?:hvilke|hvor\s+mange)\s+(?:møder|referater|udvalg|kommuner|dagsordener)\b"
    r"(?:\s+(?:er\s+der|findes\s+der|har\s+(?:du|i|systemet)|kender\s+(?:du|i)|ligger|"
    # (of the archive: "Hvilke kommuner dækker UU-Vestegnen?" asks a matter)
    r"(?:indeholder|dækker)(?=\s*(?:\?|$|(?:arkivet|referaterne|databasen|systemet|du|i)\b)))\b"
    r"|[^?]{0,40}?\b(?:i\s+arkivet|i\s+databasen|i\s+systemet|"
    r"referater\s+fra|findes|tilgængelige?)\b)|"
    r"\bhvad\s+(?:indeholder|dækker|rummer)\s+(?:arkivet|databasen|systemet)\b|"
    # the span it covers: "Hvilke år dækker arkivet?", "Hvor langt tilbage går referaterne?"
    r"\b(?:hvilke\s+år|hvilken\s+periode|hvor\s+langt\s+tilbage)\b[^?]{0,30}?\b(?:arkivet|"
    r"databasen|systemet|referaterne|møderne)\b|\b(?:arkivet|referaterne|databasen)\s+"
    r"(?:dækker|går)\s+(?:hvilke\s+år|hvor\s+langt)|"
    # which bodies met, how many meetings were held: "Hvilke udvalg i Greve holdt møde
    # mandag den 8. januar 2024?", "Hvor mange ekstraordinære møder holdt ØU i 2024?"
    r"\bhvilke\s+(?:udvalg|råd|organer)\b[^?]{0,40}?\b(?:(?:holdt|havde|afholdt)\s+møde|"
    r"mødtes)\b|\bhvor\s+mange\s+(?:\w+\s+)?møder\s+(?:holdt|havde|afholdt)\b|"
    # "Hvor mange gange mødtes teknikudvalget i 2024?", "hvilke byrådsmøder i 2024
    # begyndte på et andet tidspunkt?": the meetings as such
    r"\bhvor\s+mange\s+gange\s+(?:\S+\s+){0,3}?(?:mødtes|holdt\s+\S+\s*møde)\b|"
    r"\bhvor\s+mange\s+af\s+møderne\b|"
    r"\bhvilke\s+\w*møder\b[^?]{0,40}?\b(?:begyndte|startede|sluttede|holdtes)\b", re.I)
_LISTED_DAYS = 8  # a committee's days listed; more are told as a count and a span
_CITED = 12  # meetings cited (the sources panel)
_LISTED_MEETINGS = 30  # one committee's meetings listed one a line, with start and room


def asks_archive(question: str) -> bool:
    """Does the question ask what the archive holds?"""
    return bool(_ARCHIVE_ASKED.search(question))


def archive_wide(question: str) -> bool:
    """Is the archive's set of meetings the matter ("hvilke møder er der referater fra?",
    "stemte nogen imod noget?"), so that a question with no topic of its own is no
    question to ask back about?"""
    return asks_archive(question) or asks_votes_held(question)


def _day_held(meeting: Any) -> str:
    """"17. april 2024 kl. 15:15 (Biblioteket)": a meeting's day, start and room."""
    start = f" kl. {meeting.start_time}" if meeting.start_time else ""
    room = f" ({meeting.place})" if meeting.place else ""
    return f"{danish_date(meeting.date)}{start}{room}"


def _occasion(meeting: Any) -> str:
    """" – ekstraordinært møde" for a meeting that was no ordinary one."""
    occasion = getattr(meeting, "occasion", "")
    if occasion and not occasion.endswith("møde"):
        occasion += " møde"  # ("ekstraordinært"; "temamøde" is one already)
    return f" – {occasion}" if occasion else ""


def compose_archive(ctx: Context, committees: list[str] | None = None) -> Answer:
    """The meetings in scope (of `committees`, the question's or the user's, when given),
    grouped by municipality and committee, in date order."""
    q = ctx.q
    committees = list(committees or []) or (
        sorted({ctx.items[0].ref.committee}) if q.committee_mention and ctx.items else [])
    meetings = sorted(ctx.lookup.meetings_in(Filters(
        date_from=q.date_from, date_to=q.date_to or q.date_from, committees=committees)),
        key=lambda m: (m.municipality, m.committee, m.date))
    if occasion := occasion_asked(q.text):  # "hvor mange ekstraordinære møder …?"
        meetings = [m for m in meetings if getattr(m, "occasion", "") == occasion]
    if not meetings:
        return ctx.answer("Arkivet har ingen referater inden for det, du spørger om.", [],
                          kind="meeting", declined=True)
    lines = []
    for (municipality, committee), group in groupby(
            meetings, key=lambda m: (m.municipality, m.committee)):
        held = list(group)
        days = [m.date for m in held]
        where = f"{committee} ({municipality})" if municipality else committee
        if q.date_from is not None and q.date_from == q.date_to:
            # one day asked ("Hvilke udvalg holdt møde den 17. april 2024?"): when and where
            told = ", ".join(_day_held(m) for m in held)
        elif len(meetings) == len(held) and len(held) <= _LISTED_MEETINGS:
            # one committee asked: each meeting on its own line, with its start, room and
            # kind ("Hvor mange møder holdt økonomiudvalget i 2024?")
            lines.append(f"- {where}: {len(days)} {'møde' if len(days) == 1 else 'møder'}:")
            lines += [f"  - {_day_held(m)}{_occasion(m)}" for m in held]
            continue
        elif len(days) <= _LISTED_DAYS:
            told = ", ".join(danish_date(d) for d in days)
        else:
            told = f"{danish_date(days[0])} – {danish_date(days[-1])}"
        lines.append(f"- {where}: {len(days)} {'møde' if len(days) == 1 else 'møder'}: {told}")
    head = (f"Arkivet har referater fra {len(meetings)} "
            f"{'møde' if len(meetings) == 1 else 'møder'}:")
    latest = sorted(meetings, key=lambda m: m.date, reverse=True)[:_CITED]
    cites = [ctx.cite(m.ref, "", "Møde", title="") for m in latest]
    return ctx.answer("\n".join([head, *lines]), cites, kind="meeting")
