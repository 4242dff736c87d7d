"""Word documents (.docx): minutes written in a municipality's Word template, or saved
from a minutes system as Word.

A .docx is a zip holding `word/document.xml`; only the standard library reads it. The
document becomes the text the text adapter reads (`text.meetings_from_text`), with what
Word knows and a PDF's text loses put back as text:

* a paragraph's automatic number ("1.", "1.1", "a)", a bullet) is no text of the
  paragraph; it is rendered from `word/numbering.xml`, so an item heading numbered by
  Word reads "1. Godkendelse af dagsorden" and a bullet "- Nord";
* the item headings are the highest heading level (style "heading 1" / "Overskrift 1",
  or an outline level) below the header that is no section name; when they carry no
  number at all, they are numbered in order;
* a table's rows of labels and values ("Udvalg | Økonomiudvalget | Mødedato |
  10-06-2024") are "label: value" lines, other rows their cells side by side;
* the header (everything before the first item) keeps one paragraph a line, the items
  a blank line between paragraphs, as the text adapter reads a PDF's paragraphs.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from referat.domain import Meeting

from .added_items import ADDED_ITEM_RE
from .common import ParseError
from .dates import written_date
from .margin_year import year_dated
from .repeated_heads import without_repeated_heads
from .table_text import table_paragraphs
from .text import meetings_from_text
from .text_items import KEYWORD_ALONE_RE, PLAIN_ITEM_RE
from .text_numbered import NUMBERED_LINE_RE
from .text_sections import section_name
from .title_block import under_title
from .word_boxes import box_glyph
from .word_chunks import chunk_reader
from .word_groups import close_by_group, grouped_items, number_in_order
from .word_margins import head_in_margins, margin_body, without_composed
from .word_merged import merged_down
from .word_notes import place_notes
from .word_numbering import Numbering, docx_numbering
from .word_tables import after_agenda
from .xmlload import zip_part

NAME = "word"
_HEADING_NAME_RE = re.compile(r"^(?:heading|overskrift)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = ("title", "titel", "subtitle", "undertitel")


def sniff(raw: bytes, path: Path) -> bool:
    """A zip whose name ends in .docx, or which holds `word/document.xml`."""
    return raw[:4] == b"PK\x03\x04" and (path.suffix.lower() == ".docx"
                                         or b"word/document.xml" in raw)


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """The document's text, read as minutes by the text adapter."""
    # (a mail merge's head table again on each record's page)
    return meetings_from_text(without_repeated_heads(docx_text(raw)), path, NAME, municipality)


def _part(archive: zipfile.ZipFile, name: str) -> ET.Element | None:
    return zip_part(archive, name, "Word-dokumentets")


