"""Page furniture told by where it stands: a line at the top or bottom of most pages of
a PDF's text (a running header, a footer, a page number alone), known by the form feeds
between the pages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from .common import CANONICAL_HEADINGS
from .footer_pages import without_heads_under_footers
from .letterhead_foot import foot_block_lines, foot_letterheads, without_letterhead_foot
from .structure_lines import ATTENDANCE_RE, STRUCTURE_RE, is_structure

EDGE = 3  # lines at the top and at the bottom of a page that may be header or footer
DATE_IN_LINE_RE = re.compile(
    r"\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|\b\d{1,2}\.\s*[a-zæøå]+\s+\d{4}\b"
)


# A page's number in roman numerals after the footer's text ("Byrådet, 15. december 2009  ii")
_ROMAN_PAGE_RE = re.compile(r"(?<=\S)\s+[ivx]{1,5}$")


# A running header that names the page's current item after the meeting's committee and
# date ("Økonomiudvalget 22-04-2025 · 3. Anlægsbevilling …"): the part before the
# separator repeats on every page, the item after it changes
_RUNNING_TITLE_RE = re.compile(r"^(.{4,60}?)\s+[·|–—]\s+\S.*$")
_RUNNING_MARK = " · …"
# a hyphen's compound cut before "og" ("Kultur- og"), with or without its space
_SPACE_AFTER_DASH_RE = re.compile(r"(?<=\w)- (?=og |eller )")
# a number alone ("3"), or an item's number printed with its dot above the title ("412.")
_BARE_NUMBERS = ("#", "#.")
# A running header's note that the meeting went on another day, on the later pages only:
# "Mødet den 02.05.2007 (fortsat 03.05.2007)" is the header "Mødet den 02.05.2007"
_CONTINUED_NOTE_RE = re.compile(r"\s*\((?:fortsat|fortsættelse|forts\.|genoptaget)"
                                r"(?:\s[^()]{0,40})?\)$", re.IGNORECASE)


def _running_head(line: str) -> str:
    """A running header naming the current item as its fixed part (the committee and
    date, then a mark); any other line as it is."""
    head = _RUNNING_TITLE_RE.match(line)
    if head and DATE_IN_LINE_RE.search(head.group(1)) and not is_structure(head.group(1)):
        return head.group(1) + _RUNNING_MARK
    return line


# A page's counter alone on its line, "Side 3 af 7": where a page ended in text pasted
# from a PDF viewer, which keeps no form feeds
_COUNTER_ALONE_RE = re.compile(r"^(?:side|page)\s*\d+\s*(?:af|/|of)\s*\d+$", re.IGNORECASE)
_MIN_COUNTERS = 3


def _page_ends(lines: list[str]) -> set[int]:
    """The lines where a page ended: its form feeds, or, in a text without any, its
    counters alone on their lines when there are three or more ("Side 2 af 7")."""
    feeds = {k for k, ln in enumerate(lines) if "\f" in ln}
    counters = {k for k, ln in enumerate(lines) if _COUNTER_ALONE_RE.match(ln.strip())}
    return feeds or (counters if len(counters) >= _MIN_COUNTERS else set())


# A page's counter the text layer glued to the header beside it: "Side 1 af 5Teknik- og
# Miljøudvalget - Referat - …" (a browser's print footer and the page's own heading)
_GLUED_COUNTER_RE = re.compile(r"^(\f?(?:side|page)\s*\d+\s*(?:af|/|of)\s*\d+)(?=(?-i:[A-ZÆØÅ]))",
                               re.IGNORECASE)


def unglued_counters(lines: list[str]) -> list[str]:
    """Each page counter glued to the text after it on a line of its own.

    >>> unglued_counters(["Side 1 af 5Teknik- og Miljøudvalget - Referat", "Side 2"])
    ['Side 1 af 5', 'Teknik- og Miljøudvalget - Referat', 'Side 2']
    """
    return [part for line in lines
            for part in (_GLUED_COUNTER_RE.sub("\\1\n", line).split("\n")
                         if _GLUED_COUNTER_RE.match(line) else [line])]


def drop_page_edges(lines: list[str]) -> list[str]:
    """With page breaks known (a form feed between a PDF's pages, or the page's counter
    alone in a paste): a line at the top or bottom of most pages (digits aside: "Side 3
    af 14") is page furniture, on every page but the first, whose header the front page
    needs."""
    lines = unglued_counters(lines)
    pages: list[list[str]] = [[]]
    ends = _page_ends(lines)
    if not ends:  # (an OCR export's pages, known only by their footers' counters)
        return without_heads_under_footers(lines)
    for k, line in enumerate(lines):
        if k in ends:
            pages.append([])
        else:
            pages[-1].append(line)
    def shape(line: str) -> str:
        # (`pdftotext -layout` spaces a header's cells by each page's widest line; a
        # footer counts the front matter's pages in roman numerals: "Byrådet, … ii")
        said = " ".join(_running_head(line.strip()).split())
        said = re.sub(r"\d+", "#", _CONTINUED_NOTE_RE.sub("", said))
        # (a printer driver that sets each word on its own loses a space here and there:
        # "Kultur- og Fritidsudvalget" on one page is "Kultur-og Fritidsudvalget" on the next)
        return _SPACE_AFTER_DASH_RE.sub("-", _ROMAN_PAGE_RE.sub(" #", said))

    # (and a template's footer printed on one page: "SAMSØ KOMMUNE" / "Teknik og Miljø")
    raw = [_without_spelled_mark(page) for page in pages]
    pages = _without_header_block([without_letterhead_foot(page) for page in raw], shape)
    if len(pages) == 2:  # the second page repeats the first page's header or footer
        return _two_pages(*pages, shape)
    if len(pages) < 3:
        return lines

    def edges(page: list[str], gone: frozenset[int] = frozenset()
              ) -> dict[int, tuple[str, str]]:
        """Row → (which edge, shape) for the rows at the top and bottom of a page: a
        header repeats at the top, a footer at the bottom. (An item's number alone at
        the top of a page is no page number from the bottom of every page; a case number
        alone, the item's own line, is no furniture however alike its digits.) Rows
        `gone` (furniture already) leave the edge to the rows inside them."""
        filled = [i for i, ln in enumerate(page) if ln.strip() and i not in gone]
        rows = {i: ("bottom", shape(page[i])) for i in filled[-EDGE:]}
        rows.update({i: ("top", shape(page[i])) for i in filled[:EDGE]})
        return {i: at for i, at in rows.items() if not _CASE_LINE_RE.match(page[i].strip())}

    # (the front page's own header counts as one of a short file's three pages, and so
    # does its foot: a running header the PDF draws last ends the front page's text too)
    filled = [ln for ln in pages[0] if ln.strip()]
    front = {shape(ln) for ln in filled[:EDGE] + filled[-EDGE:]}
    # (the template's letterhead ending most pages heads a page of signatures too)
    furniture = _furniture(pages, edges, front) | {("top", shape(name))
                                                   for name in foot_letterheads(raw)} | {
        ("bottom", shape(line)) for line in foot_block_lines(raw)}  # (its footer, the name atop)
    first = [i for i, ln in enumerate(pages[0]) if ln.strip()]
    foot = set(first[-EDGE:]) if len(first) > 2 * EDGE else set()  # its header is needed
    out = [ln for i, ln in enumerate(pages[0])
           if not (i in foot and ("bottom", shape(ln)) in furniture and not is_structure(ln))]
    # a footer block deeper than the edge ("Kommune – Byrådet" / "Beslutningsprotokol
    # 28.06.2018" above "Udskrevet …" / "Side 2 af 4" / "Initialer: ___"): once the foot's
    # furniture is gone, the lines right above it are read as the page's foot again (no
    # sentence: a decision's last line, "Ad 2: Godkendt.", is the item's)
    feet = {id(page): frozenset(i for i, at in edges(page).items() if at[0] == "bottom"
                                and at in furniture and not is_structure(page[i]))
            for page in pages}

    def above_feet(page: list[str]) -> dict[int, tuple[str, str]]:
        return {i: at for i, at in edges(page, feet[id(page)]).items()
                if feet[id(page)] and at[0] == "bottom"}

    # (the front page's lines above its own foot count too: a header block drawn last)
    deeper = {k for k in _furniture(pages, above_feet,
                                    front | {at[1] for at in above_feet(pages[0]).values()})
              if not k[1].endswith((".", "!", "?", ":"))}
    # a running header the PDF draws first on some pages and last, above the footer, on
    # the others: counted at either end, a line at both on most pages is furniture there
    ends = _furniture(pages, lambda page: {**{i: at for i, at in edges(page).items()
                                             if at[0] == "top"}, **above_feet(page)}, front)
    ends = {k for k in ends if ("top", k[1]) in ends and ("bottom", k[1]) in ends}
    furniture, deeper = furniture | ends, deeper | ends
    kept = [out]
    alone = Counter(at for page in pages[1:] for at in set(edges(page).values()))
    for page in pages[1:]:
        at_edge = edges(page)
        inside = {i for i, at in above_feet(page).items()
                  if at in deeper and not is_structure(page[i])}
        own = _printed_twice(page, at_edge, furniture, alone)
        kept.append([ln for i, ln in enumerate(page) if i not in inside and (
            i in own or not (at_edge.get(i) in furniture and not is_structure(ln)))])
    return _joined(_without_letterhead_feet(kept))


def _printed_twice(page: list[str], at_edge: dict[int, tuple[str, str]],
                   furniture: set[tuple[str, str]], alone: Counter[tuple[str, str]]) -> set[int]:
    """The rows of a page that read as furniture only because the other edge of most
    pages prints them, on a page that prints them at that other edge too, right under a
    section's heading: its text (the committee's name under "Beslutningen træffes af" at
    the foot of a page headed by that name)."""
    filled = [i for i, ln in enumerate(page) if ln.strip()]
    above = {i: page[j].strip().rstrip(":").lower() for j, i in pairwise(filled)}
    return {i for i, at in at_edge.items() if at in furniture and alone[at] < 2
            and above.get(i) in CANONICAL_HEADINGS and any(
                other[1] == at[1] and other[0] != at[0] and other in furniture
                for other in at_edge.values())}


# A municipality's letterhead, its department after it: "Lejre Kommune", "AALBORG KOMMUNE
# | Sundheds- og Kulturforvaltningen"
_LETTERHEAD_RE = re.compile(r"^(?:[A-ZÆØÅ][\w.-]*\s+){1,3}(?:Kommune|KOMMUNE)"
                            r"(?:\s+[|·–—-]\s+\S.{0,80})?$")


def _without_letterhead_feet(pages: list[list[str]]) -> list[list[str]]:
    """The pages without the municipality's letterhead that ends every one of them once
    the footer below it is gone (a running header the PDF draws last, so its text comes
    after the page's own: "Lejre Kommune" above "… Side 2 af 3"), where it would end a
    decision that the page break cut. A header printed from page 2 on only ends every
    page after the first (two at least)."""
    last = [max((i for i, ln in enumerate(page) if ln.strip()), default=-1) for page in pages]
    said = [" ".join(page[i].split()) if i >= 0 else ""
            for page, i in zip(pages, last, strict=True)]
    first = int(len(set(said)) != 1 and len(pages) >= 3)  # (the first page without it)
    if len(pages) < 2 or len(set(said[first:])) != 1 or not _LETTERHEAD_RE.match(said[-1]):
        return pages
    return [page if k < first else page[:i] + page[i + 1:]
            for k, (page, i) in enumerate(zip(pages, last, strict=True))]


def _joined(pages: list[list[str]]) -> list[str]:
    """The pages' lines, a blank line where each page broke."""
    return [ln for k, page in enumerate(pages) for ln in ([""] if k else []) + page]


# A case number alone on its line ("00.01.00-A00-7-18", "16/3025"): an item's own line
_CASE_LINE_RE = re.compile(r"^(?:\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|\d{2,4}/\d{3,})$")


def _furniture(pages: list[list[str]],
               edges: Callable[[list[str]], dict[int, tuple[str, str]]],
               front: set[str]) -> set[tuple[str, str]]:
    """The (edge, shape)s that are page furniture: lines at the same edge of most pages
    after the first."""
    seen: dict[tuple[str, str], int] = {}
    # a page number alone counts up with the pages; item numbers above their titles
    # at the top of pages 3 and 4 ("3", "5") do not
    offsets: dict[tuple[str, str], set[int]] = {}
    for n, page in enumerate(pages[1:], 1):
        for i, key in edges(page).items():
            if key[1] in _BARE_NUMBERS:
                offsets.setdefault(key, set()).add(int(page[i].strip().rstrip(".")) - n)
        for key in set(edges(page).values()) | {("", shape) for _, shape in
                                                 edges(page).values() if shape != "#"}:
            seen[key] = seen.get(key, 0) + 1
    # a running header may end the page before (either edge counts), a bare number
    # only at its own edge
    seen = {(edge, shape): seen[("", shape)] if shape != "#" else n
            for (edge, shape), n in seen.items()
            if edge and len(offsets.get((edge, shape), ())) <= 1
            and (shape not in _BARE_NUMBERS
                 or not _item_numbers(pages[1:], (edge, shape), edges))}
    furniture = {k for k, n in seen.items() if n >= max(2, 0.6 * (len(pages) - 1))
                 # (a footer with the secretariat's address runs longer: "X · sekretariat:
                 # Y Kommune, Parkvej 37, 4800 Nykøbing F.")
                 and len(k[1]) <= (_ADDRESS_FOOT if "#" in k[1] else 100)
                 and not STRUCTURE_RE.match(k[1])
                 # (nor a section's known heading: "Kompetence" on top of each item's page)
                 and k[1].lower() not in CANONICAL_HEADINGS
                 # a line without digits must repeat on three pages and read as no sentence:
                 # "Godkendt." ending every one-page item is the item's text
                 and ("#" in k[1] or (n + (k[1] in front) >= 3
                                      and not k[1].endswith((".", "!", "?", ":"))))
                 # (nor who was not there: eDoc ends each item's page with "Følgende
                 # deltog ikke i behandlingen af punktet: Lise Dahl")
                 and not ATTENDANCE_RE.search(k[1])}
    return furniture | _beside_counter(pages[1:], edges, furniture)  # (a booklet's mirrored heads)


_ADDRESS_FOOT = 140  # a footer line with digits (an address) is no longer than this

_SPELLED_MARK = 3  # letters alone on their lines, at least, that spell a watermark


def _without_spelled_mark(page: list[str]) -> list[str]:
    """The page without a watermark drawn letter by letter over its text ("UDKAST",
    "KOPI" set large and slanted, each letter on its own): the text gives its letters a
    line each after the page's own lines ("U" / "D" / "K" / "A" / "S" / "T"), where they
    would hide the footer and run on into the last section's text."""
    filled = [k for k, ln in enumerate(page) if ln.strip()]
    run = 0
    while run < len(filled) and re.fullmatch(r"[A-ZÆØÅ]", page[filled[-1 - run]].strip()):
        run += 1
    if run < _SPELLED_MARK:
        return page
    return page[:filled[-run]]


def _beside_counter(pages: list[list[str]],
                    edges: Callable[[list[str]], dict[int, tuple[str, str]]],
                    furniture: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """A booklet's running heads, mirrored on facing pages ("518  Økonomiudvalget ·
    Beslutningsprotokol" on the even pages, "Mødet den 21. oktober 2025  519" on the odd
    ones): each repeats only on every other page, too seldom for the rule above, but
    stands at the edge beside the page's own number (a number alone that is furniture
    there). Such a line, on two pages or more, reading as no sentence, is furniture too."""
    counters = {edge for edge, shape in furniture if shape == "#"}
    count: dict[tuple[str, str], int] = {}
    for page in pages:
        at_edge = edges(page)
        beside = {edge for edge, shape in at_edge.values() if shape == "#"} & counters
        for edge, shape in set(at_edge.values()):
            if edge in beside and shape != "#" and len(shape) <= 100 and not (
                    shape.endswith((".", "!", "?", ":")) or STRUCTURE_RE.match(shape)
                    or is_structure(shape) or ATTENDANCE_RE.search(shape)):
                count[(edge, shape)] = count.get((edge, shape), 0) + 1
    return {key for key, n in count.items() if n >= 2}


def _without_header_block(pages: list[list[str]],
                          shape: Callable[[str], str]) -> list[list[str]]:
    """The pages without the meeting's header block that every page repeats at its top
    when it is longer than the edge (the municipality, the kind, the committee, then
    "Mødedato", "Mødetid", "Mødested": each item on a new page under it). The block is
    the front page's first lines, repeated line for line at the top of every other page;
    the front page keeps it. So is a running header block that only the pages after the
    front page print (a side bar's stamp: the committee, "Referat 08.09.2021", "Side 2",
    the address), deeper than the edge on each, its page counter or date among them."""
    tops = [[k for k, ln in enumerate(page) if ln.strip()] for page in pages]
    if len(pages) < 2 or not all(tops):
        return pages
    depth = _depth(pages, tops, shape)
    if depth <= EDGE and len(pages) >= 3:
        later = _depth(pages[1:], tops[1:], shape)
        block = [pages[1][k].strip() for k in tops[1][:later]]
        later = next((n for n, ln in enumerate(block) if is_structure(ln)), later)  # ("Pkt. #")
        block = block[:later]
        depth = later if any(
            _COUNTER_RE.search(ln) or DATE_IN_LINE_RE.search(ln) for ln in block) else depth
    if depth <= EDGE:
        return pages
    return [pages[0]] + [[ln for k, ln in enumerate(page) if k not in top[:depth]]
                         for page, top in zip(pages[1:], tops[1:], strict=True)]


def _depth(pages: list[list[str]], tops: list[list[int]], shape: Callable[[str], str]) -> int:
    """How many first filled lines all `pages` print alike."""
    depth = 0
    while all(len(top) > depth + 1 for top in tops) and len({
            shape(page[top[depth]]) for page, top in zip(pages, tops, strict=True)}) == 1:
        depth += 1
    return depth


# A page's own counter at its edge: "Teknisk Udvalg - 11. november 2025 - Side 3"
_COUNTER_RE = re.compile(r"\b(?:side|page)\s*\d+(?:\s*(?:af|/|of)\s*\d+)?\s*$", re.IGNORECASE)
_TITLE_LINES = 3  # a title below an item's number wraps onto at most this many more lines


def _item_numbers(pages: list[list[str]], key: tuple[str, str],
                  edges: Callable[[list[str]], dict[int, tuple[str, str]]]) -> bool:
    """A number alone at the same edge of every page that is an item's (printed in a box
    before its title, one item to a page), not the page's, however it keeps pace with
    the pages: on each page a title follows it, and then the page's own counter stands
    at its edge ("… Side 3") or the item's own line follows the title (a case number, a
    section label)."""
    rows = [(page, i) for page in pages for i, at in edges(page).items() if at == key]
    return bool(rows) and all(item_number_above_title(page, i) for page, i in rows)


def item_number_above_title(page: list[str], i: int) -> bool:
    """Whether the number alone on row `i` of a page heads an item printed below it."""
    filled = [k for k, ln in enumerate(page) if ln.strip()]
    below = [page[k].strip() for k in filled if k > i]
    title = below[0] if below else ""
    if not title[:1].isupper() or title.endswith((".", "!", "?", ",", ":")) or (
            is_structure(title) or len(title) > 200):
        return False
    counter = any(_COUNTER_RE.search(page[k]) for k in filled[:EDGE] + filled[-EDGE:] if k != i)
    return counter or any(is_structure(ln) for ln in below[1:_TITLE_LINES + 2])


def _two_pages(first: list[str], second: list[str], shape: Callable[[str], str]) -> list[str]:
    """Two pages: a line at the top of the second that the first page also has at its
    top (the running header: the front page keeps it), and a line with digits or the
    document's kind alone at the bottom of both (the footer; a side band's rotated
    "T I L L Æ G S D A G S O R D E N"), are page furniture. A blank line marks the break, so
    that no title runs on into the next page."""
    from .text_header_lists import DOC_WORDS  # (it reads the header's rows: this module's)

    def edge(page: list[str], top: bool) -> list[int]:
        filled = [i for i, ln in enumerate(page) if ln.strip()]
        return filled[:EDGE] if top else filled[-EDGE:]

    heads = {shape(first[i]) for i in edge(first, True)}
    heads |= {head + _RUNNING_MARK for head in heads}  # the same, naming the page's item
    feet = {shape(first[i]) for i in edge(first, False)} & {
        shape(second[i]) for i in edge(second, False)}
    feet = {f for f in feet if ("#" in f or f.lower() in DOC_WORDS) and len(f) <= 100}
    drop_first = {i for i in edge(first, False) if shape(first[i]) in feet}
    drop_second = {i for i in edge(second, True) if shape(second[i]) in heads
                   and not second[i].strip().endswith((".", "!", "?", ":"))}
    drop_second |= {i for i in edge(second, False) if shape(second[i]) in feet}
    keep = [ln for i, ln in enumerate(first) if i not in drop_first or is_structure(ln)]
    return _joined(_without_letterhead_feet([keep, [ln for i, ln in enumerate(second)
                                                   if i not in drop_second or is_structure(ln)]]))


def per_page(lines: list[str], mend: Callable[[list[str]], list[str]]) -> list[str]:
    """`lines` with each page's lines (pages split by form feeds) replaced by
    `mend(page)`, the form-feed lines kept where they were."""
    out: list[str] = []
    page: list[str] = []
    for line in [*lines, "\f"]:
        if "\f" not in line:
            page.append(line)
            continue
        out.extend(mend(page))
        out.append(line)
        page = []
    return out[:-1]
