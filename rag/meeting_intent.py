"""Questions about a meeting itself (who took part or sent apologies, where and when
it was held, what was on its agenda, the committee's name then): the words that say so,
and the meeting words that are no topic of their own.

>>> meeting_named("hvem sad med ved udvalgsmødet?"), meeting_named("borgermødet")
(True, False)
"""

from __future__ import annotations

import functools
import re

from referat.danish import DANISH_WEEKDAYS, stems
from referat.municipalities import municipalities_named
from referat.occasions import CONSTITUENT, DIALOGUE, EXTRAORDINARY, JOINT, THEME

from .agenda_places import NEIGHBOUR_ITEM, ORDINAL_ITEM
from .bodies import BODY_IN_PLACE, BODY_NAME

# Meeting questions: a question word, a verb of taking part / holding / starting, and
# (for place and time, checked apart: `MEETING_NOUN`) a meeting word, in the usual
# phrasings: "hvem sad med ved udvalgsmødet", "hvor holdt udvalget møde i september",
# "hvornår gik mødet i gang". No `.*` in these: questions can be long (see the hostile
# question tests), and every pattern must stay linear.
# A meeting of the committee, as a whole word: "mødet", "møder", "udvalgsmødet",
# "junimødet", "mødtes", a body's "byrådsmødet", "økonomiudvalgsmødet" — not
# "borgermødet", "dialogmøderne" or "imødekommet".
MEETING_NOUN = re.compile(
    r"\b(?:[\wæøå]*(?:udvalgs|råds|bestyrelses|nævns|kommissions)|januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
    r"november|december|vinter|forårs|sommer|efterårs|eftermiddags|formiddags|aften|morgen|"
    # a committee's theme meeting ("temamødet"; a "dialogmøde" is as often an item's event)
    r"tema)?"
    r"mød(?:e|et|er|erne|ets|es|tes|elokale\w*|"
    r"ested\w*)"
    r"\b", re.I)
# The meeting itself was held somewhere: "blev udvalgsmødet i februar holdt hos
# Caverion eller på rådhuset?" (the other words are places, not an item's topic).
MEETING_HELD = re.compile(r"\b(?:blev|var)\s+(?:udvalgs)?mødet\b(?:\s+\S+){0,5}?\s+"
                           r"(?:holdt|afholdt)\b|"
                           # "Holdt udvalget vintermødet i 2024 ude på en virksomhed?", "…
                           # sit møde 18/3-25 i Mødecenter C?", "Skulle mødet 7/2 foregå …?"
                           r"^\s*(?:holdt|afholdt|skulle)\s+(?:\S+\s+){0,2}?\w*møde[t]?\b[^?]{0,40}?"
                           r"\b(?:ude|hos|fysisk|på en|på rådhuset|virksomhed\w*|i mødecenter|"
                           r"i mødelokale|foregå)\b|"
                           r"\b(?:hvor|adresse\w*)\b[^?]{0,40}?\b"
                           r"(?:holdt|afholdt)\s+(?:\S+\s+){0,4}?(?:udvalgs)?møde(?:t)?\b|"
                           # "Hvor blev Økonomiudvalgets temamøde om budgettet holdt?" (a
                           # body's meeting; not "mødet om skateparken", an item's event)
                           r"\bhvor\s+blev\s+\w*(?:udvalg|råd|bestyrelse|nævn)\w*s\s+"
                           r"\w*møde(?:t)?\b[^?]{0,60}?\b(?:holdt|afholdt)\b|"
                           # where the committee meets as a rule: "hvilket mødelokale
                           # bruger udvalget normalt?", "hvor holder udvalget sine møder?"
                           r"\bhvilke[tn]?\s+(?:møde)?lokale\w*|\bhvor\s+(?:\S+\s+){0,2}?"
                           r"(?:holder|afholder|plejer)\s+(?:\S+\s+){0,3}?(?:sine\s+)?møder\b",
                           re.I)
