"""Agenda items numbered without the word "Punkt", as PDF text shows them:

* ``715. Kulturplan 2014`` — a council's running numbers;
* ``3) Høring: Kvalitetsstandard`` — an e-mail's or a word processor's plain list;
* ``3 Tilskud til kulturhuset`` — number and title cells of a table on one line;
* ``3`` alone on its line and the title on the next — the same table printed to PDF
  (a publication page, a FirstAgenda print).
* ``1.1 Godkendelse af dagsorden`` — items numbered within the agenda's sections; they
  are numbered 1, 2, 3 … in reading order, the number a citation of the meeting uses.
* ``A. Godkendelse af dagsorden`` — items lettered, not numbered (a council's or board's
  word-processed minutes): numbered 1, 2, 3 … in reading order too, the letter kept;
  the same for Roman numerals (``IV. Budget 2025``, an elderly council's minutes).

A candidate is an item only when the item's own lines follow it (a section heading, a
case number, a dated decision heading), and the items are the longest run of consecutive
numbers of one style: a numbered list inside an item, a table of contents or page numbers
do not make a run of their own that beats the agenda.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from referat.danish import DANISH_MONTHS

from .bare_groups import split_groups
from .closed_marks import OPEN_MARK_RE, closed_title, closes, mark_line, number_first
from .group_labels import group_items
from .numbered_runs import (
    NumberedStart,
    in_treated_order,
    longest_run,
    printed_again,
    with_closing_item,
    with_opening_item,
    with_section_titled,
)
from .text_dividers import part_state, signature_heading
from .text_layout import LABEL_LINE_RE, RULE_RE, SUB_ITEM_RE, join_wrapped
from .title_ends import (
    TITLE_LINES,
    body_below,
    dash_tail,
    prose_after,
    sentence_after,
    year_below,
)

# "715. Title"; PDF text may lose the tab after the number: "1.Meddelelser"
DOT_ITEM_RE = re.compile(r"^\s*(\d{1,4})\.(?:\s+([A-ZÆØÅ0-9\"“«].*?)|([A-ZÆØÅ\"“«].*?))\s*$")
# "3) Title": an e-mail's or a word processor's plain list
PAREN_ITEM_RE = re.compile(r"^\s*(\d{1,3})\)\s+([A-ZÆØÅ\"“«].*?)\s*$")
# "3 Title", and "3 – Title" (a Word template's number, dash and title); a title may open
# with a count or an ordinal of its own ("02 3. kvartal 2024 …", "6 2,5 mio. kr. til …")
SPACE_ITEM_RE = re.compile(r"^\s*(\d{1,4})\s+(?:[–—·-]\s+)?((?:[A-ZÆØÅ\"“«]|\d{1,3}(?:,\d+)?\.?\s+"
                           r"[a-zæøå])\S*(?:\s.*?)?)\s*$")
# A markdown heading's marks before the number ("## 3. Title", as a Word document
# converted to markdown numbers its items)
_MARKS_RE = re.compile(r"^\s*#{1,6}\s+\**|\*+\s*$")
BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,4})\.?\s*$")  # ("1." above its title, on a web page)
# "1.1 Title": items numbered within the agenda's sections ("1 Sager til beslutning")
DECIMAL_ITEM_RE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.?\s+([A-ZÆØÅ\"“«].*?)\s*$")
# "A. Title", "B) Title": an item lettered instead of numbered
LETTER_ITEM_RE = re.compile(r"^\s*([A-Z])[.)]\s+([A-ZÆØÅ\"“«].*?)\s*$")
# "IV. Title": an item numbered with a Roman numeral (up to XXXIX)
ROMAN_ITEM_RE = re.compile(r"^\s*(X{0,3}(?:IX|IV|V?I{1,3}|V))[.)]\s+([A-ZÆØÅ\"“«].*?)\s*$")
# "Pkt. II Title", "Punkt IV: Title": the keyword before a Roman numeral (read as "II. Title"),
# or before a letter ("Punkt C: Title", a secretary's typed minutes)
_KEYWORD_ROMAN_RE = re.compile(r"^\s*(?:Punkt|PUNKT|Pkt\.?|PKT\.?)\s+"
                               r"(X{0,3}(?:IX|IV|V?I{1,3}|V)|[A-Z])[.):]?\s+(?=[A-ZÆØÅ\"“«])")
_ROMAN = {"I": 1, "V": 5, "X": 10}
_MIN_LETTERED = 2  # lettered items found only when no numbered ones are: at least A and B
# Any line that opens with an item's number and a title ("1. Title", "1 Title", "## 1. Title"),
# as `text_split` looks for where a file's second meeting starts numbering again.
NUMBERED_LINE_RE = re.compile(r"^\s*(?:#{1,6}\s+\**)?(\d{1,4})(?:\.\s*|\)\s+|\s+(?:[–—·-]\s+)?)"
                              r"[A-ZÆØÅ\"“«]")
# An abbreviation may end a title ("m.v.", "pkt."); a sentence may not ("2. Godkendt.").
# (and a town's: "Nykøbing Sj.", "Nykøbing F.")
ABBREVIATION_END_RE = re.compile(r"(?:\b\w{1,4}\.){2,}$|"
                                 r"\b(?:mv|mm|etc|pkt|nr|ca|jf|vedr|evt|kr)\.$|"
                                 r"(?-i:\b[A-ZÆØÅ][a-zæøå]{2,}\s+[A-ZÆØÅ][a-zæøå]?\.)$",
                                 re.IGNORECASE)
BULLET_RE = re.compile(r"^[-•–*]\s+\S")  # a list's line under a title is the item's text
_EVIDENCE_LINES = 6  # non-empty lines after the title that must hold the item's own line
_WINDOW = 60  # "N. Title": the item's own line may come later, before the next candidate


Check = Callable[[str], bool]


def find_numbered_items(lines: list[str], is_heading: Check, is_marker: Check,
                        is_toc: Check) -> list[NumberedStart]:
    """The items of the style whose consecutive run is longest ("N." first on a tie)."""
    lines = [number_first(_MARKS_RE.sub("", ln)) for ln in lines]  # ("Lukket punkt 10. …")
    best: list[NumberedStart] = []
    found_by = {style: _candidates(lines, style, is_heading, is_marker, is_toc)
                for style in ("dot", "paren", "space", "bare")}
    # ("3 Title" beside its banner's number, "3" alone above a title wrapped in the banner:
    # one agenda's headings, the number on the title's line only where the title fits)
    found_by["banner"] = sorted(found_by["space"] + found_by["bare"], key=lambda c: c.line)
    # ("6. Title" on its line, "7." alone above a title wrapped beside it in a cell: the
    # dotted number of the same headings)
    found_by["dotted banner"] = sorted(found_by["dot"] + [
        c for c in found_by["bare"] if lines[c.line].strip().endswith(".")], key=lambda c: c.line)
    for candidates in found_by.values():
        found = _inner_lists([c for c in candidates if not c.section_titled], lines)
        run = with_closing_item(with_opening_item(printed_again(longest_run(found), found),
                                                  found, lines), found, lines)
        run = with_section_titled(run, candidates)
        run = in_treated_order(run, found, lambda s: _heads_item(lines, s, is_heading, is_marker))
        if len(run) > len(best):
            best = run
    subs = _candidates(lines, "decimal", is_heading, is_marker, is_toc)
    decimal = _decimal_run(subs)
    # (an item without sub-items after them, "4. Eventuelt" below "3.1": its printed label)
    tail = [s for s in best if decimal and s.line > decimal[-1].line
            and s.number > int(decimal[-1].label.split(".")[0])]
    if len(decimal) >= 2 and len(decimal) + len(tail) > len(best) and all(
            _heads(lines, start, decimal) for start in best if start not in tail):
        return decimal + [NumberedStart(s.line, s.body, len(decimal) + k, s.title, label=str(
            s.number)) for k, s in enumerate(tail, 1)]
    return split_groups(best, subs, lines)  # ("3. Meddelelser" over "3.1", "3.2" only)


def find_lettered_items(lines: list[str], is_heading: Check, is_marker: Check,
                        is_toc: Check) -> list[NumberedStart]:
    """Items lettered "A.", "B." … with the item's own lines after each, from A on:
    numbered 1, 2, 3 … in reading order (an item's number is an int, which a citation
    names), each with its letter as its `label`. Only for minutes with no numbered item
    (a lettered line elsewhere is a group heading: "B. Sager til orientering").
    "Pkt. II Title" is a Roman-numbered item as "II. Title" is."""
    lines = [_KEYWORD_ROMAN_RE.sub(r"\1. ", _MARKS_RE.sub("", ln)) for ln in lines]
    for style in ("letter", "roman"):  # ("I." is a letter only where H. came before)
        found = _candidates(lines, style, is_heading, is_marker, is_toc)
        run = with_closing_item(with_opening_item(longest_run(found), found, lines), found)
        if len(run) >= _MIN_LETTERED and run[0].number == 1:
            return [NumberedStart(s.line, s.body, n, s.title, label=_printed(style, lines[s.line]))
                    for n, s in enumerate(run, 1)]
    return group_items(lines, is_heading, is_marker, is_toc)  # ("B1   Title", "O1   Title")


def _printed(style: str, line: str) -> str:
    """The item's mark as printed: "B" of "B. Title", "IV" of "IV. Title"."""
    m = (LETTER_ITEM_RE if style == "letter" else ROMAN_ITEM_RE).match(line)
    return m.group(1) if m else ""


