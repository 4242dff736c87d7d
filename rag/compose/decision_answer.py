"""The answer to a decision question: the decision of the item found (and of the same
matter at other meetings, one per meeting, in date order), a matter that only stands as
a planned line of an overview, and the first line of a yes/no question — "Ja." only
when what was decided is what the question asks about (the blocks: `decision.py`).
"""

from __future__ import annotations

import re

from referat.danish import (
    DANISH_MONTHS,
    danish_date,
    planned_month,
    sentences,
    stems,
    topic_stems,
)
from referat.domain import Answer, RetrievedItem

from ..case import case_history
from ..confidence import item_text, match_weight, stem_set
from ..follow_up import asker_context
from ..intent import DECISION, asks_alternative, is_yes_no
from .base import Context, decline
from .decision import (
    APPROVAL_ASKED,
    NO_YES_NO,
    NO_YES_NO_LINE,
    UNANIMITY,
    decision_block,
    outcome,
    topic_evidence,
    yes_no_line,
)
from .proposal import indstilling_points
from .same_case import case_number


def asked_point(ctx: Context, item: RetrievedItem, decision: str) -> str:
    """The part of a decision by Indstilling point ("Indstillingens punkt 4: Indstillingen
    godkendt.") that decides the point the question names, else the whole decision: "blev
    forslaget til nye mål godkendt?" is yes when point 4 (the new goals) was approved,
    even though point 1 was only taken to efterretning."""
    parts = dict(re.findall(r"Indstillingens punkt (\d+)\s*:?\s*([^\n]+)", decision))
    view = ctx.lookup.item(item.ref)
    points = indstilling_points(view.section("Indstilling")) if view else {}
    topic = set(ctx.q.topic)
    best, share = "", 0.0
    for n, text in parts.items():
        words = stem_set(points.get(int(n), ""))
        got = sum(match_weight(t, words, ctx.weights) for t in topic) / (len(topic) or 1)
        if got > share:
            best, share = text, got
    return best or decision


def _same_matter(a: RetrievedItem, b: RetrievedItem, share: float) -> bool:
    ta, tb = set(topic_stems(a.title)), set(topic_stems(b.title))
    return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= share


def _names_rarest(ctx: Context, top: RetrievedItem, other: RetrievedItem) -> bool:
    """Does `other` name the rarest question word that `top` names? "Hvad gjorde udvalget
    med Implements analyse af økonomien?": the 2015 economy item names "økonomi" but not
    "Implement", so it is not the same matter as the 2020 item that does."""
    have_top = stem_set(item_text(ctx.lookup, top))
    named = [t for t in ctx.q.topic if t in have_top]
    if not named:
        return True
    rarest = max(named, key=lambda t: ctx.lookup.idf.get(t, ctx.lookup.default_idf))
    return rarest in stem_set(item_text(ctx.lookup, other))


# Periods of meetings that hold several: "i efteråret 2021", "i 2023", "fra 2020 til 2024"
# (a quarter or half-year is mostly the data's period: "status for andet halvår 2022")
_WIDE_PERIODS = frozenset({"season", "year", "range", "span"})


def _spans_meetings(ctx: Context) -> bool:
    """Does the question name a period of several meetings, not one meeting ("Både Holbæk
    og Vordingborg behandlede trafiksikkerhedsplanen i efteråret 2021 – hvad besluttede
    de?"; not "på junimødet", "den 7/2")?"""
    q = ctx.q
    return (q.period_kind in _WIDE_PERIODS and not q.date_soft and not q.names_meeting
            and q.relative_meeting is None)


def _meeting(item: RetrievedItem) -> tuple[str, str, object]:
    """The meeting an item was treated at (two bodies may meet on one day)."""
    return item.ref.municipality, item.ref.committee, item.meeting_date


# A question about the case's final fate: approved or adopted (`APPROVAL_ASKED`), or in
# the end, by the council
_CASE_FATE = re.compile(r"\b(?:endelig\w*|byråd\w*|kommunalbestyrelse\w*|gik det)\b", re.I)


def _went_on(ctx: Context, item: RetrievedItem) -> list[RetrievedItem]:
    """A recommendation that went on to the bodies after it: the archive's later
    treatments of the item's case ("Anbefales" in Social- og Handicapudvalget, then
    Økonomiudvalget, then "Byrådet godkendte …"), so that "Godkendte Greve …?" is
    answered by the final decision; [] for any other decision."""
    view, store = ctx.lookup.item(item.ref), getattr(ctx.lookup, "store", None)
    if not (APPROVAL_ASKED.search(ctx.question) or _CASE_FATE.search(ctx.question)):
        return []  # ("Fik udvalget de eksempler, det bad om?" asks no final decision)
    if view is None or store is None or not view.journal_number or outcome(
            view.section("Beslutning")) != "anbefalet":
        return []
    return [RetrievedItem(s.ref, s.title, False, item.score)
            for s in case_history(store, view.journal_number)
            if s.ref is not None and s.date is not None and s.date > item.meeting_date
            and s.ref.municipality == item.ref.municipality]


