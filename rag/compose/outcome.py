"""Questions about how something turned out ("hvad viste bredbåndsanalysen?", "hvad
blev de endelige konklusioner?", "fik Ballerup pengene fra Interreg?") when the minutes
only say that it is under way, applied for, expected or preliminary. Quoting the plan
would read as the outcome; the answer says that the outcome is not in the minutes,
quotes what they do say, and cites the item (a near miss: declined).

>>> asks_outcome("Hvad viste bredbåndsanalysen?"), asks_outcome("Hvad viste sig?")
(True, True)
>>> asks_outcome("Fik Ballerup pengene fra Interreg?"), asks_outcome("Hvad koster det?")
(True, False)
>>> bool(_PENDING.search("en igangværende bredbåndsanalyse"))
True
"""

from __future__ import annotations

import re

from referat.danish import sentences, stems
from referat.domain import Answer, RetrievedItem

from ..confidence import match_weight, rarest_named, stem_set
from .base import UNQUOTED, Context, decline, where

# What turned out: a finding, a final conclusion, money or a grant received.
_ASKS_OUTCOME = re.compile(
    r"\b(?:hvad viste|viste\s+\w+|endelige?\s+(?P<final>(?:konklusion|resultat|svar|"
    r"afgørelse|tal)\w*)|"
    r"konkluderede|"
    r"(?:fik|har fået|modtog|har modtaget)\s+(?:\w+\s+){0,3}?(?:pengene|penge|midlerne|"
    r"midler|støtte\w*|tilskud\w*|bevilling\w*|tilsagn\w*)|"
    r"blev\s+(?:\w+\s+){0,4}?(?:bevilget|tildelt|imødekommet))\b", re.I)
# What something announced holds: "Hvad indeholder den reviderede afrapporteringsmodel,
# som blev varslet?" — answered only if a sentence on that thing is more than its
# announcement ("… vil på udvalgets møde i september forelægge en revideret …").
_ASKS_CONTENT = re.compile(
    r"\bhvad\s+(?:indeholder|indeholdt|rummer|står der i|går)\s+(?:den|det|de)\s+"
    r"(?:nye|reviderede|kommende|justerede|opdaterede|endelige)\s+(?P<noun>\w+)", re.I)
# Not the outcome: whether it will come ("Kommer STAR tilbage med de endelige
# resultater?"), or what the committee did with the news of it.
_NOT_OUTCOME = re.compile(
    r"\b(?:kommer|vender|vil)\s+(?:\w+\s+){0,3}?tilbage\b|"
    r"\b(?:hvad|hvordan)\s+(?:gjorde|stillede|forholdt|besluttede|sagde)\s+(?:udvalget|"
    r"politikerne|de)\b|\bhvordan\s+landede\b|"
    # nor how many got it: "Hvor mange foreninger fik tilskud i 2023?" counts receivers
    r"\bhvor mange (?!penge\b|kroner\b|kr\b|mio\b|millioner\b)\w+\s+(?:\w+\s+){0,2}?"
    r"(?:fik|har fået|modtog|har modtaget)\b", re.I)
# Under way, applied for, expected, preliminary.
_PENDING = re.compile(
    r"\b(?:igangværende|i gang med|afventer|afventes|til gode|foreløbig\w*|endnu ikke|forventes|"
    r"forventningen|forventer|ansøgning\w*|ansøge\w*|søge\w* om|skal klarlægge|"
    r"vil blive|vil\s+(?:\w+\s+){0,6}?(?:forelægge|fremlægge|præsentere))\b", re.I)
# ... or done: a result, a final conclusion, a grant given or refused.
_DONE = re.compile(
    r"\b(?:viste|viser|konkluderede|konklusionen er|endelige konklusion\w*|resultatet (?:er|"
    r"blev|var)|bevilget|tildelt|tilsagn om|har modtaget|modtog|fik afslag|afslag på)\b",
    re.I)


def asks_outcome(question: str) -> bool:
    return bool(_ASKS_OUTCOME.search(question))


def _naming(ctx: Context, item: RetrievedItem, noun: str) -> list[str]:
    """The item's sentences that name `noun` (a stem)."""
    view = ctx.lookup.item(item.ref)
    texts = [t for s, t in view.sections if s not in UNQUOTED] if view else []
    return [x for t in texts for x in sentences(t) if noun and noun in stem_set(x)]


def _about_topic(ctx: Context, item: RetrievedItem, asked: str) -> list[str]:
    """The item's sentences about the question: those that name the question's rarest
    word the item holds, two of its words, or the outcome asked for (`asked`, a stem:
    "de endelige konklusioner" and "De foreløbige konklusioner er …")."""
    view = ctx.lookup.item(item.ref)
    if view is None:
        return []
    w = ctx.weights
    texts = [(s, t) for s, t in view.sections if s not in UNQUOTED]
    have_item = stem_set(" ".join(t for _, t in texts) + " " + view.title)
    topic = [t for t in ctx.q.topic if match_weight(t, have_item, w)]
    if not topic:
        return []
    rarest = rarest_named(topic, have_item, ctx.lookup, w)
    out = []
    for _, text in texts:
        for sentence in sentences(text):
            have = stem_set(sentence)
            named = [t for t in topic if match_weight(t, have, w)]
            if rarest in named or len(named) >= 2 or (asked and asked in have):
                out.append(sentence)
    return out


def compose_pending(ctx: Context) -> Answer | None:
    """The "not in the minutes yet" answer, or None when the question asks for no
    outcome, or the item found states one (or says nothing about it either way)."""
    content = _ASKS_CONTENT.search(ctx.question)
    m = _ASKS_OUTCOME.search(ctx.question)
    if not ctx.candidates or not (m or content) or _NOT_OUTCOME.search(ctx.question):
        return None
    item = ctx.candidates[0]
    if content:
        said = _naming(ctx, item, next(iter(stems(content.group("noun"))), ""))
    else:
        said = _about_topic(ctx, item, next(iter(stems(m.group("final") or "")), ""))
    # "Vi har de endelige konklusioner til gode": named, but still to come
    if not said or any(_DONE.search(s) and not _PENDING.search(s) for s in said):
        return None
    pending = [s for s in said if _PENDING.search(s)]
    if not pending:
        return None
    note = (f"{where(item, ctx.several_municipalities)} nævner kun det, der var i gang, "
            f"søgt, forventet eller foreløbigt:\n> {pending[0]}")
    lead = "Indholdet" if content else "Udfaldet"
    return decline(ctx, note, lead=f"{lead} står ikke i referaterne.", cite=item)
