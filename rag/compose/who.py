"""Who-questions by role: who voted against or for, who abstained, who presented or
took part under the item. Each role has its own lines in the minutes ("Stemte imod:",
"undlod at stemme", "Yderligere deltagelse"); a question about one role is never
answered from another role's list. Attendance and absence of the whole meeting are
the meeting composer's."""

from __future__ import annotations

import re

from referat.danish import sentences
from referat.domain import PROTOCOL_SECTION, Answer, RetrievedItem
from referat.part_time import missed_items
from referat.values import PERSON, find_values

from ..asked_names import question_names
from ..asked_patterns import ATTENDANCE_ASKED
from ..intent import is_yes_no
from ..parties import asked_party
from .base import Context, quote_block, where
from .meeting import scene_meeting
from .near_miss import not_stated
from .passage import STATEMENT_ASKED
from .role_lines import ROLE_LINES

# Someone from outside the committee at one item: "hvem fra administrationen var med",
# "… under behandlingen", "deltog i temadrøftelsen", "hvilke medarbejdere deltog".
_GUESTS_ASKED = re.compile(r"\bhvem fra\b|\bunder (?:punktet|behandlingen)\b|,? da\b|"
                           r"\bdelt(?:og|ager) i (?:\w+\s+){0,2}?\w*(?:drøftelse|behandling|"
                           r"punkt|oplæg|gennemgang|præsentation)\w*|\bhvilke (?:andre )?"
                           r"(?:medarbejdere|ansatte|embedsfolk|embedsmænd|konsulenter)\b", re.I)
# A meeting, or the committee's seats, named by a clause of what happened there: "Hvem
# manglede ved byrådsmødet, hvor …", "Hvilke politikere sad i udvalget, da …"
_SCENE_MEETING = re.compile(r"(?:\b[\wæøå-]*mødet(?:\s+[\wæøå.-]+){0,4}?|\bsad\s+i\s+"
                            r"[\wæøå,\s-]{0,60}?),\s*(?:hvor|da)\b", re.I)
_WHAT = {"against": "at nogen stemte imod", "for": "hvem der stemte for",
         "abstained": "at nogen undlod at stemme", "presenter": "hvem der fremlagde sagen",
         "proposer": "hvem der stod bag indstillingen"}


# Whether it ever happened, not at one item: "Sker det nogensinde, at nogen stemmer imod?"
_EVER = re.compile(r"\b(?:nogensinde|nogen sinde|nogen gang|nogle gange|hvor ofte|ofte|"
                   r"eksempl\w*)\b", re.I)
_VOTES = ("against", "abstained", "for")
_DOES_IT = re.compile(r"^\W*(?:sker|skete|er|var|har|findes) det\b", re.I)


def _votes_anywhere(ctx: Context, role: str) -> Answer | None:
    """Every retrieved item whose decision records a vote of the roles the question
    names ("stemmer imod eller undlader at stemme"), in date order; None if none does."""
    if question_names(ctx.question) or asked_party(ctx.question):
        return None  # "Har Allan Kristensen nogensinde stemt imod?": his lines, not anyone's
    roles = [r for r in _VOTES if r == role or ROLE_LINES[r].search(ctx.question)]
    found = []
    for item in ctx.candidates:
        view = ctx.lookup.item(item.ref)
        lines = [s for s in sentences(view.section("Beslutning"))
                 if any(ROLE_LINES[r].search(s) for r in roles)] if view else []
        if lines:
            found.append((item, " ".join(lines)))
    if not found:
        return None
    found.sort(key=lambda f: (f[0].meeting_date, f[0].punkt or 0))
    several = len(ctx.lookup.municipalities) > 1
    lead = "Ja. " if is_yes_no(ctx.question) or _DOES_IT.search(ctx.question) else ""
    body = lead + "\n".join(f"{where(item, several)}:\n{quote_block(quote)}"
                             for item, quote in found)
    return ctx.answer(body, [ctx.cite(item, quote, "Beslutning") for item, quote in found],
                      kind="who")


ABSENT_LINE = re.compile(r"\b(?:afbud|fraværende|fravær|ikke til stede|deltog ikke)\b", re.I)


_ROLE_AT_END = re.compile(r"\(([^()]+)\)$")


def _missed(attendees: list[str], punkt: int) -> list[str]:
    """The attendees there for part of the meeting only who missed item `punkt`: their
    entry's role says so ("Dorte Lund (Ø) (mødte fra punkt 2)" missed punkt 1)."""
    return [entry for entry in attendees if (m := _ROLE_AT_END.search(entry))
            and missed_items(m.group(1), [punkt])]


