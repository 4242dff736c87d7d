"""Answers: a Danish question in, a structured `Answer` out — quoted from the minutes and
cited by code from the index, never from free text.

`Answerer` only routes: understand the question (`rag.query`, `rag.intent`), scope it
(`rag.scope`), retrieve (`rag.retrieve`), judge confidence (`rag.confidence`), then hand
the items to the composer for the question's kind (`rag.compose.*`):

* decision → the `Beslutning`, whole and verbatim (`compose/decision_answer.py`);
* fact / number / when / place → the sentences that hold the asked value (`fact.py`);
* who → the lines of the asked role (`who.py`), or the meeting's lists (`meeting.py`);
* closed → that the item is closed (`closed.py`);
* case history ("hvad er forløbet i sagen om …?") → every treatment of its case (`case.py`);
* several parts ("…, og hvornår …?") → each part answered on its own (`multi.py`);
* no topic → a question back (`clarify`); not found → "Det kan jeg ikke finde …".

With `REFERAT_LLM_BASE_URL` set, `rag.generate` writes the answer instead, and the
extractive answer is the fallback when the model's answer fails the checks.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta

from referat.config import Config
from referat.danish import stems, topic_stems
from referat.domain import Answer, Filters, RetrievedItem

from . import confidence as conf
from . import period_scope as ps
from .calibration import load_calibrator
from .case import items_by_case_number
from .case_intent import asks_case_history
from .claim_answer import refuted_claim
from .compose.archive import archive_wide, asks_archive, compose_archive
from .compose.base import NOT_FOUND, Context, Lookup, decline
from .compose.body_parts import body_parts
from .compose.closed import closed_item, compose_closed
from .compose.contents import asks_contents, compose_contents
from .compose.guests import asks_guests, compose_guests
from .compose.listed_parts import both_parts
from .compose.meeting import compose_meeting
from .compose.meeting_decisions import asks_meeting_decisions, compose_meeting_decisions
from .compose.mentions import asks_mentions, compose_mentions, mention_query
from .compose.multi import combine, period_parts, shown_parts, split_parts
from .compose.people import role_holder
from .compose.scene import scene_person
from .compose.times_treated import asks_times_treated, compose_times_treated
from .compose.visits import asks_visits, compose_visits
from .compose.votes_held import asks_votes_held, compose_votes_held
from .conversation import Conversation
from .follow_up import has_own_topic, needs_topic, with_matter
from .intent import VALUE_TYPES, asked_type, is_claim
from .meeting_intent import MEETING_ASPECTS, PLANNED
from .names import as_spelled
from .other_body import treated_elsewhere
from .period_scope import OWN_STORY, PROMISED_WITHIN, mentions_period, prefer_period
from .preamble import asked_again
from .premises import absent_detail, absent_matter, known_words
from .query import Question, parse_question
from .question_checks import question_problem
from .quoted import items_by_quote
from .retrieve import Retriever
from .roles import chair_in_plain_words
from .route import route
from .scope import meeting_dates, scope
from .weights import WEIGHTS

CLARIFY = ("Hvilken sag tænker du på? Skriv gerne emnet, fx »studieturen« eller "
           "»førtidspension«, eller mødets dato.")


class Answerer:
    """Question → `Answer`. Holds the loaded index; safe to share between threads."""

    def __init__(self, cfg: Config, retriever: Retriever | None = None,
                 generator: str | None = None) -> None:
        self.cfg = cfg
        self.retriever = retriever or Retriever(cfg)
        self._reload = threading.Lock()  # one reload after an ingest, not one per thread
        self.generator = generator or ("llm" if cfg.llm_base_url else "extractive")
        self.weights = WEIGHTS
        self.calibrator = load_calibrator(cfg.data_dir, self._embedder_id())
        self.threshold = self.calibrator.threshold if self.calibrator else cfg.min_confidence
        self.collect_features = 0  # > 0: keep the features of that many candidates (--fit)

    def _embedder_id(self) -> str:
        from ingest.embed import embedder_id

        return embedder_id(self.cfg.embed_model)

    # -- public -------------------------------------------------------------------------

    def ask(self, question: str, conversation: Conversation | None = None,
            filters: Filters | None = None, mode: str = "hybrid") -> Answer:
        """Answer one question (extractive, or generative with extractive fallback)."""
        answer = None
        for _, done in self.stream(question, conversation, filters, mode):
            answer = done
        assert answer is not None
        return answer

    def stream(self, question: str, conversation: Conversation | None = None,
               filters: Filters | None = None,
               mode: str = "hybrid") -> Iterator[tuple[str, Answer | None]]:
        """Yield (text so far, None) while writing, then (final text, Answer)."""
        answer, items = self._answer(question, conversation, filters, mode)
        if answer.declined and answer.kind != "too_long":
            # "Hej, jeg er ny. Blev …?": asked again with the question proper first (kept
            # only when that finds an answer: the context may be the matter), then alone
            for moved in asked_again(as_spelled(question, self.retriever)):
                if answer.declined:
                    again, found = self._answer(moved, conversation, filters, mode)
                    answer, items = (answer, items) if again.declined else (again, found)
        if self.generator == "llm" and not answer.declined and items:
            from .generate import sources_for, stream_checked

            final = None
            sources = sources_for(self.retriever, answer, items)
            for text, done in stream_checked(self.cfg, answer, sources):
                if done is None:
                    yield text, None
                else:
                    final = done
            answer = final or answer
        # (an extractive answer is whole at once: shown only with its Answer, so the chat
        # never shows an answer it cannot yet take feedback on)
        if conversation is not None and answer.kind != "too_long":
            conversation.remember(answer)
        yield answer.text, answer

    # -- pipeline -----------------------------------------------------------------------

    def refresh(self) -> Retriever:
        """The retriever of the newest finished ingest (this one when nothing changed).
        Chat threads asking at once after an ingest wait for one reload."""
        with self._reload:
            self.retriever = self.retriever.current()
            return self.retriever

    def _answer(self, question: str, conversation: Conversation | None,
                base: Filters | None, mode: str) -> tuple[Answer, list[RetrievedItem]]:
        t0 = time.perf_counter()
        self.refresh()  # a finished ingest is picked up here
        problem = question_problem(question, self.cfg.max_question_chars)
        if problem:
            short = question[:200] + "…"  # never keep the whole of an oversized question
            return Answer(short, problem, declined=True, kind="too_long"), []
        question = as_spelled(question, self.retriever)  # "moedet" → "mødet"
        question = chair_in_plain_words(question)  # "hvem ledede mødet?" → "… var formand …"
        parts, shown = split_parts(question), shown_parts(question)
        if len(parts) == 1:  # "… i 2015 og i 2024?": a question per period
            parts = shown = (period_parts(question) or both_parts(question)
                            or body_parts(question) or parts)
        if len(parts) > 1:
            # a part with no topic of its own ("…, og var der nogen fraværende?") follows
            # up on the part before it, as the next question in a chat would
            earlier, answers = Conversation(), []
            for part in parts:
                answers.append(self._answer(part, earlier if earlier.items else None,
                                            base, mode)[0])
                if carries(answers[-1]):
                    earlier.remember(answers[-1])
            answer = combine(question, shown, answers)
            answer.timings = {"total_ms": (time.perf_counter() - t0) * 1000}
            return answer, answer.retrieved if carries(answer) else []
        if is_claim(question) and not (base and base != Filters()) and (
                refuted := refuted_claim(question, self.retriever, self.weights)):
            return refuted, []  # "Passer det, at fristen er 1. maj?" — "Nej. … 1. april 2025"
        dates = meeting_dates(question, base, self.retriever)
        q = parse_question(ps.this_year_held(question, dates), dates)
        q.retrieval_mode = mode
        if q.date_from:
            # The period is handled by filters or `prefer_period`; as a topic word the
            # year would make every item of that year look relevant.
            # (so would a season's name: "i sommeren 2015" is no matter of "som…")
            years = {str(q.date_from.year), str((q.date_to or q.date_from).year)}
            if q.period_kind == "season":
                years |= set(stems(q.date_label, frozenset())) | set(topic_stems(q.date_label))
            q.topic = [t for t in q.topic if t not in years] or q.topic
        filters, note = scope(q, base, self.retriever)
        scoped = self.retriever.scoped(filters)  # the asked municipality's words
        known_words(q, scoped)
        asked_as = (q.kind, q.meeting_aspect)
        if conversation is not None and conversation.kind == "meeting" and q.kind != "meeting":
            # "Hvor mødtes udvalget den 7/2, og hvad var klokken?": the same meeting's time
            # (when nothing else is asked: "hvem deltog i studieturen?" is no follow-up)
            aspect = next((a for a, rx in MEETING_ASPECTS if rx.search(question)), None)
            if aspect is not None:
                q.kind, q.meeting_aspect = "meeting", aspect
        follow_up = bool(conversation is not None and conversation.items
                         and not has_own_topic(q, conversation.previous_text))
        if not follow_up:
            q.kind, q.meeting_aspect = asked_as
        timings = {"parse_ms": (time.perf_counter() - t0) * 1000}
        absent = None if note else (absent_matter(q, scoped, self.weights)
                                    or absent_detail(q, scoped))
        if absent:
            note = f"Referaterne nævner ikke {absent}."
        if note:
            answer = Answer(question, f"{NOT_FOUND}\n{note}", declined=True, kind=q.kind)
        elif not follow_up and self._needs_topic(q) and not archive_wide(question):
            answer = Answer(question, CLARIFY, declined=True, kind="clarify")
        else:
            items = self._retrieve(q, question, filters, mode, conversation if follow_up
                                   else None, timings)
            if follow_up:  # (the previous answer's filters, and its matter's words)
                filters, q.topic = conversation.filters or filters, with_matter(q, conversation)
            t1 = time.perf_counter()
            if not items and q.unreported:  # no minutes report the other body's period
                answer = Answer(question, f"{NOT_FOUND}\n{q.unreported}", declined=True,
                                kind=q.kind)
            else:
                answer = self._compose(question, q, items, follow_up,
                                       self.retriever.scoped(filters), filters)
            timings["compose_ms"] = (time.perf_counter() - t1) * 1000
        timings["total_ms"] = (time.perf_counter() - t0) * 1000
        answer.timings, answer.filters, answer.follow_up = timings, filters, follow_up
        return answer, answer.retrieved if carries(answer) else []

    _needs_topic = staticmethod(needs_topic)  # "hvad besluttede de?": ask back

    def _retrieve(self, q: Question, question: str, filters: Filters, mode: str,
                  conversation: Conversation | None,
                  timings: dict[str, float]) -> list[RetrievedItem]:
        if conversation is not None:
            # A follow-up: re-rank the previous answer's items for this question's words.
            scored, t = self.retriever.retrieve(
                f"{conversation.previous_text} {question}", conversation.filters or filters,
                mode)
            timings.update(t)
            keys = {i.ref for i in conversation.items}
            return [i for i in scored if i.ref in keys] or conversation.items
        # "i hvilke sammenhænge er Brydehuset nævnt?" lists every item naming it
        wide = self.weights.mentions_items if asks_mentions(question) else None
        items, t = self.retriever.retrieve(q.search_text or question, filters, mode, wide)
        timings.update(t)
        word = mention_query(question, q.topic, self.retriever.scoped(filters)) if wide else ""
        if word and mode != "dense":
            # ... and every item that names the matter's word, found by that word alone
            alone, _ = self.retriever.retrieve(word, filters, "bm25", wide)
            have = {i.ref for i in items}
            items += [i for i in alone if i.ref not in have]
        store = getattr(self.retriever, "store", None)
        named = (items_by_case_number(store, question) or items_by_quote(store, question)
                 ) if store is not None else []
        if named:  # "Sag nr. 88.20.04-Ø54-10-18 – hvad drejer den sig om?"
            q.named_items = frozenset(v.ref for v in named)
            top = items[0].score if items else 1.0
            items = [RetrievedItem(v.ref, v.title, v.closed, top) for v in named] + [
                i for i in items if i.ref not in q.named_items]
            return items
        if q.punkt is not None:  # the named item before its meeting's front page
            items.sort(key=lambda i: i.punkt != q.punkt)
        items = ps.titled_period_first(q.text, items)
        if q.date_from and not (filters.date_from or filters.date_to):
            lo, hi, text = q.date_from, q.date_to or q.date_from, q.search_text or question
            held = self.retriever.meetings_in(ps.within(filters, lo, hi))
            if PLANNED.search(q.text) and not held:
                # "hvad har administrationen lovet til septembermødet 2025?": a meeting
                # not (yet) in the archive, promised in the minutes of the months before
                known = {i.ref for i in items}
                items += [i for i in ps.held_in(
                    self.retriever, text, filters, lo - PROMISED_WITHIN, lo - timedelta(days=1),
                    mode, self.weights.mentions_items, timings) if i.ref not in known]
            preferred = prefer_period(q, items, lambda i: conf.item_text(self.retriever, i))
            # a year in the asker's own story, before the archive begins, that no item
            # names ("min far fik førtidspension i 1999 – hvor mange timer må han
            # arbejde?"), is no period the minutes could report on: the items stand
            first = next(iter(self.retriever.meetings_in(filters)), None)
            before = first is not None and hi < first.date.replace(
                year=first.date.year - 1, month=1, day=1) and bool(OWN_STORY.search(q.text))
            q.period_own = not preferred and before
            if not preferred and not before:
                # nothing found names the period: the minutes of a meeting held then
                # report on it ("hvilke meddelelser fik udvalget i marts 2025?")
                preferred = ps.held_in(self.retriever, text, filters, lo, hi, mode, wide,
                                       timings)
            items = preferred or (items if before else [])
        return items

    def _confidence(self, q: Question, items: list[RetrievedItem], asked: str,
                    lookup: Lookup) -> Callable[[RetrievedItem], float]:
        """The confidence of each item for `q`, computed once per item."""
        cache: dict[int, float] = {}

        def of(item: RetrievedItem) -> float:
            if id(item) not in cache:
                cache[id(item)] = conf.confidence(q, item, items, lookup, asked,
                                                  self.calibrator, self.weights)
            return cache[id(item)]

        return of

    def _compose(self, question: str, q: Question, items: list[RetrievedItem],
                 follow_up: bool, lookup: Lookup, filters: Filters | None = None) -> Answer:
        asked = asked_type(question)
        ctx = Context(question, q, items, lookup, self._confidence(q, items, asked, lookup),
                      self.threshold, self.weights)
        if asks_archive(question):  # "hvilke møder er der referater fra?"
            return compose_archive(ctx, filters.committees if filters else [])
        if asks_contents(question):  # "hvilke meddelelser fik udvalget i marts 2025?"
            contents = compose_contents(ctx)
            if contents is not None:
                return contents
        if asks_guests(question, q.punkt):  # "hvem deltog under punkt 5 på mødet 8/9-20?"
            guests = compose_guests(ctx)
            if guests is not None:
                return guests
        if not follow_up and asks_meeting_decisions(ctx):  # "hvad besluttede … på mødet 7/2?"
            decisions = compose_meeting_decisions(ctx)
            if decisions is not None:
                return decisions
        # every meeting in scope read: "hvilke firmaer har udvalget mødtes hos?",
        # "stemte nogen imod noget i 2023?"
        for asks, compose in ((asks_visits, compose_visits),
                              (asks_votes_held, compose_votes_held),
                              (asks_times_treated, compose_times_treated)):
            if not follow_up and asks(question) and (read := compose(ctx)) is not None:
                return read
        if q.kind == "meeting":
            return compose_meeting(ctx)
        if not ctx.candidates:
            return decline(ctx)
        closed = closed_item(ctx)
        if closed is not None and not asks_case_history(question):
            # ("hvilke organer behandlede den lukkede voldgiftssag?": its history, below)
            return compose_closed(ctx, closed)
        if asks_mentions(question) and asked not in VALUE_TYPES:
            mentions = compose_mentions(ctx)
            if mentions is not None:
                return mentions
        scene = scene_person(ctx)  # "var han med, da udvalget så udkastet til …?"
        if scene is not None:
            return scene
        self._rerank(ctx, asked)
        top = ctx.candidates[0]
        score = ctx.confidence(top)
        features = conf.features(q, top, items, lookup, asked, self.weights)
        elsewhere = None if follow_up else treated_elsewhere(ctx, self.retriever, filters)
        if elsewhere is not None:  # "godkendte byrådet X?" and only an udvalg treated X
            answer = elsewhere
        elif not follow_up and score < self.threshold:
            # no item answers "hvem var konstitueret centerchef …?": the meeting's list may
            answer = role_holder(ctx, asked) or decline(ctx)
        else:
            answer = route(ctx, q, asked, self.retriever.names)
        answer.confidence, answer.features, answer.scored = round(score, 3), features, top.ref
        answer.candidate_features = [(top.ref, features)] + [
            (c.ref, conf.features(q, c, items, lookup, asked, self.weights))
            for c in ctx.candidates[1:self.collect_features]]
        return answer

    def _rerank(self, ctx: Context, asked: str) -> None:
        """Retrieval's order, unless one of the next two items is clearly more certain
        to answer (it names more of the topic), or, asked for a value ("hvilken placering
        …?"), only it states one of that type next to the topic; never away from a named
        period."""
        q, candidates = ctx.q, ctx.candidates
        pool = candidates[:3]
        if q.date_from:
            inside = [c for c in pool if mentions_period(
                q, c, conf.item_text(self.retriever, c))]
            if not inside:
                return
            # the top is outside the named period: an item inside it may replace it
            pool = inside if inside[0] is candidates[0] else [candidates[0], *inside]
        labels = ps.titled_labels(q.text)
        if ps.titled(candidates[0], labels):  # the asked period's report stays
            pool = [c for c in pool if ps.titled(c, labels)]
        scores = [ctx.confidence(c) for c in pool]
        if asked in VALUE_TYPES:
            valued = [conf.value_present(q, c, self.retriever, asked) for c in pool]
            if not valued[0] and any(valued):
                k = valued.index(True)
                # (a typed value lifts the item as much as a clear lead in the topic)
                scores[k] += self.weights.rerank_margin
        best = max(range(len(scores)), key=scores.__getitem__)
        # retrieval's tie (first in one retriever each) is no order: the more certain wins
        tied = pool[best].score >= pool[0].score * (1 - self.weights.fused_tie)
        if scores[best] > scores[0] + (self.weights.tie_margin if tied
                                       else self.weights.rerank_margin):
            chosen = pool[best]
            candidates.insert(0, candidates.pop(candidates.index(chosen)))
            # The answer's ranking (its sources panel, R@1) is the reranked one.
            ctx.items.insert(ctx.items.index(pool[0]), ctx.items.pop(ctx.items.index(chosen)))


def carries(answer: Answer) -> bool:
    """Does a follow-up question go on from this answer's items? Yes when it answered,
    and when it declined but cited the item it found ("Kun dagsordenen …", "referatet
    nævner ikke beløbet"): "og hvad stod der i indstillingen?" is about that item."""
    return not answer.declined or bool(answer.citations)
