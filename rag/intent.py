"""What a question asks for: the type of value (an amount, a count, a date, a person, a
place …), whether it is a yes/no question, whether it asks for a decision however it
is phrased (the role a "hvem" asks for is `roles.py`).

>>> asked_type("Hvor meget koster studieturen?"), asked_type("Hvor mange ansatte har de?")
('amount', 'count')
>>> is_yes_no("Blev besøget hos Caverion udsat?"), asked_type("Hvor ligger Caverion?")
(True, 'place')

All patterns are anchored word alternatives: linear in the question's length.
"""

from __future__ import annotations

import re

from referat.danish import own_question, statement_and_question
from referat.values import AMOUNT, COUNT, DATE, DURATION, PERCENT, PERSON, PLACE, RANK

from .asked_patterns import ASKED, NOT_MONEY_HEAD, QUANTITY
from .overview import WHEN_MENTIONED, asks_trend
from .roles import CHAIR_ASKED

YES_NO, FREE = "yesno", "free"
# Asked types that are a value in the text (a decision answers none of them by itself).
VALUE_TYPES = frozenset({AMOUNT, COUNT, PERCENT, DURATION, DATE, PLACE, QUANTITY, RANK})

# "hvad skal udvalgets budget betale?" asks what it pays for (transport, overnatning),
# not an amount; "hvem står for projektledelsen?" may be answered by a unit or a firm.
_WHAT_IT_COVERS = re.compile(r"\bhvad (?:skal|skulle|vil|dækker|betaler|finansierer)\b"
                             r"(?:\s+\S+){0,6}?\s+(?:betale|dække|finansiere)\b|"
                             r"\bhvad (?:dækker|finansierer)\b|"
                             r"\bhvad betaler\b(?![^?]*\bfor\s+\w)", re.I)  # (not "… for grunden")
_WHO_RUNS = re.compile(r"\bhvem (?:står|stod) (?:for|bag)\b|\bhvem (?:driver|drev|har ansvar\w*|"
                       r"havde ansvar\w*|er ansvarlig|var ansvarlig|holder|holdt|afholder|"
                       r"afholdt|leverer|tilbyder|arrangerer|arrangerede|organiserer|"
                       r"skal lede|skulle lede|leder|ledede|har købt|købte|overtager|"
                       r"overtog|(?:skal |skulle )?(?:køre|kører|kørte)|"
                       # a letter's sender is often a body: "hvem havde skrevet til udvalget?"
                       r"(?:har |havde )?(?:skrevet|skrev|sendt|sendte|henvendt sig|"
                       r"henvendte sig))\b", re.I)
# Who may take part: a group of citizens, not a name ("Hvem kan komme i et IPS-forløb?"
# — "Borgere, der er i … psykiatrisk behandling, … kan deltage").
# ("hvem skal inviteres til iværksætterdagen?": "virksomheder og repræsentanter …")
_WHO_MAY = re.compile(r"\bhvem (?:kan|må|skal|vil) (?:\w+ ){0,2}?(?:komme|deltage|få|søge|modtage|"
                      r"benytte|bruge|tilmelde|henvises|visiteres|inviteres|indbydes|"
                      r"inddrages|involveres|målrettes|mødes)\b|"
                      # "hvem mødes til det årlige arrangement?": the groups that meet
                      r"\bhvem (?:mødes|mødtes|samles|samledes)\b|"
                      # "Hvem får tildelt en ungeguide?": who receives it, a group
                      r"\bhvem (?:får|modtager|tildeles|er omfattet|har ret til)\b",
                      re.I)
# "hvor mange <noun>" counts the noun, even next to a money word; not "hvor mange penge",
# "hvor mange procent".
_HOW_MANY_NOT_MONEY = re.compile(r"\bhvor mange (?!(?:ekstra |flere |nye )?(?:penge|kroner|"
                                 r"kr\b|mio|millioner|milliarder|procent|pct|\S*midler))\w+",
                                 re.I)