NEEDS_MEETING_NOUN = ("place", "time")
# Where a meeting was held, named after "hos"/"på": "mødet på Toms" (`rag.scope.held_at`)
AT_PLACE = re.compile(r"\b(?:hos|på)\s+([\wæøå][\wæøå&-]{2,})", re.I)
# ... and the words right after a meeting held there, in any case: "sidste møde på toms
# allé – hvor mange stod på deltagerlisten?" (up to a dash, comma or question word)
MEETING_AT = re.compile(r"\bmød(?:e|et|tes)\s+(?:ude\s+)?(?:hos|på)\s+"
                        r"((?:(?!hv)[\wæøå&.-]+\s?){1,3}?)(?=\s*(?:[–,?:]|\s-\s|$))", re.I)
# What a meeting was about, after it: "mødet i november 2024 om Køge Bugt Strandpark"
# (the meeting named by its matter; a few words between: its kind, month and year)
MEETING_ABOUT = re.compile(r"\bmødet?\b(?:\s+(?!om\b)[\wæøå.-]+){0,4}?\s+om\s+([^?,;]+)", re.I)
# A meeting named by what happened there: "Mødet hvor Implement præsenterede analysen – …",
# "det møde, da studieturen blev vedtaget" (the clause's words name it, no matter asked)
# (group 1 the meeting, group 2 the clause; without the clause, its "hvor der blev" asks
# no place: `MEETING_BY_SCENE.sub(r"\1", text)`)
MEETING_BY_SCENE = re.compile(r"(\bmødet?(?:\s+(?:i|den|d\.)\s+[\w./-]+(?:\s+\d{4})?)?)\s*,?\s+"
                              r"(?:hvor|da)\s+([^?–:,]+?)(?=[?–:,]|\.\s|\.?$)", re.I)
# Several meetings asked for: "hvilke af udvalgsmøderne var hun med til?", "hvor mange
# møder havde han afbud til?" (a person's attendance record)
MEETINGS_ASKED = re.compile(r"\b(?:hvilke|hvor mange)\s+(?:af\s+)?(?:de\s+)?(?:\w+\s+){0,2}?"
                            r"\w*møder(?:ne)?\b|\b(?:på|ved|til) (?:alle )?(?:de )?\w*møderne\b|"
                            r"\bi deltagerlisterne\b", re.I)  # ("hvilken stilling havde han …")
# Every meeting is asked for, not one: "år for år", "møde for møde", "på hvert møde",
# "til alle udvalgsmøderne", "i arkivet", "gennem årene" (a period or a named meeting
# narrows it again: checked by the caller).
EVERY_MEETING = re.compile(
    r"\b(?:år for år|møde for møde|fra møde til møde|gennem årene|i arkivet|"
    r"(?:hvert|hvert eneste|alle)\s+(?:\w+)?møde(?:r|rne)?|"
    r"(?:på|ved|til|i)\s+(?:alle\s+)?(?:de\s+)?\w*møderne)\b", re.I)
# "få/sætte … på dagsordenen": a figure of speech, not a meeting's agenda.
ON_THE_AGENDA = re.compile(r"\b(?:få|fik|sætte|sætter|satte|sat|holde|komme|kom)\s+"
                            r"(?:\S+\s+){0,4}?på\s+dagsordenen\b", re.I)
# A change to the agenda is told by its approval's decision ("Godkendelse af
# dagsorden: Godkendt, idet sag nr. 20 blev taget af dagsordenen"), not by the list:
# "Blev der trukket en sag fra dagsordenen?", "blev der lavet om på dagsordenen?"
AGENDA_CHANGED = re.compile(r"\b(?:trukket|trak|taget|tog|fjernet|fjernede|rykket|rykkede|"
                            r"flyttet|flyttede|lavet om|ændret|ændrede|ændringer|tilføjet|"
                            r"tilføjede|udskudt)\b(?:\s+\S+){0,5}?\s+(?:fra|af|på|i|til)\s+"
                            r"dagsorden\w*|\bdagsorden\w*\s+(?:blev\s+)?(?:ændret|ændres|"
                            r"lavet om|godkendt med)\b", re.I)