def _absent_at_item(ctx: Context) -> Answer | None:
    """"Hvem havde afbud, da udvalget behandlede statussen?": the item's own absence
    lines ("Afbud: …", "… deltog ikke i sagens behandling"), else the list of the
    meeting that treated it — who was absent from the meeting missed its items. None
    when neither names anyone (another composer may still find it in the text)."""
    top = ctx.candidates[0]
    view = ctx.lookup.item(top.ref)
    meeting = ctx.lookup.meeting(top.ref)
    if view is None:
        return None
    place = where(top, len(ctx.lookup.municipalities) > 1)
    own = [s for s in sentences(view.section("Beslutning")) if ABSENT_LINE.search(s)]
    if own:
        quote = " ".join(own)
        return ctx.answer(f"{place}:\n{quote_block(quote)}",
                          [ctx.cite(top, quote, "Beslutning")], kind="who")
    if meeting is None or not (meeting.absentees or meeting.attendees):
        return None
    missed = _missed(meeting.attendees, top.ref.punkt)
    if missed:  # "Bo Jensen (V) (deltog ikke i behandlingen af punkt 3 og 4)"
        names = ", ".join([*meeting.absentees, *missed])
        body = (f"Fraværende ved punktet ({place}), ifølge deltagerlisten til mødet:\n"
                f"{quote_block(names)}")
        return ctx.answer(body, [ctx.cite(top, names, "Afbud")], kind="who")
    if not meeting.absentees:  # a list of who took part, and no one sent apologies
        body = (f"Ingen havde afbud ifølge deltagerlisten til mødet, hvor sagen blev "
                f"behandlet ({place}). Deltog: {', '.join(meeting.attendees)}.")
        return ctx.answer(body, [ctx.cite(meeting.ref, body, "Møde", title="")], kind="who")
    names = ", ".join(meeting.absentees)
    body = f"Afbud til mødet, hvor sagen blev behandlet ({place}):\n{quote_block(names)}"
    return ctx.answer(body, [ctx.cite(top, names, "Afbud")], kind="who")


def _voted_item(ctx: Context, role: str) -> RetrievedItem:
    """The best item, or one found nearly as well whose decision records the vote asked
    for when the best one's records none ("Hvem i ØU stemte imod dele af planen for
    europaparlamentsvalget?" — the budget item first, the election item's "(Ø) stemmer
    imod pkt. 14" a hair behind)."""
    best = ctx.candidates[0]

    def voted(item: RetrievedItem) -> bool:
        view = ctx.lookup.item(item.ref)
        return view is not None and bool(ROLE_LINES[role].search(view.section("Beslutning")))

    if voted(best):
        return best
    near = [c for c in ctx.candidates[1:ctx.weights.vote_item_reach]
            if c.score >= ctx.weights.vote_item_share * best.score]
    return next((c for c in near if voted(c)), best)


def compose_who(ctx: Context, role: str) -> Answer | None:
    """The role's lines of the best item; None for roles this composer does not own."""
    if role in _VOTES and _EVER.search(ctx.question):
        answer = _votes_anywhere(ctx, role)
        if answer is not None:
            return answer
    if role in ("participant", "absent") and ATTENDANCE_ASKED.search(ctx.question) and (
            _SCENE_MEETING.search(ctx.question)):
        # the meeting named by what happened there: its own list, not an item's guests
        scene = scene_meeting(ctx, "attendees" if role == "participant" else "absentees")
        if scene is not None:
            return scene
    if role == "participant" and _GUESTS_ASKED.search(ctx.question):
        # "hvem fra administrationen var med, da udvalget besøgte Toms?": someone from
        # outside the committee at one item — the item's guests (the meeting's own list
        # is the meeting composer's; "hvem er medlemmer af styregruppen?" is neither).
        role = "presenter"
    if role == "absent" and ctx.candidates:
        return _absent_at_item(ctx)
    rx = ROLE_LINES.get(role)
    if rx is None or not ctx.candidates:
        return None
    top = _voted_item(ctx, role) if role in _VOTES else ctx.candidates[0]
    view = ctx.lookup.item(top.ref)
    if view is None:
        return None
    lines: list[tuple[str, str]] = []
    if role == "presenter":
        # "Yderligere deltagelse", else any sentence that says who presents
        extra = view.section("Yderligere deltagelse")
        lines = [("Yderligere deltagelse", extra)] if extra else [
            (name, s) for name, text in view.sections for s in sentences(text)
            if rx.search(s) and find_values(s, frozenset({PERSON}))]
        if not lines:
            return None  # the fact composer may still find the name
    elif role == "against" and STATEMENT_ASKED.search(ctx.question) and view.section(
            PROTOCOL_SECTION):
        # "Hvem fik ført til protokol?": the entry names whose it is ("Protokoltilførsel
        # fra Ø: …"); quoted whole
        lines = [(PROTOCOL_SECTION, " ".join(view.section(PROTOCOL_SECTION).split()))]
    else:
        # the decision's vote lines, or (who proposed) the Indstilling's opening
        section = "Indstilling" if role == "proposer" else "Beslutning"
        lines = [(section, s) for s in sentences(view.section(section)) if rx.search(s)][:1
                 if role == "proposer" else None]
    decision = view.section("Beslutning")
    if not lines and role == "against" and (ROLE_LINES["for"].search(decision)
                                            or ROLE_LINES["abstained"].search(decision)):
        # the vote is recorded and no one is listed against: that is the answer
        place = where(top, len(ctx.lookup.municipalities) > 1)
        body = (f"Ingen stemte imod ifølge referatet. {place}, beslutningen:\n"
                f"{quote_block(decision)}")
        return ctx.answer(body, [ctx.cite(top, decision, "Beslutning")], kind="who")
    if not lines:
        return not_stated(ctx, top, _WHAT[role])
    quote = " ".join(text for _, text in lines)
    body = f"{where(top, len(ctx.lookup.municipalities) > 1)}:\n{quote_block(quote)}"
    return ctx.answer(body, [ctx.cite(top, quote, lines[0][0])], kind="who")
