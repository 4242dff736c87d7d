"""The lines that close minutes after the last item: the meeting's end ("Mødet hævet
kl. 18.10"), how the minutes were signed or read out ("Protokollen oplæst og godkendt."),
who took them ("Referent: Sofie Dam") and the names signed under them. `text_dividers.
minutes_end` cuts the minutes where such lines begin and only such lines follow."""

from __future__ import annotations

import re
from collections.abc import Callable

from .dates import written_date
from .page_footer import published_line
from .signatures import SIGNATURE_PAGE_RE, roles_row

# (how it was signed, not "Referatet blev godkendt." of an item approving the last minutes;
# "Referatet er godkendt af formanden 2. december 2024" (or "… 2024-11-28"): by whom,
# after the meeting)
# ("Referatet godkendes og underskrives på udvalgets næste møde": to be signed)
SIGNED_RE = re.compile(r"^(?:referatet|protokollen|beslutningsprotokollen)\s+(?:(?:er|blev)\s+"
                       r"(?:godkendt|underskrevet|signeret)|godkendes|underskrives)\b"
                       r"(?=.{0,60}\b(?:underskr\w*|"
                       r"digital\w*|signatur\w*|signeret|elektronisk\w*|"
                       r"\w*formand\w*\s+(?:den\s+)?(?:\d{1,2}\.|\d{4}-\d\d-\d\d)"
                       # ("Referatet er godkendt af formanden Eva Dam.")
                       r"|af\s+(?:\w+s\s+)?formand(?:en)?\b"
                       # ("… underskrevet af de tilstedeværende medlemmer.")
                       # (not "Referatet godkendes i mødesystemet af byrådets medlemmer",
                       # an item's proposal)
                       r"|af\s+(?:de\s+)?(?:tilstedeværende|fremmødte)\s+(?:medlemmer|"
                       r"deltagere)\b"
                       # ("Referatet er godkendt ved mødets afslutning.": at the meeting)
                       r"|ved\s+mødets\s+(?:afslutning|slutning)\b))",
                       re.IGNORECASE)
# The minutes read out and approved at the meeting's end: "Protokollen oplæst og
# godkendt." (often with "Mødet hævet kl. 16.40." on the line)
READ_OUT_RE = re.compile(r"^(?:referatet|protokollen|beslutningsprotokollen)\s+(?:er\s+|blev\s+)?"
                         r"(?:oplæst|læst\s+op)\s+og\s+(?:godkendt|underskrevet)\.?\s*",
                         re.IGNORECASE)
# Who took the minutes, signing them off under the last item: "Referent: Sofie Dam" (and
# how they were approved: "Referent: Louise Dam. Referatet er godkendt af formanden …");
# abbreviated before the name it signs: "Ref. Grethe Sønderby", "Ref.: Eva Dam"
TAKER_RE = re.compile(r"^(?:(?:referent|referatfører|protokolfører)\s*:|ref\.\s*:?"
                      r"(?=\s*(?-i:[A-ZÆØÅ][a-zæøåé]+\s+[A-ZÆØÅ])))\s*(\S.{0,60}?)"
                      r"(?:\.\s+(?=(?:referatet|protokollen)\b)(?P<signed>.{0,100}))?$",
                      re.IGNORECASE)
# ("Seminaret sluttede fredag kl. 12.50": a seminar's or a theme meeting's end too)
# (typed or read by OCR without Danish letters: "Modet haevet kl. 16.20")
# (a written procedure's close: "Den skriftlige behandling blev afsluttet fredag den …
# kl. 12.00."; the day after the hour: "Mødet hævet kl. 17.45 den 28. september 2023.")
ENDED_RE = re.compile(r"^(?:\w*m(?:ø|oe|o)det|\w*seminaret|konferencen|dagen|"
                      r"den\s+skriftlige\s+behandling)\s+(?:blev\s+)?"
                      r"(?:h(?:æ|ae)vet|sluttede|slut|afsluttet|afsluttedes|ophørte)\b.{0,40}\bkl\.?\s*\d{1,2}[.:]\d\d"
                      r"(?:\s+(?:den|d\.)\s+\d{1,2}\.\s*(?:[a-zæøå]+\s+|\d{1,2}\.\s*)(?:\d{4})?)?\.?"
                      # (a web page's own line after it: "Opdateret 17.03.2006 af …")
                      r"(?:\s+(?:sidst\s+|senest\s+)?opdateret\b.*|\s+(?P<after>[A-ZÆØÅ].*))?$",
                      re.IGNORECASE)


# The members absent from the whole meeting, noted at its close just above the line saying
# it ended: "Afbud: Tina Graversen (Ø)" / "Mødet hævet kl. 18.05" (a blank line above it;
# an item's own "Fraværende: …" sits right under its decision)
CLOSING_ABSENCE_RE = re.compile(r"^afbud\s*:\s*(?P<names>[A-ZÆØÅ].{2,300})$", re.IGNORECASE)


def closing_absence(lines: list[str], first: int, end: int) -> int:
    """Where the meeting's closing absence list ("Afbud: …" above "Mødet hævet kl. …")
    starts below the last item's text at `first`, else `end`."""
    for i in range(first + 1, end):
        if CLOSING_ABSENCE_RE.match(lines[i].strip()) and not lines[i - 1].strip() and (
                meeting_ended(next((ln for ln in lines[i + 1:end] if ln.strip()), ""))):
            return i
    return end


