"""Who one side of a vote names: "V, A og Liselott Blixt (UP) med fælles …" → V, A and
Liselott Blixt (UP); a count, a reason in brackets or the body voting is nobody."""

from __future__ import annotations

import re

from referat.values import PARTIES, UNALIGNED

from .common import clean_line
from .dated import body_key
from .party_lists import party_groups

_DET_PARTY = re.compile(r"^Det (?:Konservative|Radikale)\b")
# (nor the rest of the body, named by no one: "Øvrige stemte for", "Resten stemte imod")
_NOT_A_VOTER = frozenset(
    "Et En Udvalget Byrådet Der Det Flertallet Mindretallet Forvaltningen Administrationen "
    "Sagen Punktet Indstillingen Kommunalbestyrelsen Ingen Øvrige Resten Alle".split()
)
# A pronoun standing for the person the sentence before names ("Han forlod mødet …"): a
# voter or an absentee by itself never (`resolved_pronoun` puts the name in its place)
PRONOUNS = frozenset("Han Hun De Vedkommende Denne Hen He She They".split())
# A member named with a party in brackets: "Kristian Vestergaard Nørby (V)"
_MEMBER_RE = re.compile(r"[A-ZÆØÅ][\w'-]+(?:\s+(?:[A-ZÆØÅ][\w'.-]*|von|van|de))+\s*"
                        r"\([A-ZÆØÅ]{1,3}\)")


# A member and their party letter after a comma inside one side's brackets: "Helle Juul, V"
# (a name of two to four capitalised words, the letter alone up to the next voter or end)
_NAME_PARTY_RE = re.compile(
    r"(?:^|(?<=,\s)|(?<=\sog\s))(?P<n>[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?"
    r"(?:\s(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?)){1,3}),\s*"
    r"(?P<p>[A-ZÆØÅ]{1,3})(?=\s*(?:,|\s+og\s|\s+samt\s|[.;]|$))")


def _name_party(m: re.Match[str]) -> str:
    """"Helle Juul, V" → "Helle Juul (V)"; a party's own name ("Dansk Folkeparti, V") or
    a body ("Udvalget, …") stays two voters."""
    name = m["n"]
    if name.lower() in PARTIES or name.split(" ", 1)[0] in _NOT_A_VOTER or _DET_PARTY.match(name):
        return m.group(0)
    return f"{name} ({m['p']})"


# A party letter that ends a list of voters, the sentence after it: "Imod stemte 2: A og
# D. Forslaget anbefales …", "Imod stemte: Ø. Forslaget …" (after a list's comma or "og"
# following a party, or after the side's colon; then a word and a lower-case one), where
# an initial follows a first name: "Morten S. Petersen (C)"
_LAST_PARTY_RE = re.compile(
    r"(?:(?<=\b[A-ZÆØÅ], [A-ZÆØÅ]\.)|(?<=\b[A-ZÆØÅ] og [A-ZÆØÅ]\.)|(?<=\(\d\), [A-ZÆØÅ]\.)|"
    r"(?<=\(\d\) og [A-ZÆØÅ]\.)|(?<=: [A-ZÆØÅ]\.))[ \t]+(?=[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå])")


def party_list_ends(text: str) -> str:
    """The text with a line break after a party letter that ends a list of voters, where
    the next sentence starts.

    >>> party_list_ends("Imod stemte 2: A og D. Forslaget anbefales over for Byrådet.")
    'Imod stemte 2: A og D.\\nForslaget anbefales over for Byrådet.'
    >>> party_list_ends("Godkendt, idet Morten S. Petersen (C) stemte imod.")
    'Godkendt, idet Morten S. Petersen (C) stemte imod.'
    """
    return _LAST_PARTY_RE.sub("\n", text)


# (or a clause of five or more words in small letters: "Yusuf Kaya (wanted to give a
# partial grant)", "Eva Ry (er medlem af foreningens bestyrelse)"; not a role's few words,
# "Bo Lund (repræsentant for Kilden)")
_WHY_RE = re.compile(r"\s*\((?:inhabil|inhabilitet|syg|ferie|pga\.|på grund af|"
                     r"[a-zæøå][\w'-]*(?:\s+[^()\s]+){4,})\b[^()]*\)(?=[,.;]|\s+og\s|\s*$)")


# a note in small letters in brackets after a name's party: "Hanne Krogsgaard (Ø) (forlod
# mødet kl. 11.10)" (its abbreviation's dot is no list's end)
_NOTE_AFTER_PARTY_RE = re.compile(r"(?<=\([A-ZÆØÅ]\))\s*\([a-zæøå][^()]*\)|"
                                  r"(?<=\([A-ZÆØÅ]{2}\))\s*\([a-zæøå][^()]*\)")


# a member of no party named by that designation first: "løsgænger Knud Erik Hallas"
_UNALIGNED_FIRST_RE = re.compile(rf"^({UNALIGNED})\s+([A-ZÆØÅ][^()]*)$", re.IGNORECASE)


