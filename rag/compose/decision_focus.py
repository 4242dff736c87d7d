"""The part of a long, many-topic decision that is about the question.

Some municipalities write their "Huskeliste og orientering" or "Meddelelser" item's
news into the Beslutning itself: "Administrationen orienterede desuden om:" followed by
five unrelated paragraphs (district heating in Tune, a settled noise case, a prize, a
conference …). Asked "Søger kommunen puljen til ladestationer for elcykler?", quoting
all of them buries the answer. Such a decision is shown as its introduction, the
paragraphs that name the question's matter (each with the short heading above it) and
"[…]" where paragraphs were left out — verbatim, so the quote still stands in the
minutes. An ordinary decision, however long (an approval with vote lines and a minority
statement), is shown whole: its paragraphs are one matter.

>>> lines = ["Administrationen orienterede om:", "Fjernvarme i Tune", "Fristen er 31. maj.",
...          "Støjsag", "Der er indgået forlig i sagen om støj fra en varmepumpe."]
>>> is_news_list("Huskeliste", "\\n".join(lines), 4, 100)
True
"""

from __future__ import annotations

import re

from referat.danish import sentences
from referat.periods import period_words

from ..confidence import match_weight, rarest_named, stem_set
from ..follow_up import asker_context
from .base import Context
from .passage import ELISION

# Vote lines and dissent, which a decision is never shown without.
DISSENT = re.compile(r"\b(?:stemte\s+(?:i\s*)?mod|stemmer\s+imod|undlod|kunne\s+ikke\s+tiltræde|"
                     r"mindretal\w*|tog\s+forbehold|standsningsret\w*)", re.I)
# Titles of items that gather news rather than decide one matter: "Huskeliste og
# orientering fra administrationen", "Meddelelser", "Gensidig orientering" (not
# "Orientering om budget 2025", which is one matter).
_NEWS_TITLE = re.compile(r"^\W*(?:\d+\W+)?(?:huskeliste\w*|meddelelse\w*|orienteringssager|"
                         r"(?:gensidig\s+)?orientering(?:er)?\b(?!\s+om\b)|nyt\s+fra|"
                         r"siden\s+sidst)", re.I)
# A decision that opens a list of news: "Administrationen orienterede desuden om:"
_LIST_INTRO = re.compile(r"\b(?:orienter\w*|informer\w*|meddel\w*)\b[^.]*:\s*$", re.I)
_HEADING_CHARS = 90  # a short line without a full stop heads the paragraph below it


def _paragraphs(decision: str) -> list[str]:
    return [line.strip() for line in decision.split("\n") if line.strip()]


def is_news_list(title: str, decision: str, min_paragraphs: int, min_chars: int) -> bool:
    """Is the decision a list of unrelated news rather than one matter's decision? Long,
    in several paragraphs, and either opened by a line that announces news ("… orienterede
    om:") or the decision of an item whose title gathers news ("Huskeliste",
    "Meddelelser", "Orientering fra …")."""
    paragraphs = _paragraphs(decision)
    if len(paragraphs) < min_paragraphs or len(decision) < min_chars:
        return False
    return bool(_LIST_INTRO.search(paragraphs[0]) or _NEWS_TITLE.search(title))


def _is_heading(line: str) -> bool:
    return len(line) <= _HEADING_CHARS and not re.search(r"[.:;!?]\s*$", line)


def focused_decision(ctx: Context, title: str, decision: str) -> str:
    """The decision as it is shown for this question: whole, or — for a long list of
    news (`is_news_list`) — the paragraphs that name the question's matter (its rarest
    word, or two of its words), with their headings, the list's introduction and vote
    lines, "[…]" for each run of paragraphs left out."""
    w = ctx.weights
    if not is_news_list(title, decision, w.news_list_paragraphs, w.news_list_chars):
        return decision
    asked = set(period_words(ctx.question)) | asker_context(ctx.question)
    topic = [t for t in ctx.q.topic if t not in asked]
    paragraphs = _paragraphs(decision)
    if not topic:
        return decision
    rarest = rarest_named(topic, stem_set(decision), ctx.lookup, w)
    keep = [False] * len(paragraphs)
    for i, para in enumerate(paragraphs):
        have = stem_set(para)
        named = [t for t in topic if match_weight(t, have, w)]
        if (rarest and rarest in named) or len(named) >= 2 or DISSENT.search(para):
            keep[i] = True
            if i and _is_heading(paragraphs[i - 1]):
                keep[i - 1] = True
    if _LIST_INTRO.search(paragraphs[0]):
        keep[0] = True
    if all(keep):
        return decision
    if not any(keep[1:]):
        # nothing of the list is on the matter: its opening, and the rest left out
        keep[0] = True
        if not _LIST_INTRO.search(paragraphs[0]):
            first = sentences(paragraphs[0])
            paragraphs[0] = first[0] if first else paragraphs[0]
    shown: list[str] = []
    for i, para in enumerate(paragraphs):
        if keep[i]:
            shown.append(para)
        elif not shown or shown[-1] != ELISION.strip():
            shown.append(ELISION.strip())
    return "\n".join(shown)
