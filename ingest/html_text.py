"""The text of an HTML page, laid out as the text adapter reads PDF text: a block element
ends a paragraph (a blank line), so a heading or a title stays on lines of its own; a
list item stays a list item ("- …") unless it holds a heading (an agenda printed as a
list of items); a header's label and value stay on one line, whether a two-cell table
row or a definition list (`<dt>Udvalg</dt><dd>…</dd>` → "Udvalg: …"); and a block whose
class names a section (`<div class="beslutning">`, as some systems mark the decision
without a heading) is headed by that section's name.

A municipality's web page is more than the minutes: the site's header, menus, cookie
banner, breadcrumb, side bar, footer and tools are left out (`html_furniture`).
A heading over a list of people ("Deltagere" above one member an item) or over a members'
table, and a members' table read by its column heads, become a labelled list ("Deltagere:
…; …"), as a minutes header writes it (`html_people`). The municipality, when only the
page's title or the site's header names it, heads the text ("Favrskov Kommune").
"""

from __future__ import annotations

import re

from .html_anchored import anchored_decisions
from .html_archive import archived_message
from .html_aria import aria_as_html
from .html_attachments import ATTACHMENT_CLOSE, ATTACHMENT_OPEN, expanded_attachment, in_attachment
from .html_columns import inline_cell_paragraphs, unfold_section_tables
from .html_counters import number_counted_headings, number_elements
from .html_crumbs import crumbs_as_nav
from .html_data import data_as_text
from .html_digest import number_digest_headings
from .html_display import block_classes, shown_as_block
from .html_facts import facts_as_text
from .html_field_heads import headed_already
from .html_furniture import class_words, furniture_filter, site_body, site_municipality
from .html_inline_layout import inline_layout_as_html
from .html_listed_numbers import number_listed_headings
from .html_marks import marks_as_text
from .html_note_blocks import note_blocks
from .html_notes import place_notes
from .html_pdf2htmlex import pdf_pages_text
from .html_people import cell_people, people_lines
from .html_protocol import protocol_row
from .html_revisions import drop_revised_out
from .html_rowspans import spread_rowspans
from .html_run_in import split_run_in_headings
from .html_sharepoint import sharepoint_page
from .html_sheet import unsheeted
from .html_shown import drop_screen_reader_text, drop_unshown
from .html_tabs import tabs_as_sections
from .html_toggles import drop_toggle_glyphs
from .html_word_lists import word_list_marks

_BLOCK_TAGS = frozenset(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section",
                         "blockquote", "article", "table", "ul", "ol", "dl", "main", "details",
                         "summary"])
_STYLED_INLINE = frozenset(["span", "a", "small", "time", "label", "strong", "b", "em", "i"])
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# a heading's styled label naming the document's kind ("<h1>Økonomiudvalget <span
# class="meeting-type">Referat</span></h1>"): a line apart, not a word of the body's name
_KIND_LABEL_RE = re.compile(r"^(?:referat|dagsorden|beslutningsprotokol)$", re.IGNORECASE)
# the <title> is the browser tab's, not the page's text
_SKIP = frozenset(["script", "style", "noscript", "head", "title", "template"])
# A class naming the section a block holds → the heading it gets.
_SECTION_CLASSES = {"beslutning": "Beslutning", "beslutninger": "Beslutning",
                    "indstilling": "Indstilling", "sagsfremstilling": "Sagsfremstilling",
                    "resume": "Resume", "resumé": "Resume", "sammendrag": "Sammendrag",
                    "baggrund": "Baggrund", "bilag": "Bilag"}
# a class word that makes the block an earlier meeting's ("tidligere-beslutning",
# "beslutning-historik"): the case's history, no section of this meeting
_EARLIER_CLASSES = frozenset(["tidligere", "historik", "forloeb", "forløb", "sagsforloeb",
                              "sagsforløb", "earlier", "previous", "history"])


class _Colon(str):
    """The ": " after a definition list's term, unless the term ends with a colon."""


_INNER_BREAK_RE = re.compile(r"(?<=\S)[ \t]*\r?\n\s*(?=\S)")
# the line so far is a list item's marker only ("- ", "3. ")
_MARKER_TAIL_RE = re.compile(r"\n(?:-|\d{1,3}\.|[a-z]\.) +$")

