"""Who-questions by role: voted against, absent, took part, presented, proposed — each
answered from its own list — and the title a person question names.

>>> who_role("Hvem stemte imod studieturen?"), who_role("Hvem havde meldt afbud?")
('against', 'absent')
"""

from __future__ import annotations

import re

from referat.danish import stems

# "imod" as in a vote, not as in receiving: "har taget imod et tilbud", "tog godt imod"
AGAINST = (r"(?<!\btage )(?<!\btager )(?<!\btaget )(?<!\btages )(?<!\btog )(?<!\bgodt )"
           r"(?<!\bmodtage )imod")

# Roles for "hvem …?": voted against/for, absent, took part, presented.
_ROLES: list[tuple[str, re.Pattern[str]]] = [
    # "hvem stod bag indstillingen?": the administration's unit that proposed it (not
    # "hvem indstillede Anja Holtze som formand?", a nomination in the decision)
    # ("hvilket center stod bag …?" asks the same)
    # ("hvilket center i kommunen stod bag sagen om …?", "hvem i kommunen stod bag …?" too)
    ("proposer", re.compile(r"\b(?:hvem(?: (?:i|fra|hos) \w+)?|hvilke[nt]? \w+(?: \w+){0,3}?) "
                            r"(?:stod|står) bag "
                            r"(?:indstillingen|forslaget|sagen|punktet|orienteringen)|"
                            r"\b(?:hvem|hvilke[nt]? \w+) (?:har |havde )?(?:lavet|lavede|skrevet|"
                            r"skrev|udarbejdet|udarbejdede|kom med|stillede) "
                            # (not "stillede forslaget om Anja Holtze": a nomination)
                            r"(?:indstillingen|forslaget)(?!\s+om\s+(?-i:[A-ZÆØÅ]))|"
                            # "hvilken afdeling i kommunen lagde planen frem …?", "hvilket
                            # center kom med tilbuddet …?": a unit of the administration
                            # ("hvilken administrativ enhed indstillede …?": a word before)
                            r"\bhvilke[nt]? (?:\w+ )?(?:center|afdeling|forvaltning|enhed|"
                            r"direktørområde)\w*(?: \w+){0,3}? (?:lagde|fremlagde|forelagde|"
                            r"kom med|stod bag|indstillede|bestilte|havde bestilt)\b|"
                            # "hvem indstillede evalueringen …?" (not a nomination:
                            # "hvem indstillede Anja Holtze som formand?")
                            # ("… den midlertidige formand?" is a nomination too)
                            r"\bhvem indstill(?:ede|er)(?:,? at\b| (?!(?-i:[A-ZÆØÅ]))"
                            r"(?![^?]{0,40}\b\w*(?:formand|medlem|repræsentant)\b))", re.I)),
    ("against", re.compile(r"\b(stemte imod|" + AGAINST + r"|mindretal\w*|kunne ikke tiltræde|"
                           r"standsningsret\w*|protokol\w*)\b", re.I)),
    # ("hvilke partier holdt sig ude af afstemningen?", "afstod fra at stemme")
    ("abstained", re.compile(r"\b(undlod|undlader|hverken for eller imod|blankt?|afstod|"
                             r"holdt sig (?:ude|uden for|udenfor)|stemte ikke|"
                             r"lod (?:være|vær|\w+ være) med at stemme)\b", re.I)),
    ("for", re.compile(r"\b(stemte for|flertal\w*)\b", re.I)),
    ("absent", re.compile(r"\b(afbud|fravær\w*|ikke til stede|mødte ikke|var ikke med|"
                          r"deltog ikke|manglede|udeblev|ikke\s+(?:dukkede|mødte)\s+op|"
                          r"forhindret|havde forfald|meldte fra|"  # "hvem var forhindret?"
                          r"(?:dukkede|mødte)\s+ikke\s+op)\b", re.I)),
    ("presenter", re.compile(r"\b(fremlagde|fremlægge\w*|præsentere\w*|orientere\w*|"
                             r"holdt oplæg|oplæg|deltog under|deltager under|"
                             # "hvem kom og fortalte om IPS-indsatsen?"
                             r"fortalte|fortælle|fortæller|gennemgik|"
                             r"yderligere deltag\w*|gæst\w*|inviteret|"
                             # "Var der nogen fra psykiatrien med, da …?": who joined for it
                             r"(?:var|deltog|kom) der nogen (?:fra|af)|"
                             # "Hvem kom fra Erhvervshus Sjælland, da …?"
                             r"hvem kom (?:\w+ )?fra)\b", re.I)),
    # "hvem deltog fra X under punktet om Y": the guests of one item, not the meeting's list
    ("presenter", re.compile(r"\b(?:deltog|deltager|var med|sad med)\b.{0,80}?\bunder\b",
                             re.I)),
    ("participant", re.compile(r"\b(deltog|deltagere|til stede|var med|(?:være|er) med(?! til at)|"
                               # "Var der en konstitueret centerchef med på mødet?"
                               r"var der (?:en|et|nogen|nogle)(?:\s+[\wæøå-]+){1,3}?\s+"
                               r"med(?! til at)|"
                               r"mødedeltagere|politikere sad (?:i|med)|"
                               r"medlemmer)\b", re.I)),
]


