"""How sure we are that an item answers a question, and the features that say so.

`features()` describes (question, item) by a few numbers; a fitted `Calibrator`
(`rag/calibration.py`) turns them into a probability. Without one, `fallback()` mixes
the rescaled cosine and the topic coverage by hand (`rag/weights.py`).
"""

from __future__ import annotations

from functools import lru_cache

from referat.danish import STOPWORDS, stems
from referat.domain import Filters, ItemRef, RetrievedItem
from referat.synonyms import synonyms
from referat.values import find_values

from .asked_names import question_names
from .bodies import committee_mentions
from .calibration import Calibrator
from .compose.base import UNQUOTED, Lookup
from .query import PARTY_STEMS, Question
from .weights import WEIGHTS, Weights


@lru_cache(maxsize=65536)
def past_base(stem: str) -> str:
    """A verb's past tense as Snowball leaves it, to its base: "flytted" (flyttede) →
    "flyt", "lukked" → "luk"; other stems as they are. Snowball's Danish stemmer keeps
    "-ed", so "flyttede væk" did not meet "Fraflyttere (102)". Only after a double
    consonant, which "-ede" words other than verbs lack ("allerede", "hvorved")."""
    if len(stem) < 6 or not stem.endswith("ed") or stem[-3] != stem[-4] \
            or stem[-3] in "aeiouyæøå":
        return stem
    return stem[:-3]


def match_weight(term: str, have: set[str] | frozenset[str], w: Weights = WEIGHTS) -> float:
    """1 for the stem itself, less for a synonym or a part of a Danish compound either
    way ("brand" in "brandingplatform", "besøg" in "virksomhedsbesøg"), else 0."""
    if term in have:
        return 1.0
    if any(syn in have for syn in synonyms().get(term, ())):
        return w.synonym_match
    # The best match over all stems, not the first one met: a set's order changes with
    # the process (hash seed), and so did answers when a compound came before the word.
    best = 0.0
    term = past_base(term)
    for h in have:
        h = past_base(h)
        if h == term:
            return 1.0  # one verb: "flyttede" ↔ "flytte"
        longer, shorter = (h, term) if len(h) > len(term) else (term, h)
        if len(shorter) < 4 or len(longer) == len(shorter):
            continue
        if len(shorter) >= 6 and longer.startswith(shorter) and len(longer) <= len(shorter) + 2:
            return 1.0  # the same word inflected: Snowball's "nytteindsat" ↔ "nytteindsats"
        if len(longer) > len(shorter) + 2 and (
                longer.startswith(shorter) or longer.endswith(shorter)):
            best = w.compound_match  # "letbanestation" ↔ "letbane"
    return best


def rarest_named(topic: list[str], have: frozenset[str], lookup: Lookup,
                 w: Weights = WEIGHTS) -> str:
    """The question word that `have` names and that weighs most: its idf times how well
    it matches. A word the archive lacks has the highest idf, but a weak match by a
    compound part ("kontorarbejde" ↔ "arbejdspligt") must not outrank a word the text
    holds as such ("kælderrum"). "" when `have` names none of them."""
    scored = [(lookup.idf.get(t, lookup.default_idf) * match_weight(t, have, w), t)
              for t in topic]
    best = max((x for x in scored if x[0] > 0), default=(0.0, ""))
    return best[1]


def item_text(lookup: Lookup, item: RetrievedItem) -> str:
    """The item's title and quotable sections (or its chunks, if not stored)."""
    view = lookup.item(item.ref)
    if view is not None:
        return f"{view.title}\n" + "\n".join(t for n, t in view.sections if n not in UNQUOTED)
    return "\n".join(c.node.get_content() for c in item.chunks)


@lru_cache(maxsize=4096)
def stem_set(text: str) -> frozenset[str]:
    return frozenset(stems(text))