def _local(tag: object) -> str:
    return tag.split("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(el: ET.Element | None, name: str) -> str | None:
    """An attribute by its local name ("val" for `w:val`)."""
    if el is None:
        return None
    return next((v for k, v in el.attrib.items() if _local(k) == name), None)


def _int(value: str | None, default: int = 0) -> int:
    """A number attribute; a damaged one reads as the default."""
    return int(value) if value and value.isascii() and value.isdigit() else default


def _child(el: ET.Element | None, name: str) -> ET.Element | None:
    return None if el is None else next((c for c in el if c.tag == name), None)


@dataclass
class Para:
    text: str
    level: int = 0  # heading level, 0 for body text
    label: str = ""  # the automatic number or bullet
    row: bool = False  # a table row rendered as text
    part: str = ""  # the item part its paragraph style names ("Beslutningstekst")


def docx_text(raw: bytes) -> str:
    """The text of a .docx; raises `ParseError` (Danish) when it is no Word document."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        document = _part(archive, "word/document.xml")
        styles = _Styles(_part(archive, "word/styles.xml"))
        numbering = docx_numbering(_part(archive, "word/numbering.xml"))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, RuntimeError, OSError) as err:
        raise ParseError("Word-filen (.docx) kan ikke åbnes; den er beskadiget eller ikke "
                         "en rigtig .docx-fil") from err
    if document is None and any(n.startswith("Index/Document.iwa") or n == "index.xml"
                                for n in archive.namelist()):
        raise ParseError("filen er et Apple Pages-dokument, ikke et Word-dokument; eksportér "
                         "det som Word (.docx) eller PDF fra Pages")
    if document is None:
        raise ParseError("zip-filen er ikke et Word-dokument (.docx): word/document.xml mangler")
    place_notes(document, {kind: _part(archive, f"word/{kind}s.xml")  # ("3,5 %¹": its note)
                           for kind in ("footnote", "endnote")})
    body = _child(document, "body")
    chunks = chunk_reader(archive)  # (an item's text merged in as HTML: `word_chunks`)
    return paras_text(list(_paragraphs(body, styles, numbering, chunks))
                      if body is not None else [], _page_margins(archive, styles, numbering),
                      "Word-dokumentet (.docx)")


def paras_text(paras: list[Para], margins: list[Para], kind: str,
               running: Iterable[str] = ()) -> str:
    """A word processor's paragraphs (and its page headers' and footers' lines, once each;
    `running` those with the page number too) as the text adapter reads them; shared by
    .docx, OpenDocument and RTF."""
    # ("torsdag den 24. oktober", the year only in the footer: `margin_year`)
    paras = year_dated(after_agenda(paras, _numbered), [*running, *(p.text for p in margins)])
    if not any(written_date(p.text) for p in paras[:40]):
        paras = margins + paras
    elif head_in_margins(paras, margins):  # (its only dates in the items' text)
        paras = without_composed(margins) + paras
    else:  # the committee named only in the page header
        paras = margin_body(paras, margins) + paras
    if not any(p.text for p in paras):
        raise ParseError(f"{kind} indeholder ingen tekst")
    return _layout(paras)


def margin_lines(paras: Iterable[Para], seen: set[str]) -> list[Para]:
    """A page header's or footer's lines not seen before, the page number left out."""
    out: list[Para] = []
    for p in paras:
        if p.text and p.text not in seen and not re.search(r"\bside\b", p.text, re.I):
            seen.add(p.text)
            out.append(p)
    return out


def _page_margins(archive: zipfile.ZipFile, styles: _Styles, numbering: Numbering
                  ) -> list[Para]:
    """The page headers' and footers' lines, once each, for a document whose body names
    no date: its committee and date stand only there ("Børne- og Familieudvalget,
    20-08-2024")."""
    names = sorted((n for n in archive.namelist()  # the headers first, then the footers
                    if re.match(r"word/(?:header|footer)\d*\.xml$", n)),
                   key=lambda n: ("footer" in n, n))
    seen: set[str] = set()
    out: list[Para] = []
    for name in names:
        root = _part(archive, name)
        out += margin_lines(_paragraphs(root, styles, numbering) if root is not None else [], seen)
    return out


# A body style named for an item's part ("Beslutning", "Beslutningstekst", "Indstilling tekst")
_PART_STYLE_RE = re.compile(r"^(beslutning|indstilling|sagsfremstilling)(?:s?\s*(?:tekst|felt|"
                            r"afsnit|text|body))?$", re.IGNORECASE)


def styled_parts(paras: list[Para]) -> list[Para]:
    """A run of paragraphs whose style names an item's part (a decision marked only by its
    shaded "Beslutningstekst" style) gets that part's heading above it, unless a heading
    of that name stands there already."""
    out: list[Para] = []
    for p in paras:
        before = next((q for q in reversed(out) if q.text), None)
        if p.part and p.text and (before is None or before.part != p.part) and not (
                section_name(p.text)) and not (before and section_name(before.text) == p.part):
            out.append(Para(p.part))
        out.append(p)
    return out


def heading_level(style_name: str) -> int:
    """The heading level a style's name gives ("heading 2", "Overskrift 1"), else 0."""
    m = _HEADING_NAME_RE.match(style_name.strip())
    return int(m.group(1)) if m else 0


class _Styles:
    """Paragraph style id → (heading level, the style's own numbering)."""

    def __init__(self, root: ET.Element | None) -> None:
        self.level: dict[str, int] = {}
        self.num: dict[str, tuple[str, int]] = {}
        self.part: dict[str, str] = {}  # a style named for an item's part: "Beslutningstekst"
        based: dict[str, str] = {}  # a style → the style it is based on (`w:basedOn`)
        for style in root if root is not None else []:
            sid = _attr(style, "styleId") or ""
            name = (_attr(_child(style, "name"), "val") or sid).lower()
            ppr = _child(style, "pPr")
            outline = _attr(_child(ppr, "outlineLvl"), "val")
            if m := _HEADING_NAME_RE.match(name) or _HEADING_NAME_RE.match(sid):
                self.level[sid] = int(m.group(1))
            elif name in _TITLE_STYLES or sid.lower() in _TITLE_STYLES:
                self.level[sid] = -1  # a title: the header's
            elif outline is not None and outline.isdigit() and int(outline) < 9:
                self.level[sid] = int(outline) + 1
            elif outline is None and (parent := _attr(_child(style, "basedOn"), "val")):
                based[sid] = parent
            if (part := _PART_STYLE_RE.match(name)) and sid not in self.level:
                self.part[sid] = part.group(1).capitalize()
            if (num := _child(ppr, "numPr")) is not None:
                self.num[sid] = (_attr(_child(num, "numId"), "val") or "",
                                 _int(_attr(_child(num, "ilvl"), "val")))
        for sid in based.keys() - self.part.keys():
            if (level := self._inherited(sid, based)) > 0:
                self.level[sid] = level

    def _inherited(self, sid: str, based: dict[str, str]) -> int:
        """The heading level a style takes from the styles it is based on: a custom item
        heading style ("Punktoverskrift", based on "heading 1", its number attached in
        styles.xml) is a heading of that level, as Word's outline shows it."""
        seen = {sid}
        while (sid := based.get(sid, "")) and sid not in seen:
            if sid in self.level:
                return self.level[sid]
            seen.add(sid)
        return 0

    def heading(self, sid: str) -> int:
        if sid in self.level:
            return self.level[sid]
        m = _HEADING_NAME_RE.match(sid)  # a document without styles.xml
        return int(m.group(1)) if m else (-1 if sid.lower() in _TITLE_STYLES else 0)


_BOX_END = ET.Element("box-end")  # marks where a text box's paragraphs end


# Parts of a paragraph that are no text of it: tracked deletions and the source of a
# tracked move (`moveFrom`, its text stands where `moveTo` put it), field codes,
# properties, and "Fallback" (the copy of a text box for old Word versions)
_UNREAD = frozenset({"del", "moveFrom", "instrText", "pPr", "rPr", "Fallback"})


def _placeholder(node: ET.Element) -> bool:
    """An empty content control showing its prompt ("Klik eller tryk her for at skrive
    tekst."): `w:sdt` whose properties hold `w:showingPlcHdr`."""
    return node.tag == "sdt" and _child(_child(node, "sdtPr"), "showingPlcHdr") is not None


def _run_text(el: ET.Element) -> str:
    """A paragraph's text: its runs, tabs and line breaks; deleted or moved-away text,
    field codes and content-control prompts left out."""
    out: list[str] = []
    stack = [el]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == "p" and node is not el:  # a text box's paragraph inside this one
            out.append("\n")
        if tag == "txbxContent":  # the paragraph's own text goes on below the box
            stack.append(_BOX_END)
        elif node is _BOX_END:
            out.append("\n")
        if tag in ("t", "delText", "instrText"):
            out.append(node.text or "" if tag == "t" else "")
        elif tag == "tab":
            out.append(" ")
        elif tag in ("br", "cr"):
            out.append("\n")
        elif tag == "noBreakHyphen":
            out.append("-")
        elif tag in ("fldChar", "sym") and (glyph := box_glyph(node)):
            out.append(f"{glyph} ")  # a check box: a form field's or a symbol's
        if tag not in _UNREAD and not _placeholder(node):
            stack.extend(reversed(list(node)))
    return "".join(out)


def _paragraphs(body: ET.Element, styles: _Styles, numbering: Numbering,
                chunks: Callable[[str], list[str]] = lambda rid: []) -> Iterator[Para]:
    """The body's paragraphs in reading order; a table's rows as paragraphs of their own.
    Content controls (`w:sdt`) and other wrappers are read through; an import chunk
    (`w:altChunk`) is its paragraphs (`chunks`, by its relationship id)."""
    stack: list[ET.Element] = list(reversed(list(body)))
    while stack:
        el = stack.pop()
        if el.tag == "p":
            yield _paragraph(el, styles, numbering)
        elif el.tag == "altChunk":
            yield from (Para(text) for text in chunks(_attr(el, "id") or ""))
        elif el.tag == "tbl":
            rows = merged_down(el, [_row_cells(row, chunks) for row in el if row.tag == "tr"])
            yield from (Para(text, row=row) for text, row in table_paragraphs(rows))
        elif el.tag not in ("sectPr",) and not _placeholder(el):
            stack.extend(reversed(list(el)))


def _row_cells(row: ET.Element, chunks: Callable[[str], list[str]]) -> list[list[str]]:
    """A table row's cells, each its paragraphs' texts; a cell merged across some of the
    columns (`w:gridSpan`) is followed by an empty cell for each other column it covers
    (one cell across the whole row stays one: a group's row, "Fra administrationen")."""
    cells: list[list[str]] = []
    tcs = [c for c in row if c.tag == "tc"]
    for c in tcs:
        cells.append([t for p in _cell_nodes(c) for t in (
            [_run_text(p).strip()] if p.tag == "p" else chunks(_attr(p, "id") or "")
            if p.tag == "altChunk" else _nested_lines(p, chunks) if p.tag == "tbl"
            else []) if t])
        span = _int(_attr(_child(_child(c, "tcPr"), "gridSpan"), "val"), 1)
        cells += [[] for _ in range(span - 1)] if len(tcs) > 1 else []
    return cells


def _cell_nodes(node: ET.Element) -> Iterator[ET.Element]:
    """A cell's elements in document order, a table nested in it as one element."""
    yield node
    for child in node:
        yield from ([child] if child.tag == "tbl" else _cell_nodes(child))


def _nested_lines(table: ET.Element, chunks: Callable[[str], list[str]]) -> list[str]:
    """A table nested in a cell: its rows read as any table's, each line a paragraph of
    the cell (a members' or vote table's lists, a budget's rows), not its cells' words."""
    rows = [_row_cells(r, chunks) for r in table if r.tag == "tr"]
    return [ln for text, _ in table_paragraphs(rows) for ln in text.split("\n")]


def _paragraph(el: ET.Element, styles: _Styles, numbering: Numbering) -> Para:
    ppr = _child(el, "pPr")
    sid = _attr(_child(ppr, "pStyle"), "val") or ""
    level = styles.heading(sid)
    outline = _attr(_child(ppr, "outlineLvl"), "val")
    if not level and outline and outline.isdigit() and int(outline) < 9:
        level = int(outline) + 1
    num = _child(ppr, "numPr")
    ref = ((_attr(_child(num, "numId"), "val") or "", _int(_attr(_child(num, "ilvl"), "val")))
           if num is not None else styles.num.get(sid))
    text = re.sub(r"[ \t]+", " ", _run_text(el)).strip()
    # (a paragraph deleted whole with tracked changes, its mark too, is gone from the
    # final document and takes no number of its list: the items after it keep theirs)
    gone = not text and _child(_child(ppr, "rPr"), "del") is not None
    label = numbering.label(*ref) if ref and not gone else ""
    return Para(text, level, label, part=styles.part.get(sid, ""))


def _numbered(text: str) -> bool:
    # ("Punkt 3" alone as the heading, its title in the table below: numbered already)
    return bool(PLAIN_ITEM_RE.match(text) or NUMBERED_LINE_RE.match(text)
                or KEYWORD_ALONE_RE.match(text) or ADDED_ITEM_RE.match(text))  # ("Pkt. 4a")


def _layout(paras: list[Para]) -> str:
    """The paragraphs as the text adapter reads them (the module's rules)."""
    paras = styled_parts(paras)
    for p in paras:
        if p.label and p.text:
            p.text = f"{p.label} {p.text}"
    first_date = next((k for k, p in enumerate(paras) if re.search(r"\d{4}", p.text)), 0)
    # (the file's title heading printed again heads its next meeting: no item; so are the
    # headings right under the document's title, "Referat" / "Børne- og Kulturudvalget",
    # below a dated notice above it: "Udsendt 30. august 2021. Erstatter …")
    titles = {p.text for p in paras[:first_date + 1] if p.level > 0} | set(under_title(paras))
    heads = [k for k, p in enumerate(paras) if p.level > 0 and k > first_date and p.text
             and not section_name(p.text) and p.text not in titles]
    item_level = min((paras[k].level for k in heads), default=0)
    items = [k for k in heads if paras[k].level == item_level]
    if grouped := grouped_items(paras, heads, _numbered):  # "Sager til beslutning" above
        groups, items = grouped  # its items: no item, no text of the item above
        number_in_order(paras, groups, items)
        close_by_group(paras, groups, items)
    if items and not any(_numbered(paras[k].text) for k in items):
        for n, k in enumerate(items, 1):  # headings without numbers: numbered in order
            paras[k].text = f"{n}. {paras[k].text}"
    first_item = next((k for k, p in enumerate(paras) if k in items or (
        k > first_date and not p.row and _numbered(p.text))), len(paras))
    out: list[str] = []
    for k, p in enumerate(paras):
        if not p.text:
            continue
        listed = p.label and not p.level
        if out and out[-1] and k >= first_item and not listed:
            out.append("")  # a blank line between an item's paragraphs
        out.append(p.text)
        if p.level > 0 and k >= first_item:
            out.append("")
    return "\n".join(out) + "\n"