# "hvilke medarbejdere deltog …?", "hvilke andre centerchefer …": people asked for by what
# they are
PERSONS_ASKED = re.compile(r"\bhvilke[nt]?\s+(?:(?:andre|nye|øvrige|eksterne?|interne?|faste|"
                           r"af(?: de)?|to|tre|fire|fem)\s+)?[\w-]*(?:(?:medarbejder|politiker|"
                           r"medlem|konsulent|chef|embedsm[aæ]nd|repræsentant|person|borgmester|"
                           r"formand|forperson|direktør|koordinator|sekretær|ordfører)"
                           r"(?:e|er|ne|erne|en|mer|merne)?|(?:deltager|leder)(?:e|ne|erne|en))\b",
                           re.I)

# "hvad hedder IPS-konsulenten?", "hvem er formand for …?": a person in a named role.
_TITLE = (r"(\S*?(?:konsulent|chef|leder|formand|forperson|direktør|medarbejder|borgmester|"
          r"minister|ordfører|koordinator|sekretær)(?:en|er|erne)?)(?![\w-])")
_ROLE_NOUN = re.compile(
    r"(?:(?:\b(?:hvad hed(?:der|te)?|hvem (?:er|var|bliver|blev|har været|havde været)|hvilke[nt]?|"
    r"hvem (?:\S+\s+){1,2}?som)|(?:^|[–—,:;]\s*)(?:sad|var|deltog))\s+"
    # ("Var der en konstitueret centerchef med …?": three words before the title)
    r"(?:(?:der\s+)?(?:en|et|nogen)\s+)?(?:\S+\s+){0,2}?"
    # ... or named first, then asked after: "Centerchefen for skoler … – var han med?"
    r"|^\W*(?=\S+[^?]{0,80}?[–—:]\s*(?:var|sad|deltog|kom)\s+(?:han|hun|de)\b))"
    + _TITLE, re.I)


# Who chaired a meeting, asked by what the chair did: "Hvem ledede udvalgsmødet i februar
# 2023?", "hvem styrede fællesmødet …?" — the list's formand (not "hvem ledede projektet?")
CHAIR_ASKED = re.compile(r"\bhvem\s+(?:ledede|ledte|leder|styrede|var\s+(?:mødeleder|"
                         r"ordstyrer)\s+(?:på|for|ved))\s+(?:\S+\s+){0,2}?[\wæøå]*mød(?:e|et)\b",
                         re.I)


def asked_role_word(question: str) -> str | None:
    """The whole role word a person question names, lower case, without its ending:
    "Hvem var kommunens erhvervschef …?" → "erhvervschef" (not any "centerchef")."""
    if CHAIR_ASKED.search(question):
        return "formand"
    m = _ROLE_NOUN.search(question)
    return re.sub(r"(?:en|erne|er)$", "", m.group(1).lower()) if m else None


_ROLE_ROOT = re.compile(r"(konsulent|chef|leder|næstformand|formand|forperson|direktør|medarbejder|"
                        r"borgmester|minister|ordfører|koordinator|sekretær)", re.I)


# The roots of `_ROLE_ROOT` as the stemmer leaves them ("viceborgmest").
_ROLE_STEM = re.compile(r"(?:konsulent|chef|leder|formand|forperson|direktør|medarbejd|borgmest|"
                        r"minist|ordfør|koordinator|sekretær)", re.I)


def is_role_word(word: str) -> bool:
    """A title, as a word or its stem ("viceborgmester", "centerchef"), not a topic."""
    return bool(_ROLE_STEM.search(word))


def asked_role(question: str) -> str | None:
    """The role a person question names, as a lower-case word root, or None.

    >>> asked_role("Hvad hedder IPS-konsulenten i Helhedsafsnittet?")
    'konsulent'
    >>> asked_role("Hvem er formand for udvalget?"), asked_role("Hvem stemte imod?")
    ('formand', None)
    """
    if CHAIR_ASKED.search(question):
        return "formand"
    m = _ROLE_NOUN.search(question)
    if not m:
        return None
    root = _ROLE_ROOT.search(m.group(1))
    return root.group(1).lower() if root else None


