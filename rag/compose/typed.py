"""Does a sentence hold the type of value a question asks for?

"hvor mange …" wants a count (of the asked noun, not of months), "hvad koster …" an
amount, "hvornår …" a date, "hvor længe …" a duration, "hvem er IPS-konsulent?" a
person named next to that role. The fact composer quotes only sentences that pass.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

from referat import values as vals
from referat.danish import DANISH_MONTHS, KOMMUNE, QUESTION_WORDS, STOPWORDS, stems, topic_stems
from referat.periods import period_words
from referat.values import AMOUNT, COUNT, DATE, DURATION, FREQUENCY, PERCENT, PERSON, PLACE
from referat.values import parse_number as figure

from ..confidence import match_weight
from ..weights import WEIGHTS, Weights
from .people_units import PEOPLE_KIND as _PEOPLE_KIND
from .people_units import PEOPLE_UNITS as _PEOPLE_UNITS
from .people_units import people_head
from .sentence_marks import BODY_NAME, ROLE_WHO
from .table_rows import table_row

TYPED = frozenset({"amount", "count", "percent", "date", "duration", "person", "party",
                   "place", "quantity", "rank", "frequency"})
# "quantity" ("hvor meget …", "hvor stor …") is any figure.
KINDS = {"quantity": frozenset({AMOUNT, COUNT, PERCENT, DURATION})}
# (a year said as a time: "i løbet af 2023", "primo 2024", "i slutningen af 2025")
_WHEN_WORDS = re.compile(r"\b(?:uge \d+|kvartal|foråret|efteråret|sommeren|vinteren|"
                         r"(?:i løbet af|primo|medio|ultimo|(?:i )?(?:starten|begyndelsen|"
                         r"slutningen|udgangen) af) (?:\w+ )?(?:19|20)\d\d)\b", re.I)
# An end date answers "hvor længe": "til 1. juni 2025", "frem til den 30. juni"; a start
# answers "hvor længe har …?": "har siden 2015 visiteret borgere" (not "hvor længe kan en
# borger være i nytteindsats?").
_UNTIL = re.compile(rf"\b(?:indtil|til)\s+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+)?"
                    rf"\d{{1,2}}\.\s*(?:{'|'.join(DANISH_MONTHS)})\b",
                    re.I)
_SINCE = re.compile(r"\bsiden\s+(?:\w+\s+)?(?:19|20)\d\d\b", re.I)
_SINCE_ASKED = re.compile(r"\bhvor længe (?:har|havde)\b|\bsiden hvornår\b", re.I)
# "fra hvilken dato …?", "hvad er datoen …?": a day answers, not a year or a quarter
# A span asked: "fra hvornår til hvornår skal projektet køre?", "i hvilken periode …?"
SPAN_ASKED = re.compile(r"\bfra hvornår til hvornår\b|\bhvilken periode\b|\bhvornår (?:starter|"
                        r"begynder) \w+(?: \w+)? og hvornår (?:slutter|stopper)\b|"
                        # "hvornår skulle projektet starte og slutte?", "start- og slutdato"
                        r"\bhvornår\b[^?]{0,80}?\b(?:start|begynd)\w*\s+og\s+(?:slut|stop|"
                        r"ende|afslut)\w*|\bstart- og slut\w*", re.I)
_SPAN = re.compile(r"\bfra\b.+\btil\b|\d\s*[–-]\s*\d|\s[–-]\s")


def holds_span(sentence: str) -> bool:
    """Two dates as the ends of one span: "fra medio 2023 til medio 2026"."""
    return len(vals.find_values(sentence, frozenset({DATE}))) > 1 and bool(_SPAN.search(sentence))
DAY_ASKED = re.compile(r"\b(?:hvilken dato|hvilke datoer|datoen|præcise dato|hvilken dag|"
                       r"hvilke[nt]? ugedag\w*)\b", re.I)
_DAY = re.compile(rf"\b\d{{1,2}}\.\s*(?:{'|'.join(DANISH_MONTHS)})\b|\b\d{{1,2}}/\d{{1,2}}\b|"
                  r"\b\d{1,2}([.-])\d{1,2}\1\d{2,4}\b|"
                  r"\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b", re.I)


def names_day(text: str) -> bool:
    """Does the text date something to a day ("1. april 2025", "7/2", "tirsdag"), not
    only to a year, a quarter or a range ("senest i 2025", "5-6 tjek")?

    >>> names_day("Ansøgningsfristen er 1. april 2025."), names_day("Senest i 2025.")
    (True, False)
    """
    return bool(_DAY.search(text))


_CLOCK = re.compile(r"\b(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\b", re.I)
# "hvornår på dagen …", "hvad tid …", "hvilket tidspunkt …": a time of day answers.
_TIME_UNITS = frozenset(stems("måned måneder år uge uger dag dage time timer kvartal "
                             "kvartaler halvår gang gange", frozenset()))
# "hvor mange var …", "hvor mange deltog …": no noun counted
_NOT_NOUNS = STOPWORDS | QUESTION_WORDS | frozenset(
    stems(" ".join(STOPWORDS | QUESTION_WORDS), frozenset()))


# A country asked for, and a nationality that answers it
_COUNTRY_ASKED = re.compile(r"\b(?:hvilke[tn]? (?:\w+ )?(?:land|lande|nationalitet)|"
                            r"fra hvilke[tn]? lande?)\b", re.I)
_NATIONALITY = re.compile(r"\b(?:dansk|svensk|norsk|finsk|islandsk|tysk|fransk|engelsk|britisk|"
                          r"hollandsk|belgisk|polsk|italiensk|spansk|amerikansk|canadisk|"
                          r"japansk|kinesisk|indisk)(?:e|t)?(?:[\s-]ejet\w*)?\b", re.I)


# A date the text gives as a meeting's ("godkendte på møde den 29. november 2022",
# "Kommunalbestyrelsen den 19. juni 2023"), and questions about a treatment, which such
# a date answers ("hvornår blev det godkendt/behandlet/drøftet?")
_MEETING_BEFORE_DATE = re.compile(
    r"(?:\bmøde\w*|\w*udvalg\w*|\w*bestyrelse\w*|\w*råd(?:et)?)\s+(?:den|d\.)?\s*$", re.I)
TREATMENT_ASKED = re.compile(r"\b(?:behandl\w*|drøft\w*|møde\w*|orienter\w*|forelag\w*|"
                             r"forelæg\w*|dagsorden\w*|sagen|status\w*|fastla\w*|fastsat\w*|"
                             r"\w*udvalg\w*|\w*bestyrelse\w*)\b", re.I)


def meeting_dates_only(sentence: str) -> bool:
    """Is every date of the sentence a meeting's? Such a date answers when a matter was
    treated, not when what it is about happens: "Hvornår åbner butikscentret?" is not
    answered by "Klima- og Miljøudvalget godkendte på møde den 29. november 2022 …".

    >>> meeting_dates_only("Udvalget godkendte på møde den 29. november 2022 forslaget.")
    True
    """
    dates = vals.find_values(sentence, frozenset({DATE}))
    return bool(dates) and all(v.day is not None and _MEETING_BEFORE_DATE.search(
        sentence[max(0, v.span[0] - 40):v.span[0]]) for v in dates)


def holds(sentence: str, asked: str, attendance: bool = False, clock: bool = False,
          counted: str = "", question: str = "") -> bool:
    """Does `sentence` hold a value of the asked type? ("hvor mange deltog …": a count of
    people, not "fire målgrupper"; "hvornår på dagen …" (`clock`): a time of day.)

    >>> holds("Kl. 9.30-10.30 vil udvalget blive vist rundt.", "date", clock=True)
    True
    """
    if asked not in TYPED:
        return True
    if asked == DATE and (clock or _WHEN_WORDS.search(sentence)):
        return not clock or bool(_CLOCK.search(sentence))  # "klokkeslæt": no year, no day
    if asked == DURATION and (_UNTIL.search(sentence) or (
            _SINCE.search(sentence) and _SINCE_ASKED.search(question))):
        return True  # (see `_UNTIL`)
    if asked == PLACE and _COUNTRY_ASKED.search(question) and _NATIONALITY.search(sentence):
        return True  # "hvilket land kommer ejerne fra?" — "… finsk ejet"
    if asked == FREQUENCY and _SHARE_OF_CASES.search(sentence):
        return True  # "hvor tit ender et forløb i job?" — "i cirka 60 pct. af sagerne"
    if asked in (COUNT, AMOUNT, PERCENT) and table_row(sentence):
        return True  # "Sygedagpenge 701 744 6,1 …": a table's figures, its row named
    kinds = KINDS.get(asked, frozenset({asked}))
    if asked == COUNT and counted in _TIME_UNITS:
        kinds = frozenset({COUNT, DURATION})  # "hvor mange timer …?" — "otte timer om ugen"
    values = [v for v in vals.find_values(sentence, kinds) if not vals.is_age(sentence, v)]
    if asked == PERSON and question:
        # a name made only of words the question writes in lower case (or their endings)
        # is none it asks for: "Hvem laver løntilskudsjob og fleksjob …?" — not "ordninger:
        # Løntilskudsjob Fleksjob Job"; a name the question gives may be the answer
        said = set(re.findall(r"(?<![\wæøåÆØÅ])[a-zæøå]+(?![\wæøåÆØÅ])", question))  # (as words)
        values = [v for v in values if v.kind != PERSON or not all(
            any(q == w or q.endswith(w) for q in said) for w in v.name.lower().split())]
    if asked == COUNT and counted in _TIME_UNITS:
        # "hvor mange timer …?": a span of time or a bare figure ("cirka 40 om
        # måneden"), not a count of something else ("tre virksomhedskonsulenter")
        values = [v for v in values if v.kind == DURATION or not v.unit
                  or set(stems(v.unit, frozenset())) <= _TIME_UNITS]  # ("tredje år i træk")
    if asked in (AMOUNT, COUNT) and _EXACT_ASKED.search(question):  # "… helt præcist?":
        values = [v for v in values if re.search(r"\d", v.text)]  # not "et trecifret beløb"
    if attendance and asked == COUNT:
        return any(v.unit in _PEOPLE_UNITS for v in values)
    if asked == PERSON and not values:
        # "hvem havde lavet oplægget?" — "Embedsmandsudvalget … har udarbejdet et oplæg";
        # "hvem hjælper folk i nytteindsats?" — "en holdleder samt tre
        # virksomhedskonsulenter, der hjælper borgerne"
        # ("hvem er projektleder …?" — "Projektlederansvaret ligger hos TEC i Ballerup.")
        return bool(BODY_NAME.search(sentence) or ROLE_WHO.search(sentence)
                    or _HELD_BY.search(sentence))
    return bool(values)


# A share of the cases says how often something happens: "I cirka 60 pct. af sagerne
# afsluttes forløbet til uddannelse", "i halvdelen af tilfældene"
_SHARE_OF_CASES = re.compile(r"\b(?:\d+(?:,\d+)?\s*(?:pct\.?|%|procent)|halvdelen|en\s+tredjedel|"
                             r"en\s+fjerdedel|størstedelen|hovedparten)\s+af\s+(?:alle\s+|de\s+)?"
                             r"(?:sager|sagerne|tilfælde|tilfældene|forløb|forløbene)\b", re.I)


# A task placed with a named body: "… ligger hos TEC i Ballerup", "varetages af KL"
_HELD_BY = re.compile(r"\b(?:ligger|er placeret|er forankret|forankres|placeres|varetages)\s+"
                      r"(?:hos|af)\s+(?-i:[A-ZÆØÅ])", re.I)


_EXACT_ASKED = re.compile(r"\b(?:præcis[te]?|nøjagtig[te]?|eksakt[e]?)\b", re.I)
# An event by name and year: "Jobcamp 2023", "Nytårskuren 2024"
_EDITION = re.compile(r"\b((?-i:[A-ZÆØÅ])[\wæøå-]+)\s+((?:19|20)\d\d)\b", re.I)


def other_edition(sentence: str, question: str) -> bool:
    """Does the sentence name only another year's edition of the event the question
    names by year? "Jobcamp 2023 – i hvilken by?" is not answered by "Jobcamp 2025
    afholdes i Aalborg".

    >>> other_edition("Jobcamp 2025 afholdes i Aalborg.", "Jobcamp 2023 – i hvilken by?")
    True
    """
    for name, year in _EDITION.findall(question):
        named = re.findall(rf"\b{re.escape(name)}\s+((?:19|20)\d\d)\b", sentence, re.I)
        if named and year not in named:
            return True
    return False


def person_beside(sentence: str, typed: bool, overlap: float, lead: str,
                  lead_overlap: float) -> bool:
    """Who is asked, and the name is in the sentence next to the one on the topic: quote
    both. After it: "Erhvervslivets nytårskur 2023: 150 deltagere mødte op … Deltagerne
    roste oplægsholderne, der blandt andet talte Kristian Jensen …"; before it:
    "Ekspertudvalget kom i sommeren 2024 med en række anbefalinger … Her var en af
    anbefalingerne blandt andet, at løntimer … skal være det bærende princip"."""
    if typed:
        return overlap == 0 and lead_overlap > 0 and not holds(lead, PERSON)
    return overlap > lead_overlap > 0 and bool(_GOES_ON.match(sentence)) and holds(
        lead, PERSON) and not holds(sentence, PERSON)


