"""The text of an HTML page, laid out as the text adapter reads PDF text: a block element
ends a paragraph (a blank line), so a heading or a title stays on lines of its own; a
list item stays a list item ("- …") unless it holds a heading (an agenda printed as a
list of items); a header's label and value stay on one line, whether a two-cell table
row or a definition list (`<dt>Udvalg</dt><dd>…</dd>` → "Udvalg: …"); and a block whose
class names a section (`<div class="beslutning">`, as some systems mark the decision
without a heading) is headed by that section's name.

A municipality's web page is more than the minutes: the site's header, menus, cookie
banner, breadcrumb, side bar, footer and the page's own tools ("Del siden", "Fandt du
det, du søgte?", "Sidst opdateret …") are left out, found by structure (`_furniture_filter`).
A heading over a list of people ("Deltagere" above one member an item) becomes a labelled
list ("Deltagere: …; …"), as a minutes header writes it. The municipality, when only the
page's title or the site's header names it, heads the text ("Favrskov Kommune").
"""

from __future__ import annotations

import re
from collections.abc import Callable

_BLOCK_TAGS = frozenset(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section",
                         "article", "table", "ul", "ol", "dl", "main", "details", "summary"])
_STYLED_INLINE = frozenset(["span", "a", "small", "time", "label", "strong", "b", "em", "i"])
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# the <title> is the browser tab's, not the page's text
_SKIP = frozenset(["script", "style", "noscript", "head", "title", "template"])
# A class naming the section a block holds → the heading it gets.
_SECTION_CLASSES = {"beslutning": "Beslutning", "beslutninger": "Beslutning",
                    "indstilling": "Indstilling", "sagsfremstilling": "Sagsfremstilling",
                    "resume": "Resume", "resumé": "Resume", "sammendrag": "Sammendrag",
                    "baggrund": "Baggrund", "bilag": "Bilag"}


class _Colon(str):
    """The ": " after a definition list's term, unless the term ends with a colon."""


