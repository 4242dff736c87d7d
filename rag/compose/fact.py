"""Facts, figures, dates, names and places: the one to three sentences that answer the
question, one per meeting in date order when several meetings are relevant.

The answer must hold the type of value asked for: "hvor mange …" a count (not an item
number, a date or a journal number), "hvad koster …" an amount, "hvornår …" a date,
"hvem …" a person, "hvor …" a place. When the item found does not state it, the answer
says so and cites the item, instead of quoting something else."""

from __future__ import annotations

import re

from referat.danish import stems
from referat.domain import Answer, RetrievedItem
from referat.values import DATE, PERSON

from ..confidence import item_text, match_weight, stem_set, unknown_names
from ..intent import (
    FREE,
    asked_type,
)
from ..overview import asks_overview, asks_trend
from .base import Context, decline, quote_block, where
from .near_miss import (
    asked_what,
    asks_name,
    kind_unnamed,
    names_one,
    not_stated,
    only_repeats,
    repeats_only,
)
from .passage import (
    REASON,
    STATEMENT_ASKED,
    Quote,
    goes_on,
    in_text_order,
    introduction,
    joined,
    next_sentence,
    reason_after,
    section_units,
    sentence_before,
    speaker_before,
    whole_statement,
)
from .people import role_holder
from .pick import per_item, per_meeting, pick, pool
from .same_case import one_body_per_case, other_treatments
from .sentence_marks import EXPLAIN_ASKED, WHO_SAID
from .sentence_scores import WHY_ASKED, score_sentences
from .table_rows import table_intro, table_row
from .typed import (
    DAY_ASKED,
    TYPED,
    holds,
    names_day,
)
from .when import (
    COMPARED,
    earlier_meeting_line,
    in_period,
    named_periods,
    other_part_of_year,
    per_period,
    says_last_meeting,
)

_LEAN_STEPS = 2  # sentences back a quote that leans on the one before brings along
# A figure's benchmark in the sentence after it: the country, the region, a year before
_FIGURES = frozenset({"percent", "count", "amount", "quantity"})
# A figure asked in the present tense, of no named time: "Hvad er ledigheden?", "Hvor
# mange ledige er der?" (not "hvad var …", "hvor mange blev …")
_NOW_ASKED = re.compile(r"^\W*(?:hvad|hvor\s+\w+(?:\s+\w+)?)\s+(?:\w+\s+){0,3}?(?:er|har)\b", re.I)
_THEN_ASKED = re.compile(r"\b(?:var|havde|blev|fik|kom)\b", re.I)
_BENCHMARK = re.compile(r"\b(?:landsgennemsnit\w*|landsplan|hele landet|til sammenligning|"
                        r"sammenlignet med|hovedstadsområdet|regionen|året før|sidste år)\b",
                        re.I)


def with_window(ctx: Context, picked: list[Quote], chosen: list[Quote], asked: str) -> None:
    """Each `chosen` quote (picked by its score, not added as another's reason or
    introduction) brings its neighbours, while the quoted text stays within
    `Weights.window_chars`: the sentence before when the quote leans on it ("Det giver
    …", `passage.sentence_before`), and the sentence after, since the sentence naming the
    topic is usually followed by the one that explains it or gives its context (a
    figure, then "Til sammenligning …"; a plan, then when it starts). A sentence window,
    as llama-index's SentenceWindowNodeParser gives a sentence its neighbours.

    A question asking neither a value nor a reason ("hvad er …?", "hvordan …?") wants
    the passage: any sentence that continues it. A typed or why-question wants its value
    or reason, and only a sentence that goes on with it (`passage.goes_on`) beside it."""
    passage = wants_passage(ctx, asked)
    shown = sum(len(p.text) for p in picked)
    for quote in chosen:
        # (and the one before that, when the one before leans back too: "… 6 pct. af
        # ydelsesmodtagerne … Det svarer til cirka 40-45 borgere. Det gennemsnitlige …")
        leaning = quote
        for _ in range(_LEAN_STEPS):
            before = sentence_before(ctx, leaning)
            if not before or any(before == p.text for p in picked) or (
                    shown + len(before) > ctx.weights.window_chars):
                break
            picked.append(leaning := Quote(quote.item, quote.section, before, 0.0))
            shown += len(before)
        nxt = next_sentence(ctx, quote)
        if nxt and all(nxt != p.text for p in picked) and (
                passage or goes_on(quote.text, nxt, ctx.q.topic)) and (
                shown + len(nxt) <= ctx.weights.window_chars):
            picked.append(Quote(quote.item, quote.section, nxt, 0.0))
            shown += len(nxt)
    if WHY_ASKED.search(ctx.q.text) and chosen and not any(
            _EXPLAINS.search(p.text) for p in picked):
        shown += _reason_ahead(ctx, picked, chosen[0], ctx.weights.window_chars - shown)