def html_text(raw: str) -> str:
    """The page's text. One walk over the tree with an explicit stack: linear in the
    page's size and free of recursion however deeply it nests.

    >>> print(" | ".join(ln for ln in html_text(
    ...     "<dl><dt>Udvalg</dt><dd>Teknisk Udvalg</dd><dt>Dato:</dt><dd>03-06-2024</dd></dl>"
    ...     "<ul><li><h2>159. Budget</h2><div class='beslutning'><p>Godkendt.</p></div></li>"
    ...     "<li>Nord</li></ul>").splitlines() if ln.strip()))
    Udvalg: Teknisk Udvalg | Dato: 03-06-2024 | 159. Budget | Beslutning | Godkendt. | - Nord
    >>> print(" | ".join(ln for ln in html_text(
    ...     "<header>Favrskov Kommune</header><nav><a href='/'>Byrådet</a></nav>"
    ...     "<h1>Økonomiudvalget</h1><h2>Deltagere</h2><ul><li>Ida Ravn (A), formand</li>"
    ...     "<li>Ole Bak (V) - afbud</li></ul><div class='share'>Del siden</div>"
    ...     ).splitlines() if ln.strip()))
    Favrskov Kommune | Økonomiudvalget | Deltagere: Ida Ravn (A), formand | Afbud: Ole Bak (V)
    """
    from bs4 import BeautifulSoup
    from bs4.element import CData, NavigableString, Tag

    soup = BeautifulSoup(archived_message(raw), "html.parser")  # (a list archive's message)
    if (pages := pdf_pages_text(soup)) is not None:  # a PDF as pdf2htmlEX converts it
        return pages
    drop_revised_out(soup)  # a revised page's struck words: "Kl. <del>17.00</del> <ins>16.30"
    drop_unshown(soup)  # stale hidden content, print-only and mobile copies, a teaser
    aria_as_html(soup)  # a grid of ARIA-role `<div>`s: its tables, lists and headings
    inline_layout_as_html(soup)  # an archived page's inline-styled `<div>`s: the same
    crumbs_as_nav(soup)  # "Forside / Politik / …" that lost its <nav>: the site's
    drop_toggle_glyphs(soup)  # "+ Sagsfremstilling" on a button that opens the field
    note_blocks(soup)  # a notes app's toggles, callout icons, to-dos and multi-selects
    place_notes(soup)  # an exported document's footnotes and comments, after its end
    unsheeted(soup)  # a spreadsheet's grid: no column letters, no row numbers
    spread_rowspans(soup)  # a data table's cell merged down: beside each row it spans
    unfold_section_tables(soup)  # an item's own table "Sag | Beslutning": a cell a block
    inline_cell_paragraphs(soup)  # Word's `<td><p class=MsoNormal>`: a row a line
    anchored_decisions(soup, _section_class)  # decisions apart, each linked to its item
    tabs_as_sections(soup)  # an item's sections as tabs: each panel headed by its tab
    marks_as_text(soup)  # a vote table, a closed item's lock icon or class
    data_as_text(soup)  # a card's case number, an earlier treatment only in `data-*`
    facts_as_text(soup)  # a `<time datetime>`'s date, a fact labelled by an icon only
    drop_screen_reader_text(soup)  # "Punkt 3, åbent punkt:" for screen readers only
    number_elements(soup)  # "<span>4a</span>\n<span>Title</span>" in a heading: "4a. Title"
    number_counted_headings(soup)  # "h3::before { content: counter(punkt) '. ' }"
    number_digest_headings(soup)  # a news page's matters, each over "Det besluttede …:"
    number_listed_headings(soup)  # bold titles numbered only by the agenda's <ol> above
    word_list_marks(soup)  # a Word page's list labels: "·&nbsp;&nbsp;&nbsp; Name" → "- Name"
    split_run_in_headings(soup)  # "<b>Indstilling </b>Forvaltningen indstiller, …": apart
    sharepoint_page(soup)  # a SharePoint canvas: its People part, side column, site's body
    is_furniture = furniture_filter(soup)
    blocks = block_classes(soup)  # ("<span class='lbl'>" styled display:block)
    out: list[str] = []
    stack: list[object] = [soup]
    done: set[int] = set()  # lists already written as a labelled list of people
    while stack:
        node = stack.pop()
        if isinstance(node, _Colon):
            out.append(" " if "".join(out[-2:]).rstrip().endswith(":") else node)
        elif isinstance(node, str) and not isinstance(node, NavigableString):
            out.append(node)  # a paragraph end pushed below
        elif isinstance(node, Tag):
            if node.name in _SKIP or id(node) in done or is_furniture(node):
                continue
            if node.name == "br":
                out.append("\n")
                continue
            if node.name == "img" and (alt := _icon_cell(node)):
                out.append(f" {alt} ")  # a status icon alone in its cell: "Afbud"
                continue
            if people := people_lines(node):  # "Deltagere" over one member an item
                lines, listed = people
                done.add(id(listed))
                out.append("".join(f"\n\n{line}\n\n" for line in lines))
                continue
            shown = node.name in _STYLED_INLINE and bool(blocks) and shown_as_block(node, blocks)
            if node.name in _STYLED_INLINE and node.get("class") and not shown:
                # a styled piece of a line ("<span class='case'>Sagsnr.: 2024-000112</span>
                # <span class='badge'>Åben</span>") is a word apart from its neighbours
                if node.get_text()[:1] in ".,;:!?)":  # (a sentence's comma or full stop
                    if out and out[-1] == " ":  # in a span of its own is no word)
                        out.pop()
                elif out and not out[-1].endswith((" ", "\n")):
                    out.append(" ")
                if _KIND_LABEL_RE.match(node.get_text(strip=True)) and node.find_parent(_HEADINGS):
                    out.append("\n")
                    stack.append("\n")
                else:
                    stack.append(" ")
            if node.name in _BLOCK_TAGS or shown:
                if out and not out[-1].endswith("\n"):
                    out.append("\n")  # "<span>1</span><h2>Title</h2>": not "1Title"
                stack.append("\n\n")
            elif node.name in ("td", "th"):
                if not node.get_text().strip() and not node.find("img"):
                    out.append(" ")  # an empty cell ("&nbsp;", as a grid fills one) is no
                    continue  # gap between columns: "Kim Lassen A Til stede"
                stack.append(" ")  # cells of a row are words apart, not glued
            elif node.name == "dt":  # "Udvalg" / "Teknisk Udvalg" → "Udvalg: Teknisk Udvalg"
                out.append("\n")
                stack.append(_Colon(": "))
            elif node.name == "dd":
                stack.append("\n")
            if node.name == "li" and not _holds_heading(node) and _label_pair(node) is None:
                out.append("\n\n" + _marker(node))  # a list item stays one, as in a PDF
            elif node.name == "li":
                _number_heading(node)  # "<ol start="61"><li><h3>Title": "61. Title"
            if (pair := _label_pair(node)) is not None:  # a CMS's field: label, then value
                out.append(f"{pair[0]}: ")
                if entries := _value_entries(pair[1]):  # one name an element: one line
                    stack.append("; ".join(entries))
                else:
                    stack.extend(reversed(pair[1].contents))
                continue
            if node.name == "tr" and (parts := protocol_row(node, done)) is not None:
                stack.extend(reversed(parts))  # a protocol's table, an item a row: "Nr. |
                continue  # Sag | Beslutning"
            if node.name == "tr" and (label := _label_cell(node)):
                out.append(f"{label}: ")  # "Udvalg | Teknisk Udvalg" → "Udvalg: …"
                cell = node.find_all(("td", "th"), recursive=False)[1]
                if entries := cell_people(label, cell):  # one name a paragraph or a line
                    stack.append("; ".join(entries))
                else:
                    stack.extend(reversed(_value_contents(cell)))
                continue
            if expanded_attachment(node):  # its own document: the item's Bilag, as it is
                out.append(f"\n\nBilag\n\n{ATTACHMENT_OPEN}\n\n")
                stack.append(f"\n\n{ATTACHMENT_CLOSE}\n\n")
            elif (heading := _section_class(node)) and not in_attachment(node):
                out.append(f"\n\n{heading}\n\n")
            stack.extend(reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            # a line break inside a run of words is a space, as a browser shows it (Word
            # wraps its HTML: "Udvalgets\nbeslutning:"); between elements it stays the
            # separator the layout rules read; in <pre> the lines are the text's own
            text = str(node)
            if not node.find_parent("pre"):
                text = _INNER_BREAK_RE.sub(" ", text)
                if _MARKER_TAIL_RE.search("".join(out[-3:])):  # (the break after an
                    text = text.lstrip()  # icon): the item's words follow its marker
            out.append(text)
    text = "".join(out)
    text = f"{body}\n\n{text}" if (body := site_body(soup, text)) else text  # ("… – X Lokalråd")
    town = site_municipality(soup, text)
    return f"{town}\n\n{text}" if town else text


def _icon_cell(img: object) -> str:
    """The `alt` text of an image that is all a data table's cell holds, below its head
    row (a members table's attendance column of ✓/✗ icons, `<img alt="Afbud">`): what
    the cell says; "" for any other image (a logo in a page's layout table, a picture
    beside text)."""
    cell = img.find_parent(("td", "th"))  # type: ignore[attr-defined]
    alt = " ".join(str(img.get("alt") or "").split())  # type: ignore[attr-defined]
    if cell is None or not alt or cell.get_text(strip=True) or len(cell.find_all("img")) > 1:
        return ""
    table = cell.find_parent("table")
    rows = table.find_all("tr") if table is not None else []
    return alt if len(rows) >= 3 and cell.find_parent("tr") is not rows[0] else ""


def _marker(item: object) -> str:
    """"- " in a bullet list; "1. ", "2. " (or "a. ") in a numbered one, from its `start`:
    a decision refers to the recommendation's points by number ("Indstillingens punkt 2")."""
    parent = item.parent  # type: ignore[attr-defined]
    if parent is None or parent.name != "ol":
        return "- "
    n = _ordinal(item)
    marker = f"{chr(ord('a') + n - 1)}. " if parent.get("type") == "a" and n <= 26 else f"{n}. "
    # an agenda item that prints its own number ("<li><span>2.</span> Title"): the list's
    # number again would stand alone on a line, ending the item before it
    own = item.get_text(" ", strip=True)  # type: ignore[attr-defined]
    return "" if re.match(rf"{re.escape(marker.strip())}?(?:\s|$)", own) else marker


def _ordinal(item: object) -> int:
    """An ordered list's entry's number as a browser counts it: its own `value`, else one
    more than the entry before it, else the list's `start`; a list of one bold entry with
    neither (a notes app writes each numbered heading as a list of its own) goes on from
    the like list before it, as the page's reader sees the agenda run on."""
    count = 0
    for entry in [item, *item.find_previous_siblings("li")]:  # type: ignore[attr-defined]
        own = str(entry.get("value") or "")
        if own.isascii() and own.isdigit():
            return int(own) + count
        count += 1
    parent = item.parent  # type: ignore[attr-defined]
    start = str(parent.get("start") or "")
    if start.isascii() and start.isdigit():
        return int(start) + count - 1
    return count + (_runs_on(parent) if count == 1 else 0)


def _lone_bold(ol: object) -> bool:
    """A numbered list of one bold entry, without a number of its own."""
    entries = ol.find_all("li", recursive=False)  # type: ignore[attr-defined]
    if len(entries) != 1 or ol.get("start") or entries[0].get("value"):  # type: ignore[attr-defined]
        return False
    style = str(entries[0].get("style") or "").replace(" ", "").lower()
    words = entries[0].get_text(" ", strip=True)
    return bool(words) and ("font-weight:bold" in style or any(
        b.get_text(" ", strip=True) == words for b in entries[0].find_all(["b", "strong"])))


def _runs_on(ol: object) -> int:
    """How many lists of one bold entry stand before this one, each after the other at
    its level with no other numbered list between them (0 when this is no such list)."""
    if not _lone_bold(ol) or ol.find_parent("li") is not None:  # type: ignore[attr-defined]
        return 0
    n = 0
    for before in ol.find_all_previous("ol"):  # type: ignore[attr-defined]
        if before.find_parent("li") is not None:
            continue
        if not _lone_bold(before):
            break
        n += 1
    return n


def _holds_heading(item: object) -> bool:
    """A list item whose first element is a heading: an agenda item, not a bullet."""
    first = next((c for c in item.children  # type: ignore[attr-defined]
                  if getattr(c, "name", None) or str(c).strip()), None)
    return getattr(first, "name", None) in _HEADINGS


def _number_heading(item: object) -> None:
    """An agenda printed as a numbered list whose items open with their title's heading
    (`<ol start="61"><li><h3>Title</h3>…`): the list's number is the item's, written
    before the title in the heading, unless the heading numbers the item itself
    ("<h3>Punkt 61: Title</h3>", "<h3>61. Title</h3>")."""
    from bs4.element import NavigableString

    from .formats.text_items import KEYWORD_ALONE_RE, PLAIN_ITEM_RE
    from .formats.text_numbered import NUMBERED_LINE_RE

    parent = item.parent  # type: ignore[attr-defined]
    heading = next((c for c in item.children  # type: ignore[attr-defined]
                    if getattr(c, "name", None)), None)
    if parent is None or parent.name != "ol" or heading is None:
        return
    title = heading.get_text(" ", strip=True)
    if not title or any(rx.match(title) for rx in (
            NUMBERED_LINE_RE, PLAIN_ITEM_RE, KEYWORD_ALONE_RE)):
        return
    if marker := _marker(item):
        heading.insert(0, NavigableString(marker))


def _section_class(node: object) -> str | None:
    """The section a block's class names, when its text does not begin with a heading
    of that name already."""
    if getattr(node, "name", None) not in ("div", "section", "ul", "ol", "aside", "blockquote"):
        return None  # ("<ul class="bilag">" after the decision: the attachments)
    words = {w for c in node.get("class") or [] for w in re.split(r"[-_]", c.lower())}  # type: ignore[attr-defined]
    words.add(str(node.get("aria-label") or "").strip().lower())  # type: ignore[attr-defined]
    words.add(str(node.get("title") or "").strip().lower())  # type: ignore[attr-defined]
    heading = next((_SECTION_CLASSES[w] for w in words if w in _SECTION_CLASSES), None)
    if heading is None or words & _EARLIER_CLASSES:
        return None
    text = node.get_text(" ", strip=True)  # type: ignore[attr-defined]
    # (nor when the field it stands in opens with that heading: `html_field_heads`)
    return None if text.lower().startswith(heading.lower()) or headed_already(node, heading) \
        else heading


# A field's label and value by class: "field__label" / "field__item", "np-k" / "np-v"
_LABEL_WORDS = frozenset(["label", "key", "k"])
_VALUE_WORDS = frozenset(["item", "items", "value", "content", "v"])


def _label_pair(node: object) -> tuple[str, object] | None:
    """A CMS's field as a label element and a value element side by side (Drupal's
    `<div class="field__label">Sted</div><div class="field__item">Rådhuset</div>`): the
    label and the value's element; None for anything else."""
    kids = [k for k in getattr(node, "contents", []) if getattr(k, "name", None)]
    if len(kids) != 2 or not (class_words(kids[0]) & _LABEL_WORDS) or not (
            class_words(kids[1]) & _VALUE_WORDS):
        return None
    label = " ".join(kids[0].get_text(" ").split()).rstrip(":").strip()  # type: ignore[attr-defined]
    return (label, kids[1]) if 0 < len(label) <= 40 else None


def _value_entries(value: object) -> list[str]:
    """A CMS field's value of several entries, an element each (Drupal's `field__items`
    holding one `field__item` per participant): their texts, to be written on the
    label's line; [] for a value of one entry or of other markup."""
    kids = [k for k in getattr(value, "contents", []) if getattr(k, "name", None)]
    if len(kids) < 2 or any(not (class_words(k) & {"item", "value"}) for k in kids):
        return []
    texts = [" ".join(k.get_text(" ").split()) for k in kids]  # type: ignore[attr-defined]
    return texts if all(0 < len(t) <= 120 for t in texts) else []


_VALUE_WRAPPERS = ("p", "div")  # a block around a cell's whole value


def _label_cell(row: object) -> str | None:
    """The label of a two-cell table row whose first cell names the second ("Udvalg",
    "Dato", "Sted"): a `<th>`, or a short cell without digits; None otherwise."""
    cells = row.find_all(("td", "th"), recursive=False)  # type: ignore[attr-defined]
    if len(cells) != 2:
        return None
    from .formats.dated import dated_decision

    label = " ".join(cells[0].get_text(" ").split()).rstrip(":").strip()
    value = cells[1].get_text(" ").strip()
    if label and value and dated_decision(label):  # "Beslutning i Plan- og Vejudvalget
        return label  # den 30. maj 2024" heads its decision's cell
    if not label or not value or len(label) > 30 or any(c.isdigit() for c in label):
        return None
    return label if cells[0].name == "th" or len(label.split()) <= 3 else None


def _value_contents(cell: object) -> list:
    """What a label row's value cell holds, on the label's line: the contents of its one
    paragraph when Word ("Save as web page") wraps the value in `<p class=MsoNormal>`,
    which would otherwise break the line between "Tid:" and "Kl. 15.00"."""
    kids = [c for c in cell.contents  # type: ignore[attr-defined]
            if not (isinstance(c, str) and not c.strip())]
    if len(kids) == 1 and getattr(kids[0], "name", None) in _VALUE_WRAPPERS:
        return list(kids[0].contents)
    return list(cell.contents)  # type: ignore[attr-defined]
