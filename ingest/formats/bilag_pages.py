"""The attachments (bilag) printed in one PDF with the minutes or the agenda ("Referat
med bilag", "Dagsorden med bilag"), read as no part of the meeting.

Systems that print a meeting "with its bilag" put each attachment's own pages after its
item or after the last item, marked in one of four ways:

* a separator or cover page at a page's top: "Bilag 2.1: Notat om skolestruktur" /
  "Tilhører punkt: 2. …", a Word heading "Bilag 1 – Ansøgning fra sejlklubben", an
  ESDH cover table "Bilag:" / "2.1. Referat fra borgermøde" / "Udvalg:" / "Mødedato:" /
  "Bilagsnr:", or the list "Bilagsoversigt" that opens the attachments' part;
* a stamp on every attachment page: "Bilag til punkt 3" (or "Bilag til punkt 2: 2.1
  Høringssvar", an eDoc band "Bilag 1 til punkt 2: Referat - …") at the page's top or,
  as the stamp box is extracted last, at its foot;
* the minutes' own page counter ending ("Side 5 af 5") before the PDF does: the
  attachments' files appended as they are (`counted_pages`);
* a new document's letterhead at a page's top: "NOTAT", "Dato: 16. februar 2026",
  "Sagsnr.: 25/31877", "Vedr.: …" (a letter or a notat pasted in).

An attachment holds headings "1. Indledning", a council's own "Beslutning:", letters'
"Dato:" and "Sagsnr.:" and people: read with the meeting they made items, decisions, a
second meeting and participants. Its pages go: a page that opens an attachment, and
every page after it, up to the page whose top is the next item's heading (a number and
title followed by "Sagsnr.:", or a title the contents list printed before), numbered
after the items read before it (another body's "Punkt 4" in an attachment to item 33
resumes nothing). A stamped page goes on its own. The first page (the meeting's head) is
never an attachment's.
"""

from __future__ import annotations

import re
from collections import Counter

from .counted_pages import counted_end

# "Bilag 2.1: Notat om …", "Bilag 1 – Ansøgning fra …", "Bilag til punkt 4"
_SEPARATOR_RE = re.compile(r"^bilag\s+(?:\d{1,2}(?:\.\d{1,2})*\.?\s*[:–—-]\s*\S|"
                           r"til\s+(?:punkt|pkt\.?)\s*\d{1,3}\s*$)", re.IGNORECASE)
# "Bilag til punkt 2", "Bilag til punkt 2: 2.1 Uddrag af referat …", "Bilag 1 til punkt 2:
# Referat - …" (a page's stamp, or an eDoc print's band across an attachment page's top)
_STAMP_RE = re.compile(r"^bilag\s+(?:\d{1,2}\s+)?til\s+(?:punkt|pkt\.?)\s*\d{1,3}\b"
                       r"(?:\s*[:–—-].*)?$", re.IGNORECASE)
_ANY_BILAG_RE = re.compile(r"^bilag\b", re.IGNORECASE)
# (or the attachments' part's cover: "Bilagsmappe", "Bilagshæfte", "Samlede bilag")
OVERVIEW_RE = re.compile(r"^(?:bilagsoversigt|bilagsfortegnelse|bilagsliste|bilagsmappe|"
                         r"bilagshæfte|bilagssamling|(?:oversigt\s+over|samlede)\s+bilag)\s*:?$",
                         re.IGNORECASE)
_COVER_LABEL_RE = re.compile(r"^(?:bilagsnr|bilagsnummer|udvalg|mødedato|adgang)\.?\s*:",
                             re.IGNORECASE)
