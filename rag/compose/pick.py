"""Which quotes an answer shows: the items to quote from (the best and those close to
it), and of their scored sentences the best few — one per meeting when several meetings
answer, one per meeting for a development, each item once for an overview."""

from __future__ import annotations

import re
from datetime import date

from referat.danish import topic_stems
from referat.domain import RetrievedItem
from referat.periods import period_words

from ..confidence import stem_set
from ..period_scope import titled, titled_labels
from .base import Context
from .near_miss import restates
from .passage import Quote


def pool(ctx: Context, several: bool = False) -> list[RetrievedItem]:
    """The items to quote from: the best, and those close to it (for a question over
    several periods, every confident item among the first five)."""
    w = ctx.weights
    top = ctx.candidates[0]
    top_conf = ctx.confidence(top)
    if titled(top, titled_labels(ctx.q.text)):
        return [top]  # the report for the asked period, not its neighbours'
    named = scene_item(ctx)
    if named is not None and not several:
        return [named]
    if several:
        return [top] + [i for i in ctx.candidates[1:5]
                        if ctx.confidence(i) >= ctx.min_confidence]
    return [top] + [
        i for i in ctx.candidates[1:4]
        if i.score >= w.pool_score_share * top.score
        and ctx.confidence(i) >= max(ctx.min_confidence, w.pool_confidence_share * top_conf)
    ]


# The scene a question sets before a colon or dash, naming its matter: "På mødet i
# februar 2024 om de unge på uddannelseshjælp: hvor tit …?", "Studieturen til Lund – …"
_SCENE = re.compile(r"^\W*([^?:–]{3,120}?)\s*(?:–|\s-\s|:)\s*(?=\w)")
_ABOUT = re.compile(r"\b(?:om|angående|vedrørende|vedr\.)\s+(.+)$", re.I)
_SCENE_WORDS = 2  # a matter of fewer words is no title's


def scene_matter(question: str) -> tuple[str, str]:
    """(the scene before the colon or dash, the matter it names), or ("", "").

    >>> scene_matter("På mødet i maj om den nye hal: hvad koster den?")
    ('På mødet i maj om den nye hal', 'den nye hal')
    """
    m = _SCENE.match(question)
    if not m:
        return "", ""
    about = _ABOUT.search(m.group(1))
    return m.group(1), about.group(1) if about else m.group(1)


def scene_item(ctx: Context) -> RetrievedItem | None:
    """The item whose title names the whole matter the question's scene names ("… om
    de unge på uddannelseshjælp:" and "Temadrøftelse: Unge på uddannelseshjælp"), among
    the first candidates, when it is confident: the question is about that item, not a
    neighbour whose sentence happens to share more of the question's words."""
    scene, matter = scene_matter(ctx.q.text)
    if matter == scene:
        # a bare matter ("Evalueringen af samarbejdet med X: hvornår var den planlagt i
        # sagsoversigten?") may be asked of where it is mentioned; a meeting's scene
        # that names it ("På mødet i maj om X:") is asked of its item
        return None
    words = set(topic_stems(matter)) - set(period_words(matter))
    if len(words) < _SCENE_WORDS:
        return None
    for item in ctx.candidates[:ctx.weights.scene_candidates]:
        if (not item.is_meeting and words <= stem_set(item.title)
                and ctx.confidence(item) >= ctx.min_confidence):
            return item
    return None


def held_in_period(ctx: Context, day: date) -> bool:
    """Is `day` in the period the question names as a meeting's or a month's ("i januar",
    "på junimødet"; not a bare year, which is often the topic's: "nytårskuren 2025")?
    (`when.in_period` narrows the pool to items about the period before scoring; this
    narrows the quotes once the best one is known to be of a meeting held in it.)"""
    q = ctx.q
    return bool(q.date_from and q.date_to and not q.date_soft
                and q.date_from <= day <= q.date_to)


def pick(ctx: Context, quotes: list[Quote], passage: bool = False) -> list[Quote]:
    """Up to three quotes: near the best one's score, one per meeting when several
    meetings answer, up to three from one meeting. For a passage (`passage`: "hvad
    går … ud på?", not a value or a reason) the best item's further sentences need
    less of the best score (`Weights.same_item_share`): they are usually the rest
    of its answer."""
    w = ctx.weights
    best, best_meeting = quotes[0].score, quotes[0].item.meeting_date
    if held_in_period(ctx, best_meeting):
        # "… benchmarking, som udvalget fik i januar?": January's figures answer, not
        # the June item's on the same matter (a named period only weighs in retrieval)
        quotes = [x for x in quotes if held_in_period(ctx, x.item.meeting_date)]
    single = len({x.item.meeting_date for x in quotes[:3]}) == 1
    picked: list[Quote] = []
    per_meeting: dict[date, int] = {}
    for quote in quotes:
        if len(picked) >= w.max_quotes:
            break
        d = quote.item.meeting_date
        share = (w.same_item_share if passage and quote.item.ref == quotes[0].item.ref
                 else w.same_meeting_share if d == best_meeting else w.other_meeting_share)
        if picked and quote.score < share * best:
            continue
        if per_meeting.get(d, 0) >= (w.max_quotes if single else 1):
            continue
        twin = next((i for i, p in enumerate(picked) if restates(quote.text, p.text)), None)
        if twin is not None:
            # the summary and the case text often say it twice: keep the fuller one
            if len(quote.text) > len(picked[twin].text):
                picked[twin] = quote
            continue
        per_meeting[d] = per_meeting.get(d, 0) + 1
        picked.append(quote)
    return picked


def per_meeting(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """For a question about a development: the best quote of each meeting that states
    it, while it scores near the best one (`trend_share`)."""
    w = ctx.weights
    picked: dict[date, Quote] = {}
    for quote in quotes:
        d = quote.item.meeting_date
        if d not in picked and quote.score >= w.trend_share * quotes[0].score:
            picked[d] = quote
    return list(picked.values())[:w.trend_max_quotes]


def per_item(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """For an overview: the best quotes (up to two) of each item that speaks of it,
    while they score near the best one (`trend_share`); every item before any second."""
    w = ctx.weights
    near = [q for q in quotes if q.score >= w.trend_share * quotes[0].score]
    firsts: dict[object, Quote] = {}
    for quote in near:
        firsts.setdefault(quote.item.ref, quote)
    picked = list(firsts.values())[:w.trend_max_quotes]
    seconds = [q for q in near if q not in picked and q.item.ref in firsts]
    for quote in seconds:
        if len(picked) >= w.trend_max_quotes:
            break
        if sum(p.item.ref == quote.item.ref for p in picked) < 2:
            picked.append(quote)
    return picked
