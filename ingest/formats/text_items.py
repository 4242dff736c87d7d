"""Where the agenda items start in plain text and markdown.

Items headed by a keyword: "Punkt 3", "Pkt. 3", "Sag nr. 3", "Sag 3", "Nr.60 - Title", "Ad 3.",
"Dagsordenspunkt 3" (capitals, Pandoc's bold too), numbered 1, 2, 3 … or with a council's
running numbers (342, 343 …); keyword and number may stand alone, the title below (a web page)
or above (Rødovre: the title, then "Sag nr. 129"). Items numbered without a keyword ("N. Title",
"1.1 Title", the number alone above its title) are found by `text_numbered`. A run of items must
be followed by the items' own lines: a contents list or a "Punkt 8" in running text starts none.
"""

from __future__ import annotations

import re

from .ad_answers import sub_point_answer
from .added_items import ADDED_ITEM_RE
from .answered_agenda import answered_agenda
from .caps_items import caps_items
from .case_items import case_items
from .closed_marks import MINUTE_NOTE_RE, OPEN_MARK_RE, closed_title, closes, mark_line
from .colon_titles import labelled_title
from .dated import dated_decision
from .item_text import BARE_CASE_RE, CASE_NUMBER_RE, EMPTY_CASE_RE, row_case
from .labels import heading_label
from .numbered_runs import is_closing_title, longest_run, paragraph_evidence, with_opening_item
from .pasted_blocks import outside_attachments
from .selected_items import selected_items
from .text_layout import LABEL_LINE_RE, RULE_RE, SUB_ITEM_RE, join_wrapped
from .text_numbered import (
    ABBREVIATION_END_RE,
    BULLET_RE,
    NumberedStart,
    find_lettered_items,
    find_numbered_items,
    unlabelled_run,
)
from .text_sections import section_name
from .title_ends import ABBREVIATION_RE, body_below, dash_tail, prose_after, sentence_after
from .toc_lines import TOC_LEADER_RE, TOC_LINE_RE, counted_on, is_toc
from .type_bands import type_line
from .typed_titles import typed_title

ItemStart = NumberedStart
MD_ITEM_RE = re.compile(
    r"^\s*#{1,6}\s*\**\s*(?:Punkt(?:\s+nr\.?)?|Pkt\.?|Dagsordens?punkt|Sag(?:\s+nr\.?)?|"
    r"Ad(?:\s+(?:punkt|pkt\.?))?|§)\s*(\d+)(?:\s*[:.)]|\s+[–—·-](?=\s))?\s*(.*?)\s*\**\s*$",
    re.IGNORECASE
)
# "Punkt 3", "Pkt. 3", "Dagsordenspunkt 3", "Sag nr. 3", "Sag 3", "Nr.60 -", "§ 41" (a
# council's protocol numbers its items as paragraphs), and "Ad 3." /
# "Ad pkt. 3" (a board's minutes answer each agenda point: "ad" = "as to"); in capitals
# too ("PUNKT 3", a template's upper-case headings), and bold as Pandoc writes a Word
# heading ("**Punkt 3**"); a web page's middle dot after the number ("Punkt 3 · Title").
_KEYWORD = (r"(?:Ad\.?\s+(?i:punkt|pkt\.?)?|Punkt\s+nr\.?|PUNKT\s+NR\.?|Punkt|PUNKT|Pkt\.?|PKT\.?|"
            r"Dagsordens?punkt|DAGSORDENS?PUNKT|§|"
            r"Sag\s+nr\.?|SAG\s+NR\.?|Sag|SAG|Nr\.?|NR\.?)")
