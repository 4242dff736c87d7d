"""A sentence's score carries its item's place in retrieval: of two items that say the
same, the one retrieval ranked lower is quoted less readily (`item_retrieval`), and
the best item's sentences keep their scores, so one item's quotes keep their shares."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rag.compose.sentence_scores import score_sentences
from rag.weights import WEIGHTS

SAID = {"Sagsfremstilling": "Servicekorpset er kommunens eget tilbud til borgere i nyttejob."}
QUESTION = "Hvilket tilbud har kommunen til borgere i nyttejob?"


def _scores(archive, context, lower: float) -> tuple[float, float]:  # noqa: ANN001
    first = archive.add(date(2024, 2, 6), 10, "Nytteindsats", SAID)
    second = replace(archive.add(date(2023, 2, 7), 9, "Nytteindsats", SAID), score=lower)
    ctx = context(QUESTION, [first, second])
    return (score_sentences(ctx, first, "free")[0].score,
            score_sentences(ctx, second, "free")[0].score)


def test_the_lower_ranked_item_says_the_same_for_less(archive, context) -> None:
    best, lower = _scores(archive, context, 0.6)
    assert round(best - lower, 6) == round(WEIGHTS.item_retrieval * 0.4, 6)


def test_items_ranked_alike_score_alike(archive, context) -> None:
    best, lower = _scores(archive, context, 1.0)
    assert best == lower
