"""Questions about a meeting itself: who took part, who sent apologies, where and when
it was held, what was on the agenda — answered from the meeting's front page."""

from __future__ import annotations

import re

from referat.danish import DANISH_WEEKDAYS, danish_date, danish_weekday, sentences, stems
from referat.day_parts import DAY_PARTS, begins_in
from referat.domain import DAGSORDEN, HISTORY_SECTIONS, Answer
from referat.labels import capital, list_entry
from referat.part_time import part_time
from referat.values import PERSON

from ..catalog import agenda_label, agenda_name, agenda_ref
from ..intent import is_yes_no
from ..meeting_intent import (
    EVERY_MEETING,
    MEETING_BY_SCENE,
    MEETINGS_ASKED,
    MEMBERS_ASKED,
    asks_aspect,
)
from ..occasion_scope import occasion_first
from ..query import CLOSED_WORDS
from ..roles import asked_role_word, asks_several_roles
from .agenda_position import compose_on_agenda, compose_position
from .base import Context, decline, quote_block
from .closed_items import closed_items
from .every_meeting import ASPECTS, every_meeting
from .front_page import front_page, held_label, meeting_first, meeting_label, open_items
from .habitual import habitual
from .item_absences import absences_line, at_items_line
from .meeting_outcomes import committee_meetings, items_by_outcome
from .people import (
    HOW_MANY,
    attendance_record,
    guest_at_item,
    listed,
    named_people,
    role_holder,
    title_unit,
)
from .visits import HELD_AT

_ASKS_END = re.compile(r"\b(?:sluttede|slutter|slut|afsluttet|afsluttede|hævet|hævede|færdig)\b",
                       re.I)
# The administration at a meeting, not its politicians: the entries without a party.
# ... asked with the members: "hvilke politikere og embedsfolk var med?" (everyone)
_MEMBERS_TOO = re.compile(r"\b(?:politiker\w*|medlem\w*|udvalgsmedlem\w*)\s+og\s+|"
                          r"\sog\s+(?:\w+\s+)?(?:politiker\w*|medlem\w*)\b", re.I)
_STAFF = re.compile(r"\b(?:forvaltning\w*|administration\w*|embedsfolk\w*|embedsm[æa]nd\w*|"
                    r"ledelsen)", re.I)
_MEMBER = re.compile(r"\((?:[A-ZÆØÅ]|løsgænger\w*)\)", re.I)


def _body(meeting, aspect: str, committee: str) -> str:  # noqa: ANN001 - MeetingInfo
    label = held_label(meeting, committee)
    upper = label[0].upper() + label[1:]
    if aspect in ("attendees", "absentees") and meeting.called and not meeting.attendees:
        return _called(meeting, label, aspect)
    if aspect == "absentees":
        late = [e for e in meeting.attendees if part_time(e)]  # "(fraværende til og med …)"
        also = f" Fraværende en del af mødet: {', '.join(late)}." if late else ""
        if meeting.absentees:
            return f"Afbud/fravær til {label}: " + ", ".join(meeting.absentees) + "." + also
        if late:
            return f"Ingen havde afbud til hele {label}.{also}"
        return f"Referatet af {label} nævner ingen afbud." + (
            " Deltog: " + ", ".join(meeting.attendees) + "." if meeting.attendees else "")
    # (an agenda is written before its meeting: "holdes", "begynder")
    agenda = getattr(meeting, "doc_type", "") == DAGSORDEN
    if aspect == "place":
        held = "holdes" if agenda else "blev holdt"
        return (f"{upper} {held}: {meeting.place}." if meeting.place
                else f"Referatet af {label} nævner ikke mødestedet.")
    if aspect == "name":
        return f"Den {danish_date(meeting.date)} hed udvalget {committee}."
    if aspect == "time":
        day = f"{upper} {'er' if agenda else 'var'} en {danish_weekday(meeting.date)}"
        begins = "begynder" if agenda else "begyndte"
        return (f"{day} og {begins} kl. {meeting.start_time}." if meeting.start_time
                else f"{day}; referatet nævner ikke tidspunktet.")
    if aspect == "agenda":
        return f"Dagsorden for {label} ({len(meeting.agenda)} punkter):\n" + "\n".join(
            list_entry(n, agenda_label(meeting, n), f"{'Lukket: ' if closed else ''}{title}")
            for n, title, closed in meeting.agenda)
    if meeting.attendees:
        body = f"Deltagere i {label}:\n" + "\n".join(f"- {p}" for p in meeting.attendees)
        return body + ("\n\nAfbud: " + ", ".join(meeting.absentees) if meeting.absentees
                       else "")
    return (f"Referatet af {label} har ingen deltagerliste"
            + (f"; det nævner kun afbud fra: {', '.join(meeting.absentees)}."
               if meeting.absentees else "."))