# ... and "EMNE 3" alone above its title (a joint body's board numbering its subjects; "Emne
# 1: Title" on one line is a seminar's topic, `theme_items`')
_ALONE_KEYWORD = _KEYWORD[:-2] + r"|Emne|EMNE)"
_NUMBER = r"(?:(?:19|20)\d\d-(?=\d{1,3}\b))?(\d+)"
# a web page's count after the number, "Punkt 2 af 5": part of the number, no title
_OF_COUNT = r"\s+af\s+\d+"
PLAIN_ITEM_RE = re.compile(  # ("Ad 1) Godkendelse …": a board's e-mailed minutes)
    # ("Sag 41/2019: Title": a running number with its year; KKR's "Sag 2024-17    Title":
    # the year first)
    rf"^(?:\*\*|__)?{_KEYWORD}\s*{_NUMBER}(?!{_OF_COUNT}\s*$)(?:/(?:19|20)\d\d)?\s*[:.,\-–)·]?(?:\*\*|__)?\s*[:.,\-–·]?\s+"
    r"(\S.*?)\s*$"
)
# The short keywords ("Sag 3", "Nr. 3") also begin sentences ("Sag 3 udgår."): an item
# headed by one must have an item's own lines after it.
_SHORT_KEYWORD_RE = re.compile(r"^(?:\*\*|__)?(?:Sag|SAG|Nr\.?|NR\.?|§)\s*\d")
# The keyword and the number alone: "Punkt 3", "Sag nr. 129"
KEYWORD_ALONE_RE = re.compile(  # (with its year: "Sag nr. 108/2024")
    rf"^(?:\*\*|__)?{_ALONE_KEYWORD}\s*:?\s*{_NUMBER}(?:/(?:19|20)\d\d|{_OF_COUNT})?\s*[:.]?(?:\*\*|__)?$")
def _toc_at(lines: list[str], i: int) -> bool:
    """Line `i` is a contents line: dot leaders always; a number far right only when no
    item body follows ("Punkt 2    Forslag til lokalplan nr.      112" above its
    Indstilling is an item whose title ends in a number)."""
    tail = lines[i][-120:]
    return bool(TOC_LEADER_RE.search(tail)) or (
        bool(TOC_LINE_RE.search(tail)) and not _body_follows(lines, i, 8))
JOURNAL_RE = re.compile(r"^\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}$")
_LABEL_LINE_RE = re.compile(r"^[A-ZÆØÅ][\w .-]{1,40}:\s*\S")


def _sentence(line: str) -> bool:
    """A line that begins with a short keyword and reads as a sentence ("Sag 3 udgår.",
    "Nr. 2 behandles først."): no item."""
    s = line.strip()
    return bool(_SHORT_KEYWORD_RE.match(s)) and s.endswith((".", "!", "?")) and not (
        ABBREVIATION_RE.search(s))


def item_marker(line: str) -> bool:
    """A line that only an item body has: a case number, a dated decision heading, a
    section's label with its text ("Beslutning: Godkendt.", an item's only line), a
    closed mark with its notice ("Lukket punkt – behandles for lukkede døre.")."""
    return bool(JOURNAL_RE.match(line) or CASE_NUMBER_RE.match(line) or BARE_CASE_RE.match(line)
                or EMPTY_CASE_RE.match(line) or row_case(line) is not None  # ("Sagsnr. –")
                or dated_decision(line) or OPEN_MARK_RE.match(line) or MINUTE_NOTE_RE.match(line)
                or closes(mark_line(line))
                or ((label := heading_label(line)) is not None and bool(label[1])))


def title_end(lines: list[str], i: int, title: str, item_re: re.Pattern) -> tuple[str, int]:
    """A title wraps onto the following lines until a blank line, a heading or a rule."""
    body = i + 1
    while body < len(lines):
        nxt = lines[body].strip()
        if (not nxt or section_name(nxt) or item_re.match(nxt) or item_marker(nxt)
                or sentence_after(title, nxt) or KEYWORD_ALONE_RE.match(nxt)
                or prose_after(title, lines, body, lambda s: bool(section_name(s)))
                or (BULLET_RE.match(nxt) and not dash_tail(title, lines, body, item_marker))
                or SUB_ITEM_RE.match(nxt) or LABEL_LINE_RE.match(nxt)
                or RULE_RE.match(nxt) or type_line(nxt)  # ("-----", "Til beslutning · J.nr. …")
                or (body == i + 1 and body_below(lines[i], nxt))):
            break
        opened = title.count("(") > title.count(")")
        title = join_wrapped(title, nxt)
        body += 1
        if opened and title.endswith(")") and title.count("(") == title.count(")"):
            break  # "… (sag" / "nr. 24/5530)": the bracket's close ends the title
    return re.sub(r"\s+", " ", title).strip(), body


