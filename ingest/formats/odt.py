"""OpenDocument text (.odt, or its flat XML form .fodt): minutes written in LibreOffice
Writer, or saved as .odt by an ESDH system.

An .odt is a zip whose first part `mimetype` says
`application/vnd.oasis.opendocument.text`; its body is `content.xml`, its page headers
and footers stand in `styles.xml` (the master pages). The document is read as a Word
document is (`word.paras_text`), its parts put in the shape the Word adapter reads:

* a paragraph (`text:p`) is a paragraph, a heading (`text:h`) one of its outline level;
* a list's (`text:list`) automatic numbers are rendered from its list style ("1)",
  "a.", a bullet "-"), counting on where the list continues another
  (`text:continue-numbering`), from a `text:start-value`;
* a table's rows (`table:table-row`) are rows of cells of paragraphs, read by the
  table rules Word's tables are;
* spaces (`text:s`), tabs and line breaks are text; notes, a generated table of
  contents, tracked deletions and field sequence declarations are none;
* the master pages' header and footer lines are the page margins (the municipality or
  the committee named only there).
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from referat.domain import Meeting

from .common import ParseError
from .table_text import table_paragraphs
from .text import meetings_from_text
from .word import Para, margin_lines, paras_text
from .word_numbering import number_label
from .xmlload import zip_part

NAME = "odt"
MIMETYPE = b"application/vnd.oasis.opendocument.text"
_MIMETYPE_SPAN = 200  # the mimetype part is the zip's first, stored uncompressed
_FLAT_ROOT_SPAN = 8192  # a flat document's root element, its namespaces declared first
_KIND = "OpenDocument-dokumentet (.odt)"
_OUTLINE = "\0outline"  # the headings' numbering, by a name no list style has
# Elements whose text is no text of the document
_UNREAD = frozenset({"note", "tracked-changes", "sequence-decls", "table-of-content",
                     "alphabetical-index", "annotation", "bookmark-ref"})
# A table row's cells: its own, and those a cell merged across columns covers
_CELLS = ("table-cell", "covered-table-cell")
# An ODF number format (`style:num-format`) as Word names it
_NUM_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
                "I": "upperRoman"}


def sniff(raw: bytes, path: Path) -> bool:
    """A zip whose first part names the OpenDocument text mimetype, or a flat XML
    OpenDocument text (.fodt: one XML document whose root names it)."""
    head = raw[:_MIMETYPE_SPAN]  # (a template's or master document's type goes on "-…")
    if raw[:4] == b"PK\x03\x04":
        return MIMETYPE in head and MIMETYPE + b"-" not in head
    return _flat(raw)


def _flat(raw: bytes) -> bool:
    head = raw[:_FLAT_ROOT_SPAN]
    return b"<office:document" in head and b'office:mimetype="' + MIMETYPE + b'"' in head


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """The document's text, read as minutes by the text adapter (as a .docx is)."""
    return meetings_from_text(odt_text(raw), path, NAME, municipality)


def _local(tag: object) -> str:
    return tag.split("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(el: ET.Element, name: str) -> str:
    return next((v for k, v in el.attrib.items() if _local(k) == name), "")


def _load(archive: zipfile.ZipFile, name: str) -> ET.Element | None:
    return zip_part(archive, name, "OpenDocument-dokumentets")


def odt_text(raw: bytes) -> str:
    """The text of an .odt; raises `ParseError` (Danish) when it cannot be read."""
    try:
        if _flat(raw):  # (styles, master pages and body in one document)
            content, styles = ET.fromstring(raw), None
        else:
            archive = zipfile.ZipFile(io.BytesIO(raw))
            content = _load(archive, "content.xml")
            styles = _load(archive, "styles.xml")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, RuntimeError, OSError,
            ET.ParseError) as err:
        raise ParseError(f"{_KIND} kan ikke åbnes; filen er beskadiget") from err
    if content is None:
        raise ParseError(f"{_KIND} har ingen dokumentdel (content.xml)")
    reader = _Reader([r for r in (styles, content) if r is not None])
    body = next((el for top in content if _local(top.tag) == "body"
                 for el in top if _local(el.tag) == "text"), None)
    paras = list(reader.blocks(body)) if body is not None else []
    seen: set[str] = set()
    margins: list[Para] = []
    for root in (styles, content):
        for part in ("header", "footer"):
            for el in (root.iter() if root is not None else []):
                if _local(el.tag) == part:
                    margins += margin_lines(reader.blocks(el), seen)
    return paras_text(paras, margins, _KIND)


