"""What a file that is no minutes looks like, so the reason it is skipped says so.

The download folder of a meeting holds more than its minutes: the case's bilag (a
lokalplanforslag stamped "Bilag 3 til Teknikudvalget 10.02.2026, punkt 5" on every
page), the administration's notat ("NOTAT" / "Til:" / "Fra:" / "Dato:"), a høringssvar
letter, the town's news article about the meeting ("Publiceret 27. januar 2026") and the
portal's log-in page the browser saved instead of the agenda ("Adgangskode" / "Log
ind"). Such a file has no agenda items or no meeting date, and its reason then names
what it looks like – "ligner et notat, ikke et referat eller en dagsorden: …" – rather
than hinting at a date or an item heading the user could fix (`described`).

A letter is read further (`refuse_letter`): its numbered paragraphs ("1. Overordnede
bemærkninger") pass for agenda items and its dateline ("Brøndby, den 26. januar 2026")
for the meeting's date. Shaped as a letter – a sign-off ("Med venlig hilsen") and a
dateline, a reference line ("Jeres sagsnr.:", "Vores ref.:") or "Att.:" – and read as
a meeting dated by its own dateline, with no start time, no decision and no line opening
with a kind word ("Referat", "Dagsorden"), it is a letter, not minutes. Minutes typed as
a letter ("Herlev, den 13. marts 2025" / "Referat af udvalgsmøde" / "… holdt møde
tirsdag den 11. marts 2025 kl. 17.00") name their meeting's own day and hour and stay
minutes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from referat.domain import Meeting

from .common import ParseError
from .dates import written_date

_NOT_MINUTES = "ikke et referat eller en dagsorden"
# the two reasons a text that reads as no minutes ends in (`text.parse_minutes`)
_NO_ITEMS = "ingen dagsordenspunkter fundet"
_NO_DATE = "ingen mødedato fundet i hovedet"

# a log-in form: the password field's label and the button
_PASSWORD_RE = re.compile(r"^(?:adgangskode|password|kodeord)\b\W*$", re.IGNORECASE)
_LOG_IN_RE = re.compile(r"^(?:log\s*ind|log\s+på|login|sign\s+in)\b", re.IGNORECASE)
# a news article's byline: "Politik · Publiceret 27. januar 2026 · Opdateret …"
_BYLINE_RE = re.compile(r"(?:^|[·|•]\s*)(?:publiceret|udgivet)\s*:?\s+(?:den\s+)?(.+)",
                        re.IGNORECASE)
# a meeting's facts by label ("Mødedato:", "Sted:"): a page of minutes, not an article
_FACT_LABEL_RE = re.compile(r"^(?:møde\w*|dato|tid|tidspunkt|sted)\s*:", re.IGNORECASE)
# a bilag's stamp: "Bilag 3 til Teknik- og Miljøudvalget 10.02.2026, punkt 5"
_BILAG_RE = re.compile(r"^bilag\s+\d+[a-z]?\s+til\s+\S", re.IGNORECASE)
_NOTAT_RE = re.compile(r"^notat\b\W*(?:$|til\b|vedr)", re.IGNORECASE)
# a letter: its sign-off, its dateline ("Brøndby, den 26. januar 2026"), its reference
# lines and its addressee's "Att."
_SIGN_OFF_RE = re.compile(r"^(?:med\s+)?venlig(?:st)?\s+hilsen\b|^mvh\b|^de\s+bedste\s+hilsner\b",
                          re.IGNORECASE)
_DATELINE_RE = re.compile(r"^[A-ZÆØÅ][\w.\- ]{1,40},\s+(?:den\s+|d\.\s*)?(\d.{4,30})$")
_REFERENCE_RE = re.compile(r"^(?:(?:jeres|vores|deres|j\.|jer\.)\s*(?:sagsnr|ref|j\.\s*nr|"
                           r"journalnr)\w*\.?\s*:|att\.?\s*:)", re.IGNORECASE)
# a line that opens with the document's kind: minutes or an agenda, however sent
_KIND_LINE_RE = re.compile(r"^(?:\w*referat|dagsorden|\w*protokol|indkaldelse|mødeindkaldelse)\b",
                           re.IGNORECASE)
_HEAD_LINES = 15


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _dateline(lines: list[str]) -> str | None:
    """The letter's own date line ("Brøndby, den 26. januar 2026"), if any."""
    return next((ln for ln in lines if (m := _DATELINE_RE.match(ln)) and written_date(
        m.group(1))), None)


