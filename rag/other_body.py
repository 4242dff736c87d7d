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

from referat.danish import topic_stems
from referat.domain import Answer, Filters, RetrievedItem

from . import confidence as conf
from .case_intent import asks_case_history
from .compose.base import Context, decline

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
    body = set(topic_stems(" ".join(asked) + " " + (q.committee_mention or "")))
    topic = [t for t in q.topic if t not in body]
    here = frozenset().union(*(conf.stem_set(conf.item_text(ctx.lookup, c))
                               for c in ctx.candidates[:_NEAREST]))
    missing = [t for t in topic if conf.match_weight(t, here, ctx.weights) == 0]
    weight = {t: ctx.lookup.idf.get(t, ctx.lookup.default_idf) for t in topic}
    if not missing or sum(weight[t] for t in missing) <= \
            ctx.weights.absent_matter_share * sum(weight.values()):
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
        if all(conf.match_weight(t, have, ctx.weights) > 0 for t in missing):
            return item
    return None
