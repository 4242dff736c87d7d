"""The meeting's attendance that the decisions write for the whole meeting, beside a list
of participants that says less (a FirstAgenda export's `Moededeltagere`, a page's header):
"Afbud: Ida Lund og Bo Kjær." under the first item only is the listed members' apologies
for the meeting, not a late arrival (an "Afbud" is sent before the meeting; one who came
late is "Fraværende" under the items missed); so is "Afbud: Ida Lund" under every decision
that notes attendance at all, where the others note none (an export that prints the
attendance lines under some items only: the list's `Absent: false` says less than they do);
"Stedfortræder: Eva Dam (C)" under the
decisions (or, after the absence on its line, the sentence "Stedfortræder Eva Dam (C)
deltog.", "Eva Dam (C) deltog som stedfortræder.") is the substitute, whose role it
gives: "stedfortræder", "stedfortræder for Ida Lund (C)" when it names the member or the
same decision names one apology. `finish` reads both."""

from __future__ import annotations

import re

from referat.danish import sentences
from referat.domain import ATTENDED, AgendaItem, Participant

from .people import decision_people
from .vote_names import voter_names

# "Afbud: Ida Lund og Bo Kjær.", "Meldt afbud: …", "Afbud fra: …" (not "Fraværende:")
_APOLOGY_RE = re.compile(r"^(?:meldt\s+)?afbud(?:\s+fra)?\s*:\s*\S", re.IGNORECASE)
# "Stedfortræder: Eva Dam (C)", "Stedfortrædere: …", "Suppleant: … for Ida Lund (C)"
_SUBSTITUTE_RE = re.compile(r"^(?:stedfortrædere?|suppleanter?)\s*:\s*(?P<n>\S.*?)\.?$",
                            re.IGNORECASE)
# ... or said in a sentence after the absence on the attendance line: "Afbud: Ida Lund (C).
# Stedfortræder Eva Dam (C) deltog[ i mødet i stedet for Ida Lund (C)].", "… Eva Dam (C)
# deltog som stedfortræder[ for Ida Lund (C)]." (a note of its own elsewhere in the
# decision, "X deltog som suppleant for Y i behandlingen af punktet.", is not read so)
_AWAY_LINE_RE = re.compile(r"^(?:meldt\s+)?(?:afbud|fraværende)(?:\s+fra)?\s*:\s*\S",
                           re.IGNORECASE)
_NAME = r"(?P<n>[A-ZÆØÅ][\w'.-]+(?:\s+[A-ZÆØÅ][\w'.-]+){1,4}(?:\s*\([^()]{1,10}\))?)"
_STOOD_IN_RES = (
    re.compile(rf"^(?i:stedfortræder(?:en)?|suppleant(?:en)?)\s+{_NAME}\s+(?:deltog|mødte)"
               r"(?:\s+i\s+mødet)?(?:\s+i\s+stedet\s+for\s+(?P<f>[A-ZÆØÅ][^.;:]{2,60}?))?\s*\.?$"),
    re.compile(rf"^{_NAME}\s+(?:deltog|mødte)\s+som\s+(?:stedfortræder|suppleant)"
               r"(?:\s+for\s+(?P<f>[A-ZÆØÅ][^.;:]{2,60}?))?\s*\.?$"),
)


def _bare(name: str) -> str:
    return re.split(r"[(,]", name)[0].strip().lower()


def apologies(item: AgendaItem) -> list[str]:
    """Whom the item's decision names under an "Afbud" label.

    >>> item = AgendaItem(1, "Godkendelse af dagsorden")
    >>> from referat.domain import Section
    >>> item.sections = [Section("Beslutning", "Godkendt.\\nAfbud: Ida Lund og Bo Kjær (V).")]
    >>> apologies(item)
    ['Ida Lund', 'Bo Kjær (V)']
    """
    return [name for said in sentences(item.decision or "") if _APOLOGY_RE.match(said)
            for name in decision_people(said)[0]]


def sent_apologies(decided: list[AgendaItem], people: list[Participant], name: str) -> bool:
    """Whether the listed participant `name` sent apologies for the meeting: named under
    "Afbud" in the first decided item and absent from none of the later ones (they would
    say when they came), or under "Afbud" in each of two or more decided items that name
    anyone away (the others noting no attendance)."""
    if len(decided) < 2 or not any(_bare(p.name) == _bare(name) for p in people):
        return False
    noting = [i for i in decided if i.absentees]
    return any(_bare(a) == _bare(name) for a in apologies(decided[0])) \
        and not any(_bare(a) == _bare(name) for i in decided[1:] for a in i.absentees) \
        or len(noting) > 1 and all(any(_bare(a) == _bare(name) for a in apologies(i))
                                   for i in noting)


def _substitutes(text: str) -> list[tuple[str, str]]:
    """The substitutes a decision names, each with the member stood in for ("" unsaid)."""
    found: list[tuple[str, str]] = []
    away = [a for said in sentences(text) if _APOLOGY_RE.match(said)
            for a in decision_people(said)[0]]
    for said in sentences(text):
        if m := _SUBSTITUTE_RE.match(said.strip()):
            sub, _, stood_in = m["n"].partition(" for ")
            names = voter_names(sub)
            for_whom = stood_in.strip() or (away[0] if len(away) == len(names) == 1 else "")
            found += [(n, for_whom) for n in names]
    for line in text.split("\n"):  # (the sentence on the attendance line, after the absence)
        said = [s.strip() for s in sentences(line)]
        for before, now in zip(said, said[1:], strict=False):
            m = next((m for r in _STOOD_IN_RES if (m := r.match(now))), None)
            if m and _AWAY_LINE_RE.match(before):
                found.append((m["n"], (m["f"] or "").strip() or (
                    away[0] if len(away) == 1 else "")))
    return found


def named_substitutes(decided: list[AgendaItem], people: list[Participant]) -> None:
    """Give a listed participant the decisions name as a substitute that role ("Afbud: Ida
    Lund (C). Stedfortræder: Eva Dam (C)" → Eva Dam, "stedfortræder for Ida Lund (C)"); one
    not listed is added, there."""
    if not people:
        return
    for item in decided:
        for name, for_whom in _substitutes(item.decision or ""):
            role = f"stedfortræder for {for_whom}" if for_whom else "stedfortræder"
            known = next((p for p in people if _bare(p.name) == _bare(name)), None)
            if known is None:
                people.append(Participant(name, ATTENDED, role))
            elif not known.role:
                known.role = role
