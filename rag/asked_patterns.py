"""The asked-type patterns: which kind of value a question asks for, in order of
precedence ("hvor mange procent" is a percentage before it is a count, "hvor mange
penge" an amount). `intent.asked_type` reads them after its own exceptions.

All patterns are anchored word alternatives: linear in the question's length.
"""

from __future__ import annotations

import re

from referat.values import (
    AMOUNT,
    COUNT,
    DATE,
    DURATION,
    FREQUENCY,
    PARTY,
    PERCENT,
    PERSON,
    PLACE,
    RANK,
)

from .roles import PERSONS_ASKED

QUANTITY = "quantity"  # some figure, whichever kind ("hvor meget", "hvor stor")

# A compound whose head is no sum: "budgetramme", "budgetaftale", "bevillingsområde".
NOT_MONEY_HEAD = r"(?!s?(?:ramme|aftale|område|forlig|konto|post|periode|proces|forhandling)\w*)"
# (type, pattern) in order of precedence: "hvor mange procent" is a percentage before
# it is a count, "hvor mange penge" an amount.
ASKED: list[tuple[str, re.Pattern[str]]] = [
    # how often: "hvor tit skal udvalget have status …?", "med hvilket interval …?"
    (FREQUENCY, re.compile(r"\bhvor\s+(?:ofte|tit|hyppigt)\b|\bmed hvilke[nt]?\s+(?:interval|"
                           r"mellemrum|hyppighed)\b", re.I)),
    # a place in a ranking: "hvilken placering fik Ballerup …?", "hvor godt har Ballerup
    # placeret sig …?" (not "placeringen af jobcentret": where it lies)
    (RANK, re.compile(r"\b(?:hvilken|hvad\s+var\s+\w+\s+)\s*(?:placering|plads)\b"
                      r"(?=[^?]*\b\w*(?:rapport|indeks|undersøgelse|rangliste|måling|sammenligning|"
                      r"region|landet|kommuner(?:ne)?|blandt|benchmark|hovedstadsområde|"
                      r"landsplan)\w*)|"
                      r"\bplaceret\s+(?:sig|som)\b|\bnummer\s+hvad\b|"
                      # "hvor placerede Ballerup sig blandt …?", "hvordan placerer vi os?"
                      r"\b(?:hvor|hvordan)\s+(?:placerede|placerer|lå|ligger|rangerede|"
                      r"rangerer)\b(?=[^?]*\b(?:blandt|region\w*|landet|kommuner(?:ne)?|"
                      r"rangliste\w*|ud af)\b)", re.I)),
    (PERCENT, re.compile(r"\b(hvor mange procent|procent\w*|hvor stor (?:en )?(?:andel|del\b|"
                         r"brøkdel)|"
                         # "ledighedsprocenten", "erhvervsfrekvensen" (a compound's head)
                         r"\w+s?(?:procent|frekvens)(?:en|er|erne)?|"
                         r"andel\w*|pct)\b", re.I)),
    # "Koster energitjekket millioner?", "Hvad betaler Pantheon for grunden?"
    (AMOUNT, re.compile(r"^\W*kost(?:er|ede)\b|\bhvad betal(?:er|te|es)\b(?=[^?]*\bfor\s+\w)|"
                        # "Hvad er lejen i aftalen …?", "hvor høj er huslejen?"
                        r"\b(?:hvad|hvor høj)\s+(?:er|var|blev|bliver)\s+(?:den\s+)?(?:\w+ige\s+)?"
                        r"(?:hus)?lejen\b|"
                        # "Hvad skal Greve Spildevand give for de to grunde?"
                        r"\bhvad (?:\S+ ){0,4}?(?:give|giver|gav|betale|betalt) for\s+"
                        r"(?!(?:at|en|et|nogle|noget|nogen|slags|type|svar|begrundelse)\b)\w|"
                        r"\b(hvor meget (?:(?:ekstra|mere|samlet|i alt)\s+)?(?:koste\w*|kostede|"
                        r"får|fik|bevilge\w*|afsat\w*|bruge\w*|penge|støtte|betal\w*|spare\w*|"
                        r"sparede)|hvad koste\w*|"
                        # "hvor meget skulle kommunen spare ved …?": the payer named between
                        r"hvor meget (?:\S+ ){1,5}?(?:koste|spare|bevilge|betale|afsætte)\b|"
                        # "hvor meget økonomisk støtte får …?", "økonomisk tilskud"
                        r"hvor meget (?:\w+ ){1,2}?(?:penge|støtte|midler)|"
                        r"økonomisk\w* (?:støtte|bidrag|hjælp)|"
                        # "hvad regner man med, det koster om året?", "hvad vil det koste?"
                        r"hvad (?:[^\s?]+ ){1,10}?(?:koster|koste|kostede)\b|"
                        r"hvor mange (?:(?:ekstra|flere|nye) )?(?:penge|"
                        r"kroner|millioner|kr|\S*midler)|beløb\w*|(?:pris|budget|tilskud|"
                        r"udgift|omkostning|bevilling|honorar|vederlag|timeløn|gebyr|takst)"
                        + NOT_MONEY_HEAD + r"\w*|hvor dyr\w*|hvad (?:blev )?bevilge\w*|"
                        r"(?:hvor stor|hvad (?:var|er|blev))\b[^?]{0,30}?\bomsætning\w*|"
                        r"(?:hvad|hvor meget) (?:\S+ ){0,3}?omsa?(?:tte|ætter|ætte)\b|"
                        # "hvor meget må en førtidspensionist tjene ved siden af?"
                        r"hvor meget (?:\S+ ){0,4}?(?:tjene|tjener|tjente|tjent)\b|"
                        # "hvad får en 15-årig i timeløn?", "hvad tjener en elev i løn?"
                        r"hvad (?:får|fik|tjener|tjente|betales|gives)\b(?:\s+\S+){0,4}?\s+i\s+"
                        r"(?:time|måneds|års)?løn|"
                        # the unit asked: "hvad brugte Ballerup på mentorstøtte, i kroner?";
                        # the total spent: "hvad brugte kommunen i alt på …?"
                        r"i (?:kroner|kr|mio\.? kr|millioner kroner)(?=\W*$)|"
                        # "hvor stor er lønudgiften i kroner til …?" (a cost's compound)
                        r"i kroner\b|\w+udgift(?:en|er|erne)?|"
                        r"hvad (?:brugte|bruger|har \S+ brugt)\b[^?]{0,40}?\bi alt)\b",
                        re.I)),
    # "hvor lange er forløbene?" asks a duration as "hvor længe" does
    (DURATION, re.compile(r"\b(hvor længe|hvor lang tid|hvor lange?|varighed\w*)\b", re.I)),
    # "hvor meget var antallet steget?": a change, in any figure (often a percentage)
    (QUANTITY, re.compile(r"\bhvor meget\b(?:\W+\w+){0,8}?\W+(?:steget|faldet|øget|"
                          r"reduceret|ændret|vokset|forbedret|forværret)\b|"
                          # "er der blevet færre elevpladser fra 2022 til 2024?"
                          r"\b(?:er|blev|bliver) (?:der )?(?:blevet|kommet) (?:færre|flere)\b|"
                          # "Blev der flere SOSU-elever i 2022?", "kom der færre ledige?"
                          r"^\W*(?:blev|kom|bliver|kommer) der (?:færre|flere)\b|"
                          r"\b(?:flere eller færre|færre eller flere)\b|"
                          # "Seniorjob – hvordan har tallet udviklet sig fra 2015 til 2024?"
                          r"\bhvordan (?:har|er) (?:\S+ ){0,3}?(?:tallet|tallene|"
                          r"niveauet|beløbet)\b|"
                          # "Fleksjobbere: hvad viser opgørelserne for 2. halvår 2022?"
                          r"\bhvad (?:viser|viste|siger|sagde) (?:de |den |det )?(?:\w+ )?"
                          r"(?:tallene|tallet|opgørelse\w*|nøgletal\w*|statistik\w*)\b", re.I)),
    # ("optaget på merituddannelsen": the intake, a count of people)
    (COUNT, re.compile(r"\b(hvor mange|antal\w*|hvor stort (?:et )?antal|"
                       r"optag(?:et)? (?:på|til) \w*uddannelse\w*)\b", re.I)),
    # "hvor meget skal energiforbruget ned?", "hvad var måltallet for …?": some figure
    (QUANTITY, re.compile(r"\b(hvor meget|hvor stor\w*|hvor høj\w*|hvor lav\w*|"
                          # (not "hvor langt er aftalen kommet?": how it goes)
                          r"hvor langt(?!\s+(?:\S+\s+){0,5}?(?:kommet|nået)\b)|"
                          r"hvad (?:var|er|blev|bliver) (?:det |den )?"
                          r"(?:måltal\w*|tallet|niveauet|(?:\w+\s)?ledighed(?:en)?|"
                          r"arbejdsløshed(?:en)?))\b", re.I)),
    (DATE, re.compile(r"\b(hvornår|hvilken dato|hvilke datoer|hvilken dag|hvilket år|"
                      # "hvilke ugedage …?", "det præcise klokkeslæt", "på hvilket tidspunkt"
                      r"hvilke[nt]? ugedag\w*|klokkeslæt\w*|(?:hvilket|præcise|nøjagtige) "
                      r"tidspunkt|"
                      r"hvilken måned|hvilken uge|fra hvornår|til hvornår|\w*frist\w*|"
                      r"deadline|dato(?:en|er|erne)?)\b", re.I)),
    (PARTY, re.compile(r"\b(hvilke(?:t)? partie?r?|hvilket parti)\b", re.I)),
    (PERSON, re.compile(PERSONS_ASKED.pattern + r"|\b(hvem|"
                        r"hvilke (?:af (?:de )?)?(?:socialdemokrat|venstrefolk|"
                        r"konservativ|radikal|sf.er|enhedslist)\w*|"
                        # a body: "hvilket center stod bag orienteringen?"
                        r"hvilke[nt]? (?:center|centre|centret|enhed|enheder|afdeling\w*|"
                        r"forvaltning\w*|myndighed\w*|styrelse\w*|instans\w*)\b|"
                        # "hvad hedder IPS-konsulenten?" asks for a person; "hvad hedder
                        # lokalplanen?" does not
                        r"hvad hed(?:der|te)? (?:\S+ ){0,2}?\S*(?:konsulent|chef|leder|formand|"
                        r"direktør|medarbejder|borgmester|minister|ordfører)(?:en|er|erne)?)"
                        r"(?![\w-])", re.I)),
    (PLACE, re.compile(r"\b(hvor (?:ligger|foregår|foregik|afholdes|afholdtes|holdes|holdtes|"
                       r"finder|fandt|skal|gik|går|blev|bliver|er)\b(?! (?:mange|meget|"
                       r"stor|langt|længe|ofte))|hvilke(?:t|n)? (?:sted|steder|by|byer|"
                       # (whole words: "hvilke byggerier", "hvilke lokale virksomheder")
                       r"land|lande|adresse|adresser)\b|hvilket lokale\b|hvilke lokaler\b|"
                       r"hvortil|hvorhen|hvor hen|"
                       # "hvor har de deres hovedsæde?": a seat or an office is a place
                       r"hvor (?:har|havde) (?:\S+ ){0,3}?(?:hovedsæde|hovedkontor|kontor|"
                       r"adresse|til huse)\w*)", re.I)),
]


