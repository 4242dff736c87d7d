"""Near misses: a sentence that holds a value of the asked type and still does not
answer — a figure of another thing ("måltallet for løntilskud" asked "… for fleksjob"),
a change asked a level ("en stigning på 3,7 pct."), or the same sentence said twice
(the summary and the case text).
"""

from __future__ import annotations

import re
from functools import lru_cache

from referat.danish import stems, tokens
from referat.domain import HISTORY_HEAD, Answer, RetrievedItem
from referat.municipalities import MUNICIPALITIES
from referat.values import find_values

from ..asked_names import CAPITALISED
from ..confidence import match_weight
from ..meeting_intent import TIME_OF_DAY
from .base import Context, decline, where

# "<noun> for|af|blandt <what>": "måltallet for fleksjob", "andelen af unge" ("for de tre
# grupper": the groups; "for 2023": the year)
QUALIFIED = re.compile(r"\b(\w+)\s+(?:for|af|blandt)\s+(?:de\s+|den\s+|det\s+)?(?:(?:to|tre|fire|"
                       r"fem|seks|syv|otte|ni|ti|\d{1,2})\s+)?(\w+)", re.I)
# A value given as a change, and a question that asks for one.
CHANGE_VALUE = re.compile(r"\b(?:stigning|fald|forøgelse|reduktion|tilvækst|tilbagegang)\s+på\s+"
                           r"(?:\S+\s+){0,2}\S+|\b(?:steget|faldet|øget|reduceret|vokset)\s+med\s+"
                           r"(?:\S+\s+){0,2}\S+", re.I)
ASKS_CHANGE = re.compile(r"\b(?:steg\w*|stige\w*|faldt|falde\w*|fald\w*|ændr\w*|udvikl\w*|"
                          r"flere|færre|forskel\w*|øge\w*|mindre|mere end|vokse\w*|tilvækst)\b",
                          re.I)
RESTATED = 0.8  # share of a sentence's words another must hold to restate it

def restates(a: str, b: str) -> bool:
    """Does one sentence say (nearly) all that the other says? (Not two treatments of a
    case history: their headings, "X den 10. april 2013:", are no content.)"""
    wa, wb = set(tokens(HISTORY_HEAD.sub("", a, 1))), set(tokens(HISTORY_HEAD.sub("", b, 1)))
    shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    # rows of a table share their words, not their figures
    figures = {t for t in shorter if any(c.isdigit() for c in t)}
    return bool(shorter) and figures <= longer and len(
        shorter & longer) >= RESTATED * len(shorter)


def only_repeats(sentence: str, question: str) -> bool:
    """Does the sentence name nothing the question does not already name?

    A list line of Meddelelser that is only a heading ("5. Status på Kompetencecentret.")
    does not answer "Hvad gik statussen på Kompetencecentret ud på?": quoting it would
    pretend an answer. Numbers (a list number, a year the question also names) do not
    count as content of their own."""
    asked = set(stems(question))
    own = {t for t in stems(sentence) if not t.isdigit()}
    return bool(own) and all(any(t == a or (min(len(t), len(a)) >= 5 and (
        t.startswith(a) or a.startswith(t))) for a in asked) for t in own)


def repeats_only(ctx: Context, item: RetrievedItem, line: str) -> Answer:
    """The item names the matter asked about and says no more: say so, cite it."""
    note = (f"{where(item)} nævner kun »{line.strip()}« og siger ikke mere om det.")
    return decline(ctx, note, lead="Det står ikke i referaterne.", cite=item)


def only_changes(sentence: str, asked: str) -> bool:
    """Is every value of the asked type in the sentence a change ("en stigning på 3,7
    pct.", "steget med 158 borgere"), not a level?"""
    values = find_values(sentence, frozenset({asked}))
    changes = [m.span() for m in CHANGE_VALUE.finditer(sentence)]
    return bool(values) and all(any(a <= v.span[0] < b for a, b in changes) for v in values)


def qualifier_of(question: str, head: str) -> str | None:
    """What the asked noun is of: "måltallet for fleksjob" → "fleksjob"."""
    for noun, of in QUALIFIED.findall(question):
        if stems(noun, frozenset())[:1] == [head]:
            return (stems(of, frozenset()) or [None])[0]
    return None