def find_items(lines: list[str], markdown: bool) -> list[ItemStart]:
    """The items' starts: keyword lines numbered from 1 first, else the longest run of
    keyword lines or of numbered lines (`text_numbered`), whichever is longer."""
    lines = outside_attachments(lines)  # (an attachment expanded on a web page: no items)
    if answered := answered_agenda(lines):
        return answered
    starts: list[ItemStart] = []
    ahead: list[ItemStart] = []  # item headings out of their number's order
    item_re = MD_ITEM_RE if markdown else PLAIN_ITEM_RE
    for i, line in enumerate(lines):
        m = item_re.match(line.strip())
        if not markdown and not m and starts and (
                alone := KEYWORD_ALONE_RE.match(line.strip())) and (
                int(alone.group(1)) == len(starts) + 1) and (
                nxt := _alone(lines, i, len(starts) + 1)) and nxt.line == i:
            # "Punkt 2" alone, its long title wrapped below it, among "Punkt 1 Title"
            starts.append(nxt)
            continue
        if not m or _toc_at(lines, i) or m.group(2)[:1].islower() or counted_on(m) or (
                starts and sub_point_answer(lines, starts[-1].line, i)):  # ("Ad 3: Udsat.")
            continue  # ("Punkt 1 godkendt. Punkt 2 …" in a decision: no item's title)
        if not markdown and _SHORT_KEYWORD_RE.match(line.strip()) and (
                _sentence(line) or not _body_follows(lines, i, 8)) and not (
                starts and _closing(m.group(2))):  # "Sag 6 - Eventuelt" / "Intet."
            continue
        number = int(m.group(1))
        if number == 1 and starts and _only_titles(lines, starts, i):
            starts, ahead = [], []  # that was a table of contents without dot leaders
        # Minutes number their items 1, 2, 3 …; a "Punkt 8" inside running text is no item.
        # A repeated number with an item body after it is an item (a duplicate the
        # meeting's finish names), not text glued into the previous item's decision.
        repeated = bool(starts) and number == starts[-1].number and _body_follows(lines, i)
        if number != len(starts) + 1 and not repeated and not _body_follows(lines, i):
            continue
        title, body = m.group(2).strip(), i + 1
        if not markdown:
            title, body = _keyword_title(lines, i, title, number, item_re)
        (starts if number == len(starts) + 1 or repeated else ahead).append(
            ItemStart(i, body, number, title))
    starts = _in_order_treated(starts, ahead)
    if markdown:
        return starts
    numbered = find_numbered_items(lines, lambda s: bool(section_name(s)), item_marker,
                                   is_toc)
    if starts:
        # "Ad 1: Anbefales." / "Ad 2: Godkendt." answer an item's own points inside its
        # decision: keyword lines without item bodies lose to a longer numbered agenda
        _mark_evidence(lines, starts)
        # (a contents list "Punkt 1   Title" … above items headed "1. Title": none of its
        # lines has an item's own lines after it)
        shown = sum(s.evidence for s in starts)
        # (… and to a longer run of a council's running numbers: "Sag nr. 87   Title")
        if shown < len(starts) and len(running := _keyword_run(lines)) > len(numbered):
            numbered = running
        return numbered if shown < len(starts) and (len(numbered) > len(starts) or (
            len(numbered) == len(starts) and shown * 2 < len(starts))) else starts
    keyword = _keyword_run(lines)
    # (one "1. Title" / "Sag 21/2025" alone: the keyword's line is its heading's too)
    found = keyword if len(keyword) >= max(2, len(numbered)) or (keyword and [
        s.line for s in keyword] == [s.line for s in numbered]) else numbered or keyword
    found = found or find_lettered_items(lines, lambda s: bool(section_name(s)), item_marker,
                                         is_toc)
    from .text_lines import is_case_token  # (text_lines reads this module's patterns)
    found = found or case_items(lines, lambda s: bool(section_name(s)), item_marker,
                                is_case_token)
    found = found or caps_items(lines, lambda s: bool(section_name(s)), item_marker)
    if any(section_name(ln.strip()) for ln in lines):
        return found
    # no section anywhere: a board's free minutes, numbered 1, 2, 3 … (a run found by a
    # closed item's mark, "4. Title (lukket punkt)", is only the end of that)
    free = unlabelled_run(lines, is_toc)
    if len(free) > len(found) and {s.line for s in found} <= {s.line for s in free}:
        by_line = {s.line: s for s in found}  # (their titles as wrapped)
        return [by_line.get(s.line, s) for s in free]
    return found


