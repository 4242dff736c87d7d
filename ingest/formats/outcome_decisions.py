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


def outcome_decisions(items: list[AgendaItem]) -> None:
    """Each item's outcome sentence after its recommendation as its decision, in minutes
    without any labelled decision where at least two items have one."""
    if any(i.decision for i in items):
        for item in items:  # (the others labelled: an item whose only text is an outcome
            if [s.name for s in item.sections] == ["Beskrivelse"] and is_outcome(
                    item.sections[0].text):  # line, "Taget til efterretning.", holds it)
                item.sections[0].name = "Beslutning"
        return
    found = [(item, cut) for item in items if (cut := _split(item))]
    if len(found) < _MIN_ITEMS:
        return
    for item, (at, recommendation, outcome) in found:
        item.sections[at].text = recommendation
        item.sections.insert(at + 1, Section("Beslutning", outcome))
    for item in items:
        if [s.name for s in item.sections] == ["Beskrivelse"]:
            item.sections[0] = Section("Beslutning", _BOLD_RE.sub(r"\2", item.sections[0].text))
