"""Answers: a Danish question in, a structured `Answer` out — quoted from the minutes and
cited by code from node metadata, never from free text.

The default answerer is extractive (no LLM can be installed offline here, and staff who
fact-check want nothing the minutes do not say):

* decision  → the item's `Beslutning`, whole and verbatim; "Indstillingens punkt N"
  is followed by what that point of the `Indstilling` said; `Udsættes` is explained;
* number / fact / who / when → the one to three sentences that answer it, one per
  meeting in date order when several meetings are relevant;
* meeting   → participants, absentees, place, time or agenda from the meeting node;
* closed    → that the item is closed and its content not public;
* not found → "Det kan jeg ikke finde i referaterne." and the nearest items.

With `REFERAT_LLM_BASE_URL` set, `rag.generate` writes the answer instead and this
module's extractive answer is the fallback when the model's answer fails the checks.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from referat.config import Config
from referat.danish import DANISH_MONTHS, danish_date, sentences, stems, synonyms, topic_stems
from referat.domain import HISTORY_SECTIONS, Answer, Citation, Filters, RetrievedItem

from .catalog import ItemView, MeetingInfo
from .query import Question, has_own_topic, parse_question
from .retrieve import Retriever

NOT_FOUND = "Det kan jeg ikke finde i referaterne."
# Sections never quoted as an answer: counts, attachment lists and boilerplate.
_UNQUOTED = {"Bilag", "Beslutningen træffes af"}
_FIGURE_RE = re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s*(?:pct|procent|%|kr|mio|mia|stk))?")
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
_DATE_IN_TEXT = re.compile(
    r"\b\d{1,2}\.\s*(?:-\s*\d{1,2}\.\s*)?(?:januar|februar|marts|april|maj|juni|juli|august|"
    r"september|oktober|november|december)\b|\b\d{1,2}-\d{1,2}-\d{4}\b",
    re.IGNORECASE,
)
_WHEN_RE = re.compile(
    r"\b(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
    r"december|uge \d+|kvartal|(?:19|20)\d\d)\b|\b\d{1,2}-\d{1,2}-\d{4}\b",
    re.IGNORECASE,
)
_REASON_RE = re.compile(r"\b(fordi|begrundelse\w*|skyldes|derfor|årsag\w*|da\b|for at)\b",
                        re.IGNORECASE)
_EXPLAIN_RE = re.compile(r"^\s*(?:hvad er|hvad går .+ ud på|hvorfor|hvordan)\b", re.I)
_DURATION_RE = re.compile(r"\d+\s*(?:uger|måneder|år|dage|timer)\b", re.IGNORECASE)
# A further quote must score at least this share of the best one (same / another meeting).
_SAME_MEETING, _OTHER_MEETING = 0.7, 0.85
# Kinds for which a named year/month/quarter is a preference, not a filter.
_SOFT_PERIOD_KINDS = ("fact", "number", "who", "when")
_NAME_RE = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]+(?:\s+[A-ZÆØÅ]\.?)?(?:\s+[A-ZÆØÅ][a-zæøåé]+)+")


@dataclass
class Conversation:
    """One chat's memory: the previous turn's items and filters, for follow-ups."""

    items: list[RetrievedItem] = field(default_factory=list)
    filters: Filters | None = None
    previous_text: str = ""
    turns: int = 0

    def remember(self, answer: Answer, filters: Filters) -> None:
        cited = {c.ref for c in answer.citations}
        self.items = [r for r in answer.retrieved if r.ref in cited]
        self.items = self.items or answer.retrieved[:1]
        self.filters = filters
        self.previous_text = " ".join(
            [answer.question] + [c.title + " " + c.quote for c in answer.citations]
        )
        self.turns += 1

    def reset(self) -> None:
        self.items, self.filters, self.previous_text, self.turns = [], None, "", 0


@dataclass
class _Quote:
    item: RetrievedItem
    section: str
    text: str
    score: float
    overlap: float = 0.0  # share of the question's topic the sentence itself names


def _quote_block(text: str) -> str:
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.strip().split("\n"))


class Answerer:
    """Question → `Answer`. Holds the loaded index; safe to share between threads."""

    def __init__(
        self,
        cfg: Config,
        retriever: Retriever | None = None,
        generator: str | None = None,
    ) -> None:
        self.cfg = cfg
        self.retriever = retriever or Retriever(cfg)
        self.generator = generator or ("llm" if cfg.llm_base_url else "extractive")

    # -- public -------------------------------------------------------------------------

    def ask(
        self,
        question: str,
        conversation: Conversation | None = None,
        filters: Filters | None = None,
        mode: str = "hybrid",
    ) -> Answer:
        """Answer one question (extractive, or generative with extractive fallback)."""
        answer, sources = self._answer(question, conversation, filters, mode)
        if self.generator == "llm" and not answer.declined and sources:
            from .generate import generate_checked

            answer = generate_checked(self.cfg, answer, self._sources(answer, sources))
        if conversation is not None:
            conversation.remember(answer, answer.filters)
        return answer

    def stream(
        self,
        question: str,
        conversation: Conversation | None = None,
        filters: Filters | None = None,
    ) -> Iterator[tuple[str, Answer | None]]:
        """Yield (text so far, None) while writing, then (final text, Answer)."""
        answer, sources = self._answer(question, conversation, filters, "hybrid")
        if self.generator == "llm" and not answer.declined and sources:
            from .generate import stream_checked

            final = None
            for text, done in stream_checked(self.cfg, answer, self._sources(answer, sources)):
                if done is None:
                    yield text, None
                else:
                    final = done
            answer = final or answer
        else:
            yield answer.text, None
        if conversation is not None:
            conversation.remember(answer, answer.filters)
        yield answer.text, answer

    def _sources(
        self, answer: Answer, items: list[RetrievedItem]
    ) -> list[tuple[RetrievedItem, str]]:
        """Numbered sources for a language model: the cited items first, then the rest."""
        cited = [(c.meeting_date, c.punkt) for c in answer.citations]
        ordered = sorted(
            (i for i in items if not i.is_meeting),
            key=lambda i: (0, cited.index((i.meeting_date, i.punkt)))
            if (i.meeting_date, i.punkt) in cited else (1, 0),
        )[:4]
        out = []
        for item in ordered:
            view = self.retriever.item(item.ref)
            if view is None:
                continue
            # Decision first: the 3000-character budget must never cut it off.
            first = ("Beslutning", "Indstilling")
            ordered_sections = sorted(
                (sec for sec in view.sections if sec[0] not in _UNQUOTED),
                key=lambda sec: first.index(sec[0]) if sec[0] in first else len(first),
            )
            text = "\n".join(f"{name}: {body}" for name, body in ordered_sections)
            out.append((item, text[:3000]))
        return out

    # -- pipeline -----------------------------------------------------------------------

    def _filters_for(self, q: Question, base: Filters | None) -> tuple[Filters, str | None]:
        """Combine the UI's filters with the question's; say why when nothing can match."""
        f = base.copy() if base else Filters()
        note = None
        committee = self.retriever.resolve_committee(q.committee_mention)
        if committee:
            f.committees = [committee]
        if q.punkt is not None:
            f.punkt = q.punkt
        if q.relative_meeting:
            pool = self.retriever.meetings_in(f)
            if pool:
                chosen = {"latest": pool[-1], "first": pool[0],
                          "previous": pool[-2] if len(pool) > 1 else pool[0]
                          }[q.relative_meeting]
                f.date_from = f.date_to = chosen.date
        elif q.date_soft or (q.date_from and not q.date_strict and q.kind in _SOFT_PERIOD_KINDS):
            # "hvor mange … i 2023?" may ask about the year 2023 in a later meeting's
            # minutes: prefer that period's meetings and items naming it, filter nothing.
            pass
        elif q.date_from:
            trial = f.copy()
            ui_from, ui_to = f.date_from, f.date_to
            lo = max(d for d in (q.date_from, ui_from) if d) if ui_from else q.date_from
            hi = min(d for d in (q.date_to, ui_to) if d) if ui_to else q.date_to
            trial.date_from, trial.date_to = lo, hi
            if self.retriever.meetings_in(trial):
                f.date_from, f.date_to = lo, hi
            elif q.date_strict or q.kind in ("meeting", "decision"):
                note = f"Der er intet møde {q.date_label.strip()} i de indlæste referater."
            # else: a period named as a topic ("4. kvartal 2023"), not a meeting filter
        if not self.retriever.meetings_in(f) and note is None:
            note = "Ingen indlæste møder passer til de valgte filtre."
        return f, note

    def _answer(
        self,
        question: str,
        conversation: Conversation | None,
        base_filters: Filters | None,
        mode: str,
    ) -> tuple[Answer, list[RetrievedItem]]:
        t0 = time.perf_counter()
        q = parse_question(question, [m.date for m in self.retriever.meetings])
        q.retrieval_mode = mode
        if q.date_from:
            # The period is handled by filters or `_prefer_period`; as a topic word the
            # year would make every item of that year look relevant.
            years = {str(q.date_from.year), str((q.date_to or q.date_from).year)}
            q.topic = [t for t in q.topic if t not in years]
        filters, note = self._filters_for(q, base_filters)
        follow_up = (
            conversation is not None
            and conversation.items
            and not has_own_topic(q, conversation.previous_text)
        )
        timings: dict[str, float] = {"parse_ms": (time.perf_counter() - t0) * 1000}
        if note:
            answer = self._declined(question, q, [], note)
            answer.timings, answer.filters = timings, filters
            return answer, []
        if follow_up:
            assert conversation is not None
            items = conversation.items
            filters = conversation.filters or filters
            # Re-rank the previous items for this question's words.
            scored, t = self.retriever.retrieve(
                f"{conversation.previous_text} {question}", filters, mode)
            keys = {i.ref for i in items}
            ranked = [i for i in scored if i.ref in keys]
            items = ranked or items
            timings.update(t)
        else:
            items, t = self.retriever.retrieve(q.search_text or question, filters, mode)
            timings.update(t)
            if q.punkt is not None:  # the named item before its meeting's front page
                items.sort(key=lambda i: i.punkt != q.punkt)
            if q.date_from and not (filters.date_from or filters.date_to):
                items = self._prefer_period(q, items)
        t1 = time.perf_counter()
        answer = self._compose(question, q, items, bool(follow_up))
        timings["compose_ms"] = (time.perf_counter() - t1) * 1000
        timings["total_ms"] = (time.perf_counter() - t0) * 1000
        answer.timings, answer.filters, answer.follow_up = timings, filters, bool(follow_up)
        sources = [] if answer.declined else items
        return answer, sources

    def _mentions_period(self, q: Question, item: RetrievedItem) -> bool:
        """Is `item` from the question's period, or does its text name that period?"""
        lo, hi = q.date_from, q.date_to or q.date_from
        assert lo is not None and hi is not None
        if not item.is_meeting and lo <= item.meeting_date <= hi:
            return True
        text = self._item_text(item).lower()
        if lo.year == hi.year and lo.month == hi.month and lo.day == 1:
            return f"{DANISH_MONTHS[lo.month - 1]} {lo.year}" in text
        return str(lo.year) in text

    def _prefer_period(self, q: Question, items: list[RetrievedItem]) -> list[RetrievedItem]:
        """Items of (or about) the named period first, each group in retrieval order."""
        inside = [i for i in items if not i.is_meeting and self._mentions_period(q, i)]
        if not inside:
            return []  # nothing from or about that period: nothing to answer from
        return inside + [i for i in items if i not in inside]

    # -- confidence ---------------------------------------------------------------------

    def confidence(self, q: Question, item: RetrievedItem) -> float:
        """How sure we are that `item` answers `q`, in [0, 1].

        Half semantic (the best chunk's cosine, rescaled from e5's narrow 0.75–0.90
        band), half lexical (how much of the question's topic, weighted by rarity,
        occurs in the item).
        """
        if q.punkt is not None and item.punkt == q.punkt and q.has_date:
            return 1.0  # the user named the item itself
        coverage = self._coverage(q, item)
        if q.retrieval_mode == "bm25":
            return coverage  # no cosine to go by: lexical evidence only
        dense = min(1.0, max(0.0, (item.dense - 0.78) / 0.10)) if item.dense else 0.0
        return 0.5 * dense + 0.5 * coverage

    def _unknown_name_penalty(self, q: Question) -> float:
        """½ when the question names something (a capitalised word) that the minutes
        never mention at all — "en studietur til Berlin" is not "Studietur til Lund"."""
        vocab = self.retriever.idf
        words = re.findall(r"(?<!^)(?<![.?!]\s)\b[A-ZÆØÅ][a-zæøåé]{2,}\b", q.text.strip())
        for stem in stems(" ".join(words), frozenset()):
            if stem not in vocab and not match_weight(stem, self.retriever.vocabulary):
                return 0.5
        return 1.0

    def _item_text(self, item: RetrievedItem) -> str:
        view = self.retriever.item(item.ref)
        if view is not None:
            return f"{view.title}\n" + "\n".join(t for _, t in view.sections)
        return "\n".join(c.node.get_content() for c in item.chunks)

    def _coverage(self, q: Question, item: RetrievedItem) -> float:
        if not q.topic:
            return 1.0
        have = set(stems(self._item_text(item)))
        weights = [self.retriever.idf.get(t, self.retriever.default_idf) for t in q.topic]
        hit = sum(w * match_weight(t, have) for t, w in zip(q.topic, weights, strict=True))
        return hit / sum(weights)

    # -- composition --------------------------------------------------------------------

    def _declined(
        self, question: str, q: Question, items: list[RetrievedItem], note: str | None = None
    ) -> Answer:
        lines = [NOT_FOUND]
        if note:
            lines.append(note)
        near = [i for i in items if not i.is_meeting][:3]
        if near:
            lines.append("\nMåske er et af disse punkter relevant:")
            lines.extend(f"- {i.committee}, {i.label}" for i in near)
        return Answer(question=question, text="\n".join(lines), retrieved=items,
                      declined=True, kind=q.kind)

    def _compose(
        self, question: str, q: Question, items: list[RetrievedItem], follow_up: bool
    ) -> Answer:
        if q.kind == "meeting":
            return self._meeting_answer(question, q, items)
        candidates = [i for i in items if not i.is_meeting]
        if not candidates:
            return self._declined(question, q, items)
        # Retrieval's order, unless one of the next two items is clearly more certain to
        # answer the question (it names more of the topic): a light lexical rerank.
        pool = candidates[:3]
        if q.date_from:  # never rerank away from the named period's items
            pool = [c for c in pool if self._mentions_period(q, c)]
            if not pool or pool[0] is not candidates[0]:
                pool = candidates[:1]
        confs = [self.confidence(q, c) for c in pool]
        best = max(range(len(confs)), key=lambda k: confs[k])
        if confs[best] > confs[0] + 0.15:
            candidates.insert(0, candidates.pop(candidates.index(pool[best])))
        top = candidates[0]
        conf = confs[best] if confs[best] > confs[0] + 0.15 else confs[0]
        conf *= self._unknown_name_penalty(q)
        if not follow_up and conf < self.cfg.min_confidence:
            answer = self._declined(question, q, items)
            answer.confidence = round(conf, 3)
            return answer
        if top.closed or (q.kind == "closed" and any(i.closed for i in candidates[:2])):
            closed = top if top.closed else next(i for i in candidates[:2] if i.closed)
            answer = self._closed_answer(question, q, closed, items)
        elif q.kind == "decision":
            answer = self._decision_answer(question, q, top, candidates, items)
        else:
            answer = self._fact_answer(question, q, candidates, items)
        answer.confidence = round(conf, 3)
        return answer

    def _cite(self, item: RetrievedItem, quote: str = "", section: str = "") -> Citation:
        return Citation(item.ref, item.title, quote, section,
                        with_municipality=len(self.retriever.municipalities) > 1)

    def _closed_answer(self, question: str, q: Question, item: RetrievedItem,
                       items: list[RetrievedItem]) -> Answer:
        text = (
            f"Punkt {item.punkt} ({item.title}) på mødet i {item.committee} den "
            f"{danish_date(item.meeting_date)} er et lukket punkt. Indholdet er ikke "
            "offentligt, så referatet oplyser hverken sagsfremstilling eller beslutning."
        )
        return Answer(question, text, [self._cite(item, "", "Lukket")], items, kind="closed")

    def _decision_answer(
        self, question: str, q: Question, top: RetrievedItem,
        candidates: list[RetrievedItem], items: list[RetrievedItem],
    ) -> Answer:
        chosen = [top]
        if not q.has_date:
            # The same matter decided at several meetings: one decision per meeting.
            for other in candidates[1:3]:
                if (other.meeting_date != top.meeting_date and other.score >= 0.9 * top.score
                        and self.confidence(q, other) >= self.cfg.min_confidence
                        and self._same_matter(top, other)):
                    chosen.append(other)
        chosen.sort(key=lambda i: i.meeting_date)
        parts, citations = [], []
        for item in chosen:
            view = self.retriever.item(item.ref)
            if view is None:
                continue
            block, quote = self._decision_block(item, view)
            parts.append(block)
            citations.append(self._cite(item, quote, "Beslutning"))
        if not parts:
            return self._fact_answer(question, q, candidates, items)
        text = "\n\n".join(parts)
        return Answer(question, text, citations, items, kind="decision")

    def _same_matter(self, a: RetrievedItem, b: RetrievedItem) -> bool:
        ta, tb = set(topic_stems(a.title)), set(topic_stems(b.title))
        return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= 0.6

    def _decision_block(self, item: RetrievedItem, view: ItemView) -> tuple[str, str]:
        decision = view.section("Beslutning")
        indstilling = view.section("Indstilling")
        head = (f"{item.committee} behandlede sagen på mødet den "
                f"{danish_date(item.meeting_date)} (punkt {item.punkt}: {item.title}).")
        if not decision:
            return (f"{head} Referatet indeholder ingen beslutning for punktet "
                    "(dagsorden eller orientering).", "")
        lines = [head, "Beslutning:", _quote_block(decision)]
        notes = []
        points = _indstilling_points(indstilling)
        for n in sorted({int(m) for m in re.findall(r"Indstillingens punkt (\d+)", decision)}):
            if n in points:
                notes.append(f"Indstillingens punkt {n} lød: »{points[n]}«")
        if not notes and re.search(r"\bIndstilling(en)?\b.*\b(godkendt|godkendes)", decision,
                                   re.IGNORECASE) and points:
            notes.append("Indstillingen lød: " + " ".join(
                f"{n}. »{t}«" for n, t in sorted(points.items())))
        lowered = decision.lower()
        if re.match(r"^udsættes\b|^udsat\b", lowered):
            notes.append("Punktet blev altså udsat: der blev ikke truffet en beslutning på "
                         "dette møde.")
        elif lowered.startswith("taget til efterretning"):
            notes.append("Udvalget tog altså orienteringen til efterretning (ingen ændringer).")
        elif lowered.startswith("indstilles til godkendelse"):
            notes.append("Udvalget anbefaler altså sagen til godkendelse; den endelige "
                         "beslutning træffes af "
                         f"{view.section('Beslutningen træffes af') or 'et andet organ'}.")
        for hist in HISTORY_SECTIONS:
            earlier = view.section(hist)
            if earlier:
                flat = " ".join(earlier.split())
                notes.append(f"Tidligere behandling ({hist}, et tidligere møde): »{flat}«")
        if notes:
            lines.append("\n".join(notes))
        return "\n".join(lines), decision

    def _fact_answer(self, question: str, q: Question, candidates: list[RetrievedItem],
                     items: list[RetrievedItem]) -> Answer:
        top = candidates[0]
        pool = [top] + [
            i for i in candidates[1:4]
            if i.score >= 0.6 * top.score
            and self.confidence(q, i) >= max(self.cfg.min_confidence, 0.8 * self.confidence(q, top))
        ]
        quotes: list[_Quote] = []
        for item in pool:
            quotes.extend(self._score_sentences(q, item))
        if q.kind == "number":
            # "hvor mange …?" wants a figure: quote figure sentences when there are any
            quotes = [x for x in quotes if x.overlap and _has_figure(x.text)] or quotes
        quotes.sort(key=lambda x: x.score, reverse=True)
        if not quotes:
            return self._declined(question, q, items)
        best = quotes[0].score
        picked: list[_Quote] = []
        per_meeting: dict[date, int] = {}
        best_meeting = quotes[0].item.meeting_date
        for quote in quotes:
            if len(picked) >= 3:
                break
            d = quote.item.meeting_date
            # a second sentence must nearly match the best; another meeting, likewise
            share = _OTHER_MEETING if d != best_meeting else _SAME_MEETING
            if quote.score < share * best and picked:
                continue
            # several meetings: one quote each; one meeting: up to three
            if per_meeting.get(d, 0) >= (3 if len({x.item.meeting_date for x in quotes[:3]}) == 1
                                         else 1):
                continue
            if any(quote.text == p.text for p in picked):
                continue
            per_meeting[d] = per_meeting.get(d, 0) + 1
            picked.append(quote)
        if (q.kind == "number" and not any(_has_figure(p.text) and p.overlap for p in picked)
                ) or (q.kind == "when" and not any(_WHEN_RE.search(p.text) and p.overlap
                                                   for p in picked)):
            # "hvor mange …?" answered without a figure is no answer: say so instead.
            return self._declined(question, q, items)
        if len(picked) == 1 and _EXPLAIN_RE.search(q.text):
            # "hvad er …?", "hvorfor …?": the sentence that names the topic is usually
            # followed by the one that explains it; quote both.
            nxt = self._next_sentence(picked[0])
            if nxt:
                picked.append(_Quote(picked[0].item, picked[0].section, nxt, 0.0))
        picked.sort(key=lambda x: (x.item.meeting_date, x.item.punkt))
        parts, citations = [], []
        for item_ref in dict.fromkeys(p.item.ref for p in picked):
            group = [p for p in picked if p.item.ref == item_ref]
            item = group[0].item
            quote_text = " ".join(p.text for p in group)
            parts.append(f"{item.committee}, {danish_date(item.meeting_date)}, punkt "
                         f"{item.punkt} ({item.title}):\n{_quote_block(quote_text)}")
            citations.append(self._cite(item, quote_text, group[0].section))
        return Answer(question, "\n\n".join(parts), citations, items, kind=q.kind)

    def _next_sentence(self, quote: _Quote) -> str:
        """The sentence after `quote` in its section, or ""."""
        view = self.retriever.item(quote.item.ref)
        units = sentences(view.section(quote.section)) if view else []
        k = units.index(quote.text) + 1 if quote.text in units else len(units)
        return units[k] if k < len(units) else ""

    def _score_sentences(self, q: Question, item: RetrievedItem) -> list[_Quote]:
        view = self.retriever.item(item.ref)
        if view is None:
            return []
        topic = q.topic or stems(q.text)
        idf = self.retriever.idf
        weights = {t: idf.get(t, self.retriever.default_idf) for t in topic}
        total = sum(weights.values()) or 1.0
        item_conf = self.confidence(q, item)
        why = bool(re.search(r"\bhvorfor\b", q.text, re.I))
        counted = re.search(r"\bhvor mange (\w+)", q.text, re.I)  # "hvor mange borgere"
        counted_stem = stems(counted.group(1), frozenset())[0] if counted else None
        duration = bool(re.search(r"\bhvor længe\b", q.text, re.I))
        out = []
        for section, text in view.sections:
            if section in _UNQUOTED:
                continue
            for sentence in sentences(text):
                if len(sentence) < 12:
                    continue
                have = set(stems(sentence))
                overlap = sum(w * match_weight(t, have) for t, w in weights.items()) / total
                bonus = 0.15 if section == "Beslutning" else 0.0
                if q.kind == "number" and _has_figure(sentence):
                    bonus += 0.35
                    if re.search(r"\b(kr|mio|pct|procent)\b|%", sentence) and re.search(
                            r"kost|beløb|meget|budget|pris|udgift", q.text, re.I):
                        bonus += 0.15
                if q.kind == "when" and _WHEN_RE.search(sentence):
                    bonus += 0.35
                    if section == "Beslutning":
                        bonus += 0.2
                if q.kind in ("who", "vote") and _NAME_RE.search(sentence):
                    bonus += 0.25
                if q.kind == "vote" and re.search(r"\bstemte\b|\bundlod\b", sentence, re.I):
                    bonus += 1.0  # "hvem stemte imod?" is answered by the vote line itself
                elif q.kind == "vote" and re.search(r"mindretal|standsningsret", sentence, re.I):
                    bonus += 0.2
                if why and _REASON_RE.search(sentence):
                    bonus += 0.3
                if duration and _DURATION_RE.search(sentence):
                    bonus += 0.2
                if counted_stem and any(
                        match_weight(counted_stem, set(stems(w, frozenset())))
                        for w in re.findall(r"\d[\d.,-]*\s+(\w+)", sentence)):
                    bonus += 0.4  # "cirka 40-45 borgere" answers "hvor mange borgere"
                if section in HISTORY_SECTIONS:
                    bonus -= 0.3
                score = overlap + bonus + 0.3 * item_conf
                if overlap == 0 and bonus <= 0:
                    continue
                out.append(_Quote(item, section, sentence, score, overlap))
        return out

    def _meeting_answer(self, question: str, q: Question, items: list[RetrievedItem]) -> Answer:
        meeting: MeetingInfo | None = None
        if q.has_date or items:
            # the filters already narrowed to the named meeting; else the best match
            dated = [i for i in items if i.is_meeting] or items
            if dated:
                meeting = self.retriever.meeting(dated[0].ref)
        if meeting is None:
            return self._declined(question, q, items)
        if not q.has_date and len({i.meeting_date for i in items[:3]}) > 1 and not q.topic:
            # No date and nothing else to go by: say which meeting we answer about.
            pass
        aspect = q.meeting_aspect or "attendees"
        label = f"mødet i {meeting.committee} den {danish_date(meeting.date)}"
        if aspect == "attendees":
            if meeting.attendees:
                body = f"Deltagere i {label}:\n" + "\n".join(f"- {p}" for p in meeting.attendees)
                if meeting.absentees:
                    body += "\n\nAfbud: " + ", ".join(meeting.absentees)
            else:
                body = (f"Referatet af {label} har ingen deltagerliste"
                        + (f"; det nævner kun afbud fra: {', '.join(meeting.absentees)}."
                           if meeting.absentees else "."))
        elif aspect == "absentees":
            body = (f"Afbud/fravær til {label}: " + ", ".join(meeting.absentees) + "."
                    if meeting.absentees else f"Referatet af {label} nævner ingen afbud.")
        elif aspect == "place":
            body = (f"{label[0].upper()}{label[1:]} blev holdt: {meeting.place}."
                    if meeting.place else f"Referatet af {label} nævner ikke mødestedet.")
        elif aspect == "time":
            body = (f"{label[0].upper()}{label[1:]} begyndte kl. {meeting.start_time}."
                    if meeting.start_time else f"Referatet af {label} nævner ikke tidspunktet.")
        else:
            body = f"Dagsorden for {label}:\n" + "\n".join(
                f"{n}. {'Lukket: ' if closed else ''}{title}" for n, title, closed
                in meeting.agenda)
        node = next((i for i in items if i.ref == meeting.ref),
                    RetrievedItem(meeting.ref, "", False, 1.0))
        citation = Citation(meeting.ref, "", body, "Møde",
                            with_municipality=len(self.retriever.municipalities) > 1)
        return Answer(question, body, [citation], [node] + [i for i in items if i is not node],
                      kind="meeting")


