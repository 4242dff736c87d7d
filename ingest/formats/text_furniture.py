"""The user interface of a web page printed to PDF, which PDF text extraction keeps as
lines of the minutes: the buttons and links a publication page repeats beside every
agenda item ("Hent som PDF", "Kopier link", in a narrow column one word a line, with the
item's attachment count before them; a "Til toppen" link after each item), the dialogs
it keeps hidden at the page's end ("×" close buttons, "Kopier link", "Tip en ven", "OK",
"Annuller") and the file-type badge glued to each attachment link ("PDFBilag 1: …");
a post's byline in an app (Aula, an intranet) above minutes posted as its text, and a
letter's own dateline ("Egeby, den 14. marts 2024") above minutes sent as a letter.

Found by structure, not by one page's strings: a label is a short line that reads as no
sentence and stands in most items' text; a run of such labels is UI when it begins with
an action verb (the imperative a button or a link starts with) and goes on only with
that label's object words ("som", "PDF", "link"), so an item's own short decision
("Godkendt") next to the menu stays. A section heading is never a label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .web_chrome import chrome_lines, without_more

# The imperatives a web page's buttons and links start with (Danish and English).
_ACTIONS = frozenset("""hent download downloade kopier kopiér del print udskriv tip send
luk annuller åbn vis skjul gem abonner følg copy share open close save""".split())
# Buttons of a dialog: a line of these words only.
_BUTTONS = _ACTIONS | frozenset("ok fortryd cancel".split())
_CLOSE = frozenset("× ✕ ✖ ⨯ ╳".split())  # a dialog's close button
_BADGE_RE = re.compile(r"^\d{1,3}$")  # a count badge beside the menu (attachments)
# A file-type badge glued to an attachment link's name: "PDFIndstilling", "• DOCXBilag 2".
_TYPE_BADGE_RE = re.compile(r"^(\s*(?:• )?)(?:PDF|DOCX?|XLSX?|PPTX?)(?=[A-ZÆØÅ][a-zæøå])")


# A text browser's list marker before a link ("  * Hent som PDF"), and the link's target
# on the line under it ("    <https://…/vis?id=…#>"): a saved page's menu as a list
_BULLET_RE = re.compile(r"^\s*[*•+-]\s+")
_TARGET_RE = re.compile(r"^\s*<https?://[^\s<>]+>\s*$")


def _bare(line: str) -> str:
    """The line's text without its list marker."""
    return _BULLET_RE.sub("", line).strip()


def _label(line: str) -> bool:
    """A short line that reads as no sentence and carries no number ("Hent punktet som
    PDF": four words at most)."""
    s = _bare(line)
    return (0 < len(s) <= 30 and len(s.split()) <= 4 and not s.endswith(tuple(".!?:;,"))
            and not any(c.isdigit() for c in s))


# A web page's navigation beside every item: "Til toppen", "Tilbage til toppen", "Fold ud",
# a print page's link back to its contents ("Til indholdsfortegnelse")
_NAVIGATION_RE = re.compile(r"^(?:(?:gå\s+)?(?:tilbage\s+)?til\s+(?:toppen|top|start|oversigten|"
                            r"indholdsfortegnelse[n]?)"
                            r"|fold\s+(?:alle\s+)?(?:ud|sammen))$", re.IGNORECASE)


def _acts(line: str) -> bool:
    words = line.split()
    return bool(words) and (words[0].lower() in _ACTIONS
                            or bool(_NAVIGATION_RE.match(" ".join(words))))


def _object_word(line: str) -> bool:
    """What goes on a label after its verb: lower-case or an acronym ("som", "PDF")."""
    words = line.split()
    return len(words) <= 2 and all(w.islower() or w.isupper() for w in words)


def strip_ui_furniture(lines: list[str], spans: list[tuple[int, int]],
                       is_heading: Callable[[str], bool]) -> list[str]:
    """`lines` without the page's UI (the same list when there is none); `spans` are the
    items' (first, end) line indices."""
    seen: Counter[str] = Counter()
    for first, end in spans:
        seen.update({s for ln in lines[first:end]
                     if _label(ln) and not is_heading(s := _bare(ln))})
    repeated = {k for k, n in seen.items() if n >= max(2, 0.6 * len(spans))}
    drop = _menus(lines, repeated)
    if spans:
        drop.update(range(_dialogs(lines, spans[-1][0]), len(lines)))
        drop |= chrome_lines(lines, spans[0][0] - 1)  # (a cookie banner, toolbars)
    # "PDFBilag 1: …": an attachment link's file-type badge, when the page has several
    badges = {k for k, ln in enumerate(lines) if _TYPE_BADGE_RE.match(ln)}
    if len(badges) < 2:
        badges = set()
    shown = [without_more(ln) for ln in lines]  # ("… Vis mere": a shortened paragraph's)
    if not drop and not badges and shown == lines:
        return lines
    return [_TYPE_BADGE_RE.sub(r"\1", ln, count=1) if k in badges else ln
            for k, ln in enumerate(shown) if k not in drop]


def _menus(lines: list[str], repeated: set[str]) -> set[int]:
    """The lines of every run of repeated labels that starts with an action ("Hent",
    "som", "PDF", "Kopier", "link") and the count badge just before it."""
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        if not (_bare(lines[i]) in repeated and _acts(_bare(lines[i]))):
            i += 1
            continue
        j, last = i, i
        while j < len(lines):
            s = _bare(lines[j])
            if s and not (s in repeated and (_acts(s) or _object_word(s))
                          or _TARGET_RE.match(lines[j])):
                break
            last = j if s else last
            j += 1
        drop.update(k for k in range(i, last + 1) if lines[k].strip())
        before = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
        if before is not None and _BADGE_RE.match(lines[before].strip()):
            drop.add(before)
        i = last + 1
    return drop