def is_letter(lines: list[str]) -> bool:
    """Signed off as a letter, with its dateline, a reference line or an "Att.:".

    >>> is_letter(["Odense, den 3. maj 2025", "Vores ref.: 12/345", "Tekst.",
    ...            "Med venlig hilsen", "Ida Holm"])
    True
    >>> is_letter(["Referat", "Tekst.", "Med venlig hilsen"])
    False
    """
    return any(_SIGN_OFF_RE.match(ln) for ln in lines) and (
        _dateline(lines) is not None or any(_REFERENCE_RE.match(ln) for ln in lines))


def document_look(text: str) -> str | None:
    """What a text that reads as no minutes looks like, in Danish with its article
    ("en log ind-side", "en nyhedsartikel", "et bilag", "et notat", "et brev"); None
    when it looks like none of them.

    >>> document_look("Log ind for at se referatet\\nBrugernavn\\nAdgangskode\\nLog ind")
    'en log ind-side'
    >>> document_look("Nyt fra udvalget\\nKultur · Publiceret 3. maj 2025\\nUdvalget ...")
    'en nyhedsartikel'
    >>> document_look("Eksempel Kommune\\nNOTAT\\nTil: Skoleudvalget\\n1. Baggrund")
    'et notat'
    >>> document_look("Referat\\nMødedato: 3. maj 2025\\nPunkt 1") is None
    True
    """
    lines = _lines(text)
    head = lines[:_HEAD_LINES]
    if any(_PASSWORD_RE.match(ln) for ln in lines) and any(_LOG_IN_RE.match(ln) for ln in lines):
        return "en log ind-side"
    if any((m := _BYLINE_RE.search(ln)) and written_date(m.group(1)) for ln in head) and not any(
            _FACT_LABEL_RE.match(ln) for ln in lines):
        return "en nyhedsartikel"
    stamps = [ln for ln in lines if _BILAG_RE.match(ln)]
    if len(stamps) >= 2 or any(_BILAG_RE.match(ln) for ln in head):
        return "et bilag"
    if any(_NOTAT_RE.match(ln) for ln in lines[:10]):
        return "et notat"
    return "et brev" if is_letter(lines) else None


def described(err: ParseError, text: str) -> ParseError:
    """`err` with a reason that says what the file looks like, when it reads as no
    minutes for want of items or a meeting date and looks like another kind of document;
    `err` itself otherwise.

    >>> str(described(ParseError("ingen mødedato fundet i hovedet"), "NOTAT\\n1. Baggrund"))
    'ligner et notat, ikke et referat eller en dagsorden: ingen mødedato fundet i hovedet'
    >>> str(described(ParseError("ingen dagsordenspunkter fundet (forventede …)"), "Om os"))
    'ligner ikke et referat eller en dagsorden: ingen mødedato og ingen dagsordenspunkter'
    """
    reason = str(err)
    missing = next((r for r in (_NO_ITEMS, _NO_DATE) if reason.startswith(r)), None)
    if missing is None:
        return err
    look = document_look(text)
    if look == "en log ind-side":
        return ParseError(f"ligner {look}, {_NOT_MINUTES}: dokumentet kræver log ind; hent "
                          "selve dagsordenen eller referatet")
    if look:
        return ParseError(f"ligner {look}, {_NOT_MINUTES}: {missing}")
    lines = _lines(text)
    if missing == _NO_ITEMS and not any(written_date(ln) for ln in lines[:40]) and not any(
            _KIND_LINE_RE.match(ln) for ln in lines):
        return ParseError(f"ligner {_NOT_MINUTES}: ingen mødedato og ingen dagsordenspunkter")
    return err


@contextmanager
def reasoned(text: str) -> Iterator[None]:
    """Reading `text` as minutes, with `described` reasons for its `ParseError`."""
    try:
        yield
    except ParseError as err:
        raise described(err, text) from err


def refuse_letter(meetings: list[Meeting], text: str) -> None:
    """Raise `ParseError` when the one meeting read from `text` is a letter's numbered
    paragraphs dated by the letter's own dateline: no start time, no decision and no line
    opening with the document's kind."""
    if len(meetings) != 1 or meetings[0].start_time:
        return
    lines = _lines(text)
    meeting, line = meetings[0], _dateline(lines)
    if line is None or not is_letter(lines) or any(i.decision for i in meeting.items):
        return
    dated = written_date(line)
    if dated and dated[0] == meeting.date and not any(_KIND_LINE_RE.match(ln) for ln in lines):
        raise ParseError(f"ligner et brev, {_NOT_MINUTES}: kun brevets egen dato og ingen "
                         "beslutninger")