# A question that starts with a finite verb is answered yes or no.
_YES_NO = re.compile(
    # not a request: "kan du fortælle mig, hvilke firmaer …?"
    r"^\s*(?!(?:kan|kunne|vil|ville) (?:du|I|De)\b)"
    r"(?:(?:er|var|blev|bliver|skal|skulle|har|havde|kan|kunne|vil|ville|må|fik|får|"
    r"gik|går|godkendte|godkender|besluttede|vedtog|stemte|tog|sagde|valgte|ønskede|endte|"
    r"sad|sidder|kom|kommer|gav|giver|lå|ligger|stod|står|så|fandt|findes|holdt|deltog|"
    r"deltager|mødte|nåede|når|betød|betyder|"
    r"anbefalede|anbefaler|afviste|udsatte)\b|(?:passer det|er det (?:rigtigt|korrekt|"
    # (not a name that opens the question: "Mette Vaaben Mortensen titel 2023")
    r"sandt)|stemmer det)\b|(?!(?-i:[A-ZÆØÅ])\w+\s+(?-i:[A-ZÆØÅ]))"
    r"(?!hv|der\b|her\b|hver\b|efter\b|over\b|under\b|"
    r"flere\b|mere\b|andre\b|\w+ste\b)[a-zæøå]{3,}(?:er|ede|te)\s+(?:den|det|de|man|han|"
    r"hun|vi|jeg|du|\w+(?:et|en|ne|erne|ene)|\w+-)(?![\w-]))", re.I)
# Postponed, not vulnerable: "blev punktet udsat?", "udsatte udvalget sagen?", "udsættes"
# — not "at være udsat", "socialt udsatte borgere", "udsattestrategien".
POSTPONED = (r"(?<!være )(?<!er )(?<!var )(?<!socialt )(?<!særligt )(?<!mest )(?<!de )"
             r"\b(?:udsat(?:te|tes)?|udsætte\w*)\b(?!\s+(?:for|borgere|unge|familier|grupper|"
             r"børn|personer|borger|ledige|boligområder|områder)\b)")
