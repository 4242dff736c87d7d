"""Danish language helpers shared by every layer: month names and dates, tokens and
Snowball stems, stop words and question words, and sentence splitting that knows Danish
abbreviations ("bl.a.", "den 7. februar").
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from datetime import date

from bm25s.stopwords import STOPWORDS_DANISH

from .stemming import stemmer
from .tables import rows_as_lines

DANISH_MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)


def danish_date(d: date) -> str:
    """`date(2023, 2, 7)` → `"7. februar 2023"`."""
    return f"{d.day}. {DANISH_MONTHS[d.month - 1]} {d.year}"


DANISH_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def danish_weekday(d: date) -> str:
    """`date(2023, 2, 7)` → `"tirsdag"`."""
    return DANISH_WEEKDAYS[d.weekday()]


_MONTH = "|".join(DANISH_MONTHS)
DATE_RE = re.compile(
    # ("22.april 1986": a typewriter's date without the space)
    rf"(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?(\d{{1,2}})(?:\.\s*|\s+)({_MONTH})"
    rf"\s+(\d{{4}})(?:\s*-?\s*kl\.?\s*(\d{{1,2}}[.:]\d{{2}}))?",
    re.IGNORECASE,
)
NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b")
TIME_RE = re.compile(r"kl\.?\s*(\d{1,2}[.:]\d{2})", re.IGNORECASE)

def parse_date(text: str) -> tuple[date, str | None] | None:
    """First Danish date in `text` with an optional start time.

    >>> parse_date("Tirsdag den 7. februar 2023 - kl. 08:00")
    (datetime.date(2023, 2, 7), '08:00')
    """
    m = DATE_RE.search(text)
    if m:
        day, month, year, time = m.groups()
        try:
            d = date(int(year), DANISH_MONTHS.index(month.lower()) + 1, int(day))
        except ValueError:
            return None
        return d, time.replace(".", ":") if time else None
    m = NUMERIC_DATE_RE.search(text)
    if m:
        try:
            d = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
        t = TIME_RE.search(text)
        return d, t.group(1).replace(".", ":") if t else None
    return None



_OS_REASONS = {
    errno.ENOENT: "findes ikke", errno.EACCES: "ingen adgang", errno.EPERM: "ingen adgang",
    errno.ENOTDIR: "er ikke en mappe", errno.EISDIR: "er en mappe",
    errno.EROFS: "skrivebeskyttet filsystem", errno.ENOSPC: "disken er fuld",
    errno.ELOOP: "symbolske links i ring", errno.ENAMETOOLONG: "navnet er for langt",
    errno.EIO: "læsefejl på disken",
}


def os_reason(err: OSError) -> str:
    """An operating-system error in Danish: `PermissionError` → "ingen adgang"."""
    return _OS_REASONS.get(err.errno or 0, err.strerror or err.__class__.__name__)


TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_TOKEN_RE = re.compile(TOKEN_PATTERN)
STOPWORDS = frozenset(STOPWORDS_DANISH)

# Words of the question itself, not of its topic ("hvad besluttede udvalget om …").
QUESTION_WORDS = frozenset(
    """
    hvad hvem hvor hvornår hvordan hvorfor hvilke hvilken hvilket hvis mon
    besluttede beslutte besluttet beslutning beslutningen beslutningerne vedtog vedtaget
    blev bliver skete sket ske udvalget udvalg udvalgets mødet møde mødets møderne
    referat referatet referaterne kommune kommunen sagen punktet punkt står står
    godkendt godkendte godkende godkendes mange meget koster kostede stemte stemme
    imod deltog deltager deltagere fik får gik går handlede handler sagt sige siger
    fortæl oplyst oplyses nævnt nævnes gjort gjorde gøre gør kan kunne skal skulle vil ville
    skullet kunnet villet måttet burdet
    var være er har havde finde finder fandt sted tid dato dag års året år om på i af
    til med for fra og eller ved den det de der som en et noget nogen nogle tale talte tæller
    omkring angående vedrørende ang sagde mente syntes mener siger længe må vare varer
    placeret beliggende henne
    aldrig altid egentlig egentligt faktisk nogensinde stadig stadigvæk allerede hos først
    opsummer opsummere opsummér sammenfat sammenfatte resumer resumere forklar forklare
    uddyb uddybe beskriv beskrive fortælle hjælp hjælpe vis vise giv give mig dig du jeg
    vist vel nok måske sikkert formentlig tror troede husker huske stod overhovedet bag
    passer rigtigt korrekt sandt referater haft møder udfald udfaldet endte forslaget ifølge
    noteret noterede bare oppe se ser rent eget egne helt alene lige fortalte fortalt
    enstemmig enstemmigt enstemmige enig enige enigt ude stemmerne afstemning afstemningen
    afstemningerne stemmefordeling stemmefordelingen
    politiker politikere politikerne politikeren udv arkiv arkivet
    sammenlign sammenligne gerne vide
    snak snakken rygtet rygter rygterne
    behandle behandlede behandlet behandles afgjort afgjorde afgøre afgøres
    mandag tirsdag onsdag torsdag fredag lørdag søndag
    pga ifm iht mens imens idet
    mere mest højst maksimalt maksimum
    bagefter efterfølgende sidenhen derefter herefter
    """.split()
)

ABBREVIATIONS = frozenset(
    "bl.a fx f.eks pkt kl nr ca jf mio mia mdr pct stk dvs evt inkl ift mht vedr ang"
    " d ds hhv o.l m.m mv osv bl kr pt pga iht jvf tlf ekskl pk".split()
)

_MONTHS = "|".join(DANISH_MONTHS)


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN_RE.findall(text)]


def stems(text: str, drop: frozenset[str] = STOPWORDS) -> list[str]:
    """Stemmed content words: `"studieturen til Lund"` → `["studietur", "lund"]`."""
    words = [t for t in tokens(text) if t not in drop]
    return stemmer().stemWords(words)


# A compound whose head names the kind of figure asked: its first part is the matter
# ("ledighedsprocenten" asks a percentage of "ledighed", the minutes say "ledighed (2,8
# pct.)"; "kvindeandelen", "erhvervsfrekvensen")
_FIGURE_HEAD = re.compile(r"\b(\w{3,}?)s?(?:procent|andel|frekvens)(?:en|e|er|erne)?\b", re.I)


# "flere eller færre", "højere eller lavere": asks which way a figure went, no topic word
_EITHER_DIRECTION = re.compile(r"\b(?:flere|færre|mere|mindre|højere|lavere|større)\s+eller\s+"
                               r"(?:flere|færre|mere|mindre|højere|lavere|større)\b", re.I)


def topic_stems(question: str) -> list[str]:
    """Stems of the question's topic words, without question vocabulary and stop words.

    >>> topic_stems("Hvad var ledighedsprocenten?") == topic_stems("Hvad var ledigheden?")
    True
    """
    return stems(_EITHER_DIRECTION.sub(" ", _FIGURE_HEAD.sub(r"\1", question)),
                 STOPWORDS | QUESTION_WORDS)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“«(]?[A-ZÆØÅ0-9])")


_LIST_LINE = re.compile(r"^(?:[-•*]\s+|\d{1,2}[.)]\s+)")


# A line of at least this many words that ends in a letter goes on in the next line
# (a heading is shorter: "Oversigt: andet kvartal 2020", "Sagsfremstilling").
_WRAPPED_MIN_WORDS = 7


# A plan by month (a "sagsoversigt", an "årshjul"): "Oktober:" over the matters planned
# for it, one per line, up to the next month or a line of prose.
_MONTH_HEADING = re.compile(rf"^\s*((?:{_MONTHS})(?:\s+\d{{4}})?)\s*:\s*$", re.IGNORECASE)
_PLAN_PREFIX = re.compile(rf"^(?:{_MONTHS})(?:\s+\d{{4}})?: ", re.IGNORECASE)
# A programme's line starts with its time ("kl. 17:20: Foredrag v/ Anne Glad", "16.10 –
# Velkomst"): a line of its own, never the wrap of the line before
_SCHEDULE_LINE = re.compile(r"^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\b(?!\.\d)", re.IGNORECASE)
_PLAN_LINE_MAX = 150  # a longer line is prose, and ends the month's list
# A planned matter is a noun phrase; a line with a finite verb is prose ("Det
# understreges, at planen er foreløbig.") and ends the month's list too.
_PROSE_VERB = re.compile(r"\b(?:er|var|skal|vil|kan|bliver|blev|har|havde|understreges|"
                         r"forventes|gives|foreligger|fremlægges)\b", re.IGNORECASE)


def planned_month(line: str) -> str:
    """The month a plan's line is under ("december" for "December: Årsstatus for …"), or
    "".

    >>> planned_month("December: Årsstatus fra Beskæftigelsesvejleder"), planned_month("Nej")
    ('december', '')
    """
    m = _PLAN_PREFIX.match(line)
    return m.group(0).split()[0].rstrip(":").lower() if m else ""


def month_plan(text: str) -> str:
    """Each line under a month heading carries its month, so that a quote of one line
    says when: "Oktober:\nKlimapris\nStyrket samarbejde med Forsvarets Indkøbsstyrelse" →
    "Oktober: Klimapris\nOktober: Styrket samarbejde med Forsvarets Indkøbsstyrelse"."""
    lines = text.split("\n")
    if not any(_MONTH_HEADING.match(line) for line in lines):
        return text
    out: list[str] = []
    month = ""
    for line in lines:
        m = _MONTH_HEADING.match(line)
        if m:
            month = m.group(1).strip().capitalize()
            continue
        if month and line.strip() and len(line) <= _PLAN_LINE_MAX and not _PROSE_VERB.search(
                line):
            out.append(f"{month}: {line.strip()}")
            continue
        if len(line) > _PLAN_LINE_MAX or _PROSE_VERB.search(line):
            month = ""
        out.append(line)
    return "\n".join(out)


_WRAPPED_DAYS = re.compile(rf"(\b\d{{1,2}}\.)[ \t]*\n[ \t]*([-–][ \t]*\d{{1,2}}\.[ \t]*"
                           rf"(?:{_MONTHS})\b)", re.IGNORECASE)


_THAT_END = re.compile(r"\S,? at$")


# Nouns a capital letter names one of ("Bilag B.", "Model A."), not a first name before
# a middle initial
_LETTERED = frozenset({"bilag", "punkt", "model", "scenarie", "fase", "afsnit", "kategori",
                       "type", "variant", "niveau", "etape", "pulje", "område", "lokale",
                       "mødelokale", "bygning", "trin", "spor", "del", "plan", "liste"})


def _middle_initial(words: list[str], after: str) -> bool:
    """Do `words` end in a middle initial ("John T." before "Olsen"; not "Bilag B.")?"""
    return (len(words) > 1 and len(words[-1].rstrip(".")) == 1 and words[-1][0].isupper()
            and after[:1].isupper() and words[-2][:1].isupper()
            and words[-2].lower() not in _LETTERED)


def sentences(text: str) -> list[str]:
    """Split text into sentences and list lines, keeping Danish abbreviations whole.

    A period after a day number ("den 7. februar") or an abbreviation ("bl.a.") does not
    end a sentence. A line that introduces what follows ("Undlod at stemme:", "…
    ændringer i CVR-registret. Heraf:") keeps the list or line it introduces, so a quote
    never stops at the colon: `"Undlod at stemme: André Amingsø (D), Lars Green Bach (B)"`.
    A flattened table's rows become one unit each (`referat.tables`). """
    units: list[tuple[str, bool, bool]] = []  # (text, starts a line, is a list line)
    # a day range a PDF wrapped before its dash is one date, not a list line: "… eller den
    # 14." / "- 15. november 2023 …"
    text = _WRAPPED_DAYS.sub(r"\1 \2", text)
    for line in rows_as_lines(month_plan(text)).split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = _SENTENCE_END.split(line)
        merged: list[str] = []
        for part in parts:
            if merged:
                prev = merged[-1]
                last = prev.rstrip(".").rsplit(" ", 1)[-1].lower()
                if (
                    last in ABBREVIATIONS
                    or _middle_initial(prev.split(), part)
                    or re.fullmatch(r"\d{1,2}", last)
                    and re.match(rf"^({_MONTHS})\b", part, re.IGNORECASE)
                    or len(prev) < 4
                ):
                    merged[-1] = f"{prev} {part}"
                    continue
            merged.append(part)
        for i, m in enumerate(x.strip() for x in merged):
            if m:
                units.append((m, i == 0, i == 0 and bool(_LIST_LINE.match(m))))
    out: list[str] = []
    i = 0

    def wrapped(unit: str, i: int) -> tuple[str, int]:
        while (len(unit.split()) >= _WRAPPED_MIN_WORDS and unit[-1].isalpha()
               and i < len(units) and units[i][1] and not units[i][2]
               and not _PLAN_PREFIX.match(units[i][0])
               and not (_SCHEDULE_LINE.match(unit) or _SCHEDULE_LINE.match(units[i][0]))):
            # a line a PDF wrapped before a capital: "… kendt for Tetra" / "Pak, som …"
            unit = f"{unit} {units[i][0]}"
            i += 1
        return unit, i

    while i < len(units):
        unit = units[i][0]
        i += 1
        if not unit.endswith(":"):
            # the line may end in a colon ("… defineret ved" / "fraværet af:")
            unit, i = wrapped(unit, i)
        # ("Center for Arbejdsmarked indstiller, at" introduces its numbered points as a
        # colon does)
        opens = unit.endswith(":") or bool(
            _THAT_END.search(unit) and i < len(units) and units[i][2])
        if opens and i < len(units) and units[i][1]:
            if len(unit.split()) <= 2 and out and not units[i - 1][1]:
                unit = f"{out.pop()} {unit}"  # "… 438 ændringer. Heraf:" stays whole
            if units[i][2]:  # a short list: take all of it
                j = i
                while j < len(units) and units[j][2] and (  # (bullets or numbers, not both)
                        units[j][0][0].isdigit() == units[i][0][0].isdigit()):
                    j += 1
                if sum(len(u[0]) for u in units[i:j]) <= 400:
                    unit = " ".join([unit, *(u[0] for u in units[i:j])])
                    i = j
            else:  # one introduced line
                unit = f"{unit} {units[i][0]}"
                i += 1
        elif (units[i - 1][2] and len(unit.split()) <= 8 and unit[-1] not in ".:;!?"
              and i < len(units) and units[i][1] and not units[i][2]):
            # a numbered notice heading ("1. Erhvervslivets nytårskur 2023") and its text
            unit = f"{unit}: {units[i][0]}"
            i += 1
        unit, i = wrapped(unit, i)
        out.append(unit)
    return out


# A Danish particle verb in the question is a compound in the minutes: "flytter til"
# → "tilflyttende", "flytter fra" → "fraflytter", "melder ud" → "udmelding".
_PARTICLE_VERB = re.compile(r"\b([a-zæøå]{3,})\s+(til|fra|ind|ud|op|ned|af)\b", re.I)


def particle_compounds(question: str) -> frozenset[str]:
    """The stems of the compounds the question's particle verbs stand for.

    >>> sorted(particle_compounds("virksomheder der flytter til Ballerup"))
    ['tilflyt']
    """
    out = set()
    for verb, particle in _PARTICLE_VERB.findall(question):
        stem = (stems(verb.lower(), frozenset()) or [verb.lower()])[0]
        out.add(particle.lower() + stem)
    return frozenset(out)


# A statement, then the question: "Nøgletallene viste, at antallet steg – nøjedes udvalget
# med at tage dem til efterretning?" (the statement often restates the minutes)
# (a sentence ends after a word, a year or a particle, before a capital — "… fra marts
# 2025. Hvad …?", "… lægge vores plan om. Fik …?" — not "2. halvår", "bl.a. Ballerup")
_STATEMENT_END = re.compile(r"\s[–—-]\s|(?:(?<=[a-zæøå]{3})|(?<=\b(?:19|20)\d\d)|(?<=\bom)|"
                            r"(?<=\bop)|(?<=\bud)|(?<=\bnu)|(?<=\bpå))[.!;]\s+(?=[A-ZÆØÅ])")
# (a clause opening with its verb asks too: "Er der kommet flere i fleksjob – sammenlign
# 2015 og 2024?" is one question, its instruction no question of its own)
_ASKING = re.compile(r"\?|\bhv\w+\b|^\W*(?:er|var|blev|bliver|har|havde|kom|fik|får|skal|"
                     r"skulle|kan|kunne|vil|ville|findes|fandtes|gik|går)\s", re.I)
# "… – og hvad så med Gladsaxe?" asks the statement's question of something else
_ELLIPTIC = re.compile(r"^\W*(?:og\s+)?(?:hvad|hvordan)\s+(?:så\s+)?med\b", re.I)


def statement_and_question(text: str) -> tuple[str, str]:
    """Split a question that opens with a statement into (statement, question); a
    question without one is ("", text).

    >>> statement_and_question("Tallene steg. Nøjedes udvalget med at tage dem til efterretning?")
    ('Tallene steg.', 'Nøjedes udvalget med at tage dem til efterretning?')
    >>> statement_and_question("Hvad besluttede udvalget om studieturen?")
    ('', 'Hvad besluttede udvalget om studieturen?')
    >>> statement_and_question("Var han 2. viceborgmester? ")[0], statement_and_question(
    ...     "Ledigheden var 2,8 pct. – og hvad så med Gladsaxe?")[0]
    ('', '')
    """
    parts = _STATEMENT_END.split(text.strip())
    if len(parts) < 2 or _ASKING.search(" ".join(parts[:-1])) or not _ASKING.search(
            parts[-1]) or _ELLIPTIC.search(parts[-1]):
        return "", text
    statement = text.strip()[:len(text.strip()) - len(parts[-1])].strip(" –—-")
    return statement, parts[-1]


def own_question(text: str, stands_alone: Callable[[str], bool] | None = None) -> str:
    """The question to read a type and a kind from: after a statement, a question of its
    own ("Antallet steg. Nøjedes udvalget med at tage det til efterretning?"), but not one
    asked of the statement's figure ("Antallet faldt 13 pct. – hvad var faldet i
    hovedstadsområdet?": a hv-question goes on with the statement) — unless
    `stands_alone` says it asks a thing of its own ("4,2 pct. er på uddannelseshjælp.
    Hvad blev udfaldet, da politikerne tog emnet op?" asks the decision).

    >>> own_question("Antallet steg. Nøjedes udvalget med det?")
    'Nøjedes udvalget med det?'
    >>> own_question("Antallet faldt 13 pct. – hvad var faldet i Gladsaxe?")
    'Antallet faldt 13 pct. – hvad var faldet i Gladsaxe?'
    """
    statement, clause = statement_and_question(text)
    if statement and (not re.match(r"\W*hv", clause, re.I) or (
            stands_alone is not None and stands_alone(clause))):
        return clause
    return text


# The word for a municipality, stemmed: a name's generic part ("Ballerup Kommune")
KOMMUNE = frozenset(stems("kommune kommunen kommunens", frozenset()))
