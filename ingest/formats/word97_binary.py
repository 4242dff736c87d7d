"""The binary Word 97–2003 document (.doc, [MS-DOC]): its text, paragraph by paragraph,
with what each paragraph's properties say (style, table cell, row end, list).

Written by hand: no maintained pure-Python reader of .doc text exists (antiword and
catdoc are C programs), and `olefile` only opens the compound file. What is read:

* the File Information Block (FIB) of the `WordDocument` stream: the text's lengths
  (main text, footnotes, headers) and where the tables of the `0Table`/`1Table`
  stream lie;
* the piece table (`Clx`): which bytes hold which characters, 8-bit (cp1252) or UTF-16;
* the paragraph properties (`PlcBtePapx` → FKP pages → `PAPX`): the style (`istd`),
  whether the paragraph is in a table or ends a table row, its list (`ilfo`, `ilvl`)
  and outline level;
* the style sheet (`STSH`): built-in heading styles ("heading 1"–"heading 9" / "Overskrift
  1" …: `sti` 1–9) and styles named so.

Field instructions (`{ PAGE }`, `HYPERLINK "…"`) are no text; a field's result is. Nor
is text a tracked change deleted, or hidden text (`word97_marks`).
"""

from __future__ import annotations

import bisect
import io
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field

from .common import ParseError
from .word97_marks import character_runs, check_boxes, shown_characters
from .word97_records import Piece, fkp_pages, sprms, to_fc, u16, u32

WORD_DOCUMENT = "WordDocument"
_IDENT = 0xA5EC
_WORD97 = 0x00C1  # nFib of Word 97; earlier versions (Word 6/95) have no such FIB
# FibRgFcLcb97: the pairs (fc, lcb) read here, by their index
_STSHF, _PLCF_HDD, _PLCF_BTE_CHPX, _PLCF_BTE_PAPX, _CLX = 1, 11, 12, 13, 33
_PLF_LST, _PLF_LFO = 73, 74
# FibRgLw97: the story lengths, by their index
_CCP_TEXT, _CCP_FTN, _CCP_HDD, _CCP_TXBX, _CCP_HDR_TXBX = 3, 4, 5, 9, 10
# sprms read (see [MS-DOC] 2.6.2): in a table, row end (TTP), list, list level, outline,
# the table depth of Word 2000+ (`sprmPItap`)
_IN_TABLE, _TTP, _ILFO, _ILVL, _OUTLINE, _ITAP = 0x2416, 0x2417, 0x460B, 0x260A, 0x2640, 0x6649
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
CELL_MARK, PARAGRAPH_MARK = "\x07", "\r"
# characters that end a paragraph in the text stream: its mark, a cell's mark, a page or
# section break standing alone
_ENDS = re.compile("[\r\x07\x0c]")
# special characters: a line break, a non-breaking and an optional hyphen, a no-width
# space; object anchors (pictures, drawings, a note's reference) are no text
_SPECIAL = str.maketrans({"\x0b": "\n", "\x1e": "-", "\x1f": None, "\xa0": " ", "\x01": None,
                          "\x02": None, "\x03": None, "\x04": None, "\x05": None,
                          "\x08": None, "\x0c": None, "\u200b": None})


@dataclass
class DocPara:
    """One paragraph of the main text."""

    text: str
    istd: int = 0  # its style
    in_table: bool = False
    row_end: bool = False  # the mark that ends a table row (no text of its own)
    cell_end: bool = False  # the paragraph ends a table cell
    ilfo: int = 0  # its list (1-based; 0: none)
    ilvl: int = 0  # its level in the list
    outline: int = 9  # its own outline level (0–8; 9: body text)


@dataclass
class DocText:
    """What the document's streams hold, as read by `read_doc`."""

    paras: list[DocPara]
    margins: list[str]  # the page headers' and footers' lines
    styles: dict[int, tuple[int, str]]  # istd → (sti, name)
    table: bytes  # the table stream (lists are read from it: `word97_lists`)
    fib: dict[int, tuple[int, int]]  # the (fc, lcb) pairs read
    boxes: list[DocPara] = field(default_factory=list)  # the text boxes' paragraphs


def read_doc(raw: bytes) -> DocText:
    """The paragraphs of a .doc's main text; raises `ParseError` (Danish)."""
    try:
        return _read(raw)
    except ParseError:
        raise
    except (struct.error, IndexError, ValueError) as err:  # (offsets past a stream's end)
        raise ParseError("Word-filen (.doc) er beskadiget: dens tabeller peger uden for "
                         "filen") from err


