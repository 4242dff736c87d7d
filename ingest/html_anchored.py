"""Decisions printed apart from their items, each tied to its item by a link to the
item's anchor: a page shows the items' texts in one place (a tab "Sager", each item an
`<article id="punkt-48201">`) and the decisions in another (a tab "Beslutninger"), each
decision a block headed by a link to its item (`<h3><a href="#punkt-48201">Title</a>`)
and holding no number of its own. Read in document order every decision stood after
the last item, as that item's text.

Each such block goes to the end of the element its link names, its linking heading
dropped (the item's title again): the decision is read where the item's text ends, and
a block whose class names no section is headed by what its container's heading or tab
calls the decisions ("Beslutninger" → "Beslutning"). The container's own heading and
lead-in ("Udvalgets beslutninger. Klik på sagens titel …"), about the blocks that left
it, go with them, and a panel beside it whose tab names a section ("Bilag": the page's
attachments) is headed by that name, so that its list is no part of the last item's
decision. Two or more blocks, each naming a different element that holds a
heading and does not hold the block, make the structure; a page's table of contents
(links alone, no text under them) is no such block.
"""

from __future__ import annotations

from .html_tabs import tab_label

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_MIN_BLOCKS = 2
_LEAD_IN = 300  # characters a container's heading and lead-in may hold when left alone


def _target(soup: object, block: object) -> object | None:
    """The element a block's linking heading names, when the block is one: its first
    child a heading holding only a link `href="#id"` to an element outside the block
    that has a heading of its own, and text after the heading."""
    children = [c for c in block.children if getattr(c, "name", None)]  # type: ignore[attr-defined]
    if len(children) < 2 or children[0].name not in _HEADINGS:
        return None
    link = children[0].find("a", href=True)
    if link is None or link.get_text(strip=True) != children[0].get_text(strip=True):
        return None
    href = str(link["href"])
    if not href.startswith("#") or len(href) < 2:
        return None
    target = soup.find(id=href[1:])  # type: ignore[attr-defined]
    if target is None or target in block.parents or block in target.parents:  # type: ignore[attr-defined]
        return None
    return target if target.find(_HEADINGS) is not None else None


def _decisions_name(soup: object, container: object) -> str | None:
    """The section the container's heading or its tab names ("Beslutninger")."""
    from ingest.formats.text_sections import section_name

    heading = container.find(_HEADINGS)  # type: ignore[attr-defined]
    for label in (heading.get_text(" ", strip=True) if heading else "", tab_label(soup, container)):
        if label and (name := section_name(label)):
            return name
    return None


def anchored_decisions(soup: object, section_class: object) -> None:
    """Each decision block linked to its item's anchor moved to the end of that item (in
    place); `section_class(node)` names the section a block's class marks."""
    blocks = [(el, t) for el in soup.find_all(("div", "section", "article"))  # type: ignore[attr-defined]
              if (t := _target(soup, el)) is not None]
    if len(blocks) < _MIN_BLOCKS or len({id(t) for _, t in blocks}) != len(blocks):
        return
    containers = {id(el.parent): el.parent for el, _ in blocks}
    names = {key: _decisions_name(soup, c) for key, c in containers.items()}
    for block, target in blocks:
        name = names[id(block.parent)]
        block.find(_HEADINGS).decompose()  # (the item's title again)
        if section_class(block) is None and name and not block.get_text(
                " ", strip=True).lower().startswith(name.lower()):
            heading = soup.new_tag("p")  # type: ignore[attr-defined]
            heading.string = name
            block.insert(0, heading)
        target.append(block.extract())
    for container in containers.values():
        if len(container.get_text(" ", strip=True)) <= _LEAD_IN:
            container.clear()  # (its heading and lead-in, about the blocks gone)
            _head_tabbed_siblings(soup, container)


def _head_tabbed_siblings(soup: object, container: object) -> None:
    """Each panel beside `container` whose tab names a section headed by that name."""
    from ingest.formats.text_sections import section_name

    for panel in container.find_next_siblings(True):  # type: ignore[attr-defined]
        if (label := tab_label(soup, panel)) and section_name(label) and not panel.get_text(
                " ", strip=True).lower().startswith(label.lower()):
            heading = soup.new_tag("p")  # type: ignore[attr-defined]
            heading.string = label
            panel.insert(0, heading)
