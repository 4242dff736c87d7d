"""A decision printed in a right-hand column beside the item's text, as `pdftotext
-layout` gives a borderless two-column Word table (a "beslutningsprotokol"): the
column heads on a line of their own, repeated on each page, and each item's heading,
case number, text and Indstilling on the left with its decision on the same lines,
starting at the offset of the head "Beslutning":

    Sag                                                Beslutning
    1.  Godkendelse af dagsorden                       Godkendt.
    2.  Ny ordning for lokaletilskud                   Ordningen blev vedtaget.
        Sagsnr. 18.14.00-A00-2-24                      For stemte: A, F og
        Forvaltningen har udarbejdet en ny ordning.    Idrætsrådet.

Read line by line the decision hides the headings it shares a line with. The right
column is taken out and put under the item's own text as its decision ("Beslutning:",
the wrapped column text joined into lines again); the left column stays as it is.

The column is known by the layout alone: a head line of a short left cell and a right
cell naming the decision ("Beslutning", "Udvalgets beslutning", "Afgørelse"), or its
outcome under a left cell naming the item ("Sag        Resultat", "Punkt     Udfald",
"Sag     Konklusion": the decision all the same, labelled "Beslutning:"), and below it
text that starts at that offset (within two characters, after a gap of two spaces or
more) on at least two lines, with no line's text running across it. Anything else is
left as it is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text_items import PLAIN_ITEM_RE
from .text_numbered import NUMBERED_LINE_RE
from .text_sections import section_name

# A column head line: a short left cell ("Sag", "Punkt", "Sagsfremstilling") and, many
# spaces after it, the right cell's name
_HEAD_RE = re.compile(r"^(?P<left>[ \t]*\S(?:\S| (?! ))*)[ \t]{3,}"
                      r"(?P<right>\S(?:\S| (?! ))*)[ \t]*$")
_SLACK = 2  # how far the right column's text may stand from its head's offset
_MIN_GAP = 2  # spaces before the right column's text
_MIN_RIGHT_LINES = 2  # lines with text in the column, for the layout to be one
_END_GAP = 2  # blank lines after which right-hand text, under no item, is no decision
_SENTENCE_END = (".", "!", "?", ":")


# A head naming the decision's outcome, no decision word ("Resultat"), beside the item's
_OUTCOME_RE = re.compile(r"^(?:resultat(?:er)?|udfald|konklusion)$", re.IGNORECASE)
_ITEM_HEAD_RE = re.compile(r"^(?:sag|sager|punkt|pkt\.?|nr\.?|dagsordenspunkt|emne|titel|"
                           r"sagsfremstilling)$", re.IGNORECASE)


def _column_head(line: str) -> tuple[int, str] | None:
    """The right cell's offset and name of a column head line naming the decision (an
    outcome's head named as the decision).

    >>> _column_head("Sag                         Beslutning")
    (28, 'Beslutning')
    >>> _column_head("Sag                         Resultat")
    (28, 'Beslutning')
    >>> _column_head("Beslutning                  Godkendt."), _column_head("2023    Resultat")
    (None, None)
    """
    m = _HEAD_RE.match(line)
    if not m or len(m["left"].split()) > 3 or section_name(m["left"].strip()) == "Beslutning":
        return None
    if _OUTCOME_RE.match(m["right"]) and _ITEM_HEAD_RE.match(m["left"].strip()):
        return m.start("right"), "Beslutning"
    if section_name(m["right"]) != "Beslutning":
        return None
    return m.start("right"), m["right"]


def _split(line: str, col: int) -> tuple[str, str] | None:
    """(left, right) of a line under the head at `col` (right "" when the column is
    empty); None when the line's text runs across the column."""
    lo, hi = max(col - _SLACK, _MIN_GAP), col + _SLACK
    for at in range(lo, min(hi, len(line) - 1) + 1):
        if line[at] != " " and line[at - _MIN_GAP:at] == " " * _MIN_GAP:
            return line[:at].rstrip(), line[at:].strip()
    if len(line) > col and " " not in line[col - 1:col + 1]:
        return None  # a word running over the column's start
    return line.rstrip(), ""