def _dialogs(lines: list[str], start: int) -> int:
    """Where the page's hidden dialogs begin after the last item's first line (or the
    end): from a close button on, when two or more dialogs follow, each closed by "×"
    and answered by button lines ("OK", "Luk", "Send Annuller")."""
    closes = [k for k in range(start, len(lines)) if lines[k].strip() in _CLOSE]
    if len(closes) < 2:
        return len(lines)
    buttons = sum(1 for ln in lines[closes[0]:] if _label(ln)
                  and all(w.lower() in _BUTTONS for w in ln.split()))
    return closes[0] if buttons >= 2 else len(lines)


# A post's byline: its author (with the role and group the app adds) and when it was
# posted, "Helle Dam (Forælder, Skolebestyrelsen) · 14. maj 2024 21:14"
_BYLINE_RE = re.compile(
    r"^[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){1,3}(?:\s+\([^()]{2,80}\))?\s+[·•|]\s+"
    r"(?:\d{1,2}\.\s*[a-zæøå]{3,9}\.?\s+(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d),?"
    r"\s+(?:kl\.\s*)?\d{1,2}[.:]\d\d$")

# A news page's stamp, alone or after its author: "Publiceret 14.5.2025", "Ole Bak · Udgivet …";
# a blog's, its author after it: "Udgivet den: 23. september 2021 Af Redaktionen"
_PUBLISHED_RE = re.compile(
    r"^(?:[^·•|]{0,80}[·•|]\s*)?(?:publiceret|udgivet|opdateret)(?:\s+den)?\s*:?\s+(?:den\s+)?"
    r"(?:\d{1,2}\.\s*[a-zæøå]{3,9}\.?\s+(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d)"
    r"(?:,?\s+(?:kl\.\s*)?\d{1,2}[.:]\d\d)?\.?(?:\s+af\s+[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,3})?$",
    re.IGNORECASE)


# The next meeting announced: "Næste møde: tirsdag d. 7.5. kl. 19.00 hos Karen.",
# "**Næste mødedato:** 12. juni 2024" (a newsletter's: "Næste møde i Økonomiudvalget:
# 11/12-2025 kl. 15:00."): another meeting's day, under the minutes or above them
NEXT_MEETING_RE = re.compile(r"^[*_]*(?:næste|kommende)\s+møde(?:dato)?(?:\s+i\s+[A-ZÆØÅ]"
                             r"[\w-]*(?:\s+[\w-]+){0,3})?[*_]*\s*:[*_]*\s*\S", re.IGNORECASE)


def post_byline(line: str) -> bool:
    """A post's byline: the time it was posted, not the meeting's date (which the post's
    text gives: "… skolebestyrelsens møde mandag den 13. maj 2024 kl. 19.00").

    >>> post_byline("Helle Dam (Forælder, Skolebestyrelsen) · 14. maj 2024 21:14")
    True
    >>> post_byline("Økonomiudvalget · 12. marts 2024 kl. 16.00")
    False
    >>> post_byline("Publiceret 14. maj 2025")  # (a news page's stamp)
    True
    >>> post_byline("Udgivet den:  3. marts 2020   Af Webredaktør")  # (a blog post's)
    True
    """
    return bool(_BYLINE_RE.match(line.strip()) or _PUBLISHED_RE.match(line.strip()))


# A letter's dateline: the town it was written in and the day, alone on the line
# ("Egeby, den 14. marts 2024", "Nørre Alslev, 03.04.2024"); not a body's name
# ("Økonomiudvalget, den 12.03.2024" heads that body's minutes)
# (a typist's "5/2 2004" too: the day and month, a space, the year)
_DAY = (r"(?:\d{1,2}\.\s*[a-zæøå]{3,9}\.?\s+(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d"
        r"|\d{1,2}/\d{1,2}\s(?:19|20)\d\d)")
_DATELINE_RE = re.compile(
    rf"^(?P<town>[A-ZÆØÅ][\w.-]+(?:[ -][A-ZÆØÅ][\w.-]+){{0,2}}),\s+(?:den\s+|d\.\s*)?{_DAY}\.?$")
_BODY_WORD_RE = re.compile(r"(?:udvalg|råd|bestyrelse|nævn|forum)\w*$", re.IGNORECASE)
# A later line naming a day and the hour: the meeting's ("… møde tirsdag den 12. marts
# 2024 kl. 9.30 på …")
DAY_AND_HOUR_RE = re.compile(rf"{_DAY},?\s+(?:kl\.?|klokken)\s*\d{{1,2}}[.:]\d\d", re.IGNORECASE)


def without_letter_date(lines: list[str]) -> list[str]:
    """The head's lines without a letter's dateline when a later line names the meeting's
    day with its hour: the day the letter was written is not the day of the meeting it
    reports. Any other head as it is.

    >>> without_letter_date(["Egeby, den 14. marts 2024",
    ...     "Referat af mødet tirsdag den 12. marts 2024 kl. 9.30"])
    ['Referat af mødet tirsdag den 12. marts 2024 kl. 9.30']
    >>> len(without_letter_date(["Økonomiudvalget, den 12.03.2024", "12.03.2024 kl. 9.00"]))
    2
    """
    for k, line in enumerate(lines):
        m = _DATELINE_RE.match(line.strip())
        if m and not _BODY_WORD_RE.search(m["town"]) and any(
                DAY_AND_HOUR_RE.search(later) for later in lines[k + 1:]):
            return lines[:k] + lines[k + 1:]
    return lines
