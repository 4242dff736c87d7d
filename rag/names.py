"""Municipalities and committees named in a question, learned from the archive's own
names (no hand list): the full name, its usual short forms and its initials.

A committee is found by

- a word ending in "-udvalg(et)" whose parts all occur in one or more indexed names
  ("Beskæftigelsesudvalget" → "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget");
- its initials, with or without the final U ("EBU", "ØU", "KTMU");
- for a name not ending in "udvalg" ("Byråd 2022-2025", "Kommunalbestyrelsen"), all its
  words, when the question names no udvalg ("hvad vedtog byrådet i juni?").

A municipality is found by its name when it is capitalised, follows "i" or "fra", or
is followed by "kommune" ("Greve Kommunes", "i greve", "Aarhus Byråd"); not a lower-case
common word ("en greve").

>>> names = ArchiveNames(["Ballerup", "Greve"], [
...     "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget", "Byråd 2022-2025",
...     "Økonomiudvalget", "Beskæftigelses- og Erhvervsudvalget"])
>>> names.municipalities_in("hvad besluttede man i Greve om budgettet?")
['Greve']
>>> names.committees_in("hvad besluttede ØU om budgettet?")
['Økonomiudvalget']
>>> names.committees_in("hvad vedtog byrådet i juni?")
['Byråd 2022-2025']
>>> names.committees_in("hvad sagde Uddannelsesudvalget?")
['Erhvervs-, Beskæftigelses- og Uddannelsesudvalget']
>>> names.committees_in("hvad sagde udvalget om økonomien?")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from referat.danish import stems
from referat.domain import Filters

from .query import committee_mention, committee_name

_UDVALG = re.compile(r"udvalg(?:et|ets|s)?$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_KOMMUNE = re.compile(r"\s+kommunes?$", re.IGNORECASE)
_NO_STEMS: frozenset[str] = frozenset({"og", "i", "for", "med"})


def name_parts(name: str) -> frozenset[str]:
    """The stems that make a committee's name, without "udvalg" and "og":
    `"Teknik- og Miljøudvalget"` → `{"teknik", "miljø"}`."""
    words = [_UDVALG.sub("", w) for w in _WORD.findall(name)]
    return frozenset(stems(" ".join(w for w in words if w), _NO_STEMS))


def initials(name: str) -> set[str]:
    """Short forms by initials: `"Teknik- og Miljøudvalget"` → `{"TMU"}`; a name of
    three or more parts also without the final U (`"EBU"` as well as `"EBUU"`)."""
    words = [w for w in _WORD.findall(name) if w.lower() not in _NO_STEMS]
    if not words:
        return set()
    letters = "".join(w[0].upper() for w in words)
    if not _UDVALG.search(words[-1]):
        return {letters} if len(letters) >= 2 else set()
    out = {letters + "U"} if len(letters) + 1 >= 2 and _UDVALG.sub("", words[-1]) else set()
    if len(letters) >= 3:
        out.add(letters)
    return out


class ArchiveNames:
    """The municipalities and committees of one archive, and how questions name them."""

    def __init__(self, municipalities: Iterable[str], committees: Iterable[str]) -> None:
        self.municipalities = sorted(set(municipalities))
        self.committees = sorted(set(committees))
        self._parts = {c: name_parts(c) for c in self.committees}
        self._initials: dict[str, list[str]] = {}
        for c in self.committees:
            for short in initials(c):
                self._initials.setdefault(short, []).append(c)
        self._municipality_res = [
            (m, re.compile(r"(\b(?:i|fra)\s+)?(?<!\w)(" + re.escape(_KOMMUNE.sub("", m))
                           + r")s?(?!\w)(\s+kommune)?", re.IGNORECASE))
            for m in self.municipalities]

    def municipalities_in(self, text: str) -> list[str]:
        """The archive's municipalities the question names."""
        found = []
        for name, rx in self._municipality_res:
            for m in rx.finditer(text):
                if m.group(1) or m.group(2)[0].isupper() or m.group(3):
                    found.append(name)
                    break
        return found

    def filters(self, kommune: str | None = None, udvalg: str | None = None) -> Filters | None:
        """`--kommune`/`--udvalg` of the CLI as filters: every municipality or committee
        whose name contains the given text (case-insensitive); a Danish ValueError naming
        the option when nothing in the archive matches."""
        if not kommune and not udvalg:
            return None
        chosen = []
        for option, wanted, names in (("--kommune", kommune, self.municipalities),
                                      ("--udvalg", udvalg, self.committees)):
            hits = [n for n in names if wanted and wanted.lower() in n.lower()]
            if wanted and not hits:
                raise ValueError(f"{option} »{wanted}« passer ikke på noget i arkivet "
                                 f"(der er: {', '.join(names) or 'ingen'}).")
            chosen.append(hits)
        return Filters(municipalities=chosen[0], committees=chosen[1])

    def committees_in(self, text: str) -> list[str]:
        """The archive's committees the question names (several when a short form
        fits several, e.g. "Erhvervsudvalget" in an archive of two municipalities)."""
        found: list[str] = []
        mention = committee_mention(text)
        if mention:
            wanted = name_parts(committee_name(mention))
            if wanted:
                found += [c for c, parts in self._parts.items() if wanted <= parts]
        for word in _WORD.findall(text):
            if len(word) >= 2 and (word.isupper() or len(word) >= 3):
                found += self._initials.get(word.upper(), [])
        if mention is None and not re.search(r"udvalg", text, re.IGNORECASE):
            have = set(stems(text, _NO_STEMS))
            found += [c for c, parts in self._parts.items()
                      if parts and not _UDVALG.search(c) and parts <= have]
        return sorted(set(found))
