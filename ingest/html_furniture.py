"""A municipality's web page is more than the minutes: the site's header, menus, cookie
banner, share and feedback boxes, a "Til toppen" link, a grid's pager, a link that
downloads the document. These are found by structure (tag, ARIA role, class or id words,
a link's target), never by the minutes' words (a link's own imperative aside: "Gå til
indhold", "Hent referatet som PDF"), and left out of the minutes' text (`html_text`);
the site's header, footer and `<title>` may still name the municipality the minutes do
not."""

from __future__ import annotations

import re
from collections.abc import Callable

from .html_tools import LINK_SEPARATOR_RE as _LINK_SEPARATOR_RE
from .html_tools import tools_line

# Elements that hold the site around the minutes, not the minutes.
_FURNITURE_TAGS = frozenset(["nav", "header", "footer", "aside", "dialog", "menu", "iframe",
                             "select", "svg"])
_FURNITURE_ROLES = frozenset("""navigation banner contentinfo complementary search dialog
alertdialog menu menubar toolbar""".split())
# Words of a class or an id that name the site's furniture or the page's own tools:
# "cookie-notice", "CybotCookiebotDialog", "breadcrumb", "subnav", "servicemenu", "share",
# "feedback", "page-updated" or "opdateret" (the page's "Sidst opdateret"), "skip-link", a
# grid's page numbers ("GridPager", "pagination"), a blog's comments under the post and
# their reply form ("comments-area", "comment-respond", Disqus's "disqus_thread"), a CMS's
# note of who posted the page and when ("submitted", "created") and its tags ("taxonomy";
# not a labelled field of the node whose value is a term: Drupal's "Lokation:", "Udvalg:"),
# its box of links to related pages ("related", "Se også" below the minutes).
_FURNITURE_WORDS = frozenset("""consent gdpr banner breadcrumb breadcrumbs share sharing
feedback navbar navigation sidebar toolbar skip updated opdateret modified modal popup
dialog search top topbar masthead command commandbar ribbon pager pagination paging comments respond
disqus submitted created taxonomy pagetree related""".split())
# A print view's own frame around the printed page (Drupal's print module: "print-logo",
# "print-site_name", "print-footer", "print-source_url", the list of the links' addresses
# "print-links"); its "print-title" and "print-content" are the page's
_PRINT_FRAME = frozenset(["logo", "site", "footer", "source", "links", "breadcrumb"])
# the site's own header or footer by class or id ("portal-header", "site-footer"); an
# item's "agenda-item-header" is the item's
_EDGE_WORDS = frozenset(["header", "footer"])
_SITE_WORDS = frozenset(["portal", "site", "page", "global", "website", "web"])
_SITE_EDGES = frozenset(site + edge for site in _SITE_WORDS for edge in _EDGE_WORDS)
# an exported document's own footer ("doc-footer": the address, after the last item); its
# "doc-header" holds the meeting's facts and stays
_DOC_WORDS = frozenset(["doc", "document", "dokument"])
_FURNITURE_AFFIXES = (("cookie",), ("menu", "nav"))  # prefixes, suffixes of such a word
_WORD_RE = re.compile(r"[A-ZÆØÅ]?[a-zæøå]+|[A-ZÆØÅ]+(?![a-zæøå])")
# "Til toppen": a link to the page's top or to the site's furniture
_TOP_IDS = frozenset(["top", "toppen", "start"])
_SECTIONING = ["article", "section", "main", "details"]


# a utility class that styles the element ("align-top", "border-t", "md:border-top"): no
# name of what the element is
_UTILITY_RE = re.compile(r"^(?:[a-z]+:)?(?:align|valign|vertical|border|rounded)-")


