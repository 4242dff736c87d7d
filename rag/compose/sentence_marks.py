"""Marks of what a sentence of the minutes does, for the fact composer's choice: it
names who is in charge, gives an address, names a politician with the party letter,
records a vote or a minority's statement."""

from __future__ import annotations

import re

from referat import values as vals
from referat.values import PERSON

# A unit, firm or person in charge of something: "Det er Forebyggelsesenheden, der står
# for kurserne", "… har den daglige projektledelse".
IN_CHARGE = re.compile(r"\b(?:står|stod) for\b|\bvaretager\b|\bdriver\b|\bhar ansvaret\b|"
                       r"\bprojektledelse\w*|\bafholder\b|\barrangerer\b", re.I)
ADDRESS = re.compile(r"[\w.-]+@[\w-]+\.[\w.]+|\b(?:tlf\.?|telefon)\s*(?:nr\.?\s*)?\d", re.I)
# A name with its party letter: "Marc Genning (V)", "Anja Holtze (A)"
PARTY_AFTER_NAME = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]+(?:\s+[A-ZÆØÅ][\w-]+)+\s+\([A-ZÆØÅ]{1,3}\)")
VOTE_LINE = re.compile(r"\bstemte\b|\bundlod\b|\bkunne ikke tiltræde\b", re.I)
MINORITY = re.compile(r"mindretal|standsningsret", re.I)
# A body that acts, by name: "Hovedudvalget", "Embedsmandsudvalget for Vækst …".
# ("Ungesporet", "Center for Arbejdsmarked"; "Det er jobcenteret, der bevilger …")
BODY_NAME = re.compile(r"\b[A-ZÆØÅ][\wæøå-]*(?:udvalg|råd|enhed|sekretariat|styrelse|"
                        r"center|centret|centeret|spor|team|afsnit|forvaltning|netværk|"
                        r"forummet|forum)"
                        r"(?:et|en|s|tet)?\b|"
                        # the municipality's management acting: "Direktionen … har bedt om",
                        # "på direktionens foranledning", "Borgmesteren har …"
                        r"\b(?:[Dd]irektion|[Kk]ommunaldirektør|[Bb]orgmester|[Ll]edelse)"
                        r"(?:en|ens)?\b(?=[^.]{0,60}\b(?:har|havde|bad|bedt|ønsk\w*|"
                        r"besluttede|foranledning|bestilt\w*|igangsat\w*))|"
                        r"\bCent(?:er|ret|eret|rene) for [A-ZÆØÅ]|"
                        r"\b[Dd]et er (?:\w+\s){0,2}\w+(?:et|en|erne), der\b|"
                        # "Ballerup Kommune har via alle fagcentre lavet et udkast"
                        r"\bvia (?:alle |de |sine )?\w*(?:centre|centrene|afdelinger|"
                        r"afdelingerne|enheder|enhederne)\b|"
                        # a body by its acronym, acting: "STAR anbefaler kommunerne …"
                        r"\b(?-i:[A-ZÆØÅ]{2,6})s? (?:anbefal|foreslå|foreslog|mene|vurder|"
                        r"konklud)\w*|"
                        # an organisation by its kind and name: "under foreningen Lev, som
                        # laver løntilskudsjob …"
                        r"\b(?:[Ff]oreningen|[Vv]irksomheden|[Ff]irmaet|[Ss]elskabet|"
                        r"[Oo]rganisationen)\s(?-i:[A-ZÆØÅ])\w+")
# People by their role, who do something: "tre virksomhedskonsulenter, der hjælper …"
# ... or by name after the role: "en ekstern konsulent, Niras, …"
ROLE_WHO = re.compile(r"\b\w*(?:konsulent|leder|chef|medarbejder|koordinator|mentor)"
                       r"(?:en|er|erne|e)?,? (?:(?:der|som) \w+|(?-i:[A-ZÆØÅ])\w+)", re.I)


# A figure with its unit, as a question states it and a sentence repeats it: "i over 3
# år", "i over tre år", "over 50 pct."
_FIGURE_UNIT = re.compile(r"\b(\d+(?:[,.]\d+)?|to|tre|fire|fem|seks|syv|otte|ni|ti)\s*"
                          r"(år|måned|uge|dag|time|pct|procent|kr)\w*", re.I)


def own_figures(text: str) -> frozenset[tuple[float | None, str]]:
    """The figures with units a text states: "i over tre år" → {(3.0, "år")}.

    >>> sorted(own_figures("17 pct. har været på ydelsen i over 3 år"))
    [(3.0, 'år'), (17.0, 'pct')]
    """
    return frozenset((vals.parse_number(n), u.lower()) for n, u in _FIGURE_UNIT.findall(text))


def only_asked_people(sentence: str, question: str) -> bool:
    """Are the sentence's people all named by the question? "Hvem afløste Palle Jacobsen
    i Seniorrådet?" is not answered by "Palle Jacobsen er død, suppleant indkaldt."

    >>> only_asked_people("Palle Jacobsen er død.", "Hvem afløste Palle Jacobsen?")
    True
    """
    # (by the name's last two words: "Greve Seniorråd Palle Jacobsen" runs on from a title)
    people = [" ".join(v.text.split()[-2:])
              for v in vals.find_values(sentence, frozenset({PERSON}))]
    asked = question.lower()
    return bool(people) and all(p.lower() in asked for p in people)


# A sentence that restates the value of the one before in other units ("Det svarer til
# cirka 40-45 borgere", "Det er en stigning på 47.907 borgere …")
RESTATES_BEFORE = re.compile(r"(?:det|dette|hvilket)\s+(?:svarer|svarede|svarende|udgør|"
                             r"udgjorde|betyder|betød|er\s+(?:en|et)\s+(?:stigning|fald|"
                             r"forøgelse|reduktion|nedgang))\b", re.I)
WHO_SAID = re.compile(r"\b(?:hvem|hvilke[nt]?\s+\w+)\s+(?:\w+\s+){0,2}?(?:mente|sagde|skrev|"
                      r"foreslog|ønskede|udtalte|anbefalede|bemærkede|påpegede)\b", re.I)
EXPLAIN_ASKED = re.compile(r"^\s*(?:hvad er|hvad var|hvad (?:går|gik) .+ ud på|hvorfor|"
                           r"hvordan)\b", re.I)
# A programme's line naming who does it: "kl. 17:20: Foredrag v/ Anne Glad",
# "Introduktion til processen v. Johan Galster, We Do Democracy"
BY_PERSON = re.compile(r"\bv(?:/|\.)\s*(?:[a-zæøå-]+\s+){0,3}?[A-ZÆØÅ][a-zæøåé]+\s+[A-ZÆØÅ]")
