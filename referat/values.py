"""Typed values in Danish text: amounts, counts, percentages, dates, durations, people,
party letters, places and ranks, each normalised so that two spellings of one value compare
equal ("1,5 mio. kr." = "1.500.000 kr." = "1,5 millioner kroner").

Answering uses them to check that a quoted sentence holds the kind of value a question
asks for ("hvor mange …" wants a count, not an item number or a journal number);
fact-checking compares a claim's values with the minutes'.

>>> [(v.kind, v.number) for v in find_values("Der er afsat 1,5 mio. kr. til 40 borgere.")]
[('amount', 1500000.0), ('count', 40.0)]
>>> find_values("Ledigheden faldt til 3,2 pct.")[0].number
3.2
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .danish import STOPWORDS, stems
from .periods import find_periods
from .spans import Spans

AMOUNT, COUNT, PERCENT, DATE, DURATION, PERSON, PARTY, PLACE, RANK = (
    "amount", "count", "percent", "date", "duration", "person", "party", "place", "rank")
FREQUENCY = "frequency"  # "to gange årligt", "en gang i kvartalet", "hvert andet møde"

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = {"mio": 1e6, "million": 1e6, "millioner": 1e6, "mia": 1e9, "milliard": 1e9,
          "milliarder": 1e9, "tkr": 1e3, "t.kr": 1e3, "tusind": 1e3}
_NUMBER_WORDS = {"en": 1, "et": 1, "én": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
                 "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11,
                 "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
                 "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30,
                 "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70, "firs": 80,
                 "halvfems": 90, "hundrede": 100}
_TENS = ("tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems")
# "femogtyve" = 5 + 20: Danish says the ones before the tens.
_COMPOUND_NUMBER = re.compile(
    rf"(en|to|tre|fire|fem|seks|syv|otte|ni)og({'|'.join(_TENS)})", re.IGNORECASE)
_WORD_NUMBER = (rf"(?:(?:en|to|tre|fire|fem|seks|syv|otte|ni)og(?:{'|'.join(_TENS)})|"
                rf"{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})")
_AMOUNT = re.compile(
    rf"(?:\bkr\.?\s?({_NUMBER})(?:\s?(mio|mia|millioner|million|milliarder|milliard)\b\.?)?)"
    rf"|(?<![\d.,])({_NUMBER})\s?(mio|mia|millioner|million|milliarder|milliard|tkr|t\.kr|"
    rf"tusind)?\.?\s?(?:kr\b\.?|kroner\b|dkk\b)",
    re.IGNORECASE)
_SCALED = re.compile(rf"(?<![\d.,])({_NUMBER})\s?(mio|mia|millioner|million|milliarder|"
                     rf"milliard)\b\.?", re.IGNORECASE)
_PERCENT = re.compile(rf"(?<![\d.,])({_NUMBER})\s?(?:%|pct\b\.?|procent\b)", re.IGNORECASE)
# An amount told by its size only: "et trecifret millionbeløb", "et milliardbeløb" (no
# figure: its number is the least it can be, "trecifret" 100 million)
_SIZED = re.compile(r"\b(?:(en|to|tre|fire)cifret\s+)?(million|milliard)beløb\b", re.I)
_DIGITS = {"en": 1, "to": 2, "tre": 3, "fire": 4}
# A share written as a fraction: "2/3 af borgerne", "to tredjedele", "halvdelen".
_FRACTION = re.compile(r"(?<![\d/.])([1-9])/([2-9])(?=\s+af\b)|\b(halvdelen|en tredjedel|"
                       r"to tredjedele|en fjerdedel|tre fjerdedele)\b", re.IGNORECASE)
_FRACTION_WORDS = {"halvdelen": 50.0, "en tredjedel": 100 / 3, "to tredjedele": 200 / 3,
                   "en fjerdedel": 25.0, "tre fjerdedele": 75.0}
# How often: "en gang i kvartalet", "to gange årligt", "halvårligt", "hvert andet udvalgsmøde"
_FREQUENCY = re.compile(r"\b(?:(?:en|én|to|tre|fire|\d+)\s+gange?\s+(?:(?:om|i|pr\.?|per|hver)\s+"
                        r"(?:året|år|måneden|måned|ugen|uge|kvartalet|kvartal|halvåret|halvår)|"
                        r"(?:halv|kvart)?årligt|månedligt|ugentligt)|"
                        r"(?:halv|kvart)?årlig[te]?|kvartalsvis|månedlig[te]?|ugentlig[te]?|"
                        r"hver[te]?\s+(?:(?:andet|anden|tredje|halve|\d+\.)\s+)?(?:dag|uge|"
                        r"måned|år|kvartal|halvår|\w*møde))\b", re.I)
_DURATION = re.compile(rf"(?<![\d.,\w])({_NUMBER}|{_WORD_NUMBER})\s"
                       r"(uger?|måneder|måned|år|dage|dag|timer|time)(?:s(?=\s+\w))?\b",
                       re.IGNORECASE)  # (and in the genitive: "i fire ugers høring")
# "et 16-ugers forløb", "en 2-års aftale", "en foreløbig 2-årig periode", "et treårigt
# projekt" (not "de 18-årige", "en 17-årig elev": ages)
_DURATION_COMPOUND = re.compile(
    r"(?<![\d.,\w])(\d{1,3}|to|tre|fire|fem|seks|syv|otte|ti)"
    r"-?(?:(uger|måneder|dage|timer|år)s\b|(år)ig(?:t|e)?\s+(?=(?:\w+\s+)?(?:period|aftale|"
    r"forløb|projekt|forsøg|indsats|bevilling|uddannelse|program|samarbejd|kontrakt|plan|"
    r"strategi|ordning|pulje|tilskud|finansiering)))", re.IGNORECASE)
# An age, not a duration: "unge mellem 18-30 år", "unge i alderen 18-25 år", "unge under 30
# år", "fylder 30 år" (a span of years after a word for people; "løber i 15-20 år" lasts)
_AGE_WORD = re.compile(r"\b(?:unge\w*|børn\w*|alderen|aldersgruppe\w*|årige|målgruppe\w*|"
                       r"borgere|personer|ledige)\b", re.I)
_AGE_SPAN = re.compile(r"(?:\b\d{1,2}\s?(?:[-–]|\sog\s|\still\s)\s?|\b(?:mellem|alderen|under|"
                       r"over|op til)\s+)$", re.I)
_TURNS = re.compile(r"\bfyld(?:er|te|t|e)\s+$", re.I)


def is_age(text: str, value: Value) -> bool:
    """Is a span of years an age, not how long something lasts ("unge mellem 18-30 år")?"""
    before = text[max(0, value.span[0] - 40):value.span[0]]
    return value.kind == DURATION and value.unit == "år" and bool(
        _TURNS.search(before) or (_AGE_WORD.search(before) and _AGE_SPAN.search(before)))


_AVERAGE_BEFORE = re.compile(r"\b(?:gennemsnit\w*|i snit)\s+(?:på\s+|af\s+)?(?:ca\.\s+|cirka\s+)?$",
                             re.I)


def is_average(text: str, value: Value) -> bool:
    """Is a count an average ("gennemsnit på 3,04 ansatte", "5,99 ansatte"), not a number
    of things? It says how many employees the firms have, not how many firms came."""
    if value.kind != COUNT:
        return False
    fraction = value.number is not None and value.number != int(value.number)
    return fraction or bool(_AVERAGE_BEFORE.search(text[max(0, value.span[0] - 30):
                                                         value.span[0]]))


# A number followed by the noun it counts; "40-45 borgere" counts 40 (the first).
_COUNTED = re.compile(rf"(?<![\w.,/-])({_NUMBER})(?:\s?-\s?(?:{_NUMBER}))?\s(?:nye\s|flere\s)?"
                      r"([a-zæøå][a-zæøå-]{2,}|(?-i:[A-ZÆØÅ])[a-zæøå-]+(?:ede|te)(?=\s[a-zæøå]))")
# A participle before the noun counted: "141 nystartede virksomheder", "83 tilflyttede
# virksomheder", "- 625 Nystartede virksomheder" (a list line): the noun names the unit
_PARTICIPLE_NOUN = re.compile(r"(?i:[a-zæøå-]+(?:ede|te))$")
_NOUN_AFTER = re.compile(r"\s([a-zæøå][a-zæøå-]{2,}(?:er|r|e))\b")
# A part of a group: "49 af de hjemløse borgere", "12 af dem" (the group's first word)
_PARTITIVE = re.compile(rf"(?<![\w.,/-])({_NUMBER})\saf\s(?:de\s|disse\s|alle\s)?"
                        r"([a-zæøå][a-zæøå-]{2,})")
# An area: "7.300 m2", "2.300 m²", "300 kvm", "7.300 kvadratmeter" (one unit).
_AREA = re.compile(rf"(?<![\w.,/-])({_NUMBER})(?:\s?-\s?(?:{_NUMBER}))?\s?(?:m2|m²|kvm\.?|"
                   r"kvadratmeter)(?!\w)", re.I)
# "én"/"ét" are numerals (the article has no accent): "én IPS-konsulent"; "to", "ti"
# are numerals only ("ti borgere ad gangen").
_NUMERALS = [k for k in sorted(_NUMBER_WORDS, key=len, reverse=True)
             if len(k) > 2 or k in ("én", "ét", "to", "ti")]
_WORD_COUNTED = re.compile(
    rf"(?<![\w-])((?i:(?:en|to|tre|fire|fem|seks|syv|otte|ni)og(?:{'|'.join(_TENS)})|"
    rf"{'|'.join(_NUMERALS)}))\s"
    # ("én"/"ét" count one, in the singular: "modtaget én indberetning")
    r"(?:nye\s|(?<=én\s)[a-zæøå]+(?:et|ig|lig|sk)\s(?=[a-zæøå]{4}))?"
    r"((?:(?<=én\s)|(?<=ét\s)|(?<=et\s)|(?<=ig\s)|(?<=sk\s))[a-zæøå]{4,}|[a-zæøå]{3,}(?:er|e|r)|"
    r"[A-ZÆØÅa-zæøå]{2,}-[a-zæøå]{3,}|"
    # nouns whose plural has no ending: "alle fem fagudvalg", "tre forløb", "to job"
    r"[a-zæøå]*(?:udvalg|forløb|job|tilbud|forsøg))(?![\w-])")
# A count in a list line after the noun it counts: "Fleksjob (157)", "Løntilskud (30)".
# The noun is capped at 61 characters so that a long hyphen run ("a-a-a-…") costs linear
# time, not quadratic (every "-" is a word boundary where a match may start).
# ("… lige så mange forløb, som der afsluttes (40-45)": a range counts its first)
_PAREN_COUNTED = re.compile(rf"\b([A-ZÆØÅa-zæøå][a-zæøå-]{{2,60}})\s\(({_NUMBER})"
                            rf"(?:\s?-\s?(?:{_NUMBER}))?\)")
# A figure after a word of approximation counts something the sentence already named:
# "Der var cirka 310 i målgruppen i 2019", "i alt ca. 150".
_APPROX_COUNTED = re.compile(rf"\b(?:cirka|ca\.|omkring|knap|næsten|mere end|mindre end)\s"
                            rf"({_NUMBER})(?![\d,]|\.\d)")
# How many in a row, said as an ordinal: "for tredje år i træk", "for 5. gang i træk"
_ORDINALS = {"anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6,
             "syvende": 7, "ottende": 8, "niende": 9, "tiende": 10}
_IN_A_ROW = re.compile(r"\b(" + "|".join(_ORDINALS) + r"|\d{1,2}\.)\s+(år|gang)\s+i\s+træk\b",
                       re.I)
# A place in a ranking: "nr. 11 ud af 44", "nr. 44 ud af i alt 44", "på en 3. plads",
# "førstepladsen", "topper … indekset", "i bunden" (not "lokalplan nr. 208": no "ud af").
# "den 8. bedste udvikling", "i top ti"; not a peak ("andelen toppede i 2020").
_RANK = re.compile(r"\b(?:nr\.|nummer)\s?\d+\s+(?:ud\s+)?af\s+(?:i\s+alt\s+)?\d+|"
                   # "placeringen er faldet til nr. 78 fra … nummer 72"
                   r"\b(?:til|som)\s+(?:nr\.|nummer)\s?\d+\b(?=[^.]*\bplacering)|"
                   r"\bplacering\w*\s+(?:\w+\s+){0,5}?(?:til|som)\s+(?:nr\.|nummer)\s?\d+\b|"
                   r"\b\d+\.\s?(?:plads(?:en)?|bedste|højeste|laveste|dårligste)\b|"
                   r"\b(?:første|anden|tredje|fjerde|femte|sidste)\s?plads(?:en)?\b|"
                   r"\btopper\b|\btop[\s-]?(?:\d+|tre|fem|ti|tyve)\b|"
                   r"\b(?:i|på)\s+(?:toppen|bunden)\b|\brangstige\w*", re.IGNORECASE)
# A case number as minutes print it: "88.20.04-Ø54-10-18", "27.15.00-P20-1-15",
# "EMN-2024-01234" — three or more parts with a digit and a letter (a date such as
# "6.2.2024" has none) — or a year and a serial number, "24-001234" (FirstAgenda).
CASE_NUMBER = re.compile(r"(?<![\w.-])(?:(?=[\w.-]*\d)(?=[\w.-]*[A-ZÆØÅa-zæøå])"
                         r"[A-ZÆØÅa-zæøå0-9]+(?:[.-][A-ZÆØÅa-zæøå0-9]+){2,}|"
                         r"\d{2}-\d{5,}[A-ZÆØÅ]?)(?![\w-])")
# Numbers that are not quantities: list markers, references, times, years.
_NOT_QUANTITY = re.compile(
    r"\b(?:nr|punkt|pkt|kapitel|§|kl|side|bilag|lov)\.?\s?\d+|\b\d{2}\.\d{2}\.\d{2}-\S+"
    r"|(?:^|\n)\s*\d{1,2}\.\s|\b\d{1,2}[.:]\d{2}\b", re.IGNORECASE)
# A street name before a number makes it a house number, no count: "Lindbjergvej 80
# tilbyder", "Tempovej 17-23 får"
_STREET_BEFORE = re.compile(r"(?-i:[A-ZÆØÅ])[\wæøå-]*(?:vej|gade|allé|alle|vænge|plads|torv|"
                            r"stræde|boulevard|bakke|bakken|park|parken|toften|vang|vangen|"
                            r"høj|sti|holm|marken)\s+(?:nr\.\s*)?$", re.I)
_AGES = frozenset({"årig", "årige"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# "Saime Bilen Inanc (Ø)", "Lars Green Bach", "Musa Kekec (A)"
_PERSON = re.compile(
    r"\b([A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?(?:\s(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][a-zæøåé]+"
    r"(?:-[A-ZÆØÅ][a-zæøåé]+)?)){1,3})(?:\s\(([A-ZÆØÅ])\))?")
_PARTY_LETTER = re.compile(r"\(([ABCDFIKMOVÆØÅ])\)")
# A member of no party, designated so where a party would stand ("Knud Hallas
# (løsgænger)", "løsgænger Knud Hallas" in a vote): kept in brackets as a party is
UNALIGNED = "løsgænger|uden for partierne"
# Danish parties by their ballot letter, as minutes write members ("Kim Larsen (V)"),
# the project's one table: the first name of a letter is how an answer writes it.
PARTIES = {
    "socialdemokratiet": "A", "socialdemokraterne": "A", "socialdemokrat": "A",
    "radikale venstre": "B", "de radikale": "B", "radikale": "B",
    "konservative": "C", "nye borgerlige": "D", "sf": "F", "socialistisk folkeparti": "F",
    "liberal alliance": "I", "kristendemokraterne": "K", "moderaterne": "M",
    "dansk folkeparti": "O", "venstre": "V", "danmarksdemokraterne": "Æ",
    "enhedslisten": "Ø", "alternativet": "Å",
}
# Ballot letter → the party's name, as an answer writes it ("Enhedslisten").
PARTY_NAMES = {letter: name.upper() if len(name) <= 2 else " ".join(
    w.capitalize() for w in name.split()) for name, letter in reversed(list(PARTIES.items()))}
_PARTY_NAME = re.compile(r"\b(" + "|".join(sorted(PARTIES, key=len, reverse=True)) + r")s?\b",
                         re.IGNORECASE)
# "i Lund", "på Ballerup Rådhus", "Mileparken 9, 2740 Skovlunde", "til Max IV"
_PLACE = re.compile(
    r"\b(?:i|på|til|fra|ved|hos)\s((?:[A-ZÆØÅ][\wæøåé-]*)(?:\s(?:[A-ZÆØÅ][\wæøåé-]*|IV|V|\d+))"
    r"{0,3})|\b(\d{4}\s[A-ZÆØÅ][a-zæøå]+)")
# A capitalised run with one of these words names an organisation or a place, not a
# person: "Region Hovedstadens Psykiatri", "Psykiatrisk Center Ballerup", "Toms Gruppen".
_ORGANISATION = re.compile(
    r"\b(?:Region|Regions|Regionens|Center|Centret|Centeret|Kommune|Kommunes|Psykiatri|"
    r"Psykiatrien|Psykiatrisk|Gruppen|Group|Hospital|Hospitalet|Universitet|Styrelsen|"
    r"Ministeriet|Fonden|Foreningen|Rådhus|Park|Village|Jobcenter|Jobcentret|Danmark|"
    r"Selskab|Skole|Skolen|Gymnasium|Akademi|Afdeling|Sekretariat|Forvaltning|"
    r"Udvalget)s?\b")  # genitive too: "Iris Groups indeks"
# A participle or adjective opens a firm's name, never a person's: "Forenede
# Dampvaskerier", "Danske Regioner", "Nordiske Medier"
_NO_FIRST_NAME = re.compile(r"^(?!Frede$)\w+(?:ede|ende|iske|ske)$")
# Words that start a capitalised run but are no name or place.
_NOT_NAMES = frozenset(
    "Det Den De Der Som Og Men For Hvis Når Efter Før Med Til Fra Udvalget Kommunen "
    "Administrationen Indstillingen Beslutning Sagen Punktet Referatet Mødet Borgmesteren "
    "Ballerup Kommune Kommunalbestyrelsen Byrådet Økonomiudvalget Direktionen Jobcenter "
    "Jobcentret Formanden Januar Februar Marts April Maj Juni Juli August September Oktober "
    "November December Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag".split())


@dataclass(frozen=True)
class Value:
    """One value as written, with its normal form: `number` for amounts (in kr.),
    counts, percentages and durations (in days); `day` for dates; `name` for people,
    parties (the party letter) and places."""

    kind: str
    text: str
    span: tuple[int, int]
    number: float | None = None
    day: date | None = None
    name: str = ""
    unit: str = ""  # what a count counts, as a stem ("borger"), or a duration's unit

    def same(self, other: Value) -> bool:
        """Do the two state the same value (kinds must match)?"""
        if self.kind != other.kind:
            return False
        if self.number is not None and other.number is not None:
            return abs(self.number - other.number) <= 1e-6 * max(1.0, abs(self.number))
        if self.day is not None and other.day is not None:
            return self.day == other.day
        return bool(self.name) and _name_key(self.name) == _name_key(other.name)


def parse_number(text: str) -> float | None:
    """Danish digits: `"1.500.000"` → 1500000, `"1,5"` → 1.5, `"fem"` → 5."""
    text = text.strip().lower()
    if text in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[text])
    compound = _COMPOUND_NUMBER.fullmatch(text)
    if compound:  # "femogtyve" → 25
        return float(_NUMBER_WORDS[compound.group(1)] + _NUMBER_WORDS[compound.group(2)])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _name_key(name: str) -> str:
    return " ".join(name.lower().replace(".", " ").split())


def _head(word: str) -> str:
    """The head of a hyphenated compound names what is counted: "én IPS-konsulent"
    counts consultants, "12 STU-elever" pupils."""
    return word.rsplit("-", 1)[-1] or word


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def find_values(text: str, kinds: frozenset[str] | None = None) -> list[Value]:
    """Every typed value in `text`, in reading order; a span holds one value only (the
    most specific: "150.000 kr." is an amount, not also a count)."""
    out: list[Value] = []
    taken = Spans(m.span() for m in _NOT_QUANTITY.finditer(text))

    def add(v: Value, claim: bool = True) -> None:
        if (kinds is None or v.kind in kinds) and taken.free(v.span):
            out.append(v)
        if claim:
            taken.claim(v.span)

    for p in find_periods(text):
        if p.kind == "day" and p.start is not None:
            add(Value(DATE, p.label, p.span, day=p.start))
        elif p.kind in ("day", "month", "part") or (p.kind == "year" and not p.soft) or (
                p.kind == "season" and _YEAR_IN.search(p.label)):
            # (a season of a year is a time a plan names: "umiddelbart efter sommerferien
            # 2024", "i foråret 2025")
            add(Value(DATE, p.label, p.span, name=p.label.lower()))
        else:
            taken.claim(p.span)
    for m in _AMOUNT.finditer(text):
        number = parse_number(m.group(1) or m.group(3) or "")
        scale = (m.group(2) or m.group(4) or "").lower().rstrip(".")
        if number is not None:
            add(Value(AMOUNT, m.group(0).strip(), m.span(), number * _SCALE.get(scale, 1)))
    for m in _SIZED.finditer(text):
        digits = _DIGITS.get((m.group(1) or "en").lower(), 1)
        add(Value(AMOUNT, m.group(0), m.span(),
                  10.0 ** (digits - 1) * _SCALE[m.group(2).lower()]))
    for m in _SCALED.finditer(text):
        number = parse_number(m.group(1))
        if number is not None:
            add(Value(AMOUNT, m.group(0).strip(), m.span(),
                      number * _SCALE[m.group(2).lower().rstrip(".")]))
    for m in _PERCENT.finditer(text):
        add(Value(PERCENT, m.group(0).strip(), m.span(), parse_number(m.group(1))))
    for m in _FRACTION.finditer(text):
        share = (100 * int(m.group(1)) / int(m.group(2)) if m.group(1)
                 else _FRACTION_WORDS[m.group(3).lower()])
        add(Value(PERCENT, m.group(0), m.span(), round(share, 1)))
    for m in _FREQUENCY.finditer(text):
        add(Value(FREQUENCY, m.group(0), m.span()))
    for m in _DURATION.finditer(text):
        add(Value(DURATION, m.group(0), m.span(), parse_number(m.group(1)),
                  unit=m.group(2).lower()))
    for m in _DURATION_COMPOUND.finditer(text):
        add(Value(DURATION, m.group(0).strip(), m.span(), parse_number(m.group(1)),
                  unit=(m.group(2) or m.group(3)).lower()))
    for m in _AREA.finditer(text):
        add(Value(COUNT, m.group(0), m.span(), parse_number(m.group(1)), unit="kvadratmet"))
    for rx in (_COUNTED, _WORD_COUNTED, _PARTITIVE):
        for m in rx.finditer(text):
            number = parse_number(m.group(1))
            if number is None or _YEAR.match(m.group(1)) or _STREET_BEFORE.search(
                    text[max(0, m.start() - 40):m.start()]):
                continue
            unit = stems(_head(m.group(2)))
            if _PARTICIPLE_NOUN.match(m.group(2)) and (
                    noun := _NOUN_AFTER.match(text, m.end())) and noun.group(1) not in STOPWORDS:
                unit = stems(_head(noun.group(1))) or unit
            if not unit or unit[0] in _AGES:  # "163 fik", "20 af": no noun, no count;
                continue  # "18-29 årige" is an age
            add(Value(COUNT, m.group(0), m.span(), number, unit=unit[0] if unit else ""))
    for m in _PAREN_COUNTED.finditer(text):
        number, unit = parse_number(m.group(2)), stems(_head(m.group(1)))
        if number is not None and unit and not _YEAR.match(m.group(2)):
            add(Value(COUNT, m.group(0), m.span(), number, unit=unit[0]))
    for m in _IN_A_ROW.finditer(text):
        word = m.group(1).lower()
        add(Value(COUNT, m.group(0), m.span(),
                  float(_ORDINALS.get(word) or word.rstrip(".")), unit=m.group(2).lower()))
    for m in _APPROX_COUNTED.finditer(text):
        number = parse_number(m.group(1))
        if number is not None and not _YEAR.match(m.group(1)):
            add(Value(COUNT, m.group(0), m.span(), number))
    for m in _RANK.finditer(text):
        # ("nr. 44 ud af 44" is a rank, though "nr. 44" alone is no quantity)
        if kinds is None or RANK in kinds:
            out.append(Value(RANK, m.group(0), m.span()))
        taken.claim(m.span())
    for m in _PARTY_NAME.finditer(text):
        add(Value(PARTY, m.group(0), m.span(), name=PARTIES[m.group(1).lower()]), claim=False)
    for m in _PARTY_LETTER.finditer(text):
        add(Value(PARTY, m.group(0), m.span(), name=m.group(1)), claim=False)
    def people() -> None:
        for m in _PERSON.finditer(text):
            name, start = m.group(1), m.start(1)
            first = name.split()[0]
            if first.lower().removesuffix("s") in PARTIES:
                # "Venstres Erling Andersen": the party, then the person
                name, start = name[len(first) + 1:], start + len(first) + 1
                if " " not in name:
                    continue
                first = name.split()[0]
            if first in _NOT_NAMES or name.isupper() or _ORGANISATION.search(name) or (
                    _NO_FIRST_NAME.search(first)):
                continue
            add(Value(PERSON, text[start:m.end()], (start, m.end(1)), name=name))

    def places() -> None:
        for m in _PLACE.finditer(text):
            place = (m.group(1) or m.group(2) or "").strip()
            span = m.span(1) if m.group(1) else m.span(2)
            # "til Ballerup Kommunes nytårskur": an owner (genitive before a noun), no place
            # ("i Aarhus den 23. oktober": a name ending in s before a function word)
            after = re.match(r"\s+([a-zæøå]+)", text[span[1]:])
            owner = place.endswith("s") and after and after.group(1) not in STOPWORDS
            if place.endswith("-"):
                continue  # "i Erhvervs-, Beskæftigelses- og …udvalget": half a compound
            if place and place.split()[0] not in _NOT_NAMES - {"Ballerup"} and not owner:
                add(Value(PLACE, place, span, name=place))

    # A capitalised run after "i", "på", "til" is a place ("i Aalborg Kongres & Kultur
    # Center"), unless only people are asked for.
    for find in ((people, places) if kinds == frozenset({PERSON}) else (places, people)):
        find()
    return sorted(out, key=lambda v: v.span)


def has_value(text: str, kind: str) -> bool:
    return bool(find_values(text, frozenset({kind})))