def roman_value(numeral: str) -> int:
    """A Roman numeral's value (a smaller digit before a larger one subtracts).

    >>> roman_value("IV"), roman_value("XII"), roman_value("XIX")
    (4, 12, 19)
    """
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v
               for k, v in enumerate(values))


def unlabelled_run(lines: list[str], is_toc: Check) -> list[NumberedStart]:
    """The last resort for minutes whose items have no section, label or case number
    (a board's table "Nr. | Dagsordenspunkt | Referat" printed to PDF: "1 Godkendelse af
    dagsorden Godkendt."): lines numbered 1, 2, 3 … in reading order, three or more.
    The title may then hold the start of the item's text."""
    run: list[NumberedStart] = []
    for i, line in enumerate(lines):
        m = DOT_ITEM_RE.match(line) or SPACE_ITEM_RE.match(line)
        if m and not is_toc(line) and int(m.group(1)) == len(run) + 1:
            title = (m.group(2) or m.group(3) or "").strip()
            run.append(NumberedStart(i, i + 1, len(run) + 1, title))
    if len(run) < 3:
        return []
    # (most items have text of their own below them: a contents list has none)
    ends = [s.line for s in run[1:]] + [len(lines)]
    texts = sum(any(ln.strip() for ln in lines[s.body:e]) for s, e in zip(run, ends, strict=True))
    return run if texts * 2 >= len(run) else []


