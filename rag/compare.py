"""Comparing a claim's typed parts with one agenda item's sentences.

A sentence's relevance to a claim is the idf-weighted share of the claim's words it
names (its own words count most; its neighbours and the item's title add context).
A part is confirmed by a relevant sentence that states the same value, and
contradicted by the most relevant sentence that states another value of its kind
(another count of the same thing, another place, another decision).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from referat.danish import danish_date, sentences, stems
from referat.domain import RetrievedItem
from referat.synonyms import synonyms
from referat.values import (
    AMOUNT,
    COUNT,
    DATE,
    DURATION,
    PARTY,
    PERCENT,
    PERSON,
    PLACE,
    Value,
)

from .claims import DECISION, OWN_TIME, REPORTED, UNANIMOUS, Claim, Part
from .compose.base import UNQUOTED
from .compose.decision import outcome
from .roles import who_role
from .sentence_values import (
    OTHER,
    SAME,
    Sentence,
    holds,
    make_sentence,
    numbers,
    other_value,
    part_name,
    period_holds,
    person_in,
    same_value,
    words_of,
)
from .weights import Weights

CONFIRMED, CONTRADICTED, NOT_STATED = "bekræftet", "afkræftet", "ikke nævnt"
ROLE_CLASHES = ("deltog", "meldte afbud", "stemte imod", "stemte for", "undlod at stemme")
_NUMERIC = (AMOUNT, PERCENT, DURATION, COUNT)


@dataclass
class PartResult:
    text: str
    kind: str
    verdict: str
    minutes_value: str = ""
    sentence: Sentence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "verdict": self.verdict,
                "minutes_value": self.minutes_value}


class Matcher:
    def __init__(self, lookup: Any, weights: Weights) -> None:
        self.lookup = lookup
        self.w = weights
        self._cache: dict[Any, list[Sentence]] = {}
        self._syn = synonyms()

    # -- the item's sentences -------------------------------------------------------------

    def sentences(self, item: RetrievedItem) -> list[Sentence]:
        if item.ref not in self._cache:
            out = [make_sentence("Titel", item.title)]
            view = self.lookup.item(item.ref)
            if view is not None:
                for name, text in view.sections:
                    if name not in UNQUOTED:
                        out.extend(make_sentence(name, s) for s in sentences(text))
            elif item.is_meeting:
                m = self.lookup.meeting(item.ref)
                if m is not None:
                    out.append(make_sentence("Deltagere",
                                             "Deltog i mødet: " + ", ".join(m.attendees)))
                    out.append(make_sentence("Afbud",
                                             "Afbud, deltog ikke: " + ", ".join(m.absentees)))
                    out.append(make_sentence("Sted", f"Mødet blev holdt på {m.place}."))
            else:
                out.extend(make_sentence("", s) for c in item.chunks
                           for s in sentences(c.node.get_content()))
            self._cache[item.ref] = out
        return self._cache[item.ref]

    # -- relevance ------------------------------------------------------------------------

    def _idf(self, stem: str) -> float:
        return self.lookup.idf.get(stem, self.lookup.default_idf)

    def _match(self, stem: str, have: frozenset[str]) -> float:
        if stem in have or any(a in have for a in self._syn.get(stem, ())):
            return 1.0
        if len(stem) >= 5 and any(len(h) >= 4 and (h.startswith(stem) or stem.startswith(h))
                                  for h in have):
            return 1.0
        if len(stem) >= 5 and any(stem in h or (len(h) >= 4 and stem.endswith(h))
                                  for h in have):
            return self.w.compound_match  # "energitjek" ↔ "tjek"
        if len(stem) == 4 and any(len(h) > 6 and h.endswith(stem) for h in have):
            return self.w.compound_match  # a compound's head: "flyt" ↔ "tilflyt"
        return 0.0

    def coverage(self, words: list[str], have: frozenset[str]) -> float:
        if not words:
            return 1.0
        weights = [self._idf(t) for t in words]
        return sum(wt * self._match(t, have) for t, wt in zip(words, weights, strict=True)) / sum(
            weights)

    def _windows(self, sents: list[Sentence]) -> list[frozenset[str]]:
        title = sents[0].stems if sents else frozenset()
        return [title | s.stems | (sents[i - 1].stems if i > 1 else frozenset())
                | (sents[i + 1].stems if i + 1 < len(sents) else frozenset())
                for i, s in enumerate(sents)]

    def item_coverage(self, claim: Claim, sents: list[Sentence]) -> float:
        """The best share of the claim's topic one passage of the item names."""
        return max((self.coverage(claim.topic, win) for win in self._windows(sents)),
                   default=0.0)

    def relevance(self, claim: Claim, sents: list[Sentence]) -> list[float]:
        words = claim.words or claim.topic
        own = self.w.check_own_share
        return [own * self.coverage(words, s.stems) + (1 - own) * self.coverage(words, win)
                for s, win in zip(sents, self._windows(sents), strict=True)]

    def best_sentence_coverage(self, claim: Claim, sents: list[Sentence]) -> float:
        """The most of the topic one sentence, or two in a row, name (a claim often
        joins what two sentences say: "Iris Group rangerer …" + "… topper Ballerup")."""
        body = sents[1:]
        pairs = [a.stems | b.stems for a, b in zip(body, body[1:], strict=False)]
        return max((self.coverage(claim.topic, have) for have in
                    [s.stems for s in body] + pairs), default=0.0)

    def best_sentence(self, claim: Claim, sents: list[Sentence]) -> Sentence | None:
        rel = self.relevance(claim, sents)
        body = list(range(1, len(sents)))
        return sents[max(body, key=rel.__getitem__)] if body else None

    # -- parts ----------------------------------------------------------------------------

    def compare(self, claim: Claim, item: RetrievedItem,
                sents: list[Sentence]) -> list[PartResult]:
        rel = self.relevance(claim, sents)
        # the body first; the title (index 0) only when no sentence says it
        ranked = sorted(range(1, len(sents)), key=lambda i: -rel[i]) + [0]
        return [self._part(p, claim, item, sents, rel, ranked) for p in claim.parts]

    def _part(self, part: Part, claim: Claim, item: RetrievedItem, sents: list[Sentence],
              rel: list[float], ranked: list[int]) -> PartResult:
        w = self.w
        if part.kind == DECISION:
            return self._decision(part, sents)
        if part.kind == UNANIMOUS:
            return _unanimous(part, sents)
        side = claimed_side(claim.core) if part.kind in (PERSON, PARTY) else ""
        said = _vote_side(part, sents) if side else None
        if said is not None:  # "Enhedslisten stemte for studieturen": the vote line says
            return PartResult(part.text, part.kind, CONFIRMED if said[0] == side
                              else CONTRADICTED, said[0], said[1])
        if part.kind == PLACE and words_of(part_name(part)).strip() in (
                m := item.ref.municipality.lower(), f"{m} kommune"):
            # "1.035 borgere i Ballerup": the minutes are that municipality's own
            return PartResult(part.text, part.kind, CONFIRMED, item.ref.municipality)
        if part.value is not None and part.value.number is not None:
            # "1.035 borgere … som dagpengemodtagere": the minutes may count the same
            # figure by another of the claim's nouns ("1.035 dagpengemodtagere")
            nouns = part.near
            found = next(((i, x.text) for i in ranked if rel[i] >= w.check_confirm_relevance
                          for x in numbers(part, sents[i], nouns) if holds(part, x)), None)
            if found:
                return PartResult(part.text, part.kind, CONFIRMED, found[1], sents[found[0]])
        if part.kind == DATE and part.period is not None and period_holds(
                part.period, item.meeting_date) and (
                (part.period.kind == "month" and not OWN_TIME.search(claim.core)) or (
                    REPORTED.search(claim.core) and not any(
                        OTHER[DATE](part, sents[i]) for i in ranked
                        if rel[i] >= w.check_contradict_relevance))):
            # "fik udvalget at vide i marts 2025": the minutes of that meeting say it;
            # the month of the meeting the matter is in names that meeting ("… fik sendt
            # beslutningen videre i februar 2023"), not a date the text gives of it
            return PartResult(part.text, part.kind, CONFIRMED,
                              f"mødet den {danish_date(item.meeting_date)}")
        if part.kind == DATE and part.decided_on and part.period is not None:
            held = period_holds(part.period, item.meeting_date)
            return PartResult(part.text, part.kind, CONFIRMED if held else CONTRADICTED,
                              f"mødet den {danish_date(item.meeting_date)}")
        same, other = SAME.get(part.kind, same_value), OTHER.get(part.kind, other_value)
        first_rival: PartResult | None = None
        for i in ranked:
            if (rel[i] < w.check_confirm_relevance and not (i == 0 and part.kind == PLACE)):
                continue
            if same(part, sents[i]):
                role = _role_clash(claim, sents[i])
                if part.kind == PERSON and role:
                    return PartResult(part.text, part.kind, CONTRADICTED, role, sents[i])
                if part.kind == PERSON and sents[i].section not in ("Deltagere", "Afbud"):
                    # the claim's words must stand next to the name, and by no one else's
                    # name in the item more (who was "valgt som formand"?)
                    mine = _fit(part.value, claim, sents[i], self) if part.value else 0.0
                    rival, theirs = self._best_other(part, claim, sents, rel)
                    if rival and theirs > mine + w.check_person_margin:
                        first_rival = first_rival or PartResult(
                            part.text, part.kind, CONTRADICTED, rival.name, rival_sentence(
                                rival, sents))
                        continue
                    if mine < w.check_person_fit and rel[i] < w.check_contradict_relevance:
                        # a name in a list ("oplægsholderne … Morten Bødskov, professor
                        # Mikkel Flyverbom og Svend Brinkmann") stands far from the words
                        # it shares: a sentence this relevant, with no better-fitting
                        # rival, is enough
                        continue
                return PartResult(part.text, part.kind, CONFIRMED, part.text, sents[i])
        if first_rival is not None:
            return first_rival
        if part.kind in (PLACE, PERSON) and any(same(part, s) for s in sents):
            return PartResult(part.text, part.kind, NOT_STATED)  # named, but elsewhere
        if part.kind == DATE and part.period is not None and period_holds(
                part.period, item.meeting_date) and any(p.kind == DECISION for p in claim.parts):
            return PartResult(part.text, part.kind, CONFIRMED,
                              f"mødet den {danish_date(item.meeting_date)}")
        # The contradicting sentence: relevant, and best if it states the claim's other
        # parts ("i andet kvartal 2020 … 71 nye virksomheder" over "2016 til 2020 …").
        others = [p for p in claim.parts if p is not part and p.kind != DECISION]

        def backing(i: int) -> float:
            return rel[i] + w.check_other_part_bonus * sum(
                1 for p in others if SAME.get(p.kind, same_value)(p, sents[i]))

        # A sentence that states another of the claim's values is about the claim: it
        # may contradict at the (lower) confirming relevance ("13 butikker med i alt
        # cirka 155 ansatte" against "18 butikker med omkring 155 ansatte").
        if other is other_value:
            def other(p: Part, s: Sentence) -> str:
                return other_value(p, s, p.near)
        found = [(backing(i), i, other(part, sents[i])) for i in ranked
                 if rel[i] >= w.check_contradict_relevance or (
                     rel[i] >= w.check_confirm_relevance and backing(i) > rel[i])
                 or _listed_count(part, sents[i])]
        found = sorted((f for f in found if f[2]), key=lambda f: -f[0])
        if found:
            top, i, value = found[0]
            # a second value as relevant as the first is named too (the user sees both)
            also = [v for b, _, v in found[1:] if b >= top - w.check_second_value_gap
                    and v != value][:1]
            return PartResult(part.text, part.kind, CONTRADICTED, " / ".join([value, *also]),
                              sents[i])
        if part.kind == DATE and part.period is not None and period_holds(
                part.period, item.meeting_date) and (REPORTED.search(claim.core) or any(
                    p.kind == DECISION for p in claim.parts)):
            # "I februar 2023 sagde udvalget ja": the decision is that meeting's
            return PartResult(part.text, part.kind, CONFIRMED,
                              f"mødet den {danish_date(item.meeting_date)}")
        if part.kind == DATE and any(p.kind == DECISION for p in claim.parts) and (
                part.period is not None and part.period.kind != "day"):
            # "godkendte i 2021 …": the decision's date is the meeting's
            return PartResult(part.text, part.kind, CONTRADICTED,
                              f"mødet den {danish_date(item.meeting_date)}")
        return PartResult(part.text, part.kind, NOT_STATED)

    def _best_other(self, part: Part, claim: Claim, sents: list[Sentence],
                    rel: list[float]) -> tuple[Value | None, float]:
        """The person not named in the claim whom the claim's words fit best, anywhere
        relevant in the item."""
        named = [p.value.name for p in claim.parts if p.kind == PERSON and p.value is not None]
        best: tuple[Value | None, float] = (None, 0.0)
        for s, r in zip(sents, rel, strict=True):
            if r < self.w.check_confirm_relevance:
                continue
            for x in s.values:
                if x.kind == PERSON and not any(person_in(n, x.text) for n in named):
                    f = _fit(x, claim, s, self)
                    if f > best[1]:
                        best = (x, f)
        return best

    def _decision(self, part: Part, sents: list[Sentence]) -> PartResult:
        decided = [s for s in sents if s.section == "Beslutning"]
        if not decided:
            return PartResult(part.text, part.kind, NOT_STATED)
        got = outcome(" ".join(s.text for s in decided))
        claimed = part.outcome
        lead = decided[0]
        if got == claimed or (claimed == "anbefalet" and got == "godkendt" and any(
                re.search(r"anbefal|oversend|indstill", s.text, re.I) for s in decided)):
            return PartResult(part.text, part.kind, CONFIRMED, got, lead)
        if got == "andet" and claimed == "udsat" and not re.search(r"udsat|udsæt", " ".join(
                s.text for s in decided), re.I):
            # "blev udsat" against "Sagen blev drøftet": the item was treated, not put off
            return PartResult(part.text, part.kind, CONTRADICTED, lead.text, lead)
        if got == "andet":
            return PartResult(part.text, part.kind, NOT_STATED, got)
        return PartResult(part.text, part.kind, CONTRADICTED, got, lead)


