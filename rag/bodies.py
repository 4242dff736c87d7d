"""The bodies a question names: a committee by its name or a short form ("Social- og
Sundhedsudvalget", "erhvervsudvalget"), another body's meeting ("KKR-mødet"), the
council as the one that decided ("hvad vedtog byrådet?").

>>> committee_mention("hvad besluttede Social- og Sundhedsudvalget i juni?")
'hvad besluttede Social- og Sundhedsudvalget'
"""

from __future__ import annotations

import re
from collections.abc import Collection

from referat.municipalities import MUNICIPALITIES

# A committee is named by a run of words, commas and hyphens ending in a word that ends
# in "…udvalg(et|s|ets)": "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget". Found in
# two linear passes (runs, then words) — one regex with a lazy run before `\w+udvalg`
# backtracks cubically (a 2 KB question of digits took 36 s).
_RUN_RE = re.compile(r"[\w,\- ]+")
_WORD_RE = re.compile(r"\w+")
_COMMITTEE_WORD_RE = re.compile(r"\w+udvalg(?:et|s|ets)?", re.IGNORECASE)
_UDVALG = frozenset({"Udvalg", "Udvalget", "Udvalgs", "Udvalgets"})
# A body's initials as a question writes them: "ØU", "KFU", "BSU", "ØU-mødet" (not the
# first part of a compound: "COVID-19", "LED-belysning", "FGU-skolen")
_INITIALS_RE = re.compile(r"\b[A-ZÆØÅ]{2,5}\b(?!-(?![\wæøå]*møde))")


def initials(text: str) -> list[str]:
    """The words of `text` written as a body's initials (2–5 capitals).

    >>> initials("Hvad sagde ØU og KFU om LED-belysning på ØU-mødet?")
    ['ØU', 'KFU', 'ØU']
    """
    return _INITIALS_RE.findall(text)


def committee_name(span: str) -> str:
    """The committee's name at the end of `span`: the "-udvalg" word and the compound
    parts joined to it ("Erhvervs-, Beskæftigelses- og"), not the words before.

    >>> committee_name("Hvad besluttede Erhvervs-, Beskæftigelses- og Uddannelsesudvalget")
    'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget'
    """
    words = span.strip(" ,").split()
    keep = 1
    if words[-1] in _UDVALG and len(words) > 1 and words[-2][:1].isupper() and not (
            words[-2].endswith("s") or words[-2] in ("Kommune", "Det", "Den")):
        return " ".join(words[-2:])  # "Teknisk Udvalg"
    while keep < len(words):
        prev = words[-keep - 1]
        if prev.rstrip(",").endswith("-") or (
                prev.lower() == "og" and keep + 1 < len(words)
                and words[-keep - 2].rstrip(",").endswith("-")):
            keep += 1
        else:
            break
    return " ".join(words[-keep:])


# A body by its own name, of any kind: "Handicaprådets møde", "Byrådet", "bestyrelsen",
# "Ankenævnet", "Beredskabskommissionen" (in a meeting question: whose meeting)
BODY_NAME = re.compile(r"\b[\wæøå]*(?:råd|udvalg|bestyrelse|nævn|kommission)"
                       r"(?:et|ets|s|en|ens)?\b", re.I)

# A body with the municipality it sits in: "børneudvalget i Greve", "mødet i Ballerup"
BODY_IN_PLACE = re.compile(r"(?:[uU]dvalg\w*|byråd\w*|kommunalbestyrelse\w*|møde\w*)\s+i\s+"
                           r"([A-ZÆØÅ][\wæøå-]+)")
# Another body's meeting, named by its acronym: "KKR-mødet", "MED-mødet".
_ACRONYM_MEETING = re.compile(r"\b[A-ZÆØÅ]{2,}-?møde\w*")
# An act of a forum outside the committees, by its usual short name: "Blev retningslinjen
# vedtaget i Hoved-MED i oktober 2023?", "godkendt i KKR" (the staff's MED system, the
# mayors' KKR, KL, the labour-market RAR/LBR)
_ACTED_IN_FORUM = re.compile(r"\b(?:vedtaget|godkendt|besluttet|behandlet|vedtog|godkendte|"
                             r"besluttede|behandlede)\s+(?:i|af|på)\s+(?:[\wæøå]+-)?"
                             r"(?:MED|KKR|KL|RAR|LBR)\b")


# The council as the one that decided: "hvad endte byrådet med at beslutte om …?",
# "hvornår vedtog kommunalbestyrelsen …?". A committee's minutes tell its decision only
# when a later item reports it.
_COUNCIL = r"(byråd\w*|kommunalbestyrelse\w*)"
_COUNCIL_DECIDED = re.compile(
    _COUNCIL + r"\s+(?:\w+\s+){0,2}?(?:besluttede|vedtog|godkendte|bevilgede|afgjorde|"
    r"sagde|endte)\b|\b(?:besluttede|vedtog|godkendte|bevilgede|afgjorde|endte)\s+"
    + _COUNCIL,
    re.I)