def _in_order_treated(starts: list[ItemStart], ahead: list[ItemStart]) -> list[ItemStart]:
    """The items with those whose heading (and the item's own lines) came out of their
    number's order, when minutes print the items in the order treated ("Punkt 7 blev
    behandlet efter punkt 3": 1, 2, 3, 7, 4 …): only when all their numbers together are
    1 … N, each once (a "Punkt 8" elsewhere keeps the run as it was)."""
    if not ahead or not starts:
        return starts
    merged = sorted(starts + ahead, key=lambda s: s.line)
    numbers = sorted(s.number for s in merged)
    return merged if numbers == list(range(1, len(merged) + 1)) else starts


def _closing(title: str) -> bool:
    """An agenda's closing item ("Eventuelt"), which has no sections of its own."""
    return is_closing_title(title)


def _body_follows(lines: list[str], i: int, window: int = 4) -> bool:
    """True when a section heading or an item marker follows line `i` within a few lines."""
    nxt = [ln.strip() for ln in lines[i + 1 : i + 1 + window] if ln.strip()]
    return any(section_name(w) or item_marker(w) for w in nxt)


def _only_titles(lines: list[str], starts: list[ItemStart], upto: int) -> bool:
    """True when the items found so far have no text between them (a contents list):
    a rule or a group's caption ("Tillægsdagsorden:", "Pkt. 4a Title") may stand
    between two, and so may more rows of the list (items treated out of their number's
    order: "Punkt 9 …", "Punkt 10a …", "Punkt 10 Lukket punkt: …" after "Punkt 7"),
    never a section heading or an item's own marker."""
    ends = [s.line for s in starts[1:]] + [upto]
    return all(not any(ln.strip() for ln in lines[s.body : end]) or end - s.body <= 2 or (
        len(text := [ln.strip() for ln in lines[s.body:end] if ln.strip() and not (
            RULE_RE.match(ln) or _listed_row(ln.strip()))]) <= 2 and not any(
            section_name(t) or item_marker(t) for t in text))
               for s, end in zip(starts, ends, strict=True))


def _listed_row(line: str) -> bool:
    """Another row of a contents list in the keyword's style: "Punkt 9    Meddelelser",
    "Punkt 10a  Title"."""
    return bool(PLAIN_ITEM_RE.match(line) or ADDED_ITEM_RE.match(line))


def _keyword_run(lines: list[str]) -> list[ItemStart]:
    """Keyword items whose numbers do not start at 1 (a council's running numbers): the
    longest run of consecutive numbers among keyword lines with an item's body after;
    or a digest's chosen items, their numbers rising with gaps (`selected_items`)."""
    found = _keyword_lines(lines)
    run = with_opening_item(longest_run(found), found, lines)  # ("Pkt. 152 Godkendelse …")
    return chosen if len(chosen := selected_items(found, lines)) > len(run) else run


