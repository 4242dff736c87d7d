"""One file holding several meetings, as a day's minutes are often published together
(the committee at 15:00, the council at 19:00): each meeting has its own header (the
kind of document, the committee, "Mødedato: …") and numbers its items from 1 again.

A meeting starts again where an item "1" follows a header block of its own: between the
previous item's line and the new "Punkt 1" stands a date line, and with it a label
("Mødedato:", "Dato:", "Mødested:"), the document's kind ("Referat", "Dagsorden") or the
body's name alone on its line (a secretariat's digest of the week's meetings:
"ØKONOMIUDVALGET" / "Onsdag den 13. marts 2024 kl. 08.00, Rådhuset").
A contents list before the items has no such block between its lines and the first
item, so it starts no meeting; nor does a PDF's running header printed again at the top
of a page where an item's decision goes on ("Ad 1: Godkendt." under "Beslutningsprotokol
- Byrådets møde onsdag den 24. april 2024", as on the pages before): a block whose every
line already stood at the top of an earlier page is that page's furniture.

A collection of printed minutes ("Samlede referater 2021") binds each meeting with its
own cover page, where its page counter starts again ("Side 1 af 3"): the meeting starts
at that page's top, though right above its item 1 stands only the running header its
item pages print (`counted_pages.count_starts`). A year page or an archive heads each
meeting with its day alone over its kind ("Tirsdag 11. marts 2025" / "Referat"), an
agenda's notice perhaps under the kind ("Referatet offentliggøres, når det er
godkendt."); a cancelled meeting there, its day and "Mødet er aflyst" without items, is
no meeting, nor the text of the item above it (`cancelled.cancelled_block`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .cancelled import cancelled_block
from .counted_pages import count_starts, page_counter
from .dated import dated_decision
from .dates import day_heading, written_date
from .meeting_heads import COUNTER_RE, full_head_cuts, head_top, meeting_line
from .meeting_heads import line_shape as _shape
from .text_dividers import is_group_heading
from .text_header_committee import BODY_NAME_RE
from .text_items import MD_ITEM_RE, PLAIN_ITEM_RE
from .text_lines import normalize
from .text_numbered import NUMBERED_LINE_RE
from .text_sections import section_name
from .toc_lines import leaders_on_titles

_LABEL_RE = re.compile(r"^\**(?:mødedato|dato|mødested|sted|mødetidspunkt|tidspunkt)\**\s*:",
                       re.IGNORECASE)
_KIND_RE = re.compile(
    r"^\**#*\s*(?:åbent |åben |lukket )?(?:referat|dagsorden|beslutningsprotokol)\b",
    re.IGNORECASE)
# A head's note under its labels ("Bemærkninger: Pia Højer Lund deltog fra og med punkt
# 3."), or its line of staff and referent ("Desuden deltog: Centerchef … Referent: …."):
# a sentence, yet the head's line, not the previous item's text
_NOTE_RE = re.compile(r"^\**(?:bemærkning(?:er)?|note|noter|desuden deltog|endvidere deltog|"
                      r"referent)\**\s*:", re.IGNORECASE)
_KINDS = ("referat", "dagsorden", "beslutningsprotokol")
_BLOCK = 30  # non-empty lines a header block (with its members, one a line) may hold


def meeting_spans(lines: list[str], item_re: re.Pattern, is_heading: Callable[[str], bool],
                  titled: bool = False, running_re: re.Pattern | None = None
                  ) -> list[tuple[int, int]]:
    """The (first, end) line indices of each meeting; one span for the usual file.
    `titled`: a header block must name the document's kind too ("Referat"), as items
    numbered without a keyword ("1. …") are also an item's own numbered lists;
    `running_re`: keyword lines that may be items numbered on through the year ("Pkt.
    152"), whose full heads start meetings too (`full_head_cuts`)."""
    items = [(i, int(m.group(1))) for i, ln in enumerate(lines)
             if (m := item_re.match(ln.strip()))]
    running = [(i, int(m.group(1))) for i, ln in enumerate(lines)
               if running_re is not None and (m := running_re.match(ln.strip()))]
    cuts: list[int] = []
    counts = count_starts(lines)
    for n, (i, number) in enumerate(items):
        if number != 1 or n == 0:
            continue
        lo = items[n - 1][0] + 1
        start = _header_start(lines, lo, i, is_heading, titled)
        # (a page counter starting again, "Side 1 af 3", after the previous item: the next
        # document of a collection begins at that page's top, its cover head whole, though
        # the head right above the item is the running header its other pages print)
        restart = next((k for k in reversed(counts) if start is not None and lo <= k <= start),
                       None)
        if restart is not None:
            cuts.append(restart)
        elif start is not None and not _running_header(lines, start, i):
            cuts.append(start)
    # (a committee's referat and the council's printed together: 1–5, then 141–147)
    cuts = sorted({*cuts, *full_head_cuts(lines, items, is_heading, _running_header),
                   *full_head_cuts(lines, running, is_heading, _running_header)})
    bounds = [0, *cuts, len(lines)]
    # (a cancelled meeting's day and notice after a meeting's last item, no items of its
    # own: no meeting, and no text of that item: the span ends above it)
    spans = [(a, cancelled_block(lines, max((i for i, _ in items if a <= i < b), default=b), b)
              or b) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    return spans[1:] if len(spans) > 2 and _contents_only(lines, spans[0], items,
                                                          is_heading) else spans


def _contents_only(lines: list[str], span: tuple[int, int], items: list[tuple[int, int]],
                   is_heading: Callable[[str], bool]) -> bool:
    """Whether the file's first span is only its head and a contents list of the meetings
    that follow (each meeting's items listed under "Ekstraordinært møde kl. 14:30" and
    "Ordinært møde kl. 15:00"): no section of its own, and every item line it lists
    printed again below."""
    first, end = span
    listed = [_shape(lines[i]) for i, _ in items if first <= i < end]
    below = {_shape(lines[i]) for i, _ in items if i >= end}
    return bool(listed) and set(listed) <= below and not any(
        is_heading(lines[k].strip()) for k in range(first, end))


_EDGE = 3  # lines at a page's top that may be its running header (as `page_edges` reads)


def _running_header(lines: list[str], start: int, item: int) -> bool:
    """Whether the header block `start` … `item` is only a running header: each of its
    lines stood at the top of an earlier page (the first page's included), or the block
    repeats the front page's first lines line for line (a meeting header block printed
    again above each item's new page, longer than a page's edge). A page's counter
    ("Side 2") below the header is no line of it."""
    said = [_shape(ln) for ln in lines[:item] if _furniture_candidate(ln)]
    shown = [_shape(ln) for ln in lines[start:item] if _furniture_candidate(ln)]
    if len(shown) > _EDGE and said[:len(shown)] == shown and "\f" in "".join(lines[:start]):
        return True
    block = set(shown)
    tops: set[str] = set()
    page: list[str] = []
    for k, line in enumerate(lines[:start]):
        if "\f" in line or k == 0:  # (a form feed, a line of its own, opens a page)
            page = []
        if _furniture_candidate(line) and len(page) < _EDGE:
            page.append(_shape(line))
            tops.add(page[-1])
    # (the page break may stand inside the block: the page foot above it, "… Side 1 af 5")
    return bool(block) and block <= tops and "\f" in "".join(lines[:item])


def _furniture_candidate(line: str) -> bool:
    """A filled line that may be a running header's: no page break, no page counter, and
    no group band of the agenda printed below the header ("A. SAGER TIL BESLUTNING" on
    the first page of the items: the agenda's part, not a new meeting's header)."""
    s = line.strip()
    return bool(s) and s != "\f" and not COUNTER_RE.match(s) and not is_group_heading(s) and (
        page_counter(s) is None)  # (nor a page's foot ending in its counter: "… Side 1 af 5")


def _body_name(line: str) -> bool:
    """A line that is a body's name alone: "ØKONOMIUDVALGET", "Teknik- og Miljøudvalget"
    (a digest of several committees' decisions heads each block so)."""
    s = line.strip("*#_ \t")
    return len(s) <= 60 and bool(BODY_NAME_RE.search(s)) and not _KIND_RE.match(s)


def _agenda_list(lines: list[str], k: int, item: int) -> bool:
    """Whether line `k` is the word "Dagsorden" alone over the head's numbered list of the
    items ("1. Godkendelse af dagsorden"): the head's list, its kind and date above it.
    The list's first line may be the item 1 the block is read above (a markdown archive's
    "### Dagsorden" over "1. …", each item's "## 1. …" below)."""
    after = next((ln.strip() for ln in lines[k + 1:item + 1] if ln.strip()), "")
    return lines[k].strip("*#_: \t").lower() == "dagsorden" and bool(NUMBERED_LINE_RE.match(after))


def _under_kind(lines: list[str], above: list[int]) -> bool:
    """Whether the filled line above a sentence is the document's kind alone: the head's
    notice under it ("Dagsorden" / "Referatet offentliggøres, når det er godkendt."), not
    the previous item's text."""
    return bool(above) and lines[above[-1]].strip("*#_: \t").lower() in _KINDS


def _header_start(lines: list[str], lo: int, item: int, is_heading: Callable[[str], bool],
                  titled: bool) -> int | None:
    """Where the header block before line `item` begins, or None when there is none."""
    filled = [k for k in range(lo, item) if lines[k].strip()][-_BLOCK:]
    start = None
    dated = labelled = kind = named = False
    for n, k in reversed(list(enumerate(filled))):
        s = lines[k].strip()
        if is_heading(s) or dated_decision(s) or (s.endswith((".", "!", "?"))
                                                   and not _LABEL_RE.match(s)
                                                   and not _NOTE_RE.match(s)
                                                   and not _under_kind(lines, filled[:n])):
            break  # the previous item's text
        dated = dated or bool(written_date(s))
        labelled = labelled or bool(_LABEL_RE.match(s) or _KIND_RE.match(s))
        named = named or _body_name(s)
        start = k
        if _KIND_RE.match(s) or meeting_line(s):
            kind = True
            if not _agenda_list(lines, k, item):
                break  # "Referat" (or "Møde nr. 2/2022 – Tirsdag den …") opens the block
    above = [k for k in filled if start is not None and k < start][-1:]
    if kind and above and day_heading(lines[above[0]].strip()):
        start, dated = above[0], True  # (a year page's "Tirsdag 11. marts 2025" over "Referat")
    if start is None or not (dated and (labelled or named)) or (titled and not (kind or named)):
        return None
    # ("Stevns Kommune" above "Referat" heads the new meeting too)
    return head_top(lines, filled[0] if filled else start, start)


def split_text(text: str) -> list[str]:
    """The text of each meeting in a file (`meeting_spans`): most files hold one."""
    lines = normalize(leaders_on_titles(text)).split("\n")  # (a contents line's leader)
    # keyword lines make the items when one is an item 1 ("Sag 3 udgår." looks for no "Sag 1")
    item_re = next((rx for rx in (MD_ITEM_RE, PLAIN_ITEM_RE) if any(
        (m := rx.match(ln.strip())) and m.group(1) == "1" for ln in lines)), NUMBERED_LINE_RE)
    numbered = item_re is NUMBERED_LINE_RE  # (no keyword item 1: "Pkt. 145" … "Pkt. 158")
    spans = meeting_spans(lines, item_re, lambda s: bool(section_name(s)), titled=numbered,
                          running_re=PLAIN_ITEM_RE if numbered else None)
    return ["\n".join(lines[a:b]) for a, b in spans]
