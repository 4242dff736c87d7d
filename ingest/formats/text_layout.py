"""Text clean-up for items read from PDF text and markdown: list numbers that PDF
extraction glued to the end of a line, wrapped lines joined, markdown marks removed."""

from __future__ import annotations

import re
from collections.abc import Callable

from referat.danish import parse_date

from .dated import dated_decision
from .item_text import BARE_CASE_RE, CASE_NUMBER_RE
from .running_heading import drop_dated_page_heads, drop_running_item_heads

LIST_LINE_RE = re.compile(r"^(?:\d{1,2}\.\s+(?=[A-ZÆØÅ0-9\"“])|[-•*]\s|\d\)\s)")
# Lines that start something of their own, never a wrapped line's rest: "1. anbefales"
# (a decision's list, lower-case; not "3. maj 2024"), "10-04-2024 Økonomiudvalget" (an
# entry of the case history).
_NEW_LINE_RE = re.compile(
    r"^(?:\d{1,2}\.\s+(?!(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
    r"november|december)\b)[a-zæøå]|\d{1,2}[-./]\d{1,2}[-./]\d{4}\s+[A-ZÆØÅ])"
)
# A line that ends in one of these words was wrapped, however short it is.
CONTINUES = frozenset(
    "og i på til af for med om at en et den det de som der samt eller fra ved under".split()
)


def fix_glued_markers(lines: list[str]) -> list[str]:
    """PDF extraction moves a list's number to the end of the item's first line.

    ``Godkender forslag til studietur.1.`` → ``1. Godkender forslag til studietur.``
    Only numbers that continue the list (1, or previous + 1) count, so a sentence ending
    in "2023." stays as it is; ``nytårskur 20231.`` is read as the year 2023 and item 1.
    """
    out, expected = [], 1
    for line in lines:
        stripped = line.strip()
        fixed = _glued_marker(stripped, expected)
        if fixed:
            n, body = fixed
            out.append(f"{n}. {body}")
            expected = n + 1
        else:
            out.append(line.rstrip())
    return out


_BEFORE_NUMBER_RE = re.compile(r"\b(?:pr|jf|ca|d|nr|pkt|kl|inkl|ekskl|iht|vedr|bl\.a|f\.eks)\.\s*$",
                               re.IGNORECASE)


def _glued_marker(line: str, expected: int) -> tuple[int, str] | None:
    if not line.endswith("."):
        return None
    for width in (1, 2):
        digits, body = line[-1 - width : -1], line[: -1 - width]
        if not (digits.isascii() and digits.isdigit()) or not body.strip():  # (not "m².")
            continue
        n = int(digits)
        if n not in (expected, 1):
            continue
        prev = body[-1]
        if prev.isspace():
            # "godkendes. 1." — a marker after a finished sentence, set off by a space
            if body.rstrip().endswith((".", "!", "?")) and not _BEFORE_NUMBER_RE.search(body):
                return n, body.strip()
            continue  # ("… pr. 1." / "januar 2024": a date wrapped, no list's marker)
        year_glued = prev.isdigit() and re.search(r"(?:^|\s)(?:19|20)\d\d$", body)
        if not prev.isdigit() or year_glued:
            return n, body.strip()
    return None


# After "Teknik-" these words show a compound's shared part left out ("Teknik- og
# Miljøudvalget"), not a word broken at the line's end.
_ELIDED_BEFORE = frozenset("og eller samt til som end".split())
_FRAGMENT_RE = re.compile(r"(?:^|[\s(/])([^\W\d_]+)-$")


# A label line under a title: "Sagsbehandler: Mette Grønlund", "Sagsnr.: 24/1234" — the
# item's text, never the title's rest.
LABEL_LINE_RE = re.compile(r"^[A-ZÆØÅ][\w.-]{2,20}(?:\s[\w.-]{1,15})?:\s+\S")