# Items planned for a meeting are in a plan (a Sagsoversigt, an årsplan), not on an
# agenda: "Jf. sagsoversigten: hvilke sager var planlagt til marts-mødet?"
# (and what was promised for a later meeting: "hvad har administrationen lovet at komme
# med på septembermødet?", "den varslede sag")
PLANNED = re.compile(r"\b(?:planlagt\w*|planlægge\w*|sagsoversigt\w*|årsplan\w*|lovet|lovede|"
                     r"varslet|varslede|bebudet|bebudede)\b", re.I)
# The meeting itself starts or ends: "hvad tid begyndte udvalgsmødet hos Toms Gruppen?"
# (not "hvornår sluttede projektet, der blev fremlagt på mødet?").
MEETING_STARTS = re.compile(
    r"\b(?:startede|begyndte|sluttede|starter|begynder|slutter)\s+(?:det\s+)?(?:\w+e\s+)?"
    + MEETING_NOUN.pattern[2:] + r"|" + MEETING_NOUN.pattern
    # ("… møde i september 2020 først begyndte om eftermiddagen")
    + r"(?:\s+(?:i|den|d\.)\s+\S+(?:\s+\d{4})?)?(?:\s+(?:først|allerede))?"
    + r"\s+(?:startede|begyndte|sluttede|starter|begynder|slutter|gik i gang)\b", re.I)
# A meeting asked by its occasion (`referat.occasions`): "det ekstraordinære møde",
# "økonomiudvalgets ekstraordinære udvalgsmøde", "temamødet", "det konstituerende
# møde", "dialogmødet", "fællesmødet" (not "dialogmøderne med virksomhederne", an item's
# events)
OCCASION_ASKED = (
    (EXTRAORDINARY, re.compile(r"\bekstraordin(?:æ|ae)r(?:e|t)\s+" + MEETING_NOUN.pattern[2:],
                               re.I)),
    (THEME, re.compile(r"\btema-?mød(?:e|et|er|erne)\b", re.I)),
    (CONSTITUENT, re.compile(r"\bkonstituerende\s+" + MEETING_NOUN.pattern[2:], re.I)),
    (DIALOGUE, re.compile(r"\bdialog-?mød(?:e|et)\b", re.I)),
    (JOINT, re.compile(r"\bfælles-?mød(?:e|et)\b", re.I)),
)


def occasion_asked(text: str) -> str:
    """The occasion of the meeting a question names, or "".

    >>> occasion_asked("Hvem deltog i økonomiudvalgets ekstraordinære møde?")
    'ekstraordinært'
    >>> occasion_asked("Hvad blev drøftet på temamødet?"), occasion_asked("Hvor var mødet?")
    ('temamøde', '')
    """
    return next((occasion for occasion, rx in OCCASION_ASKED if rx.search(text)), "")


# The committee's members asked for: "hvem sidder i udvalget?", "hvem er medlem af
# udvalget?", "hvor mange medlemmer har udvalget?" (read off a meeting's list)
# (a committee by its own name too: "medlemmer af beskæftigelsesudvalget"; not a council,
# "medlem af Handicaprådet", whose members no meeting of the archive may list)
# (bounded: a 40 KB run of letters and dashes costs linear time)
_BODY_WORD = r"(?:\w{1,40} )?[\wæøå-]{0,40}udvalget\b"
MEMBERS_ASKED = re.compile(rf"\b(?:sidder|er) (?:med )?i {_BODY_WORD}|"
                           rf"\bmedlem(?:mer)? af {_BODY_WORD}|(?<![\wæøå-])[\wæøå-]{{0,40}}"
                           rf"udvalgets medlemmer\b|\bmedlemmer (?:har|havde|"
                           rf"(?:er|var|sidder|sad) der i) {_BODY_WORD}", re.I)