# Decision questions however they are phrased: "hvad gjorde udvalget med …", "hvad kom
# der ud af …", "hvordan endte …", "blev … udsat/godkendt", "skal kommunen …?".
# Who decides, as a question names it ("udvalget", "udv.", "politikerne", "byrådet", "de")
BODIES = r"udvalg\w*|udv\b|politiker\w*|kommunalbestyrelse\w*|byråd\w*|fagudvalg\w*"
# A committee by its name, in two or three parts too: "udvalget", "Teknik- og
# Miljøudvalget", "Børne-, Kultur- og Fritidsudvalget"
_COMMITTEE = r"(?:[\wæøå]+-,?\s+(?:og\s+)?){0,3}[\w-]*udvalget"
_BODY_WORD = rf"(?:\w*(?:{BODIES})|de|man)"
# Initials ending in U that name no committee: the EU, schools and unions ("hvad siger EU
# om …?", "FGU", "DTU"); "ØU", "KTU", "EBU" are committees.
_INSTITUTIONS = "EU|FGU|STU|AMU|DTU|SDU|DBU|SOSU|UU|EGU|KU|RUC|AAU|CBS"
DECISION = re.compile(
    POSTPONED + r"|\b(beslut\w*|vedt\w*|godken[dt]\w*|hvad skete|udfald\w*|"
    r"hvad blev (?:der )?(?:besluttet|vedtaget|resultatet|valgt)|efterretning|afgjort|"
    r"hvad valgte (?:de|man|udvalget|politikerne)\b|"  # (a choice among the proposals)
    # (not what a report concluded: "hvad konkluderede Cowis notat?")
    r"konklu\w*(?!\s+(?:\w+s\s+)?(?:notat|rapport|analyse|undersøgelse|evaluering)\w*)|"
    r"noter(?:et|ede)|grønt lys|"  # "blev det bare noteret?", "fik planen grønt lys?"
    # an approval in everyday words: "fik den et ok på mødet?", "blev planen ok'et?"
    r"(?:et|sit) (?:ok|okay)\b|ok['’]?(?:et|ede)\b|blåstempl\w*|"
    # ("hvad gjorde det ballerupske udvalg med dem?", "… Ballerups udvalg …")
    r"(?:hvad|hvordan) (?:gjorde|stillede|forholdt|håndterede) (?:de|man|"
    r"(?:(?:det|den|de) \w+e |\w+s )?(?:\w*udvalg\w*|"
    r"udv\b|politiker\w*|kommunalbestyrelse\w*|byråd\w*))\b|"
    r"(?:stillede|forholdt) (?:udvalget|de|man|politikerne) sig|tog (?:\w+ )?stilling|"
    # ("hvordan forholdt erhvervs- og beskæftigelsesudvalget sig til dem?": a body by name)
    r"(?:stillede|forholdt) (?:\S+ ){0,3}?\w*(?:udvalg|byråd|kommunalbestyrelse)\w* sig\b|"
    r"gjorde (?:udvalget|politikerne|de|man) (?:\w+ )?noget|"
    # "Gik udvalget med til udkastet?", "Gjorde udvalget mere end at notere tallene?"
    rf"gik {_BODY_WORD} (?:\w+ )?med til (?!\w*møde)|"
    rf"gjorde {_BODY_WORD} (?:\w+ )?(?:mere|andet) end at|"
    r"greb (?:udvalget|politikerne|de|man) (?:\w+ )?ind|"
    # "hvilke forbehold tog udvalget?", "hvilke bemærkninger havde politikerne?": the
    # decision's remarks
    rf"hvilke[nt]? (?:forbehold|bemærkning\w*|betingelse\w*|krav|ønske\w*) (?:\w+ )?"
    rf"(?:tog|havde|stillede|gav|knyttede|tilføjede|kom) (?:\w+ )?{_BODY_WORD}|"
    # ("hvilken ændring lavede økonomiudvalget i kodekset?": the decision's change, made
    # by a body — not "hvilke ændringer havde de nye regler?")
    rf"hvilke[nt]? (?:ændring\w*|rettelse\w*|tilføjelse\w*) (?:\w+ )?(?:lavede|foretog|"
    rf"tilføjede|gav) (?:\w+ )?\w*(?:{BODIES})|hvad (?:ændrede|rettede) \w*(?:{BODIES})|"
    r"hvad kom der ud af|sendt videre|sendte (?:\S+ ){1,8}?videre|oversendt|videresendt|"
    r"endte (?:\w+ ){0,8}?med|"
    # who decides: "hvem har det endelige ord om …?", "hvem træffer beslutningen?"
    r"hvem (?:har|får|havde|fik) (?:det )?(?:endelige|sidste) ord|"
    r"hvem (?:træffer|tager|traf|tog) (?:den )?(?:endelige )?beslutning\w*|"
    # "hvad ville udvalget videre med nøgletallene?": what it did with them next
    rf"hvad (?:vil|ville|skal|skulle) {_BODY_WORD} (?:\w+ )?videre med|"
    # "Sagde politikerne ja til …, eller var det bare en orientering?"
    rf"(?:sagde|siger) {_BODY_WORD} (?:ja|nej) til|{_BODY_WORD} (?:\w+ )?(?:sagt|sagde) "
    r"(?:ja|nej) til|eller (?:var det |blev det )?(?:bare|kun) (?:en )?(?:orientering|fyi)|"
    r"(?:skrottet|droppet|beholdt|bevaret|videreført|forlænget|stoppet) eller|"
    # "hvad landede politikerne på?", "hvor endte den sag henne politisk?"
    r"hvad landede (?:de|man|(?:\w+s )?(?:\w*udvalg\w*|politiker\w*|byråd\w*|"
    r"kommunalbestyrelse\w*)) på|hvor endte (?:\S+ ){0,4}?henne|"
    r"hvad (?:blev|var) (?:der )?(?:gjort|udfaldet)|"
    r"hvordan (?:endte|gik det|blev)|resultat\w*|afvist\w*|afvise\w*|anbefal\w*|"
    r"(?:sagde|sagt) (?:ja|nej)|bakkede (?:\S+ ){0,2}?op|tilsluttede|"
    # "Fik forslaget politisk opbakning på mødet?"
    r"politisk opbakning|fik (?:\S+ ){0,15}?opbakning|hvad (?:sagde|mente|"
    r"syntes|siger|mener) (?:" + _COMMITTEE + r"|byrådet|kommunalbestyrelsen|politikerne|de|man|"
    # (a committee by its initials: "hvad sagde ØU til …?"; not an institution's)
    rf"(?-i:(?!(?:{_INSTITUTIONS})\b)[A-ZÆØÅ]{{1,4}}U)(?![\w'’-]))|"
    # the committee's wish, said in its decision: "hvad ville Plan- og Tryghedsudvalget
    # have undersøgt?", "hvad bad udvalget om?"
    r"hvad (?:ville|ønskede|ønsker|bad) (?:" + _COMMITTEE + r"|byrådet|kommunalbestyrelsen|"
    r"politikerne)|"
    # the committee's view, asked in any frame: "i hvilke råd mente udvalget, at …?"
    r"(?:mente|mener|syntes|synes) (?:" + _COMMITTEE
    + r"|byrådet|kommunalbestyrelsen|politikerne))\b"
    # ("hvilken løsning valgte teknikudvalget?", "hvilken model for X valgte udvalget?":
    # the choice the committee made; not "hvilken virksomhed valgte udvalget at besøge?")
    r"|\bhvilke[nt]?\s+(?:[\wæøå-]+\s+){1,7}?(?:valgte|vedtog|godkendte|anbefalede)\s+"
    r"(?:" + _COMMITTEE + r"|byrådet|kommunalbestyrelsen|politikerne)\b(?!\s+at\b)"
    r"|(?:^|[–:?.]\s*)(?:trak|gav|tog|satte|sendte|bevilgede|valgte|droppede|stoppede|"  # "Trak
    r"lukkede|afviste|godkendte|vedtog|støttede|anbefalede|udsatte)\s+"  # udvalget støtten?"
    r"(?:" + _COMMITTEE + r"|byrådet|kommunalbestyrelsen|politikerne)\b"
    # the proposal, a remark or a stance: "hvad var indstillingen?", "hvilken holdning …"
    r"|\b(?:indstil\w*|bemærk\w*|holdning\w*|hvad endte|hvad (?:blev|kom) der (?:ud )?af|"
    r"gik (?:\S+ ){0,6}?igennem)\b"
    # a yes/no question on what the committee did: "Gav erhvervsudvalget penge til …?"
    r"|(?:^\s*|\bat\s+)(?:(?:fik|ville|skulle|skal|kunne|(?!(?:mødte|stemte|mente)\b)[a-zæøå]{3,}(?:ede|te))\s+"
    r"(?!\S+\s+(?:\S+\s+)?have\b)"  # not what was to have been: "skulle udvalget have …?"
    r"(?:\w*udvalget|politikerne|kommunalbestyrelsen|byrådet)\b|"
    r"(?:\w*udvalget|politikerne|kommunalbestyrelsen)\s+(?:\S+\s+){0,3}?"
    r"(?:gav|satte|sendte|bevilgede|ansatte|indførte|valgte|droppede|stoppede|lukkede)\b|"
    # "Har erhvervsudvalget indført arbejdspligt …?"
    r"^\s*(?:har|havde)\s+(?:\w*udvalget|politikerne|kommunalbestyrelsen)\s+"
    r"(?:\S+\s+){0,3}?(?:givet|sat|sendt|bevilget|ansat|indført|valgt|"
    r"droppet|stoppet|lukket|besluttet|vedtaget)\b|"
    r"^\s*fik\s+(?:\w+\s+){1,2}?lov\s+til\b)", re.I)

