"""Lines between and after the items that belong to no item:

* the agenda's group headings, printed between two items: "I. ÅBNE PUNKTER",
  "B. Sager til orientering", "LUKKET MØDE", "Til behandling - for lukkede døre",
  "2 Sager til orientering". They are not the previous item's decision; a heading saying
  the following items are closed ("lukkede", "fortrolige") marks them closed.
* the end of the minutes after the last item: the signature page ("Underskrifter",
  "Underskriftsside" with the members' names below), "Mødet hævet kl. 18.10", the next
  meeting's day ("Næste møde: 7. maj kl. 19.00") and a web page's footer with the
  municipality's address.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .absence_table import table_start
from .after_matter import after_matter_start
from .closed_marks import OPEN_MARK_RE
from .contents_trailer import contents_start
from .dated import dated_decision
from .dates import written_date
from .digest_ends import digest_end
from .mail_disclaimer import disclaimer_start
from .outline_numbers import unoutlined
from .page_footer import footer_line, footer_start
from .part_covers import part_lines
from .sign_off import (
    ENDED_RE,
    READ_OUT_RE,
    SIGNED_RE,
    TAKER_RE,
    below_end,
    closing_absence,
    namelike,
    next_meeting_block,
    signed_off,
    unmarked,
)
from .signatures import SIGNATURE_PAGE_RE, SIGNED_BY_RE, bare_signatures, service_page
from .text_furniture import NEXT_MEETING_RE

_NUMBERING = r"(?:(?:[IVX]{1,4}|[A-H]|\d{1,2})[.)]?\s+)?"
_GROUP_RE = re.compile(
    rf"^{_NUMBERING}(?:"
    r"(?:åbne|lukkede|åben|åbent|lukket|fortrolige|ikke offentlige)\s+"
    r"(?:punkter|sager|dagsordenspunkter|del|møde|dagsorden)"
    # (the group of what is left after the cases: "Øvrige punkter" over "Eventuelt")
    r"|øvrige\s+(?:punkter|sager|dagsordenspunkter)"
    r"|(?:sager|punkter|beslutningssager|orienteringssager|meddelelser)"
    r"(?:\s+(?:til|for)\s+\w+)?"
    r"|(?:til\s+)?(?:efterretning|behandling|beslutning|orientering|drøftelse)"
    r"(?:\s*[-–]\s*for\s+(?:åbne|lukkede)\s+døre)?"
    r"|(?:for\s+)?(?:åbne|lukkede)\s+døre"
    # (a numbered part of its own, its items numbered under it: "4. Lukket punkt" over
    # "4.1 Personalesag", or "III. Lukket punkt" over its items numbered from 1 again;
    # unnumbered, "Lukket punkt" is an item's closed mark)
    r"|(?<=[\dIVX]\.\s)(?:åbne|lukkede|åbent|lukket)\s+punkt)$",
    re.IGNORECASE)
# The part of the minutes that follows: "Lukket referat", "Lukket dagsorden",
# "TILLÆGSDAGSORDEN" (a divider even after a line ending in a colon: an empty "Beslutning:")
_DOC_PART_RE = re.compile(r"^(?:(?:lukket|lukkede|åbent|åben)\s+(?:referat|dagsorden)|"
                          r"tillægsdagsorden)$", re.IGNORECASE)
# A day's divider in the minutes of a meeting over days: "Fredag den 23. august 2024",
# "Dag 2 – tirsdag den 10. september", "Dag 2"
_DAY_RE = re.compile(r"^(?:dag\s+\d\b\s*[-–:]?\s*)?(?:(?:man|tirs|ons|tors|fre|lør|søn)dag"
                     r"(?:\s+(?:den|d\.))?\s+\d{1,2}\.\s*[a-zæøå]+(?:\s+\d{4})?)?$",
                     re.IGNORECASE)
# "IV. Title", "B. Title": a roman numeral or a letter before a short title
_LETTERED_RE = re.compile(r"^(?:[IVX]{1,4}|[A-H])[.)]\s+\S.{0,60}$")
_CLOSED_RE = re.compile(r"\b(?:lukket|lukkede|fortrolige?|ikke offentlige?)\b", re.IGNORECASE)
_OPEN_RE = re.compile(r"\b(?:åbne|åben|åbent)\b", re.IGNORECASE)
# the signature page's heading with the signers on its line: "Underskriftsblad: Eva Dam,
# Karl Bo" (a docx's last paragraph)
_SIGNED_LIST_RE = re.compile(r"^(?:underskrifter|underskriftsside|underskriftsblad|"
                             r"underskriftsark)\s*:\s*(?P<names>\S.*)$", re.IGNORECASE)
# An e-mail's or a letter's closing: "Med venlig hilsen", "Venlig hilsen", "Mvh."
# (the sender's first name may close the line: "Mvh Kirsten")
_GREETING_RE = re.compile(r"^(?:(?:med\s+)?(?:venlig|venligste|de\s+bedste)\s+hilsen\w*\W*|mvh\.?)"
                          r"(?:\s+(?-i:[A-ZÆØÅ])[\w-]+)?$", re.IGNORECASE)
_QUOTED_MAIL_RE = re.compile(r"^-{2,}\s*(?:oprindelig|original|videresendt|forwarded)\s+"
                             r"(?:meddelelse|message|besked)\s*-*$", re.IGNORECASE)
_DECISION_LINE_RE = re.compile(r"^\W*beslutning", re.IGNORECASE)


def is_day_divider(line: str) -> bool:
    """A day's divider between the items of a meeting over days, naming its day:
    "Onsdag den 19. juni 2024", "Dag 2 – tirsdag den 10. september" ("Dag 2" alone names
    none).

    >>> [is_day_divider(s) for s in ("Onsdag den 19. juni 2024", "Dag 2 – tirsdag den 10. "
    ...     "september", "Dag 2", "Onsdag")]
    [True, True, False, False]
    """
    s = line.strip()
    return bool(s) and bool(_DAY_RE.match(s)) and any(c.isdigit() for c in re.sub(
        r"^dag\s+\d\b", "", s, flags=re.IGNORECASE))


def is_group_heading(line: str) -> bool:
    """"Åbne sager", "LUKKEDE PUNKTER", "Sager til orientering": a group of the agenda."""
    return bool(_GROUP_RE.match(line.strip()))


def is_divider(line: str, is_heading: Callable[[str], bool]) -> bool:
    """A group heading of the agenda, not an item's text nor a section heading.

    >>> [is_divider(s, lambda s: False) for s in ("II. LUKKEDE PUNKTER", "B. Sager til "
    ...     "orientering", "Til behandling - for lukkede døre", "LUKKET MØDE", "Godkendt",
    ...     "A. Jensen deltog ikke.", "Øvrige punkter")]
    [True, True, True, True, False, False, True]
    """
    s = line.strip()
    if not s or len(s) > 70 or s.endswith((".", "!", "?", ":", ",")) or is_heading(s):
        return False
    if _GROUP_RE.match(s) or _LETTERED_RE.match(s) or _DOC_PART_RE.match(s) or (
            _DAY_RE.match(s)):
        return True
    words = re.findall(r"[^\W\d_]+", s)
    return len(words) >= 2 and s == s.upper()


def is_document_part(line: str) -> bool:
    """"Lukket referat", "Tillægsdagsorden": the next part of the document by name."""
    return bool(_DOC_PART_RE.match(line.strip()))


def document_part_state(line: str) -> bool | None:
    """True for the closed part of the document by name ("Lukket referat", "Lukket
    dagsorden"), False for the open one ("Åbent referat"), None for any other line (a
    "Tillægsdagsorden" says neither)."""
    s = line.strip()
    if not _DOC_PART_RE.match(s):
        return None
    return True if _CLOSED_RE.search(s) else False if _OPEN_RE.search(s) else None


def part_state(line: str) -> bool | None:
    """True for a closed part's heading ("Lukkede punkter", "Lukket møde"), False for an
    open one's ("Åbne punkter"), None for any other line."""
    s = line.strip()
    if not _GROUP_RE.match(s):
        return None
    return True if _CLOSED_RE.search(s) else False if _OPEN_RE.search(s) else None