# Places a yes/no question offers: "Var vintermødet på rådhuset eller ude i en
# virksomhed?" (their words are the asked value, not a matter; not the place that names
# the meeting: "mødet ude hos Toms")
PLACE_OFFERED = re.compile(r"\b(?:på|i) rådhuset\b|\beller (?:ude )?(?:hos|i|på) (?:en |et )?"
                           r"[^\W\d]\w*", re.I)
MEETING_ASPECTS: list[tuple[str, re.Pattern[str]]] = [
    ("absentees", re.compile(r"\b(afbud|fravær\w*|mødte ikke|var ikke (?:til stede|med)|"
                             r"fuldtallig\w*|var hele \S+ samlet|"  # "var alle der?", "… mødt op?"
                             r"var alle (?:\w+ )?(?:der|med|til stede|mødt(?: op)?)(?= *[?,.]|$|"
                             r" (?:på|til|ved) (?:\S+ )?[\w-]*møde)|"
                             r"meldt(?:e)? fra|manglede|ikke kom|kom ikke|udeblev\w*|"
                             r"ikke (?:dukkede|mødte) op|(?:dukkede|mødte) ikke op)\b",
                             re.I)),
    ("attendees", re.compile(r"\b(deltog|deltagere|(?:til )?stede|mødedeltagere|var med|sad med|"
                             # (a meeting named: not a follow-up "hvor mange kom?")
                             r"deltagerlist\w*|hvor mange (?:\w+ ){0,2}?kom(?=[^?]*\bmød)|"
                             r"hvor mange (?!(?:\w+ ){0,4}?\w*(?:sager|punkter)\b)"
                             r"(?:\w+ ){0,4}?var (?:der )?(?:\w+ )?(?:til|på) "
                             r"(?:\S+ )?[\w-]*mødet|"
                             # "Anja fra Socialdemokratiet – med på EBU-mødet 6/2-24?"
                             r"(?<=[–:] )med (?:på|til|ved) (?:\S+\s+)?[\w-]*mødet|"
                             # "Var erhvervschefen med på junimødet 2015?"
                             r"\bvar (?:\S+ ){1,7}?med (?:på|til|ved) (?:\S+\s+)?[\w-]*mødet|"
                             r"repræsenteret|repræsenterede|repræsentant(?:er)? med\b|"
                             r"sad i|mødte op|"
                             # who came late or left: the list's part-time notes
                             r"forlod (?:\w+ )?mødet|gik (?:tidligt )?fra mødet|kom (?:for )?sent|"
                             # the members: "hvem sidder i udvalget?", "hvem er medlem af
                             # udvalget?" (read off a meeting's list: the latest, unless one
                             # is named)
                             + MEMBERS_ASKED.pattern + "|"
                             # "hvem sad for det (partiet) i EBU på mødet …?"
                             r"(?:sad|sidder) for (?:det|dem|partiet|(?-i:[A-ZÆØÅ])\w*)|"
                             r"mødte frem|fremmødt\w*|(?:var|sad) (?:han|hun) med|"
                             # "hvor mange politikere sad om bordet på vintermødet?"
                             r"(?:sad|sidder|sidde) (?:om|ved|med ved) bordet|"
                             r"(?:har|havde) (?:han|hun|de) været med|"
                             # "Var der en erhvervschef med i 2015?"
                             r"(?:var|sad) der (?:en|et|nogen|nogle) \w+ med(?=\s*(?:\?|$|"
                             r"(?:i|på|ved|til|den|d\.) ))|"
                             r"(?:var|sad)\s+(?:(?-i:[A-ZÆØÅ])\w+(?:-(?-i:[A-ZÆØÅ])\w+)?\s+){1,4}med|"
                             # "sad kommunens 2. viceborgmester med ved udvalgsmødet …?"
                             r"(?:var|sad|havde)\s+(?:\S+\s+){1,8}?med\s+(?:ved|på|til)\s+"
                             r"(?:\S+\s+)?(?:udvalgs)?mødet|"
                             # "Jakob Timmermann – hvilken stilling havde han på mødet …?"
                             r"hvilken (?:stilling|titel|rolle)|"
                             r"hvad var (?:hans|hendes|deres) (?:stilling|titel|rolle)|"  # and
                             r"\w*(?:chef|direktør|formand) eller \w*(?:chef|direktør|formand)|"
                             # a person's entry asked in few words: "steen pedersen med
                             # feb 2023?", "Jette Raus titel i 2015", "Christian Skjæran
                             # parti" (no other topic: `rag.query` checks the leftover)
                             # (a name that opens the question: "Hvad kom Katrine Joensen
                             # med?" asks what she brought)
                             r"^(?:(?-i:[A-ZÆØÅ])\w+\s+){1,3}(?-i:[A-ZÆØÅ])\w+\s+med|"
                             r"(?-i:[A-ZÆØÅ])\w+\s+(?:titel|titlen|stilling|stillingen|rolle|"
                             r"rollen|parti|partiet))\b",
                             re.I)),
    ("place", re.compile(MEETING_HELD.pattern + r"|\b(mødested\w*|sted|hvilket (?:møde)?lokale|"
                         r"hvor mødtes|hvor og hvornår|hvornår (?:på dagen )?og hvor|"
                         r"adresse\w*|"
                         # "… første møde i 2026, og hvor skal vi være?"
                         r"hvor (?:skal|skulle) (?:vi|de|man|udvalget|mødet|medlemmerne) "
                         r"(?:være|holdes|afholdes|mødes)|"
                         + PLACE_OFFERED.pattern + "|"
                         r"hvor (?!mange |meget |stor |store |langt |længe |ofte )(?:\w+ ){0,3}?"
                         r"(?:blev|blevet|var|foregik|holdt|holdtes|afholdt|afholdtes|"
                         r"lå|(?:møde|mødt|mødes) op))\b", re.I)),
    # "møde 6/2-24 sted og klokkeslæt", "var mødet om eftermi(d)dagen?"
    ("time", re.compile(r"\b(hvad tid|klokken|klokkeslæt\w*|tidspunkt\w*|mødetid\w*|"
                        r"(?:startede|begyndte) (?:\w+ )?møde\w*\b[^?]{0,40}kl\.? ?\d|"  # "kl 8?"
                        # "Hvornår var det sidste møde?": the day of a meeting named by
                        # its place in the row
                        r"hvornår (?:var|blev|holdt|afholdt|havde|er)\b[^?]{0,40}?\b(?:seneste|"
                        r"sidste|nyeste|første|ældste|forrige|sidst|senest) (?:\w+-?)?møde|"
                        r"tid(?:en)? (?:af|på) dagen|hvornår på dagen|"
                        # "Hvornår og i hvilket lokale holdt udvalget møde …?"
                        r"hvornår og (?:i |på )?(?:hvor|hvilke[nt]?)\b|"
                        r"(?:hvilken|hvilke) (?:ugedag|dag i ugen)|ugedag\w*|"
                        r"(?:om|på en) (?:man|tirs|ons|tors|fre|lør|søn)dag(?:en)?|"
                        # "var septembermødet en tirsdag (eftermiddag)?" (not "på mødet
                        # tirsdag eftermiddag", "i eftermiddag")
                        r"(?:var|lå|blev|holdtes)\b[^?]{0,40}?\ben (?:man|tirs|ons|tors|fre|lør|"
                        r"søn)dag|(?:om|en) (?:efterm|form)id+ag(?:en)?|om (?:morgenen|aftenen)|"
                        # "var det et morgenmøde d. 8/9-2020?"
                        r"(?:et|en) (?:morgen|formiddags|eftermiddags|aften)møde|"
                        # "hvornår og hvor blev mødet den 9. juni 2015 holdt?"
                        r"hvornår (?:på dagen )?og hvor|hvor og hvornår|"
                        r"hvornår (?:\w+ ){0,3}?"
                        r"(?:startede|begyndte|gik|sluttede|mødtes))\b", re.I)),
    ("agenda", re.compile(ORDINAL_ITEM.pattern + "|" + NEIGHBOUR_ITEM.pattern + "|"
                          # (not a document's points: "hvilke punkter i budgetaftalen …")
                          r"\b(dagsorden\w*|hvilke (?:af )?(?:andre |øvrige )?"
                          r"(?:punkter|sager)(?:ne)?"
                          r"(?!\s+(?:i|fra|af)\s+(?:\w+\s+)?(?:budget|aftale|indstilling|strategi|"
                          r"handlingsplan|politik|lov|forlig)\w*)|"
                          r"hvad blev der behandlet|"
                          # "hvad handlede mødet i marts 2025 om?", "hvad drejede junimødet
                          # sig om?"
                          r"hvad (?:handlede|handler|drejede|drejer) (?:\S+ ){0,2}?"
                          r"\w*møde\w*\b[^?]{0,40}?\bom\b(?![^?]*\b(?:punkt|sag)\w*)|"
                          # "hvad stod der på programmet, da udvalget mødtes?" (not "på
                          # programmet for studieturen", "hvilke virksomheder var på
                          # programmet?"), "giv mig punkterne i rækkefølge"
                          r"hvad (?:stod|var|står|er) der på programmet(?!\s+(?:for|til|i|ved)\b)|"
                          r"(?:giv mig|list\w*|nævn|opreml?\w*) (?:alle )?punkterne|"
                          # (not cases that came in: "hvor mange sager kom der ind via
                          # whistleblowerordningen?")
                          r"hvor mange (?:punkter|sager|dagsordenspunkter)(?![^?]*\b(?:"
                          r"indstilling\w*|kom\w* (?:der )?ind|indkom\w*|via|modt(?:ag|og)\w*)\b)|"
                          r"hvad var på(?!\s+programmet\s+(?:for|til|i|ved)\b)|"
                          r"lukkede (?:punkter|sager|døre)|"
                          # "Har udvalget valgt at udsætte en sag? Hvilke?": items by outcome
                          r"(?:udsætte|udsat|afvise|afvist|sende \w+ videre|sendt videre) "
                          r"(?:en|nogen|nogle) (?:sag|sager|punkt|punkter)\b(?!\s+om\b)|"
                          # "Blev noget udsat på mødet …?", "blev der nogen sager afvist?"
                          r"\bblev (?:der )?(?:noget|nogen|nogle)(?: (?:sag|sager|punkt|punkter))? "
                          r"(?:udsat|afvist|sendt videre)\b|"
                          # one item by what became of it: "hvilken sag skal videre til
                          # Kommunalbestyrelsen?", "hvilket punkt var det Økonomiudvalget,
                          # der skulle træffe beslutning i?"
                          r"\bhvilke[nt]? (?:af )?(?:sag|punkt)\w*\b[^?]*?(?:\bvidere til\b|"
                          r"\btræffe[sr]? (?:den )?(?:endelige )?beslutning|\bkun drøftet\b))",
                          re.I)),
    # the committee's own name at that meeting: "hvad hed udvalget i september 2020?"
    ("name", re.compile(r"\b(?:hvad (?:hed|hedder|hed det) udvalget|udvalgets (?:fulde )?navn|"
                        r"hvilket udvalg (?:holdt|havde) mødet)\b", re.I)),
]
MEETING_WORDS = frozenset(
    "deltog deltagere deltager stede afbud meldt meldte fravær fraværende mødested lokale "
    "hed hedder navn fulde byrådet byrådets byråd kommunalbestyrelsen kommunalbestyrelsens "
    "klokken tid ekstraordinære ekstraordinært ekstraordinær ordinære ordinært "
    "mødetid dagsorden dagsordenen punkter sager behandlet holdt foregik afholdt mødtes "
    "møde mødet var med ikke meldt meldte havde udvalgsmøde udvalgsmødet sad mødte op "
    "fra manglede startede begyndte gik gang sluttede ved udvalget udvalg hvor hvornår forlod "
    "holdtes afholdtes lå mødested mødestedet politiker politikere medlem medlemmer "
    "personer folk embedsfolk embedsmænd administrationen ledelsen direktør direktører "
    "centerchef centerchefer chefer adresse adressen parti partier partierne "
    "repræsenteret repræsenterede repræsentant repræsentanter forvaltningen forvaltning "
    "udvalgsmedlem udvalgsmedlemmer "
    "udvalgsmedlemmerne medlemmerne sted stede klokkeslæt tidspunkt tidspunktet "
    "eftermiddagen eftermidagen formiddagen morgenen aftenen kom stilling titel rolle "
    "centre centrene hele ugedag uge ugen gav giver givet udover "
    "rådhuset rådhus mødelokale mødelokalet lokalet "
    "deltagerliste deltagerlisten "
    "faktisk holder afholder altid normalt plejer sine møder møderne regel kl lå andet "
    "dagen ude fremmødte fremmødt fremmøde bord bordet eftermiddagsmødet formiddagsmødet "
    "listebogstav listebogstavet partibogstav partibogstavet "
    "aftenmødet morgenmødet sidder sidde overvære overværet "
    "møde mødt".split()
) | frozenset(d + end for d in DANISH_WEEKDAYS for end in ("", "en", "e")
)