def other_qualifier(sentence: str, head: str, qualifier: str) -> bool:
    """Does the sentence give the asked noun of something else, and not name what the
    question asks it of?"""
    have = set(stems(sentence))
    if qualifier in have or match_weight(qualifier, have) > 0:
        return False  # (its compound's head too: "arbejdsgrupperne" — "gruppen")
    return any(match_weight(head, set(stems(noun, frozenset()))) > 0
               for noun, _ in QUALIFIED.findall(sentence))


# A figure for the whole country: "155 ansatte rundt i landet", "300 ansatte i Danmark".
_NATIONAL = re.compile(r"\b(?:rundt i landet|i hele landet|på landsplan|i Danmark|"
                       r"landsgennemsnit\w*|hele landet)\b", re.I)
_LOCAL = re.compile(r"\bkommunen\w*", re.I)
_IN_LOCAL = re.compile(r"\bi kommunen\b", re.I)


def other_place(sentence: str, question: str, municipalities: list[str]) -> bool:
    """Is the sentence's figure the country's when the question asks a municipality's?
    "hvor mange ansatte har Caverion i Ballerup?" is not answered by "… med 300 ansatte
    i Danmark"; a sentence that names both ("steget i Ballerup, mens der på landsplan
    …") still answers.

    >>> other_place("Caverion har 300 ansatte i Danmark.", "hvor mange ansatte i Ballerup?",
    ...             ["Ballerup"])
    True
    """
    # the municipality as the figure's place ("i Ballerup"), not as a destination
    # ("flyttet til Ballerup")
    local = _local_in(question, tuple(municipalities))
    if not (local or _IN_LOCAL.search(question)) or _NATIONAL.search(question):
        return False
    if not _NATIONAL.search(sentence):
        return False
    return not (_LOCAL.search(sentence)
                or any(re.search(rf"\b{re.escape(m)}", sentence, re.I) for m in local))


@lru_cache(maxsize=256)
def _local_in(question: str, municipalities: tuple[str, ...]) -> list[str]:
    """The archive's municipalities the question puts its figure in ("i Ballerup"),
    once per question (an archive of many municipalities asks this of every sentence)."""
    return [m for m in municipalities if re.search(rf"\bi {re.escape(m)}", question, re.I)]


# A municipality named as the figure's owner: "Ballerup Kommune forventes at bruge 1.050
# medarbejdertimer" (not "Ballerup og Gladsaxe Kommuner", which names both).
_MUNICIPALITY = re.compile(r"\b([A-ZÆØÅ][\wæøå-]+)\s+Kommunes?\b")
# ... and in a question: "hvad så med nabokommunen Gladsaxe?"
_THE_MUNICIPALITY = re.compile(r"\b(?:nabo)?kommunen\s+([A-ZÆØÅ][\wæøå-]+)")


def other_municipality(sentence: str, question: str) -> bool:
    """Is the sentence's figure another municipality's than the one the question names?
    "Hvor mange medarbejdertimer skal Gladsaxe Kommune lægge i projektet?" is not
    answered by "Ballerup Kommune forventes at bruge 1.050 medarbejdertimer".

    >>> other_municipality("Ballerup Kommune skal bruge 1.050 timer.",
    ...                    "Hvor mange timer skal Gladsaxe Kommune bruge?")
    True
    """
    named = _MUNICIPALITY.findall(question) + _THE_MUNICIPALITY.findall(question)
    asked = {s for name in named for s in stems(name, frozenset())}
    owners = {s for name in _MUNICIPALITY.findall(sentence) for s in stems(name, frozenset())}
    return bool(asked and owners) and not asked & set(stems(sentence, frozenset()))


# A figure of growth and one of loss: "hvor mange nye stillinger kommer der?" is not
# answered by "100 stillinger vil blive nedlagt".
_UP = re.compile(r"\b(?:nye?|oprett\w*|opret|skab\w*|flere|ansætte\w*|tilgang\w*|udvid\w*)\b",
                 re.I)
_DOWN = re.compile(r"\b(?:nedlag\w*|nedlæg\w*|fjern\w*|færre|mist\w*|tabt\w*|afskedig\w*|"
                   r"udfas\w*|nedskær\w*|nedsk[åa]r\w*|reducer\w*|afgang\w*)\b", re.I)


