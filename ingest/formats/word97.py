"""Word 97–2003 documents (.doc): older minutes archives, and ESDH systems that still
save Word's binary format.

The file is recognised by its content: a compound file (OLE) holding a `WordDocument`
stream, whatever its name (a ".doc" that is really RTF, HTML or Word's XML is read by
those adapters, which come first). `word97_binary` reads its paragraphs and
`word97_lists` its automatic numbers; they are then put in the shape the Word adapter
reads (`word.paras_text`), so a heading, a table and a list read as in a .docx:

* a paragraph in a built-in heading style (`sti` 1–9: "heading 1" / "Overskrift 1"),
  a style named so, or with an outline level is a heading of that level;
* a list paragraph's automatic number ("1.", "a)") or bullet ("-") is its label;
* a table's cells and rows are rows of cells of paragraphs, read by the table rules
  Word's tables are;
* the page headers' and footers' lines are the page margins (a committee or date
  printed only there);
* text boxes' paragraphs come first: a letterhead template's box at the top of the
  first page holds the committee, the date and the place.

A password-protected file or one from Word 6.0/95 is refused with a Danish reason.
"""

from __future__ import annotations

from pathlib import Path

from referat.domain import Meeting

from .compound import open_compound
from .table_text import table_paragraphs
from .text import meetings_from_text
from .word import Para, heading_level, margin_lines, paras_text
from .word97_binary import WORD_DOCUMENT, DocPara, DocText, read_doc
from .word97_lists import list_numbering

NAME = "word97"
_KIND = "Word-dokumentet (.doc)"
_TITLE, _SUBTITLE = 62, 74  # built-in style identifiers (sti) of a title and subtitle
_PLF_LST, _PLF_LFO = 73, 74  # the FIB's pairs of the list tables


def sniff(raw: bytes, path: Path) -> bool:
    """A compound file with a `WordDocument` stream."""
    return (ole := open_compound(raw)) is not None and ole.exists(WORD_DOCUMENT)


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """The document's text, read as minutes by the text adapter."""
    return meetings_from_text(doc_text(raw), path, NAME, municipality)


def doc_text(raw: bytes) -> str:
    """The text of a .doc as the text adapter reads it; raises `ParseError` (Danish)."""
    doc = read_doc(raw)
    return paras_text(doc_paras(doc), margin_lines((Para(x) for x in doc.margins), set()),
                      _KIND)


def doc_paras(doc: DocText) -> list[Para]:
    """The document's paragraphs as the Word adapter's `Para`s, tables as their rows."""
    numbering, lists = list_numbering(doc.table, doc.fib.get(_PLF_LST, (0, 0)),
                                      doc.fib.get(_PLF_LFO, (0, 0)))
    out: list[Para] = []
    table = _Table()
    # a text box's lines first: a letterhead template's box at the top of the first page
    # holds the committee, the date and the place
    for p in [*doc.boxes, *doc.paras]:
        if p.in_table:
            table.add(p)
            continue
        out += table.paras()  # (a table ends where a paragraph outside it begins)
        sti, name = doc.styles.get(p.istd, (0, ""))
        level = sti if 1 <= sti <= 9 else -1 if sti in (_TITLE, _SUBTITLE) else (
            heading_level(name) or (p.outline + 1 if p.outline < 9 else 0))
        label = numbering.label(lists[p.ilfo], p.ilvl) if p.ilfo in lists else ""
        out.append(Para(p.text, level, label))
    return out + table.paras()


class _Table:
    """A table's paragraphs gathered into rows of cells of paragraphs."""

    def __init__(self) -> None:
        self.rows: list[list[list[str]]] = []
        self.row: list[list[str]] = []
        self.cell: list[str] = []

    def add(self, p: DocPara) -> None:
        if p.row_end:
            self.rows.append(self.row + ([self.cell] if self.cell else []))
            self.row, self.cell = [], []
            return
        if p.text:
            self.cell.append(p.text)
        if p.cell_end:
            self.row.append(self.cell)
            self.cell = []

    def paras(self) -> list[Para]:
        """The rows gathered so far as paragraphs (none when there are none); emptied."""
        if self.row or self.cell:  # (a row whose end mark is missing)
            self.rows.append(self.row + ([self.cell] if self.cell else []))
        rows, self.rows, self.row, self.cell = self.rows, [], [], []
        return [Para(text, row=is_row) for text, is_row in table_paragraphs(rows)] if rows else []
