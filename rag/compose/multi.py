"""Questions in several parts ("Hvad besluttede udvalget om studieturen, og hvornår skal
den finde sted?"): each part is answered on its own, with its own citations, and the
answers are joined in the order asked. A part that only refers back ("hvornår skal den
finde sted?") borrows the first part's topic words.

>>> split_parts("Hvad besluttede udvalget om studieturen, og hvornår skal den finde sted?")
['Hvad besluttede udvalget om studieturen?', 'hvornår skal den finde sted studieturen?']
>>> split_parts("Hvor mange var ledige i 2019, og hvor stor en andel var det?")[1]
'hvor stor en andel var det ledige i 2019?'
>>> split_parts("Hvad besluttede udvalget om studie- og praktikpladser?")
['Hvad besluttede udvalget om studie- og praktikpladser?']
"""

from __future__ import annotations

import re

from referat.danish import QUESTION_WORDS, STOPWORDS, stems, tokens, topic_stems
from referat.domain import Answer
from referat.periods import find_periods, period_words

from ..intent import is_yes_no

# A new question inside the question: ", og hvornår …", "? Hvem …", "og blev den …".
_PART = re.compile(
    r"(?:,\s*|(?<![\s,])\s+)og\s+(?=(?:hvad|hvem|hvornår|hvor|hvilke|hvilken|hvilket|hvordan|hvorfor|"
    r"blev|var|skal|er)\b)|\?\s+(?=\w)", re.IGNORECASE)
MAX_PARTS = 4
# A part that asks something: a question word, or a verb first (yes/no, `is_yes_no`).
# Other parts are the user's context for the question before ("det stod vist i sagen om
# studieturen").
_QUESTION_WORD = re.compile(r"^\W*(?:og\s+)?(?:hv\w+|kan|kunne|vil|ville)\b", re.I)
# A part that points back at the first one: "… og hvor stor en andel var det?"
_REFERS_BACK = re.compile(r"\b(?:det|den|dem|denne|dette|disse)\b", re.I)


def _topic_words(text: str) -> list[str]:
    return [t for t in tokens(text) if t not in STOPWORDS and t not in QUESTION_WORDS
            and not t.isdigit()]


def _asks(part: str) -> bool:
    return bool(_QUESTION_WORD.search(part)) or is_yes_no(re.sub(r"^\W*og\s+", "", part))


def shown_parts(question: str) -> list[str]:
    """The question's parts in the user's words (the headings of the answer); one part
    when it is not split."""
    parts: list[str] = []
    for p in (p.strip(" ,?") for p in _PART.split(question.strip())):
        if p and parts and not _asks(p):
            parts[-1] += ". " + p  # "… kendt for? det stod vist i sagen om studieturen"
        elif p:
            parts.append(p)
    if not 2 <= len(parts) <= MAX_PARTS or any(len(p.split()) < 3 for p in parts):
        return [question]
    return [p + "?" for p in parts]


def split_parts(question: str) -> list[str]:
    """The question's parts, each a question of its own, as asked of the archive; one
    part when it is not split."""
    parts = [p.rstrip("?") for p in shown_parts(question)]
    if len(parts) == 1:
        return [question]
    first_dated = period_words(parts[0])
    first_topic = " ".join(w for w in _topic_words(parts[0])
                           if not set(stems(w, frozenset())) & first_dated)
    first_stems = set(topic_stems(parts[0]))
    # "hvor mange … i 2019, og hvor stor en andel var det": the second part is about 2019
    first_period = next((p.label for p in find_periods(parts[0]) if not p.relative), "")
    out = [parts[0] + "?"]
    for part in parts[1:]:
        # its own topic: not its period, nor the words it repeats ("… i juni 2015, og
        # hvor ofte ifølge sagen i februar 2023?" asks the first part's question again)
        dated = period_words(part)
        own = [t for t in topic_stems(part) if t not in dated and t not in first_stems]
        if first_topic and (len(own) <= 2 or _REFERS_BACK.search(part)):
            part = f"{part} {first_topic}"
        if first_period and not find_periods(part):
            part = f"{part} {first_period}"
        out.append(part + "?")
    return out


def combine(question: str, parts: list[str], answers: list[Answer]) -> Answer:
    """One answer from the parts' answers: each under its part (`parts` in the user's
    words, `shown_parts`), citations in order."""
    text = "\n\n".join(f"**{p}**\n{a.text}" for p, a in zip(parts, answers, strict=True))
    citations, retrieved, seen = [], [], set()
    for a in answers:
        for c in a.citations:
            if (c.ref, c.quote) not in seen:
                seen.add((c.ref, c.quote))
                citations.append(c)
        retrieved.extend(r for r in a.retrieved if r.ref not in {x.ref for x in retrieved})
    scored = [a.confidence for a in answers if a.confidence is not None and not a.declined]
    return Answer(question, text, citations, retrieved,
                  declined=all(a.declined for a in answers), kind="multi",
                  confidence=min(scored) if scored else None,
                  filters=answers[0].filters)
