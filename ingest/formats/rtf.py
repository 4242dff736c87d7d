"""Rich Text Format (.rtf, or a ".doc"/".txt" an ESDH system saved as RTF): minutes
exported from an ESDH system or saved from Word or WordPad.

The file is recognised by its head (`{\\rtf`) whatever its name. A small reader turns it
into the paragraphs the Word adapter reads (`word.paras_text`), so a heading, a table and
a list read as they do in a .docx:

* text is the document's code page (`\\ansicpgN`, cp1252 by default) for `\\'xx`
  escapes, and Unicode for `\\uN` (its `\\ucN` fallback characters skipped); `\\par`
  ends a paragraph, `\\line` breaks a line, `\\tab` is a space, `\\endash`, quotes and
  the like their characters; in a paragraph whose tab stop draws a leader (`\\tldot`: a
  report generator's "Name (P), formand …… Til stede") the tab parts two columns and is
  kept as a tab, read as a members' table is (`tab_members`);
* a paragraph's style (`\\sN`) whose name in the stylesheet is "heading N" /
  "overskrift N", or its `\\outlinelevelN`, makes it a heading of that level;
* a table's cells (`\\intbl` paragraphs, `\\cell`) and rows (`\\row`) are rows of cells
  of paragraphs, read by the table rules Word's tables are;
* the page header and footer groups (`{\\header …}`, `{\\footerl …}`) are the page
  margins (a municipality named only there; the page number left out);
* a tracked deletion's runs (`\\deleted`, until `\\deleted0`, `\\plain` or the group's
  end) are no text, as Word shows the final document; tracked insertions are;
* destinations that hold no text are skipped: `{\\*\\…}`, the font, colour and list
  tables, the stylesheet (read for its names only), document information, pictures,
  objects and field instructions; a field's result is its text. A list's rendered
  number (`{\\listtext 1.\\tab}`) is text, as Word wrote it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from referat.domain import Meeting

from .table_text import table_paragraphs
from .text import meetings_from_text
from .word import Para, heading_level, margin_lines, paras_text

NAME = "rtf"
_KIND = "RTF-dokumentet"
_HEAD_SPAN = 2048
_DEFAULT_CODEPAGE = "cp1252"
_TOKEN_RE = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])"
                       rb"|([^\\{}\r\n]+)|[\r\n]+")
# Destinations whose text is no text of the document
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "info", "pict", "object", "themedata", "listtable",
    "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "latentstyles", "datastore",
    "fldinst", "filetbl", "revtbl", "pgdsctbl", "bkmkstart", "bkmkend", "shppict",
    "nonshppict", "comment", "footnote", "annotation", "atnid", "atnauthor", "pn",
    "mmathPr", "operator", "author", "title", "creatim", "revtim"})
_MARGINS = frozenset({"header", "headerl", "headerr", "headerf", "footer", "footerl",
                      "footerr", "footerf"})
# Control words that stand for a character
_CHARACTERS = {"tab": " ", "line": "\n", "emdash": "\u2014", "endash": "\u2013",
               "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019",
               "ldblquote": "\u201c", "rdblquote": "\u201d", "emspace": " ", "enspace": " ",
               "qmspace": " "}
# Starred destinations that hold the document's text: a field's result, a list's number
_KEPT = frozenset({"fldrslt", "listtext", "pntext"})
# A tab stop's leader (dots, a rule): "Name …… Status", a row of two columns
_LEADERS = frozenset({"tldot", "tlmdot", "tlhyph", "tlul", "tlth", "tleq"})
_LEADER_TAB = "\x1f"  # (a unit separator while the paragraph's spaces are collapsed)
_SYMBOLS = {b"~": " ", b"_": "-", b"-": "", b"\\": "\\", b"{": "{", b"}": "}"}


def sniff(raw: bytes, path: Path) -> bool:
    """Rich Text Format: the head `{\\rtf`, whatever the file's name."""
    return raw[:_HEAD_SPAN].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """The document's text, read as minutes by the text adapter (as a .docx is)."""
    return meetings_from_text(rtf_text(raw), path, NAME, municipality)


@dataclass
class _Group:
    skip: bool = False  # a destination holding no text of the document
    margin: bool = False  # a page header's or footer's
    sheet: bool = False  # the stylesheet
    entry: bool = False  # one style of the stylesheet
    uc: int = 1  # how many fallback characters follow a `\\u` character
    deleted: bool = False  # a tracked deletion's run (`\\deleted`): no text of the final document


@dataclass
class _Sink:
    """Where a run of paragraphs goes: the body, or the page margins."""
    paras: list[Para] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    rows: list[list[list[str]]] = field(default_factory=list)
    row: list[list[str]] = field(default_factory=list)
    cell: list[str] = field(default_factory=list)


def rtf_text(raw: bytes) -> str:
    """The text of an RTF document; raises `ParseError` (Danish) when it has none."""
    reader = _Reader(raw)
    reader.run()
    seen: set[str] = set()
    return paras_text(reader.body.paras, margin_lines(reader.margins.paras, seen), _KIND,
                      [p.text for p in reader.margins.paras])


