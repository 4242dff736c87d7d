"""A matter asked of a body that never treated it: "Godkendte byrådet stadepladserne
til foodtrucks?" when only the technical committee decided them.

The named body filters the search, so its nearest items answer — about something else
("Mosede Fort" is in the question and in a council item, the stalls are not). When the
words that make up most of the matter are in none of the body's nearest items, but an
item of another body of the same archive holds them all, the answer says so and cites
that item: "Byrådet har ikke behandlet det ifølge referaterne; det gjorde Klima-, Teknik-
og Miljøudvalget i Greve, 25. april 2024, punkt 7: …".

Written by hand: a comparison of two searches llama-index has no notion of.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from referat.danish import stems, topic_stems
from referat.domain import Answer, Filters, RetrievedItem

from . import confidence as conf
from .case_intent import asks_case_history
from .compose.base import Context, decline
from .meeting_intent import body_words
from .query import PARTY_STEMS
from .topicless import NO_TOPIC_STEMS

# Words of a question that are no matter a body treats: parties ("hvordan stemte
# Venstre?" — minutes write "(V)"), talk ("hvad snakkede de om?") and what is asked about
_NO_MATTER = PARTY_STEMS | NO_TOPIC_STEMS | frozenset(stems(
    "snak snakke snakkede snakket tale talte talt drøfte drøftede drøftet diskutere "
    "diskuterede diskuteret synes syntes mene mente ment sige sagde sagt", frozenset()))
_NEAREST = 5  # the body's items read for the matter's words, and the others' items


def treated_elsewhere(ctx: Context, retriever: Any, filters: Filters | None) -> Answer | None:
    """The decline naming the body that did treat the matter; None when the asked body's
    items name it, no body was named in the question, or no other body's item does."""
    q, names = ctx.q, getattr(retriever, "names", None)
    if (filters is None or not filters.committees or names is None or q.kind == "meeting"
            or not ctx.candidates or asks_case_history(ctx.question)):
        return None
    asked = [c for c in names.committees_in(ctx.question) if c in filters.committees]
    if not asked:
        return None  # (a committee chosen in the chat's filter, not asked about)
    body = set(topic_stems(f"{' '.join(asked)} {q.committee_mention or ''} "
                           f"{body_words(ctx.question)}"))
    # the matter: the question's words the archive knows (not a typo), not the body
    vocab = getattr(getattr(retriever, "lexical", None), "vocab", frozenset())
    known = [t for t in q.topic if t not in body and t in vocab and t not in _NO_MATTER
             and "udvalg" not in t]  # ("ældreudvalget": a body by its short name)
    if len(known) < 2:
        return None
    here = frozenset().union(*(conf.stem_set(conf.item_text(ctx.lookup, c))
                               for c in ctx.candidates[:_NEAREST]))
    missing = [t for t in known if t not in here]
    weight = {t: ctx.lookup.idf.get(t, ctx.lookup.default_idf) for t in known}
    # ... its rarest word is among those the body's items lack, and most of its weight
    if max(known, key=weight.__getitem__) not in missing or sum(
            weight[t] for t in missing) <= ctx.weights.absent_matter_share * sum(weight.values()):
        return None
    other = _holder(ctx, retriever, replace(filters, committees=[]), asked, missing)
    if other is None:
        return None
    note = (f"{' og '.join(asked)} har ikke behandlet det ifølge referaterne; det gjorde "
            f"{ctx.committee(other)}, {other.label}.")
    return decline(ctx, note, kind=q.kind, cite=other)


def _holder(ctx: Context, retriever: Any, wider: Filters, asked: list[str],
            missing: list[str]) -> RetrievedItem | None:
    """The nearest item of another body that names every missing word."""
    found, _ = retriever.retrieve(ctx.q.search_text or ctx.question, wider)
    for item in [i for i in found if not i.is_meeting][:_NEAREST]:
        if item.ref.committee in asked:
            continue
        have = conf.stem_set(conf.item_text(ctx.lookup, item))
        if all(t in have for t in missing):
            return item
    return None