def _aspect_body(ctx: Context, meeting, aspect: str) -> str:  # noqa: ANN001 - MeetingInfo
    """`_body`, and for apologies the absence the items note when the list has none."""
    committee = ctx.committee(meeting.ref)
    if aspect == "absentees" and not meeting.absentees and not meeting.called:
        noted = absences_line(ctx, meeting, held_label(meeting, committee))
        if noted:
            return noted
    body = _body(meeting, aspect, committee)
    if aspect in ("attendees", "absentees") and (meeting.attendees or meeting.absentees):
        # "Var hele udvalget til stede hele mødet?": an item's "Fraværende: …" too
        body += f"\n{items}" if (items := at_items_line(ctx, meeting)) else ""
    return body


def scene_meeting(ctx: Context, aspect: str) -> Answer | None:
    """The list of the meeting a clause names by what happened there ("Hvilke politikere
    sad i udvalget, da de holdt temamødet om natur i byen?", "Hvem manglede ved
    byrådsmødet, hvor budgettet blev vedtaget?"): the best item's meeting's own list."""
    meeting = ctx.lookup.meeting(ctx.candidates[0].ref) if ctx.candidates else None
    if meeting is None or not (meeting.attendees or meeting.absentees or meeting.called):
        return None
    return front_page(ctx, meeting, _aspect_body(ctx, meeting, aspect))


def _called(meeting, label: str, aspect: str) -> str:  # noqa: ANN001 - MeetingInfo
    """Only the agenda is in the archive: whom it calls, and that who came or stayed
    away only the minutes would say."""
    called = "\n".join(f"- {p}" for p in meeting.called)
    known = (f"\n\nAfbud meldt inden mødet: {', '.join(meeting.absentees)}."
             if meeting.absentees else "")
    lead = ("Hvem der havde afbud" if aspect == "absentees" and not meeting.absentees
            else "Hvem der deltog")
    return (f"Kun dagsordenen til {label} er i arkivet, ikke referatet. {lead}, står i "
            f"referatet. Dagsordenen indkalder:\n{called}{known}")