def class_words(node: object, *, styles: bool = True) -> set[str]:
    """The words of an element's class and id: "cookie-banner__text" → cookie, banner, text
    (without a utility class's words when `styles` is false)."""
    attrs = [*(c for c in node.get("class") or []  # type: ignore[attr-defined]
               if styles or not _UTILITY_RE.match(c)), node.get("id") or ""]  # type: ignore[attr-defined]
    return {w.lower() for a in attrs for w in _WORD_RE.findall(a)}


# A SharePoint page's web part says its kind in `data-sp-feature-tag` ("Rich Text Editor"
# for the text that holds the minutes); these kinds are the site's links, news and people
# beside it ("QuickLinksWebPart": a "Genveje" box of links after the last item)
_SP_PART_ATTR = "data-sp-feature-tag"
_SP_SIDE_PARTS = frozenset("""link links news events hero people sites weather countdown
twitter yammer conversations highlighted recent saved""".split())
# An `<aside>` in the page's `<main>` that lists who took part is the minutes' own
_PEOPLE_HEAD_RE = re.compile(r"^(?:deltagere|mødedeltagere|medlemmer|fremmødte|til\s?stede|"
                             r"fraværende|afbud)\b", re.IGNORECASE)


# ... and one beside the minutes (a column next to `<main>`) that lists the meeting's
# facts ("Mødeinfo": `<dt>Dato</dt>`, `<dt>Tid</dt>`, `<dt>Sted</dt>`) or its people
_FACT_TERM_RE = re.compile(r"^(?:dato|mødedato|tid|tidspunkt|mødetidspunkt|sted|mødested)\b",
                           re.IGNORECASE)