# The committee (or "de", "man", the politicians) as the one who acts.
_BODY = re.compile(rf"\b(?:{BODIES})\b", re.I)
_COMMITTEE = re.compile(rf"\b(?:{BODIES}|de|man)\b", re.I)
# "Hvor mange deltog …", "hvor mange mødte op …": a count of people.
ATTENDANCE = re.compile(r"\bhvor mange (?:deltog|deltager|deltagere|mødte|kom|var med|"
                        r"tilmeldte)\b", re.I)
# What an attendance count counts: "150 deltagere", "27 borgere", "21 virksomheder".
PEOPLE_NOUNS = ("deltagere", "borgere", "personer", "gæster", "medlemmer", "virksomheder",
                "elever", "ansatte", "politikere", "tilmeldte", "unge", "medarbejdere",
                "ledige", "modtagere", "pensionister", "børn", "beboere", "brugere")


def decided_by_committee(question: str) -> bool:
    """"Hvad blev udfaldet, da politikerne tog emnet op?" — not "hvad blev resultatet?"."""
    return asks_decision(question) and committee_acts(question)


def committee_acts(question: str) -> bool:
    """Does the question name the committee (or "de"/"man") as the actor ("Hvornår
    besluttede udvalget …?", not "Hvornår vedtog Hoved-MED retningslinjen?")?"""
    return bool(_COMMITTEE.search(question))