def _named_part(line: str) -> bool:
    """"Lukket møde", "Lukkede punkter", "TILLÆGSDAGSORDEN": a part of the agenda by name,
    never an item's text (an "Eventuelt" with nothing said has no text)."""
    s = line.strip()  # (a day's divider "Fredag den 23. august 2024" too: the next day's part)
    return bool(_GROUP_RE.match(s) or _DOC_PART_RE.match(s) or _DAY_RE.match(s))


def _divider_at(lines: list[str], i: int, is_heading: Callable[[str], bool],
                last: bool = False) -> bool:
    """A group heading stands apart: a blank line above it (or, right above the next
    item, a named part of the agenda: a PDF's text has no blank lines), and not as the
    point a decision's "Godkendt med bemærkning:" introduces (right below an agenda's empty
    "Beslutning:" heading, "Lukket møde" is the next part all the same)."""
    named = last and _named_part(lines[i])
    if not is_divider(lines[i], is_heading) or (i > 0 and lines[i - 1].strip() and not named):
        return False
    above = next((ln.strip() for ln in reversed(lines[:i]) if ln.strip()), "")
    # (an agenda's empty "Beslutning:" over the closed part's "Lukket møde": no point it
    # introduces, the item ends with its heading; not "Til efterretning", a decision's words)
    return not above.endswith(":") or bool(_DOC_PART_RE.match(lines[i].strip())) or (
        named and is_heading(above) and part_state(lines[i]) is not None)