def join_wrapped(prev: str, nxt: str) -> str:
    """Two lines of one wrapped sentence: "beskæfti-" + "gelse" is "beskæftigelse" (a word
    hyphenated at the line's end), "Teknik-" + "og Miljø" keeps its space, "EU-" +
    "støtte" its hyphen; any other pair is joined by a space.

    >>> join_wrapped("for beskæfti-", "gelse"), join_wrapped("Teknik-", "og Miljø")
    ('for beskæftigelse', 'Teknik- og Miljø')
    >>> join_wrapped("EU-", "støtte"), join_wrapped("it-", "system"), join_wrapped("a", "b")
    ('EU-støtte', 'it-system', 'a b')
    """
    prev, nxt = prev.rstrip(), nxt.strip()
    if not prev.endswith("-") or not nxt[:1].islower():
        return f"{prev} {nxt}"
    word = re.split(r"[\s,.;:]", nxt, maxsplit=1)[0]
    if word in _ELIDED_BEFORE:
        return f"{prev} {nxt}"
    m = _FRAGMENT_RE.search(prev)
    broken = m and len(m.group(1)) >= 3 and not m.group(1).isupper() and re.search(
        "[aeiouyæøå]", m.group(1), re.IGNORECASE)
    return (prev[:-1] if broken else prev) + nxt


_END_PUNCT = tuple(".!?:;)\"”»")


RULE_RE = re.compile(r"^\s*([-*_=])(?:\s*\1){2,}\s*$")  # "---", "* * *", "===": a rule


