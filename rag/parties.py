"""Parties asked about in a question: the ballot letter of the party whose members a
question asks for ("hvilke socialdemokrater sad med?" → A, "Enhedslistens medlemmer" →
Ø), as minutes write members ("Kim Larsen (V)")."""

from __future__ import annotations

import re

from referat.values import PARTIES as _BY_NAME
from referat.values import PARTY_NAMES

# (name, letter), the longer names first: "Radikale Venstre" is B, not V.
PARTIES = sorted(_BY_NAME.items(), key=lambda kv: -len(kv[0]))
_LETTERS = "".join(sorted({p for _, p in PARTIES if len(p) == 1}))
_PARTY_ASKED = re.compile(r"\b(?:fra|for|i|sad|var|deltog)\s+(?:de\s+)?("
                          + "|".join(n for n, _ in PARTIES) + r")\b",
                          re.I)
# Members named by the party: "hvilke socialdemokrater …", "hvilke af de konservative …",
# "Venstres medlemmer", "Enhedslistens repræsentanter".
_MEMBER_NOUNS = [("socialdemokrat", "A"), ("venstrefolk", "V"), ("venstremænd", "V"),
                 ("konservativ", "C"), ("radikal", "B"), ("sf'er", "F"), ("sf-er", "F"),
                 ("enhedslist", "Ø"), ("moderat", "M"), ("danmarksdemokrat", "Æ"),
                 ("løsgænger", "Løsgænger"),
                 # colloquial: a party by its everyday initials ("nogen V'ere", "S'erne")
                 ("s'er", "A"), ("v'er", "V"), ("k'er", "C"), ("r'er", "B"), ("df'er", "O"),
                 ("la'er", "I")]
# (their stems: words that name members by party, no topic of a meeting's list)
MEMBER_NOUN_PREFIXES = tuple(n for n, _ in _MEMBER_NOUNS)
_MEMBERS_ASKED = re.compile(
    r"\b(?:hvilke|en|nogen|nogle)\s+(?:af\s+)?(?:de\s+)?("
    + "|".join(n for n, _ in _MEMBER_NOUNS) + r")\w*"
    r"|\b(" + "|".join(n for n, _ in PARTIES) + r")s\s+(?:medlem\w*|politiker\w*|"
    r"repræsentant\w*|folk)\b"
    # "var Enhedslisten repræsenteret?", "hvem sad med for (B)?"
    r"|\b(" + "|".join(n for n, _ in PARTIES) + r")\s+(?:repræsenteret|til stede)\b"
    r"|\((" + "|".join(sorted({p for _, p in PARTIES})) + r")\)"
    # "hvilken politiker sad for liste D?", "hvem sad for D?": the ballot letter itself
    # ("liste ø" in lower case too; after "for"/"fra" only a capital is a party)
    r"|\b(?:(?:liste|listen|partiet)\s+([" + _LETTERS + r"])|(?:for|fra)\s+((?-i:["
    + _LETTERS + r"])))(?![\w.-])", re.I)


def asked_party(question: str) -> str | None:
    """The ballot letter of the party a question asks about the members of, or None.

    >>> asked_party("Hvilke medlemmer fra Venstre sad med?"), asked_party("Hvem stemte imod?")
    ('V', None)
    >>> asked_party("hvilke socialdemokrater sad med?"), asked_party("Enhedslistens medlemmer")
    ('A', 'Ø')
    >>> asked_party("Hvem sad for de Konservative på mødet?")
    'C'
    >>> asked_party("Hvilken politiker sad for liste D, da udvalget mødtes 7/2-23?")
    'D'
    >>> asked_party("Hvem sad for D på mødet 6/2-24?"), asked_party("Og for A-kassen?")
    ('D', None)
    >>> asked_party("Var der nogen V'ere i udvalget ved mødet 9/6-2015?")
    'V'
    """
    m = _PARTY_ASKED.search(question)
    if m:
        return dict(PARTIES)[m.group(1).lower()]
    m = _MEMBERS_ASKED.search(question)
    if m is None:
        return None
    if m.group(1):
        return dict(_MEMBER_NOUNS)[m.group(1).lower()]
    letter = m.group(4) or m.group(5) or m.group(6)
    if letter:
        return letter.upper()
    return dict(PARTIES)[(m.group(2) or m.group(3)).lower()]


def party_name(letter: str) -> str:
    """The party's name for its ballot letter: `"Ø"` → `"Enhedslisten"`."""
    return PARTY_NAMES.get(letter.upper(), letter)


# A party as the one who voted: "undlod F at stemme", "stemte Ø imod", "F stemte imod",
# "stemte SF imod" ("I" is no letter here: "stemte I imod?" asks the reader)
_VOTER_NAMES = "(?i:" + "|".join(re.escape(n) for n, _ in PARTIES) + ")|" + "|".join(
    p for p in sorted({p for _, p in PARTIES if len(p) == 1}) if p != "I")
_VOTER = re.compile(r"\b(?i:stemte|stemmer|undlod|undlader)\s+(" + _VOTER_NAMES + r")(?![\w'-])|"
                    r"(?<![\w-])(" + _VOTER_NAMES + r")\s+(?i:stemte|stemmer|undlod|undlader)\b")


def voting_party(question: str) -> str | None:
    """The ballot letter of the party whose votes the question asks about, or None.

    >>> voting_party("I hvilke sager undlod F at stemme i juni?"), voting_party("Hvem stemte imod?")
    ('F', None)
    >>> voting_party("Hvornår stemte Enhedslisten imod?")
    'Ø'
    """
    m = _VOTER.search(question)
    if m is None:
        return None
    said = m.group(1) or m.group(2)
    return said if len(said) == 1 else dict(PARTIES).get(said.lower(), said)


def names_party(letter: str, line: str) -> bool:
    """Does a vote line name the party by its letter ("Imod stemte: A og Ø", "(F)")?"""
    return bool(re.search(rf"(?<![\w-]){re.escape(letter)}(?![\w-])", line))