def wants_passage(ctx: Context, asked: str) -> bool:
    """Does the question ask for a passage ("hvad er …?", "hvordan …?"), not for a value
    of a type or a reason? A passage's answer is usually several sentences of the item."""
    return bool((asked == FREE or EXPLAIN_ASKED.search(ctx.q.text))
                and not WHY_ASKED.search(ctx.q.text))


# What says why: a cause or reason word, or an explanation in parts ("Dels vælger flere
# rygere …, dels er det Forebyggelsesenhedens erfaring, at …")
_EXPLAINS = re.compile(rf"{REASON.pattern}|\bdels\b|\bforklar\w*", re.I)


def _reason_ahead(ctx: Context, picked: list[Quote], quote: Quote, room: int) -> int:
    """A why-answer whose quotes give no reason reads on (`Weights.reason_reach` sentences,
    each going on with the one before) to the first that does, and brings it with the ones
    between ("ganske få har tilmeldt sig …" — "… ikke overraskede …" — "Dels vælger flere
    rygere …"); the characters added."""
    units = section_units(ctx, quote.item, quote.section)
    shown = {p.text for p in picked}
    last = max((units.index(p.text) for p in picked if p.item.ref == quote.item.ref
                and p.section == quote.section and p.text in units), default=-1)
    if last < 0:
        return 0
    chain = []
    for k in range(last + 1, min(len(units), last + 1 + ctx.weights.reason_reach)):
        if not goes_on(units[k - 1], units[k], ctx.q.topic) or units[k] in shown:
            return 0
        chain.append(units[k])
        if _EXPLAINS.search(units[k]):
            added = sum(len(x) for x in chain)
            if added > room:
                return 0
            picked += [Quote(quote.item, quote.section, x, 0.0) for x in chain]
            return added
    return 0