def _keyword_lines(lines: list[str]) -> list[ItemStart]:
    """Every keyword line that may head an item, whether its own lines follow it."""
    found: list[ItemStart] = []
    for i, line in enumerate(lines):
        s = line.strip()
        if _toc_at(lines, i):
            continue
        if (m := PLAIN_ITEM_RE.match(s)) and not _sentence(s):
            title, body = _keyword_title(lines, i, m.group(2).strip(), int(m.group(1)),
                                         PLAIN_ITEM_RE)
            found.append(ItemStart(i, body, int(m.group(1)), title))
        elif (m := KEYWORD_ALONE_RE.match(s)) and (start := _alone(lines, i, int(m.group(1)))):
            found.append(start)
    _mark_evidence(lines, found)
    paragraph_evidence(found, lines)  # ("§ 14. Title" / prose: a board's protocol)
    return found


def _mark_evidence(lines: list[str], found: list[ItemStart]) -> None:
    """Whether an item's own lines (a section heading, a case number) follow each start
    before the next one."""
    shut = max((k for k, ln in enumerate(lines) if _CLOSED_PART_RE.match(ln.strip())), default=-1)
    for n, start in enumerate(found):
        end = found[n + 1].line if n + 1 < len(found) else len(lines)
        window = [ln.strip() for ln in lines[start.body:end] if ln.strip()][:6]
        start.evidence = any(section_name(w) or item_marker(w) for w in window) or (
            closed_title(start.title)[0]) or (  # a closed item printed as its title only,
            start.line > shut > 0 and any(  # or under the closed part's heading after items
                s.evidence and s.line < shut for s in found[:n])) or (
            n == len(found) - 1 and _closing(start.title.rstrip(".")))  # ("Pkt. 46
        # Eventuelt." last: the closing item, no section of its own)


# "… fra mødet den 18." / "september 2025": a date wrapped after its day, no sentence's end
_DAY_WRAP_RE = re.compile(r"\b(?:den|d\.)\s+\d{1,2}\.$")


def titleish(line: str) -> bool:
    """A line that may be an item's title: no heading, label or sentence ("m.v." may end
    a title)."""
    s = line.strip()
    ends = s.endswith((".", "!", "?", ":")) and not ABBREVIATION_END_RE.search(s) and not (
        _DAY_WRAP_RE.search(s))
    if closed_title(s)[0] and not ends:
        return True  # "Lukket punkt: Ekspropriation til vejanlæg i Sæby"
    return bool(s) and not (section_name(s) or item_marker(s) or _LABEL_LINE_RE.match(s)
                            or ends or PLAIN_ITEM_RE.match(s) or KEYWORD_ALONE_RE.match(s)
                            or len(s) > 200 or RULE_RE.match(s))  # (a typist's "-----")


# ("Sag: Title" under "Punkt 3", as Acadre prints; not a case number "Sag: 24/1234")
_TITLE_LABEL_RE = re.compile(
    r"^(?:titel|overskrift|emne|sag(?=\s*:\s*(?-i:[A-ZÆØÅ])))\s*:\s*(\S.*)$", re.IGNORECASE)


def _keyword_title(lines: list[str], i: int, title: str, number: int,
                   item_re: re.Pattern) -> tuple[str, int]:
    """The title of the keyword line `i` and where the item's own lines start: the
    title as it wraps; or, when the line gives only the item's status after its number
    ("Punkt 4 - Lukket", "Punkt 1 - Åben"), the line below it, closed by "Lukket"."""
    if (mark := OPEN_MARK_RE.match(title)) and (alone := _alone(lines, i, number, mark)):
        return alone.title, alone.body
    return title_end(lines, i, title, item_re)