# A sentence that goes on about the one before: "Her var en af anbefalingerne …"
# (not "Det sker …", "Den 7. februar …", "De unge …")
_GOES_ON = re.compile(r"(?:Her|Heraf|Heriblandt|Dette|Denne|Disse|Han|Hun|Blandt|Bl\.a\.)\b")


_HEAD_MIN = 6  # a shorter shared ending is no noun ("-ning", "-else")


def same_head(a: str, b: str) -> bool:
    """Two compounds with one head: "transportløsning" and "mobilitetsløsning".

    >>> same_head("transportløsning", "mobilitetsløsning"), same_head("ledig", "plads")
    (True, False)
    """
    n = len(os.path.commonprefix([a[::-1], b[::-1]]))
    return n >= _HEAD_MIN and min(len(a), len(b)) > n + 2


def counts(counted: str, sentence: str, topic: list[str]) -> bool:
    """Does the sentence count the asked noun? "hvor mange arbejdspladser …" is not
    answered by "13 brands": a count of another noun, and no word for jobs. A count
    of people answers a question counting people ("personer" / "27 borgere"), a count
    of a word of the question's topic answers it too ("kvadratmeter detailhandel")."""
    values = vals.find_values(sentence, frozenset({COUNT}))
    units = [v.unit for v in values]
    if not units or not all(units):
        return True  # a bare figure: the sentence's words decide (see `on_topic`)
    if counted in _TIME_UNITS:  # "hvor mange år i træk …?" — "for tredje år i træk"
        return counted in units or any(u not in _TIME_UNITS for u in units)
    if all(vals.is_average(sentence, v) for v in values):
        # an average counts its own noun only: "(gennemsnit på 3,04 ansatte)" answers
        # "hvor mange ansatte har de?", not "hvor mange firmaer kom?"
        return any(match_weight(counted, {u}) > 0 for u in units)
    # a list's label names what is counted: "Løntilskud (52 pladser)" counts løntilskud
    if any(match_weight(t, {u}) > 0 for t in topic for u in _labels(sentence)):
        return True
    if counted in _NOT_NOUNS:  # "hvor mange har …": any count but of time ("to gange")
        return any(u not in _TIME_UNITS for u in units)
    # every figure counts something named: one must be the asked noun or a word of the
    # topic, or the sentence names the asked noun next to a count of anything but time
    # ("Ordinære job i Ballerup Kommune (4719 stillinger)"; not "de sidste 12 måneder")
    counted = people_head(counted)  # "ydelsesmodtagere" are "modtagere": people
    people = counted in _PEOPLE_UNITS
    if people and all(u in _PEOPLE_UNITS and _PEOPLE_KIND.get(u) != _PEOPLE_KIND.get(counted)
                      for u in units):
        return False  # "hvor mange borgere fik hjælp af IPS-konsulenten?" — "én IPS-konsulent"
    # (the topic's word itself: "seks butikker" does not count "butikscentret"'s jobs, nor
    # "5-6 tjek" the firms that had an "energitjek")
    if any(match_weight(counted, {u}) > 0 or any(match_weight(t, {u}) > _PART for t in topic)
           or (people and u in _PEOPLE_UNITS and _PEOPLE_KIND.get(u) == _PEOPLE_KIND.get(
               counted)) or same_head(counted, u) for u in units):
        return True
    # (or a compound with it as its head: "uddannelseshjælpsforløb" names "forløb")
    named = any(s == counted or (s.endswith(counted) and len(s) > len(counted) + 2)
                for s in stems(sentence))
    # (not people of another kind: "medarbejdere fra STAR … interviews med 21 borgere")
    # (a compound names its head's people: "virksomhedskonsulenter" are staff)
    return named and any(u not in _TIME_UNITS and not (
        people and people_head(u) in _PEOPLE_UNITS
        and _PEOPLE_KIND.get(people_head(u)) != _PEOPLE_KIND.get(counted)) for u in units)