class _Reader:
    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.codepage = _DEFAULT_CODEPAGE
        self.styles: dict[int, int] = {}  # style number → heading level
        self.body, self.margins = _Sink(), _Sink()
        self.stack = [_Group()]
        self.style, self.outline, self.intbl = 0, 0, False
        self.leader = False  # the paragraph's tab stop has a leader: its tab parts columns
        self.skip_chars = 0  # a `\u`'s fallback characters still to skip
        self.entry: list[str] = []  # the stylesheet entry being read
        self.entry_style = 0

    @property
    def sink(self) -> _Sink:
        return self.margins if self.stack[-1].margin else self.body

    def run(self) -> None:
        starred = first = False
        for m in _TOKEN_RE.finditer(self.raw):
            word, num, hexa, sym, brace, text = m.groups()
            group = self.stack[-1]
            if brace == b"{":
                self.stack.append(_Group(group.skip, group.margin, group.sheet,
                                         group.sheet and not group.entry, group.uc,
                                         group.deleted))
                if group.sheet and not group.entry:  # a style of the stylesheet begins
                    self.entry, self.entry_style = [], -1
                starred, first = False, True
                continue
            if brace == b"}":
                if len(self.stack) > 1:
                    closing = self.stack.pop()
                    if closing.entry and not self.stack[-1].entry:
                        self._style_entry()
                    if closing.margin and not self.stack[-1].margin:
                        self._paragraph(self.margins)
                first = False
                continue
            if sym == b"*" and first:
                starred = True
                continue
            if word is not None:
                self._control(word.decode("ascii"), int(num) if num else None, group,
                              first, starred)
            elif hexa is not None:
                self._add(bytes([int(hexa, 16)]).decode(self.codepage, "replace"), group)
            elif sym is not None:
                self._add(_SYMBOLS.get(sym, ""), group)
            elif text is not None:
                self._add(text.decode(self.codepage, "replace"), group)
            starred = first = False
        self._paragraph(self.body)
        self._table(self.body)

    def _control(self, name: str, num: int | None, group: _Group, first: bool,
                 starred: bool) -> None:
        if first and name in _MARGINS:
            group.margin, group.skip = True, False
            return
        if first and (name in _SKIPPED or starred and name not in _KEPT):
            group.skip = True
        if first and name == "stylesheet":
            group.sheet = group.skip = True
        if group.entry:
            if name == "s" and self.entry_style < 0:
                self.entry_style = num or 0
            return
        if name == "ansicpg" and num:
            self.codepage = _codepage(num)
        elif name == "uc" and num is not None:
            group.uc = num
        elif group.skip:
            return
        elif name == "u" and num is not None:
            self._add(chr(num + 0x10000 if num < 0 else num), group)
            self.skip_chars = group.uc
            return
        elif name in ("deleted", "plain"):  # (`\\plain` ends the run's character formats)
            group.deleted = name == "deleted" and num != 0
        elif name == "pard":
            self.style, self.outline, self.intbl, self.leader = 0, 0, False, False
        elif name in _LEADERS:
            self.leader = True
        elif name == "tab" and self.leader:
            self._add(_LEADER_TAB, group)
        elif name == "s" and num is not None:
            self.style = num
        elif name == "outlinelevel" and num is not None:
            self.outline = num + 1
        elif name == "intbl":
            self.intbl = True
        elif name == "par":
            self._paragraph(self.sink)
        elif name in ("cell", "row"):
            self._cell(self.sink, name == "row")
        elif name in _CHARACTERS:
            self._add(_CHARACTERS[name], group)
        self.skip_chars = 0

    def _cell(self, sink: _Sink, row_end: bool) -> None:
        if not row_end or sink.cell or sink.text:
            self._paragraph(sink, in_cell=True)
            sink.row.append(sink.cell)
            sink.cell = []
        if row_end:
            sink.rows.append(sink.row)
            sink.row = []

    def _add(self, text: str, group: _Group) -> None:
        if self.skip_chars:  # the fallback of a `\u` character
            dropped = min(self.skip_chars, len(text))
            text, self.skip_chars = text[dropped:], self.skip_chars - dropped
        if group.entry:
            self.entry.append(text)
        elif not group.skip and not group.deleted:
            self.sink.text.append(text)

    def _style_entry(self) -> None:
        name = "".join(self.entry).strip().rstrip(";").strip()
        if self.entry_style >= 0 and (level := heading_level(name)):
            self.styles[self.entry_style] = level

    def _paragraph(self, sink: _Sink, in_cell: bool = False) -> None:
        text = re.sub(r"[ \t]+", " ", "".join(sink.text)).strip()
        text = re.sub(rf" ?{_LEADER_TAB}[ {_LEADER_TAB}]*", "\t", text)  # (one cell break)
        sink.text = []
        if in_cell or self.intbl:
            if text:
                sink.cell.append(text)
            return
        self._table(sink)
        level = self.styles.get(self.style, 0) or self.outline
        sink.paras.append(Para(text, level))

    def _table(self, sink: _Sink) -> None:
        if sink.row:
            sink.rows.append(sink.row)
            sink.row = []
        if sink.rows:
            sink.paras += [Para(text, row=row) for text, row in table_paragraphs(sink.rows)]
            sink.rows = []


def _codepage(number: int) -> str:
    try:
        return codecs.lookup(f"cp{number}").name
    except LookupError:
        return _DEFAULT_CODEPAGE
