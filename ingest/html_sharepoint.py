"""A SharePoint Online modern page saved from the browser, as a small body keeps its
minutes on its site: the page is a canvas of sections, each of one to three columns of
web parts, around which SharePoint draws its own chrome. Read as any web page, the
minutes lost their head:

* the People web part, headed "Deltagere", is one of the site's side parts (its kind,
  `data-sp-feature-tag="People"`, is page furniture elsewhere, `html_furniture`), and its
  persona cards (a coin of initials, the name, a line of role, party or organisation)
  wrote no list of people. A People part headed by a word for the meeting's people is
  written as that heading over a list, one member an entry as a minutes header writes
  it ("Christian Holm (A), formand"; "Karen Lund (Valby Lokalhistoriske Forening)"; a
  remark after a dash kept after it: "– gik kl. 20.40"), which the page reader knows;
* a section's narrow column beside the items (the "Mødeinfo" part with "Dato:", "Tid:",
  "Sted:", the people, "Afbud:") comes after the wide column in the page's source, so
  its facts were read as the last item's decision: it is moved before the wide column,
  where a minutes header stands;
* the page's topic header over its title ("MØDER OG REFERATER", the page's category)
  and the author's byline ("Jeppe Holm" / "Udgivet 12. juni 2024") are the site's words
  about the page, not the minutes': they go (the byline's name was read as the place);
* a collapsed section's caption on its button ("7. Lukket punkt – kun for medlemmer")
  over the section's own heading is no text: it ran into the item before it;
* the body is named only by the site (its header's "Valby Lokaludvalg – Medlemsportal"),
  the page's title naming the meeting by the body's kind ("Referat – lokaludvalgsmøde 5.
  juni 2024"): the site's body is written before the title, as the committee.

Found by SharePoint's own markup only (`data-automation-id`, `data-sp-feature-tag`, the
canvas' classes): any other page is left as it is.
"""

from __future__ import annotations

import re

_AUTOMATION = "data-automation-id"
_HEADINGS = ["h1", "h2", "h3", "h4"]
_PART_ATTR = "data-sp-feature-tag"
# A web part's title naming the meeting's people
_PEOPLE_TITLE_RE = re.compile(r"^(?:deltagere|mødedeltagere|medlemmer|fremmødte|til\s?stede)$",
                              re.IGNORECASE)
# A card's line: its role first, the party after it, then an organisation or whom it
# stands in for ("Formand (A)", "Næstformand, Valby Idrætsråd", "Suppleant (C) for Ib Dal")
_ROLE_LINE_RE = re.compile(r"^(?P<r>(?:næst|vice)?formand|medlem|suppleant|stedfortræder|"
                           r"observatør|tilforordnet)(?:\s*\((?P<p>[A-ZÆØÅ]{1,3})\))?"
                           r"(?:,\s*(?P<o>\S.*)|\s+(?P<f>for\s+\S.*))?$", re.IGNORECASE)
_REMARK_RE = re.compile(r"\s+[–—-]\s+(?=[a-zæøå])")  # "… – gik kl. 20.40"
# Two or more of a head's facts labelled in a column ("Dato:", "Tid:", "Sted:")
_FACT_RE = re.compile(r"^(?:dato|mødedato|tid|tidspunkt|sted|mødested)\s*:", re.IGNORECASE)
# The site's name: the body, a dash, what the site is to it ("– Medlemsportal")
_SITE_NAME_RE = re.compile(r"^(?P<b>(?:[A-ZÆØÅ][\w-]*\s+){0,3}[A-ZÆØÅ]\w*?(?P<k>lokaludvalg|"
                           r"lokalråd|råd|udvalg|nævn|bestyrelse))(?:\s+[–—|-]\s+\S.*)?$")


def sharepoint_page(soup: object) -> None:
    """The page's People part, side column, topic header, byline, collapsed sections'
    captions and site's body as the module's note says (in place); a page that is no
    SharePoint canvas is left alone."""
    if soup.find(attrs={_AUTOMATION: "CanvasZone"}) is None:  # type: ignore[attr-defined]
        return
    for part in soup.find_all(attrs={_PART_ATTR: "People"}):  # type: ignore[attr-defined]
        _people_list(soup, part)
    for section in soup.find_all(attrs={_AUTOMATION: "CanvasSection"}):  # type: ignore[attr-defined]
        _facts_first(section)
    for name in ("TopicHeader", "AuthorByline"):
        for node in soup.find_all(attrs={_AUTOMATION: name}):  # type: ignore[attr-defined]
            node.decompose()
    for button in soup.find_all(attrs={_AUTOMATION: "CollapsibleSectionHeader"}):  # type: ignore[attr-defined]
        folded = button.find_next_sibling()
        first = next((t for t in folded.stripped_strings), None) if folded is not None else None
        heading = folded.find(_HEADINGS) if folded is not None else None
        if heading is not None and first == next(heading.stripped_strings, None):
            button.decompose()  # (its caption, "7. Lukket punkt – kun for medlemmer", no
            # item's heading: the folded section opens with its own heading)
    _site_body(soup)


