"""Footnotes and reviewers' comments in an exported document's HTML (read stage, used by
`html_text`).

A word processor's web export (Google Docs' "Download → Web page", Word's "Save as web
page") writes a footnote or a comment as a pair of links that point at each other: the
mark in the text (`<a href="#ftnt1" id="ftnt_ref1">[1]</a>`) and, after the document's
last paragraph, the note's own block opened by the link back
(`<div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a> Vejledning …</p></div>`). Read as
text, every note would run on into the last item's decision, and the marks would stay
in the sentences.

Found by that structure, the two links naming each other: a comment (the id says
"cmnt"/"comment", as the exports name them) is the reviewers' talk, no text of the
minutes, and goes with its mark; a footnote's text takes its mark's place, in brackets,
so it stays in the sentence it annotates.
"""

from __future__ import annotations

import re

_COMMENT_ID_RE = re.compile(r"cmnt|comment|msocom", re.IGNORECASE)
_MARK_RE = re.compile(r"^\s*[\[(]?\s*(?:\d{1,3}|[a-z]{1,3}|[ivx]{1,5}|\*)\s*[\])]?\s*$",
                      re.IGNORECASE)
_NOTE_BLOCKS = ("p", "li", "div")


def _anchor(link: object) -> str:
    """A link's own name as a target: its id, or the `name` Word's web page gives it
    (`<a href="#_ftn1" name="_ftnref1">`); "" when it has neither."""
    return str(link.get("id") or link.get("name") or "")  # type: ignore[attr-defined]


def _pairs(soup: object) -> list[tuple[object, object]]:
    """(mark, the note's back-link) for every two links that name each other by id (or
    by name), the mark the one printed first."""
    links = [a for a in soup.find_all("a", href=True)  # type: ignore[attr-defined]
             if _anchor(a) and a["href"].startswith("#") and _MARK_RE.match(a.get_text())]
    by_id = {_anchor(a): a for a in links}
    order = {id(a): k for k, a in enumerate(links)}
    pairs = []
    for a in links:
        other = by_id.get(a["href"][1:])
        if other is not None and other is not a and other["href"] == f"#{_anchor(a)}" and (
                order[id(a)] < order[id(other)]):
            pairs.append((a, other))
    return pairs


def _note_block(back: object) -> object | None:
    """The block that holds the note opened by the link `back`: its paragraph, or the
    element wrapping just that paragraph (Google Docs' `<div>` per note)."""
    block = back.find_parent(_NOTE_BLOCKS)  # type: ignore[attr-defined]
    if block is None:
        return None
    text = block.get_text(" ", strip=True)
    while (up := block.parent) is not None and up.name in _NOTE_BLOCKS and (
            up.get_text(" ", strip=True) == text):
        block = up
    return block


def _mark_holder(mark: object) -> object:
    """The mark, with the superscript around it when that holds nothing else."""
    up = mark.parent  # type: ignore[attr-defined]
    if up is not None and up.name == "sup" and up.get_text(strip=True) == mark.get_text(  # type: ignore[attr-defined]
            strip=True):
        return up
    return mark


def place_notes(soup: object) -> None:
    """Take the footnotes and comments a web export writes after the document's end out
    of the tree (in place): a comment and its mark go, a footnote's text replaces its
    mark in brackets."""
    from bs4.element import NavigableString

    for mark, back in _pairs(soup):
        block = _note_block(back)
        if block is None:
            continue
        holder = _mark_holder(mark)
        if _COMMENT_ID_RE.search(_anchor(mark) + _anchor(back)):
            holder.extract()  # type: ignore[attr-defined]
        else:
            back.extract()  # type: ignore[attr-defined]
            note = " ".join(block.get_text(" ").split())  # type: ignore[attr-defined]
            holder.replace_with(NavigableString(f" ({note})" if note else ""))  # type: ignore[attr-defined]
        block.extract()  # type: ignore[attr-defined]
    for rule in soup.find_all("hr"):  # type: ignore[attr-defined]
        if rule.find_next(True) is None:  # the rule above the notes, now last
            rule.extract()
    _drop_page_footer(soup)


# the document's own blocks, written straight into the page's body by such an export
_TEXT_BLOCKS = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"])
_FOOTER_CHARS = 200


def _drop_page_footer(soup: object) -> None:
    """A document exported with its paragraphs straight in the page's body (Google
    Docs) writes the page header and footer as a `<div>` of their own before the first
    and after the last of them: the footer (a line that repeats the title on every
    printed page) goes, so it ends no decision; the header stays (it may name the
    municipality)."""
    body = getattr(soup, "body", None)
    if body is None:
        return
    kids = [k for k in body.find_all(True, recursive=False)]  # type: ignore[attr-defined]
    last = max((k for k, el in enumerate(kids) if el.name in _TEXT_BLOCKS), default=-1)
    if last < 0 or sum(el.name in _TEXT_BLOCKS for el in kids) < 10 or any(
            el.name == "div" for el in kids[1:last]):
        return
    for el in kids[last + 1:]:
        if el.name == "div" and not el.get("class") and len(
                el.get_text(" ", strip=True)) <= _FOOTER_CHARS:
            el.extract()