_INNER_BREAK_RE = re.compile(r"(?<=\S)[ \t]*\r?\n\s*(?=\S)")

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

    soup = BeautifulSoup(raw, "html.parser")
    is_furniture = _furniture_filter(soup)
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
            if people := _people_list(node):  # "Deltagere" over one member an item
                lines, listed = people
                done.add(id(listed))
                out.append("".join(f"\n\n{line}\n\n" for line in lines))
                continue
            if node.name in _STYLED_INLINE and node.get("class"):
                # a styled piece of a line ("<span class='case'>Sagsnr.: 2024-000112</span>
                # <span class='badge'>Åben</span>") is a word apart from its neighbours
                if out and not out[-1].endswith((" ", "\n")):
                    out.append(" ")
                stack.append(" ")
            if node.name in _BLOCK_TAGS:
                if out and not out[-1].endswith("\n"):
                    out.append("\n")  # "<span>1</span><h2>Title</h2>": not "1Title"
                stack.append("\n\n")
            elif node.name in ("td", "th"):
                stack.append(" ")  # cells of a row are words apart, not glued
            elif node.name == "dt":  # "Udvalg" / "Teknisk Udvalg" → "Udvalg: Teknisk Udvalg"
                out.append("\n")
                stack.append(_Colon(": "))
            elif node.name == "dd":
                stack.append("\n")
            if node.name == "li" and not _holds_heading(node):
                out.append("\n\n" + _marker(node))  # a list item stays one, as in a PDF
            if (pair := _label_pair(node)) is not None:  # a CMS's field: label, then value
                out.append(f"{pair[0]}: ")
                stack.extend(reversed(pair[1].contents))
                continue
            if node.name == "tr" and (heads := _protocol_heads(node)) is not None:
                # a protocol's table, an item a row: "Nr. | Sag | Beslutning"
                cells = node.find_all(("td", "th"), recursive=False)
                if heads and len(cells) == len(heads):
                    parts: list[object] = [f"\n\n{cells[0].get_text(' ', strip=True)}. ",
                                           *cells[1].contents]
                    for head, cell in zip(heads[2:], cells[2:], strict=True):
                        parts += [f"\n\n{head}\n\n", *cell.contents]
                    stack.extend(reversed([*parts, "\n\n"]))
                continue
            if node.name == "tr" and (label := _label_cell(node)):
                out.append(f"{label}: ")  # "Udvalg | Teknisk Udvalg" → "Udvalg: …"
                stack.extend(reversed(node.find_all(("td", "th"), recursive=False)[1].contents))
                continue
            if heading := _section_class(node):
                out.append(f"\n\n{heading}\n\n")
            stack.extend(reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            # a line break inside a run of words is a space, as a browser shows it (Word
            # wraps its HTML: "Udvalgets\nbeslutning:"); between elements it stays the
            # separator the layout rules read; in <pre> the lines are the text's own
            text = str(node)
            out.append(text if node.find_parent("pre") else _INNER_BREAK_RE.sub(" ", text))
    text = "".join(out)
    town = _site_municipality(soup, text)
    return f"{town}\n\n{text}" if town else text


def _marker(item: object) -> str:
    """"- " in a bullet list; "1. ", "2. " (or "a. ") in a numbered one, from its `start`:
    a decision refers to the recommendation's points by number ("Indstillingens punkt 2")."""
    parent = item.parent  # type: ignore[attr-defined]
    if parent is None or parent.name != "ol":
        return "- "
    start = str(parent.get("start") or "1")
    n = (int(start) if start.isdigit() else 1) + len(
        item.find_previous_siblings("li"))  # type: ignore[attr-defined]
    return f"{chr(ord('a') + n - 1)}. " if parent.get("type") == "a" and n <= 26 else f"{n}. "


def _holds_heading(item: object) -> bool:
    """A list item whose first element is a heading: an agenda item, not a bullet."""
    first = next((c for c in item.children  # type: ignore[attr-defined]
                  if getattr(c, "name", None) or str(c).strip()), None)
    return getattr(first, "name", None) in _HEADINGS


def _section_class(node: object) -> str | None:
    """The section a block's class names, when its text does not begin with a heading
    of that name already."""
    if getattr(node, "name", None) not in ("div", "section", "ul", "ol", "aside"):
        return None  # ("<ul class="bilag">" after the decision: the attachments)
    words = {w for c in node.get("class") or [] for w in re.split(r"[-_]", c.lower())}  # type: ignore[attr-defined]
    heading = next((_SECTION_CLASSES[w] for w in words if w in _SECTION_CLASSES), None)
    if heading is None:
        return None
    text = node.get_text(" ", strip=True)  # type: ignore[attr-defined]
    return None if text.lower().startswith(heading.lower()) else heading


def _label_pair(node: object) -> tuple[str, object] | None:
    """A CMS's field as a label element and a value element side by side (Drupal's
    `<div class="field__label">Sted</div><div class="field__item">Rådhuset</div>`): the
    label and the value's element; None for anything else."""
    kids = [k for k in getattr(node, "contents", []) if getattr(k, "name", None)]
    if len(kids) != 2 or not (_words(kids[0]) & {"label"}) or not (
            _words(kids[1]) & {"item", "items", "value", "content"}):
        return None
    label = " ".join(kids[0].get_text(" ").split()).rstrip(":").strip()  # type: ignore[attr-defined]
    return (label, kids[1]) if 0 < len(label) <= 40 else None


_NUMBER_HEADS = frozenset(["nr", "nr.", "pkt", "pkt.", "punkt", "sag nr.", "sagnr.", "§"])


def _protocol_heads(row: object) -> list[str] | None:
    """The column heads of a table that lists the items a row each, its first column the
    item's number and a later one a known section ("Nr. | Sag | Beslutning"): the heads
    for a row of items, [] for the head row itself, None for any other table's row."""
    from .formats.text_sections import section_name

    table = row.find_parent("table")  # type: ignore[attr-defined]
    first = table.find("tr") if table is not None else None
    if first is None:
        return None
    heads = [" ".join(c.get_text(" ").split()).rstrip(":") for c in first.find_all(
        ("td", "th"), recursive=False)]
    if len(heads) < 3 or heads[0].lower() not in _NUMBER_HEADS or not any(
            section_name(h) for h in heads[2:]):
        return None
    if row is first:
        return []
    number = row.find(("td", "th")).get_text(" ", strip=True)  # type: ignore[attr-defined]
    return heads if re.fullmatch(r"\d{1,4}\.?", number) else None


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


# --- page furniture ---------------------------------------------------------------------

# Elements that hold the site around the minutes, not the minutes.
_FURNITURE_TAGS = frozenset(["nav", "header", "footer", "aside", "dialog", "menu", "iframe",
                             "select", "svg"])
_FURNITURE_ROLES = frozenset("""navigation banner contentinfo complementary search dialog
alertdialog menu menubar toolbar""".split())
# Words of a class or an id that name the site's furniture or the page's own tools:
# "cookie-notice", "CybotCookiebotDialog", "breadcrumb", "subnav", "servicemenu", "share",
# "feedback", "page-updated" (the page's "Sidst opdateret"), "skip-link".
_FURNITURE_WORDS = frozenset("""consent gdpr banner breadcrumb breadcrumbs share sharing
feedback navbar navigation sidebar toolbar skip updated modified modal popup dialog search
top topbar masthead command commandbar ribbon""".split())
# the site's own header or footer by class or id ("portal-header", "site-footer"); an
# item's "agenda-item-header" is the item's
_EDGE_WORDS = frozenset(["header", "footer"])
_SITE_WORDS = frozenset(["portal", "site", "page", "global", "website", "web"])
_FURNITURE_AFFIXES = (("cookie",), ("menu", "nav"))  # prefixes, suffixes of such a word
_WORD_RE = re.compile(r"[A-ZÆØÅ]?[a-zæøå]+|[A-ZÆØÅ]+(?![a-zæøå])")
# "Til toppen": a link to the page's top or to the site's furniture
_TOP_IDS = frozenset(["top", "toppen", "start"])
_SECTIONING = ["article", "section", "main", "details"]


def _words(node: object) -> set[str]:
    """The words of an element's class and id: "cookie-banner__text" → cookie, banner, text."""
    attrs = [*(node.get("class") or []), node.get("id") or ""]  # type: ignore[attr-defined]
    return {w.lower() for a in attrs for w in _WORD_RE.findall(a)}


def _marked(node: object) -> bool:
    """An element that says by its tag, role, class or id that it is page furniture. A
    `<header>` within an article or a section is that part's own (its title), not the
    site's."""
    if node.name in _FURNITURE_TAGS:  # type: ignore[attr-defined]
        return node.name != "header" or node.find_parent(_SECTIONING) is None  # type: ignore[attr-defined]
    if (node.get("role") or "").lower() in _FURNITURE_ROLES:  # type: ignore[attr-defined]
        return True
    prefixes, suffixes = _FURNITURE_AFFIXES
    words = _words(node)
    if words & _EDGE_WORDS and words & _SITE_WORDS:  # "portal-header", "site-footer"
        return True
    if (node.get("id") or "").lower() in _EDGE_WORDS:  # type: ignore[attr-defined]
        return True  # the page's one <div id="header">, not an item's class="header"
    return any(w in _FURNITURE_WORDS or w.startswith(prefixes) or w.endswith(suffixes)
               for w in words)


_SKIP_LINK_RE = re.compile(r"^(?:gå|spring|hop|skip)\s+(?:direkte\s+)?(?:til|to)\s+"
                           r"(?:hoved)?(?:indhold|indholdet|content|main)", re.IGNORECASE)


def _link_column(cell: object) -> bool:
    """A cell of nothing but three or more links (a menu), not a list of attachments."""
    links = [a.get_text(" ", strip=True) for a in cell.find_all("a")]  # type: ignore[attr-defined]
    text = cell.get_text(" ", strip=True)  # type: ignore[attr-defined]
    return len(links) >= 3 and sum(map(len, links)) >= 0.9 * len(text.replace(" ", "")) and (
        not any(t.lower().startswith("bilag") for t in links))


def _furniture_filter(soup: object) -> Callable[[object], bool]:
    """A predicate: is this element the site's furniture (a menu, a banner, the header,
    the footer, a share or feedback box, a "Til toppen" link)? An element holding the
    minutes themselves is never furniture, whatever its class says: one that holds the
    page's `<h1>`, its `<main>` or `<article>`, or half of the page's text
    (`<div class="page has-sidebar">` around everything)."""
    body = getattr(soup, "body", None) or soup
    total = len(body.get_text(" ", strip=True))  # type: ignore[attr-defined]
    ids: dict[str, object] = {}  # id → element, filled on the first in-page link

    def holds_minutes(node: object) -> bool:
        if node.find(["h1", "main", "article"]) or node.find(attrs={"role": "main"}):  # type: ignore[attr-defined]
            return True
        return len(node.get_text(" ", strip=True)) * 2 > total  # type: ignore[attr-defined]

    def to_furniture(link: object) -> bool:
        href = (link.get("href") or "").strip()  # type: ignore[attr-defined]
        if not href.startswith("#") or len(href) < 2:
            return False
        if not ids:
            ids.update((t.get("id"), t) for t in reversed(soup.find_all(id=True)))  # type: ignore[attr-defined]
        target = ids.get(href[1:])
        if target is None:
            return href[1:].lower() in _TOP_IDS
        return target.name in ("body", "html") or (  # type: ignore[attr-defined]
            _marked(target) and not holds_minutes(target))

    def is_furniture(node: object) -> bool:
        if node.name == "td" and _link_column(node):  # type: ignore[attr-defined]
            return not holds_minutes(node)  # an old site's menu in a layout table's cell
        if node.name == "a":  # type: ignore[attr-defined]
            # a skip link ("Gå til indhold", class "skip-link") or a link to the page's top
            return to_furniture(node) or bool(_SKIP_LINK_RE.match(
                node.get_text(" ", strip=True))) or bool(  # type: ignore[attr-defined]
                _words(node) & {"skip", "skiplink", "visually", "sr"})
        return _marked(node) and not holds_minutes(node)

    return is_furniture


def _site_municipality(soup: object, text: str) -> str | None:
    """"<Name> Kommune" when the page's text names no municipality but its `<title>`, the
    site's header or footer (or the logo's alternative text there) does."""
    from referat.municipalities import MUNICIPALITIES

    from .formats.common import municipality_in

    if municipality_in(text):
        return None
    parts = [soup.title.get_text(" ") if soup.title else ""]  # type: ignore[attr-defined]
    edges = [el for el in soup.find_all(True)  # type: ignore[attr-defined]
             if el.name in ("header", "footer") or _words(el) & _EDGE_WORDS]
    for el in edges:
        parts.append(el.get_text(" "))
        parts.extend(img.get("alt") or "" for img in el.find_all("img"))
    name = municipality_in("\n".join(parts))
    return f"{name} Kommune" if name in MUNICIPALITIES else None


# --- a heading over a list of people ------------------------------------------------------

# "Ole Bak (V) - afbud", "Ole Bak (V) (fraværende)": a member marked absent in the list
_ABSENCE_MARK_RE = re.compile(r"\s*(?:[-–,]\s*|\(\s*)(?:afbud|fraværende|fravær|forfald)\s*\)?\.?$",
                              re.IGNORECASE)


def _people_list(node: object) -> tuple[list[str], object] | None:
    """A heading (or a paragraph) that only says "Deltagere", "Til stede" or "Afbud" over
    a list of names, one an item: the labelled lines a minutes header writes ("Deltagere:
    Ida Ravn (A), formand; Ole Bak (V)", and "Afbud: …" for the ones the list marks absent),
    and the list. None for anything else."""
    from .formats.text_people import ABSENT, PRESENT, looks_like_name

    if node.name not in _HEADINGS and node.name not in ("p", "dt"):  # type: ignore[attr-defined]
        return None
    label = " ".join(node.get_text(" ").split()).rstrip(":").strip()  # type: ignore[attr-defined]
    key = label.lower()
    substitutes = key in ("stedfortræder", "stedfortrædere", "suppleant", "suppleanter")
    if key not in PRESENT and key not in ABSENT and not substitutes:
        return None
    listed = None
    for sib in node.next_siblings:  # type: ignore[attr-defined]
        if getattr(sib, "name", None):
            listed = sib
            break
        if str(sib).strip():
            return None  # text between the heading and the list
    if listed is None or listed.name not in ("ul", "ol"):
        return None
    names = [" ".join(li.get_text(" ").split()) for li in listed.find_all("li", recursive=False)]
    if not names or any(not n or len(n) > 80 or n.endswith(".") for n in names):
        return None
    present: list[str] = []
    absent: list[str] = []
    for name in names:
        mark = _ABSENCE_MARK_RE.search(name)
        if not looks_like_name((name[:mark.start()] if mark else name).split(" for ")[0]):
            return None  # a list of other things under the same word
        (absent if mark or key in ABSENT else present).append(name[:mark.start()] if mark else name)
    if substitutes:  # "Marie Lange Tscherning (A) for Lone Jepsen": a label line each
        return [f"Stedfortræder: {name}" for name in present], listed
    lines = [f"{label}: {'; '.join(present)}"] if present else []
    if absent:
        lines.append(f"{label if key in ABSENT else 'Afbud'}: {'; '.join(absent)}")
    return lines, listed