_PART = WEIGHTS.compound_match  # a word of a compound ("butik" of "butikscenter")
_LABELLED = re.compile(r"([\wæøå-]+)\s*\(\s*\d")


def _labels(sentence: str) -> list[str]:
    """Stems of the labels a list puts before its figures: "Virksomhedspraktik (44)"."""
    return [u for m in _LABELLED.finditer(sentence) for u in stems(m.group(1), frozenset())]


def counts_asked(sentence: str, counted: str, topic: list[str], w: Weights) -> bool:
    """Does a count in the sentence count the asked noun ("hvor mange borgere …" —
    "27 borgere"), or, when "hvor mange" names no noun, a word of the topic?

    >>> from ..weights import WEIGHTS
    >>> counts_asked("- Virksomhedspraktik (44)", "var", ["virksomhedspraktik"], WEIGHTS)
    True
    >>> counts_asked("130 borgere i løntilskud", "var", ["virksomhedspraktik"], WEIGHTS)
    False
    """
    units = [v.unit for v in vals.find_values(sentence, frozenset({COUNT})) if v.unit]
    # a list's label counts too: "Virksomhedspraktik (51 pladser)"
    units += _labels(sentence)
    wanted = topic if counted in _NOT_NOUNS else [counted]
    return any(match_weight(t, {u}, w) > 0 for t in wanted for u in units)