def compose_meeting(ctx: Context) -> Answer:
    if ctx.q.meeting_aspect in (None, "attendees", "absentees") and MEETINGS_ASKED.search(
            ctx.question):
        record = attendance_record(ctx)  # "hvilke møder var Musa Kekec med til?"
        if record is not None:
            return record
    meeting = None
    dated = [i for i in ctx.items if i.is_meeting] or ctx.items
    dated = occasion_first(ctx.question, dated, ctx.lookup)  # ("det ekstraordinære møde")
    if not ctx.q.has_date and MEETING_BY_SCENE.search(ctx.question):
        # "Mødet hvor Implement præsenterede analysen – …": the meeting of the item that
        # tells the scene, not the best whole-meeting text
        told = max((i for i in ctx.items if not i.is_meeting), key=lambda i: i.score,
                   default=None)
        dated = [told, *dated] if told is not None else dated
    if dated:
        meeting = ctx.lookup.meeting(dated[0].ref)
    if meeting is None:
        return decline(ctx)
    if ctx.q.meeting_aspect in ASPECTS and ctx.q.date_from is None and not (
            ctx.q.has_date or ctx.q.relative_meeting) and EVERY_MEETING.search(ctx.question):
        every = every_meeting(ctx, committee_meetings(ctx, meeting), ctx.q.meeting_aspect)
        if every is not None:  # "hvem har meldt afbud til udvalgsmøderne, år for år?"
            return every
    if ctx.q.meeting_aspect in (None, "attendees", "absentees"):
        named = named_people(ctx, meeting)
        if named is not None:
            return named
    if ctx.q.meeting_aspect in (None, "attendees", "absentees") \
            and not asks_several_roles(ctx.question):
        # "hvilken 2. viceborgmester sad med ved udvalgsmødet 7/2-2023?": the one entry
        holder = role_holder(ctx, PERSON)
        if holder is not None:
            return holder
        word = asked_role_word(ctx.question)
        if word:  # "GIS-medarbejderen – var han med?": no one on the list, an item's guest
            title = set(stems(word, frozenset())) | title_unit(ctx.question)
            guest = guest_at_item(ctx, meeting, title, word, need=len(title))
            if guest is not None:
                return guest
    if ctx.q.meeting_aspect == "attendees" and MEMBERS_ASKED.search(ctx.question):
        # "hvem sidder i udvalget?": the members on the list of the meeting named, else
        # of the committee's latest meeting (those with afbud are members too)
        if not (ctx.q.has_date or ctx.q.relative_meeting):
            meeting = committee_meetings(ctx, meeting)[-1]
        members = [e for e in meeting.listed if _MEMBER.search(e)]
        if members:  # ("hvor mange medlemmer har udvalget?": counted)
            return listed(ctx, meeting, members, counted="Udvalget har {n} medlemmer på listen:")
    if ctx.q.meeting_aspect in (None, "attendees") and _STAFF.search(ctx.question) and not (
            _MEMBERS_TOO.search(ctx.question)):
        # "hvem repræsenterede forvaltningen ved mødet?": the list without the members
        staff = [e for e in meeting.listed if not _MEMBER.search(e)]
        if staff:
            return listed(ctx, meeting, staff)
    if ctx.q.meeting_aspect == "agenda" and CLOSED_WORDS.search(ctx.question):
        return closed_items(ctx, meeting)
    if ctx.q.meeting_aspect == "time" and _ASKS_END.search(ctx.question):
        # minutes give when a meeting began, seldom when it ended
        began = f", kun at det begyndte kl. {meeting.start_time}" if meeting.start_time else ""
        note = (f"Referatet af mødet i {ctx.committee(meeting.ref)} den "
                f"{danish_date(meeting.date)} nævner ikke, hvornår mødet sluttede{began}.")
        return decline(ctx, note, lead="Det står ikke i referaterne.",
                       cite=meeting.ref)
    if ctx.q.meeting_aspect == "agenda":
        placed = compose_position(ctx, meeting) or compose_on_agenda(ctx, meeting)
        if placed is not None:  # "hvad var det sidste punkt på mødet 9. juni 2015?"
            return placed
    if ctx.q.meeting_aspect == "agenda" and _CARRIED_OVER.search(ctx.question):
        return _carried_over(ctx, meeting)
    if ctx.q.meeting_aspect == "agenda":
        decided = items_by_outcome(ctx, meeting)
        if decided is not None:
            return decided
    habit = habitual(ctx)  # "hvilket mødelokale bruger udvalget normalt?"
    if habit is not None:
        return habit
    aspect = ctx.q.meeting_aspect or "attendees"
    body = _aspect_body(ctx, meeting, aspect)
    if aspect == "attendees" and HOW_MANY.search(ctx.question) and meeting.attendees:
        body = f"{_head_count(meeting.attendees)}\n{body}"
    verdict = _time_verdict(ctx.question, meeting) if aspect == "time" else None
    if verdict:
        body = f"{verdict} {body}"  # "Var septembermødet en tirsdag eftermiddag?" — "Ja. …"
    for also in _BOTH.get(aspect, ()):  # "sted og klokkeslæt", "…, og havde nogen afbud?"
        if asks_aspect(ctx.question, also):
            body += "\n" + _aspect_body(ctx, meeting, also)
    answer = front_page(ctx, meeting, body)
    if aspect == "attendees" and not meeting.attendees and not meeting.called:
        # the minutes list no one who took part: "kan man se, hvem der var til stede?" is
        # answered no; "hvem deltog?" is not answered (what they do say, the apologies,
        # is shown) and counts as declined
        yes_no = is_yes_no(ctx.question)
        answer.text = f"{'Nej.' if yes_no else 'Det står ikke i referatet.'}\n{answer.text}"
        answer.declined = not yes_no
    if aspect == "place" and (elsewhere := _held_elsewhere(ctx, meeting)) is not None:
        # the front page says the town hall, an item says the meeting is held at a firm:
        # both, as the minutes say them
        n, title, sentence, decision = elsewhere
        ref = agenda_ref(meeting, n)
        answer.text += (f"\n\n{capital(agenda_name(meeting, n))} ({title}) siger dog om "
                        f"mødestedet:\n{quote_block(sentence)}") + (
            f"\nPunktets beslutning: »{decision}«" if decision else "")
        answer.citations.append(ctx.cite(ref, sentence, "Sagsfremstilling", title=title))
    return answer