# A body the matter goes to, not the one that acts: "sendte nøgletallene videre til
# Økonomiudvalget"
_TO_BODY = re.compile(r"\b(?:videre\s+)?til\s+(?:[\wæøå]+(?:-|,)?\s+(?:og\s+)?){0,3}?"
                      r"[\wæøå]*udvalg(?:et|ets|s)?\b", re.I)


def names_other_body(text: str, archive_committees: list[str]) -> bool:
    """Does the question name a committee the archive does not hold, or another body's
    meeting ("hvad besluttede Økonomiudvalget i oktober 2023?", "udfaldet af KKR-mødet
    i februar 2015")? Its period is then that body's, reported in later minutes."""
    if _ACRONYM_MEETING.search(text) or _ACTED_IN_FORUM.search(text):
        return True
    if _COUNCIL_DECIDED.search(text) and not archive_committees:
        return True
    # a body the matter went to is not the one that acted: "sendte nøgletallene videre
    # til Økonomiudvalget"
    text = _TO_BODY.sub(" ", text)
    return committee_mention(text) is not None and not archive_committees


def named_body(text: str) -> str | None:
    """The other body a question names, as one word to look for in the minutes:
    "Klima- og Miljøudvalget" → "Miljøudvalget", "KKR-mødet" → "KKR"."""
    m = _ACRONYM_MEETING.search(text)
    if m:
        return re.sub(r"-?møde\w*$", "", m.group(0))
    m = _COUNCIL_DECIDED.search(text)
    if m:
        return (m.group(1) or m.group(2)).lower()
    mention = committee_mention(_TO_BODY.sub(" ", text))
    return _WORD_RE.findall(mention)[-1] if mention else None


def body_as_named(text: str, word: str) -> str:
    """The body's full name as the question writes it: "Klima- og Miljøudvalget"."""
    m = re.search(r"(?:[A-ZÆØÅ][\wæøå]*-,?\s+(?:og\s+)?)*" + re.escape(word), text)
    return m.group(0) if m else word


def committee_mention(text: str) -> str | None:
    """The words naming a committee: from the start of their run of words, commas and
    hyphens through the first word ending in "udvalg(et|s|ets)" (not bare "udvalget").

    >>> committee_mention("hvad besluttede Social- og Sundhedsudvalget i juni?")
    'hvad besluttede Social- og Sundhedsudvalget'
    >>> committee_mention("hvad sagde udvalget?") is None
    True
    """
    return next(iter(committee_mentions(text)), None)


def committee_mentions(text: str) -> list[str]:
    """Every run of words naming a committee, in order: "Ekspertudvalget vil have
    løntimer. Vedtog Ballerups erhvervsudvalg noget?" names two."""
    found = []
    for run in _RUN_RE.finditer(text):
        start = run.start()
        before = ""
        for word in _WORD_RE.finditer(text, run.start(), run.end()):
            # ... or a capitalised "Udvalg" after a capitalised word: "Teknisk Udvalg",
            # "Økonomisk Udvalg" (Aarhus writes its committees in two words)
            # (not an owner's genitive: "Syddjurs Kommunes Udvalget for plan, …")
            two_words = word.group(0) in _UDVALG and before[:1].isupper() and not (
                before.endswith("s") or before in ("Kommune", "Det", "Den"))
            before = word.group(0)
            if _COMMITTEE_WORD_RE.fullmatch(word.group(0)) or two_words:
                mention = text[start : word.end()].strip(" ,")
                if mention.lower() not in ("udvalget", "udvalg", "udvalgets"):
                    found.append(mention)
                start = word.end()
    return found


# A body of a named municipality: "Odense Kommunes teknik- og miljøudvalg", "Gladsaxes
# byråd", "Beskæftigelsesudvalget i Furesø Kommune" (not "samarbejdet med Gladsaxe").
_MUNICIPALITY = "|".join(sorted(MUNICIPALITIES, key=len, reverse=True))
_BODY_WORDS = r"(?:\w*udvalg\w*|[Uu]dvalg|byråd\w*|kommunalbestyrelse\w*)"
_FOREIGN_BODY = re.compile(
    rf"\b({_MUNICIPALITY})(?: Kommunes|s)\s+(?:\S+\s+){{0,4}}?{_BODY_WORDS}\b|"
    rf"\b{_BODY_WORDS}\s+i\s+({_MUNICIPALITY})\b")


def foreign_body(text: str, archive: Collection[str]) -> str | None:
    """The municipality whose committee or council the question asks about when the
    archive holds none of its minutes ("Hvad besluttede Beskæftigelsesudvalget i Furesø
    Kommune …?" of an archive of Ballerup and Greve), else None.

    >>> foreign_body("Hvad har Odense Kommunes teknik- og miljøudvalg besluttet?", ["Greve"])
    'Odense'
    >>> foreign_body("Hvad sagde teknikudvalget i Greve?", ["Greve"]) is None
    True
    """
    own = {m.lower() for m in archive}
    for m in _FOREIGN_BODY.finditer(text):
        name = m.group(1) or m.group(2)
        if name.lower() not in own:
            return name
    return None