def trim_dividers(lines: list[str], starts: list[int], ends: list[int],
                  is_heading: Callable[[str], bool]) -> tuple[list[int], list[bool | None]]:
    """Each item's end without the group headings before the next item, and what the
    heading above each item says: True closed, False open, None nothing."""
    lines = unoutlined(lines)
    new_ends, flags = [], []
    first = starts[0] if starts else 0
    # (a group heading above a contents list's lines heads those lines, not the first item:
    # "Åbne sager" / "1. …" / "Lukkede sager" / "4. Personalesag" before item 1)
    listed = [i for i in range(first) if LISTED_RE.match(lines[i])]
    state: bool | None = _state(lines, listed[-1] + 1 if listed else 0, first, is_heading, None)
    for k, (first, end) in enumerate(zip(starts, ends, strict=True)):
        flags.append(state)
        cut = end
        filled = [i for i in range(first + 1, end) if lines[i].strip()]
        part = next((i for i in filled[-part_lines(lines, filled) - 1:] if (_DOC_PART_RE.match(
            lines[i].strip()) or _lettered_band(lines[i], is_heading)) and _divider_at(
            lines, i, is_heading, True)), None)
        if part is not None:  # "TILLÆGSDAGSORDEN" and a note on it ("Punktet er optaget
            filled, cut = [i for i in filled if i < part], part  # …"): the next part's
        for n in range(len(filled) - 1, -1, -1):
            # a section's only line is its text ("Beslutning" / "TIL EFTERRETNING"), but
            # never a part of the document ("Beslutning:" left empty / "TILLÆGSDAGSORDEN")
            if not _divider_at(lines, filled[n], is_heading, n == len(filled) - 1) or (
                    n == 0 and not _named_part(lines[filled[n]])) or (is_heading(
                    lines[filled[n - 1]].strip()) and not _named_part(lines[filled[n]])):
                break
            cut = filled[n]
        new_ends.append(cut)
        if k + 1 < len(starts):  # (what was cut off is apart: a named part, no blank
            state = _state(lines, cut, end, is_heading, state, cut < end)  # line above it)
    return new_ends, flags