_ASPECT = dict(MEETING_ASPECTS)


@functools.lru_cache(maxsize=1)
def meeting_stems() -> frozenset[str]:
    """Words (and their stems) that name a meeting or its front page, not a topic."""
    return frozenset(MEETING_WORDS) | frozenset(stems(" ".join(MEETING_WORDS), frozenset()))


def both_lists(text: str, aspect: str) -> str:
    """"Hvem var medlem af udvalget – og manglede der nogen?" asks who came and who did
    not: the attendance list, which names the absent too. An absence question whose
    other words ask no attendance ("var alle til stede?") stays one."""
    if aspect != "absentees":
        return aspect
    # (asked in a part of its own: not "…, hvor borgmesteren var til stede?", nor "ikke
    # til stede", which is absence again)
    parts = [_NOT_THERE.sub(" ", p) for p in _PARTS.split(text)]
    return "attendees" if any(asks_aspect(p, "attendees") and not asks_aspect(p, "absentees")
                              for p in parts) else aspect


_PARTS = re.compile(r",\s*og\b|\s[–—-]\s|[?;]")
_NOT_THERE = re.compile(r"\bikke\s+(?:til\s+stede|med)\b|\bdeltog\s+ikke\b", re.I)


def asks_aspect(text: str, aspect: str) -> bool:
    """Does the text ask for this aspect of a meeting ("place", "time", …)? A question
    can ask for two: "møde 6/2-24 sted og klokkeslæt"."""
    rx = _ASPECT.get(aspect)
    return bool(rx and rx.search(text))