# A bare figure the question gives as what it picks from: "af de 163", "de 427, der …"
# (not a law's "kapitel 13", nor a day)
_BARE_FIGURE = re.compile(r"\b(?:af\s+(?:de|disse|\w+s)|de)\s+(\d{1,3}(?:\.\d{3})*(?:,\d+)?)"
                          r"(?![\w/-]|[.,]\d)", re.I)


def only_given(sentence: str, asked: str, question: str,
               municipalities: Iterable[str] = ()) -> bool:
    """Are the sentence's values of the asked type all figures the question itself
    states? "Hvor mange af kommunens 297 elevpladser var SOSU-elever?" is not answered
    by "Elev- og praktikpladser (297)".

    >>> only_given("Elev- og praktikpladser (297).", "count",
    ...            "Hvor mange af kommunens 297 elevpladser var SOSU-elever?")
    True
    """
    if asked == PLACE:
        # "Hvor ligger Erhvervshus Hovedstadens kontor?" is not answered by "direktøren
        # fra Erhvervshus Hovedstaden": what the question asks the place of (a place it
        # names as such, "hvilke steder i Lund …?", may be in the answer)
        # (the archive's municipality is where the question is asked, not a place it
        # asks about: "hvor er den placeret i Ballerup?" — not "i Ballerup Kommune")
        where = {s for v in vals.find_values(question, frozenset({PLACE})) for s in stems(v.name)
                 } - {s for m in municipalities for s in stems(m)}
        named = (set(stems(question)) - where) | KOMMUNE
        places = vals.find_values(sentence, frozenset({PLACE}))
        return bool(places) and all(set(stems(v.name)) <= named for v in places)
    kinds = KINDS.get(asked, frozenset({asked}))
    given = {v.number for v in vals.find_values(question, kinds) if v.number is not None}
    # (a bare figure too: "hvor mange af de 163, der fik tilkendt førtidspension, …?")
    given |= {figure(n) for n in _BARE_FIGURE.findall(question)} - {None}
    # (any other figure may answer: "Hvor mange … får mindst én samtale?" — "80 pct.")
    values = [v.number for v in vals.find_values(sentence, kinds | KINDS["quantity"])
              if v.number is not None]
    return bool(given and values) and all(n in given for n in values)


