"""A meeting's items chosen by what became of them: "hvilke sager blev udsat på mødet?",
"blev noget udsat den 6. februar 2024?", "hvilke sager skulle videre til
kommunalbestyrelsen?", "hvilket punkt var det Økonomiudvalget, der skulle træffe
beslutning i?", "hvilke punkter blev kun drøftet, uden en egentlig beslutning?".

Three ways an item is chosen, the first the question names:
- the body that makes the decision, from the item's "Beslutningen træffes af" (or, where
  the minutes print no such line, a decision that recommends: "Indstilles til
  godkendelse" goes to the council);
- a discussion without a decision ("Sagen blev drøftet");
- the decision's outcome (`decision.outcome`: udsat, afvist, anbefalet, efterretning,
  godkendt).

>>> asked_body("Hvilke sager skulle videre til kommunalbestyrelsen?")
'kommunalbestyrelsen'
>>> asked_body("Hvilket punkt var det Økonomiudvalget, der skulle træffe beslutning i?")
'Økonomiudvalget'
>>> asked_body("Hvilke sager blev udsat?")
''
>>> bool(DISCUSSED_ASKED.search("Hvilke punkter blev kun drøftet, uden en beslutning?"))
True
"""

from __future__ import annotations

import re

from referat.danish import stems
from referat.domain import Answer, Filters
from referat.labels import capital

from ..catalog import agenda_name, agenda_ref
from ..intent import is_yes_no
from .base import Context
from .decision import asked_outcome, outcome
from .front_page import front_page, meeting_first, meeting_label, open_items

_OUTCOME_SAID = {"udsat": "blev udsat", "afvist": "blev afvist",
                 "anbefalet": "blev sendt videre (anbefalet til et andet organ)",
                 "efterretning": "blev taget til efterretning", "godkendt": "blev godkendt",
                 "drøftet": "blev drøftet uden en egentlig beslutning"}

# A body that decides: "kommunalbestyrelsen", "byrådet", "Økonomiudvalget", "Regionsrådet"
_BODY = r"(?:kommunalbestyrelse\w*|byråd\w*|regionsråd\w*|[a-zæøå-]*udvalg(?:et|ets)?)"
# ... named as where the matter goes or who decides it: "videre til byrådet", "skal
# Kommunalbestyrelsen træffe beslutning", "var det Økonomiudvalget, der skulle træffe
# beslutning", "hvor beslutningen træffes af Økonomiudvalget", "har det endelige ord"
_BODY_ASKED = [
    re.compile(rf"\b(?:videre|sendt|sendes|oversendt|oversendes)\s+til\s+(?:\w+\s+)?({_BODY})",
               re.I),
    re.compile(rf"\btræffes\s+af\s+({_BODY})", re.I),
    re.compile(rf"\b({_BODY}),?\s+(?:der\s+)?(?:skulle|skal|som\s+skulle|som\s+skal)\s+"
               r"(?:træffe|tage|have)\s+(?:den\s+)?(?:endelige\s+)?(?:beslutning|stilling|ord)",
               re.I),
    re.compile(rf"\b(?:skulle|skal)\s+({_BODY})\s+(?:træffe|tage)\s+(?:den\s+)?(?:endelige\s+)?"
               r"(?:beslutning|stilling)", re.I),
]
# "hvilke punkter blev kun drøftet?", "… drøftet, uden en egentlig beslutning"
DISCUSSED_ASKED = re.compile(r"\b(?:kun|bare|blot)\s+(?:blev\s+)?drøftet\b|"
                             r"\bdrøftet\b[^?]*\buden\b", re.I)
_DISCUSSED = re.compile(r"^\W*(?:sagen|punktet|temaet|emnet|oplægget|orienteringen)?\s*"
                        r"(?:blev\s+)?drøftet\b|^\W*udvalget\s+drøftede\b", re.I)


def committee_meetings(ctx: Context, meeting) -> list:  # noqa: ANN001 - MeetingInfo
    """Every meeting of the committee the question names (of the municipality, when it
    names none: "udvalget" renamed over the years), in date order, with their agendas."""
    named = [meeting.committee] if ctx.q.committee_mention else []
    heads = ctx.lookup.meetings_in(Filters(municipalities=[meeting.municipality],
                                           committees=named))
    return [ctx.lookup.meeting(h.ref) or h for h in sorted(heads, key=lambda m: m.date)]


def meetings_in_scope(ctx: Context) -> list:
    """Every meeting of the question's period (all, when it names none) of the
    municipalities retrieved and the committee it names, in date order, with their
    agendas; [] when nothing was retrieved to say which municipality is meant."""
    municipalities = sorted({i.ref.municipality for i in ctx.items})
    if not municipalities:
        return []
    q = ctx.q
    committees = sorted({ctx.items[0].ref.committee}) if q.committee_mention else []
    heads = ctx.lookup.meetings_in(Filters(
        date_from=q.date_from, date_to=q.date_to or q.date_from,
        municipalities=municipalities, committees=committees))
    return [ctx.lookup.meeting(h.ref) or h for h in sorted(heads, key=lambda m: m.date)]