def body_words(text: str) -> str:
    """The words that name a body, where it sits or its meeting, in a meeting question:
    no matter of their own ("Handicaprådets møde", "børneudvalget i Greve",
    "byrådsmødet", "mødet i august, lige efter omkonstitueringen", "det ekstraordinære
    møde")."""
    return " ".join([*BODY_NAME.findall(text), *BODY_IN_PLACE.findall(text),
                     *_BODY_PART.findall(text), *municipalities_named(text),
                     *_MEETING_OF_BODIES.findall(text), *_BODY_GLOSS.findall(text),
                     *(m.group(0) for m in MEETING_NOUN.finditer(text)),
                     *(m.group(0) for m in _MEETING_AFTER.finditer(text)),
                     *(m.group(0) for _, rx in OCCASION_ASKED for m in rx.finditer(text))])


# The first parts of a body's name in two or three parts: "Velfærds-" and "Kultur-" of
# "Velfærds- og Sundhedsudvalget", "Kultur- og Fritidsudvalget"
_BODY_PART = re.compile(r"\b[\wæøå]+-(?=,?\s+(?:[\wæøå]+-,?\s+)*og\s+[\wæøå]*"
                        r"(?:udvalg|råd|bestyrelse|nævn))", re.I)


# What a body's name is glossed with: "ældreudvalget (sundhed og omsorg)"
_BODY_GLOSS = re.compile(r"\b[\wæøå]*(?:udvalg|råd|bestyrelse|nævn)\w*\s*\(([^()?]{1,60})\)",
                         re.I)


