"""Question understanding for Danish: dates, committee and punkt become metadata filters;
the kind of question decides how the answer is assembled.

>>> q = parse_question("hvad besluttede udvalget om studieturen den 7. februar 2023?")
>>> q.kind, q.date_from, q.date_strict
('decision', datetime.date(2023, 2, 7), True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from referat.danish import (
    DANISH_MONTHS,
    own_question,
    stems,
    topic_stems,
)
from referat.domain import ItemRef
from referat.period_patterns import NUMBER_WORDS, YEARS_AGO
from referat.periods import Period, find_period, period_words
from referat.values import CASE_NUMBER

from .asked_names import FULL_NAME, NAME_FIRST
from .asked_patterns import without_meeting_scene
from .bodies import committee_mention, committee_name
from .case_intent import asks_case_history
from .claims import strip_question
from .intent import DECISION, UNANIMITY, decided_by_committee, given_values_dropped
from .meeting_intent import (
    AGENDA_CHANGED,
    AT_PLACE,
    DAY_PART_STEMS,
    EVERY_MEETING,
    MEETING_ABOUT,
    MEETING_ASPECTS,
    MEETING_AT,
    MEETING_BY_SCENE,
    MEETING_HELD,
    MEETING_STARTS,
    MEETINGS_ASKED,
    MEMBERS_BY_FIELD,
    NEEDS_MEETING_NOUN,
    ON_THE_AGENDA,
    PLACE_OFFERED,
    PLANNED,
    TIME_OF_DAY,
    body_words,
    both_lists,
    meeting_named,
    meeting_stems,
    which_items,
)
from .overview import asks_trend
from .parties import MEMBER_NOUN_PREFIXES, PARTIES
from .roles import AGAINST, PERSONS_ASKED, absence_words, asked_role_word, is_role_word
from .topicless import TREND_STEMS

_MEETING_BEFORE = re.compile(r"møde\w*\s(?:den\s|d\.\s?|i\s|fra\s)?$", re.IGNORECASE)
# A period that says when the committee had the matter before it: "da den blev fremlagt i
# september 2023", "… blev forelagt for udvalget i juni" — a meeting's time, not the data's
# (not a plan, "skal behandles i september", nor another body's "blev behandlet i 2017")
_TREATED_BEFORE = re.compile(r"(?:\bda\s+(?:den|det|de|sagen|punktet)\s+blev\s+"
                             r"(?:fremlagt|forelagt|behandlet|drøftet)|\b(?:fremlagt|forelagt|"
                             r"behandlet|drøftet)\s+for\s+(?:udvalget|politikerne))"
                             r"\s+(?:i|den|d\.)\s$", re.IGNORECASE)
_TREATMENT_OF = re.compile(r"\b(?:under|ved|i)\s+(?:sagens\s+|punktets\s+)?behandlingen\s+af\b",
                          re.IGNORECASE)
# "hvor stor en gevinst …", "hvor høj var ledigheden": the adjective asks for a size
# (not "hvor gamle …": the minutes answer "under 20 år gamle")
_HOW_MUCH = re.compile(r"\bhvor\s+(?:store?|stort|høje?|højt|lange?|langt|dyre?|dyrt|bred|"
                       r"bredt|tung|tungt)\b(?:\s+(?:en|et)\b)?(?:\s+(?:andel|del|procentdel)"
                       r"\b(?:\s+af\b)?)?|\bhvad\s+hed(?:der|te)?\b",  # ("hvad hed konsulenten?")
                       re.IGNORECASE)  # ("hvor stor en andel": "71 pct.")
# "punkt 5", "punkt 715", and a printed label: "punkt 5a", "punkt 2.1" (`Question.label`)
PUNKT_RE = re.compile(r"(?<!indstillingens )\bpunkt(?:et)?\s+(?:nr\.\s*)?"
                      r"(?!(?:19[5-9]|20[0-4])\d(?!\d))((\d{1,4})(?:\.\d{1,2}(?!\d))?(?:[a-zæø](?![\wæøå]))?)(?![\d\w])",
                      re.IGNORECASE)
# "Kan offentligheden se, hvad der blev sagt om …?", "var punktet fortroligt?"
# ("hvor mange firmaer lukkede i 2023?" is about firms closing, not a closed item)
CLOSED_WORDS = re.compile(r"\b(?:lukke(?:t|de)\s+(?:punkt\w*|sag\w*|møde\w*|døre)|"
                          r"(?:punkt\w*|sag\w*|det)\s+(?:\S+\s+){0,3}?lukke(?:t|de)|"
                          r"offentligheden|ikke offentlig\w*|fortrolig\w*|hemmelig\w*)\b",
                          re.I)
# A concessive clause says what the asker knows, not what is asked: "Gik studieturen
# igennem, selv om Enhedslisten var imod?" asks the decision, not the vote.
# (up to the next comma: "Selv om det blev vedtaget, hvem stemte imod?" asks the vote)
_CONCESSIVE = re.compile(r"(?:,\s?)?\b(?:selv om|selvom|skønt|på trods af|trods)\b[^?.;:–,]*",
                         re.I)
# A person given to be confirmed: "Var det Claudia Westh Lonning, der deltog under …?" (the
# name is the premise; the matter and the role find the item)
# (a name in it; not a choice: "Var det mest mænd eller kvinder, der …?")
_PREMISED = re.compile(r"^\W*(?:var|er|blev) det\s+(?=[^,?]*(?-i:\b[A-ZÆØÅ][a-zæøå]))"
                       r"(?![^,?]*\beller\b)[^,?]{3,80},\s*(?:der|som)\s+", re.I)
# (kind, patterns) in order of precedence.
_KIND_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("closed", CLOSED_WORDS),
    # ("Stemmer det, at …?" asks whether it is true, not a vote)
    # ("hvordan fordelte stemmerne sig?", "hvordan gik afstemningen?")
    ("vote", re.compile(r"\b(stemte|stemme|stemmer(?!\s+det\b)|stemmerne|stemmefordeling\w*|"
                        r"afstemning\w*|" + AGAINST
                        + r"|mindretal\w*|undlod|standsningsret\w*|"  # (not land: "afstod arealet")
                        r"afstod(?!\s+(?:\S+\s+){0,2}?(?:areal|grund|jord|ejendom)\w*)|"
                        # "Var valget af formand enstemmigt?", "var de enige?"
                        # (not "blev de enige om", agreed on: a decision)
                        + UNANIMITY.pattern + r")\b", re.I)),
    ("number", re.compile(r"\b(hvor mange|hvor meget|hvad koste\w*|hvor stor\w*|antal\w*|beløb\w*|"
                          r"procent\w*|pct|andel\w*|hvor høj\w*|hvor lav\w*|hvor længe)\b", re.I)),
    ("decision", DECISION),
    ("when", re.compile(r"\b(hvornår|hvilken dato|hvilke datoer|hvilken dag)\b", re.I)),
    # ("Var der nogen fra psykiatrien med, da …?": who of them joined)
    ("who", re.compile(r"\b(hvem|navn\w*|(?:var|deltog|kom) der nogen (?:fra|af))\b|"
                       # "Var det Kenneth Andersen, der fremlagde analysen …?": who did it
                       + _PREMISED.pattern + "|" + PERSONS_ASKED.pattern, re.I)),
]
HYPHENATED = re.compile(r"\b([a-zæøå]{4,})-([a-zæøå]{4,})\b", re.I)
# "Hvem anbefalede …", "hvem foreslog …": who advised is asked, not what was decided
# (but "hvem godkendte studieturen?" asks the decision, and who made it).
_WHO_ACTED = re.compile(r"^\W*hvem\s+(?:anbefal\w*|foreslå\w*|foreslog|indstill\w*|fremlagde"
                        r"|stod\s+bag|står\s+bag)\b", re.I)

PARTY_STEMS = frozenset(stems(" ".join(name for name, _ in PARTIES), frozenset()))


_WHO_FRAME = frozenset(stems("udefra eksterne eksternt administrationen forvaltningen gennemgået "
                             "gennemgik gennemgås behandlet behandlede drøftet drøftede "
                             "fremlagt fremlagde præsenteret præsenterede", frozenset()))
_PROMISED = re.compile(r"\b(?:lovet|lovede|varslet|varslede|bebudet|bebudede)\b", re.I)
# "hvornår skulle forvaltningen vende tilbage med status på X?", "hvor langt er aftalen
# kommet?": the administration's coming back, or the progress, is the asking
_RETURNS = re.compile(r"\b(?:vende|vender|vendte|komme|kommer)\s+tilbage\s+(?:med|til)\b|"
                      r"\bhvor\s+langt\s+(?:\S+\s+){0,5}?(?:kommet|nået)\b", re.I)
_RETURN_STEMS = frozenset(stems("vende vender vendte komme kommer kommet tilbage langt nået "
                                "forvaltningen administrationen", frozenset()))
_CLAIM_FRAME = re.compile(r"\bstemmer\s+det\b", re.I)  # "Stemmer det, at …?": no vote


@dataclass
class Question:
    text: str
    kind: str = "fact"  # decision|number|vote|who|when|meeting|closed|fact
    meeting_aspect: str | None = None  # attendees|absentees|place|time|agenda|name
    date_from: date | None = None
    date_to: date | None = None
    date_strict: bool = False  # a named day: never answer from another meeting
    date_soft: bool = False  # a bare year ("nytårskuren 2025"): a preference, never a filter
    date_label: str = ""
    relative_meeting: str | None = None  # "latest" | "previous" | "first"
    period_kind: str = ""  # day | month | quarter | half | season | year | range
    names_meeting: bool = False  # "junimødet", "mødet i juni", "på mødet den 7/2"
    # No meeting of the archive in the named period, which is another body's: the
    # Danish note to decline with when no minutes report that period either.
    unreported: str = ""
    # Committees the question names that hold no meeting in the scope asked (another
    # municipality's): another body's, as one the archive does not hold (`rag.scope`)
    named_elsewhere: bool = False
    # The named year lies before the archive and no item names it: the asker's own
    # ("min far fik førtidspension i 1999"), no period of the minutes (`rag.answer`)
    period_own: bool = False
    punkt: int | None = None
    label: str = ""  # the item's number as asked ("5a", "2.1"), see `scope`
    named_items: frozenset[ItemRef] = frozenset()  # by case number: the user named them
    # the stems of the place that named the meeting ("ude hos Toms"): no matter asked
    place_words: frozenset[str] = frozenset()
    committee_mention: str | None = None
    topic: list[str] = field(default_factory=list)  # stemmed topic words
    # topic words the archive never has → the stems it has for them ("firma" → "virksom")
    known_forms: dict[str, list[str]] = field(default_factory=dict)
    retrieval_mode: str = "hybrid"  # set by the answerer: hybrid | bm25 | dense
    search_text: str = ""

    @property
    def has_date(self) -> bool:
        return self.date_from is not None or self.relative_meeting is not None


def _strip(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end() :]


_DAY_RUN = re.compile(r"\d{1,2}\.?\s*[-–]\s*\d{1,2}\.")
_MONTH_WORD = re.compile(rf"\b(?:{'|'.join(DANISH_MONTHS)})\b", re.I)


def _apply_period(q: Question, period: Period, rest: str) -> str:
    """Set the question's period fields; returns the text without a named day or month
    (years, quarters, half-years and seasons stay: they are often the topic itself,
    "Jobcamp 2025", "tal for 4. kvartal")."""
    q.date_label = period.label.strip()
    q.period_kind = period.kind
    a, b = period.span
    q.names_meeting = period.names_meeting or bool(
        _MEETING_BEFORE.search(rest[max(0, a - 16):a])
        or _TREATED_BEFORE.search(rest[max(0, a - 40):a]))
    if period.relative:
        q.relative_meeting = period.relative
        if period.year is not None:  # "det sidste møde i 2023": of that year's meetings
            q.date_from, q.date_to = period.start, period.end
        return rest
    if period.year is None:
        # "i juni" when no June meeting is indexed: a period nothing matches, so the
        # answerer says there is no such meeting instead of answering from another.
        period = replace(period, year=1)
    q.date_from, q.date_to = period.start, period.end
    # (a run of days, "14.-15. november 2023", is an event's, never one meeting's day)
    soft = period.soft or bool(_DAY_RUN.match(period.label))
    q.date_strict, q.date_soft = period.kind == "day" and not soft, soft
    if period.kind == "span" and period.months > 12 and _MONTH_WORD.search(period.label):
        # "fra mødet i juni 2015 til mødet i marts 2025": a stretch of meetings, whose
        # months are no topic (unlike a data period, "fra august til december 2024")
        return rest[:a] + " " + rest[b:]
    if period.kind not in ("day", "week", "month") or period.months > 1:
        # ("fra august til december 2024" is a data period: its months stay words)
        return rest
    return rest[:a] + " " + rest[b:]


# The committee itself, as the subject of its meeting: "da EBU satte sig", "udvalget mødtes"
_COMMITTEE_SAT = re.compile(r"\b(?:udvalget|[A-ZÆØÅ]{2,5}U?)\s+(?:satte sig|sad|mødtes|samledes)\b|"
                            r"\b(?:gik|gå|går)\s+(?:\w+-)?udvalget\s+i\s+gang\b")
# To receive something, not to be against it: "tog politikerne imod det", "tager … imod"
_RECEIVED = re.compile(r"\b(?:tog|tager|tage|taget|tages)\s+(?:politikerne|udvalget|\w*udvalget|"
                       r"udvalgsmedlemmerne|byrådet|kommunalbestyrelsen|de|man)\s+imod\b", re.I)
# Against a rule, not in a vote: "strider … imod", "i strid med"
_CONFLICT = re.compile(r"\b(?:strider|stred|stridende)\b[^?]{0,60}?\bimod\b", re.I)


# "… i maj 2015. Hvad skete der på mødet måneden efter?": the month after the named one
_NEXT_MONTH = re.compile(r"[^?]*?\b(?:måneden|mødet|møde) (?:efter|derpå|derefter)\b", re.I)
_NEXT_WORD = re.compile(r"\bmåneden\b", re.I)


def parse_question(text: str, meeting_dates: Iterable[date] | None = None) -> Question:
    """Understand one question; `meeting_dates` (the archive's) resolve periods named
    without a year ("junimødet", "den 7/2")."""
    q = Question(text=text.strip())
    # a case number is no date: "Sag 88.20.04-Ø54-10-18" holds no "10-18"
    rest = CASE_NUMBER.sub(" ", q.text)
    period = find_period(rest, dates := list(meeting_dates or ()))
    if period is not None and period.kind == "month" and period.month and _NEXT_MONTH.match(
            rest, period.span[1]):
        # "GIS-punktet blev skubbet i maj 2015 – hvad skete der på mødet måneden efter?"
        later = period.month % 12 + 1
        period = replace(period, month=later, year=period.year and period.year + (later == 1))
        rest = _NEXT_WORD.sub(" ", rest)  # ("måneden" names the time, no matter)
    if period is not None:
        period = period.resolve(dates)
        rest = _apply_period(q, period, rest)
    rest = YEARS_AGO.sub(" ", rest)  # "for ti år siden" names a time, never a matter
    m = PUNKT_RE.search(rest)
    if m:
        q.label = m.group(1).lower()
        q.punkt = int(m.group(1)) if m.group(1).isdigit() else None
        rest = _strip(rest, m)
    mention = committee_mention(rest)
    q.committee_mention = committee_name(mention) if mention else None

    # "…, selv om Enhedslisten var imod?"; "faldt til 16,3 pct. – satte de noget i gang?"
    # (and the question, not a statement it opens with: "Antallet steg – nøjedes de …?")
    own = own_question(q.text, decided_by_committee)
    asked_kind = without_meeting_scene(given_values_dropped(_CONCESSIVE.sub("", own)))
    for kind, rx in _KIND_PATTERNS:
        if rx.search(asked_kind):
            q.kind = kind
            break
    if q.kind == "decision" and _WHO_ACTED.match(asked_kind):
        q.kind = "who"  # "Hvem anbefalede, at …?" asks who, not what was decided
    if q.kind == "who" and (premise := _PREMISED.match(rest)):
        rest = "Hvem " + rest[premise.end():]
    # "hvem var fraværende ved behandlingen af haveaffald?": the treatment names the
    # item, it is not its topic
    topic = topic_stems(_HOW_MUCH.sub(" ", _TREATMENT_OF.sub(" ", rest)))
    if q.relative_meeting:  # "det første møde i arkivet": "første" names the meeting only
        label = set(stems(q.date_label, frozenset())) - set(stems("møde møder mødet"))
        if q.date_from:  # "det sidste møde i 2024": the year names the meeting too
            label |= {str(q.date_from.year)}
        topic = [t for t in topic if t not in label] or topic
    # a compound written with a hyphen is also the one word minutes write ("Fleksjob-
    # ledighed" — "Fleksjobledigheden"); not a range or a name ("18-29-årige", "Hede-")
    topic += stems(" ".join(a + b for a, b in HYPHENATED.findall(rest)), frozenset())
    named = period_words(q.text)  # "i sommeren 2015" names the meeting, not a topic
    asked = _before_remark(q.text)  # the question, not a remark after it ("… Han har jo …")
    asked_stems = set(topic_stems(strip_question(asked)))  # (not "Jeg har læst, at …")
    for aspect, rx in MEETING_ASPECTS:
        if aspect == "agenda" and ((ON_THE_AGENDA.search(asked) and not meeting_named(asked))
                                   or asks_case_history(asked) or AGENDA_CHANGED.search(asked)):
            # "for at få grønne pendlervaner på dagsordenen": no meeting's agenda (nor
            # "var det på udvalgets dagsorden før februar 2024?": a case's history)
            continue
        # (a day named with the committee names its meeting too: "hvad var klokken, da
        # EBU satte sig den 6/2-24?")
        if rx.search(MEETING_BY_SCENE.sub(r"\1", asked)) and (
                aspect not in NEEDS_MEETING_NOUN or meeting_named(asked)
                                 or (q.date_strict and _COMMITTEE_SAT.search(asked))):
            # "hvem deltog i mødet den 18. marts 2025?" is about the meeting; "hvem
            # deltager fra Exometric?" is about an item.
            # nor is the role a person on its list held ("hvem deltog som direktør")
            role = asked_role_word(q.text)
            # ... nor a person asked about ("var Mette Vaaben Mortensen med på mødet?")
            # (a party on the list: "sad Enhedslisten med på udvalgsmødet?")
            lead = NAME_FIRST.match(q.text)
            full = FULL_NAME.findall(q.text) + ([lead.group(1)] if lead else [])
            # (and how people turned up: "der ikke dukkede op", "var hele udvalget samlet?")
            people = set(stems(" ".join(full) + " dukkede dukker hele samlet fuldtalligt",
                               frozenset())) | (
                PARTY_STEMS) if aspect in ("attendees", "absentees") else set()
            # nor the committee's own name, or its short form ("da EBU holdt møde", "ØU-mødet")
            people |= set(topic_stems(q.committee_mention or "")) | set(topic_stems(
                " ".join(_ACRONYM.findall(q.text))))
            # ... nor the committee sitting down ("da EBU satte sig til bords")
            people |= set(stems(" ".join(m.group(0) for m in _COMMITTEE_SAT.finditer(asked))
                                + " bords bord", frozenset()))
            # ... nor the body by any name or where it sits, nor its meeting's name
            # ("Handicaprådets møde", "børneudvalget i Greve", "byrådsmødet")
            people |= set(topic_stems(body_words(q.text)))
            # ... nor that every meeting is asked ("gennem årene", "i arkivet")
            people |= set(topic_stems(" ".join(m.group(0) for m in EVERY_MEETING.finditer(
                q.text))))
            # ... nor its members named by its field ("erhvervs- og beskæftigelses-
            # politikerne", "kommunens 2. viceborgmester")
            people |= set(topic_stems(" ".join(m.group(0) for m in MEMBERS_BY_FIELD.finditer(
                q.text))))
            # ... nor the place it was held at, by name ("afbud til mødet på Toms")
            people |= set(stems(" ".join(m.group(1) for m in AT_PLACE.finditer(q.text)
                                         if m.group(1)[0].isupper()), frozenset()))
            # (right after the meeting, "møde på toms allé – …"; the places offered, "på
            # rådhuset eller ude i en virksomhed"; a dated one's matter, "… om Køge Bugt")
            people |= set(stems(" ".join([m.group(1) for m in MEETING_AT.finditer(q.text)] + [
                m.group(0) for m in PLACE_OFFERED.finditer(q.text)] + [
                m.group(1) for m in MEETING_ABOUT.finditer(q.text) if q.date_from] + [
                m.group(2) for m in MEETING_BY_SCENE.finditer(q.text)]),
                frozenset()))
            leftover = [t for t in topic_stems(rest) if t in asked_stems
                        and t not in meeting_stems() and not t.isdigit() and t not in people
                        and t not in NUMBER_WORDS  # ("havde tre medlemmer afbud?")
                        and not t.startswith(MEMBER_NOUN_PREFIXES)
                        and t not in named
                        and not (role and (t.startswith(role) or role.startswith(t)))
                        and not is_role_word(t)]
            # "hvad tid begyndte udvalgsmødet hos Toms Gruppen?": the meeting's start,
            # whatever else names the meeting
            # ("I hvilke sager har Ballerup arbejdet sammen med Gladsaxe?" names no
            # meeting: the items that say so, not an agenda)
            if not leftover or (aspect == "agenda" and not PLANNED.search(q.text) and (
                    meeting_named(asked) or q.date_from or not which_items(asked))) or (
                    full and aspect != "agenda" and MEETINGS_ASKED.search(q.text)) or (
                    aspect == "name") or (
                    aspect == "time" and MEETING_STARTS.search(q.text)) or (
                    aspect == "place" and MEETING_HELD.search(q.text)):
                q.kind, q.meeting_aspect = "meeting", both_lists(asked, aspect)
            break
    if q.kind == "vote" and not re.search(r"\b(hvem|hvilke|hvordan|stemte)\b", q.text, re.I):
        q.kind = "decision" if re.search(r"beslut|godkend|vedt", q.text, re.I) else q.kind
    if q.kind == "vote" and _RECEIVED.search(q.text) and not re.search(r"\bstem", q.text, re.I):
        q.kind = "decision"  # "hvordan tog politikerne imod det?": how it was received
    if q.kind == "vote" and _CONFLICT.search(q.text) and not re.search(r"\bstem", q.text, re.I):
        q.kind = "fact"  # "hvilken lokalplan strider centret imod?": rules, no vote
    if asks_trend(q.text):
        # "hvordan har antallet af seniorjob udviklet sig?": the verb of change is not
        # the topic ("strategier … skal udvikles")
        topic = [t for t in topic if t not in TREND_STEMS] or topic
    if q.kind == "who":  # "hvem manglede, da …?": the list asked for, not the topic
        topic = [t for t in topic if t not in absence_words(q.text)] or topic
        # "hvem deltog udefra, da IPS-indsatsen blev gennemgået?": who they were and
        # the treatment, not the matter
        topic = [t for t in topic if t not in _WHO_FRAME] or topic
    if q.date_from and (promised := _PROMISED.findall(q.text)):
        # "hvad har administrationen lovet til septembermødet?": the promise is the
        # asking; its period is the matter ("lovet" is no "lov")
        topic = [t for t in topic if t not in set(stems(" ".join(promised), frozenset()))
                 ] or topic
    if len(re.findall(r"\bstem\w*", q.text, re.I)) == 1 and _CLAIM_FRAME.search(q.text):
        topic = [t for t in topic if t != "stem"]  # "Stemmer det, at …?" asks no vote
    if _RETURNS.search(q.text):
        topic = [t for t in topic if t not in _RETURN_STEMS]  # (none left: asked back)
    if TIME_OF_DAY.search(q.text):  # "hvornår på formiddagen …": a clock time asked
        topic = [t for t in topic if t not in DAY_PART_STEMS] or topic
    q.topic = topic
    q.search_text = re.sub(r"\s+", " ", rest).strip()
    if AGENDA_CHANGED.search(q.text):  # told by the item that approves the agenda
        q.search_text += " Godkendelse af dagsorden"
    return q


# A body's short form in capitals: "EBU", "ØU", "KMU" (…udvalget), "BR", "KB" (a topic's
# acronym, "IPS", stays a topic; a party's letter is one capital)
_ACRONYM = re.compile(r"\b(?-i:[A-ZÆØÅ]{1,4}U|BR|KB|[A-ZÆØÅ]{1,4}(?=-udvalg))\b")  # ("EB-udvalget")


def _before_remark(text: str) -> str:
    """The text up to its question mark when only a remark follows ("…? Han har jo haft
    en periode med fravær"); the whole text otherwise."""
    first, mark, after = text.partition("?")
    return first + mark if mark and after.strip() and "?" not in after else text
