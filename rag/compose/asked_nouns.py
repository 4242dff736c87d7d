"""What a fact question asks a sentence to name: the noun it counts ("hvor mange
borgere …"), the noun whose list it asks for ("hvilke væksttemaer …"), money asked, and
the nouns that only name the asked type ("andelen", "antallet", "beløbet").
`sentence_scores.score_sentences` reads them."""

from __future__ import annotations

import re

from referat.danish import stems

MONEY_ASKED = re.compile(r"kost|beløb|meget|budget|pris|udgift", re.I)
# (past a name that owns the counted noun: "hvor mange af Erhvervshus Hovedstadens
# corona-millioner …" counts millions, and a compound's head is what is counted)
# (a coordinated compound counts its shared head: "hvor mange elev- og praktikpladser")
# ("hvor mange pædagogiske assistenter …": the noun after an adjective before a plural)
COUNTED = re.compile(r"\bhvor mange (?:(?:nye|flere|færre|andre|forskellige|ekstra|af de|af)\s+)?"
                      r"(?:(?-i:[A-ZÆØÅ])\w*\s+)*(?:[a-zæøå]+(?:iske|ske|lige|ige|ære|elle|ale)"
                      r"\s+(?=[a-zæøå]+(?:er|ere)\b))?(?:\w+-\s+(?:og|eller)\s+)?(?:\w+-)?(\w+)",
                      re.I)
# "hvordan har antallet af ordinære stillinger udviklet sig?": the noun counted
NUMBER_OF = re.compile(r"\bantal(?:let)?\s+(?:af\s+)?(?:[a-zæøå]+e\s+(?!(?:i|på|til|fra|af|med|"
                        r"for|og|er|var|har|blev|steget|faldet)\b))?(?:\w+-\s+(?:og|eller)\s+)?"
                        r"([a-zæøå]{3,})\b", re.I)
FROM_GROUP = re.compile(r"\bhvor mange (?:\w+ )?fra\b", re.I)
# "hvilke væksttemaer …?": the sentence that names the listed noun holds the list.
LISTED = re.compile(r"\bhvilke (\w+)", re.I)
# Nouns that name the asked type, not the topic: "hvor stor en andel af de unge …" is
# answered by "4,2 pct. af kommunens unge …" as well as by "Andelen af unge … 3,9 pct.".
TYPE_NOUNS = {"percent": frozenset(stems("andel andelen procent procentdel")),
               # (and the verbs of turning up: "hvor mange mødte op til velkomstmødet?"
               # is not answered by "180 deltagere mødte op til nytårskuren")
               "count": frozenset(stems("antal antallet mødte deltog dukkede")),
               "amount": frozenset(stems("beløb beløbet penge pengene midler midlerne"))}
