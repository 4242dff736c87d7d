"""Side labels wrapped over several lines beside their text, as `pdftotext -layout` keeps a
side-heading layout: the label sits in a left column and the text starts at a column of
its own, and a label too long for its column goes on, a word or two a line, next to the
text's lines:

         Tidligere              Udvalget for Regional Udvikling den 05-11-2025:
         behandling             Udvalget ønskede en analyse af ruterne, inden sagen
                                genoptages.

         Beslutning i           Anbefales over for Regionsrådet.
         Udvalget for           For stemte: A, V og C (5). Imod stemte: Ø (1).
         Regional Udvikling     Fraværende: Karl Bæk (A)
         den 03-12-2025

Read line by line, the label's pieces would be glued into the text. Each such block is
written as its label whole on a line of its own ("Tidligere behandling", "Beslutning i
Udvalget for Regional Udvikling den 03-12-2025", a dated decision heading) and then its
text's lines in the text's column. Only where the document's one-line labels show the two
columns (three or more known section labels with their text at the same column), and only
a block whose joined label is a section's name or a dated decision heading.
"""

from __future__ import annotations

import re
from collections import Counter

from .dated import dated_decision
from .text_sections import section_name

# A line of the two columns: the label's piece, three spaces or more, the text
_SIDE_RE = re.compile(r"^( *)(\S(?:.*?\S)?)( {3,})(\S.*)$")
_SLACK = 2  # how far a text line may stand from the text's column
_MIN_LABELS = 3  # one-line section labels that show the layout


def _columns(lines: list[str]) -> tuple[int, int] | None:
    """The label's and the text's columns where known section labels put them, or None."""
    found: Counter[tuple[int, int]] = Counter()
    for line in lines:
        if (m := _SIDE_RE.match(line)) and section_name(m[2]):
            found[len(m[1]), len(m[1]) + len(m[2]) + len(m[3])] += 1
    if not found:
        return None
    columns, count = found.most_common(1)[0]
    return columns if count >= _MIN_LABELS else None


def _piece(line: str, label: int, text: int) -> tuple[str, str] | None:
    """A line of a block as (its label's piece, its text); None for a line of none."""
    indent = len(line) - len(line.lstrip(" "))
    if not line.strip():
        return None
    if abs(indent - text) <= _SLACK:
        return "", line.strip()
    if indent != label:
        return None
    m = _SIDE_RE.match(line)
    if m and abs(len(m[1]) + len(m[2]) + len(m[3]) - text) <= _SLACK:
        return m[2], m[4]
    if not m and len(line.rstrip()) < text - 1:  # (a space at least before the text column)
        return line.strip(), ""
    return None


def _label(label: str) -> bool:
    return bool(section_name(label) or dated_decision(label))


def side_labels(text: str) -> str:
    """The text with each side label wrapped beside its text written whole above it.

    >>> page = "\\n".join(["Sagsfremstilling   Tekst.", "Indstilling        At.",
    ...                    "Beslutning         Ja.", "", "Tidligere          Udvalget den 2.",
    ...                    "behandling         maj 2025: Godkendt."])
    >>> [line.strip() for line in side_labels(page).split("\\n")[4:]]
    ['Tidligere behandling', 'Udvalget den 2.', 'maj 2025: Godkendt.']
    """
    lines = text.split("\n")
    columns = _columns(lines)
    if columns is None:
        return text
    label, column = columns
    out: list[str] = []
    k = 0
    while k < len(lines):
        end, labels, texts, bare = k, [], [], False
        while end < len(lines) and (piece := _piece(lines[end], label, column)) and (
                piece[0] or end > k):
            if piece[0] and bare:
                break  # (a label's piece after a line of text alone: the next block's)
            bare = bare or not piece[0]
            labels += [piece[0]] if piece[0] else []
            texts += [piece[1]] if piece[1] else []
            end += 1
        if len(labels) >= 2 and _label(joined := " ".join(labels)):
            out += [" " * label + joined, *(" " * column + t for t in texts)]
            k = end
            continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)