def _people_list(soup: object, part: object) -> None:
    """A People part headed by the meeting's people as a heading over a list."""
    title = part.find(class_="webPartTitle")  # type: ignore[attr-defined]
    label = " ".join(title.get_text(" ").split()) if title is not None else ""
    cards = part.find_all(attrs={_AUTOMATION: "PeopleCard"})  # type: ignore[attr-defined]
    if not _PEOPLE_TITLE_RE.match(label) or not cards:
        return
    listed = soup.new_tag("ul")  # type: ignore[attr-defined]
    for card in cards:
        name = card.find(class_="ms-Persona-primaryText")
        line = card.find(class_="ms-Persona-secondaryText")
        item = soup.new_tag("li")  # type: ignore[attr-defined]
        item.string = card_entry(name.get_text(" ") if name is not None else "",
                                 line.get_text(" ") if line is not None else "")
        listed.append(item)
    heading = soup.new_tag("h3")  # type: ignore[attr-defined]
    heading.string = label
    holder = soup.new_tag("div")  # type: ignore[attr-defined]
    holder.extend([heading, listed])
    part.replace_with(holder)  # type: ignore[attr-defined]


def card_entry(name: str, line: str) -> str:
    """A persona card's name and line as a list's entry.

    >>> card_entry("Ida Holm", "Formand (A)"), card_entry("Bo Dal", "Næstformand, Valby IF")
    ('Ida Holm (A), formand', 'Bo Dal (Valby IF), næstformand')
    >>> card_entry("Eva Lund", "Suppleant (C) for Ib Dam"), card_entry("Ole Kirk", "Medlem (B)")
    ('Eva Lund (C), suppleant for Ib Dam', 'Ole Kirk (B)')
    >>> card_entry("Per Bak", "Grundejerforeningen Vest – gik kl. 20.40")
    'Per Bak (Grundejerforeningen Vest) – gik kl. 20.40'
    >>> card_entry("Emil Holt", "Ungerepræsentant")
    'Emil Holt, ungerepræsentant'
    """
    name, line = " ".join(name.split()), " ".join(line.split())
    line, *remark = _REMARK_RE.split(line, maxsplit=1)
    tail = f" – {remark[0]}" if remark else ""
    if m := _ROLE_LINE_RE.match(line):
        role = m["r"].lower()
        brackets = "".join(f" ({v})" for v in (m["p"], m["o"]) if v)
        said = "" if role == "medlem" else f", {role}" + (f" {m['f']}" if m["f"] else "")
        return f"{name}{brackets}{said}{tail}"
    if not line:
        return f"{name}{tail}"
    if " " not in line:  # one word: a role of its own ("Ungerepræsentant")
        return f"{name}, {line[:1].lower()}{line[1:]}{tail}"
    return f"{name} ({line}){tail}"  # the organisation the member is from


def _facts_first(section: object) -> None:
    """A canvas column holding the meeting's facts, after a sibling column in the
    source, moved before the first of its siblings."""
    parent = section.parent  # type: ignore[attr-defined]
    columns = [c for c in parent.find_all(attrs={_AUTOMATION: "CanvasSection"}, recursive=False)]
    if len(columns) < 2 or section is columns[0]:
        return
    lines = [" ".join(ln.split()) for ln in section.get_text("\n").split("\n")]  # type: ignore[attr-defined]
    if sum(bool(_FACT_RE.match(ln)) for ln in lines) >= 2:
        columns[0].insert_before(section.extract())  # type: ignore[attr-defined]


def _site_body(soup: object) -> None:
    """The body the site's name gives, written before the page's title when that title
    names a meeting of the body's kind and the page's text names no such body."""
    site = soup.find(attrs={"data-navigationcomponent": "SiteHeader"})  # type: ignore[attr-defined]
    head = soup.find("h1")  # type: ignore[attr-defined]
    m = _SITE_NAME_RE.match(" ".join(site.get_text(" ").split())) if site is not None else None
    if m is None or head is None:
        return
    title = " ".join(head.get_text(" ").split()).lower()
    if not re.search(rf"{m['k'].lower()}s?møde", title) or m["b"].lower() in title:
        return
    named = soup.new_tag("p")  # type: ignore[attr-defined]
    named.string = m["b"]
    head.insert_before(named)