# A yes/no question about how things are, not what was done: "Har Caverion et konkret
# klimamål?", "Er iværksættere fra DTU tænkt ind?" (not "Har udvalget …", "Er det rigtigt …")
_STATE = re.compile(r"^\W*(?:har|havde|er|var|betaler|betalte|dækker|dækkede)\s+(?!(?:det|"
                    r"der|de|man|I|vi|han|hun|nogen|"
                    r"nogle)\b|\w*udvalg|politiker|byråd|kommunalbestyrelse)\w", re.I)
# ... nor whether someone was at the meeting ("Var næstformanden til stede?")
_PRESENT = re.compile(r"\b(?:til stede|med (?:til|på|ved)|deltog|fraværende|afbud)\b", re.I)


def asks_state(question: str) -> bool:
    """Does the question (after any lead-in) ask whether something is so?"""
    return bool(_STATE.match(_LEAD_IN.split(question)[-1])) and not (
        DECISION.search(question) or _PRESENT.search(question))


def names_body(question: str) -> bool:
    """Does the question name a committee, council or the politicians ("har jeres udvalg
    sidste ord …?"), not just "de" or "man"?"""
    return bool(_BODY.search(question))


# A subordinate clause names a condition, not what is asked: "hvad skal der tages hensyn
# til, hvis man skærer ned på antallet af politikere?" asks for no count; nor does a yes/no
# question on a change in it ("Betød faldet i antallet …?"; not "Nævner I antallet …?").
_CHANGED = re.compile(r"\b(?:fald\w*|stig\w*|steg\w*|øge\w*|ændr\w*|højere|lavere|flere|"
                      r"færre|skære\w* ned|skåret ned|skar \w+ ned|reducer\w*|nedbring\w*|"
                      r"hæve\w*|sænke\w*)\b", re.I)
_THAT_CLAUSE = re.compile(r"(?:,\s*|\s)at\s", re.I)
_SUBCLAUSE = re.compile(r"(?:,\s*|\s)(?:hvis|når|fordi|selvom|såfremt|efter at|inden)\s", re.I)
# ... and one the question opens with, before its comma: "hvis der skal skæres ned på
# antallet af politikere, hvilke forbehold tog udvalget?" asks for the reservations
_LEADING_SUBCLAUSE = re.compile(r"^\W*(?:hvis|når|selvom|såfremt|efter at|inden)\s[^,?]*,\s*"
                                r"(?=hv\w+\b)", re.I)


# "hvem skal jeg skrive til, hvis jeg vil tilmeldes?", "hvor tilmelder man sig?": how to
# reach someone (an e-mail address, a phone number, a name), not a person as such.
_CONTACT = re.compile(r"\b(?:hvem|hvor|hvordan)\b[^?]{0,40}?\b(?:skrive\w*|sende\w*|"
                      r"henvende\w*|kontakte\w*|ringe\w*|tilmelde\w*)\b", re.I)


def asks_contact(question: str) -> bool:
    return bool(_CONTACT.search(question))


STATED_VALUE = re.compile(r"\d[\d.,]*\s*(?:%|pct\b\.?|procent\w*|mio\b\.?|mia\b\.?|"
                           r"million\w*|milliard\w*|kr\b\.?|kroner)", re.I)


_FIRST_ASK = re.compile(r"\W*(hvornår|hvordan|hvorfor)\b", re.I)  # the opening question word
# A verb whose object is a question: "finde ud af, hvor mange …", "undersøge, hvem …"
_DECIDED_EMBEDDED = re.compile(r"\b(?:for|om|af|over|til)\s*,?\s*(?=hv\w+\b)", re.I)
_EMBEDDED = re.compile(r"\b(?:finde ud af|undersøge|vurdere|opgøre|afklare|afdække|kortlægge)"
                       r"\s*,?\s*(?=hv\w+\b)", re.I)


# What the committee did, asked as such (not "hvad blev resultatet?", often a figure)
_ACTED = re.compile(r"\b(?:besluttede|vedtog|godkendte|satte|gjorde|greb|landede|endte|afviste|"
                    r"udsatte|bevilgede|tog (?:\w+ )?stilling)\b", re.I)


def given_values_dropped(question: str) -> str:
    """A figure a decision question states is given, not asked: "Søgningen faldt til 16,3
    pct. i 2022 – satte politikerne noget i gang?" asks no percentage. (In "faldt 13 pct.
    – hvad var faldet i hovedstadsområdet?" the figure says what is asked: kept.)"""
    return STATED_VALUE.sub(" ", question) if _ACTED.search(question) else question