def _is_heading(left: str) -> bool:
    return bool(NUMBERED_LINE_RE.match(left) or PLAIN_ITEM_RE.match(left.strip()))


def _rewrapped(texts: list[str], width: int) -> list[str]:
    """The column's lines joined where the column wrapped them: the next line goes on in
    lower case, or the line does not end a sentence and its next word would not have
    fitted on it.

    >>> _rewrapped(["Godkendt.", "For stemte: A, F og", "Idrætsrådet.", "kr. tilbage."], 20)
    ['Godkendt.', 'For stemte: A, F og Idrætsrådet. kr. tilbage.']
    """
    out: list[str] = []
    for text in texts:
        prev = out[-1] if out else ""
        first = text.split()[0]
        if prev and (text[:1].islower() or (not prev.endswith(_SENTENCE_END) and (
                len(prev) + 1 + len(first) > width))):
            out[-1] = f"{prev} {text}"
        else:
            out.append(text)
    return out


@dataclass
class _Block:
    """One item's lines: where its decision goes (after its last line of text) and the
    decision's lines."""

    at: int = -1
    indent: str = ""
    right: list[str] = field(default_factory=list)


_Row = tuple[str, str, bool] | str | None


def _rows(lines: list[str]) -> list[_Row] | None:
    """Each line from the first column head on: (left, right, whether the line is still
    the item's text), "head" for a head line, or None for a line after the column's last
    decision; None when the layout is not the two columns. Blank lines after an item's
    text part it from what follows ("Mødet hævet kl. 18.15.", names signed side by side),
    unless a page's head or the next item's heading comes first."""
    rows: list[_Row] = []
    col, right_lines = -1, 0
    blank: int | None = 0  # blank lines since the last text (None: since a page's head)
    apart = ended = False
    for line in lines:
        head = _column_head(line)
        if head:
            col, blank, apart, ended = head[0], None, False, False
            rows.append("head")
            continue
        split = _split(line, col) if col >= 0 and not ended else ("", "")
        if split is None:
            return None
        left, right = split
        apart = apart and not _is_heading(left)
        ended = ended or col < 0 or bool(right and apart)
        if ended:
            rows.append(None)
            continue
        rows.append((left, right, not apart))
        right_lines += bool(right)
        if left.strip() or right:
            blank = 0
        elif blank is not None:
            blank += 1
            apart = apart or blank >= _END_GAP
    return rows if right_lines >= _MIN_RIGHT_LINES else None


def decision_column(lines: list[str]) -> list[str]:
    """The lines with a right-hand decision column put under each item's text, labelled
    with the column's name; the lines as they are in any other layout.

    >>> decision_column(["Sag           Beslutning", "1. Godkendelse  Godkendt.",
    ...                  "2. Budget      Vedtaget.", "   Sagsnr. 1    For: A."])
    ['1. Godkendelse', 'Beslutning:', 'Godkendt.', '2. Budget', '   Sagsnr. 1', \
'   Beslutning:', '   Vedtaget.', '   For: A.']
    """
    first = next((k for k, line in enumerate(lines) if _column_head(line)), None)
    rows = _rows(lines[first:]) if first is not None else None
    if first is None or rows is None:
        return lines
    name = next(h[1] for line in lines if (h := _column_head(line)))
    width = max(len(r[1]) for r in rows if isinstance(r, tuple))
    out = list(lines[:first])
    block: _Block | None = None

    def flush() -> None:
        if block is not None and block.right:
            out[block.at:block.at] = [block.indent + f"{name}:"] + [
                block.indent + text for text in _rewrapped(block.right, width)]

    for line, row in zip(lines[first:], rows, strict=True):
        if row == "head":
            continue
        if not isinstance(row, tuple):
            out.append(line)
            continue
        left, right, inside = row
        if _is_heading(left):
            flush()
            block = _Block()
        if left.strip() or not right:
            out.append(left)
        if block is not None and left.strip() and inside:
            block.at = len(out)
            if not _is_heading(left):
                block.indent = block.indent or left[:len(left) - len(left.lstrip())]
        if right and block is not None:
            block.right.append(right)
        elif right:
            out.append(right)
    flush()
    return out
