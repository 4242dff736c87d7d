"""A PDF's page header that repeats the heading of the item the page continues
("Punkt 3. Anlægsbevilling …" at the top of each of item 3's later pages): no text of
the item, where it would stand in the middle of a sentence.

Told from an item that starts on a new page by what came before: the header names the
item whose heading the text printed last (the same number and title: the item the page
goes on with, not one of a contents list above the items), and does so on two pages or
more – or, cut short with an ellipsis where the header's width ends ("12. Ny
skolestruktur i Vestbyen - endelig ..."), on the one later page of a single item's
print, at the page's top or, drawn last, at its foot.

And a later page's first line that names the meeting's own date and reads as no
sentence ("Børne- og Skoleudvalget – 09-04-2024"): the running header, even on the one
later page of a short file. Such a line at the top of each of three later pages or more,
and nowhere else, is the running header too when it reads as a dated decision heading
("Økonomiudvalget den 24-04-2019" under the letterhead): a decision's heading stands
under its item, not at the top of every page."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from referat.danish import parse_date

# An item's heading as a page header may print it: "Punkt 3. Title", "Pkt. 3: Title",
# "3. Title"
_HEADING_RE = re.compile(r"^(?:(?:punkt|pkt\.?)\s*)?(\d{1,3})\s*[.:]?\s+(\S.{2,})$",
                         re.IGNORECASE)
_TOP_LINES = 2  # the lines at the top of a page that may be its header
_MIN_PAGES = 2  # pages whose header repeats an earlier heading, for the rule to hold


def _key(line: str) -> tuple[str, str] | None:
    m = _HEADING_RE.match(line.strip().strip("*_ "))
    return (m.group(1), " ".join(m.group(2).lower().split())) if m else None


# where a heading may start inside a running header, after its fixed part ("Hjørring
# Kommune · Teknik- og Miljøudvalget 2. Trafiksikkerhedsplan …")
_NUMBER_AT_RE = re.compile(r"(?:^|(?<=\s))(?:(?:punkt|pkt\.?)\s*)?\d{1,3}\s*[.:]?\s+\S",
                           re.IGNORECASE)


def _keys(line: str) -> set[tuple[str, str]]:
    """The headings `line` is or ends in."""
    s = line.strip().strip("*_ ")
    return {k for m in _NUMBER_AT_RE.finditer(s) if (k := _key(s[m.start():]))}


# The end of a heading cut short where the header's width ends: "… - beslut..."
_CUT_MARKS = ("...", "…")
_MIN_STEM = 12  # letters of the title a cut header and the heading share, at least


def _cut_short(line: str, printed: dict[str, set[str]]) -> bool:
    """Whether `line` is an item heading printed above (`printed`: number → titles), cut
    short with an ellipsis where the page header's width ends – its title's start,
    perhaps running past the heading's first line where the heading wraps. No heading
    in the text ends so: the header, even on the one later page of a short print."""
    s = line.strip().strip("*_ ")
    key = _key(s.rstrip(".…").rstrip()) if s.endswith(_CUT_MARKS) else None
    return key is not None and any(
        min(len(key[1]), len(title)) >= _MIN_STEM and key[1] != title  # (a title's own "…")
        and (key[1].startswith(title) or title.startswith(key[1]))
        for title in printed.get(key[0], ()))


def _page_feet(lines: list[str]) -> set[int]:
    """The last filled lines of each page (`_TOP_LINES` of them)."""
    feet: set[int] = set()
    page: list[int] = []
    for n, line in enumerate([*lines, "\f"]):
        if "\f" in line:
            feet.update(page[-_TOP_LINES:])
            page = []
        elif line.strip():
            page.append(n)
    return feet


def drop_running_item_heads(lines: list[str]) -> list[str]:
    """The lines (pages apart at form feeds) without a page's top line that repeats the
    item heading printed last before it, or names the heading printed further down the
    same page (Word's STYLEREF names the first item that starts on the page, while its
    top still belongs to the item before), alone or after the header's fixed part; and
    without a line at a page's top or foot that repeats an earlier heading cut short with
    an ellipsis."""
    last: tuple[str, str] | None = None  # the heading printed last
    printed: dict[str, set[str]] = {}  # every heading printed so far: number → titles
    cut: set[int] = set()  # lines at a page's edge that are an earlier heading cut short
    feet = _page_feet(lines)  # (a header the PDF draws last ends its page's text)
    repeats: set[int] = set()
    heads: dict[int, set[tuple[str, str]]] = {}  # a page's top line → the headings it names
    page: list[tuple[int, tuple[str, str]]] = []  # the page's headings below its top
    top = 0  # the filled lines since the last page break

    def ahead() -> None:  # a top line naming a heading the same page prints below it
        repeats.update(n for n, keys in heads.items() if any(k in keys for _, k in page))

    for n, line in enumerate(lines):
        if "\f" in line:
            ahead()
            top, heads, page = 0, {}, []
            continue
        if not line.strip():
            continue
        top += 1
        keys, key = _keys(line) if top <= _TOP_LINES else set(), _key(line)
        if (top <= _TOP_LINES or n in feet) and _cut_short(line, printed):
            cut.add(n)
            continue
        if keys and last in keys:
            repeats.add(n)
            continue
        if keys:
            heads[n] = keys
        elif key is not None:
            page.append((n, key))
        if key is not None:
            last = key
            printed.setdefault(key[0], set()).add(key[1])
    ahead()
    drop = cut | (repeats if len(repeats) >= _MIN_PAGES else set())
    return [ln for n, ln in enumerate(lines) if n not in drop] if drop else lines


def drop_dated_page_heads(lines: list[str], meeting: date | None,
                          is_structure: Callable[[str], bool]) -> list[str]:
    """The lines (pages apart at form feeds) without the first line of a later page when
    it is a short line, no sentence, that carries the meeting's date and is no item's
    own line (`is_structure`: a case number, a dated decision heading), printed at the
    top of that one page only."""
    if meeting is None:
        return lines
    drop: dict[int, str] = {}
    fresh = False  # a page break passed, its first line not yet seen
    for n, line in enumerate(lines):
        if "\f" in line:
            fresh = True
            continue
        s = " ".join(line.split())  # (`pdftotext -layout` spaces it by the page's width)
        if not s or not fresh:
            continue
        fresh = False
        if len(s) <= 100 and not s.endswith((".", "!", "?", ":")) and not is_structure(s) and (
                (parse_date(s) or (None,))[0] == meeting):
            drop[n] = s
    # (one repeated on several pages is left to the rules for repeated page edges, which
    # read the page's other edge lines with it)
    once = {n for n, s in drop.items() if list(drop.values()).count(s) == 1}
    return [ln for n, ln in enumerate(lines) if n not in once] if once else lines


_HEAD_LINES = 3  # the filled lines at the top of a page that may be its running header
_MIN_TOPS = 3  # later pages that print the dated header, for that rule to hold


def drop_dated_page_tops(lines: list[str], meeting: date | None) -> list[str]:
    """The lines (pages apart at form feeds) without the short line of the meeting's date
    that stands among the top lines of three later pages or more and nowhere else (the
    document's own top counts as a page's): each later page's copy goes."""
    if meeting is None:
        return lines
    at: dict[str, list[tuple[int, bool]]] = {}  # a line → where it stands: (row, at a top)
    top, later = 0, False
    for n, line in enumerate(lines):
        if "\f" in line:
            top, later = 0, True
            continue
        s = " ".join(line.split())
        if not s:
            continue
        top += 1
        if len(s) <= 80 and not s.endswith((".", "!", "?", ":")) and (
                (parse_date(s) or (None,))[0] == meeting):
            # (True: a later page's top; None: the document's own top; False: elsewhere)
            at.setdefault(s, []).append((n, False if top > _HEAD_LINES else later or None))
    drop = {n for rows in at.values() if all(t is not False for _, t in rows)
            and sum(t is True for _, t in rows) >= _MIN_TOPS for n, t in rows if t}
    return [ln for n, ln in enumerate(lines) if n not in drop] if drop else lines