# A numbered line of a contents list: "4.  Personalesag   24/150", "Punkt 4 Personalesag"
LISTED_RE = re.compile(r"^\s*(?:(?:punkt|pkt\.?|sag(?:\s+nr\.?)?)\s*)?(\d{1,3})[.):]?\s+\S",
                        re.IGNORECASE)


def _lettered_band(line: str, is_heading: Callable[[str], bool]) -> bool:
    """A lettered group band that may have a note on its part below it: "C. LUKKET DEL" /
    "Punkterne under C behandles for lukkede døre." (never a section's own heading, "B.
    Beslutning")."""
    s = line.strip()
    name = re.sub(r"^(?:[IVX]{1,4}|[A-H])[.)]\s+", "", s)
    return name != s and bool(_GROUP_RE.match(s)) and not is_heading(name)


def _state(lines: list[str], lo: int, hi: int, is_heading: Callable[[str], bool],
           state: bool | None, cut: bool = False) -> bool | None:
    """What the group headings in lines `lo` … `hi` say of the items after them (`cut`:
    the lines were cut off the item above, where a named part needs no blank line above
    it, as a PDF's text has none: "Godkendt." / "Lukket dagsorden")."""
    for i in range(lo, min(hi, len(lines))):
        line = lines[i]
        # (free lettered text, "A) Erstatning vælges på lukket møde", closes nothing; one
        # item's badge in capitals, "LUKKET PUNKT" above its heading, only that item)
        # ("Lukket referat" too, the closed part of the minutes after the open items)
        if _divider_at(lines, i, is_heading, cut) and (_GROUP_RE.match(line.strip()) or (
                line.strip() == line.strip().upper() and not OPEN_MARK_RE.match(line.strip()))
                or document_part_state(line) is not None):
            if _CLOSED_RE.search(line):
                state = True
            elif _OPEN_RE.search(line):
                state = False
            elif _DOC_PART_RE.match(line.strip()):
                state = None  # a supplementary agenda: its items are open unless it says
    return state


# A list of who took part, printed after the items ("Deltagerliste" / "Navn Parti Fremmøde")
PEOPLE_HEADING_RE = re.compile(r"^(?:deltagerliste|deltagere|mødedeltagere|tilstedeværende)"
                               r"\s*:?$", re.IGNORECASE)


# An attachment's page stamped with the item it belongs to, at the top of its page:
# "Bilag til punkt 2: Notat om …", "Bilag 3 til pkt. 4 - Høringssvar"
_ATTACHMENT_STAMP_RE = re.compile(r"^bilag(?:\s+\d{1,2}\.?)?\s+(?:til|for|vedr\.?)\s+"
                                  r"(?:punkt|pkt\.?|dagsordenspunkt|sag)\s*\d{1,4}\b",
                                  re.IGNORECASE)


# (whose, before it: "Udvalgets næste møde afholdes tirsdag den 3. marts 2020 kl. 17.00.")
_NEXT_SAID_RE = re.compile(r"^(?:[a-zæøå-]+s\s+)?(?:næste|kommende)\s+[a-zæøå]*møde\s+(?:afholdes|"
                           r"holdes|finder\s+sted|er\s+(?:fastsat|planlagt))\b", re.IGNORECASE)
# An item's own note closing its record: "Eva Dam (V) deltog ikke i behandlingen af punktet."
_ITEM_NOTE_RE = re.compile(r"\bdeltog\s+ikke\s+(?:i|under|ved)\s+(?:behandlingen\s+af\s+"
                           r"(?:punktet|sagen)|sagens\s+behandling|punktet)\b[^.!?]*\.$")
_EMPTY_LABEL_RE = re.compile(r"^[A-ZÆØÅ][a-zæøå]{3,20}:$")  # ("Beslutning:", nothing after)
_COMING_RE = re.compile(r"^[*_]*(?:næste|kommende)\s+møder\b[^:]{0,60}:[*_]*$", re.IGNORECASE)