# A vote line that is no unanimity: "Saime Bilen Inanc (Ø) stemte i mod", "Undlod at
# stemme: …", a minority statement
_DISSENT = re.compile(r"\bstemte\s+(?:i\s*)?mod\b|\bimod\s+stemte\b|\bundl(?:od|adt)\b|"
                      r"\bmindretal\w*", re.I)


# The side of a vote, as a claim or a decision's vote line says it
_SIDES = (("stemte imod", re.compile(r"\bstemte\s+(?:i\s*)?mod\b|\bimod\s+stemte\b|"
                                   r"\bmindretalsudtalelse\b", re.I)),
          ("undlod at stemme", re.compile(r"\bundl(?:od|adt|ader)\b", re.I)),
          ("stemte for", re.compile(r"\bstemte\s+for\b|\bfor\s+stemte\b", re.I)))


def claimed_side(text: str) -> str:
    """The side of a vote a claim gives its person or party; "" for none.

    >>> claimed_side("Enhedslisten stemte for studieturen.")
    'stemte for'
    """
    return next((side for side, rx in _SIDES if rx.search(text)), "")


def _vote_side(part: Part, sents: list[Sentence]) -> tuple[str, Sentence] | None:
    """The side the decision's vote lines give the person or party, and the line."""
    same = SAME[part.kind]
    for s in sents:
        if s.section == "Beslutning" and same(part, s):
            side = claimed_side(s.text)
            if side:
                return side, s
    return None