def _decimal_run(found: list[NumberedStart]) -> list[NumberedStart]:
    """The longest chain "1.1", "1.2", "2.1" … (the next point of a section, or the
    first of a later section), numbered 1, 2, 3 … in reading order: the item's number is
    what a citation of the meeting can name, the printed number its `label`."""
    best: list[NumberedStart] = []
    for k, first in enumerate(found):
        if first.number % 1000 != 1 or not first.evidence:
            continue
        chain = [first]
        for nxt in found[k + 1:]:
            (a, b), (c, d) = divmod(chain[-1].number, 1000), divmod(nxt.number, 1000)
            if (c == a and d == b + 1) or (c > a and d == 1):
                chain.append(nxt)
        while chain and not chain[-1].evidence:
            chain.pop()
        if len(chain) > len(best):
            best = chain
    # (the printed "2.1" kept as the item's label)
    return [NumberedStart(s.line, s.body, n, s.title, label="{}.{}".format(*divmod(s.number, 1000)))
            for n, s in enumerate(best, 1)]


def _heads_item(lines: list[str], start: NumberedStart, is_heading: Check,
                is_marker: Check) -> bool:
    """The item's own lines (a section heading, a case number) right below its heading,
    within its next two lines with text."""
    below = [s for ln in lines[start.body:start.body + 6] if (s := ln.strip())][:2]
    return any(is_heading(s) or is_marker(s) for s in below)


def _heads(lines: list[str], start: NumberedStart, decimal: list[NumberedStart]) -> bool:
    """A numbered line that only heads a section of items: the first item follows it."""
    nxt = next((k for k in range(start.line + 1, len(lines)) if lines[k].strip()), None)
    return nxt is not None and any(d.line == nxt for d in decimal)


def _title_ok(title: str) -> bool:
    title = title.strip()
    if not title or len(title) > 250:
        return False
    return not title.endswith((".", ";", ":", ",")) or bool(ABBREVIATION_END_RE.search(title))