def compose_decision(ctx: Context, top: RetrievedItem) -> Answer | None:
    """The decision(s) behind `top`, or None when no item has one (the caller then
    answers from the text instead)."""
    w = ctx.weights
    chosen = [top]
    if not ctx.q.has_date or _spans_meetings(ctx):
        # The same matter decided at several meetings: one decision per meeting.
        for other in ctx.candidates[1:3]:
            if (_meeting(other) != _meeting(top)
                    and other.score >= w.other_decision_score_share * top.score
                    and ctx.confidence(other) >= ctx.min_confidence
                    and _same_matter(top, other, w.same_matter_title_overlap)
                    and _names_rarest(ctx, top, other)):
                chosen.append(other)
    chosen.sort(key=lambda i: i.meeting_date)
    went = [i for i in _went_on(ctx, chosen[-1]) if i.ref not in {c.ref for c in chosen}]
    chosen += went
    planned = _only_planned(ctx, top) if len(chosen) == 1 else None
    if planned is not None:
        return planned
    parts, citations, decisions = [], [], []
    item = top
    shown_cases: dict[str, str] = {}  # case number → the body whose treatment is shown
    for item in chosen:
        # (a case's later body repeats its text, proposal and history: its decision alone)
        case = case_number(ctx, item) or ""
        first = shown_cases.setdefault(case, item.committee) if case else item.committee
        block, quote = decision_block(ctx, item, brief=first != item.committee)
        parts.append(block)
        decisions.append(quote)
        citations.append(ctx.cite(item, quote, "Beslutning"))
    if not any(decisions) and not any("Kun dagsordenen" in p for p in parts):
        return None
    text = "\n\n".join(parts)
    if is_yes_no(ctx.question) and decisions[-1]:
        # (unanimity is in the vote lines, not in the point asked about)
        line = yes_no_line(ctx.question, decisions[-1] if UNANIMITY.search(ctx.question)
                           else asked_point(ctx, item, decisions[-1]))
        # (a later body decides the case the first item states: "… godkendte Økonomi-
        # udvalgets indstilling" says the matter in the committee's item)
        if line.startswith("Ja.") and (not _decides_what_is_asked(ctx, top if went else item)
                                       or _VOTE_ASKED.search(ctx.question)):
            # (how one member voted is in the vote lines, not in the outcome: "Stemte
            # Lars Green Bach for?" and he abstained)
            line = NO_YES_NO_LINE
        if line.startswith("Ja."):
            line = _not_final(ctx, item) or line
        if line == NO_YES_NO_LINE and (remark := asked_remark(ctx, decisions[-1])):
            # "Ville EBU skære ned på antallet i Folkeoplysningsudvalget?" and the decision
            # is a list of remarks: the one on the matter asked first
            line = f"{NO_YES_NO}, men udvalget bemærkede: »{remark}«"
        if asks_alternative(ctx.question):  # "…, eller skulle det videre?": no Ja/Nej
            line = "" if line.startswith(NO_YES_NO) else re.sub(r"^(?:Ja|Nej)\.\s*", "", line)
        text = f"{line.strip()}\n\n{text}" if line.strip() else text
    # only agendas in the archive: what was decided is not known, which the answer says
    # and cites; like a value the minutes do not state, it counts as declined
    return ctx.answer(text, citations, kind="decision", declined=not any(decisions))


_VOTE_ASKED = re.compile(r"\bstem(?:te|me|mer|t)\b", re.I)
# A remark of a decision's list: "- At antallet af … bør reduceres."
_REMARK = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)])\s+(.+)$", re.M)


def asked_remark(ctx: Context, decision: str) -> str:
    """The remark of a decision's list that names most of the question's matter (by
    rarity), when one names more than any other, or ""."""
    remarks = [m.group(1).strip() for m in _REMARK.finditer(decision)]
    if len(remarks) < 2:
        return ""

    def named(remark: str) -> float:
        words = stem_set(remark)
        return sum(ctx.lookup.idf.get(t, ctx.lookup.default_idf) for t in set(ctx.q.topic)
                   if t in words)

    ranked = sorted(remarks, key=named, reverse=True)
    return ranked[0] if named(ranked[0]) > named(ranked[1]) else ""

# "Blev strategien endeligt vedtaget?", "Var det udvalget, der vedtog politikken?": the
# question asks for the final adoption, not any approval.
_FINAL_ASKED = re.compile(r"\bendelig\w*|\bvedt(?:og|aget|ages|age)\b", re.I)
# ... which the item shows lies elsewhere or later: a consultation ("Høring af …",
# "afgive høringssvar") or a final version still to come ("Endelig strategi forelægges
# til politisk godkendelse i oktober").
_NOT_FINAL = re.compile(r"\bendelig\w*\b[^.\n]{0,80}?\b(?:forelægges|fremlægges|godkendes|"
                        r"vedtages|behandles|sendes)\b|\bhøringssvar\w*|\bi høring\b", re.I)
_HEARING_TITLE = re.compile(r"^\W*høring\b", re.I)


