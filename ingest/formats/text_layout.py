"""Text clean-up for items read from PDF text and markdown: list numbers that PDF
extraction glued to the end of a line, wrapped lines joined, markdown marks removed."""

from __future__ import annotations

import re

from referat.danish import parse_date

from .emphasis_rows import EMPHASISED_LINE_RE, emphasised_parts
from .page_edges import DATE_IN_LINE_RE, EDGE, drop_page_edges, per_page
from .print_margins import joined_print_margins
from .running_heading import (
    drop_dated_page_heads,
    drop_dated_page_tops,
    drop_running_item_heads,
)
from .signatures import SIGNING_STAMP_RE
from .stacked_figures import ROW_END_RE
from .stamped_heads import without_stamped_heads
from .structure_lines import PEOPLE_LABEL_RE, is_structure
from .wrap_ends import CONTINUES, after_list_of, cell_width, fills, point_ended, runs_on

# (a lettered point too: "a)\tStatus på …", "b. Statsforvaltningens …" before a capital; a
# point on a paragraph of the law: "3. § 25-…"; a numbered sub-point, "1.2  Klasse II-veje",
# its last number one digit: not "14.30 Mødet")
LIST_LINE_RE = re.compile(r"^(?:\d{1,2}\.\s+(?=[A-ZÆØÅ0-9\"“§])|[-•*]\s|(?:\d|[a-zæø])\)\s|"
                          r"[a-zæø]\.\s+(?=[A-ZÆØÅ])|\d{1,2}(?:\.\d)+\.?\s+(?=[A-ZÆØÅ]))")
# Lines that start something of their own, never a wrapped line's rest: "1. anbefales"
# (a decision's list, lower-case; not "3. maj 2024"), "10-04-2024 Økonomiudvalget" (an
# entry of the case history), "Ad 2: Godkendt." (the decision on the recommendation's
# second point, after a long first one), "Bilag 6.2: …" (a list of attachments)
_NEW_LINE_RE = re.compile(
    r"^(?:\d{1,2}\.\s+(?!(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
    r"november|december)\b)[a-zæøå]|\d{1,2}[-./]\d{1,2}[-./]\d{4}\s+[A-ZÆØÅ]"
    r"|Ad\.?\s+(?:(?i:pkt)\.?\s*|(?i:punkt)\s+)?\d{1,2}\s*[:.)]\s"
    r"|(?:Ja|Nej|For|Imod|Undlod)\s*:\s"  # a vote's side, a line each ("Nej: Ole Brink (O)")
    r"|Bilag\s+\d{1,3}(?:\.\d{1,3})*\s*[:–-]\s)"  # an attachment's row, "Bilag 6.2: Tidsplan"
)
_PREPOSITIONS = frozenset("i på til af for med om fra ved under".split())
# A label of who was away, alone on its line over the names (a two-column table's left
# cell beside them): its own line, and so is the line of names after it
_BARE_AWAY_RE = re.compile(r"^(?:fraværende|afbud)\s*:?$", re.IGNORECASE)