def reflow(lines: list[str]) -> str:
    """Join lines that PDF extraction wrapped; keep list items and short lines apart;
    join paragraphs that a page break split mid-sentence."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        s = line.strip()
        if RULE_RE.match(s):  # "---" / "* * *": a rule between parts, no text
            s = ""
        if not s:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        paragraphs[-1].append(re.sub(r"[ \t]{2,}", " ", s))  # justified or `-layout` text
    joined: list[str] = []
    for para in paragraphs:
        if not para:
            continue
        out: list[str] = []
        for s in para:
            if not out:
                out.append(s)
                continue
            prev = out[-1]
            starts_list = bool(LIST_LINE_RE.match(s) or _NEW_LINE_RE.match(s)
                               or _PEOPLE_LABEL_RE.match(s))
            last_word = prev.rsplit(" ", 1)[-1].lower()
            wrapped = (
                len(prev) >= 60
                or prev.endswith((",", "-"))
                or s[:1].islower()
                or last_word in CONTINUES
            )
            if wrapped and not starts_list:
                out[-1] = join_wrapped(prev, s)
            else:
                out.append(s)
        text = "\n".join(out)
        if joined and not joined[-1].endswith(_END_PUNCT) and text[:1].islower():
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return "\n\n".join(joined).strip()


def clean_markdown(lines: list[str]) -> str:
    """Markdown lines as plain text: no heading marks, emphasis, rules or page footers
    ("*Udskrevet 04-03-2021 · Social- og Sundhedsudvalget · Side 1 af 1*")."""
    out = []
    for line in lines:
        s = line.rstrip()
        bare = s.strip("*_ ")
        if RULE_RE.match(s) or _PAGE_TAIL_RE.match(bare) or _PAGE_RE.match(bare) or (
                BREADCRUMB_RE.match(bare)):
            continue
        if SHORTCODE_RE.match(s):
            continue  # a site generator's shortcode: "{{< meeting-header >}}"
        s = re.sub(r"^\s*#{1,6}\s*", "", s)  # unknown sub-headings stay as text lines
        s = s.replace("**", "").replace("\\*", "*").replace("\\", "").replace("`", "")
        out.append(s)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# A site's breadcrumb trail: "[Forside](/wiki) › [Møder 2024](/wiki/m) › Referat 6. november",
# and as a printed page shows it: "Forside  ›  Politik  ›  Teknik- og Miljøudvalget"
BREADCRUMB_RE = re.compile(r"^(?:\[[^\]]{1,60}\]\([^)]*\)\s*[›»>/|]\s*.*"
                           r"|(?:[^›»>\n]{1,60}\s[›»]\s+){1,8}[^›»>\n]{1,80}"
                           r"|(?i:forside|forsiden|hjem|start|home)\s+[>/]\s+.*)$")
SHORTCODE_RE = re.compile(r"^\s*\{\{[<%].*[>%]\}\}\s*$")
_PAGE_RE = re.compile(r"^\s*(?:side|page)\s*\d*\s*(?:(?:af|/|of)\s*\d+)?\s*$", re.IGNORECASE)
# A running header or footer that ends with the page counter: "Kommunalbestyrelsen
# 27-06-2024      Side 2 af 5" — page furniture even on a short file's only later page.
# (a date's dot is no sentence's: "Økonomiudvalget - Referat - 10. april 2024   Side 2 af
# 10"; with the date, the counter alone: "Byrådet, 28-02-2024      Side 3")
# (a footer's "tlf. 74 92 92 92": a dot before a number ends no sentence)
# (a typed protocol's folio: "Kommunalbestyrelsens møde d. 3/11 1998        Side 211")
_PAGE_TAIL_RE = re.compile(r"^(?:[^.!?]|(?<=\d)\.|\.(?=\s*\d)){0,100}\s(?:side|page)\s*\d+"
                           r"\s*(?:af|/|of)\s*\d+\s*$|^(?:[^.!?]|(?<=\sd)\.){0,80}"
                           r"(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}/\d{1,2}\s\d{4})(?:,?\s+kl\.?\s*"
                           r"\d{1,2}[.:]\d\d)?\s{2,}(?:side|page)\s*\d+\s*$", re.IGNORECASE)
# The counter first: "Side 1 af 4 - Børne- og Uddannelsesudvalget - 07.05.2024"
_PAGE_HEAD_RE = re.compile(r"^(?:side|page)\s*\d+\s*(?:af|/|of)\s*\d+\s*[-–|·]\s*"
                           r"(?:[^.!?]|(?<=\d)\.(?=\d)){0,100}$", re.IGNORECASE)
_PAGE_COUNTER_RE = re.compile(r"\s(?:side|page)\s*\d+\s*$", re.IGNORECASE)
_DATE_IN_LINE_RE = re.compile(
    r"\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|\b\d{1,2}\.\s*[a-zæøå]+\s+\d{4}\b"
)


def strip_page_furniture(lines: list[str]) -> list[str]:
    """Drop what PDF pages repeat: "Side 3", "Side 3 af 14" (alone or ending a running
    header), and a short line seen three
    times or more that carries the meeting's own date (the committee-and-date header or
    footer), except where it opens the document. A repeated line with another date
    ("16-01-2024 Erhvervsudvalget" in each item's history) is text."""
    lines = drop_running_item_heads(_drop_print_marks(lines))
    front = next((found[0] for ln in lines[:60] if (found := parse_date(ln))), None)
    lines = _drop_page_edges(drop_dated_page_heads(lines, front, is_structure))
    counts: dict[str, int] = {}
    for line in lines:
        key = line.strip()
        counts[key] = counts.get(key, 0) + 1
    out = []
    for n, line in enumerate(lines):
        key = line.strip()
        bare = key.strip("*_ ")  # (a markdown export's footer in italics)
        if key and (_PAGE_RE.match(bare) or _PAGE_TAIL_RE.match(bare) or _PAGE_HEAD_RE.match(bare)):
            continue
        if front and n >= _FRONT_LINES and _PAGE_COUNTER_RE.search(key) and len(key) <= 160 and (
                (parse_date(key) or (None,))[0] == front):
            continue  # "… Åbent referat Dato: 04.12.2012 Side 13": the meeting's page header
        # (seen twice is enough for a bare "Byrådet 14-05-2019": a short line, no sentence)
        often = counts[key] >= 3 or (counts[key] == 2 and len(key) <= 60
                                     and not key.endswith((".", ":", "!", "?")))
        if n >= _FRONT_LINES and often and len(key) <= 100 and front and (
                _DATE_IN_LINE_RE.search(key) and (parse_date(key) or (None,))[0] == front
                and not is_structure(key)):
            continue
        out.append(line)
    return out


_FRONT_LINES = 15

# What a browser prints in the margins of a page: the address and the page counter at the
# foot ("https://…/referat.html 1/3"), the date and time and the page's title at the top
# ("12/2/26, 3:22 AM Referat", "02.12.2026 15.22 Referat").
_PRINT_URL_RE = re.compile(r"^(?:https?|file)://\S+\s+\d{1,3}\s*/\s*\d{1,3}$")
_PRINT_STAMP_RE = re.compile(
    r"^\d{1,2}[-./]\d{1,2}[-./]\d{2,4},?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d\d(?:[.:]\d\d)?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\S.*)?$")


def _drop_print_marks(lines: list[str]) -> list[str]:
    """A web page printed from a browser: on each page whose edge holds the address with
    the page counter, that line and a date-and-time line at the page's edge go."""
    out: list[str] = []
    page: list[str] = []
    for line in [*lines, "\f"]:
        if "\f" not in line:
            page.append(line)
            continue
        filled = [i for i, ln in enumerate(page) if ln.strip()]
        edge = set(filled[:_EDGE] + filled[-_EDGE:])
        if any(_PRINT_URL_RE.match(page[i].strip()) for i in edge):
            page = [ln for i, ln in enumerate(page) if i not in edge or not (
                _PRINT_URL_RE.match(ln.strip()) or _PRINT_STAMP_RE.match(ln.strip()))]
        out.extend(page)
        out.append(line)
        page = []
    return out[:-1]


_EDGE = 3  # lines at the top and at the bottom of a page that may be header or footer


# A running header that names the page's current item after the meeting's committee and
# date ("Økonomiudvalget 22-04-2025 · 3. Anlægsbevilling …"): the part before the
# separator repeats on every page, the item after it changes
_RUNNING_TITLE_RE = re.compile(r"^(.{4,60}?)\s+[·|–—]\s+\S.*$")
_RUNNING_MARK = " · …"


def _running_head(line: str) -> str:
    """A running header naming the current item as its fixed part (the committee and
    date, then a mark); any other line as it is."""
    head = _RUNNING_TITLE_RE.match(line)
    if head and _DATE_IN_LINE_RE.search(head.group(1)) and not is_structure(head.group(1)):
        return head.group(1) + _RUNNING_MARK
    return line


def _drop_page_edges(lines: list[str]) -> list[str]:
    """With page breaks known (a form feed between a PDF's pages): a line at the top or
    bottom of most pages (digits aside: "Side 3 af 14") is page furniture, on every page
    but the first, whose header the front page needs."""
    pages: list[list[str]] = [[]]
    for line in lines:
        if "\f" in line:
            pages.append([])
        else:
            pages[-1].append(line)
    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", _running_head(line.strip()))

    if len(pages) == 2:  # the second page repeats the first page's header or footer
        return _two_pages(*pages, shape)
    if len(pages) < 3:
        return lines

    def edges(page: list[str]) -> dict[int, tuple[str, str]]:
        """Row → (which edge, shape) for the rows at the top and bottom of a page: a
        header repeats at the top, a footer at the bottom. (An item's number alone at
        the top of a page is no page number from the bottom of every page.)"""
        filled = [i for i, ln in enumerate(page) if ln.strip()]
        rows = {i: ("bottom", shape(page[i])) for i in filled[-_EDGE:]}
        rows.update({i: ("top", shape(page[i])) for i in filled[:_EDGE]})
        return rows

    seen: dict[tuple[str, str], int] = {}
    # a page number alone counts up with the pages; item numbers above their titles
    # at the top of pages 3 and 4 ("3", "5") do not
    offsets: dict[tuple[str, str], set[int]] = {}
    for n, page in enumerate(pages[1:], 1):
        for i, key in edges(page).items():
            if key[1] == "#":
                offsets.setdefault(key, set()).add(int(page[i].strip()) - n)
        for key in set(edges(page).values()) | {("", shape) for _, shape in
                                                 edges(page).values() if shape != "#"}:
            seen[key] = seen.get(key, 0) + 1
    # a running header may end the page before (either edge counts), a bare number
    # only at its own edge
    seen = {(edge, shape): seen[("", shape)] if shape != "#" else n
            for (edge, shape), n in seen.items()
            if edge and len(offsets.get((edge, shape), ())) <= 1}
    furniture = {k for k, n in seen.items() if n >= max(2, 0.6 * (len(pages) - 1))
                 and len(k[1]) <= 100 and not _STRUCTURE_RE.match(k[1])
                 # a line without digits must repeat on three pages and read as no sentence:
                 # "Godkendt." ending every one-page item is the item's text
                 and ("#" in k[1] or (n >= 3 and not k[1].endswith((".", "!", "?", ":"))))
                 # (nor who was not there: eDoc ends each item's page with "Følgende
                 # deltog ikke i behandlingen af punktet: Lise Dahl")
                 and not _ATTENDANCE_RE.search(k[1])}
    first = [i for i, ln in enumerate(pages[0]) if ln.strip()]
    foot = set(first[-_EDGE:]) if len(first) > 2 * _EDGE else set()  # its header is needed
    out = [ln for i, ln in enumerate(pages[0])
           if not (i in foot and ("bottom", shape(ln)) in furniture and not is_structure(ln))]
    for page in pages[1:]:
        out.append("")
        at_edge = edges(page)
        out.extend(ln for i, ln in enumerate(page)
                   if not (at_edge.get(i) in furniture and not is_structure(ln)))
    return out


def _two_pages(first: list[str], second: list[str], shape: Callable[[str], str]) -> list[str]:
    """Two pages: a line at the top of the second that the first page also has at its
    top (the running header: the front page keeps it), and a line with digits at the
    bottom of both (the footer), are page furniture. A blank line marks the break, so
    that no title runs on into the next page."""
    def edge(page: list[str], top: bool) -> list[int]:
        filled = [i for i, ln in enumerate(page) if ln.strip()]
        return filled[:_EDGE] if top else filled[-_EDGE:]

    heads = {shape(first[i]) for i in edge(first, True)}
    heads |= {head + _RUNNING_MARK for head in heads}  # the same, naming the page's item
    feet = {shape(first[i]) for i in edge(first, False)} & {
        shape(second[i]) for i in edge(second, False)}
    feet = {f for f in feet if "#" in f and len(f) <= 100}
    drop_first = {i for i in edge(first, False) if shape(first[i]) in feet}
    drop_second = {i for i in edge(second, True) if shape(second[i]) in heads
                   and not second[i].strip().endswith((".", "!", "?", ":"))}
    drop_second |= {i for i in edge(second, False) if shape(second[i]) in feet}
    keep = [ln for i, ln in enumerate(first) if i not in drop_first or is_structure(ln)]
    return keep + [""] + [ln for i, ln in enumerate(second)
                          if i not in drop_second or is_structure(ln)]


def is_structure(line: str) -> bool:
    """An item's own line, never page furniture however often it repeats: a case number,
    a dated decision heading, "Afbud: …", "Stemte imod: …"."""
    s = line.strip()
    return bool(_STRUCTURE_RE.match(s) or CASE_NUMBER_RE.match(s) or BARE_CASE_RE.match(s)
                or dated_decision(s) or _PEOPLE_LABEL_RE.match(s)
                # "Byrådet 26.06.2024: Godkendt.": a dated decision and its text on a line
                or (":" in s and dated_decision(s.split(":", 1)[0] + ":")))


# Item and section lines are never page furniture, however often a page starts with one.
_ATTENDANCE_RE = re.compile(r"\b(?:deltog|fraværende|afbud|inhabil\w*|forlod|mødte)\b", re.I)
_STRUCTURE_RE = re.compile(
    r"^(?:punkt\s+[#\d]|[#\d]+\.\s+(?-i:[A-ZÆØÅ])|beslutning(?!sprotokol)|indstilling|"
    r"sagsfremstilling|"
    r"bilag|sammendrag|resum)",
    re.IGNORECASE,
)
_PEOPLE_LABEL_RE = re.compile(
    r"^(?:afbud|fraværende|fravær|forfald|ikke til stede|stemte (?:imod|for)|imod|for stemte|"
    r"imod stemte|for|undlod)\b[^:]{0,30}:",
    re.IGNORECASE,
)