# an item's heading: "3. Tilskud til …", "Pkt. 2. Title", "Punkt 4 Title", "5." alone
_ITEM_RE = re.compile(r"^(?:(?:pkt|punkt)\.?\s*)?(\d{1,2})\.?(?:\s+(\S.*))?$", re.IGNORECASE)
_CASE_RE = re.compile(r"^(?:sagsnr|sags\s+nr|sag\s+nr|journalnr|j\.\s?nr)\.?\s*:", re.IGNORECASE)
# a letterhead's fields at a page's top
_DATED_RE = re.compile(r"^dato\s*:\s*\S", re.IGNORECASE)
_REFERENCE_RE = re.compile(r"(?:^|\s)(?:sagsnr|j\.\s?nr|vedr)\.?\s*:\s*\S", re.IGNORECASE)
_NOTE_RE = re.compile(r"^notat\b\s*:?$", re.IGNORECASE)
# a decision's or the minutes' own closing lines (a page holding them is the meeting's)
_OWN_RE = re.compile(r"^(?:beslutning(?:\s+i\s+.+)?|mødet\s+(?:blev\s+)?(?:hævet|sluttede)\b.*|"
                     r"underskrift\w*|indstilling|sagsfremstilling)\s*:?$", re.IGNORECASE)


def _content(page: str) -> list[str]:
    return [s for ln in page.split("\n") if (s := ln.strip())]


# a page's counter alone on its line: "Side 7", "Side 7 af 18", "7/18"
_COUNTER_RE = re.compile(r"^(?:(?:side|page)\s*)?\d{1,3}(?:\s*(?:af|of|/)\s*\d{1,3})?$",
                         re.IGNORECASE)
_HEAD_DEPTH = 3  # lines at a page's top that may be its running header
_MIN_HEADED = 3  # pages a running header's line stands atop


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line)


def _marks(line: str) -> bool:
    """Whether a line is an attachment's mark: a separator's or a stamp's line, a cover
    table's "Bilag:" label, the attachments' overview."""
    return bool(line.lower().rstrip(": ") == "bilag" or _SEPARATOR_RE.match(line)
                or _STAMP_RE.match(line) or OVERVIEW_RE.match(line))


def _headless(pages: list[list[str]]) -> list[list[str]]:
    """The pages without their running header: the lines atop a page (up to three) that
    stand atop three pages or more, digits aside ("Referat samlet dokument – bilag" /
    "Side 7"), and a page's counter, so that an attachment's separator under the header
    of the attachments' part is the page's top. An attachment's own mark is never that
    header, however many pages it opens ("Bilag:" atop every cover of a samlet dokument,
    "Bilag til punkt 4" atop every separator page): it opens each of them."""
    tops = Counter(shape for page in pages for shape in {_shape(ln) for ln in page[:_HEAD_DEPTH]})
    out = []
    for page in pages:
        k = 0
        while k < min(_HEAD_DEPTH, len(page) - 1) and not _marks(page[k]) and (
                tops[_shape(page[k])] >= _MIN_HEADED or _COUNTER_RE.match(page[k])):
            k += 1
        out.append(page[k:])
    return out


def _item_at(lines: list[str], k: int, titles: set[tuple[str, str]]) -> int | None:
    """The item's number when line `k` heads an item: a number and title with a case
    number below it, or the number and title the contents list printed ("1." / "Title"
    on two lines too); else None."""
    m = _ITEM_RE.match(lines[k])
    if not m:
        return None
    title, below = m.group(2), k + 1
    if title is None and k + 1 < len(lines):
        title, below = lines[k + 1], k + 2
    if not title:
        return None
    if any(_CASE_RE.match(ln) for ln in lines[below:below + 2]) or (
            m.group(1), _key(title)) in titles:
        return int(m.group(1))
    return None


def _numbers(lines: list[str], titles: set[tuple[str, str]]) -> list[int]:
    """The numbers of the items a page's lines head."""
    return [n for k in range(len(lines)) if (n := _item_at(lines, k, titles)) is not None]


def _read_items(lines: list[str]) -> list[int]:
    """The numbers of the items a page's lines head over their own case number: not a
    contents list's last row, whose next line is the first item's heading."""
    out = []
    for k in range(len(lines)):
        number = _item_at(lines, k, set())
        below = lines[k + 1] if k + 1 < len(lines) else ""
        if number is not None and (_CASE_RE.match(below) or not _ITEM_RE.match(below)):
            out.append(number)
    return out


def _key(title: str) -> str:
    return re.sub(r"\W+", " ", title).strip().lower()