# ("hvor mange af kommunens 297 elevpladser var SOSU-elever?" too)
# (not "hvor stor en del af …?": a percentage asked is answered by any share of the
# group — tried with the count's predicate check, five dev questions lost their answer)
_SHARE_OF = re.compile(r"\bhvor mange af (?:(?:de|dem|disse|alle|\w+s)\s+\S+|"
                       r"\w+(?:erne|ene|ne)\b)", re.I)  # ("… af deltagerne …")
# A name in a question: capitalised, all capitals, or with a digit ("3F", "HK", "Brydehuset")
_NAMED = re.compile(r"\b(?:\w*\d\w*[a-zæøå]\w*|[A-ZÆØÅ]{2,}|[A-ZÆØÅ][a-zæøåé]{2,})\b")


# What the question says of the group follows its first auxiliary or copula ("… de 625
# nystartede virksomheder i 2023 var enkeltmandsvirksomheder?"), after any relative
# clause of the group (", der lukkede i 2023,")
_GROUP_CLAUSE = re.compile(r"(?:^\s*|,\s*)(?:der|som)\b[^,?]*,")
_SAID_AFTER = re.compile(r"\b(?:var|er|blev|bliver|har|havde|fik|får|skal|skulle|kan|kunne|"
                         r"vil|ville)\b", re.I)


