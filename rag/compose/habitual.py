"""Where, on which weekday and at what time a committee meets as a rule, read off every
meeting of the archive: "Hvilket mødelokale bruger udvalget normalt?" — "Møderne i
arkivet blev holdt her: …"."""

from __future__ import annotations

import re

from referat.danish import danish_date, danish_weekday
from referat.domain import Answer, Filters

from .base import Context
from .front_page import meeting_first

# Where the committee meets as a rule, not where one meeting was held ("hvor blev mødet
# holdt?" in a conversation asks the meeting of the previous answer).
_HABITUAL = re.compile(r"\b(?:normalt|plejer|sædvanligvis|typisk|altid|som regel|sine møder|"
                       r"hver gang|(?:om|på) (?:man|tirs|ons|tors|fre|lør|søn)dagen|"
                       r"møderne|bruger)\b", re.I)


# What a committee does as a rule: where it meets (the place, "Mødecenter C - Lokale 29"
# as "Mødecenter C, Lokale 29"), on which weekday, at what time: (key, label, lead, what
# all meetings did).
_HABITS = {
    "place": (lambda m: " ".join(re.findall(r"\w+", (m.place or "").lower())),
              lambda m: m.place, "Møderne i arkivet blev holdt her:", "blev holdt her: {}"),
    "weekday": (lambda m: danish_weekday(m.date), lambda m: danish_weekday(m.date),
                "Møderne i arkivet blev holdt på disse ugedage:", "blev holdt på en {}"),
    "time": (lambda m: m.start_time or "", lambda m: f"kl. {m.start_time}",
             "Møderne i arkivet begyndte på disse tidspunkter:", "begyndte {}"),
}
_WEEKDAY_ASKED = re.compile(r"\b(?:ugedag\w*|dag i ugen|(?:man|tirs|ons|tors|fre|lør|søn)dag\w*)",
                            re.I)


def habitual(ctx: Context) -> Answer | None:
    """The committee's habit when the question asks one ("hvilket mødelokale bruger
    udvalget normalt?", "holder udvalget altid sine møder om tirsdagen?": no one meeting
    is asked); None otherwise."""
    aspect = ctx.q.meeting_aspect
    if aspect not in _HABITS or ctx.q.date_from is not None or ctx.q.relative_meeting or (
            not _HABITUAL.search(ctx.question)):
        return None
    return _habitual(ctx, aspect)


def _habitual(ctx: Context, aspect: str) -> Answer | None:
    """Where (on which weekday, at what time) the retrieved committees' meetings were held, the
    most usual first, each with its meetings in date order and cited by its latest;
    None for fewer than two meetings."""
    if aspect == "time" and _WEEKDAY_ASKED.search(ctx.question):
        aspect = "weekday"  # "holder udvalget altid sine møder om tirsdagen?"
    key, label, lead, every = _HABITS[aspect]
    seen = [m for m in map(ctx.lookup.meeting, (i.ref for i in ctx.items)) if m is not None]
    # every meeting of the committees (and municipalities) the retrieved ones are of
    wanted = Filters(committees=sorted({m.committee for m in seen}),
                     municipalities=sorted({m.municipality for m in seen}))
    listing = getattr(ctx.lookup, "meetings_in", None)
    meetings = {m.ref: m for m in (listing(wanted) if listing else seen) if key(m)}
    if len(meetings) < 2:
        return None
    by_key: dict[str, list] = {}
    for m in sorted(meetings.values(), key=lambda m: m.date):
        by_key.setdefault(key(m), []).append(m)
    ranked = sorted(by_key.values(), key=lambda ms: (-len(ms), -ms[-1].date.toordinal()))
    lines = [f"- {label(ms[-1])} ({len(ms)} {'møde' if len(ms) == 1 else 'møder'}: "
             + ", ".join(danish_date(m.date) for m in ms) + ")" for ms in ranked]
    if len(ranked) == 1:  # "Alle 3 møder i arkivet blev holdt på en tirsdag (…)."
        lines = [f"({', '.join(danish_date(m.date) for m in ranked[0])})."]
        lead = f"Alle {len(meetings)} møder i arkivet {every.format(label(ranked[0][0]))}"
    body = lead + ("\n" if len(ranked) > 1 else " ") + "\n".join(lines)
    cites = [ctx.cite(ms[-1].ref, ms[-1].place or "", "Møde", title="") for ms in ranked]
    return meeting_first(ctx, ranked[0][-1].ref, ctx.answer(body, cites, kind="meeting"))
