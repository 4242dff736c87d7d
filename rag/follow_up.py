"""Whether a question brings a matter of its own: "hvad besluttede de?" asked first gets
a question back (`needs_topic`); asked in a conversation, "og hvornår skal den finde
sted?" goes on with the previous answer's items (`has_own_topic`); and the words of an
asker's introduction ("Jeg er tillidsrepræsentant i FOA.") are context, not the matter
(`asker_context`)."""

from __future__ import annotations

import re

from referat.danish import stems, topic_stems

from .conversation import Conversation
from .meeting_intent import MEETING_ASPECTS, meeting_stems
from .query import Question
from .topicless import NO_TOPIC_STEMS, VAGUE_STEMS

_ANAPHORA = re.compile(r"\b(den|det|de|dem|denne|dette|disse|han|hun|sagen|punktet|turen|"
                       r"beslutningen|forslaget|der)\b", re.I)


_ASPECT_STEMS = frozenset(stems("fravær fraværende afbud deltog deltager deltagere sted "
                                "mødested tidspunkt tid dagsorden punkter holdt afholdt "
                                "begyndte sluttede", frozenset()))


def needs_topic(q: Question) -> bool:
    """"hvad besluttede de?": nothing to search for of its own; asked first, ask back
    which matter is meant."""
    return (not [t for t in q.topic if t not in NO_TOPIC_STEMS] and q.kind != "meeting"
            and q.punkt is None and not q.has_date and not q.committee_mention)


def with_matter(q: Question, conversation: Conversation) -> list[str]:
    """The follow-up's topic with the words of the item the previous answer was about:
    "hvornår skal den finde sted?" after the studietur is about "Studietur til Lund", so
    "Studieturen gennemføres den 23.-24. november 2023" answers it, not only a sentence
    that says "finder sted"."""
    title = conversation.items[0].title if conversation.items else ""
    return q.topic + [t for t in topic_stems(title) if t not in q.topic]


def has_own_topic(q: Question, previous_text: str) -> bool:
    """Does a question in a conversation bring a topic of its own?

    "hvem stemte imod?" has none; "og hvornår skal den finde sted?" refers back ("den")
    and its few topic words all occur in the previous answer's items.
    """
    if q.has_date or q.punkt is not None:
        return True
    if not [t for t in q.topic if t not in VAGUE_STEMS]:
        return False  # "og hvad var begrundelsen?"
    # "var der nogen fraværende?", "manglede der nogen?": the previous answer's meeting
    rest = q.text
    for _, aspect in MEETING_ASPECTS:
        rest = aspect.sub(" ", rest)
    if q.kind == "meeting" and not q.committee_mention and all(
            t in _ASPECT_STEMS or t in meeting_stems() for t in topic_stems(rest)):
        return False
    if _ANAPHORA.search(q.text) and len(q.topic) <= 3:
        known = set(stems(previous_text))
        return not all(t in known for t in q.topic)
    return True


# A first sentence about the asker, before the question proper: "Jeg er
# tillidsrepræsentant i FOA.", "Jeg har en bilforretning i Bilbyen.", "Vi er leverandør
# til kommunen –" (not "Jeg har hørt, at …", which carries the claim).
_ABOUT_ASKER = re.compile(r"^\s*(?:jeg|vi|min|mit|mine)\b(?![^.?!–—]*\bat\b)[^.?!–—]*[.–—]\s+",
                          re.I)


def asker_context(question: str) -> set[str]:
    """Stems only the asker's introduction names: context, not what is asked.

    >>> sorted(asker_context("Jeg er tillidsrepræsentant i FOA. Blev nyttejobbet ændret?"))
    ['foa', 'tillidsrepræsentant']
    """
    m = _ABOUT_ASKER.match(question)
    if not m or not question[m.end():].strip():
        return set()
    return set(topic_stems(m.group(0))) - set(topic_stems(question[m.end():]))