def compose_fact(ctx: Context) -> Answer:
    asked = asked_type(ctx.question)
    top = ctx.candidates[0]
    if asked in TYPED:
        text = item_text(ctx.lookup, top)
        missing = unknown_names(ctx.q, ctx.lookup, text=text, ref=top.ref)
        if missing:
            return not_stated(ctx, top, ", ".join(missing))
        if other_part_of_year(ctx.q.text, text):
            # "i første halvår 2024" asked of the status for "andet halvår af 2024"
            return not_stated(ctx, top, f"{asked_what(asked, ctx.q.text)} for den periode")
    periods, trend = named_periods(ctx), asks_trend(ctx.q.text)
    overview = asks_overview(ctx.q.text)
    quotes: list[Quote] = []
    for item in in_period(ctx, pool(ctx, several=bool(periods) or trend or overview)):
        quotes.extend(score_sentences(ctx, item, asked))
    if asked in TYPED:
        # a typed question is answered only by a sentence that holds such a value
        # next to the topic (see `score_sentences`)
        quotes = [x for x in quotes if x.typed]
        if not quotes:
            return role_holder(ctx, asked) or not_stated(ctx, top, asked_what(asked, ctx.q.text))
    quotes.sort(key=lambda x: x.score, reverse=True)
    if quotes and asks_name(ctx.q.text):
        unnamed = kind_unnamed([x.text for x in quotes], ctx.q.text)
        quotes = [] if unnamed else [
            x for x in quotes if names_one(x.text, ctx.q.text, ctx.lookup.municipalities)]
        if not quotes:
            return not_stated(ctx, top, "navnet")
    if asked == FREE and quotes:
        # "Hvad gik statussen på X ud på?" and the minutes hold only "Status på X.": a
        # line that repeats the question's words is no answer
        said = [x for x in quotes if not only_repeats(x.text, ctx.q.text)]
        if only_repeats(quotes[0].text, ctx.q.text):
            # the best line only names the matter: another line answers only if it
            # names the matter's rarest word too (not the next point of the list)
            rare = max((t for t in stems(quotes[0].text) if not t.isdigit()),
                       key=lambda t: ctx.lookup.idf.get(t, ctx.lookup.default_idf))
            said = [x for x in said if match_weight(rare, set(stem_set(x.text)), ctx.weights)]
        if not said:
            return repeats_only(ctx, quotes[0].item, quotes[0].text)
        quotes = said
    if not quotes:
        return decline(ctx)
    left: list[RetrievedItem] = []  # other bodies' treatments of a quoted case
    if not (periods or trend or overview):
        quotes, left = one_body_per_case(ctx, quotes)
    picked = (per_period(ctx, quotes, periods, bool(COMPARED.search(ctx.q.text)))
              or (per_meeting(ctx, quotes) if trend else per_item(ctx, quotes) if overview
                  else pick(ctx, quotes, passage=wants_passage(ctx, asked))))
    for said in [p for p in picked if asked == DATE and says_last_meeting(p.text)]:
        line = earlier_meeting_line(ctx, said.item)  # which day "det seneste møde" was
        if line and not names_day(said.text) and all(line != p.text for p in picked):
            picked.append(Quote(said.item, "Tidligere behandling", line, 0.0))
    chosen = list(picked)
    if asked == PERSON and len(picked) == 1 and (intro := introduction(ctx, picked[0])):
        # "Hvem skulle uddybe analysen?" — "Kenneth Andersen vil uddybe analysen", and who
        # he is the item said where it first named him
        picked.insert(0, Quote(picked[0].item, picked[0].section, intro, 0.0))
    elif WHY_ASKED.search(ctx.q.text):
        # "hvorfor …?": the topic sentence is often followed by its reason (or, when no
        # sentence says "fordi", by one on the same matter that explains it: "Det er den
        # praksis, som kaldes nytteindsats ved enkeltpladser"); a sentence that gives the
        # reason itself needs no other
        nxt = next_sentence(ctx, picked[0]) if len(picked) == 1 else ""
        reason = "" if REASON.search(picked[0].text) else reason_after(ctx, picked[0]) or (
            nxt if nxt and stem_set(nxt) & set(ctx.q.topic) else "")
        if reason and all(reason != p.text for p in picked):
            picked.insert(1, Quote(picked[0].item, picked[0].section, reason, 0.0))
    elif WHO_SAID.search(ctx.q.text) and (speaker := speaker_before(ctx, picked[0])) \
            and all(speaker != p.text for p in picked):
        # "hvilket udvalg mente, at …?": the words are in a quotation; its opening says whose
        picked.insert(0, Quote(picked[0].item, picked[0].section, speaker, 0.0))
    elif asked in _FIGURES and len(picked) == 1 and (nxt := next_sentence(ctx, picked[0])) \
            and _BENCHMARK.search(nxt) and holds(nxt, asked) and nxt != picked[0].text:
        # "Hvor stor en del af de 18-29-årige har højst grundskole?" — "64 pct. …", and the
        # next sentence sets it against the country: "Den landsgennemsnitlige andel er 59 pct."
        picked.append(Quote(picked[0].item, picked[0].section, nxt, 0.0))
    rows = [p for p in picked if table_row(p.text)]
    intro = table_intro(ctx, rows[0]) if rows else ""
    if intro and all(intro != p.text for p in picked):
        # ("Sygedagpenge 701 744 6,1 …" with "Tallene er fuldtidspersoner i januar 2023 …")
        picked.insert(picked.index(rows[0]), Quote(rows[0].item, rows[0].section, intro, 0.0))
    with_window(ctx, picked, chosen, asked)
    if STATEMENT_ASKED.search(ctx.q.text):
        # "Hvad gik Enhedslistens mindretalsudtalelse ud på?": the statement, whole
        for n, quote in enumerate(picked):
            whole = whole_statement(ctx, quote)
            if whole and len(whole) >= len(quote.text):  # (already whole: alone, too)
                statement = picked[n] = Quote(quote.item, quote.section, whole, quote.score)
                # (of its item, the statement alone: not the vote line before it)
                picked = [p for p in picked if p is statement or p.item.ref != quote.item.ref]
                break
    # (a figure asked in the present tense, "Hvad er ledigheden i Ballerup?": today's is
    # the latest meeting's, first)
    newest = (-1 if asked in _FIGURES and ctx.q.date_from is None and not trend
              and _NOW_ASKED.search(ctx.q.text) and not _THEN_ASKED.search(ctx.q.text) else 1)
    picked.sort(key=lambda x: (newest * x.item.meeting_date.toordinal(), x.item.punkt))
    # "fra hvilken dato …?" and the minutes give a quarter or a year only: say so
    vaguer = asked == DATE and DAY_ASKED.search(ctx.q.text) and not any(
        names_day(p.text) for p in picked)
    parts, citations = [], []
    with_municipality = len(ctx.lookup.municipalities) > 1
    for ref in dict.fromkeys(p.item.ref for p in picked):
        group = in_text_order(ctx, [p for p in picked if p.item.ref == ref])
        quote_text = joined(ctx, group)
        parts.append(f"{where(group[0].item, with_municipality)}:\n{quote_block(quote_text)}")
        citations.append(ctx.cite(group[0].item, quote_text, group[0].section))
    if vaguer:
        return ctx.answer("Det står ikke i referaterne. Der nævnes ingen præcis dato, kun:\n\n"
                          + "\n\n".join(parts), citations, declined=True)
    also = other_treatments(ctx, [c.ref for c in citations], left)
    return ctx.answer("\n\n".join(parts + ([also] if also else [])), citations)