def match_weight(term: str, have: set[str]) -> float:
    """1 for the stem itself, ½ for a part of a Danish compound either way ("brand" in
    "brandingplatform", "besøg" in "virksomhedsbesøg"), else 0."""
    if term in have:
        return 1.0
    if any(syn in have for syn in synonyms().get(term, ())):
        return 0.8
    for h in have:
        longer, shorter = (h, term) if len(h) > len(term) else (term, h)
        if len(shorter) < 4 or len(longer) == len(shorter):
            continue
        if len(shorter) >= 6 and longer.startswith(shorter) and len(longer) <= len(shorter) + 2:
            return 1.0  # the same word inflected: Snowball's "nytteindsat" ↔ "nytteindsats"
        if len(longer) > len(shorter) + 2 and (
                longer.startswith(shorter) or longer.endswith(shorter)):
            return 0.5  # "letbanestation" ↔ "letbane", "brand" ↔ "brandingplatform"
    return 0.0


def _has_figure(sentence: str) -> bool:
    """Does the sentence state a figure (not just a year or a date)?"""
    plain = _DATE_IN_TEXT.sub(" ", re.sub(r"<?https?://\S+", " ", sentence))
    # list numbers ("4. Erhvervslivets …") and references ("nr. 1", "kapitel 13", "§ 23")
    plain = re.sub(r"(?:^|\s)\d{1,2}\.(?=\s+[A-ZÆØÅ])|\b(?:nr|kapitel|punkt|pkt|§)\.?\s*\d+",
                   " ", plain)
    for m in _FIGURE_RE.finditer(plain):
        token = m.group(0).strip().rstrip(".,")
        if not _YEAR_RE.match(token):
            return True
    return False


def _indstilling_points(indstilling: str) -> dict[int, str]:
    """`"1. Godkender forslag til studietur.\\n2. Beslutter dato …"` → {1: …, 2: …}."""
    points: dict[int, str] = {}
    current: int | None = None
    for line in indstilling.split("\n"):
        m = re.match(r"^\s*(\d{1,2})\.\s+(.*)$", line)
        if m:
            current = int(m.group(1))
            points[current] = m.group(2).strip()
        elif current is not None and line.strip():
            points[current] = f"{points[current]} {line.strip()}"
    return points
