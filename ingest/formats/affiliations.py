"""Where a member comes from, written after the name: the municipality of a joint body's
member, the organisation of a council's.

A body that several municipalities own together (a fire service's commission, a joint
water board) lists its members with the municipality each comes from: "Borgmester Jens
Aagaard (V), Næsvig Kommune, formand". Split at its commas, the municipality would read
as a person of its own (and glue to the next member when the list wraps a member a
line); it is no participant, so it goes, and a role after it stays the member's. So
does the committee after a member of a joint meeting of two committees ("Afbud: Bo Lund
(O), Teknikudvalget"): the meeting's own, which its title names.

A local council or a user board lists each member with the organisation they represent:
"Hans Kjær (formand), Ravnholt Borgerforening", "Bent Juul, Ravnholt IF", "Afbud: Lone
Dyhr, Menighedsrådet". The organisation (a name with an institution's word,
"…forening", "…rådet", "Skole", or an abbreviation in capitals, "IF") is no person
either: it is kept in brackets after the member's name, as a members' table's
"Repræsenterer" column is ("Bent Juul (Ravnholt IF)").
"""

from __future__ import annotations

import re
from collections.abc import Callable

# ", Næsvig Kommune" / ", Region Sydfjord" after a party's letters in brackets (a role
# after a dash may follow: "(A), Ringsted Kommune – formand"); or the committee a joint
# meeting's member sits in: "(O), Børne- og Skoleudvalget", "(A), Kultur-, Fritids- og
# Idrætsudvalget", "(C), Teknisk Udvalg"
_AFFILIATION_RE = re.compile(
    r"(\([A-ZÆØÅ]{1,4}\))\s*,\s*(?:(?:[A-ZÆØÅ][\w-]*\s+){1,3}(?:Regions)?[Kk]ommune|"
    r"Region\s+[A-ZÆØÅ][\w-]*|(?:[A-ZÆØÅ]\w*-,?\s+(?:og\s+)?)*[A-ZÆØÅ]\w*udvalget|"
    r"[A-ZÆØÅ]\w+\s+Udvalg)\b"
    r"(?=\s*(?:[,;\n]|$|[A-ZÆØÅ]|[–-]\s))")


def without_affiliation(text: str) -> str:
    """`text` without the municipality after each member's party: "Jens Aagaard (V),
    Næsvig Kommune, formand" → "Jens Aagaard (V), formand".

    >>> without_affiliation("Karl Bech (A), Næsvig Kommune, formand; Eva Dal (C)")
    'Karl Bech (A), formand; Eva Dal (C)'
    >>> without_affiliation("Ida Berg (O), Børne- og Skoleudvalget")
    'Ida Berg (O)'
    """
    # (a member wrapped onto the next line follows with no comma: "…, Næsvig Kommune Inge
    # Dam (C)" keeps the two apart)
    return _AFFILIATION_RE.sub(lambda m: m.group(1) + (", " if text[m.end():].lstrip()[:1].isupper()
                                                        else ""), text)


# An organisation's name: capitalised words (1-4), one of them an institution's word or
# an abbreviation in capitals, never a party's letter in brackets ("Ravnholt IF",
# "Grundejerforeningen Solvænget", "Menighedsrådet", "Ravnholt Skole")
_INSTITUTION_RE = re.compile(
    r"^(?:\w*(?:forening|foreningen|råd|rådet|udvalg|udvalget|skole|skolen|bestyrelse|"
    r"bestyrelsen|klub|klubben|selskab|selskabet|center|centret|forbund|forbundet|"
    r"organisation|organisationen|laug|lauget|forvaltning|forvaltningen|sekretariat|"
    r"sekretariatet|menighed|menigheden|institution|institutionen|afdeling|afdelingen|"
    r"samfund|samfundet|fond|fonden|politi|politiet|styrelse|styrelsen|kreds|kredsen)"
    r"|(?-i:[A-ZÆØÅ]{2,4}))$", re.IGNORECASE)