def _read(raw: bytes) -> DocText:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(raw))
        word = ole.openstream(WORD_DOCUMENT).read()
    except (OSError, ValueError) as err:  # (olefile raises OSError subclasses on bad files)
        raise ParseError("Word-filen (.doc) kan ikke åbnes; den er beskadiget") from err
    if len(word) < 68 or u16(word, 0) != _IDENT:
        raise ParseError("Word-filen (.doc) har ikke et kendt Word-dokumenthoved")
    flags = u16(word, 0x0A)
    if flags & 0x0100:
        raise ParseError("Word-dokumentet (.doc) er beskyttet med adgangskode; gem det uden "
                         "adgangskode, som .docx eller som PDF")
    if u16(word, 2) < _WORD97:
        raise ParseError("Word-dokumenter fra Word 6.0/95 understøttes ikke; gem det som "
                         ".docx eller PDF")
    table_name = "1Table" if flags & 0x0200 else "0Table"
    try:
        table = ole.openstream(table_name).read()
    except OSError as err:
        raise ParseError(f"Word-filen (.doc) mangler sin {table_name}-strøm") from err
    lengths, fib = _fib(word)
    text, pieces = _pieces(word, table, fib.get(_CLX, (0, 0)))
    # (tracked deletions and hidden text are no text, a check box its glyph: `word97_marks`)
    chars = character_runs(word, table, fib.get(_PLCF_BTE_CHPX, (0, 0)))
    shown = shown_characters(chars, pieces, len(text))
    data = ole.openstream("Data").read() if ole.exists("Data") else b""
    glyphs = check_boxes(text, chars, pieces, data)
    # the stories in CP order: main text, footnotes, headers, (macros), comments,
    # endnotes, text boxes, the headers' text boxes
    starts = [sum(lengths[_CCP_TEXT:k]) for k in range(_CCP_TEXT, _CCP_HDR_TXBX + 2)]

    def story(k: int) -> tuple[str, list[bool], int]:
        first, end = starts[k - _CCP_TEXT], starts[k - _CCP_TEXT + 1]
        return text[first:end], shown[first:end], first

    runs = _papx_runs(word, table, fib.get(_PLCF_BTE_PAPX, (0, 0)))
    style_props: dict[int, dict[int, int]] = {}
    styles = _styles(table, fib.get(_STSHF, (0, 0)), style_props)
    paras = list(_paragraphs(*story(_CCP_TEXT), pieces, runs, style_props, glyphs))
    boxes = [p for p in _paragraphs(*story(_CCP_TXBX), pieces, runs, style_props, glyphs)
             if p.text]
    margins = [line for k in (_CCP_HDD, _CCP_HDR_TXBX)
               for line in (_clean(x) for x in _ENDS.split(_visible(*story(k)[:2]))) if line]
    return DocText(paras, margins, styles, table, fib, boxes)


def _fib(word: bytes) -> tuple[list[int], dict[int, tuple[int, int]]]:
    """The story lengths (FibRgLw97) and the (fc, lcb) pairs (FibRgFcLcb97)."""
    csw = u16(word, 32)
    at = 34 + 2 * csw
    cslw = u16(word, at)
    lengths = [u32(word, at + 2 + 4 * k) for k in range(min(cslw, 22))]
    lengths += [0] * (_CCP_HDR_TXBX + 1 - len(lengths))  # (a short FIB: no such stories)
    at += 2 + 4 * cslw
    pairs = u16(word, at)
    fib = {k: (u32(word, at + 2 + 8 * k), u32(word, at + 6 + 8 * k))
           for k in (_STSHF, _PLCF_HDD, _PLCF_BTE_CHPX, _PLCF_BTE_PAPX, _CLX, _PLF_LST,
                     _PLF_LFO) if k < pairs}
    if cslw <= _CCP_HDD:
        raise ParseError("Word-filen (.doc) har et ufuldstændigt dokumenthoved")
    return lengths, fib


def _pieces(word: bytes, table: bytes, clx: tuple[int, int]) -> tuple[str, list[Piece]]:
    """The document's characters in CP order, and the pieces that hold them."""
    at, end = clx[0], clx[0] + clx[1]
    while at < end and table[at] == 0x01:  # Prc: formatting of pieces, skipped
        at += 3 + struct.unpack_from("<h", table, at + 1)[0]
    if at >= end or table[at] != 0x02:
        raise ParseError("Word-filen (.doc) har ingen læsbar teksttabel (piece table)")
    lcb = u32(table, at + 1)
    plc = table[at + 5:at + 5 + lcb]
    n = (lcb - 4) // 12
    cps = [u32(plc, 4 * k) for k in range(n + 1)]
    parts: list[str] = []
    pieces: list[Piece] = []
    for k in range(n):
        raw_fc = u32(plc, 4 * (n + 1) + 8 * k + 2)
        count = cps[k + 1] - cps[k]
        if raw_fc & 0x40000000:  # 8-bit text, at half the offset
            fc = (raw_fc & 0x3FFFFFFF) // 2
            parts.append(word[fc:fc + count].decode("cp1252", errors="replace"))
            pieces.append((cps[k], cps[k + 1], fc, 1))
        else:
            parts.append(word[raw_fc:raw_fc + 2 * count].decode("utf-16-le", errors="replace"))
            pieces.append((cps[k], cps[k + 1], raw_fc, 2))
    return "".join(parts), pieces


