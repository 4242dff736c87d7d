"""An agenda item asked by its place on a meeting's agenda: "Hvad handlede det sidste
punkt om på mødet 9. juni 2015?", "Hvad var det første punkt?", "Hvilken sag kom lige
efter studieturen?" — answered from the meeting's list of items (`MeetingInfo.agenda`).

>>> agenda_position("Hvad var det næstsidste punkt på mødet?")
('ordinal', -2)
>>> agenda_position("Hvilken sag kom lige efter studieturen?")
('after', 1)
"""

from __future__ import annotations

import re

from referat.danish import danish_date, stems
from referat.domain import Answer
from referat.labels import capital

from ..agenda_places import AT_END, NEIGHBOUR_ITEM, ORDINAL_ITEM, ORDINALS
from ..catalog import agenda_name
from ..confidence import match_weight, stem_set
from ..meeting_intent import meeting_stems
from .base import Context
from .front_page import front_page, meeting_first

# "egentlige": the formalities around the matters do not count.
_PROPER = re.compile(r"\b(?:egentlige|rigtige)\b", re.I)
# "… efter meddelelserne", "… før godkendelsen af referatet": a place relative to an item
_RELATIVE = re.compile(r"\s+(?:på dagsordenen\s+)?(efter|før|inden)\s+((?:(?!på\b|i\b)[\w-]+\s*)+)",
                       re.I)
# Both neighbours: "lige før og lige efter", "umiddelbart efter og før"
_BOTH_SIDES = re.compile(r"(?:før|inden)\s+og\s+(?:\w+\s+)?efter\b|efter\s+og\s+(?:\w+\s+)?"
                         r"(?:før|inden)\b", re.I)
# "det sidste punkt før underskriftssiden": the formalities around it do not count either
_BEFORE_FORMALITY = re.compile(r"\b(?:før|inden)\s+(?:godkendelse\w*|underskrift\w*|eventuelt)\b",
                               re.I)
_FORMALITY = re.compile(r"^(?:godkendelse af (?:dagsorden|referat)\w*|eventuelt|"
                        r"underskrift\w*|meddelelser|orientering fra formanden)\b", re.I)


def agenda_position(question: str) -> tuple[str, int] | None:
    """("ordinal", index), ("after"/"before", ±1) or ("around", 0) for a question that
    asks for an item by its place on an agenda; None otherwise."""
    m = ORDINAL_ITEM.search(question)
    rel = _RELATIVE.match(question, m.end()) if m else None
    if m and rel and rel.group(1).lower() != "efter" and m.group(1) and ORDINALS[
            m.group(1).lower()] == -1 and (
            _FORMALITY.match(rel.group(2))):
        # "det sidste egentlige punkt før underskriftsiden": the last matter
        return "ordinal", -1
    if m and rel:
        # "det første punkt efter meddelelserne": the one after that item
        return ("after", 1) if rel.group(1).lower() == "efter" else ("before", -1)
    if m:
        return "ordinal", (ORDINALS[m.group(1).lower()] if m.group(1)
                           else AT_END[re.sub(r"\s+", " ", m.group(2).lower())])
    m = NEIGHBOUR_ITEM.search(question)
    if m and _BOTH_SIDES.match(question, m.start(1)):
        return "around", 0  # "hvilke sager lå lige før og lige efter punktet om …?"
    if m:
        return ("after", 1) if m.group(1).lower() == "efter" else ("before", -1)
    return None


def compose_position(ctx: Context, meeting) -> Answer | None:  # noqa: ANN001 - MeetingInfo
    """The item at the asked place of `meeting`'s agenda, with its number and title,
    citing the meeting; None when the question asks no place or the place is not on it.
    A neighbour ("lige efter studieturen") is of the first retrieved item; with no date
    named, in that item's meeting."""
    asked = agenda_position(ctx.question)
    if asked is None:
        return None
    how, step = asked
    if how != "ordinal" and not ctx.q.has_date:
        first = next((i for i in ctx.items if not i.is_meeting), None)
        meeting = (ctx.lookup.meeting(first.ref) if first is not None else None) or meeting
    agenda = list(meeting.agenda)
    if _PROPER.search(ctx.question) or _BEFORE_FORMALITY.search(ctx.question):
        agenda = [a for a in agenda if not _FORMALITY.search(a[1].strip())] or agenda
    if not agenda:
        return None
    label = f"mødet i {ctx.committee(meeting.ref)} den {danish_date(meeting.date)}"
    if how == "ordinal":
        if not -len(agenda) <= step < len(agenda):
            return None
        n, title, closed = agenda[step]
        word = next(w for w, i in ORDINALS.items() if i == step)
        return front_page(ctx, meeting, f"Det {word} punkt på dagsordenen for {label} var "
                                        f"{agenda_name(meeting, n)}: "
                                        f"{'Lukket: ' if closed else ''}{title}.")
    anchor = _anchor(ctx, meeting, agenda)
    if anchor is None:
        return None
    k = next(k for k, a in enumerate(agenda) if a[0] == anchor)
    if how != "around" and not 0 <= k + step < len(agenda):
        edge = "sidste" if step > 0 else "første"
        return front_page(ctx, meeting, f"{capital(agenda_name(meeting, anchor))} "
                                        f"({agenda[k][1]}) var det {edge} "
                                        f"punkt på dagsordenen for {label}.")
    lines = []
    for side in ((-1, 1) if how == "around" else (step,)):
        if 0 <= k + side < len(agenda):
            n, title, closed = agenda[k + side]
            lines.append(f"{'Efter' if side > 0 else 'Før'} {agenda_name(meeting, anchor)} "
                         f"({agenda[k][1]}) på dagsordenen for {label} kom "
                         f"{agenda_name(meeting, n)}: {'Lukket: ' if closed else ''}{title}.")
    return front_page(ctx, meeting, "\n".join(lines))