# A meeting with a body, named by its kind: "dialogmødet med Velfærds- og
# Sundhedsudvalget", "fællesmødet mellem Børne- og Skoleudvalget og …" (not "dialogmøderne
# med virksomhederne", an item's events)
_MEETING_OF_BODIES = re.compile(r"\b[\wæøå]*mødet?(?=\s+(?:med|mellem)\s+(?:[\wæøå,-]+\s+){0,4}?"
                                r"[\wæøå]*(?:udvalg|råd|bestyrelse|nævn)\w*\b)", re.I)


# A meeting told by what came just before or after it, at the question's end: "…
# møde i august, lige efter omkonstitueringen?", "… mødet før sommerferien?"
_MEETING_AFTER = re.compile(r"\bmød\w*\b[^?]{0,40}?\b(?:lige\s+)?(?:efter|før|inden)\s+"
                            r"(?:den\s+|det\s+|de\s+)?[\wæøå-]+\s*\??\s*$", re.I)


def meeting_named(text: str) -> bool:
    """Does the text name a meeting: "mødet", "udvalgsmødet", "junimødet", "mødested",
    "mødtes"? The place and time patterns alone also fit events ("hvor bliver Jobcamp
    holdt?", "hvad tid starter nytårskuren?")."""
    return bool(MEETING_NOUN.search(text))