def _papx_runs(word: bytes, table: bytes, plcf: tuple[int, int]
               ) -> list[tuple[int, int, int, bytes]]:
    """The paragraph property runs: (first FC, end FC, istd, grpprl), by FC."""
    runs: list[tuple[int, int, int, bytes]] = []
    for page in fkp_pages(word, table, plcf):
        crun = page[-1]
        for i in range(crun):
            first, last = u32(page, 4 * i), u32(page, 4 * (i + 1))
            offset = page[4 * (crun + 1) + 13 * i] * 2
            if not offset:
                runs.append((first, last, 0, b""))
                continue
            cb = page[offset]  # (0: the size is in the next byte)
            start, size = ((offset + 2, 2 * page[offset + 1]) if cb == 0
                           else (offset + 1, 2 * cb - 1))
            body = page[start:start + size]
            runs.append((first, last, u16(body, 0) if len(body) >= 2 else 0, body[2:]))
    runs.sort()
    return runs


def _paragraphs(text: str, shown: list[bool], offset: int, pieces: list[Piece],
                runs: list[tuple[int, int, int, bytes]], style_props: dict[int, dict[int, int]],
                glyphs: dict[int, str]) -> Iterator[DocPara]:
    """A story's paragraphs (its text from CP `offset`), each with its properties (over
    its style's)."""
    firsts = [r[0] for r in runs]
    keep = [a and b for a, b in zip(_field_mask(text), shown, strict=True)]
    start = 0
    for m in _ENDS.finditer(text):
        end = m.start()
        mark = m.group(0)
        fc = to_fc(pieces, offset + end)
        k = bisect.bisect_right(firsts, fc) - 1
        istd, props = 0, {}
        if k >= 0 and runs[k][0] <= fc < runs[k][1]:
            istd = runs[k][2]
            props = {**style_props.get(istd, {}), **sprms(runs[k][3])}
        body = "".join(c if kept else glyphs.get(offset + k, "") for k, c, kept in zip(
            range(start, end), text[start:end], keep[start:end], strict=True))
        in_table = bool(props.get(_IN_TABLE) or props.get(_ITAP, 0) > 0)
        ttp = bool(props.get(_TTP))
        yield DocPara(_clean(body), istd, in_table or mark == CELL_MARK,
                      row_end=mark == CELL_MARK and ttp, cell_end=mark == CELL_MARK and not ttp,
                      ilfo=props.get(_ILFO, 0), ilvl=props.get(_ILVL, 0),
                      outline=props.get(_OUTLINE, 9))
        start = m.end()


def _field_mask(text: str) -> list[bool]:
    """Which characters are text: not a field's instruction nor its marks."""
    keep = [True] * len(text)
    stack: list[bool] = []  # per open field: still in its instruction
    for k, c in enumerate(text):
        if c == _FIELD_BEGIN:
            stack.append(True)
            keep[k] = False
        elif c == _FIELD_SEPARATOR and stack:
            stack[-1] = False
            keep[k] = False
        elif c == _FIELD_END and stack:
            stack.pop()
            keep[k] = False
        elif any(stack):
            keep[k] = c in "\r\x07"  # (paragraph marks stay: they end paragraphs)
    return keep


def _visible(text: str, shown: list[bool]) -> str:
    """A story's text without field instructions (headers: "Side { PAGE }") and what is
    not shown."""
    keep = _field_mask(text)
    return "".join(c for c, kept, seen in zip(text, keep, shown, strict=True) if kept and seen)


def _clean(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text.translate(_SPECIAL)).strip()


def _styles(table: bytes, stshf: tuple[int, int], style_props: dict[int, dict[int, int]]
            ) -> dict[int, tuple[int, str]]:
    """istd → (sti, name) of the style sheet; each paragraph style's own list and outline
    properties into `style_props`."""
    at, lcb = stshf
    if lcb < 4:
        return {}
    end = at + lcb
    stshi_size = u16(table, at)
    stshi = table[at + 2:at + 2 + stshi_size]
    if len(stshi) < 4:
        return {}
    count, base_size = u16(stshi, 0), u16(stshi, 2)
    at += 2 + stshi_size
    out: dict[int, tuple[int, str]] = {}
    for istd in range(count):
        if at + 2 > end:
            break
        size = u16(table, at)
        std = table[at + 2:at + 2 + size]
        at += 2 + size
        if size < base_size + 2:
            continue
        chars = u16(std, base_size)
        name = std[base_size + 2:base_size + 2 + 2 * chars].decode("utf-16-le", errors="replace")
        out[istd] = (u16(std, 0) & 0x0FFF, name)
        # a paragraph style's own properties (its first UPX, after the name and its
        # terminator, at an even offset): the numbering and outline level its paragraphs
        # inherit ("Overskrift 1" numbered by the style)
        upx = base_size + 4 + 2 * chars
        upx += upx % 2
        if u16(std, 2) & 0x000F == 1 and upx + 4 <= len(std):  # stk 1: a paragraph style
            size = u16(std, upx)
            style_props[istd] = sprms(std[upx + 4:upx + 2 + size])
    return out
