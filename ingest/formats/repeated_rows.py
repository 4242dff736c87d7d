"""A long table's head row printed again at the top of each page ("Pkt." / "Sag" /
"Sagsfremstilling og indstilling" / "Beslutning", a cell a line in the PDF's text): the
repeat is the page's furniture, not text of the row above it (read as text, it was
glued to the decision before the page break).

A head row is a run of short one-line cells opening with a number column's head and
a title column's head next (`text_delimited.column_kind`), a minutes' "Referat" column
among them; the same run printed a second time or more goes, the first stays where the
table starts.

A document that repeats its table's head so is a template printed to PDF, whose running
header ("Lunde Skole" / "Skolebestyrelsen" on the left, "VEJBY KOMMUNE" / "Børn og
Familie" on the right) a PDF's text may set anywhere on the page, in the middle of a
row's cells: short lines that every page holds once, two or more together, go too."""

from __future__ import annotations

import re

from .protocol_heads import joined_sections
from .text_delimited import column_kind
from .text_sections import section_name

_MAX_CELLS = 8
_RECORD_HEADS = frozenset({"referat", "notat", "noter", "bemærkninger"})  # the record's column
# a running header's line: a few words, no sentence, no number cell
_HEADER_LINE_RE = re.compile(r"^[A-ZÆØÅ][^.:;!?]{1,39}$")


def _column_head(cell: str) -> bool:
    """A column's head: a number, title, case … column's, a section's, or two sections'
    ("Sagsfremstilling og indstilling")."""
    cell = cell.strip()
    return bool(cell) and (column_kind(cell) != cell.rstrip(":") or bool(section_name(cell))
                           or bool(joined_sections(cell)) or cell.lower() in _RECORD_HEADS)


def _head_row(lines: list[str], k: int) -> tuple[str, ...] | None:
    """The head row's cells that start at line `k`, or None when none does."""
    if column_kind(lines[k]) != "number" or k + 1 >= len(lines) or (
            column_kind(lines[k + 1]) != "title"):
        return None
    cells = []
    for line in lines[k:k + _MAX_CELLS]:
        if not _column_head(line):
            break
        cells.append(line.strip())
    return tuple(cells) if len(cells) >= 3 else None


def without_repeated_rows(text: str) -> str:
    """`text` without a table's head row where it is printed again.

    >>> print(without_repeated_rows("Pkt.\\nSag\\nBeslutning\\n1\\nBudget\\nGodkendt.\\n"
    ...                             "Pkt.\\nSag\\nBeslutning\\n2\\nRegnskab\\nGodkendt."))
    Pkt.
    Sag
    Beslutning
    1
    Budget
    Godkendt.
    2
    Regnskab
    Godkendt.
    """
    lines = text.split("\n")
    seen: set[tuple[str, ...]] = set()
    drop: set[int] = set()
    for k in range(len(lines)):
        if (row := _head_row(lines, k)) is None:
            continue
        # (the row below may open with a head's word: "Indstilling" continued)
        again = next((r for r in seen if row[:len(r)] == r), None)
        if again:
            drop.update(range(k, k + len(again)))
        else:
            seen.add(row)
    if not drop:
        return text
    header = _running_header(text.split("\f"))
    return "\n".join(ln for n, ln in enumerate(lines) if n not in drop and ln.strip() not in header)


def _running_header(pages: list[str]) -> frozenset[str]:
    """The lines every page of two or more holds once, each beside another such line (a
    running header's block, wherever the page's text sets it).

    >>> sorted(_running_header(["Tekst.\\nLunde Skole\\nBestyrelsen\\nSide 1",
    ...                         "Lunde Skole\\nBestyrelsen\\nMere tekst.\\nSide 2"]))
    ['Bestyrelsen', 'Lunde Skole']
    """
    if len(pages) < 2:
        return frozenset()
    lines = [[ln.strip() for ln in page.split("\n") if ln.strip()] for page in pages]
    common = set.intersection(*({ln for ln in page if _HEADER_LINE_RE.match(ln)
                                 and page.count(ln) == 1} for page in lines))

    def paired(page: list[str], line: str) -> bool:
        k = page.index(line)
        return any(0 <= j < len(page) and page[j] in common for j in (k - 1, k + 1))

    return frozenset(ln for ln in common if all(paired(page, ln) for page in lines))