# "… sad med som direktør?", "Var Anja Holtze formand på mødet?": the role the question
# supposes a named person held.
_PREMISE_ROLE = re.compile(r"\b(?:som|var|er)\s+(?:\S+\s+){0,4}?(?:den\s+)?" + _TITLE, re.I)


def premise_role(question: str) -> str | None:
    """The one role a yes/no question supposes ("… der sad med som direktør?") as a
    lower-case word root; None for none or several.

    >>> premise_role("Var det Jannik Karoli Plum Nielsen, der sad med som direktør?")
    'direktør'
    >>> premise_role("Var Anja Holtze med på mødet?") is None
    True
    """
    roots = {r.lower() for m in _PREMISE_ROLE.finditer(question)
             for r in _ROLE_ROOT.findall(m.group(1))}
    return roots.pop() if len(roots) == 1 and not asks_several_roles(question) else None


def asks_several_roles(question: str) -> bool:
    """"Hvilke embedsfolk – direktør og centerchefer – var med?" names two roles."""
    return len({r.lower() for r in _ROLE_ROOT.findall(question)}) > 1


# Absence asked as such (not "var X ikke med?", answered as attendance)
_ABSENCE_ASKED = re.compile(r"\b(?:afbud|fravær\w*|meldt(?:e)? fra|udeblev\w*|manglede)\b", re.I)


def asks_absence(question: str) -> bool:
    """Does a yes/no question ask whether someone was absent ("Havde X meldt afbud?"),
    so that an absent member is answered "Ja"?"""
    return bool(_ABSENCE_ASKED.search(question)) and not re.search(r"\bikke\b", question, re.I)


def absence_words(question: str) -> set[str]:
    """The stems of the words that ask who was absent ("hvem manglede, da …?"): they
    name the list asked for, not the item's topic, which seldom says them.

    >>> sorted(absence_words("hvem manglede, da sagen var oppe?"))
    ['mangled']
    """
    m = dict(_ROLES)["absent"].search(question)
    return set(stems(m.group(0), frozenset())) if m else set()


# The chair named by what the chair does: "hvem ledede mødet?", "hvem sad for bordenden?"
_CHAIRED = re.compile(r"\b(?:ledede|ledte|styrede|leder|styrer)\s+(?:selve\s+)?(?:mødet|"
                      r"udvalgsmødet|møderne)\b|\bsad\s+for\s+bord(?:enden|et)\b|"
                      r"\bvar\s+mødeleder\b", re.I)


def chair_in_plain_words(question: str) -> str:
    """The chair asked in the minutes' word: "Hvem ledede mødet 18/3-25?" → "Hvem var
    formand på mødet 18/3-25?" (the minutes say "formand"; "ledede" would search for
    "ledige").

    >>> chair_in_plain_words("Hvem sad for bordenden 18/3-25?")
    'Hvem var formand 18/3-25?'
    >>> chair_in_plain_words("Hvem var formand for udvalget og ledte mødet den 8/9-20?")
    'Hvem var formand for udvalget på mødet den 8/9-20?'
    """
    def plain(m: re.Match[str]) -> str:
        meeting = "møde" in m.group(0).lower()
        # "Hvem var formand … og ledte mødet …?": one question, the chair already asked
        if re.search(r"\bformand\w*\b[^?]*\s+og\s+$", question[:m.start()], re.I):
            return "på mødet" if meeting else ""
        return "var formand på mødet" if meeting else "var formand"

    out = _CHAIRED.sub(plain, question)
    # "Hvem bragte Anja Holtze i forslag …?" — "Hvem foreslog Anja Holtze …?"
    out = _BROUGHT_FORWARD.sub(r"foreslog \1", out)
    return re.sub(r"\s+og\s+(?=på mødet\b)", " ", out)


_BROUGHT_FORWARD = re.compile(r"\b(?:bragte|bringer|bragt|bringe)\s+(.{1,40}?)\s+i\s+forslag\b",
                              re.I)


# A clause that sets the scene, not the list asked for: "Hvem blev valgt som formand,
# mens Musa Kekec var fraværende?", "… under Musa Kekecs fravær?"
SCENE = re.compile(r"\b(?:mens|imens|fordi|eftersom)\b[^,?]*?(?=,|\s+og\s+hv|\?|$)|"
                    r"\bunder\s+(?:\w+\s+){0,3}?\w+s\s+(?:\(\w+\)\s+)?fravær\b", re.I)


def who_role(question: str) -> str | None:
    """For a question about people: which list answers it, or None.

    >>> who_role("Hvem blev valgt som formand, mens Musa Kekec var fraværende?") is None
    True
    """
    asked = SCENE.sub(" ", question)
    for role, rx in _ROLES:
        if rx.search(asked):
            return role
    return None