def _candidates(lines: list[str], style: str, is_heading: Check, is_marker: Check,
                is_toc: Check) -> list[NumberedStart]:
    rx = {"dot": DOT_ITEM_RE, "paren": PAREN_ITEM_RE, "space": SPACE_ITEM_RE,
          "bare": BARE_NUMBER_RE, "letter": LETTER_ITEM_RE, "roman": ROMAN_ITEM_RE,
          "decimal": DECIMAL_ITEM_RE}[style]
    filled = [i for i, ln in enumerate(lines) if ln.strip() and "\f" not in ln]
    labels = _repeated(lines)
    out: list[NumberedStart] = []
    for k, i in enumerate(filled):
        m = rx.match(lines[i])
        if not m or is_toc(lines[i]) or (k and _dated_year(lines[filled[k - 1]], m.group(1))):
            continue
        if style in ("dot", "paren") and _in_value_list(lines, i):
            continue  # ("Bilag: 1. Oversigt …" / "2. Elevtal …": the value's list)
        if style == "bare":
            if _near_page_break(lines, i) or k + 1 >= len(filled):
                continue
            first = filled[k + 1]
            head = lines[first].strip()
            if closes(mark_line(head.rstrip(":"))) and k + 2 < len(filled) and not is_marker(
                    nxt := lines[filled[k + 2]].strip()) and not is_heading(nxt):
                first, head = filled[k + 2], f"{head.rstrip('.:')}: {nxt}"  # ("7" / "LUKKET
                # PUNKT(:)" / "Salg af …": a closed item's banner, the mark above its title)
            elif is_marker(head) or BARE_NUMBER_RE.match(head) or DOT_ITEM_RE.match(head):
                continue
            if is_heading(head):  # ("5" / "Orientering": an item only where 5 fits the run)
                out.append(NumberedStart(i, first + 1, int(m.group(1)), head,
                                         section_titled=True))
                continue
            title, body = _wrapped(lines, first, head, is_heading, is_marker, rx, labels)
        elif style == "decimal":
            title, body = _wrapped(lines, i, m.group(3), is_heading, is_marker, rx, labels)
        else:
            title, body = _wrapped(lines, i, m.group(2) or m.group(3) or "", is_heading,
                                   is_marker, rx, labels)
        if not _title_ok(title):
            continue
        number = int(m.group(1)) * 1000 + int(m.group(2)) if style == "decimal" else (
            ord(m.group(1)) - ord("A") + 1) if style == "letter" else roman_value(
            m.group(1)) if style == "roman" else int(m.group(1))
        out.append(NumberedStart(i, body, number, title))
    # the item's own lines must follow before the next candidate
    closed_part, seen = False, 0
    for n, start in enumerate(out):
        for line in lines[seen:start.line]:  # "Lukkede punkter" above: titles only
            closed_part = state if (state := part_state(line)) is not None else closed_part
        seen = start.line
        end = out[n + 1].line if n + 1 < len(out) else len(lines)
        while n + 1 < len(out) and end - 1 >= start.body and OPEN_MARK_RE.match(
                lines[end - 1].strip()):
            end -= 1  # "Åbent punkt" right above the next heading is that one's badge
        if style in ("dot", "paren", "decimal"):
            window = [ln.strip() for ln in lines[start.body: min(end, start.line + _WINDOW)]]
        else:
            window = [ln.strip() for ln in lines[start.body:end] if ln.strip()][:_EVIDENCE_LINES]
        # a closed item is printed as its title only, or as the mark alone ("5. Lukket
        # punkt"): the mark is its own evidence
        start.evidence = any(w and (is_heading(w) or is_marker(w)) for w in window) or (
            closed_title(start.title)[0]) or closes(OPEN_MARK_RE.match(start.title)) or closed_part
    return out


# A label whose value opens a numbered list on its line: "Bilag: 1. Oversigt over …"
_VALUE_LIST_RE = re.compile(r"^\s*[A-ZÆØÅ][^:\d]{0,30}:\s+1[.)]\s+\S")


def _in_value_list(lines: list[str], i: int) -> bool:
    """A numbered line that goes on with the list a label's value opens right above it,
    no blank line between (a form's cell of attachments, one a paragraph): no item."""
    k = i - 1
    while k >= 0 and i - k <= 12 and lines[k].strip():
        if _VALUE_LIST_RE.match(lines[k]):
            return True
        k -= 1
    return False


# A date wrapped before its year: "… møde den 25. juni" / "2024." (no item 2024)
_NO_YEAR_RE = re.compile(rf"\b\d{{1,2}}\.\s*(?i:{'|'.join(DANISH_MONTHS)})$")


def _dated_year(before: str, number: str) -> bool:
    """A year's number on the line after a day and month: the wrapped date's year."""
    return number[:2] in ("19", "20") and len(number) == 4 and bool(
        _NO_YEAR_RE.search(before.rstrip()))


def _near_page_break(lines: list[str], i: int) -> bool:
    """A number alone next to a page break is the page's number: the break is the next
    line with anything on it, before or after. (Below the page's running header it is
    an item's number printed above its title.)"""
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and not lines[k].strip() and "\f" not in lines[k] \
                and abs(k - i) <= 2:
            k += step
        if 0 <= k < len(lines) and "\f" in lines[k]:
            return True
    return False