@dataclass(frozen=True)
class Share:
    """"Hvor mange af de unge …?" asks a count that a share answers, when the share is
    of the group the question names and says what the question says of it."""
    names: frozenset[str]  # "… medlem af 3F": not "60 pct. er mænd"
    said: tuple[str, ...]  # "… er i job efter forløbet"
    # the part after the group's verb ("enkeltmandsvirksomheder"): a count of the group
    # itself ("625 nystartede virksomheder") does not say it
    predicate: tuple[str, ...] = ()

    def answered_by(self, have: set[str], w: Weights) -> bool:
        # (a compound asked is not named by its head alone: "enkeltmandsvirksomheder" is
        # not said by "625 nystartede virksomheder", "dagpengemodtagere" not by "modtager")
        said = sum(match_weight(t, {h for h in have if len(h) >= len(t) - 2}, w) > 0
                   for t in self.said)
        told = sum(match_weight(t, {h for h in have if len(h) >= len(t) - 2}, w) > 0
                   for t in self.predicate)
        return (self.names <= have and said >= w.share_said_part * len(self.said)
                and told >= w.share_said_part * len(self.predicate))


def share_asked(question: str, municipalities: list[str]) -> Share | None:
    """The share a "hvor mange af de …" question asks for, or None.

    >>> share_asked("Hvor mange af de 625 nye firmaer var enkeltmandsvirksomheder?", []).predicate
    ('enkeltmandsvirksom',)
    """
    m = _SHARE_OF.search(question)
    if m is None:
        return None
    own = set(stems(" ".join(municipalities), frozenset())) | period_words(question)
    names = set(stems(" ".join(_NAMED.findall(question[1:])), frozenset())) - own
    rest = _GROUP_CLAUSE.sub(" ", question[m.end():])
    verb = _SAID_AFTER.search(rest)
    # (not the period asked of, which a report's title gives: "… fik sanktioner i perioden
    # 2. kvt. 2023 til 1. kvt. 2024?")
    frame = own | _PERIOD_FRAME

    def said(text: str) -> tuple[str, ...]:
        return tuple(t for t in topic_stems(text) if t not in frame and not (
            t.isdigit() and len(t) == 1))  # (the ordinal of "2. kvt.", not "under 40 år")
    return Share(frozenset(names), said(question[m.end():]),
                 said(rest[verb.end():]) if verb else ())


_PERIOD_FRAME = frozenset(stems("perioden periode kvt kvartal kvartaler halvår halvåret "
                                "opgørelsen opgørelsesperioden", frozenset()))

