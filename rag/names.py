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
from collections.abc import Container, Iterable
from functools import lru_cache
from typing import Any

from referat.danish import QUESTION_WORDS, STOPWORDS, stemmer, stems
from referat.domain import Filters
from referat.lexicon import (
    expand_abbreviations,
    in_danish,
    joined,
    respell,
    without_request_frame,
)
from referat.spoken import spoken_as_written
from referat.typos import respell_typos
from referat.values import PARTIES
from referat.word_typos import respell_meeting, respell_months, respell_parties

from .bodies import committee_mentions, committee_name

_UDVALG = re.compile(r"udvalg(?:et|ets|s)?$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_KOMMUNE = re.compile(r"\s+kommunes?$", re.IGNORECASE)
# Initials as typed: upper case, also as the first part of a compound ("EBU-mødet",
# "ØU-sagen"; only a committee's own initials count, and "EU" of "EU-midler" is common).
_INITIALS = re.compile(r"(?<![\w-])([A-ZÆØÅ]{2,6})(?!\w)")
_LOWER_INITIALS = re.compile(r"(?<![\w-])[a-zæøå]{2,6}(?!\w)")
# Acronyms every Danish text uses that are no committee, whatever its initials.
_COMMON_ACRONYMS = frozenset("EU SU KL IT HR FN AI CV DK DR TV PR OK".split())
# A name after these is the object, not the speaker: "sendes til byrådet".
_OBJECT_WORD = re.compile(r"\b(?:til|fra|af|i|for|med|om)\s+\w+", re.IGNORECASE)
# A body's meeting in one word: "byrådsmødet", "kommunalbestyrelsesmødet" name the body
_BODY_MEETING = re.compile(r"\b([^\W\d_]{4,}?)s?mød(?:e|et|er|erne)\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
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


_SENTENCES = re.compile(r"(?<=[.!?])\s+")

# Everyday names of a committee by its field, as the stems of its name's parts: people
# say "ældreudvalget" of a "Sundheds- og Omsorgsudvalget", "jobudvalget" of a
# "Beskæftigelsesudvalget", "idrætsudvalget" of a "Kultur- og Fritidsudvalget". Used only
# when no committee's own name fits; a field shared by many ("kultur", "uddannelse") is
# no such name.
FIELD_NAMES = {
    "ældr": frozenset({"omsorg", "plej", "senior"}),
    "omsorg": frozenset({"ældr", "plej"}),
    "skol": frozenset({"undervisning"}),
    "undervisning": frozenset({"skol"}),
    "famili": frozenset({"børn"}),
    "job": frozenset({"beskæftig", "arbejdsmarked"}),
    "arbejdsmarked": frozenset({"beskæftig", "job"}),
    "beskæftig": frozenset({"arbejdsmarked", "job"}),
    "idræt": frozenset({"fritid"}),
    "teknik": frozenset({"teknisk"}),
    "teknisk": frozenset({"teknik"}),
    "trafik": frozenset({"teknik", "teknisk", "mobilit"}),
}


def _by_field(wanted: frozenset[str], parts: frozenset[str]) -> bool:
    """Does a committee of these name parts fit the everyday name by its field?

    >>> _by_field(frozenset({"ældr"}), frozenset({"sund", "omsorg"}))
    True
    >>> _by_field(frozenset({"ældr"}), frozenset({"social", "handicap"}))
    False
    """
    return all(w in parts or FIELD_NAMES.get(w, frozenset()) & parts for w in wanted)


# Bodies named as examples: "fx teknikudvalget og natur- og miljørådet" (to the clause's end)
_EXAMPLES = re.compile(r"\b(?:fx|f\.\s?eks\.?|eksempelvis|bl\.\s?a\.?|blandt andet|såsom)"
                       r"\s+[^?.;]*", re.IGNORECASE)


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
        cores = {_KOMMUNE.sub("", m).strip().lower(): m for m in self.municipalities}
        self._core_of = {k: v for k, v in cores.items() if k}
        alternatives = "|".join(re.escape(c) for c in sorted(self._core_of, key=len,
                                                                reverse=True))
        # One alternation over every name: one linear pass, however many municipalities.
        self._municipality_re = re.compile(
            r"(?<![\w-])(" + alternatives + r")s?(?![\w-])(\s+kommune\w*)?(\s+\w+)?",
            re.IGNORECASE) if alternatives else None

    def municipalities_in(self, text: str, places: bool = False) -> list[str]:
        """The archive's municipalities the question names — only when the archive holds
        several (with one, every answer is from it). Not a surname ("Lars Greve"), a
        place inside one ("Greve Strand") or a lower-case word ("i vejen for"); with
        `places`, only the municipalities of such places ("Greve Svømmehal" → Greve)."""
        if len(self._core_of) < 2 or self._municipality_re is None:
            return []
        found: list[str] = []
        for m in self._municipality_re.finditer(text):
            name = self._core_of[m.group(1).lower()]
            if name in found:
                continue
            if m.group(2):
                if not places:
                    found.append(name)  # "Greve Kommune", "greve kommunes"
                continue
            after = (m.group(3) or "").strip()
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if (m.group(1)[0].isupper() and bool(after and after[0].isupper()) == places
                    and not (before and before.start() > 0 and before.group(1)[0].isupper())):
                found.append(name)
        return found

    def home(self, home: str) -> list[str]:
        """The archive's municipalities that are the user's own (REFERAT_HOME_MUNICIPALITY):
        the default scope of a question that names no municipality. Empty when the archive
        holds only one municipality or not the home one.

        >>> ArchiveNames(["Ballerup", "Greve Kommune"], []).home("greve")
        ['Greve Kommune']
        """
        if not home.strip() or len(self.municipalities) < 2:
            return []
        return [m for m in self.municipalities if home.strip().lower() in m.lower()]

    def filters(self, kommune: str | None = None, udvalg: str | None = None,
                home: str = "") -> Filters | None:
        """`--kommune`/`--udvalg` of the CLI as filters: every municipality or committee
        whose name contains the given text (case-insensitive); a Danish ValueError naming
        the option when nothing in the archive matches. Without `--kommune` the home
        municipality (`home`) is the scope; `--kommune alle` asks every municipality."""
        if kommune is None and self.home(home):
            kommune = home.strip()
        if kommune and kommune.strip().lower() == "alle":
            kommune = None
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
        # bodies given as examples filter nothing: "hvem tog over i hans udvalg, fx
        # teknikudvalget?" asks of every body (the council's item says who)
        text = _EXAMPLES.sub(" ", text)
        # the question proper names the body it asks about: its first committee, else
        # the lead-in's ("Ekspertudvalget vil have løntimer. Vedtog erhvervsudvalget …?")
        mentions = next((m[:1] for part in reversed(_SENTENCES.split(text))
                         if (m := committee_mentions(part))), [])
        for mention in mentions:
            wanted = name_parts(committee_name(mention))
            if wanted:
                found += [c for c, parts in self._parts.items() if wanted <= parts] or [
                    c for c, parts in self._parts.items() if _by_field(wanted, parts)]
        for m in _INITIALS.finditer(text):
            if m.group(1) not in _COMMON_ACRONYMS:
                found += self._initials.get(m.group(1), [])
        if not mentions and not re.search(r"udvalg", text, re.IGNORECASE):
            # "hvad vedtog byrådet?" names the council; "sendes til byrådet" does not
            # ask about it. Only the words not after til/fra/af/i/for count.
            subject = _OBJECT_WORD.sub(" ", text)
            subject += " " + " ".join(m.group(1) for m in _BODY_MEETING.finditer(subject))
            have = set(stems(subject, _NO_STEMS))
            found += [c for c, parts in self._parts.items()
                      if parts and not _UDVALG.search(c) and parts <= have]
        return sorted(set(found))

    def named_in_full(self, text: str) -> list[str]:
        """The committees the question names by their whole name or their initials
        ("Plan- og Tryghedsudvalget", "ØU"), not by a short form ("Teknikudvalget")."""
        full = [c for m in _INITIALS.finditer(text) if m.group(1) not in _COMMON_ACRONYMS
                for c in self._initials.get(m.group(1), [])]
        for mention in committee_mentions(text):
            wanted = name_parts(committee_name(mention))
            full += [c for c, parts in self._parts.items() if wanted and wanted == parts]
        return sorted(set(full))

    def upper_initials(self, text: str, vocab: Container[str]) -> str:
        """A committee's initials typed in lower case, as initials ("ebu" → "EBU"), when
        the archive has no such word."""
        def fix(m: re.Match[str]) -> str:
            word = m.group(0)
            upper = word.upper()
            # (the form with the final U, "ebu", "øu": "tak" or "nu" stay words)
            known = upper in self._initials and upper not in _COMMON_ACRONYMS and \
                word.endswith("u") and word not in STOPWORDS and word not in QUESTION_WORDS
            return upper if known and stemmer().stemWord(word) not in vocab else word
        return _LOWER_INITIALS.sub(fix, text)

    def initials_as_committee(self, text: str) -> str:
        """A committee's initials written out as "udvalget", once they are a filter: the
        embedder and BM25 know no "EBU" ("hvornår havde EBU sidst fået status på …" is
        searched as "hvornår havde udvalget sidst fået status på …")."""
        return _INITIALS.sub(lambda m: "udvalget" if m.group(1) in self._initials
                             and m.group(1) not in _COMMON_ACRONYMS else m.group(0), text)

    def name_words(self, text: str) -> frozenset[str]:
        """The stems of the names found in `text`, so that they leave the topic once
        they are filters ("Hvad sagde EBU om studieturen?" is about "studietur")."""
        words = [m.group(1) for m in _INITIALS.finditer(text)
                 if m.group(1) in self._initials]
        words += [c for c in self._core_of if c in text.lower()]
        return frozenset(stems(" ".join(words), frozenset()))


# A person as the meeting lists write them: "Sandra Marsenic (A)", "Jannik Karoli Plum
# Nielsen (direktør)": the capitalised words before the brackets.
_LISTED_NAME = re.compile(r"^\s*([A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*)+)")


# A member by first name and party, as people say it: "Anja fra Socialdemokratiet",
# "Allan (C)", "Saime fra Ø" (not followed by a surname: "Anja Holtze (A)" is whole).
_FIRST_AND_PARTY = re.compile(
    r"\b([A-ZÆØÅ][a-zæøå]+)(?=\s+(?:\(([A-ZÆØÅ])\)|fra\s+(?:(?-i:([A-ZÆØÅ]))\b|("
    + "|".join(sorted(PARTIES, key=len, reverse=True)) + r"))))", re.I)
_LISTED_PARTY = re.compile(r"\(([A-ZÆØÅ])\)")


@lru_cache(maxsize=4)
def _members_by_first_name(store: Any) -> dict[tuple[str, str], frozenset[str]]:
    """(first name, party letter) → the listed members' full names, read once per store."""
    out: dict[tuple[str, str], set[str]] = {}
    for entry in store.participant_names():
        if (n := _LISTED_NAME.match(entry)) and (p := _LISTED_PARTY.search(entry)):
            out.setdefault((n.group(1).split()[0], p.group(1)), set()).add(n.group(1))
    return {k: frozenset(v) for k, v in out.items()}


def _first_names(store: Any, question: str) -> str:
    """"Anja fra Socialdemokratiet" → "Anja Holtze fra Socialdemokratiet" when one listed
    member has that first name and that party."""
    members = _members_by_first_name(store)

    def full(m: re.Match[str]) -> str:
        first, letter = m.group(1), m.group(2) or m.group(3) or PARTIES.get(
            (m.group(4) or "").lower(), "")
        found = members.get((first, letter), frozenset())
        return next(iter(found)) if len(found) == 1 else first
    return _FIRST_AND_PARTY.sub(full, question)


@lru_cache(maxsize=4)
def _listed_people(store: Any) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    names = {m.group(1) for entry in store.participant_names()
             if (m := _LISTED_NAME.match(entry))}
    if not names:
        return None, {}
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I), {
        n.lower(): n for n in names}


def as_spelled(question: str, retriever: Any) -> str:
    """The question as the archive spells it: Danish letters typed the ASCII way
    ("moedet" → "mødet", `respell`), and a person the meeting lists name typed in lower
    case as the lists write it, so that it is read as a name ("sad sandra marsenic med
    7/2-23" → "sad Sandra Marsenic med 7/2-23")."""
    lexical, store = getattr(retriever, "lexical", None), getattr(retriever, "store", None)
    names = getattr(retriever, "names", None)
    question = spoken_as_written(question)  # "den ottende marts totusind og femogtyve"
    question = in_danish(question)  # "why virker …" → "hvorfor virker …"
    question = expand_abbreviations(question)  # "konst. centerchef" → "konstitueret …"
    question = without_request_frame(question)  # "Jeg vil gerne vide, hvem …" → "hvem …"
    question = respell_months(question)  # "i starten af sepetmber 2024" → "september"
    question = respell_meeting(question)  # "modet i marts 2025" → "mødet"
    question = respell_parties(question)  # "socialdemokarter" → "socialdemokrater"
    if lexical is not None:
        question = respell(question, lexical.vocab)
        question = respell_typos(question, lexical.vocab)  # "økonomiudvlaget"
        question = joined(question, lexical.vocab)  # "Ice hearts" → "Icehearts"
        if names is not None:  # "ebu" → "EBU"
            question = names.upper_initials(question, lexical.vocab)
    if store is None or not hasattr(store, "participant_names"):
        return question
    question = _first_names(store, question)  # "Allan (C)" → "Allan Kristensen (C)"
    pattern, proper = _listed_people(store)
    if pattern is None:
        return question
    return pattern.sub(lambda m: proper.get(m.group(0).lower(), m.group(0)), question)