def _anchor(ctx: Context, meeting, agenda: list) -> int | None:  # noqa: ANN001
    """The number of the item a neighbour is asked of: the first retrieved item of the
    meeting, else the agenda title that names most of the question's topic."""
    numbers = {a[0] for a in agenda}
    # the item named after "efter"/"før" ("første punkt efter meddelelserne"), by its title
    named = (_RELATIVE.search(ctx.question) or NEIGHBOUR_ITEM.search(ctx.question))
    after = set(stems(ctx.question[named.end():] if named and named.re is NEIGHBOUR_ITEM
                      else named.group(2) if named else ""))
    titled = [(len(after & set(stems(title))), n) for n, title, _ in agenda]
    best = max(titled, default=(0, None))
    if best[0]:
        return best[1]
    for item in ctx.items:
        if not item.is_meeting and item.meeting_date == meeting.date and item.punkt in numbers:
            return item.punkt
    topic = set(ctx.q.topic)
    scored = [(len(topic & set(stems(title))), n) for n, title, _ in agenda]
    best = max(scored, default=(0, None))
    return best[1] if best[0] else None


# "Var X på dagsordenen …, og som hvilket punkt?", "hvilket punkt var X på mødet?": an
# item asked by its matter, for its place on the agenda
_ON_AGENDA = re.compile(r"\b(?:var|stod|kom)\s+(?:\w+\s+){1,8}?på\s+dagsordenen\b|"
                        r"\bsom\s+hvilket\s+punkt\b|\bhvilket\s+(?:punkt|nummer)\s+"
                        r"(?:var|havde|fik)\b", re.I)


_HOW_MANY = re.compile(r"\bhvor\s+mange\b", re.I)


# the whole agenda asked: "Hvad stod der på dagsordenen, da udvalget holdt møde hos Toms?"
_WHAT_ON_AGENDA = re.compile(r"\bhvad\s+(?:stod|var|kom)\s+(?:der\s+)?(?:egentlig\s+|så\s+)?"
                             r"på\s+dagsordenen\b", re.I)


def compose_on_agenda(ctx: Context, meeting) -> Answer | None:  # noqa: ANN001 - MeetingInfo
    """"Var regionens vækststrategi på dagsordenen i juni 2015, og som hvilket punkt?":
    the retrieved item of `meeting` the question is about, by its number and title,
    cited; None when the question asks no such thing or no confident item of the
    meeting names its matter (the agenda itself then answers)."""
    if not _ON_AGENDA.search(ctx.question) or _WHAT_ON_AGENDA.search(ctx.question) or (
            _HOW_MANY.search(ctx.question)):
        return None  # (not "hvor mange punkter var der på dagsordenen?": the count)
    found = next((i for i in ctx.candidates if i.meeting_date == meeting.date), None)
    if found is None:
        return None
    # (the matter, not the words that name the meeting: "dagsordenen", "EB-udvalget")
    matter = [t for t in ctx.q.topic if t not in meeting_stems()]
    titled = stem_set(found.title)
    if ctx.confidence(found) < ctx.min_confidence and not any(
            match_weight(t, titled, ctx.weights) >= ctx.weights.synonym_match for t in matter):
        return None
    label = f"mødet i {ctx.committee(meeting.ref)} den {danish_date(meeting.date)}"
    title = next((t for n, t, _ in meeting.agenda if n == found.punkt), found.title)
    body = f"Ja. På dagsordenen for {label} var det {agenda_name(meeting, found.punkt)}: {title}."
    cites = [ctx.cite(found.ref, title, "", title=title),
             ctx.cite(meeting.ref, body, "Møde", title="")]
    return meeting_first(ctx, found.ref, ctx.answer(body, cites, kind="meeting"))