def _unanimous(part: Part, sents: list[Sentence]) -> PartResult:
    """"Udvalget godkendte enstemmigt …": contradicted by a vote against or an abstention
    in the decision, confirmed by "enstemmigt" there; else not stated."""
    decided = [s for s in sents if s.section == "Beslutning"]
    dissent = next((s for s in decided if _DISSENT.search(s.text)), None)
    if dissent is not None:
        return PartResult(part.text, part.kind, CONTRADICTED, dissent.text, dissent)
    agreed = next((s for s in decided if re.search(r"\benstemmig", s.text, re.I)), None)
    if agreed is not None:
        return PartResult(part.text, part.kind, CONFIRMED, agreed.text, agreed)
    return PartResult(part.text, part.kind, NOT_STATED)


def _listed_count(part: Part, s: Sentence) -> bool:
    """A status list's line counts the very thing the claim counts by its own noun:
    "Fleksjob (159)" for "199 personer ansat i fleksjob" — a line too short to share the
    claim's other words."""
    if part.kind != COUNT or part.value is None:
        return False
    own = part.value.unit
    return any(x.kind == COUNT and len(x.unit) >= 5 and x.unit != own and x.unit in part.near
               and s.text.rstrip(".").endswith(")") for x in s.values)


def _role_clash(claim: Claim, s: Sentence) -> str:
    """"Per Kensø deltog" against the meeting's list of absentees, and the reverse."""
    if s.section not in ("Deltagere", "Afbud"):
        return ""
    role = who_role(claim.core)
    if role == "absent" and s.section == "Deltagere":
        return "deltog"
    if role in ("participant", None) and s.section == "Afbud":
        return "meldte afbud"
    return ""


def _fit(x: Value, claim: Claim, s: Sentence, matcher: Matcher) -> float:
    """How well the claim's words (not the person's own name) fit the words next to
    person `x` in `s`."""
    own = set(stems(x.name, frozenset()))
    words = [t for t in (claim.words or claim.topic) if t not in own]
    for p in claim.parts:
        if p.kind == PERSON and p.value is not None:
            words = [t for t in words if t not in set(stems(p.value.name, frozenset()))]
    near = s.text[max(0, x.span[0] - 40):x.span[1] + 80].replace(" i mod ", " imod ")
    return matcher.coverage(words, frozenset(stems(near)))


def rival_sentence(x: Value, sents: list[Sentence]) -> Sentence | None:
    return next((s for s in sents if x in s.values), None)