# Was it unanimous? "Var valget enstemmigt?", "var udvalget enigt om …?" — asked of a
# decision, answered by its vote lines (not "blev de enige om …", agreed on).
UNANIMITY = re.compile(r"\b(?:enstemmig\w*|(?:var|er|være)\s+(?:\S+\s+){0,3}?(?:u)?enig(?:e|t)?|"
                       r"(?:var|er|fuld\w*)\s+(?:\S+\s+){0,2}?(?:u)?enighed)\b", re.I)


def asked_type(question: str) -> str:
    """The type of value the question asks for, `yesno`, or `free` (explain, describe).

    >>> asked_type("Hvad skal der tages hensyn til, hvis man skærer ned på antallet?")
    'free'
    >>> asked_type("Hvor meget var antallet af praktikker steget?")
    'quantity'
    """
    question = own_question(question, decided_by_committee)  # "Antallet steg – nøjedes …?"
    tail = _LEAD_IN.split(question)[-1]
    if tail != question and re.match(r"\W*hv(?!is\b)", tail, re.I):
        # the question after its scene asks the type, when it names one: "Til
        # budgetnotatet: hvor stor er lønudgiften i kroner?" asks an amount, whatever
        # the scene's words ("budgetnotatet") would say
        kind = asked_type(tail)
        if kind not in (FREE, YES_NO):
            return kind
    main = given_values_dropped(_SUBCLAUSE.split(_LEADING_SUBCLAUSE.sub("", question),
                                                 maxsplit=1)[0])
    if is_yes_no(question):
        # "vedtog politikerne, at der skulle laves en kortlægning af, hvor mange …?": the
        # at-clause is what was decided, not the value asked for
        main = _THAT_CLAUSE.split(main, maxsplit=1)[0]
        if DECISION.search(main):
            # "Fik forvaltningen grønt lys til sin plan for, hvornår opgaverne skulle
            # løses?": the embedded question is what was approved, not what is asked
            main = _DECIDED_EMBEDDED.split(main, maxsplit=1)[0]
    if CHAIR_ASKED.search(main):
        return PERSON  # "hvem ledede udvalgsmødet?": the meeting's chair
    if (_WHAT_IT_COVERS.search(main) or _WHO_RUNS.search(main) or _WHO_MAY.search(main)
            or _CONTACT.search(question) or re.search(WHEN_MENTIONED, main, re.I)):
        return FREE  # a list of what is paid for; a unit, firm or person in charge
    first = _FIRST_ASK.match(_LEAD_IN.split(main)[-1])
    if first and first.group(1).lower() == "hvornår":
        return DATE  # "…: hvornår begyndte antallet af forsørgede at falde?"
    if first and first.group(1).lower() == "hvorfor":
        return FREE  # a reason, not the figure it names ("… skærer 15 pct. af …?")
    if first:
        # "Hvordan ville kommunen finde ud af, hvor mange unge …?": the embedded question
        # is what is found out, not what is asked
        main = _EMBEDDED.split(main, maxsplit=1)[0]
    if _HOW_MANY_NOT_MONEY.search(main):
        return COUNT  # "hvor mange ledige var der regnet med i budgettet?"
    for kind, rx in ASKED:
        m = rx.search(main)
        if m and kind == COUNT and m.group(0)[:5].lower() == "antal" and is_yes_no(
                question) and _CHANGED.search(question) and not asks_trend(question):
            # "Betød faldet i antallet af ledige bare en ny opgørelse?" asks yes/no ("Er
            # antallet faldet fra 2022 til 2024?" asks each year's count)
            break
        if m and not (kind == AMOUNT and _MONEY_NOUN.fullmatch(m.group(0)) and (
                not _MONEY_ASKED.search(main) or DECISION.search(main))):
            return kind
    if is_yes_no(question) and asks_trend(question):
        return QUANTITY  # "Er ledigheden steget fra 2020 til 2025?": each year's figure
    return YES_NO if is_yes_no(question) else FREE


# A money noun asks for an amount only as what is asked: "hvad er budgettet for …?",
# "hvilket beløb …", "hvor stort var tilskuddet" — not "status på budgetaftale 2025 – hvad
# gjorde udvalget med den?" nor "budgetaftalen er vist med trafiklys, hvad betyder gul?".
_MONEY = (rf"(?:beløb|pris|budget|tilskud|udgift|omkostning|bevilling|honorar|vederlag|"
          rf"timeløn|gebyr|takst){NOT_MONEY_HEAD}\w*")