def fix_glued_markers(lines: list[str]) -> list[str]:
    """PDF extraction moves a list's number to the end of the item's first line.

    ``Godkender forslag til studietur.1.`` → ``1. Godkender forslag til studietur.``
    Only numbers that continue the list (1, or previous + 1) count, so a sentence ending
    in "2023." stays as it is; ``nytårskur 20231.`` is read as the year 2023 and item 1.
    A code's number stays too ("forslag SSU-1.").

    >>> fix_glued_markers(["Godkender forslag til studietur.1.", "Imod forslag SSU-1."])
    ['1. Godkender forslag til studietur.', 'Imod forslag SSU-1.']
    >>> fix_glued_markers(["Lukket, jf. styrelseslovens § 10, stk. 1."])
    ['Lukket, jf. styrelseslovens § 10, stk. 1.']
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


# (an abbreviation a number follows: "jf. lovens § 10, stk. 1." cites a law's subsection)
_BEFORE_NUMBER_RE = re.compile(r"\b(?:pr|jf|ca|d|nr|pkt|kl|inkl|ekskl|iht|vedr|stk|kap|bl\.a|"
                               r"f\.eks)\.\s*$", re.IGNORECASE)


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
        if prev in ",." and body[-2:-1].isdigit() and not re.search(r"\d{4}\.$", body):
            continue  # ("… op til kote 2,1.", "… bilag 4.1.": a number's own part, no marker)
        if prev in "-–/" and body[-2:-1].isalnum():
            continue  # ("… reduktionsforslag SSU-1.": a code's number, no list's marker)
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
# A sub-item's heading under its item's title: "5a. Høring: …", "4.1 Renovering af …" —
# the item's first part, never the title's rest
SUB_ITEM_RE = re.compile(r"^\d{1,4}(?:[a-z][.)]|\.\d{1,2}\.?)\s+[A-ZÆØÅ]")


# The gaps between a line's words: a justified line sets them all two or three wide
_GAP_RE = re.compile(r"(?<=\S) +(?=\S)")
_MIN_JUSTIFIED_GAPS = 3


def unjustified(line: str) -> str:
    """A justified line's words set wide apart (a label column's value, "Sted:
    Frederikshavn  Forsyning,  Knivholtvej  34") with single spaces again: every gap after
    the first (the label's) two or three spaces wide. Columns (wider gaps, or gaps of
    mixed width) are left as they are.

    >>> unjustified("Sted: Byens  Hus,  Torvet  4,  mødelokale"), unjustified("Navn  V   Formand")
    ('Sted: Byens Hus, Torvet 4, mødelokale', 'Navn  V   Formand')
    """
    gaps = _GAP_RE.findall(line)[1:]
    if len(gaps) < _MIN_JUSTIFIED_GAPS or any(not 2 <= len(g) <= 3 for g in gaps):
        return line
    return _GAP_RE.sub(" ", line)


def join_wrapped(prev: str, nxt: str) -> str:
    """Two lines of one wrapped sentence: "beskæfti-" + "gelse" is "beskæftigelse" (a word
    hyphenated at the line's end), "Teknik-" + "og Miljø" keeps its space, "EU-" +
    "støtte" its hyphen; any other pair is joined by a space.

    >>> join_wrapped("for beskæfti-", "gelse"), join_wrapped("Teknik-", "og Miljø")
    ('for beskæftigelse', 'Teknik- og Miljø')
    >>> join_wrapped("EU-", "støtte"), join_wrapped("it-", "system"), join_wrapped("a", "b")
    ('EU-støtte', 'it-system', 'a b')
    >>> join_wrapped("ved Gudenåen -", "projektforslag")
    'ved Gudenåen - projektforslag'

    """
    prev, nxt = prev.rstrip(), nxt.strip()
    # (a dash set off by spaces ends the line: "Gudenåen -" / "projektforslag")
    if not prev.endswith("-") or prev.endswith(" -") or not nxt[:1].islower():
        return f"{prev} {nxt}"
    word = re.split(r"[\s,.;:]", nxt, maxsplit=1)[0]
    if word in _ELIDED_BEFORE:
        return f"{prev} {nxt}"
    m = _FRAGMENT_RE.search(prev)
    broken = m and len(m.group(1)) >= 3 and not m.group(1).isupper() and re.search(
        "[aeiouyæøå]", m.group(1), re.IGNORECASE)
    return (prev[:-1] if broken else prev) + nxt


_END_PUNCT = tuple(".!?:;)\"”»")
_CELL_GAP = " | "  # between a table row's cells, as the Word and ODF readers write them
_UNWRAPPED = 150


RULE_RE = re.compile(r"^\s*([-*_=])(?:\s*\1){2,}\s*$")  # "---", "* * *", "===": a rule


# A Markdown heading line: "### Administrationens bemærkninger"
MD_HEADING_LINE_RE = re.compile(r"^#{1,6}[ \t]+(?P<t>\S.*?)[ \t#]*$")


def reflow(lines: list[str]) -> str:
    """Join lines that PDF extraction wrapped; keep list items and short lines apart;
    join paragraphs that a page break split mid-sentence."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        s = line.strip()
        if RULE_RE.match(s):  # "---" / "* * *": a rule between parts, no text
            s = ""
        if heading := MD_HEADING_LINE_RE.match(s):  # a Markdown sub-heading no section
            s = heading["t"]  # names ("### Forslag"): a paragraph of its own, its words
            if paragraphs[-1]:
                paragraphs.append([])
            paragraphs[-1].append(s)
            paragraphs.append([])
            continue
        if not s:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        # (justified or `-layout` text; the line's indent kept for `_after_list`)
        indent = line[:len(line) - len(line.lstrip())]
        paragraphs[-1].append(indent + re.sub(r"[ \t]{2,}|\t", " ", s))
    joined: list[str] = []
    for para in paragraphs:
        if not para:
            continue
        out: list[str] = []
        # (each line of `out` as the page had it: its indent; None once joined)
        starts: list[int | None] = []
        indents = [len(raw) - len(raw.lstrip()) for raw in para]
        para = [raw.strip() for raw in para]
        cell, widest = cell_width(para), max(map(len, para))
        # (a line longer than any page's: a paragraph a line, as Word's text export
        # writes them; a sentence's end there ends the paragraph)
        unwrapped = max(map(len, para)) > _UNWRAPPED
        for at, s in enumerate(para):
            if not out:
                out.append(s)
                starts.append(indents[at])
                continue
            prev = out[-1]
            starts_list = bool(LIST_LINE_RE.match(s) or _NEW_LINE_RE.match(s)
                               or PEOPLE_LABEL_RE.match(s) or _BARE_AWAY_RE.match(s)
                               or _BARE_AWAY_RE.match(prev))
            last_word = prev.rsplit(" ", 1)[-1].lower()
            wrapped = (
                len(prev) >= 60
                or prev.endswith((",", "-"))
                or s[:1].islower()
                or last_word in CONTINUES
                or fills(prev, cell)
            )
            if unwrapped and prev.endswith(_END_PUNCT) and s[:1].isupper():
                wrapped = False
            # (a vote's list ends at its last party mark: "For stemte: …, Bo Dam (V)" /
            # "Ida Holm (F) undlod at stemme." a sentence of its own)
            if PEOPLE_LABEL_RE.match(prev) and prev.endswith(")") and s[:1].isupper():
                wrapped = False
            # (a list's point and the paragraph after it opened alike, at its number)
            after_list = bool(starts[-1]) and starts[-1] == indents[at] and after_list_of(out, s)
            # (a bullet's point well short of the paragraph's widest line ended there)
            after_list = after_list or starts[-1] is not None and point_ended(prev, s, widest)
            rows = bool(ROW_END_RE.search(s))  # (a table's row: `stacked_figures`; a
            # Word table's row as its reader writes it, "Udvalg | 312,4 | 309,8", and the
            # line after the table's last row)
            rows = rows or _CELL_GAP in s or _CELL_GAP in prev
            if wrapped and not starts_list and not after_list and not rows:
                out[-1] = join_wrapped(prev, s)
                starts[-1] = None
            else:
                out.append(s)
                starts.append(indents[at])
        text = "\n".join(out)
        # (or a paragraph that stops at a preposition, which no sentence ends with and
        # no list follows: "… og på" / "Vestfyn. …", a page's break in a decision)
        # (not a lettered point, "a) Kærhøj | 1.800 | …", a table's row after a row)
        if joined and not joined[-1].endswith(_END_PUNCT) and (text[:1].islower() and not (
                LIST_LINE_RE.match(text)) or (
                joined[-1].rsplit(None, 1)[-1] in _PREPOSITIONS  # (not a party "I")
                and not LIST_LINE_RE.match(text)) or runs_on(joined[-1], text)):
            joined[-1] = join_wrapped(joined[-1], text)  # ("tillægs-" / "bevilling")
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
        out.append(EMPHASISED_LINE_RE.sub(r"\1", emphasised_parts(s)))  # ("*Lukket punkt.*")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# A site's breadcrumb trail: "[Forside](/wiki) › [Møder 2024](/wiki/m) › Referat 6. november",
# and as a printed page shows it: "Forside  ›  Politik  ›  Teknik- og Miljøudvalget"
BREADCRUMB_RE = re.compile(r"^(?:\[[^\]]{1,60}\]\([^)]*\)\s*[›»>/|]\s*.*"
                           r"|(?:[^›»>\n]{1,60}\s[›»]\s+){1,8}[^›»>\n]{1,80}"
                           r"|(?i:forside|forsiden|hjem|start|home)\s+[>/]\s+.*)$")
SHORTCODE_RE = re.compile(r"^\s*\{\{[<%].*[>%]\}\}\s*$")
# A letterhead's line of contact details under the sender's name, its fields set apart by
# "·", "|" or "•", one a web or e-mail address ("Lokalråd i X Kommune · www.… · formand@…"):
# no body's name and no field of the meeting (a field's label first: "Mødested: Teams | https…")
_CONTACT_LINE_RE = re.compile(r"^(?![^·|•]*:\s)(?=.*\s[·|•]\s)"
                              r"(?=.*(?:\bwww\.\S|\bhttps?://\S|[\w.+-]@[\w-]+\.[a-z]{2,}))")
# (or a typed page's number between dashes alone on its line: "- 2 -")
_PAGE_RE = re.compile(r"^\s*(?:(?:side|page)\s*\d*\s*(?:(?:af|/|of)\s*\d+)?"
                      r"|[-–]\s?\d{1,3}\s?[-–])\s*$", re.IGNORECASE)
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


def page_counter(line: str) -> bool:
    """A page's counter, alone ("Side 3", "Side 3 af 14") or at a running header's or
    footer's end or start ("Byrådet 27-06-2024      Side 2 af 5")."""
    bare = line.strip().strip("*_ ")  # (a markdown export's footer in italics)
    # (`pdftotext -layout` sets the page counter far right: "… 21.11.2024      Side 1 af 2")
    return bool(_PAGE_RE.match(bare) or _PAGE_TAIL_RE.match(bare) or _PAGE_HEAD_RE.match(bare)
                or _PAGE_TAIL_RE.match(" ".join(bare.split())))


def strip_page_furniture(lines: list[str]) -> list[str]:
    """Drop what PDF pages repeat: "Side 3", "Side 3 af 14" (alone or ending a running
    header), and a short line seen three
    times or more that carries the meeting's own date (the committee-and-date header or
    footer), except where it opens the document; seen once, such a line is the page's
    footer too when a page counter stands right below or above it (a converter that
    kept one page's footer in the text: "Byrådet 06-09-2022" / "Side 14"). A repeated
    line with another date ("16-01-2024 Erhvervsudvalget" in each item's history) is
    text."""
    lines = joined_print_margins(without_stamped_heads(lines))
    lines = drop_running_item_heads(_drop_print_marks(lines))
    front = next((found[0] for ln in lines[:60] if (found := parse_date(ln))), None)
    lines = drop_page_edges(drop_dated_page_heads(drop_dated_page_tops(lines, front), front,
                                                  is_structure))
    counts: dict[str, int] = {}
    for line in lines:
        key = line.strip()
        counts[key] = counts.get(key, 0) + 1
    out = []
    for n, line in enumerate(lines):
        key = line.strip()
        bare = key.strip("*_ ")
        if key and (page_counter(key) or SIGNING_STAMP_RE.match(bare)):
            continue  # (a signing stamp: "Penneo dokumentnøgle: 4HJ2K-…")
        if n < _FRONT_LINES and _CONTACT_LINE_RE.match(bare):
            continue  # the letterhead's contact details under the sender's name
        if front and n >= _FRONT_LINES and _PAGE_COUNTER_RE.search(key) and len(key) <= 160 and (
                (parse_date(key) or (None,))[0] == front):
            continue  # "… Åbent referat Dato: 04.12.2012 Side 13": the meeting's page header
        # (seen twice is enough for a bare "Byrådet 14-05-2019": a short line, no sentence)
        often = counts[key] >= 3 or (counts[key] == 2 or _by_counter(lines, n)) and len(
            " ".join(key.split())) <= 60 and not key.endswith((".", ":", "!", "?"))
        if n >= _FRONT_LINES and often and len(key) <= 100 and front and (
                DATE_IN_LINE_RE.search(key) and (parse_date(key) or (None,))[0] == front
                and not is_structure(key)):
            continue
        out.append(line)
    return out


_FRONT_LINES = 15


def _by_counter(lines: list[str], n: int) -> bool:
    """A page counter is the nearest line with text above or below line n."""
    return any(page_counter(lines[k]) for k in (
        next((k for k in range(n - 1, max(n - 3, -1), -1) if lines[k].strip()), None),
        next((k for k in range(n + 1, min(n + 3, len(lines))) if lines[k].strip()), None))
        if k is not None)

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
    return per_page(lines, _without_print_marks)


def _without_print_marks(page: list[str]) -> list[str]:
    filled = [i for i, ln in enumerate(page) if ln.strip()]
    edge = set(filled[:EDGE] + filled[-EDGE:])
    if not any(_PRINT_URL_RE.match(page[i].strip()) for i in edge):
        return page
    return [ln for i, ln in enumerate(page) if i not in edge or not (
        _PRINT_URL_RE.match(ln.strip()) or _PRINT_STAMP_RE.match(ln.strip()))]


