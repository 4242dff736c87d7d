"""The decision a volunteer secretary writes into the account of an item, as a sentence
of the text, in minutes whose other items label theirs ("Konklusion:", "Aftalt:"):

    Der var enighed om, at … Rådet besluttede at nedsætte en arbejdsgruppe med …
    Vi besluttede at nedsætte en valggruppe: …
    Dagsordenen blev godkendt. Birthe ønskede et punkt om …

An item without a label whose text says, in a sentence of its own, what the body itself
did ("Rådet besluttede at …", "Ældrerådet besluttede at …", "Vi besluttede at …") has its
decision from that sentence on; a text that opens so (or in the passive: "Dagsordenen blev
godkendt.") is the decision whole. An item with a label, whose text right above it ends
with such a paragraph ("Rådet besluttede at anbefale …" / "Konklusion: Mikkel tager
bemærkningerne med tilbage …"), has that paragraph as its decision's start: the label only
adds what happens next.

Only the body itself says what it did: its name, "Rådet", "Udvalget", "Bestyrelsen" or
"Vi"; and a sentence that names a meeting or a date ("… besluttede på sit møde den 19.
september …") tells an earlier treatment, no decision of this meeting. Minutes that label
no decision at all are read by `text_sections.said_decisions`, as before."""

from __future__ import annotations

import re

from referat.domain import AgendaItem, Section

from .common import DECISION
from .text_sections import said_decisions, said_line

_LABEL = "Konklusion"  # the decision's label until the meeting's finish names it so
_TEXT = "Beskrivelse"  # an item's untitled text
_OWN = r"Rådet|Udvalget|Bestyrelsen|Nævnet|Vi"
_DID = (r"(?:besluttede|vedtog|godkendte|tiltrådte|anbefalede|afviste|udsatte|aftalte|"
        r"blev\s+enige\s+om|tog\s(?:[\w-]+\s){0,3}?til\s+efterretning)")
# a sentence naming another meeting, or the day of what was done: "… besluttede på sit
# møde d. 19. september 2023 …", "… godkendte den 4. marts at …" (not a day it decided
# on: "Rådet besluttede at holde temadagen den 3. oktober")
_DATED_RE = re.compile(r"\b(?:på|i|ved)\s+(?:sit\s+|et\s+|deres\s+)?møde(?:t)?\s+(?:den|d\.)|"
                       rf"^\S+(?:\s+\S+){{0,4}}?\s+{_DID}\s+(?:den\s+|d\.\s*)\d",
                       re.IGNORECASE)
_GAP_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")


def _own_re(committee: str) -> re.Pattern[str]:
    name = re.escape(committee) + "|" if committee else ""
    return re.compile(rf"^(?:{name}{_OWN})\s+{_DID}\b")


def _undated(text: str) -> bool:
    """Whether the sentence `text` opens with names no meeting and no date."""
    return not _DATED_RE.search(_GAP_RE.split(text, maxsplit=1)[0])


def _said_within(item: AgendaItem, own: re.Pattern[str]) -> None:
    """The unlabelled item's decision from the sentence in which the body says what it
    did (the whole text when it opens with it)."""
    if [s.name for s in item.sections] != [_TEXT]:
        return
    text = item.sections[0].text
    if (own.match(text) or said_line(text.split("\n")[0])) and _undated(text):
        item.sections[0].name = DECISION
        return
    at = next((m.end() for m in _GAP_RE.finditer(text)
               if own.match(text[m.end():]) and _undated(text[m.end():])), None)
    if at is not None:
        item.sections = [Section(_TEXT, text[:at].rstrip()), Section(DECISION, text[at:].strip())]


def _said_above(item: AgendaItem, own: re.Pattern[str]) -> None:
    """The labelled item's decision opened by the paragraph right above its label in
    which the body says what it did."""
    names = [s.name for s in item.sections]
    label = next((k for k, n in enumerate(names) if n in (DECISION, _LABEL)), 0)
    if label == 0 or names[label - 1] != _TEXT:
        return
    above = item.sections[label - 1]
    paragraphs = re.split(r"\n\s*\n", above.text.strip())
    last = paragraphs[-1].strip()
    if not ((own.match(last) or said_line(last.split("\n")[0])) and _undated(last)):
        return
    item.sections[label].text = f"{last}\n\n{item.sections[label].text}"
    above.text = "\n\n".join(paragraphs[:-1])
    if not above.text:
        item.sections.remove(above)


def told_decisions(items: list[AgendaItem], committee: str = "") -> None:
    """Each item's decision told in its text (see the module's note), when some items
    label theirs; `said_decisions` when none does."""
    labelled = [bool(i.decision or i.section(_LABEL)) for i in items]
    if not any(labelled):
        said_decisions(items)
        return
    own = _own_re(committee)
    for item, has_label in zip(items, labelled, strict=True):
        if has_label:
            _said_above(item, own)
        elif not item.closed:
            _said_within(item, own)