# A clause that names a meeting by what happened there, and the attendance asked of it:
# "Hvem manglede ved byrådsmødet, hvor budgettet blev vedtaget?" asks who was away
MEETING_SCENE = re.compile(r",\s*(?:hvor|da)\b[^?.;:–]*", re.I)
ATTENDANCE_ASKED = re.compile(r"^\W*(?:hvem|hvilke\s+(?:politikere|medlemmer|personer|folk))\s+"
                              r"(?:manglede|var\s+(?:fraværende|ikke\s+med|til\s+stede|med)|"
                              r"havde\s+(?:meldt\s+)?afbud|deltog|mødte|sad\s+(?:i|med)\b)\b",
                              re.I)


def without_meeting_scene(question: str) -> str:
    """An attendance question without the clause that names its meeting by what happened
    there: "Hvem manglede ved byrådsmødet, hvor budgettet blev vedtaget?" asks who was away,
    not what was decided."""
    return MEETING_SCENE.sub("", question) if ATTENDANCE_ASKED.search(question) else question


# Two ends compared, either way: "flere eller færre … fra 2023 til 2024"
EITHER_WAY = re.compile(r"\b(?:flere eller færre|færre eller flere|højere eller lavere|"
                        r"lavere eller højere|større eller mindre|mindre eller større|"
                        r"steg eller faldt|faldt eller steg|steget eller faldet|"
                        r"faldet eller steget)\b", re.I)  # (not "mere eller mindre": roughly)
FROM_TO_YEARS = re.compile(r"\bfra\s+((?:19|20)\d\d)\s+til\s+((?:19|20)\d\d)\b", re.I)