class _Reader:
    """The document's blocks as the Word adapter's paragraphs, lists numbered."""

    def __init__(self, roots: list[ET.Element]) -> None:
        self.formats: dict[str, dict[int, tuple[str, str, str]]] = {}
        for root in roots:
            for style in (e for e in root.iter()
                          if _local(e.tag) in ("list-style", "outline-style")):
                name = (_OUTLINE if _local(style.tag) == "outline-style"
                        else _attr(style, "name"))
                levels = self.formats.setdefault(name, {})
                for lvl in style:
                    kind, level = _local(lvl.tag), int(_attr(lvl, "level") or 1)
                    if kind in ("list-level-style-number", "outline-level-style"):
                        levels[level] = (_NUM_FORMATS.get(_attr(lvl, "num-format"), ""),
                                         _attr(lvl, "num-prefix"), _attr(lvl, "num-suffix"))
                    elif kind == "list-level-style-bullet":
                        levels[level] = ("bullet", "", "")
        self.counters: dict[str, list[int]] = {}

    def blocks(self, el: ET.Element, style: str = "", depth: int = 0) -> list[Para]:
        out: list[Para] = []
        for child in el:
            tag = _local(child.tag)
            if tag in ("p", "h"):
                level = int(_attr(child, "outline-level") or 1) if tag == "h" else 0
                label = self._outline(level, child) if tag == "h" else ""
                out.append(Para(re.sub(r"[ \t]+", " ", _inline(child)).strip(), level, label))
            elif tag == "list":
                out += self._list(child, _attr(child, "style-name") or style, depth + 1)
            elif tag == "table":
                rows = [[[t for p in cell.iter() if _local(p.tag) in ("p", "h")
                          if (t := _inline(p).strip())] for cell in _row_cells(row)]
                        for row in child.iter() if _local(row.tag) == "table-row"]
                out += [Para(text, row=row) for text, row in table_paragraphs(rows)]
            elif tag not in _UNREAD:
                out += self.blocks(child, style, depth)
        return out

    def _list(self, el: ET.Element, style: str, depth: int) -> list[Para]:
        counts = self.counters.setdefault(f"{style}/{depth}", [0])
        if _attr(el, "continue-numbering") != "true" and not _attr(el, "continue-list"):
            counts[0] = 0
        out: list[Para] = []
        for item in (i for i in el if _local(i.tag) in ("list-item", "list-header")):
            if _local(item.tag) == "list-item":
                start = _attr(item, "start-value")
                counts[0] = int(start) if start.isdigit() else counts[0] + 1
            fmt, prefix, suffix = self.formats.get(style, {}).get(depth, ("", "", ""))
            inner = self.blocks(item, style, depth)
            first = next((p for p in inner if p.text and not p.row), None)
            if first is not None and fmt and _local(item.tag) == "list-item":
                first.label = "-" if fmt == "bullet" else (
                    f"{prefix}{number_label(counts[0], fmt)}{suffix}")
            out += inner
        return out

    def _outline(self, level: int, heading: ET.Element) -> str:
        """A heading's number from the document's outline numbering, if it has one. A
        heading marked as its list's header (`text:is-list-header`, "Deltagere" among the
        items) has no number and takes none of the count; one that restarts the numbering
        (`text:restart-numbering`) counts on from its `text:start-value` (items numbered
        on from the meeting before: "41." for the first)."""
        fmt, prefix, suffix = self.formats.get(_OUTLINE, {}).get(level, ("", "", ""))
        counts = self.counters.setdefault(_OUTLINE, [0] * 10)
        if not fmt or fmt == "bullet" or not 0 < level < len(counts) or (
                _attr(heading, "is-list-header") == "true"):
            return ""
        if _attr(heading, "restart-numbering") == "true":
            start = _attr(heading, "start-value")
            counts[level] = int(start) - 1 if start.isdigit() else 0
        counts[level] += 1
        counts[level + 1:] = [0] * (len(counts) - level - 1)
        return f"{prefix}{number_label(counts[level], fmt)}{suffix}"


def _row_cells(row: ET.Element) -> list[ET.Element]:
    """A table row's cells, a cell merged across some of the columns followed by the
    (empty) ones it covers; one cell across the whole row stays one (a group's row)."""
    cells = [c for c in row if _local(c.tag) in _CELLS]
    return cells if sum(_local(c.tag) == "table-cell" for c in cells) > 1 else [
        c for c in cells if _local(c.tag) == "table-cell"]


def _inline(el: ET.Element, floating: list[str] | None = None) -> str:
    """A paragraph's text: its spans, links, spaces (`text:s`), tabs and line breaks. A
    frame floating beside the paragraph (anchored to it, not set in its line as a
    character) is no part of its sentences: the frame's paragraphs follow the
    paragraph's text, each on a line of its own (a map's caption "Figur 1" / "…")."""
    top = floating is None
    boxes: list[str] = [] if floating is None else floating
    out: list[str] = [el.text or ""]
    for child in el:
        tag = _local(child.tag)
        if tag == "s":
            count = _attr(child, "c")
            out.append(" " * (int(count) if count.isdigit() else 1))
        elif tag == "tab":
            out.append(" ")
        elif tag == "line-break":
            out.append("\n")
        elif tag == "frame" and _attr(child, "anchor-type") != "as-char":
            boxes += [t for p in _box_paragraphs(child) if (t := _inline(p).strip())]
        elif tag not in _UNREAD:
            out.append(_inline(child, boxes))
        out.append(child.tail or "")
    return "\n".join(["".join(out), *boxes]) if top and boxes else "".join(out)


def _box_paragraphs(el: ET.Element) -> list[ET.Element]:
    """A text box's paragraphs in order, those in its lists and tables too (a paragraph's
    own frames are read with that paragraph)."""
    return [p for child in el for p in (
        [child] if _local(child.tag) in ("p", "h") else _box_paragraphs(child))]