def _next_meeting(lines: list[str], first: int, i: int, end: int) -> bool:
    """Whether line `i` announces the next meeting after the last item's own text (a
    sentence ends above it), with only names, a greeting, the approval's closing line
    ("Referatet er godkendt af formanden …") or nothing below it."""
    above = next((ln.strip() for ln in reversed(lines[first:i]) if ln.strip()), "")
    below = lines[i + 1:end]
    signed = next((k for k, ln in enumerate(below) if _GREETING_RE.match(ln.strip())), len(below))
    if _COMING_RE.match(lines[i].strip()):  # ("Kommende møder i …:" / "* 09.12.2025 …")
        signed = next((k for k, ln in enumerate(below) if ln.strip() == "--"), signed)
        return above.endswith(".") and all(not ln.strip() or written_date(ln)
                                           for ln in below[:signed])
    # (or an agenda's empty field, "Beslutning:", under an item not about the meetings)
    aside = not any(w in ln.lower() for ln in lines[max(0, first - 2):first]
                    for w in ("møde", "eventuelt"))
    empty = bool(_EMPTY_LABEL_RE.match(above)) and aside
    if _NEXT_SAID_RE.match(lines[i].strip()):  # ("Næste fællesmøde afholdes i juni. …")
        # (its paragraph, wrapped: the end; a page's stamp under it, "Offentliggjort: …")
        rest = [ln.strip() for ln in below if ln.strip() and not footer_line(ln)]
        # (in "Eventuelt" too, under the note that closes the item's record)
        return (aside or bool(_ITEM_NOTE_RE.search(above))) and above.endswith(".") and (
            len(rest) <= 2 and [lines[i].strip(), *rest][-1].endswith("."))
    # (below it, the names; "Mødet sluttede kl. 11.50."; a newsletter's footer)
    return bool(NEXT_MEETING_RE.match(lines[i].strip())) and (above.endswith(
        (".", "!", "?", ")")) or empty) and all(namelike(ln) or SIGNED_RE.match(unmarked(ln))
                                                or ENDED_RE.match(ln.strip()) or footer_line(ln)
                                                for ln in below[:signed])