def _held_elsewhere(ctx: Context, meeting) -> tuple[int, str, str, str] | None:  # noqa: ANN001
    """(punkt, title, sentence, decision) of the first item sentence that places the
    meeting somewhere its front page does not name; None when none does."""
    place = set(stems(meeting.place or ""))
    for n, title, view in open_items(ctx, meeting):
        for _, text in view.sections:
            for sentence in sentences(text):
                if HELD_AT.search(sentence) and not set(stems(sentence)) & place:
                    return n, title, sentence, " ".join(view.section("Beslutning").split())
    return None


# alternatives and clock times are no one part of the day to say yes or no to
_NO_VERDICT = re.compile(r"\b(?:eller|før|efter|senere|tidligere|kl)\b|\b\d{1,2}[.:]\d\d\b", re.I)


def _time_verdict(question: str, meeting) -> str | None:  # noqa: ANN001 - MeetingInfo
    """"Ja." or "Nej." to a yes/no question on a meeting's weekday or part of the day,
    when the minutes give what it asks; None otherwise."""
    if not is_yes_no(question) or _NO_VERDICT.search(question):
        return None
    text, checks = question.lower(), []
    days = [d for d in DANISH_WEEKDAYS if re.search(rf"\b{d}", text)]
    if days:
        checks.append(danish_weekday(meeting.date) in days)
    for word, first, last in DAY_PARTS:
        if re.search(rf"\b{word}", text):
            if not re.match(r"\d", meeting.start_time or ""):
                return None
            checks.append(begins_in(meeting.start_time, first, last))
    return ("Ja." if all(checks) else "Nej.") if checks else None


_BOTH = {"place": ("time", "absentees"), "time": ("place", "absentees"),
         "absentees": ("place", "time")}


def _head_count(attendees: list[str]) -> str:
    """"7 af udvalgets medlemmer deltog (og 4 fra administrationen)." — members are the
    entries with a party letter; without any, every entry is counted."""
    members = [e for e in attendees if _MEMBER.search(e)]
    if not members:
        return f"{len(attendees)} deltog."
    staff = len(attendees) - len(members)
    return (f"{len(members)} af udvalgets medlemmer deltog"
            + (f" (og {staff} fra administrationen)." if staff else "."))


# Items treated before: "hvilke af sagerne var blevet skubbet fra et tidligere møde?"
_CARRIED_OVER = re.compile(r"\b(?:tidligere|forrige|et andet)\s+(?:\w+-?)?møde\b|"
                           r"\bbehandlet\s+(?:\w+\s+)?før\b", re.I)
_POSTPONED_THEN = re.compile(r"\budsæt\w*|\budsat\w*", re.I)


def _carried_over(ctx: Context, meeting) -> Answer:  # noqa: ANN001 - MeetingInfo
    """The meeting's items that an earlier meeting treated (their decision history),
    each cited with that history; only the postponed ones when the question says so
    ("skubbet", "udsat")."""
    label = meeting_label(ctx, meeting)
    postponed = bool(re.search(r"\b(?:skub\w*|udsat\w*|udskudt\w*)", ctx.question, re.I))
    found = []
    for n, title, view in open_items(ctx, meeting):
        earlier = " ".join(" ".join(view.section(h).split()) for h in HISTORY_SECTIONS
                           if view.section(h))
        if earlier and (not postponed or _POSTPONED_THEN.search(earlier)):
            found.append((n, title, earlier))
    if not found:
        what = "udsat på" if postponed else "behandlet på"
        return front_page(ctx, meeting, f"Referatet af {label} nævner ingen punkter, der "
                                         f"var {what} et tidligere møde.")
    what = "blev udsat på" if postponed else "var behandlet på"
    body = f"Punkter på {label}, der {what} et tidligere møde:\n" + "\n".join(
        f"- {capital(agenda_name(meeting, n))}: {title} — »{earlier}«"
        for n, title, earlier in found)
    # the meeting (what was asked about), then each item with its history
    cites = [ctx.cite(meeting.ref, body, "Møde", title="")] + [
        ctx.cite(agenda_ref(meeting, n), earlier, HISTORY_SECTIONS[0], title=title)
        for n, title, earlier in found]
    return meeting_first(ctx, meeting.ref, ctx.answer(body, cites, kind="meeting"))