_HEADS = ["h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "dt"]


def _lists_people(node: object) -> bool:
    """An `<aside>` within the minutes (`<main>`, `<article>`) headed "Deltagere",
    "Fraværende" …: the meeting's participants beside its items, not the site's."""
    if node.find_parent(["main", "article"]) is None:  # type: ignore[attr-defined]
        return False
    head = node.find(_HEADS)  # type: ignore[attr-defined]
    return head is not None and bool(_PEOPLE_HEAD_RE.match(head.get_text(" ", strip=True)))


def beside_minutes(node: object) -> bool:
    """An `<aside>` next to the page's `<main>` (its sibling) whose definition list
    names the meeting's date, time or place, or whose heading names its people: the
    minutes' own facts in a side column, not the site's side bar."""
    if node.name != "aside" or node.find_parent(["main", "article"]) is not None or not any(  # type: ignore[attr-defined]
            getattr(s, "name", None) == "main" for s in node.parent.children):  # type: ignore[attr-defined]
        return False
    terms = [t.get_text(" ", strip=True) for t in node.find_all("dt")]  # type: ignore[attr-defined]
    heads = [h.get_text(" ", strip=True) for h in node.find_all(_HEADS)]  # type: ignore[attr-defined]
    return sum(bool(_FACT_TERM_RE.match(t)) for t in terms) >= 2 or any(
        _PEOPLE_HEAD_RE.match(h) for h in heads)


# An `<aside>` of an item titled as a part of it: `<aside title="Beslutning">` (the decision
# set beside the item's text), not the site's side bar
# (or headed so: an item card's `<aside>` "Tidligere behandling", the case's history)
_PART_TITLES = frozenset(["beslutning", "indstilling", "sagsfremstilling", "resumé", "resume",
                          "tidligere behandling", "tidligere behandlinger", "sagsforløb"])


def _names_part(node: object) -> bool:
    """An `<aside>` within the minutes whose title or first heading names a part of an
    item."""
    head = node.find(_HEADS[:6])  # type: ignore[attr-defined]
    titles = {str(node.get("title") or node.get("aria-label") or "").strip().lower(),  # type: ignore[attr-defined]
              " ".join(head.get_text(" ").split()).lower() if head is not None else ""}
    return bool(titles & _PART_TITLES) and node.find_parent(["main", "article"]) is not None  # type: ignore[attr-defined]


def _marked(node: object) -> bool:
    """An element that says by its tag, role, class or id that it is page furniture. A
    `<header>` within an article or a section is that part's own (its title), not the
    site's; an `<aside>` listing the participants within the minutes is theirs."""
    words = class_words(node, styles=False)
    # (a wiki's page layout names its side column so: Confluence's `<div class="cell
    # aside">` beside the page's own cell, holding the space's page tree)
    side = node.name == "aside" or "aside" in words  # type: ignore[attr-defined]
    if node.name in _FURNITURE_TAGS or side:  # type: ignore[attr-defined]
        if side and (_lists_people(node) or _names_part(node) or beside_minutes(node)):
            return False
        return node.name != "header" or node.find_parent(_SECTIONING) is None  # type: ignore[attr-defined]
    if (node.get("role") or "").lower() in _FURNITURE_ROLES:  # type: ignore[attr-defined]
        return True
    if {w.lower() for w in _WORD_RE.findall(node.get(_SP_PART_ATTR) or "")} & _SP_SIDE_PARTS:  # type: ignore[attr-defined]
        return True
    prefixes, suffixes = _FURNITURE_AFFIXES
    if words & _EDGE_WORDS and words & _SITE_WORDS or words & _SITE_EDGES:  # "portal-header",
        return True  # "site-footer", and as one word: "lk-pagefooter"
    if "footer" in words and words & _DOC_WORDS:
        return True
    if "print" in words and words & _PRINT_FRAME:  # ("print-site_name", "print-links")
        return True
    if (node.get("id") or "").lower() in _EDGE_WORDS:  # type: ignore[attr-defined]
        return True  # the page's one <div id="header">, not an item's class="header"
    if "field" in words and node.find(class_="field-label"):  # type: ignore[attr-defined]
        return False  # a labelled field of the node ("Lokation:", a taxonomy term's value)
    return any(w in _FURNITURE_WORDS or w.startswith(prefixes) or w.endswith(suffixes)
               for w in words)


# A link that downloads a document as a file ("Hent referatet som PDF", "Download
# dagsordenen"): the page's tool, not its text (an attachment's link names the attachment)
_DOWNLOAD_RE = re.compile(r"^(?:hent|download|downloade|udskriv|print|gem)\b", re.IGNORECASE)
_FILE_HREF_RE = re.compile(r"\.(?:pdf|docx?|rtf|odt)(?:[?#].*)?$", re.IGNORECASE)
# A link named by the file's kind alone ("PDF", "(Word)"): it names no attachment
_FILE_KIND_RE = re.compile(r"^\(?(?:pdf|docx?|word|rtf|odt)\)?$", re.IGNORECASE)


def _download_link(link: object) -> bool:
    """A link to a document file whose text begins with the verb of a download, or any
    link whose text is only the file's kind (an item head's "PDF" button: "Hent punkt 1
    som PDF" to a screen reader); a button that runs the page's script with such a verb
    ("Udskriv referat" to `href="#"` and `onclick="window.print()"`) is the page's tool too."""
    href = (link.get("href") or "").strip()  # type: ignore[attr-defined]
    text = link.get_text(" ", strip=True)  # type: ignore[attr-defined]
    scripted = href in ("", "#") and link.get("onclick") or href.lower().startswith(  # type: ignore[attr-defined]
        "javascript:")
    return bool((_FILE_HREF_RE.search(href) or scripted) and _DOWNLOAD_RE.match(text)
                or href and _FILE_KIND_RE.match(text))


_SKIP_LINK_RE = re.compile(r"^(?:gå|spring|hop|skip)\s+(?:direkte\s+)?(?:til|to)\s+"
                           r"(?:sidens\s+|the\s+)?(?:hoved)?(?:indhold|indholdet|content|main)",
                           re.IGNORECASE)


def _link_column(cell: object) -> bool:
    """A cell of nothing but three or more links (a menu), not a list of attachments."""
    links = [a.get_text(" ", strip=True) for a in cell.find_all("a")]  # type: ignore[attr-defined]
    text = cell.get_text(" ", strip=True)  # type: ignore[attr-defined]
    return len(links) >= 3 and sum(map(len, links)) >= 0.9 * len(text.replace(" ", "")) and (
        not any(t.lower().startswith("bilag") for t in links))


# A file's media type after its link ("Bilag 1.pdf (application/pdf)"), as a wiki's list
# of the page's attached files prints it
_MEDIA_TYPE_RE = re.compile(r"\(\s*(?:application|text|image|audio|video)/[\w.+-]+\s*\)")


def _file_listing(node: object) -> bool:
    """A block of links to files, each followed by its media type, and at most a short
    heading besides (Confluence's "Attachments:" below the page): the page's store of
    files, not the minutes' text (an item's own list of its Bilag names no media type)."""
    if node.name not in ("div", "section", "ul", "table"):  # type: ignore[attr-defined]
        return False
    links = node.find_all("a")  # type: ignore[attr-defined]
    text = node.get_text(" ", strip=True)  # type: ignore[attr-defined]
    if not links or len(_MEDIA_TYPE_RE.findall(text)) != len(links):
        return False
    rest = _MEDIA_TYPE_RE.sub(" ", text)
    for link in links:
        rest = rest.replace(link.get_text(" ", strip=True), " ", 1)
    return len(rest.split()) <= 3


# (what stands between a trail's or a menu line's links: `html_tools.LINK_SEPARATOR_RE`)


def _link_line(node: object) -> bool:
    """An element of nothing but two or more links to other pages, a separator between
    each two (a frameset page's trail, "Forside | Udvalg | Teknisk Udvalg 2006", in a
    `<font>` of its own): not the links of an item's attachments (files)."""
    from bs4.element import Tag

    if node.name == "a":  # type: ignore[attr-defined]
        return False
    parts = [c for c in node.children  # type: ignore[attr-defined]
             if (c.name != "br" if isinstance(c, Tag) else str(c).strip())]
    links = parts[::2]
    href = [(a.get("href") or "").strip() for a in links if isinstance(a, Tag) and a.name == "a"]
    return len(parts) >= 3 and len(href) == len(links) and (all(
        h and not h.startswith("#") and not _FILE_HREF_RE.search(h) for h in href)
        or all(map(_download_link, links))) and all(  # (or the page's tools: "Udskriv · PDF")
        not isinstance(c, Tag) and _LINK_SEPARATOR_RE.match(str(c)) for c in parts[1::2])


# The page's colophon below its last rule: a line or two of the site's own (its address,
# "Opdateret 09.11.2006 af webmaster"), not the minutes' closing lines
_COLOPHON_LINES = 3
_COLOPHON_CHARS = 250
_MEETING_END_RE = re.compile(r"\b(?:mødet|hævet|sluttede|afsluttet|underskrevet)\b", re.IGNORECASE)


def _colophon(soup: object) -> set[int]:
    """The elements after the page's last `<hr>` when they end the page and hold only a
    short line or two of text without a label (the site's colophon); none else."""
    from bs4.element import Tag

    rules = soup.find_all("hr")  # type: ignore[attr-defined]
    if not rules:
        return set()
    rule = rules[-1]
    after = "".join(rule.find_all_next(string=True)).strip()
    said = [ln.strip() for ln in after.splitlines() if ln.strip()]
    before = "".join(rule.find_all_previous(string=True)).strip()
    if not said or len(said) > _COLOPHON_LINES or len(after) > _COLOPHON_CHARS or (
            len(before) < 2 * len(after) or _MEETING_END_RE.search(after)
            or any(ln.endswith(":") for ln in said)
            or rule.find_next(["h1", "h2", "h3", "table", "li"]) is not None):
        return set()
    return {id(s) for s in rule.next_siblings if isinstance(s, Tag)}


def furniture_filter(soup: object) -> Callable[[object], bool]:
    """A predicate: is this element the site's furniture (a menu, a banner, the header,
    the footer, a share or feedback box, a "Til toppen" link, a grid's pager, a link that
    downloads the document)? An element holding the minutes themselves is never
    furniture, whatever its class says: one that holds the page's `<h1>`, its `<main>` or
    `<article>`, or half of the page's text (`<div class="page has-sidebar">` around
    everything)."""
    body = getattr(soup, "body", None) or soup
    total = len(body.get_text(" ", strip=True))  # type: ignore[attr-defined]
    ids: dict[str, object] = {}  # id → element, filled on the first in-page link

    def holds_minutes(node: object) -> bool:
        if node.find(["h1", "main"]) or node.find(attrs={"role": "main"}):  # type: ignore[attr-defined]
            return True
        if any("comment" not in class_words(a) for a in node.find_all("article")):  # type: ignore[attr-defined]
            return True  # (a reader's comment is an <article class="comment-body"> too)
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
        # (a link back up to the block that holds it, "Til toppen" to `<main id="content">`
        # around the item: the page's navigation, whatever the block holds)
        return target.name in ("body", "html") or any(  # type: ignore[attr-defined]
            up is target for up in link.parents) or (  # type: ignore[attr-defined]
            _marked(target) and not holds_minutes(target))

    colophon = _colophon(soup)
    typed = {id(up) for said in soup.find_all(string=_MEDIA_TYPE_RE)  # type: ignore[attr-defined]
             for up in said.parents}  # (the blocks a file listing may be: few or none)

    def is_furniture(node: object) -> bool:
        if id(node) in colophon or _link_line(node) or id(node) in typed and _file_listing(node):
            return True
        if tools_line(node, lambda a: to_furniture(a) or _download_link(a)):
            return True  # ("Til toppen · Hent punktet som PDF" under each item)
        if node.name == "td" and _link_column(node):  # type: ignore[attr-defined]
            return not holds_minutes(node)  # an old site's menu in a layout table's cell
        if node.name == "a":  # type: ignore[attr-defined]
            # a skip link ("Gå til indhold", class "skip-link") or a link to the page's top
            return to_furniture(node) or _download_link(node) or bool(_SKIP_LINK_RE.match(
                node.get_text(" ", strip=True))) or bool(  # type: ignore[attr-defined]
                class_words(node) & {"skip", "skiplink", "skipnav", "visually", "sr"})
        return _hidden_number(node) or (_marked(node) and not holds_minutes(node))

    return is_furniture


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _hidden_number(node: object) -> bool:
    """A number shown to the eye only (`<span aria-hidden="true">2</span>`) beside the
    heading that says it to a screen reader ("<h3>Punkt 2: Title</h3>"): a repeat, no
    text (else it ends the item above as a stray "2")."""
    if str(node.get("aria-hidden") or "").lower() != "true":  # type: ignore[attr-defined]
        return False
    said = node.get_text(strip=True).rstrip(".")  # type: ignore[attr-defined]
    heading = node.find_next_sibling(  # type: ignore[attr-defined]
        _HEADINGS) if said.isdigit() and len(said) <= 3 else None
    return heading is not None and bool(re.search(rf"(?<!\d){said}(?!\d)", heading.get_text(" ")))


def site_municipality(soup: object, text: str) -> str | None:
    """"<Name> Kommune" when the page's text names no municipality but its `<title>`, the
    site's header or footer (or the logo's alternative text there) or the colophon below
    the page's last rule ("Udskrevet fra Nordfyns Kommunes dagsordensystem") does; or
    when the text names only a town ("Ringkøbing Rådhus" in the place) whose longer name
    the site's municipality is ("Ringkøbing-Skjern Kommune" in the page's header) or that
    is no municipality's at all ("Aars Rådhus" on Vesthimmerland's site); a
    region's site, whose footer signs "Region Midtjylland · Skottenborg 26 · 8800
    Viborg", is the region's, not the town's its address names, nor a municipality's
    one item's sentence names."""
    from referat.municipalities import MUNICIPALITIES

    from .formats.common import municipality_in
    from .formats.region_body import sender_region

    named = municipality_in(text)
    if named and named.startswith("Region "):
        return None
    # (a municipality the text names once, in an item's sentence, "Sorø Kommunes
    # svømmehal", may be a neighbour: the frame's own name, said twice, is the site's)
    passing = named in MUNICIPALITIES and len(re.findall(
        rf"\b{re.escape(named or '')} (?:Kommunes?|Rådhus|Byråd)\b", text)) == 1
    if named in MUNICIPALITIES and not passing:
        return None
    parts = [soup.title.get_text(" ") if soup.title else ""]  # type: ignore[attr-defined]
    colophon = _colophon(soup)
    edges = [el for el in soup.find_all(True)  # type: ignore[attr-defined]
             if el.name in ("header", "footer") or class_words(el) & _EDGE_WORDS
             or id(el) in colophon]
    for el in edges:
        parts.append(el.get_text(" "))
        parts.extend(img.get("alt") or "" for img in el.find_all("img"))
    # (an English site's "Lyngby-Taarbæk Municipality", "Municipality of Aarhus")
    frame = _ENGLISH_TOWN_RE.sub(lambda m: f"{m[1] or m[2]} Kommune", "\n".join(parts))
    name = municipality_in(frame)
    region = name if (name or "").startswith("Region ") else None if name else sender_region(frame)
    if region and (passing or not named):  # a region's site (its title, logo and footer
        # name it) over a municipality one item's sentence names ("ved Ærø Kommune")
        return region
    if passing:  # (the title and the header or footer both name the site's)
        said = [p for p in parts if name and re.search(rf"\b{re.escape(name)} Kommune\b", p)]
        return f"{name} Kommune" if name != named and name in MUNICIPALITIES and len(
            said) >= 2 else None
    # (a town the text names only by its town hall, "Mødelokale 2, Aars Rådhus", is no
    # municipality's name: the site's title and logo name the municipality it lies in)
    hall_only = named is not None and named not in MUNICIPALITIES and not re.search(
        rf"\b{re.escape(named)} Kommunes?\b", text)
    if named and not (name or "").startswith(f"{named}-") and not hall_only:
        return None
    return f"{name} Kommune" if name in MUNICIPALITIES else None


_ENGLISH_TOWN_RE = re.compile(r"\b([A-ZÆØÅ][\wæøå-]+)\s+Municipality\b|"
                             r"\bMunicipality\s+of\s+([A-ZÆØÅ][\wæøå-]+)")


# A local council's site named after the post's title in `<title>`: "Referat fra
# bestyrelsesmøde 14. maj 2024 – Vestby Lokalråd" (WordPress: "<post> – <site>")
_SITE_BODY_RE = re.compile(r"^(?P<page>.{3,150}?)\s+[–—|-]\s+(?P<site>(?:[A-ZÆØÅ][\w.-]*\s+){1,3}"
                           r"(?i:lokalråd(?:et)?|lokaludvalg(?:et)?|landsbyråd(?:et)?|beboerråd(?:et)?))$")


def site_body(soup: object, text: str) -> str | None:
    """The local council a post's `<title>` names after the post's own title, when the
    page's text (its h1 is that title) does not name it: the header and its site title
    are furniture, so the body would be lost."""
    title = " ".join(soup.title.get_text(" ").split()) if soup.title else ""  # type: ignore[attr-defined]
    m = _SITE_BODY_RE.match(title)
    lines = [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()][:30]
    if not m or m.group("page") not in lines or any(m.group("site").lower() in ln.lower()
                                                   for ln in lines):
        return None
    return m.group("site")