def coverage(q: Question, text: str, lookup: Lookup, w: Weights = WEIGHTS,
             placed: frozenset[str] = frozenset()) -> float:
    """idf-weighted share of the question's topic that `text` names (1 for no topic);
    `placed`: topic words that only place the item (`placing_words`), left out of the
    share unless they are all the topic there is."""
    if not q.topic:
        return 1.0
    topic = [t for t in q.topic if t not in placed] or q.topic
    have = stem_set(text)
    weights = [lookup.idf.get(t, lookup.default_idf) for t in topic]
    hit = sum(wt * match_weight(t, have, w) for t, wt in zip(topic, weights, strict=True))
    return hit / sum(weights)


def _town(ref: ItemRef) -> frozenset[str]:
    """The item's municipality as a question writes it: "Fanø", "Fanøs"."""
    return stem_set(f"{ref.municipality} {ref.municipality}s")


def place_stems(question: str, ref: ItemRef) -> frozenset[str]:
    """The stems that name where the item is: its municipality ("Fanø", "Fanøs") and,
    when the question names its committee, that committee's words."""
    return _town(ref) | (stem_set(" ".join(committee_mentions(question)))
                         & stem_set(ref.committee))


def placing_words(q: Question, ref: ItemRef) -> frozenset[str]:
    """Topic words that only place the item: its municipality ("i Langeland") and the
    committee the question names ("Fanøs økonomiudvalg") are where the item is, which
    its text need not repeat ("Hvem stemte imod budgetforslaget i Langelands
    økonomiudvalg?" and the item says only "Poul Erik Lind (Ø) stemte imod")."""
    place = place_stems(q.text, ref)
    return frozenset(t for t in q.topic if t in place)


_TITLE_PART_MIN = 6  # letters of a word that opens a title's compound ("brand" is too few)


def title_coverage(q: Question, item: RetrievedItem, lookup: Lookup,
                   opens: bool = True) -> float:
    """idf-weighted share of the topic the item's title names, a word counted in full when
    it is a title word or (with `opens`) opens one ("branding" of "brandingplatform");
    words that only place the item (`placing_words`) left out, as in `coverage`."""
    if not q.topic:
        return 0.0
    placed = placing_words(q, item.ref)
    topic = [t for t in q.topic if t not in placed] or q.topic
    title = stem_set(item.title)
    weights = [lookup.idf.get(t, lookup.default_idf) for t in topic]
    hit = sum(wt for t, wt in zip(topic, weights, strict=True) if t in title or (
        opens and len(t) >= _TITLE_PART_MIN and any(s.startswith(t) for s in title)))
    return hit / sum(weights)


def unknown_names(q: Question, lookup: Lookup, text: str | None = None,
                  w: Weights = WEIGHTS, ref: ItemRef | None = None) -> list[str]:
    """Capitalised words of the question the archive (or, given, `text`) never
    mentions: "en studietur til Berlin" is not "Studietur til Lund". The item's own
    municipality and committee (`ref`) name where it is, not what it is about
    ("orienteringen til Socialudvalget i februar", "Velfærds- og Sundhedsudvalget")."""
    have = stem_set(text) if text is not None else None
    placed = _town(ref) | stem_set(ref.committee) if ref is not None else frozenset()
    # the archive's own municipalities and committees are filters, not matters an item
    # must name ("da Ballerups Sundhedsudvalg behandlede …")
    places = {m.lower() for m in getattr(lookup, "municipalities", ())}
    names = getattr(lookup, "names", None)
    own = names.name_words(q.text) if names is not None else frozenset()
    missing = []
    for word, stem in question_names(q.text):
        if word.lower() in STOPWORDS:
            continue  # "bruge 'Din vej' mere": a stopword is never indexed, so never known
        if stem in own or stem in PARTY_STEMS or stem in placed or stem in q.place_words or (
                word.endswith("s") and word.lower()[:-1] in places):
            continue  # ("fra Ballerup" still must be named: it narrows the matter)
        # a name is named, not half of a compound ("Lufthavn" is not "havn"); in the
        # genitive too ("Cowis notat" names Cowi)
        if not any(_named(f, have, lookup, w) for f in name_forms(word, stem)):
            missing.append(word)
    return missing