def opposite_direction(sentence: str, question: str) -> bool:
    """Does the question ask a figure of growth and the sentence give only one of loss,
    or the other way round?

    >>> opposite_direction("Som følge heraf vil 100 stillinger blive nedlagt.",
    ...                    "Hvor mange nye stillinger kommer der ud af det?")
    True
    """
    up, down = bool(_UP.search(question)), bool(_DOWN.search(question))
    if up == down:
        return False
    has_up, has_down = bool(_UP.search(sentence)), bool(_DOWN.search(sentence))
    return (up and has_down and not has_up) or (down and has_up and not has_down)


# One named firm or body asked for: "Hvilken virksomhed var udvalget på besøg hos?",
# "hvilket firma lavede analysen?" — answered only by a sentence that names one.
# (or by name: "hvad hedder det finske selskab, der ejer Caverion?"; not several: "hvilke
# virksomheder …?" is as often answered by kinds of firms as by names)
_FIRM_KINDS = r"virksomhed|firma|organisation|forening|leverandør|bureau|selskab"
_KINDS = rf"(\w*?(?:{_FIRM_KINDS}|hotel|fond|kommune))"
ONE_NAMED = re.compile(rf"\b(?:hvilke[nt]|hvad\s+hed(?:der|te)?\s+(?:det|den))\s+(?:\w+\s+)?"
                       rf"{_KINDS}(?:et|en)?\b", re.I)
# Things named with their kind in the name ("Hotel Lundia", "Novo Nordisk Fonden", "Ballerup
# Idrætsforening"): a sentence without the word names none (a firm is often named bare).
_NAMED_WITH_KIND = re.compile(r"(?:hotel|fond|forening)$", re.I)
# ... but a club is named by its sport or its initials: "Greve Atletik", "Karlslunde
# IF", "Tune BK", "Greve Svømmeklub"
_CLUB = re.compile(r"\b[A-ZÆØÅ][\wæøå-]+\s+(?:IF|BK|FC|GF|IK|Atletik|Fodbold|Håndbold|Tennis|"
                   r"Gymnastik|Badminton|\w*[Kk]lub)\b")
_WORD = re.compile(r"[\wæøåÆØÅ&/.-]+")
_NEAR = 5  # words either side of the asked kind where its name stands


_MUNICIPALITY_ASKED = re.compile(r"\bhvilke[nt]?\s+(?:\w+\s+)?\w*kommuner?\b", re.I)

# A firm by its legal form, wherever it stands: "Pantheon A/S har henvendt sig …"
_FIRM = re.compile(r"\b[A-ZÆØÅ][\w&.-]*(?:\s+[A-ZÆØÅ][\w&.-]*)*\s+(?:A/S|ApS|I/S|P/S|AB|"
                   r"GmbH)(?!\w)")
# Capitalised words that name the municipality's own bodies, not a firm.
_OWN_BODY = re.compile(r"udvalg|kommun|center|centret|råd|forvaltning|afdeling|"
                       r"listen$|partiet$|demokrat|venstre|konservative|radikale", re.I)


# The administration's own unit by its full name: "Center for By, Kultur og Erhverv"
_OWN_UNIT = re.compile(r"\b(?:Cent(?:er|ret|rene)|Sekretariat(?:et)?|Afdeling(?:en)?|"
                       r"Forvaltning(?:en)?)\s+for\s+[A-ZÆØÅ][\wæøå-]*"
                       r"(?:(?:,\s*|\s+og\s+|\s+samt\s+)[A-ZÆØÅ][\wæøå-]*)*")


def asks_name(question: str) -> bool:
    """Is one named firm or body asked for, or municipalities by name ("hvilke
    omegnskommuner sammenlignede man med?")?"""
    return bool(ONE_NAMED.search(question) or _MUNICIPALITY_ASKED.search(question))


