"""A table protocol as plain `pdftotext` (no `-layout`) gives it: each cell a paragraph
of its own, the head row's cells first, then row by row the number alone and the row's
other cells in the columns' order:

    Pkt.

    Sag

    Indstilling

    Beslutning

    2

    Trafikplan for Søndermark midtby 2025-2030
    Sagsnr.: 05.01.00-P15-2-24

    Forvaltningen indstiller, at forslag til trafikplan sendes i offentlig høring.

    Godkendt.
    For stemte: A, F og Ø (5)

Read as text, the Indstilling opened every decision and the heads' cells, printed
under "Afbud: …", were taken for more people sent apologies. Here the head row is the
column heads as paragraphs of one line (`protocol_heads`: a number, a title and one or
more of the item's sections), a row starts at a paragraph holding only the next
number, the first paragraph after it is the title cell and the others fill the
columns after it: one each, an empty cell being the one before the last ("Eventuelt"
with only a decision), more paragraphs than columns going on in the last. A page's
footer paragraphs (a page counter, "Side 1 af 2", or a line every page repeats) and
the head row repeated on the next page are no cell, and go. The table ends at "Mødet
hævet kl. …" or, after the last row's cells, at its next paragraph. Each row is written
out as the item block minutes print (`protocol_heads.item_block`). Where plain
`pdftotext` read the table out of order (a column's head among the cells: a head
centred over its column, cells close together), the text is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .protocol_heads import Column, head_columns, item_block, printed_again, title_lines
from .sign_off import meeting_ended
from .text_delimited import ABSENCE_COLUMNS, column_kind
from .text_sections import section_name

_ROW_NUMBER_RE = re.compile(r"^(\d{1,3})\.?$")
_COUNTER_RE = re.compile(r"^(?:side|page)\s*\d+(?:\s*(?:af|/|of)\s*\d+)?$", re.IGNORECASE)
_MAX_HEADS = 8


@dataclass
class _Paragraph:
    start: int  # its first line's index
    lines: list[str]
    broke: bool = False  # a page break before it


@dataclass
class _Row:
    number: int
    cells: list[_Paragraph] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)  # (a page break after it)


def _paragraphs(lines: list[str]) -> list[_Paragraph]:
    out: list[_Paragraph] = []
    blank = True
    for i, line in enumerate(lines):
        text = line.replace("\f", "").strip()
        if not text:
            blank = True
            continue
        if blank or "\f" in line:  # (a page break starts a paragraph too)
            out.append(_Paragraph(i, [], "\f" in line or (i > 0 and "\f" in lines[i - 1])))
        out[-1].lines.append(text)
        blank = False
    return out


def _known_head(name: str) -> bool:
    return column_kind(name) != name.strip().rstrip(":") or bool(section_name(name)) or (
        name.strip().lower().rstrip(":") in ABSENCE_COLUMNS)


def _head_at(paras: list[_Paragraph], k: int) -> list[Column] | None:
    """The columns of a head row whose cells are the one-line paragraphs from `k` on."""
    names = []
    for para in paras[k:k + _MAX_HEADS]:
        if len(para.lines) != 1 or not _known_head(para.lines[0]):
            break
        names.append(para.lines[0])
    return head_columns(names) if len(names) >= 3 else None


def _rows(paras: list[_Paragraph], k: int, columns: list[Column]) -> tuple[list[_Row], int]:
    """The rows under the head row whose cells start at paragraph `k`, and the paragraph
    after the table."""
    heads = [p.lines[0] for p in paras[k:k + len(columns)]]
    counts = Counter(" ".join(p.lines) for p in paras)
    rows: list[_Row] = []
    j = k + len(columns)
    while j < len(paras):
        para, text = paras[j], " ".join(paras[j].lines)
        if [" ".join(p.lines) for p in paras[j:j + len(heads)]] == heads:
            if rows and para.broke:  # (the head row repeated on the next page)
                rows[-1].furniture.append("\f")
            j += len(heads)
            continue
        if _known_head(para.lines[0]):
            return [], j  # (a column's head among the cells: read out of order, no table)
        number = _ROW_NUMBER_RE.match(text)
        if number and (not rows or int(number.group(1)) > rows[-1].number):
            rows.append(_Row(int(number.group(1))))
        elif not rows or meeting_ended(para.lines[0]):
            break
        elif _COUNTER_RE.match(text) or (counts[text] >= 2 and len(para.lines) == 1):
            pass  # (a page's footer)
        elif len(rows[-1].cells) >= len(columns) - 1 and not any(
                _ROW_NUMBER_RE.match(" ".join(p.lines)) for p in paras[j + 1:]):
            break  # (the last row's cells are all there: what follows is no cell)
        else:
            rows[-1].cells.append(para)
        j += 1
    return rows, j


def _cells(row: _Row, width: int) -> list[list[str]]:
    """Each column's lines: the number, the title cell, then the other paragraphs from
    the right (one more than there are columns goes on in the last)."""
    out: list[list[str]] = [[str(row.number)]] + [[] for _ in range(width - 1)]
    if not row.cells:
        return out
    out[1] = row.cells[0].lines
    rest = row.cells[1:]
    first = max(2, width - len(rest))
    for n, para in enumerate(rest):
        out[min(first + n, width - 1)] += para.lines
    return out


def stacked_table_text(text: str) -> str:
    """`text` with an item table printed one cell a paragraph written out as item
    blocks; unchanged when no run of paragraphs is such a table's head row."""
    lines = text.split("\n")
    paras = _paragraphs(lines)
    for k in range(len(paras)):
        columns = _head_at(paras, k)
        if columns is None or [c.kind for c in columns][:2] != ["number", "title"]:
            continue
        rows, after = _rows(paras, k, columns)
        end = paras[after].start if after < len(paras) else len(lines)
        if not rows or printed_again([title_lines(r.cells[0].lines)[0] for r in rows
                                      if r.cells], lines[end:]):
            continue
        blocks = [ln for row in rows for ln in [
            *item_block(row.number, columns, _cells(row, len(columns))), *row.furniture, ""]]
        return "\n".join([*lines[:paras[k].start], *blocks, *lines[end:]])
    return text
