"""Figures in a table: a row of a table as text extraction gives it ("Sygedagpenge 701
744 6,1", "Helårsbolig, 240 l beholder | 2.310 | 2.585 | 275") holds the count, amount
or share asked for its label, and is quoted with what says what its columns are (the
table's header row, or the sentence introducing the table)."""

from __future__ import annotations

import re

from .base import Context
from .passage import Quote, section_units

# A figure as a table prints it: "744", "6,1", "-3,8", "12,9 %", "2.585 kr."
_FIGURE = r"[-–+]?\d[\d.,]*(?:\s*(?:%|pct\.?|kr\.?|mio\.?))?"
_FIGURE_CELL = re.compile(_FIGURE)
# A table's row as text extraction gives it: its label, then its figures only
# ("Sygedagpenge 701 744 6,1 6.388 4,2")
_TABLE_ROW = re.compile(r"^\s*(?:\d{1,2}\.\s+)?[A-ZÆØÅa-zæøå][^\d|§]{1,80}?(?:(?:\s*\|\s*|\s+)"
                        + _FIGURE + r"(?=\s|\||$)){2,}\s*\|?\s*$")


def table_row(sentence: str) -> bool:
    """Is the sentence a table's row: a label and two or more figures, nothing else (in
    cells split by "|" when a document's table was read so)?

    >>> table_row("Sygedagpenge 701 744 6,1 6.388 4,2 66.810 3,5 1,9")
    True
    >>> table_row("Helårsbolig, 240 l beholder | 2.310 | 2.585 | 275")
    True
    >>> table_row("Der var 701 i 2022 og 744 i 2023."), table_row("Mødet er i januar 2024.")
    (False, False)
    """
    if "|" in sentence:
        cells = [c.strip() for c in sentence.strip().strip("|").split("|")]
        figures = sum(bool(_FIGURE_CELL.fullmatch(c)) for c in cells[1:])
        return (bool(cells[0]) and not _FIGURE_CELL.fullmatch(cells[0]) and figures >= 2
                and 2 * figures >= len(cells) - 1)
    return bool(_TABLE_ROW.match(sentence))


# The sentence that says what a table shows: "Nedenstående tabel viser …", "Tabel 1:
# Fuldtidspersoner på offentlig forsørgelse", "… fremgår af tabellen"
_TABLE_TOLD = re.compile(r"\btabel(?:len|lerne|ler)?\b|\bnedenstående\b|\boversigt(?:en)?\b",
                         re.I)


def table_intro(ctx: Context, quote: Quote) -> str:
    """For a quoted table row (`table_row`), the section's sentence that says what the
    table shows, the nearest before it (else its caption after it), or "": a row's
    figures ("Sygedagpenge 701 744 6,1") mean nothing without it."""
    units = section_units(ctx, quote.item, quote.section)
    if quote.text not in units:
        return ""
    k = units.index(quote.text)
    if "|" in quote.text:  # a document's table: its first row names the columns
        first = k
        while first > 0 and "|" in units[first - 1]:
            first -= 1
        if first < k:
            return units[first]
    before = [u for u in reversed(units[:k]) if not table_row(u) and _TABLE_TOLD.search(u)]
    after = [u for u in units[k + 1:] if re.match(r"\s*Tabel\s+\d+\s*:", u)]
    return next(iter(before or after), "")