def _alone(lines: list[str], i: int, number: int,
           mark: re.Match[str] | None = None) -> ItemStart | None:
    """An item whose keyword line holds only the number (or the number and its status
    `mark`): the title is the next line (the number printed above it) or, when the
    item's own lines follow at once and no mark is given, the line before (the title
    printed above "Sag nr. 129")."""
    after = next((k for k in range(i + 1, min(len(lines), i + 4)) if lines[k].strip()), None)
    # "Sag nr. 6" / "Lukket punkt" / "Erstatningssag …": the mark, then the title
    if not mark and after is not None and (mark := OPEN_MARK_RE.match(lines[after].strip())):
        after = next((k for k in range(after + 1, min(len(lines), after + 3))
                      if lines[k].strip()), None)
    if after is not None and (titled := _TITLE_LABEL_RE.match(lines[after].strip())):
        # "Dagsordenspunkt: 1" / "Titel: Godkendelse af dagsorden" (a label for each)
        return ItemStart(i, after + 1, number, titled.group(1))
    if after is not None and (not mark or closes(mark)) and (
            typed := typed_title(lines, i, after, item_marker)):  # ("Lukket" above it)
        return ItemStart(i, typed[1], number, f"Lukket punkt: {typed[0]}" if mark else typed[0])
    if after is not None and (titleish(lines[after]) or labelled_title(
            lines, after, titleish, item_marker)):
        title, body = title_end(lines, after, lines[after].strip(), PLAIN_ITEM_RE)
        # ("Punkt 3 · Åben" / "3. Title": the number printed again before the title)
        title = re.sub(rf"^{number}\.\s+(?=[A-ZÆØÅ])", "", title)
        if closes(mark):
            title = f"Lukket punkt: {title}"
        return ItemStart(i, body, number, title)
    before = next((k for k in range(i - 1, max(-1, i - 3), -1) if lines[k].strip()), None)
    if before is not None and not mark and titleish(lines[before]):
        title = re.sub(r"\s+", " ", lines[before].strip())
        # ("3. Title" / "Sag 16/2025": the heading's own number, the keyword's a running
        # count, as agendas numbering each part from 1 again print it)
        if (own := _OWN_NUMBER_RE.match(title)) and int(own[1]) != number:
            return ItemStart(before, i + 1, int(own[1]), title[own.end():])
        return ItemStart(before, i + 1, number, title)
    return None


_OWN_NUMBER_RE = re.compile(r"^(\d{1,3})\.\s+(?=[A-ZÆØÅ])")
# The heading of a closed part whose items are numbered from 1 again: "Lukket dagsorden",
# "LUKKEDE PUNKTER", "Ikke offentlig del"
_CLOSED_PART_RE = re.compile(  # (lettered or Roman-numbered: "B. LUKKEDE PUNKTER")
    r"^[#*_\s]*(?:(?:[A-H]|[IVX]{1,4})[.)]\s+lukket\s+punkt|"  # ("III. Lukket punkt")
    r"(?:(?:[A-H]|[IVX]{1,4})[.)]\s+)?(?:"
    r"lukket\s+(?:dagsorden|del|møde|referat)|lukkede\s+(?:punkter|sager|"
    r"dagsordenspunkter)|ikke[- ]offentlig\w*\s+(?:dagsorden|del|punkter)))[*_\s:]*$",
    re.IGNORECASE)
_CLOSED_KEYWORD_RE = re.compile(r"^(\W*)(?:lukket|fortroligt?)\s+(punkt|pkt|sag)\b",
                                re.IGNORECASE)


def closed_part(lines: list[str], starts: list[ItemStart],
                markdown: bool) -> list[tuple[ItemStart, int]]:
    """Items of a closed part after the open ones, numbered from 1 again ("Lukket
    dagsorden" / "Lukket punkt 1: Køb af areal"): each with its number continuing the
    open items' run (one meeting cannot have two items 1) and its printed number."""
    last = starts[-1]
    at = next((i for i in range(last.body, len(lines))
               if _CLOSED_PART_RE.match(lines[i].strip())), None)
    if at is None:
        return []
    tail = [_CLOSED_KEYWORD_RE.sub(lambda m: m.group(1) + m.group(2).capitalize(), ln)
            for ln in lines[at + 1:]]
    found = find_items(tail, markdown)
    if not found or found[0].number != 1:
        return []
    return [(ItemStart(at + 1 + s.line, at + 1 + s.body, last.number + s.number, s.title),
             s.number) for s in found]
