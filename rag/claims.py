"""Claims to fact-check: split a text (one claim, a "Passer det, at …?" question, a pasted
paragraph) into claims, and split each claim into typed parts — amounts, counts,
percentages, dates and periods, people, party letters, places and the decision itself.

A claim's dates are facts to check, never meeting filters, unless the claim says "på
mødet den …" (then `meeting_day` holds that meeting's date).

>>> [c.core for c in split_claims("Passer det, at studieturen gik til Lund? Den kostede 5 kr.")]
['studieturen gik til Lund', 'Den kostede 5 kr.']
>>> [(p.kind, p.text) for p in parse_claim("Udvalget udsatte besøget hos Caverion.").parts]
[('place', 'Caverion'), ('decision', 'udsat')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from referat.danish import QUESTION_WORDS, STOPWORDS, sentences, stems
from referat.periods import Period, find_periods
from referat.values import COUNT, DATE, PARTY, PERSON, PLACE, RANK, Value, find_values

DECISION = "decision"
UNANIMOUS = "unanimous"  # "godkendte enstemmigt": no one voted against or abstained
# A claim that all agreed: "enstemmigt", "uden stemmer imod", "alle stemte for"
UNANIMITY_CLAIMED = re.compile(r"\b(?:enstemmig\w*|uden\s+(?:nogen\s+)?stemmer\s+imod|"
                               r"(?:alle|samtlige)\s+(?:\w+\s+)?(?:stemte\s+for|var\s+enige)|"
                               r"ingen\s+stemte\s+(?:imod|i\s+mod))\b", re.I)

# "Passer det, at …?", "Er det rigtigt, at …", "… – passer det?", "…, ikke?"
_LEAD = re.compile(
    r"^\s*(?:(?:passer|stemmer) det(?:\s+virkelig)?|er det (?:rigtigt|korrekt|sandt|sådan)|"
    r"kan det passe|har jeg ret i|jeg har hørt|jeg har læst|det siges)\s*,?\s*(?:at\s+)?",
    re.IGNORECASE)
_TAIL = re.compile(
    r"\s*(?:[-–—,]\s*)?(?:(?:passer|stemmer) det|er det (?:rigtigt|korrekt|sandt)|"
    r"er det det,? (?:der|som) står(?: i referatet)?|står der det(?: i referatet)?|"
    r"ikke sandt|ikke)\s*\?*\s*$", re.IGNORECASE)

# What a claim says was decided; the first that matches wins (negation before approval).
CLAIMED_OUTCOMES: list[tuple[str, re.Pattern[str]]] = [
    ("udsat", re.compile(r"\b(?:udsatte|udsat|udsættes|udskød|udskudt)\b", re.I)),
    ("afvist", re.compile(
        r"\b(?:afviste|afvist|afvises|forkastede|forkastet|sagde nej|stemte nej|"
        r"(?:godkendte|vedtog|besluttede|bevilgede|tiltrådte)(?:\s+(?:de|politikerne|byrådet|"
        r"kommunalbestyrelsen|[\w-]*udvalget))?\s+ikke|"
        r"ikke (?:godkendt|vedtaget)|blev(?:\s+\w+){0,2}?\s+ikke (?:godkendt|enige)|"
        r"sagde(?:\s+\w+){1,2}?\s+nej|sagde(?:\s+\w+){0,2}?\s+ikke ja|"
        r"gav(?:\s+\w+){0,2}?\s+ikke grønt lys)\b", re.I)),
    ("efterretning", re.compile(r"\befterretning\b", re.I)),
    ("anbefalet", re.compile(r"\b(?:anbefalede|anbefalet|indstillede|oversendte|oversendt)\b",
                             re.I)),
    ("godkendt", re.compile(
        r"\b(?:godkendte|godkendt|godkendes|vedtog|vedtaget|vedtages|bevilgede|bevilget|"
        r"tiltrådte|sagde(?:\s+(?!ikke\b)\w+){0,2}?\s+ja|besluttede|besluttet|"
        r"blev(?:\s+(?!ikke\b)\w+){0,2}?\s+enige om|"
        r"gav(?:\s+(?!ikke\b)\w+){0,2}?\s+grønt lys)\b", re.I)),
]
OUTCOME_WORDS = {
    "udsat": "udsat", "afvist": "ikke godkendt (afvist)", "efterretning":
    "taget til efterretning", "anbefalet": "anbefalet/oversendt", "godkendt": "godkendt",
    "andet": "en anden beslutning",
}
# Words that say who acts or that something was decided, not what the claim is about.
_GENERIC_TEXT = (
    "udvalget udvalg udvalgets kommunen kommune kommunens ballerup politikerne politikere "
    "medlemmerne beslutning besluttede besluttet godkendte godkendt vedtog vedtaget "
    "bevilgede bevilget afviste afvist udsatte udsat tog efterretning anbefalede anbefalet "
    "passer rigtigt korrekt sandt stemmer virkelig hørt læst siges blev bliver er var har "
    "havde fik skal skulle sagde ja nej enige tiltrådte indstillede oversendte ikke også "
    "mødet møde den det at en et meldte meldt cirka ca omkring alt tale samlet hele lige "
    "næsten knap knapt snit grønt lys ifølge referatet referaterne højst maksimalt mindst "
    "nærmere bestemt præcis faktisk endda altså nemlig")
# `stems()` drops surface words before stemming; the stems catch other inflections.
_GENERIC_WORDS = frozenset(_GENERIC_TEXT.split()) | STOPWORDS | QUESTION_WORDS
_GENERIC = frozenset(stems(_GENERIC_TEXT, frozenset())) | _GENERIC_WORDS


def _topic_stems(text: str) -> list[str]:
    return [t for t in stems(text, _GENERIC_WORDS)
            if t not in _GENERIC and not any(ch.isdigit() for ch in t)]


# Words of who did what, kept for choosing the sentence (not for finding the item).
_ROLE_WORDS = frozenset(stems("stemte imod deltog valgt formand afbud fravær undlod", frozenset()))
_ROLE_DROP = STOPWORDS - {"imod", "mod"}
# Capitalised runs that name an organisation, not a person ("Region Hovedstaden").
_ORGANISATION = frozenset("Region Erhvervshus Center Jobcenter Jobcentret Business Interreg "
                          "Toms Lunds Medicon Danmarks Dansk Styrelsen".split())
# A claim about what the committee heard or did then: its date is the meeting's.
REPORTED = re.compile(r"\b(?:hørte|fik\s+(?:\w+\s+){0,2}?at\s+vide|blev\s+(?:\w+\s+)?"
                      r"orienteret|orienteret|behandlede|drøftede|på\s+(?:udvalgs)?mødet|"
                      # "Politikerne blev i juni 2015 enige om, at …": agreed at the meeting
                      r"blev\s+(?:\S+\s+){0,4}?enige|"
                      # a vote or an election held at the meeting: "… undlod at stemme ved
                      # valget i marts 2025", "blev valgt som formand i marts 2025"
                      r"stemte|undlod|blev\s+(?:\S+\s+){0,2}?valgt|valget)\b",
                      re.I)
# … unless the claim dates an event of its own: "studieturen gennemføres i november".
OWN_TIME = re.compile(r"\b(?:holdes|holdt|afhold\w*|gennemfør\w*|f(?:inder|andt)\s+sted|"
                      r"foreg\w+|åbne\w*|start\w*|begynd\w*|tr(?:æder|ådte)\s+i\s+kraft)\b", re.I)
_DECIDED_ON = re.compile(
    r"\b(?:godkendte|vedtog|besluttede|udsatte|afviste|anbefalede|behandlede|drøftede)"
    r"(?:\s+udvalget)?\s+(?:den|d\.|i|på)?\s*$", re.I)
_MEETING_DAY = re.compile(r"\b(?:på|ved|i|til|fra)\s+(?:udvalgs)?mødet\s+(?:den|d\.)\s*$",
                          re.I)
# "over 250 ansatte", "mindst 40", "under 5 pct.", "cirka 300": a bound, not a value
# ("knap 2.300" is just under 2.300, "op mod 40" about 40: near, not over)
_BOUNDS = [(">", re.compile(r"\b(?:over|mere end|flere end|mindst)\s*$", re.I)),
           ("<", re.compile(r"\b(?:under|færre end|mindre end|højst|maksimalt)\s*$", re.I)),
           ("~", re.compile(r"\b(?:cirka|ca\.|omkring|godt|lidt over|lidt under|"
                            r"omtrent|næsten|knap|op mod)\s*$", re.I))]


@dataclass
class Part:
    """One checkable part of a claim: a typed value, or the claimed decision."""

    text: str
    kind: str
    value: Value | None = None
    outcome: str = ""  # for DECISION
    bound: str = ""  # ">" over, "<" under, "~" about (numbers only)
    period: Period | None = None  # for DATE
    decided_on: bool = False  # "godkendte den 7. februar": the decision's (meeting's) date
    near: frozenset[str] = frozenset()  # stems around the value: what a figure counts


@dataclass
class Claim:
    text: str  # as the user wrote it
    core: str  # without "Passer det, at …?"
    parts: list[Part] = field(default_factory=list)
    topic: list[str] = field(default_factory=list)  # content stems, values removed
    words: list[str] = field(default_factory=list)  # topic + role words ("stemte imod")
    meeting_day: date | None = None  # "på mødet den 7. februar 2023"


# Who said it, before the claim: "Ballerup Bladet skrev: »…«", "Ifølge avisen …",
# "Som borgmesteren sagde, …". The source is not what the minutes are asked about.
_SOURCE = re.compile(
    r"^\s*(?i:som\s+)?(?:[\wæøåÆØÅ.-]+\s+){0,3}?"
    r"(?i:skrev|skriver|sagde|siger|oplyste|oplyser|rapporterede|rapporterer|citerede)"
    r"(?i:\s+i\s+(?:dag|går))?\s*(?::\s*|,?\s*(?i:at)\s+|(?=[»\"“„]))|"
    r"^\s*(?i:ifølge)\s+(?:(?:[A-ZÆØÅ][\wæøå.-]*\s+){1,3}|[\wæøå]+\s*,\s*)")
_QUOTED = re.compile(r"^\s*[»\"“„'](.+?)[«\"”'‟]\s*[.!?]?\s*$", re.DOTALL)


_SOURCE_AFTER = re.compile(
    r"(?<![\s,.«\"”'–-])[\s,.«\"”'–-]*(?i:skriver|skrev|siger|sagde|oplyser|oplyste)"
    r"(?:\s+[\wæøåÆØÅ.-]+){1,6}\s*[.!]?\s*$")


def strip_source(text: str) -> str:
    """`'Ballerup Bladet skrev: »Udvalget godkendte X.«'` → `'Udvalget godkendte X.'`;
    `'"Udvalget godkendte X," skriver avisen.'` → `'Udvalget godkendte X'`"""
    text = text.strip()
    if re.match(r"^[»\"“„']", text):
        # (the attribution is at the end: only the tail is searched, in linear time)
        head, tail = text[:-120], text[-120:]
        text = (head + _SOURCE_AFTER.sub("", tail)).strip().strip("»«\"“”„'").strip()
    core = _SOURCE.sub("", text, count=1)
    quoted = _QUOTED.match(core)
    return quoted.group(1).strip() if quoted else core


def strip_question(text: str) -> str:
    """`"Passer det, at X?"` → `"X"`; `"X – passer det?"` → `"X"`."""
    core = _LEAD.sub("", strip_source(text), count=1)
    core = _TAIL.sub("", core)
    return core.strip().rstrip("?").strip()


def split_claims(text: str) -> list[Claim]:
    """Every claim in `text` (sentences of three or more words), parsed."""
    out = []
    for sentence in sentences(text.replace("\r", "")):
        sentence = sentence.strip(" -•*\t")
        if len(re.findall(r"\w+", sentence)) >= 3:
            out.append(parse_claim(sentence))
    return out


def claimed_outcome(text: str) -> str:
    for name, rx in CLAIMED_OUTCOMES:
        if rx.search(text):
            return name
    return ""


def _near(text: str, span: tuple[int, int]) -> frozenset[str]:
    """Stems of up to three words before a value and five after it (what it counts), not
    past another figure ("13 butikker med i alt 155 ansatte": "ansatte" is the 155's)."""
    before = re.split(r"\d", text[max(0, span[0] - 80):span[0]])[-1]
    after = re.split(r"\s\d", text[span[1]:span[1] + 120])[0]
    words = re.findall(r"\w+", before)[-3:] + re.findall(r"\w+", after)[:5]
    return frozenset(stems(f"{' '.join(words)} {text[span[0]:span[1]]}", _GENERIC_WORDS))


def parse_claim(text: str) -> Claim:
    core = strip_question(text)
    claim = Claim(text=text.strip(), core=core)
    periods = {p.span: p for p in find_periods(core)}
    value_spans = []
    found = find_values(core)
    party_spans = [v.span for v in found if v.kind == PARTY]
    for v in found:
        if v.kind == RANK:
            continue  # ("topper", "nr. 11 ud af 44"): its words stay the claim's words
        if v.kind == PERSON and v.name.split()[0] in _ORGANISATION:
            continue
        if v.kind == PLACE and any(a < v.span[1] and v.span[0] < b for a, b in party_spans):
            continue  # "fra Socialdemokratiet" is a party, not a place
        part = Part(v.text, v.kind, v, near=_near(core, v.span))
        if v.number is not None:
            before = core[max(0, v.span[0] - 16):v.span[0]]
            part.bound = next((b for b, rx in _BOUNDS if rx.search(before)), "")
        if v.kind == DATE:
            period = periods.get(v.span) or next(
                (p for s, p in periods.items() if s[0] <= v.span[0] < s[1]), None)
            if period is not None and _MEETING_DAY.search(core[:period.span[0]]):
                claim.meeting_day = period.start
                value_spans.append(v.span)
                continue
            part.period = period
            part.decided_on = bool(_DECIDED_ON.search(core[:v.span[0]]))
        claim.parts.append(part)
        value_spans.append(v.span)
    # periods find_values leaves out ("andet kvartal 2020", "2016-2020") are facts too
    for p in periods.values():
        if p.year is not None and p.kind in ("quarter", "half", "season", "range") and all(
                p.span[1] <= a or p.span[0] >= b for a, b in value_spans):
            claim.parts.append(Part(p.label, DATE, period=p))
            value_spans.append(p.span)
    outcome = claimed_outcome(core)
    if outcome:
        claim.parts.append(Part(outcome, DECISION, outcome=outcome))
    if UNANIMITY_CLAIMED.search(core):
        claim.parts.append(Part("enstemmigt", UNANIMOUS))
    rest = core
    for a, b in sorted(value_spans, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    claim.topic = list(dict.fromkeys(_topic_stems(rest)))
    # a value's own words ("Caverion", "Lund") also name the topic when nothing else does
    if not claim.topic:  # "Musa Kekec deltog i mødet den …": the names are the topic
        names = " ".join(p.text for p in claim.parts if p.kind in (PERSON, PLACE, PARTY))
        claim.topic = list(dict.fromkeys(_topic_stems(names or core)))
    units = [p.value.unit for p in claim.parts if p.kind == COUNT and p.value and p.value.unit]
    if len(claim.topic) < 2:  # "141 nye virksomheder blev startet": what is counted, too
        claim.topic = list(dict.fromkeys(claim.topic + units))
    claim.words = list(dict.fromkeys(claim.topic + units + [
        t for t in stems(rest.replace(" i mod ", " imod "), _ROLE_DROP) if t not in _GENERIC
        or t in _ROLE_WORDS]))
    return claim