def meeting_ended(line: str) -> bool:
    """The line saying the meeting ended ("Mødet hævet kl. 17.25.")."""
    return bool(ENDED_RE.match(line.strip()))


def below_end(lines: list[str], at: int, end: int) -> list[str]:
    """The lines below line `at` (the one saying the meeting ended) up to `end` or the
    signature page's heading ("Underskrifter:"), which ends the minutes itself: the
    attachments printed after the signatures ("Bilag" / "Bilag til punkt 3: …") are no
    text under the end line.

    >>> below_end(["Mødet hævet kl. 18.05.", "", "Underskrifter:", "Bilag"], 0, 4)
    ['']
    """
    stop = next((k for k in range(at + 1, end) if SIGNATURE_PAGE_RE.match(unmarked(lines[k]))),
                end)
    return lines[at + 1:stop]


def unmarked(line: str) -> str:
    """A line without markdown's emphasis around it: "*Protokollen er godkendt digitalt.*"."""
    s = line.strip()
    return s.strip("*_").strip() if s[:1] in "*_" and s[-1:] == s[:1] else s


def signed_off(line: str) -> bool:
    """A line below the one saying the meeting ended: a name, how the minutes were signed
    or who took them ("Referent: Lone Bach, Regionssekretariatet."), or when they were
    published."""
    s = unmarked(line)
    taker = TAKER_RE.match(s)
    read = READ_OUT_RE.match(s)  # ("Mødet hævet kl. 21.10." / "Protokollen oplæst og godkendt.")
    taken = taker is not None and not taker["signed"] and namelike(
        taker.group(1).rstrip("."))
    return (namelike(s) or bool(SIGNED_RE.match(s)) or published_line(s)
            or bool(read and not s[read.end():]) or taken or bool(_NEXT_RE.match(s)))


# The next meeting announced after the end ("Mødet hævet kl. 17:30. Næste møde: Mandag den
# 09.01.2017 kl. 15:00."; "… Næste møde afholdes onsdag den 14. januar 2026."): when, not
# what was decided
_NEXT_RE = re.compile(r"^(?:næste|kommende)\s+(?:ordinære\s+)?møde\s*(?::|afholdes\b|holdes\b)"
                      r"[^:]{0,80}(?:\d{1,2}[.:]\d\d|\b(?:19|20)\d\d)\.?$", re.IGNORECASE)


def namelike(line: str) -> bool:
    """A signature page's line: a name (with a title), a rule to sign on, a page counter."""
    s = re.sub(r"^/\s*(?=[A-ZÆØÅ])", "", unmarked(line))  # ("/Lone Brix": a typist's, signed)
    return not s or SIGNATURE_PAGE_RE.match(s) is not None or (
        _SIGN_RULE_RE.match(s) is not None) or (
        len(s) <= 120 and not s.endswith((".", "!", "?")) and s[:1].isupper()) or roles_row(s)


# "________________   ________________" (where to sign), "Side 2/2" (or "2" alone, the last
# page's number in its foot) under the names, a
# scan's initials signed by hand as OCR reads them ("~ BH"), an e-mail signature's logo
# as a copied mail writes it ("[cid:image001.png@01DB2A1F.3C4E5B60]")
_SIGN_RULE_RE = re.compile(r"^(?:[_.\-–]{5,}\s*)+$|^(?:side|page)\s*\d+\s*(?:/|af|of)\s*\d+$"
                           r"|^\d{1,3}$|^[~∼≈]+\s*[A-ZÆØÅ]{1,4}\.?$|^\[cid:[^\]\s]+\]$",
                           re.IGNORECASE)


# The next meeting's own block after the last item (a slide deck's closing slide, a
# newsletter's box): "Næste møde" as a heading alone, its lines below opening with the day
_NEXT_HEADING_RE = re.compile(r"^[*_#\s]*(?:næste|kommende)\s+møde(?:dato)?\s*:?[*_]*$",
                              re.IGNORECASE)
_BULLET_RE = re.compile(r"^[•\-–*·▪]\s*")
_NEXT_BLOCK_LINES = 8  # (its day and place, a theme, where to send points: a few lines)


def next_meeting_block(lines: list[str], first: int, i: int, end: int,
                       is_section: Callable[[str], bool]) -> bool:
    """Whether line `i` heads the next meeting's block below the last item's text: the
    heading alone, the day with its year on the next line, a few lines and no section
    after it (where "Næste møde" heads an item's section, that item's text follows)."""
    if not _NEXT_HEADING_RE.match(lines[i].strip()):
        return False
    above = next((ln.strip() for ln in reversed(lines[first:i]) if ln.strip()), "")
    rest = [s for ln in lines[i + 1:end] if (s := _BULLET_RE.sub("", ln.strip()))]
    # (the day's sentence wrapped before its year: "… holder næste møde onsdag" / "den 9.
    # april 2026 kl. 16.00 …", a narrow column's)
    first = rest[0] if not rest or rest[0].endswith(".") else " ".join(rest[:2])
    return above.endswith((".", "!", "?", ")")) and 0 < len(rest) <= _NEXT_BLOCK_LINES and bool(
        re.search(r"\b(?:19|20)\d\d\b", first) and written_date(first)) and not any(
        is_section(s) for s in rest)