def voter_names(text: str) -> list[str]:
    """`'V, A og Liselott Blixt (UP) med fælles …'` → `['V', 'A', 'Liselott Blixt (UP)']`;
    a count alone (`'0'`) names nobody.

    >>> voter_names("A og F (3) – formandens stemme var afgørende.")
    ['A', 'F']
    >>> voter_names("Ida Dam (Ø) og Bo Ry (Ø), som ønsker, at satsen bliver 0,25 procent")
    ['Ida Dam (Ø)', 'Bo Ry (Ø)']
    >>> voter_names("Helle Juul, V")  # (a member and her party: one voter)
    ['Helle Juul (V)']
    >>> voter_names("V, B og løsgænger Knud Erik Hallas (11)")
    ['V', 'B', 'Knud Erik Hallas (løsgænger)']
    """
    # (an initial's dot ends nothing: "Morten S. Petersen (C)"; a dash before a lower-case
    # word opens a remark, outside brackets: "A og F (3) – formandens stemme var afgørende")
    # (a relative clause after the names says why: "…, som ønsker, at … 0,25 procent")
    text = _NOTE_AFTER_PARTY_RE.sub("", text)  # ("(Ø) (forlod mødet kl. 11.10)": its dot)
    text = re.split(r"\s+(?:med|idet|da|fordi|jf\.)\s+|,\s+(?:som|der)\s+(?=[a-zæøå])|"
                    r"(?<!\b[A-ZÆØÅ])[.;]\s|\.$|"
                    r"\s[–—-]\s+(?=[a-zæøå])(?![^(]*\))", party_groups(clean_line(text)))[0]
    text = _NAME_PARTY_RE.sub(_name_party, text)
    # (why a member was away, its commas inside: "Ib Kallesøe (inhabil, formand i klubben)")
    text = _WHY_RE.sub("", text)
    parts = re.split(r",\s*|\s+og\s+|\s+samt\s+", text)
    out = []
    for part in parts:
        # a name and what they did: "Jens Toft-Nielsen (C) erklærede sig inhabil"
        part = re.sub(r"^([A-ZÆØÅ][^()]{1,60}?\([A-ZÆØÅ]{1,4}\))\s+[a-zæøå].*$", r"\1",
                      part.strip(" .:"))
        # a count after a party ("C (3)") is no part of it, nor the side's total after the
        # last party's own count ("… og F (1) (7)"); a party alone in brackets
        part = re.sub(r"^\(([A-ZÆØÅ]{1,2})\)$", r"\1", re.sub(r"(?:\s*\(\d+\))+$", "", part))
        part = _UNALIGNED_FIRST_RE.sub(r"\2 (\1)", part)  # "løsgænger Knud Hallas"
        first = part.split(" ", 1)[0]
        if _DET_PARTY.match(part):  # "Det Konservative Folkeparti", "Det Radikale Venstre"
            first = ""
        if (part and len(part) <= 60 and not part[:1].islower() and first not in _NOT_A_VOTER
                and part not in PRONOUNS and not part.isdigit()
                and any(c.isalpha() for c in part)):  # ("Undlod: -")
            out.append(part)
    return out


# A person's name: capitalised words (a particle between them: "Karen von Holck"), a party
# or a note in brackets after it; not a group a sentence names ("De tre byrådsmedlemmer")
_PERSON_RE = re.compile(r"^[A-ZÆØÅ][\w.'-]*(?:\s+(?:[A-ZÆØÅ][\w.'-]*|von|van|de|af|la|le|du))*"
                        r"(?:\s*\(.*\))?$")


def named_person(name: str) -> bool:
    """Whether a sentence's subject is a person by name.

    >>> named_person("Morten S. Petersen (C)"), named_person("De tre byrådsmedlemmer")
    (True, False)
    """
    return bool(_PERSON_RE.match(name))


def resolved_pronoun(said: str, before: str) -> str:
    """A sentence's subject that is a pronoun as the member the sentence `before` names
    first ("Han" after "Kristian Nørby (V) deltog ikke …, da han er formand …"); "" when
    that sentence names nobody so; any other subject as it is.

    >>> resolved_pronoun("Han", "Eva Dam (V) deltog ikke."), resolved_pronoun("Hun", "")
    ('Eva Dam (V)', '')
    """
    if said.strip() not in PRONOUNS:
        return said
    return m.group(0) if (m := _MEMBER_RE.search(before)) else ""


def without_own_body(votes: dict[str, list[str]], committee: str) -> dict[str, list[str]]:
    """An item's vote without the meeting's own committee as a voter: in its own minutes,
    "Ældrerådet kunne ikke tiltræde forslaget" or "Økonomiudvalget undlod stillingtagen" is
    the body's decision, no member's vote (another body named so, a member organisation
    voting "For stemte: A, F og Idrætsrådet" in a committee, stays a voter).

    >>> without_own_body({"imod": ["Ældrerådet"]}, "Ældrerådet")
    {}
    >>> without_own_body({"for": ["A", "Idrætsrådet"]}, "Kultur- og Fritidsudvalget")
    {'for': ['A', 'Idrætsrådet']}
    """
    own = body_key(committee) if committee else ""
    kept = {kind: [n for n in names if not own or body_key(n) != own]
            for kind, names in votes.items()}
    return {kind: names for kind, names in kept.items() if names}