_CAPITALISED_RE = re.compile(r"^(?:[A-ZÆØÅ][\w&/.-]*|og|i|for|af)$")


def _organisation(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 4 and words[0][:1].isupper() and all(
        _CAPITALISED_RE.match(w) for w in words) and any(_INSTITUTION_RE.match(w) for w in words)


def is_organisation(part: str) -> bool:
    """Whether a list's entry reads as an organisation by its words ("Ravnholt IF",
    "Nørre Skole"), where `with_organisations` and `held_at` find it.

    >>> is_organisation("Ravnholt IF"), is_organisation("Blå Mærke Roskilde")
    (True, False)
    """
    return _organisation(part)


def with_organisations(parts: list[str], is_person: Callable[[str], bool]) -> list[str]:
    """A list's entries with each organisation after a member joined to that member in
    brackets (a lower-case institution's word after it, "Ravnholt Skole,
    skolebestyrelsen", is part of it); other entries as they are.

    >>> with_organisations(["Hans Kjær (formand)", "Ravnholt Borgerforening", "Bent Juul",
    ...                     "Ravnholt IF"], lambda s: True)
    ['Hans Kjær (formand) (Ravnholt Borgerforening)', 'Bent Juul (Ravnholt IF)']
    >>> with_organisations(["Hanne Søgaard", "DH Thisted (formand)"], lambda s: True)
    ['Hanne Søgaard (DH Thisted) (formand)']
    """
    out: list[str] = []
    joined = False  # the last entry has its organisation already
    for part in parts:
        bare = part.strip()
        if out and joined and bare[:1].islower() and _INSTITUTION_RE.match(bare):
            out[-1] = out[-1][:-1] + f", {bare})"  # ("Ravnholt Skole, skolebestyrelsen")
            continue
        note = _NOTE_RE.search(bare)  # ("DH Thisted (formand)": the member's role)
        org = bare[:note.start()] if note else bare
        if out and not joined and _organisation(org) and not _organisation(
                _ORG_BRACKETS_RE.sub("", out[-1])) and is_person(out[-1]):
            out[-1] = f"{out[-1].rstrip()} ({org}){note.group(0) if note else ''}"
            joined = True
            continue
        out.append(part)
        joined = False
    return out


# where a post is held, after it: "Morsø Kommune (formand)", "Region Sjælland", "KL"
_HELD_AT_RE = re.compile(r"^(?:(?:[A-ZÆØÅ][\w-]*\s+){1,3}(?:Regions)?[Kk]ommune|"
                         r"Region\s+[A-ZÆØÅ][\w-]*|(?P<o>[^()]+?))(?:\s*\([^()]*\))?$")


def held_at(part: str, role: str) -> bool:
    """Whether a list's entry after a member with a `role` says where the post is held
    ("Ida Dam, borgmester, Morsø Kommune (formand)": the municipality, or an
    organisation, "Nordjyllands Politi"): the role's rest, never a person of its own.

    >>> held_at("Morsø Kommune (formand)", "borgmester"), held_at("Bo Dam", "borgmester")
    (True, False)
    """
    m = _HELD_AT_RE.match(part.strip())
    return bool(role and m and (not m.group("o") or _organisation(m.group("o"))))


def post_held(cell: str) -> bool:
    """Whether a table's role cell is a post and where it is held: "Borgmester,
    Kalundborg Kommune (formand)", "Direktør, KL".

    >>> post_held("Borgmester, Kalundborg Kommune (formand)"), post_held("Formand")
    (True, False)
    """
    lead, _, rest = cell.partition(",")
    return len(lead.split()) == 1 and held_at(rest.strip(), lead)


_ORG_BRACKETS_RE = re.compile(r"\s*\([^()]*\)")
_NOTE_RE = re.compile(r"\s*\((?:\d\.\s*)?[a-zæøå][^()]{1,40}\)$")
