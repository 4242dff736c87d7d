"""Question understanding for Danish: dates, committee and punkt become metadata filters;
the kind of question decides how the answer is assembled.

>>> q = parse_question("hvad besluttede udvalget om studieturen den 7. februar 2023?")
>>> q.kind, q.date_from, q.date_strict
('decision', datetime.date(2023, 2, 7), True)
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field
from datetime import date

from referat.danish import DANISH_MONTHS, stems, topic_stems

_MONTH_ALT = "|".join(DANISH_MONTHS)
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(DANISH_MONTHS)}
_ORDINAL_Q = {"første": 1, "1.": 1, "andet": 2, "anden": 2, "2.": 2, "tredje": 3, "3.": 3,
              "fjerde": 4, "4.": 4, "sidste": 4}

DAY_RE = re.compile(
    rf"\b(?:den\s+|d\.\s*)?(\d{{1,2}})\.?\s*({_MONTH_ALT}|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?"
    rf"\s+(\d{{4}})\b",
    re.IGNORECASE,
)
ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
NUMERIC_DAY_RE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[ /.-]\s*(\d{4})\b")
MONTH_RE = re.compile(rf"\b({_MONTH_ALT})\s+(\d{{4}})\b", re.IGNORECASE)
QUARTER_RE = re.compile(
    r"\b(første|andet|anden|tredje|fjerde|sidste|[1-4]\.)\s+kvartal\s+(?:af\s+|i\s+)?(\d{4})\b",
    re.IGNORECASE,
)
BARE_YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
YEAR_RE = re.compile(r"\b(?:i|fra|året|år|møde[t]?\s+i)\s+(\d{4})\b", re.IGNORECASE)
PUNKT_RE = re.compile(r"(?<!indstillingens )\bpunkt(?:et)?\s+(\d{1,2})\b", re.IGNORECASE)
COMMITTEE_RE = re.compile(r"([\wæøåÆØÅ,\- ]*?\w+udvalg(?:et|s|ets)?)\b", re.IGNORECASE)
LATEST_RE = re.compile(r"\b(seneste|sidste|nyeste)\s+møde", re.IGNORECASE)
FIRST_RE = re.compile(r"\b(første|ældste)\s+møde", re.IGNORECASE)

# (kind, patterns) in order of precedence.
_KIND_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("closed", re.compile(r"\blukke(?:t|de)\b", re.I)),
    ("vote", re.compile(r"\b(stemte|stemme|stemmer|imod|mindretal\w*|undlod|standsningsret\w*)\b",
                        re.I)),
    ("number", re.compile(r"\b(hvor mange|hvor meget|hvad koste\w*|hvor stor\w*|antal\w*|beløb\w*|"
                          r"procent\w*|pct|andel\w*|hvor høj\w*|hvor lav\w*|hvor længe)\b", re.I)),
    ("decision", re.compile(r"\b(beslut\w*|vedt\w*|godkend\w*|udsat\w*|udsætte\w*|hvad skete|"
                            r"hvad blev (?:der )?(?:besluttet|vedtaget|resultatet)|udfald\w*|"
                            r"efterretning|konklu\w*|indstil\w*|afgjort|bemærk\w*|holdning\w*|"
                            r"hvad (?:sagde|mente|syntes|siger|mener) (?:udvalget|politikerne)|"
                            r"hvad (?:sagde|mente) (?:de|man))\b", re.I)),
    ("when", re.compile(r"\b(hvornår|hvilken dato|hvilke datoer|hvilken dag)\b", re.I)),
    ("who", re.compile(r"\b(hvem|hvilke personer|navn\w*)\b", re.I)),
]

_MEETING_ASPECTS: list[tuple[str, re.Pattern[str]]] = [
    ("absentees", re.compile(r"\b(afbud|fravær\w*|mødte ikke|var ikke (?:til stede|med))\b", re.I)),
    ("attendees", re.compile(r"\b(deltog|deltagere|til stede|mødedeltagere|var med)\b", re.I)),
    ("place", re.compile(r"\b(hvor (?:blev|var|foregik|holdtes|afholdtes) mødet|mødested\w*|"
                         r"hvor mødtes|hvilket lokale|hvor blev der holdt møde)\b", re.I)),
    ("time", re.compile(r"\b(hvornår (?:startede|begyndte) mødet|hvad tid|klokken|mødetid\w*)\b",
                        re.I)),
    ("agenda", re.compile(r"\b(dagsorden\w*|hvilke punkter|hvilke sager|hvad blev der behandlet|"
                          r"hvad var på)\b", re.I)),
]
_MEETING_WORDS = frozenset(
    "deltog deltagere deltager stede afbud fravær fraværende mødested lokale klokken tid "
    "mødetid dagsorden dagsordenen punkter sager behandlet holdt foregik afholdt mødtes "
    "møde mødet var med ikke meldt meldte havde udvalgsmøde udvalgsmødet".split()
)
_ANAPHORA = re.compile(r"\b(den|det|de|dem|denne|dette|disse|han|hun|sagen|punktet|turen|"
                       r"beslutningen|forslaget|der)\b", re.I)


@dataclass
class Question:
    text: str
    kind: str = "fact"  # decision|number|vote|who|when|meeting|closed|fact
    meeting_aspect: str | None = None  # attendees|absentees|place|time|agenda
    date_from: date | None = None
    date_to: date | None = None
    date_strict: bool = False  # a named day: never answer from another meeting
    date_soft: bool = False  # a bare year ("nytårskuren 2025"): a preference, never a filter
    date_label: str = ""
    relative_meeting: str | None = None  # "latest" | "first"
    punkt: int | None = None
    committee_mention: str | None = None
    topic: list[str] = field(default_factory=list)  # stemmed topic words
    retrieval_mode: str = "hybrid"  # set by the answerer: hybrid | bm25 | dense
    search_text: str = ""

    @property
    def has_date(self) -> bool:
        return self.date_from is not None or self.relative_meeting is not None


@functools.lru_cache(maxsize=1)
def _meeting_stems() -> frozenset[str]:
    return frozenset(_MEETING_WORDS) | frozenset(stems(" ".join(_MEETING_WORDS), frozenset()))


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _strip(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end() :]


def parse_question(text: str) -> Question:
    q = Question(text=text.strip())
    rest = q.text
    found = False
    for rx, kind in ((ISO_RE, "iso"), (DAY_RE, "day"), (NUMERIC_DAY_RE, "num")):
        m = rx.search(rest)
        if not m:
            continue
        try:
            if kind == "iso":
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif kind == "day":
                name = m.group(2).lower()
                month = (DANISH_MONTHS.index(name) + 1 if name in DANISH_MONTHS
                         else _MONTH_ABBR[name[:3]])
                d = date(int(m.group(3)), month, int(m.group(1)))
            else:
                d = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except (ValueError, KeyError):
            continue
        q.date_from = q.date_to = d
        q.date_strict = True
        q.date_label = m.group(0).strip()
        rest = _strip(rest, m)
        found = True
        break
    if not found:
        m = QUARTER_RE.search(rest)
        if m:
            n, year = _ORDINAL_Q[m.group(1).lower()], int(m.group(2))
            q.date_from = date(year, 3 * n - 2, 1)
            q.date_to = _month_range(year, 3 * n)[1]
            q.date_label = m.group(0)
            found = True  # quarters stay in the search text: often the topic itself
    if not found:
        m = MONTH_RE.search(rest)
        if m:
            q.date_from, q.date_to = _month_range(
                int(m.group(2)), DANISH_MONTHS.index(m.group(1).lower()) + 1
            )
            q.date_label = m.group(0)
            rest = _strip(rest, m)
            found = True
    # "i 2015" names the period; a bare "nytårskuren 2025" only prefers it (soft)
    for rx, soft in ((YEAR_RE, False), (BARE_YEAR_RE, True)):
        m = None if found else rx.search(rest)
        if m:
            year = int(m.group(1))
            q.date_from, q.date_to = date(year, 1, 1), date(year, 12, 31)
            q.date_label, q.date_soft = m.group(0), soft
            found = True
    if not found:
        if LATEST_RE.search(rest):
            q.relative_meeting = "latest"
        elif FIRST_RE.search(rest):
            q.relative_meeting = "first"
    m = PUNKT_RE.search(rest)
    if m:
        q.punkt = int(m.group(1))
        rest = _strip(rest, m)
    for m in COMMITTEE_RE.finditer(rest):
        mention = m.group(1).strip(" ,")
        if mention.lower() not in ("udvalget", "udvalg", "udvalgets"):
            q.committee_mention = mention
            break

    for kind, rx in _KIND_PATTERNS:
        if rx.search(q.text):
            q.kind = kind
            break
    topic = topic_stems(rest)
    for aspect, rx in _MEETING_ASPECTS:
        if rx.search(q.text):
            # "hvem deltog i mødet den 18. marts 2025?" is about the meeting; "hvem
            # deltager fra Exometric?" is about an item.
            leftover = [t for t in topic_stems(rest) if t not in _meeting_stems()]
            if not leftover or aspect in ("place", "time", "agenda"):
                q.kind, q.meeting_aspect = "meeting", aspect
            break
    if q.kind == "vote" and not re.search(r"\b(hvem|hvilke|hvordan|stemte)\b", q.text, re.I):
        q.kind = "decision" if re.search(r"beslut|godkend|vedt", q.text, re.I) else q.kind
    q.topic = topic
    q.search_text = re.sub(r"\s+", " ", rest).strip()
    return q


def has_own_topic(q: Question, previous_text: str) -> bool:
    """Does a question in a conversation bring a topic of its own?

    "hvem stemte imod?" has none; "og hvornår skal den finde sted?" refers back ("den")
    and its few topic words all occur in the previous answer's items.
    """
    if q.has_date or q.punkt is not None:
        return True
    if not q.topic:
        return False
    if _ANAPHORA.search(q.text) and len(q.topic) <= 3:
        known = set(stems(previous_text))
        return not all(t in known for t in q.topic)
    return True