def opening(ctx: Context, meeting) -> str:  # noqa: ANN001 - MeetingInfo
    """The meeting's label opening a list line: "Mødet i … den 7. februar 2023"."""
    label = meeting_label(ctx, meeting)
    return label[:1].upper() + label[1:]


# The council a recommendation goes to; a question of why or how; one meeting named;
# approval asked
_COUNCIL = re.compile(r"^(?:kommunalbestyrelse|byråd|regionsråd)", re.I)
_WHY_HOW = re.compile(r"\b(?:hvorfor|hvordan)\b", re.I)
_ONE_MEETING = re.compile(r"\b(?:mødet|møde\s+(?:hos|på|om))\b|\bda\s+udvalget\b", re.I)
_APPROVED = re.compile(r"\b(?:godkend\w*|vedtaget|vedtog)\b", re.I)


def asked_body(question: str) -> str:
    """The body the question asks to decide the items, as written; "" for none."""
    return next((m.group(1) for rx in _BODY_ASKED if (m := rx.search(question))), "")


def _same_body(asked: str, decider: str) -> bool:
    """"kommunalbestyrelsen" is "Kommunalbestyrelsen", "byrådet" is "Byrådet"."""
    a, d = stems(asked, frozenset())[:1], stems(decider, frozenset())[:1]
    return bool(a and d and (a[0] == d[0] or (_COUNCIL.match(asked) and _COUNCIL.match(
        decider))))


def _chosen(decision: str, decider: str, asked: str, body: str) -> bool:
    """Does an item with this decision and deciding body answer the question?"""
    if body:
        if decider:
            return _same_body(body, decider)
        # no "Beslutningen træffes af" printed: a recommendation goes to the council
        return bool(_COUNCIL.match(body)) and outcome(decision) == "anbefalet"
    if asked == "drøftet":
        return bool(_DISCUSSED.search(decision))
    return outcome(decision) == asked


def _found(ctx: Context, meeting, asked: str, body: str) -> list:  # noqa: ANN001
    """(meeting, punkt, title, decision, decider note) of the meeting's chosen items."""
    found = []
    for n, title, view in open_items(ctx, meeting):
        decision = " ".join(view.section("Beslutning").split())
        decider = " ".join(view.section("Beslutningen træffes af").split()).rstrip(".")
        if decision and _chosen(decision, decider, asked, body):
            found.append((meeting, n, title, decision, f" (beslutningen træffes af {decider})"
                          if decider else ""))
    return found


def items_by_outcome(ctx: Context, meeting) -> Answer | None:  # noqa: ANN001 - MeetingInfo
    """"Hvilke sager sendte udvalget videre til byrådet i juni 2015?", "hvilke punkter blev
    udsat på mødet?": the meeting's items whose decision has that outcome (or that body
    decides), each cited — of every meeting of the committee when the question names none
    ("Har udvalget på nogen af møderne udsat en sag?"); None when the question names no
    outcome."""
    body = asked_body(ctx.question)
    asked = "drøftet" if DISCUSSED_ASKED.search(ctx.question) else (
        asked_outcome(ctx.question) or ("godkendt" if _APPROVED.search(ctx.question) else ""))
    if body:
        asked = "anbefalet"
    if not asked or _WHY_HOW.search(ctx.question):
        return None  # ("Hvorfor valgte udvalget at udsætte en sag …?" asks a reason)
    said = f"skulle afgøres af {capital(body)}" if body else _OUTCOME_SAID[asked]
    yes_no = is_yes_no(ctx.question)  # "Blev noget udsat på mødet …?": Ja/Nej first
    if not (ctx.q.has_date or ctx.q.relative_meeting or _ONE_MEETING.search(ctx.question)):
        # no meeting named ("på mødet hos Caverion", "da udvalget valgte …" name one)
        found = [f for m in committee_meetings(ctx, meeting)
                 for f in _found(ctx, m, asked, body)]
        label = ""
        if not found:
            return front_page(ctx, meeting, ("Nej. " if yes_no else "")
                              + f"Ingen punkter i de indlæste referater {said}.")
    else:
        found, label = _found(ctx, meeting, asked, body), meeting_label(ctx, meeting)
    if not found:
        return front_page(ctx, meeting, ("Nej. " if yes_no else "")
                          + f"Ingen punkter på {label} {said} ifølge referatet.")
    lines = [f"- {opening(ctx, m)}, {agenda_name(m, n)}" if not label
             else f"- {capital(agenda_name(m, n))}" for m, n, *_ in found]
    head = ("Ja. " if yes_no else "") + (
        f"Disse punkter på {label} {said}:\n" if label else f"Disse punkter {said}:\n")
    body_text = head + "\n".join(
        f"{line}: {title} — beslutning: »{decision}«{decider}"
        for line, (_, _, title, decision, decider) in zip(lines, found, strict=True))
    cites = [ctx.cite(agenda_ref(m, n), decision, "Beslutning", title=title)
             for m, n, title, decision, _ in found]
    return meeting_first(ctx, cites[0].ref, ctx.answer(body_text, cites, kind="meeting"))