_MONEY_NOUN = re.compile(_MONEY, re.I)
# (not the money noun as where something stands: "hvad stod der i budgetaftalen …?")
_MONEY_ASKED = re.compile(rf"\b(?:hvad|hvilke[nt]?|hvor (?:stor|høj)\w*)\s+(?:\S+\s+){{0,3}}?"
                          rf"(?<!\bi )(?<!\bfra )(?<!\bom )(?<!\bifølge ){_MONEY}|"
                          rf"\b{_MONEY}\s*\?|^\W*{_MONEY}|\bstørrelsen på", re.I)


# An either-or question is no yes/no question: "var politikerne tilfredse med
# forslaget, eller skulle det laves om?" is answered by what happened, not "Ja.".
_ALTERNATIVE = re.compile(r",?\s+eller\s+(?:\w+\s+){0,3}?(?:skulle|blev|var|gik|endte|"
                          r"sendte|fik|kom|havde|måtte|er|skal)\b", re.I)


def asks_alternative(question: str) -> bool:
    return bool(_ALTERNATIVE.search(question))


# A chat question often names its matter first and asks after a dash or a colon:
# "nyttejob på lindbjergvej – har politikerne godkendt den nye model?"
_LEAD_IN = re.compile(r"\s[–—-]+\s|:\s")


def is_yes_no(question: str) -> bool:
    """Is it asked to be confirmed or denied ("Blev besøget udsat?", "Idrætsfællesskabet
    kostede 0,5 mio. kr. – droppede politikerne samarbejdet?")?"""
    clauses = _LEAD_IN.split(question)
    # ... or after a statement: "225-timersreglen var med i meddelelserne. Blev der
    # lavet om på noget?"
    statement, asked = statement_and_question(question)
    return bool(_CONFIRM.search(question) or _YES_NO.search(question)
                or (len(clauses) > 1 and _YES_NO.search(clauses[-1]))
                or (statement and _YES_NO.search(asked)))


# A claim to confirm: "udvalget besluttede, at … – passer det?", "er det rigtigt, at …?"
_CONFIRM = re.compile(r"\b(?:passer|stemmer) det(?: så| virkelig)?\b[^?]{0,20}\?\s*$|"
                      r"\ber det (?:rigtigt|korrekt|sandt)(?:,? at\b|\s*\?\s*$)|"
                      # "… – er det det, der står?", "står der det i referatet?"
                      r"\ber det (?:det|også det),? (?:der|som) står\b[^?]{0,20}\?\s*$|"
                      r"\bstår der (?:virkelig )?det\b[^?]{0,20}\?\s*$|"
                      # "Passer det, at …?", "Kan det passe, at …?"
                      r"^\W*(?:(?:passer|stemmer) det|kan det passe),? at\b|"
                      # a deadline stated to be checked: "er fristen for tilmelding 1. maj?"
                      r"\b(?:er|var)\s+(?:(?:sidste\s+)?frist(?:en)?|deadline)\b[^?]*\d", re.I)


def is_claim(question: str) -> bool:
    """Is the question a claim to confirm ("Jeg har hørt at … – er det rigtigt?")? Its
    details, a date too, are the claim's, to be checked against the minutes."""
    return bool(_CONFIRM.search(question))


def asks_decision(question: str) -> bool:
    return bool(DECISION.search(question))


# The committee granting money: "hvor meget bevilgede udvalget til …?", "hvor mange penge
# afsatte politikerne …?" — the figure in the text, and the decision that granted it
_GRANTS = re.compile(rf"\b(?:bevilg\w*|afsat\w*|afsætte\w*)\s+(?:\w+\s+)?(?:\w*(?:{BODIES}))\b|"
                     rf"\b(?:\w*(?:{BODIES}))\s+(?:\w+\s+)?(?:bevilg\w*|afsat\w*|afsætte\w*)",
                     re.I)


def asks_grant(question: str) -> bool:
    """Does the question ask what the committee granted ("Hvor meget ekstra bevilgede
    udvalget til iværksætterindsatsen?"), not what something costs?"""
    return bool(_GRANTS.search(question))
