"""Decisions printed without a heading as an outcome sentence under the recommendation.

Some minutes head no decision at all: below each item's "Indstilling" ("Forvaltningen
indstiller, at …") a paragraph, often bold, opens with the outcome itself ("Anbefales over
for Byrådet.", "Godkendt, idet mødet i juli aflyses.", "Drøftet. Udvalget ønsker …") with the
vote lines under it. A PDF's text may join that paragraph onto the recommendation's last
line, so the outcome is found at a sentence's start, not only at a line's. It is read only
in minutes that label no decision anywhere and where two or more items say their outcome so
(one such sentence alone may be part of a recommendation's own text); then an item whose
only text is its record ("Godkendt.", "Intet.") holds its decision too. In minutes that do
label their decisions, an item whose only text is an outcome line ("Taget til
efterretning.") holds it as its decision."""

from __future__ import annotations

import re

from referat.domain import AgendaItem, Section

from .absence_trailer import absence_trailer
from .text_sections import is_outcome

# A recommendation's own sentence: "… indstiller, at …", "… foreslår, at …"
_RECOMMENDS_RE = re.compile(r"\b(?:indstiller|indstilles|foreslår|foreslås)\b", re.IGNORECASE)
# A sentence that is an outcome: the participle first, then its end, a clause or a receiver
# (a markdown export's bold paragraph, "**Godkendt.**", as its plain text)
_OUTCOME_START_RE = re.compile(
    r"(?:(?<=[.!?])\s+|\n)(?=(?:\*\*|__)?(?:Anbefales|Anbefalet|Godkendt|Godkendes|Drøftet|"
    r"Tiltrådt|Tiltrædes|Vedtaget|Taget til efterretning|Udsat|Afvist|Forkastet|Ikke\s+(?:godkendt|"
    r"tiltrådt|anbefalet)|Sagen\s+blev\s+(?:trukket\s+af\s+dagsordenen|udsat))(?:[.,:]|\s+(?:over\s+for|"
    r"med|idet|og|i\s+henhold|som)\b))")
# A paragraph bold throughout: "**Anbefales over for Byrådet.**"
_BOLD_RE = re.compile(r"^(\*\*|__)(?!\s)([^*_]+?)\1$", re.MULTILINE)
_MIN_ITEMS = 2


def _split(item: AgendaItem) -> tuple[int, str, str] | None:
    """The Indstilling's index, its recommendation and the outcome below it; None when the
    item has no recommendation ending in an outcome sentence."""
    at = next((k for k, s in enumerate(item.sections) if s.name == "Indstilling"), None)
    if at is None or at != len(item.sections) - 1:
        return None
    text = item.sections[at].text
    m = _OUTCOME_START_RE.search(text)
    if not m or not _RECOMMENDS_RE.search(text[:m.start()]):
        return None
    return at, text[:m.start()].rstrip(), _BOLD_RE.sub(r"\2", text[m.end():].strip())


# A sentence after the outcome that tells who took no part ("Camilla Bang (C) deltog ikke i
# behandlingen af punktet på grund af inhabilitet."): the decision's too
_AWAY_RE = re.compile(r"\b(?:deltog\s+ikke|forlod\s+mødet|inhabil\w*)\b", re.IGNORECASE)
_SENTENCE_GAP_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
# the sections whose text may end with the outcome: an item's untitled text, its recommendation
_CLOSED_BY_OUTCOME = ("Beskrivelse", "Indstilling")


def closing_outcome(text: str) -> int | None:
    """Where the text's closing outcome sentence starts: a text of its own whose last
    sentence is only an outcome in a word or two ("… Direktionen indstiller, at grunden
    sælges. Tiltrådt."), or is followed only by who took no part; None otherwise.

    >>> text = "Grunden sælges. Tiltrådt. Eva Dam (C) deltog ikke på grund af inhabilitet."
    >>> text[closing_outcome(text):]
    'Tiltrådt. Eva Dam (C) deltog ikke på grund af inhabilitet.'
    >>> closing_outcome("Planen er godkendt."), closing_outcome("Godkendt. Planen sendes ud.")
    (None, None)
    >>> closing_outcome("Til efterretning.\\nFraværende: Ib Ravn (O)")
    0
    """
    text = absence_trailer(text)[0]  # (the line of who was away from the item below it)
    gaps = [0, *(m.end() for m in _SENTENCE_GAP_RE.finditer(text))]
    for at, end in zip(reversed(gaps), [len(text), *reversed(gaps)], strict=False):
        sentence = text[at:end].strip()
        if is_outcome(sentence):
            return at
        if not _AWAY_RE.search(sentence):
            return None
    return None


def _closing_outcomes(items: list[AgendaItem]) -> None:
    """Items without a decision heading whose untitled text or recommendation ends with
    the outcome alone ("Tiltrådt.", "Taget til efterretning."), as an old
    beslutningsprotokol prints it: that sentence is the decision, when two or more items
    end so (one such sentence alone may be the case text's own)."""
    found = [(item, at) for item in items if not item.decision and item.sections and (
        item.sections[-1].name in _CLOSED_BY_OUTCOME) and (
        at := closing_outcome(item.sections[-1].text))]  # (after a text of its own)
    if len(found) < _MIN_ITEMS:
        return
    for item, at in found:
        text = item.sections[-1].text
        item.sections[-1].text = text[:at].rstrip()
        item.sections.append(Section("Beslutning", text[at:].strip()))


def outcome_decisions(items: list[AgendaItem]) -> None:
    """Each item's outcome sentence after its recommendation as its decision, in minutes
    without any labelled decision where at least two items have one; else each item's
    untitled text or recommendation that ends with a bare outcome (`_closing_outcomes`)."""
    if not any(i.decision for i in items) and _outcome_sentences(items):
        return
    _closing_outcomes(items)
    if any(i.decision for i in items):
        for item in items:  # (the others labelled: an item whose only text is an outcome
            if [s.name for s in item.sections] == ["Beskrivelse"] and closing_outcome(
                    item.sections[0].text) == 0:  # line, "Taget til efterretning.", holds it)
                item.sections[0].name = "Beslutning"


def _outcome_sentences(items: list[AgendaItem]) -> bool:
    """Minutes without any labelled decision: each item's outcome sentence after its
    recommendation, where two or more items have one; whether they had."""
    found = [(item, cut) for item in items if (cut := _split(item))]
    if len(found) < _MIN_ITEMS:
        return False
    for item, (at, recommendation, outcome) in found:
        item.sections[at].text = recommendation
        item.sections.insert(at + 1, Section("Beslutning", outcome))
    for item in items:
        if [s.name for s in item.sections] == ["Beskrivelse"]:
            item.sections[0] = Section("Beslutning", _BOLD_RE.sub(r"\2", item.sections[0].text))
    return True