def item_scope(lookup: Lookup, item: RetrievedItem) -> Lookup:
    """The archive as the item's own municipality's minutes read it: asked across
    Ballerup and Greve, a name only Greve's minutes use ("Københavns Lufthavn") is
    still unknown to a Ballerup item. The lookup itself in a one-municipality archive."""
    scoped = getattr(lookup, "scoped", None)
    if scoped is None or len(getattr(lookup, "municipalities", ())) < 2:
        return lookup
    return scoped(Filters(municipalities=[item.ref.municipality]))


def name_forms(word: str, stem: str) -> list[str]:
    """A name's stem, and in the genitive its stem without the s: "Cowis" → cowis, cowi."""
    return [stem] + (stems(word[:-1], frozenset())[:1] if word.endswith("s") else [])


def _named(stem: str, have: frozenset[str] | None, lookup: Lookup, w: Weights) -> bool:
    if have is not None:
        return match_weight(stem, have, w) > w.compound_match
    return stem in lookup.idf or match_weight(stem, lookup.vocabulary, w) > w.compound_match


def dense_scaled(item: RetrievedItem, w: Weights = WEIGHTS) -> float:
    return min(1.0, max(0.0, (item.dense - w.dense_floor) / w.dense_span)) if item.dense else 0.0


def fallback(q: Question, item: RetrievedItem, lookup: Lookup, w: Weights = WEIGHTS) -> float:
    """The hand-set rule: ½ rescaled cosine + ½ topic coverage (coverage alone when
    retrieval ran without the dense side). A word that opens a compound of the item's
    title names its matter in full ("brandingen" — "Brandingplatform Erhvervsområdet")."""
    cov = max(coverage(q, item_text(lookup, item), lookup, w, placing_words(q, item.ref)),
              title_coverage(q, item, lookup))
    if q.retrieval_mode == "bm25":
        return cov
    return w.dense_share * dense_scaled(item, w) + (1 - w.dense_share) * cov


def value_present(q: Question, item: RetrievedItem, lookup: Lookup, asked: str) -> bool:
    """Does a line of the item that names a topic word hold a value of the asked type
    ("nr. 11 ud af 44" for "hvilken placering …?")?"""
    topic = set(q.topic)
    return any(find_values(s, frozenset({asked}))
               for s in item_text(lookup, item).split("\n") if stem_set(s) & topic)


def features(q: Question, item: RetrievedItem, items: list[RetrievedItem], lookup: Lookup,
             asked: str, w: Weights = WEIGHTS) -> dict[str, float]:
    """The calibration features (`rag.calibration.FEATURES`) of `item` for `q`."""
    text = item_text(lookup, item)
    best_bm25 = max((i.bm25 for i in items), default=0.0)
    others = [i for i in items if i is not item and not i.is_meeting]
    gap = (item.score - others[0].score) / item.score if others and item.score else 1.0
    value = 1.0
    if asked in ("amount", "count", "percent", "date", "duration", "person", "party", "place"):
        value = float(value_present(q, item, lookup, asked))
    return {
        "dense": item.dense if q.retrieval_mode != "bm25" else 0.0,
        "bm25_share": item.bm25 / best_bm25 if best_bm25 else 0.0,
        "coverage": coverage(q, text, lookup, w, placing_words(q, item.ref)),
        "title_match": title_coverage(q, item, lookup, opens=False),
        "unknown_name": float(bool(unknown_names(q, item_scope(lookup, item), w=w,
                                                 ref=item.ref))),
        "topic_size": min(len(q.topic), 6) / 6,
        "value_present": value,
        "rank_gap": max(0.0, gap),
    }


def confidence(q: Question, item: RetrievedItem, items: list[RetrievedItem], lookup: Lookup,
               asked: str, calibrator: Calibrator | None, w: Weights = WEIGHTS) -> float:
    """P(item answers q): the calibrated model when there is one, else the rule."""
    if (q.punkt is not None and item.punkt == q.punkt and q.has_date) or (
            item.ref in q.named_items):
        return 1.0  # the user named the item itself
    if calibrator is not None:
        return calibrator.probability(features(q, item, items, lookup, asked, w))
    conf = fallback(q, item, lookup, w)
    unknown = unknown_names(q, item_scope(lookup, item), w=w, ref=item.ref)
    return conf * (w.unknown_name_factor if unknown else 1.0)

