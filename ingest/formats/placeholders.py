"""A template's placeholders where a decision or a name will stand ("Afventer mødets
behandling", "Udestår", "[udfyldes]", "Beslutningen offentliggøres, når referatet er
godkendt.", "Sagen behandles på mødet."): never a decision nor a person, so that an agenda
with such a field under every item stays an agenda."""

from __future__ import annotations

import re

from referat.domain import AgendaItem

from .common import DECISION

# An agenda's empty decision field, printed before the meeting with its placeholder:
# "Afventer mødets behandling", "Udestår", "…", "(udfyldes efter mødet)"; a portal's
# note that the decision is published later: "Beslutningen offentliggøres, når referatet
# er godkendt." ("Beslutning vises efter mødet", "Beslutningen følger, når mødet er afholdt")
_LATER_RE = (r"beslutning(?:en)?\s+(?:offentliggøres|publiceres|vises|følger|foreligger|"
             r"lægges\s+ud|kommer)(?:\s+(?:først|her|på\s+siden))?,?\s+(?:når|efter|ved)\s+"
             r"(?:at\s+)?(?:referatet|protokollen|beslutningsprotokollen|mødet)"
             r"(?:\s+(?:er|bliver|blev)\s+(?:godkendt|afholdt|underskrevet|offentliggjort))?")
# An agenda's note in the decision field that the meeting will treat the item: "Sagen
# behandles på mødet.", "Punktet drøftes på mødet" (in minutes the decision says what was
# done: "Behandlet.", "Sagen behandles på næste møde." a postponement, no placeholder)
_AT_MEETING_RE = (r"(?:(?:sagen|punktet|dagsordenspunktet|emnet)\s+)?(?:behandles|drøftes|afgøres)"
                  r"\s+på\s+mødet")
# (a template's field in square brackets, as a secretary leaves it: "[udfyldes]",
# "[Beslutning indsættes]")
_PLACEHOLDER_RE = re.compile(
    r"^[\W_]*(?:afventer(?:\s+(?:mødets|udvalgets|rådets|møde[t]?))?(?:\s+behandling)?|udestår|"
    r"ikke\s+behandlet\s+endnu|(?:udfyldes|indsættes)(?:\s+(?:efter|på)\s+mødet)?|"
    rf"beslutning\s+følger|{_LATER_RE}|{_AT_MEETING_RE}|…|\.{{3}}|[-–—]|tbd)[\W_]*$|^\[[^\[\]\n]{{1,60}}\]$",
    re.IGNORECASE)  # (in emphasis: "_…_")
# "Ikke behandlet": an agenda's placeholder where no item has a decision, but in minutes
# an item's record (the committee did not reach it)
_UNTREATED_RE = re.compile(r"^[\W_]*ikke\s+behandlet[\W_]*$", re.IGNORECASE)


def placeholder(text: str) -> bool:
    """Whether `text` is a template's placeholder, never a decision nor a person."""
    return bool(_PLACEHOLDER_RE.match(text.strip()))


def drop_placeholders(items: list[AgendaItem]) -> None:
    """An agenda's "Beslutning" headings that hold only a placeholder ("Afventer mødets
    behandling", "Udestår", "…", "[udfyldes]", "Beslutningen offentliggøres, når referatet
    er godkendt.") are no decisions: left out, so that the agenda stays an
    agenda and no answer quotes the placeholder as what was decided; "Ikke behandlet" too,
    unless another item has a decision (then the minutes' record of an item not reached)."""
    for item in items:
        item.sections = [s for s in item.sections
                         if not (s.name == DECISION and placeholder(s.text))]
    if not any(i.decision and not _UNTREATED_RE.match(i.decision) for i in items):
        for item in items:
            item.sections = [s for s in item.sections
                             if not (s.name == DECISION and _UNTREATED_RE.match(s.text))]
