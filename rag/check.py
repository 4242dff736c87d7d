"""Fact-checking: each claim of a text against the minutes, with a verdict —
bekræftet, afkræftet, delvist or ikke nævnt — the minutes' own words and citations.

For one claim: retrieve candidate items with the claim's words (its dates are facts to
check, not filters, unless "på mødet den …"), keep the item whose sentences name most
of the claim's topic, then compare each typed part (`rag.claims`) with the values of
the item's most relevant sentences (`rag.compare`). A part the minutes state is
confirmed; a part where the relevant sentence states another value of the same kind is
contradicted; anything else is not stated. Never confirm what is not there: the claim is
bekræftet only when the topic is found and every part is confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from referat.config import Config
from referat.danish import danish_date
from referat.domain import Citation, Filters, RetrievedItem
from referat.values import DATE, PERSON, PLACE

from .claims import OUTCOME_WORDS, OWN_TIME, UNANIMOUS, Claim, parse_claim, split_claims
from .compare import (
    CONFIRMED,
    CONTRADICTED,
    NOT_STATED,
    ROLE_CLASHES,
    Matcher,
    PartResult,
    Sentence,
)
from .sentence_values import SAME, period_holds
from .weights import WEIGHTS, Weights

BEKRAEFTET, AFKRAEFTET, DELVIST, IKKE_NAEVNT = "bekræftet", "afkræftet", "delvist", "ikke nævnt"
LABELS = {BEKRAEFTET: "Bekræftet", AFKRAEFTET: "Afkræftet", DELVIST: "Delvist",
          IKKE_NAEVNT: "Ikke nævnt"}


@dataclass
class CheckResult:
    """The verdict on one claim."""

    claim: str
    verdict: str
    parts: list[PartResult] = field(default_factory=list)
    evidence: str = ""
    correction: str = ""
    citations: list[Citation] = field(default_factory=list)
    leads: list[RetrievedItem] = field(default_factory=list)
    coverage: float = 0.0

    @property
    def text(self) -> str:
        """The verdict in Danish, as the CLI prints it."""
        lines = [f"{LABELS[self.verdict]}: {self.claim}"]
        if self.correction:
            lines.append(self.correction)
        if self.evidence:
            lines.append(f"Referatet: »{self.evidence}«")
        for c in self.citations:
            lines.append(f"Kilde: {c.render()}")
        if self.verdict == IKKE_NAEVNT:
            lines.append("Referaterne i arkivet nævner det ikke.")
            if self.leads:
                lines.append("Nærmeste punkter: " + "; ".join(
                    f"{i.committee}, {i.label}" for i in self.leads))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "verdict": self.verdict,
            "parts": [p.to_dict() for p in self.parts],
            "evidence": self.evidence,
            "correction": self.correction,
            "citations": [{
                "municipality": c.ref.municipality, "committee": c.ref.committee,
                "date": c.ref.date.isoformat(), "punkt": c.ref.punkt or None,
                "title": c.title, "quote": c.quote} for c in self.citations],
            "leads": [i.to_dict() for i in self.leads],
            "text": self.text,
        }


class Checker:
    """Claims → verdicts. Holds the loaded index; safe to share between threads."""

    def __init__(self, cfg: Config | None = None, retriever: Any = None,
                 weights: Weights = WEIGHTS) -> None:
        if retriever is None:
            from .retrieve import Retriever

            retriever = Retriever(cfg or Config.from_env())
        self.retriever = retriever
        self.weights = weights
        self.matcher = Matcher(retriever, weights)

    def check(self, text: str) -> list[CheckResult]:
        """Every claim in `text`, checked; a Danish ValueError when there is none."""
        claims = split_claims(text)
        if not claims:
            raise ValueError("Teksten indeholder ingen påstand at tjekke (skriv mindst en "
                             "sætning på tre ord).")
        return [self.check_claim(c) for c in claims]

    def check_one(self, text: str) -> CheckResult:
        return self.check_claim(parse_claim(text))

    def check_claim(self, claim: Claim) -> CheckResult:
        w = self.weights
        filters = Filters()
        if claim.meeting_day is not None:
            filters = Filters(date_from=claim.meeting_day, date_to=claim.meeting_day)
            if not self.retriever.meetings_in(filters):
                return CheckResult(claim.text, IKKE_NAEVNT, [_unstated(p) for p in claim.parts],
                                   correction=f"Arkivet har intet møde den "
                                   f"{danish_date(claim.meeting_day)}.")
        # BM25 first (milliseconds); the dense search (an embedding) only when the lexical
        # candidates name part, but not enough, of the claim's topic.
        scored: list[tuple[float, RetrievedItem, list[Sentence]]] = []
        candidates: list[RetrievedItem] = []
        for mode in ("bm25", "hybrid"):
            items, _ = self.retriever.retrieve(claim.core, filters, mode=mode,
                                               top_k=w.check_candidates)
            seen = {i.ref for i in candidates}
            fresh = [i for i in items if (not i.is_meeting or claim.meeting_day)
                     and i.ref not in seen][:w.check_candidates]
            candidates += fresh
            for item in fresh:
                sents = self.matcher.sentences(item)
                scored.append((self.matcher.item_coverage(claim, sents), item, sents))
            best_cov = max((c for c, _, _ in scored), default=0.0)
            # the verdict needs the words in the item: when BM25's items (ranked by those
            # very words) name little of the topic, the dense search cannot find more
            if best_cov >= w.check_confirm_coverage or best_cov < w.check_dense_floor:
                break
        leads = [i for i in candidates if not i.is_meeting][:3]
        top = max((c for c, _, _ in scored), default=0.0)
        if top < w.check_valued_floor or (top < w.check_min_coverage and not any(
                p.kind not in _WEAK for p in claim.parts)):
            return CheckResult(claim.text, IKKE_NAEVNT, [_unstated(p) for p in claim.parts],
                               leads=leads, coverage=top)
        # Items naming (nearly) all of the topic: the one that confirms most parts wins
        # ("nytårskuren i 2024" is the 2024 item's, not the 2023 one's); then retrieval.
        # An item naming less of the topic still competes when it states one of the
        # claim's figures, people or parties ("13 uger" in the item about nytteindsats).
        best = None
        for rank, (cov, item, sents) in enumerate(scored):
            if cov < w.check_valued_floor:
                continue
            parts = self.matcher.compare(claim, item, sents)
            specific = sum(p.verdict == CONFIRMED and p.kind not in _WEAK
                           and p.sentence is not None for p in parts)
            if (cov < top - w.check_coverage_tie or cov < w.check_min_coverage) and not specific:
                continue
            rel = dict(zip(map(id, sents), self.matcher.relevance(claim, sents), strict=True))
            backed = sum(rel.get(id(p.sentence), 0.0) for p in parts
                         if p.verdict != NOT_STATED)
            # ("… i 2025": the 2025 meeting's status, when no sentence dates the figure)
            held = any(p.kind == DATE and p.period is not None and period_holds(
                p.period, item.meeting_date) for p in claim.parts)
            # ("… var 3,9 pct. i februar 2024": the February 2024 meeting's figure first)
            named = held and any(p.kind == DATE and p.period is not None and p.period.kind
                                 == "month" for p in claim.parts) and not OWN_TIME.search(
                                     claim.core)
            key = (named, specific, sum(p.verdict == CONFIRMED for p in parts), held,
                   round(backed, 2), cov, -rank)
            if best is None or key > best[0]:
                best = (key, item, sents, parts, cov)
        if best is None:
            return CheckResult(claim.text, IKKE_NAEVNT, [_unstated(p) for p in claim.parts],
                               leads=leads, coverage=top)
        _, item, sents, parts, cov = best
        return self._verdict(claim, item, sents, parts, cov, leads)

    def _verdict(self, claim: Claim, item: RetrievedItem, sents: list[Sentence],
                 parts: list[PartResult], cov: float,
                 leads: list[RetrievedItem]) -> CheckResult:
        w = self.weights
        states = [p.verdict for p in parts]
        if CONTRADICTED in states and not _anchored(claim, parts) and (
                cov < w.check_contradict_coverage or _off_subject(claim, parts, sents)):
            # another value in an item only partly about the claim contradicts nothing
            parts = [p if p.verdict != CONTRADICTED else PartResult(
                p.text, p.kind, NOT_STATED) for p in parts]
            states = [p.verdict for p in parts]
        if CONTRADICTED in states:
            verdict = AFKRAEFTET
        elif not parts:
            # nothing typed to compare: the words must stand together in one passage
            verdict = BEKRAEFTET if self.matcher.best_sentence_coverage(
                claim, sents) >= w.check_confirm_untyped else IKKE_NAEVNT
        elif all(s == CONFIRMED for s in states):
            # each figure, person or party found in a sentence is evidence of its own
            valued = sum(p.kind not in _WEAK and p.sentence is not None for p in parts)
            needed = max(w.check_valued_floor, w.check_confirm_coverage
                         - w.check_coverage_per_value * valued)
            verdict = BEKRAEFTET if cov >= needed else IKKE_NAEVNT
        elif any(p.kind not in _WEAK and p.verdict == CONFIRMED for p in parts):
            verdict = DELVIST
        else:
            verdict = IKKE_NAEVNT
        used = [p.sentence for p in parts if p.sentence is not None and p.verdict != NOT_STATED]
        if not used:
            best = self.matcher.best_sentence(claim, sents)
            used = [best] if best is not None else []
        used = list(dict.fromkeys(used))[:w.max_quotes]
        quotes = [s.text for s in used]
        correction = _correction(parts, item, verdict)
        if verdict == IKKE_NAEVNT:
            # the topic was there, but not what the claim says: cite as a lead, no quote
            return CheckResult(claim.text, verdict, parts, correction=correction,
                               leads=[item] + [i for i in leads if i is not item][:2],
                               coverage=cov)
        many = len(getattr(self.retriever, "municipalities", [])) > 1
        citations = [Citation(item.ref, item.title, " … ".join(quotes), "",
                              with_municipality=many)]
        return CheckResult(claim.text, verdict, parts, " … ".join(quotes), correction,
                           citations, coverage=cov)


# Parts too common to make a claim partly true on their own ("i 2022", "godkendt").
_WEAK = frozenset({"date", "decision", "place"})


def _anchored(claim: Claim, parts: list[PartResult]) -> bool:
    """A contradiction stated in the very sentence that confirms another specific part
    of the claim ("… 13 butikker med i alt cirka 155 ansatte", "i 4. kvartal 2023 …
    141 nystartede") is about the claim."""
    specific = [r for p, r in zip(claim.parts, parts, strict=True)
                if r.verdict == CONFIRMED and r.sentence is not None and (
                    r.kind not in _WEAK or (p.period is not None and p.period.kind != "year"))]
    return any(p.verdict == CONTRADICTED and p.sentence is not None and any(
        q.sentence is p.sentence for q in specific) for p in parts)


def _off_subject(claim: Claim, parts: list[PartResult], sents: list[Sentence]) -> bool:
    """The claim names a place or person the item never mentions, and nothing specific
    in it is confirmed: the item is about something else ("Et forløb hos
    Idrætsfællesskabet koster 20.000 kr." against another course's price)."""
    if any(r.verdict == CONFIRMED and r.kind not in _WEAK for r in parts):
        return False
    return any(r.verdict == NOT_STATED and p.kind in (PLACE, PERSON)
               and not any(SAME[p.kind](p, s) for s in sents)
               for p, r in zip(claim.parts, parts, strict=True))


def _unstated(part: Any) -> PartResult:
    return PartResult(part.text, part.kind, NOT_STATED)


def _correction(parts: list[PartResult], item: RetrievedItem, verdict: str) -> str:
    """What the minutes say instead, part by part, in Danish."""
    out = []
    for p in parts:
        if p.verdict == CONTRADICTED:
            said = OUTCOME_WORDS.get(p.minutes_value, p.minutes_value) if p.kind == "decision" \
                else p.minutes_value
            claimed = OUTCOME_WORDS.get(p.text, p.text) if p.kind == "decision" else p.text
            if p.kind == UNANIMOUS:
                out.append(f"Referatet siger: »{said}« – ikke enstemmigt.")
            elif p.kind in ("person", "party") and said in ROLE_CLASHES:
                out.append(f"Referatet siger, at {p.text} {said}.")
            else:
                out.append(f"Referatet siger {said}, ikke {claimed}.")
    if verdict == DELVIST:
        held = [p.text for p in parts if p.verdict == CONFIRMED]
        missing = [p.text for p in parts if p.verdict == NOT_STATED]
        out.append(f"Bekræftet: {', '.join(held)}. Ikke nævnt i referatet: "
                   f"{', '.join(missing)}.")
    if out:
        out.append(f"(Mødet den {danish_date(item.meeting_date)}" + (
            f", {item.ref.name}: {item.title}.)" if item.punkt else ".)"))
    return " ".join(out)