def _opens(lines: list[str], titles: set[tuple[str, str]]) -> bool:
    """Whether a page (its lines) opens an attachment at its top."""
    if not lines:
        return False
    top = lines[0]
    if OVERVIEW_RE.match(top):  # (its lines name the items: "Punkt 2. Lokalplan 632")
        return True
    if _numbers(lines, titles) or any(_OWN_RE.match(ln) for ln in lines):
        return False
    if top.lower().rstrip(":") == "bilag" and sum(
            bool(_COVER_LABEL_RE.match(ln)) for ln in lines[1:10]) >= 2:
        return True  # an ESDH cover table: "Bilag:" / "2.1. …" / "Udvalg:" / "Bilagsnr:"
    if _SEPARATOR_RE.match(top):  # (not an item's list of bilag that ran onto the page)
        return len(lines) < 2 or not _ANY_BILAG_RE.match(lines[1])
    head = lines[:8]
    return any(_DATED_RE.match(ln) for ln in head) and (
        any(_REFERENCE_RE.search(ln) for ln in head) or any(_NOTE_RE.match(ln) for ln in head))


def _stamped(lines: list[str]) -> bool:
    """Whether a page carries an attachment's stamp in its top three or last six lines
    (one line, no other "Bilag" line beside it: not a list of attachments)."""
    edge = set(range(min(3, len(lines)))) | set(range(max(0, len(lines) - 6), len(lines)))
    for k in sorted(edge):
        if _STAMP_RE.match(lines[k]) and not any(
                _ANY_BILAG_RE.match(ln) for ln in _beside(lines, k)):
            return True
    return False


_BULLET_RE = re.compile(r"^[•·▪◦*–-]$")


def _beside(lines: list[str], k: int) -> list[str]:
    """The lines with words next above and below line `k` (a list's bullets drawn on
    lines of their own passed over: "Bilag" / "•" / "Bilag 1 til punkt 2: …")."""
    above = next((ln for ln in reversed(lines[:k]) if not _BULLET_RE.match(ln)), "")
    below = next((ln for ln in lines[k + 1:] if not _BULLET_RE.match(ln)), "")
    return [above, below]


def _resumes(lines: list[str], titles: set[tuple[str, str]], last: int = 0) -> bool:
    """Whether the meeting's text resumes at a page's top: an item's heading there whose
    number follows the items read before the attachment (`last`, the highest so far). An
    attachment's own "Punkt 4" or "3. …" over "Sagsnr.:" (another body's minutes, an
    extract of an earlier meeting) numbers no item after the one it is attached to."""
    return any((n := _item_at(lines, k, titles)) is not None and n > last
               for k in range(min(4, len(lines))))


def without_bilag(text: str) -> str:
    """A PDF's text (pages parted by form feeds) without the attachments' pages.

    >>> page = "2. Budget 2026\\nSagsnr.: 24/88\\nBeslutning\\nGodkendt."
    >>> without_bilag(page + "\\f" + "Bilag 2.1: Notat\\n1. Indledning\\nTekst.").split("\\f")
    ['2. Budget 2026\\nSagsnr.: 24/88\\nBeslutning\\nGodkendt.']
    """
    if "\f" not in text:
        return text
    pages = text.split("\f")
    titles = {(m.group(1), _key(m.group(2))) for ln in _content(pages[0])
              if (m := _ITEM_RE.match(ln)) and m.group(2)}
    contents = [_content(p) for p in pages]
    # (pages after the minutes' own counter ran out were appended: `counted_pages`)
    end = counted_end(contents)
    # (the items read so far: headings over a case number, not the contents list's rows)
    last = max(_read_items(contents[0]), default=0)
    kept, inside = [pages[0]], False
    for at, (page, lines) in enumerate(zip(pages, _headless(contents), strict=True)):
        if at == 0:
            continue
        if end is not None and at > end:
            break
        if inside and _resumes(lines, titles, last):
            inside = False
        if not inside and _opens(lines, titles):
            inside = True
        if inside or (_stamped(lines) and not _resumes(lines, titles, last)):
            continue
        kept.append(page)
        last = max([last, *_read_items(lines)])
    return text if len(kept) == len(pages) else "\f".join(kept)