def names_one(sentence: str, question: str, municipalities: list[str]) -> bool:
    """Does the sentence name something the question does not (a capitalised word
    inside it that is neither the archive's municipality nor one of its bodies or
    parties)?"""
    if asked := _MUNICIPALITY_ASKED.search(question):
        # "hvilken kommune lå nummer ét?": a municipality the question does not name;
        # "hvilke kommuner kommer de fra?" (several) others than the archive's own: "flyttet
        # til Ballerup fra andre kommuner" names none of them
        said = set(re.findall(r"[\wæøå-]+", question)) | (
            set(municipalities) if asked.group(0).lower().endswith("kommuner") else set())
        return any(w in MUNICIPALITIES and w not in said
                   for w in re.findall(r"[A-ZÆØÅ][\wæøå-]+", sentence))
    # (any word the question says: "det nye indgangsparti" — "Indgangsparti på …")
    known = {w.lower() for w in _WORD.findall(question)} | {
        m.lower() for m in municipalities}
    kind = ONE_NAMED.search(question)
    if kind is not None and not _FIRM.search(sentence):
        # the kind asked for, spoken of in the sentence ("kontaktet af et phonerfirma, som
        # agerer døråbner …"): named only by a name beside it
        head = kind.group(1).lower()
        words = _WORD.findall(sentence)
        at = [i for i, w in enumerate(words) if head in w.lower()]
        if at:
            return any(_unknown_name(words[j], known) for i in at
                       for j in range(max(1, i - _NEAR), min(len(words), i + _NEAR + 1))
                       if j not in at)
        if head.endswith("forening") and _CLUB.search(sentence):
            return True
        if _NAMED_WITH_KIND.search(head):
            return False
    # not the first part of a compound name ("Erhvervs- og …udvalget"), nor the word that
    # opens what follows a colon ("… mindretalsudtalelse: Studieturen til Lund …")
    # nor a title in quotes (a project or a budget line: ”Pulje til genopretning o.l.”)
    text = re.sub(r"\b[A-ZÆØÅ]\w*-(?=[\s,])", " ", _QUOTED.sub(" ", _OWN_UNIT.sub(" ", sentence)))
    text = re.sub(r"(?<=[:;]\s)[A-ZÆØÅ]", lambda m: m.group(0).lower(), text)
    return bool(_FIRM.search(sentence)) or any(
        _unknown_name(w, known) for w in CAPITALISED.findall(text))


_QUOTED = re.compile(r"[\"”“»«'’]([^\"”“»«]{2,80})[\"”“»«'’]")


def kind_unnamed(sentences: list[str], question: str) -> bool:
    """Do the minutes speak of the very kind asked for and never name it? "Hvilket
    phonerfirma skulle ringe …?" — "kontaktet af et phonerfirma, som agerer døråbner …":
    the firm is not named, whatever other names the item holds. Only a kind as specific
    as a compound ("phonerfirma", "reklamebureau") or one named with its kind ("hotel"):
    a bare "virksomhed" is spoken of everywhere."""
    kind = ONE_NAMED.search(question)
    if kind is None:
        return False
    head = kind.group(1).lower()
    if not (_NAMED_WITH_KIND.search(head) or re.fullmatch(rf"\w+(?:{_FIRM_KINDS})", head)):
        return False
    spoken = [s for s in sentences if head in s.lower()]
    return bool(spoken) and not any(names_one(s, question, []) for s in spoken)


def _unknown_name(word: str, known: set[str]) -> bool:
    """A capitalised word the question does not say, nor one of the municipality's own."""
    word = word.rstrip(".")
    return bool(re.fullmatch(r"[A-ZÆØÅ][\wæøå&-]{2,}|[A-ZÆØÅ]{2,}", word)) and (
        word.lower() not in known and not _OWN_BODY.search(word))


# "Referatet nævner ikke <what>" per asked type.
ASKED_WHAT = {"amount": "beløbet", "count": "antallet", "percent": "procentsatsen",
              "date": "datoen", "duration": "varigheden", "person": "hvem",
              "party": "partiet", "place": "stedet", "quantity": "tallet",
              "rank": "placeringen", "frequency": "hvor ofte"}
_WEEKDAY = re.compile(r"\bugedag", re.I)


def asked_what(asked: str, question: str) -> str:
    """What the minutes do not state, in the question's own terms: a date asked as a clock
    time or a weekday is named so ("nævner ikke klokkeslættet", not "datoen")."""
    if asked == "date" and TIME_OF_DAY.search(question):
        return "klokkeslættet"
    if asked == "date" and _WEEKDAY.search(question):
        return "ugedagen"
    return ASKED_WHAT[asked]


def not_stated(ctx: Context, item: RetrievedItem, what: str) -> Answer:
    """The item was found, but it does not state what was asked: say so, cite it."""
    note = (f"{where(item)} handler om emnet, men referatet nævner ikke {what}.")
    return decline(ctx, note, lead="Det står ikke i referaterne.", cite=item)
