"""A meeting's occasion: an extraordinary meeting, a theme meeting, the constituent
meeting, a dialogue meeting or a joint meeting — or "" for an ordinary one. Read by
every source adapter from the phrase its format names the meeting by (a FirstAgenda
`Moede.Navn`, an Acadre meeting name, a text header's title or committee line), and
said in answers ("det ekstraordinære møde"). A cancelled meeting (`CANCELLED`, "det
aflyste møde") is no name's occasion but what befell it, read from its head's notice
("Mødet er aflyst", `ingest.formats.cancelled`).

>>> occasion_of("Ekstraordinær dagsorden"), occasion_of("Dagsorden")
('ekstraordinært', '')
>>> occasion_of("Økonomiudvalget - ekstraordinært møde"), occasion_of("Temamøde om budget")
('ekstraordinært', 'temamøde')
"""

from __future__ import annotations

import re

EXTRAORDINARY, THEME, CONSTITUENT = "ekstraordinært", "temamøde", "konstituerende"
DIALOGUE, JOINT = "dialogmøde", "fællesmøde"
OCCASIONS = (EXTRAORDINARY, THEME, CONSTITUENT, DIALOGUE, JOINT)  # (a name's)
CANCELLED = "aflyst"

# The words that name each occasion, in any inflection ("ekstraordinær dagsorden",
# "ekstraordinært møde", "det ekstraordinære møde"; "temamødet"; "konstituerende møde")
_WORDS = {
    EXTRAORDINARY: r"ekstraordin(?:æ|ae)r(?:t|e)?",
    THEME: r"tema-?mød(?:e|et)",
    CONSTITUENT: r"konstituerende",
    DIALOGUE: r"dialog-?mød(?:e|et)",
    JOINT: r"fælles-?mød(?:e|et)",
}
_ANY = "|".join(f"(?P<{name}>{rx})" for name, rx in zip(
    ("ekstra", "tema", "konst", "dialog", "faelles"), _WORDS.values(), strict=True))
_BY_GROUP = dict(zip(("ekstra", "tema", "konst", "dialog", "faelles"), OCCASIONS, strict=True))
# The document's kind before the occasion: "Referat – ekstraordinært møde", "Referat af
# det konstituerende møde", "Dagsorden til temamøde"
_LEAD = (r"^\W*(?:(?:referat|dagsorden|beslutningsprotokol|tillægsdagsorden|protokol)"
         r"(?:\s*[-–—:|,]\s*|\s+(?:af|fra|for|til)\s+)(?:det\s+|den\s+)?)?")
# ... or a body's genitive: "Økonomiudvalgets ekstraordinære møde"
_GENITIVE = (r"(?:(?:[\wæøå,-]+\s+){0,5}?[\wæøå-]*(?:udvalgets|udvalgs|rådets|råds|"
             r"bestyrelsens|nævnets|kommissionens)\s+)?")
_OPENS = re.compile(rf"{_LEAD}{_GENITIVE}(?:{_ANY})(?![\wæøå])", re.I)
# The occasion after the body's name, at the phrase's end: "Økonomiudvalget -
# ekstraordinært møde", "Byrådet (konstituerende møde)"
_ENDS = re.compile(rf"\S\s*(?:[-–—,:|]\s*|\()(?:det\s+)?(?:{_ANY})(?:\s+[\wæøå]*møde)?\)?\s*$",
                   re.I)
# A title names its meeting in a few words; a longer line, or one with a verb, is prose
# about one ("Dialogmødet med virksomhederne blev holdt …")
MAX_WORDS = 12
_PROSE = re.compile(r"\b(?:blev|bliver|var|er|holdes|holdt|afholdes|afholdt|skal|vil)\b|"
                    r"[.!?]$", re.I)


def occasion_of(phrase: str) -> str:
    """The occasion a meeting's name, title or committee line says, or "" (an ordinary
    meeting, or a phrase that only speaks of one: "Orientering om temamødet").

    >>> occasion_of("Referat – ekstraordinært møde"), occasion_of("Dialogmøde med Ældrerådet")
    ('ekstraordinært', 'dialogmøde')
    >>> occasion_of("Byrådet (konstituerende møde)"), occasion_of("Ordinært møde")
    ('konstituerende', '')
    """
    text = " ".join((phrase or "").split())
    if not text or len(text.split()) > MAX_WORDS or _PROSE.search(text):
        return ""
    found = _OPENS.match(text) or _ENDS.search(text)
    if found is None:
        return ""
    return next(_BY_GROUP[g] for g, v in found.groupdict().items() if v)


def first_occasion(phrases: list[str]) -> str:
    """The occasion of the first phrase that names one (a header's lines), or ""."""
    return next((o for p in phrases if (o := occasion_of(p))), "")


# How an answer names the meeting (definite), and how its front page is headed
_DEFINITE = {EXTRAORDINARY: "det ekstraordinære møde", THEME: "temamødet",
             CONSTITUENT: "det konstituerende møde", DIALOGUE: "dialogmødet",
             JOINT: "fællesmødet", CANCELLED: "det aflyste møde"}
_HEADING = {EXTRAORDINARY: "Ekstraordinært møde", THEME: "Temamøde",
            CONSTITUENT: "Konstituerende møde", DIALOGUE: "Dialogmøde", JOINT: "Fællesmøde",
            CANCELLED: "Aflyst møde"}


def occasion_meeting(occasion: str) -> str:
    """"det ekstraordinære møde" for an extraordinary meeting, "mødet" for an ordinary one.

    >>> occasion_meeting("temamøde"), occasion_meeting(""), occasion_meeting("aflyst")
    ('temamødet', 'mødet', 'det aflyste møde')
    """
    return _DEFINITE.get(occasion, "mødet")


def occasion_heading(occasion: str) -> str:
    """"Ekstraordinært møde", or "Møde" for an ordinary meeting (the meeting node's line)."""
    return _HEADING.get(occasion, "Møde")