# A time of day asked ("hvornår på formiddagen var rundvisningen?", "hvad tid …?"): a
# clock time answers, and the part of the day is the asking, not the matter.
TIME_OF_DAY = re.compile(r"\b(?:på dagen|hvad tid|klokken|hvilket (?:tidspunkt|klokkeslæt)|"
                         r"(?:præcise|nøjagtige) (?:tidspunkt|klokkeslæt)|"
                         r"(?:på|om) (?:formiddagen|eftermiddagen|morgenen|aftenen))\b", re.I)
DAY_PART_STEMS = frozenset(stems("dagen formiddagen eftermiddagen morgenen aftenen", frozenset()))


# The committee's members named by its field, or the municipality's office holders
# (a unit's words end at a preposition or a verb: "direktøren for STAR om projektet")
_NOT_LINK = (r"(?!(?:om|på|i|til|med|hos|ved|fra|da|der|som|var|er|blev|deltog|sad|kom)\b)")
MEMBERS_BY_FIELD = re.compile(
    r"\b(?:\w+-,?\s+(?:og\s+)?)*\w*(?:politiker|udvalgsmedlem)\w*|\bkommunens\b|"
    # a title's unit: "centerchefen for By, Erhverv og Miljø"
    r"\w*(?:chef|direktør)\w*\s+for\s+[\w-]+(?:,?\s+(?:og\s+)?" + _NOT_LINK + r"[\w-]+){0,4}",
    re.I)


_WHICH_ITEMS = re.compile(r"\bhvilke (?:af )?(?:andre |øvrige )?(?:punkter|sager)\b", re.I)


def which_items(text: str) -> bool:
    """"I hvilke sager har Ballerup arbejdet sammen med Gladsaxe?": the items on a
    matter, an agenda only of a meeting named (`rag.query`); not an item's neighbours
    or place ("Hvilke sager lå lige før punktet om energitjek?")."""
    return bool(_WHICH_ITEMS.search(text)) and not (
        NEIGHBOUR_ITEM.search(text) or ORDINAL_ITEM.search(text))