def _wrapped(lines: list[str], i: int, title: str, is_heading: Check, is_marker: Check,
             rx: re.Pattern, labels: frozenset[str] = frozenset()) -> tuple[str, int]:
    """A title wraps onto the following lines until a blank line, a heading or a marker
    (or a line printed under several items, `labels`: a section's label)."""
    body = i + 1
    while body < len(lines) and body <= i + TITLE_LINES:
        nxt = lines[body].strip()
        if year_below(lines, body, is_marker):  # ("…ordninger" / "2016" / "Sagsnr.: …")
            # (a range of years wrapped after its hyphen: "… 2023-" / "2026")
            title, body = f"{title}{'' if title.endswith('-') else ' '}{nxt}", body + 1
            continue
        if (not nxt or is_heading(nxt) or is_marker(nxt) or rx.match(nxt) or "\f" in nxt
                or LABEL_LINE_RE.match(nxt) or sentence_after(title, nxt)
                or (BULLET_RE.match(nxt) and not dash_tail(  # ("- endelig vedtagelse")
                    title, lines, body, lambda s: is_marker(s) or is_heading(s)))
                or SUB_ITEM_RE.match(nxt)  # "- Kulturnatten …", "4a. …"
                or RULE_RE.match(nxt)  # (a typist's underline: "Punkt A: Title" / "-----")
                or signature_heading(nxt)  # ("Underskrifter" below a closed item's title)
                or (nxt.endswith(":") and len(nxt.split()) <= 4)  # (a label: "Vejbump:")
                or _LETTER_POINT_RE.match(nxt)  # (its text's list: "a) Hovedstadens …")
                or _caps_then_prose(title, nxt) or nxt in labels
                or prose_after(title, lines, body, is_heading)
                or (body == i + 1 and body_below(lines[i], nxt))):
            break
        title = join_wrapped(title, nxt)
        body += 1
    return re.sub(r"\s+", " ", title).strip(), body


_LETTER_POINT_RE = re.compile(r"^[a-zæø][.)]\s+\S")


def _repeated(lines: list[str], times: int = 3) -> frozenset[str]:
    """The lines a file prints `times` times or more: a label under each item's title
    ("ADMINISTRATIONENS INDSTILLING"), which no title is."""
    counts = Counter(s for ln in lines if (s := ln.strip()))
    return frozenset(s for s, n in counts.items() if n >= times)


def _caps_then_prose(title: str, nxt: str) -> bool:
    """A title printed in capitals wraps onto capitals: a line in lower case after it is
    the item's text (or a label's), not the title's end."""
    return title.isupper() and any(c.islower() for c in nxt)


def _inner_lists(found: list[NumberedStart], lines: list[str]) -> list[NumberedStart]:
    """The candidates without the numbered lists inside an item's text: a run 1, 2, 3 …
    whose entries follow one another line after line ("1. Tager status til efterretning",
    "2. Godkender handleplanen"), after a candidate with the item's own lines after it.
    Items have their text between them; only a list before the first item (a contents
    list, an agenda without texts) may read as one."""
    drop: set[int] = set()
    k = 0
    while k < len(found):
        j = k
        while (found[k].number == 1 and j + 1 < len(found)
               and found[j + 1].number == found[j].number + 1
               and not any(ln.strip() for ln in lines[found[j].body: found[j + 1].line])):
            j += 1
        # (an item with its own lines: a contents line with its closed mark, "7. Køb af
        # jord (lukket)", has none, and the headings "1. TITLE" / "2. TITLE" below the
        # contents are no list inside it)
        before = [f for n, f in enumerate(found[:k]) if f.evidence and any(
            ln.strip() for ln in lines[f.body:found[n + 1].line])]
        if j > k and before:
            # the agenda's next item may follow the list after a blank line ("1. Forslag
            # …" / "2. Høringsnotat" / "" / "3. NY AKUTMODTAGELSE …" after item 2): it stays
            # (a PDF's text has no blank lines: then it stays when no later line with
            # its number has the item's own lines after it)
            last = found[j]
            stays = last.number == before[-1].number + 1 and last.evidence and (any(
                not ln.strip() for ln in lines[found[j - 1].body: last.line]) or not any(
                f.number == last.number and f.evidence for f in found[j + 1:]))
            drop.update(range(k, j if stays else j + 1))
        k = j + 1
    return [f for n, f in enumerate(found) if n not in drop]