def _not_final(ctx: Context, item: RetrievedItem) -> str | None:
    """"Nej, ikke endeligt" with the Indstilling's (or decision's) sentence that says the
    final adoption lies later or with another body; None when the question does not ask
    for the final adoption or the item does not say so. An approved Indstilling to send
    a consultation reply, or to discuss a draft, is no "Ja." to "blev politikken
    vedtaget?"."""
    view = ctx.lookup.item(item.ref)
    if view is None or not _FINAL_ASKED.search(ctx.question):
        return None
    for section in ("Indstilling", "Beslutning"):
        for sentence in sentences(view.section(section)):
            if _NOT_FINAL.search(sentence):
                return f"Nej, ikke endeligt: »{' '.join(sentence.split())}«"
    if _HEARING_TITLE.search(item.title):
        return f"Nej, ikke endeligt: punktet var en høring (»{item.title}«)."
    return None


# A clause that dates the claim by another act: ", da udvalget sagde ja til oplægget",
# "efter at planen blev vedtaget" (up to the end of the clause).
_WHEN_CLAUSE = re.compile(r",?\s+\b(?:da|når|efter at|inden|før)\s+[^?,;–]+", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_ASIDE = re.compile(r"\(([^()]*)\)")
_ASKING_WORDS = 3  # a decision's asking ("politisk opbakning"), not a clause around it


def _decides_what_is_asked(ctx: Context, item: RetrievedItem) -> bool:
    """Is the decision on what the question asks? "Besluttede udvalget at stoppe
    mentorstøtte til ledige over 30 år?" and the item approved a proposal on mentors'
    budgets: its approval is no "Ja." to that. Read from the item's title, Indstilling
    and Beslutning — what was proposed and decided, not the background."""
    view, topic = ctx.lookup.item(item.ref), ctx.q.topic
    # the claim is the main clause: "Fik iværksætterindsatsen ekstra penge, da udvalget
    # sagde ja til oplægget?" asks about the money, the "da …" clause takes the approval
    # for granted
    # (a year dates the matter, it is no part of what is claimed)
    main = set(stems(_WHEN_CLAUSE.sub(" ", ctx.question), frozenset()))
    taken = set(stems(" ".join(_WHEN_CLAUSE.findall(ctx.question)), frozenset())) - main
    # (nor is the asker's introduction, "Vi skal lægge vores aktivitetsplan om.", in
    # whichever parts its compounds were searched; nor an aside in brackets, "(færre
    # aktivitetsbeskrivelser, flere effektmål)"; nor the asking, "politisk opbakning")
    asker = asker_context(ctx.question)
    aside = set(stems(" ".join(_ASIDE.findall(ctx.question) + [
        m.group(0) for m in DECISION.finditer(ctx.question)
        if len(m.group(0).split()) <= _ASKING_WORDS]), frozenset()))
    topic = [t for t in topic if t not in taken and not any(t in a for a in asker)
             and t not in aside and not _YEAR.fullmatch(t)] or topic
    if view is None or not topic:
        return True
    # (with no Indstilling, what was approved is the item as it stands)
    proposed = view.section("Indstilling") or " ".join(t for _, t in view.sections)
    words = stem_set(" ".join([item.title, proposed, view.section("Beslutning")]))
    named = sum(match_weight(t, words, ctx.weights) for t in topic) / len(topic)
    return named >= ctx.weights.yes_claim_share


_PLAN_LINE = re.compile(rf"(?=\b(?:{'|'.join(DANISH_MONTHS)})\s*:)", re.I)


def _only_planned(ctx: Context, item: RetrievedItem) -> Answer | None:
    """The matter stands only as a planned line of an overview ("Juni: Evt. etablering
    af byggebox" in the year's sagsoversigt): no decision on it is in the archive, and
    the overview's own "Taget til efterretning" is not one."""
    view, topic = ctx.lookup.item(item.ref), set(ctx.q.topic)
    if view is None or topic & set(stems(item.title)):
        return None
    section, evidence = topic_evidence(ctx, item, view.section("Beslutning"))
    if not evidence or not planned_month(evidence):
        return None
    # the month's line on the matter, not the month's other matters
    lines = [x for x in _PLAN_LINE.split(" ".join(evidence.split())) if x.strip()]
    line = max(lines, key=lambda x: len(topic & set(stems(x)))).strip().rstrip(".")
    note = (f"Emnet står kun som et planlagt punkt i »{item.title}« (mødet den "
            f"{danish_date(item.meeting_date)}, {item.ref.name}): »{line}«. En "
            "beslutning om det står ikke i de søgte referater.")
    if not is_yes_no(ctx.question):
        return decline(ctx, note, lead="Det står ikke i referaterne.", cite=item)
    # "Sagde udvalget ja til en byggebox?": no, as far as the archive goes
    decided = " ".join(view.section("Beslutning").split())
    told = f" Selve oversigten fik beslutningen »{decided}«." if decided else ""
    return ctx.answer(f"Nej, ikke i referaterne. {note}{told}", [ctx.cite(item, line, section)],
                      kind="decision")