def minutes_end(lines: list[str], first: int, end: int,
                is_section: Callable[[str], bool] = lambda s: False) -> int:
    """Where the last item's text ends: before a markdown page's heading at the item's
    own level that is no item and names no section ("## Opgaver", "## Attachments:",
    what a wiki page keeps below the items); before the signature page or the line saying
    the meeting ended or who took the minutes, when only names (or nothing) follow it;
    before the next meeting's day announced below the last item's text ("Næste møde:
    7. maj kl. 19.00"), with only names after it;
    before a letter's closing greeting and signature (minutes sent as an e-mail); before
    a web page's footer with the municipality's address, or a print stamp ("Udskrevet
    13.03.2019 af …"); before an absence table closing them, or names signed side by
    side without a heading; before an e-mail's confidentiality notice."""
    end = _page_part(lines, first, end, is_section)  # (a wiki page's task list)
    end = contents_start(lines, first, end)  # (a contents list printed last)
    end = after_matter_start(lines, first, end, is_section)  # ("Bilagsoversigt", …)
    end = table_start(lines, first, end)  # ("Fraværende under punkt | Navn | Bemærkning")
    end = disclaimer_start(lines, first, end)  # ("Denne e-mail kan indeholde fortrolige …")
    end = service_page(lines, first, end)  # ("PENNEO" / "Underskrifterne i dette dokument …")
    end = digest_end(lines, first, end, is_section)  # ("Hele referatet fra mødet: …")
    # ("Næste møde: tirsdag d. 7.5. kl. 19.00 hos Karen." / "Mvh" / the name; "Mødet
    # sluttede kl. 12.10." above it ends the minutes too)
    end = next((i for i in range(first, end) if _next_meeting(lines, first, i, end)
                or next_meeting_block(lines, first, i, end, is_section)), end)
    end = bare_signatures(lines, first, end) or end  # (names side by side, no heading)
    end = footer_start(lines, first, end)  # ("Mødet hævet kl. 17.40." above the footer)
    end = closing_absence(lines, first, end)  # ("Afbud: Eva Dam (V)" / "Mødet hævet kl. …")
    for i in range(first, end):
        s = unmarked(lines[i])
        if signature_heading(s) or SIGNED_BY_RE.match(s) or (  # ("Underskrevet af")
                PEOPLE_HEADING_RE.match(s) and all(namelike(ln) for ln in lines[i + 1:end])) or (
                (m := _SIGNED_LIST_RE.match(s)) and all(  # ("Underskriftsblad: Eva Dam, …")
                    namelike(ln) for ln in [m["names"], *lines[i + 1:end]])):
            # (a list of who took part, last)
            return i
        if (m := ENDED_RE.match(s)) and all(signed_off(ln) for ln in [  # (above "Underskrifter",
                m.group("after") or "", *below_end(lines, i, _closing(lines, i, end))]):  # "Mvh")
            return i  # ("Mødet hævet kl. 18.45. Kirsten Aggerholm, formand": one line; "Mødet
            # hævet kl. 18.40." / "*Protokollen er godkendt digitalt …*"; "Mødet hævet kl.
            # 17.20. Referent: Lone Bach, Regionssekretariatet.")
        if (read := READ_OUT_RE.match(s)) and all(namelike(ln) or ENDED_RE.match(ln.strip())
                                                   for ln in [s[read.end():], *lines[i + 1:end]]):
            return i  # "Protokollen oplæst og godkendt. Mødet hævet kl. 16.40.", the names
        if SIGNED_RE.match(s) and all(namelike(ln) for ln in lines[i + 1:end]):
            return i  # "Referatet er godkendt ved digital underskrift."
        if (m := TAKER_RE.match(s)) and (not m["signed"] or SIGNED_RE.match(m["signed"])) and (
                all(namelike(ln) for ln in [m.group(1), *lines[i + 1:end]])):
            # "Referent: Sofie Dam" under the last item (below a page's footer: that too)
            return footer_start(lines, first, i)
        if _ATTACHMENT_STAMP_RE.match(s) and not lines[i - 1].strip():
            return i  # the attachments' own pages after the minutes ("samlet dokument")
        if _QUOTED_MAIL_RE.match(s) or (_GREETING_RE.match(s) or s == "--") and _closes(
                lines, i, end):
            return i  # an e-mail's closing, signature ("-- " above it) and the message
            # it answers
    return footer_start(lines, first, end)


def _closes(lines: list[str], i: int, end: int) -> bool:
    """Whether no decision follows line i (a greeting), so that it closes the mail."""
    return not any(_DECISION_LINE_RE.match(ln.strip()) for ln in lines[i + 1:end])


def _closing(lines: list[str], at: int, end: int) -> int:
    """The mail's closing greeting below line `at` ("Med venlig hilsen", then the sender's
    signature: their address, phone, e-mail), else `end`."""
    return next((k for k in range(at + 1, end) if _GREETING_RE.match(unmarked(lines[k]))
                 and _closes(lines, k, end)), end)


_MD_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+\S")


def _page_part(lines: list[str], first: int, end: int, is_section: Callable[[str], bool]) -> int:
    """The first markdown heading in `lines[first:end]` of the level of the last item's
    heading (the nearest above `first`) or higher that names no section, nor a dated
    decision ("## Beslutning i Byrådet den 23-06-2025", every heading at one level);
    `end` if none."""
    above = next((m for i in range(first - 1, max(first - 4, -1), -1)
                  if (m := _MD_HEADING_RE.match(lines[i]))), None)
    level = len(above.group(1)) if above else 0
    return next((i for i in range(first, end) if (m := _MD_HEADING_RE.match(lines[i]))
                 and len(m.group(1)) <= level and not is_section(lines[i])
                 and not dated_decision(lines[i])), end)


def signature_heading(line: str) -> bool:
    """The heading of the signature page that ends the minutes ("Underskrifter",
    "Underskriftsblad:"): no item's text, nor a wrapped title's last words."""
    return SIGNATURE_PAGE_RE.match(line.strip()) is not None
