"""A PDF page holding a table protocol with two or more section columns ("Pkt. | Sag |
Indstilling | Beslutning"): pypdf's plain text runs a row's cells together ("1
Godkendelse af dagsorden Dagsordenen godkendes. Godkendt.") and gives the Indstilling
cell's lines straight before the Beslutning cell's, with nothing between, so no reader
can tell where the decision starts. Such a page is read again in pypdf's layout mode,
which keeps the columns apart as `pdftotext -layout` does, for
`formats.layout_table` to read by their offsets. A table with one section column
("Pkt. Sag Beslutning") reads well as plain text (the title, then the decision) and is
left to it, as is a page whose layout text does not read as such a table.

A grid table drawn cell by cell (reportlab's Table) gives its head row one cell a line
("Nr." / "Sag" / "Sagsnr." / "Indstilling" / "Beslutning"): those lines read together
are the head row too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_MIN_SECTIONS = 2
_MIN_HEADS, _MAX_HEADS = 4, 7  # a stacked head row's cells: number, title, two sections …


def table_pages(pages: Sequence[Any], texts: list[str]) -> list[str]:
    """Each page's text (`texts`, pypdf's plain text of `pages`), a table protocol's
    page in layout mode instead.

    The head row in plain text: "Pkt. Sag Indstilling Beslutning" (one space apart)."""
    from .formats.layout_table import column_table_text, layout_head
    from .formats.protocol_heads import spaced_head

    out = []
    went_on = False  # the page before read in layout mode: its table may go on here
    for page, text in zip(pages, texts, strict=True):
        lines = [line for line in text.split("\n") if len(line) < 120]
        heads = [spaced_head(line) for line in lines] + _stacked_heads(lines)
        taken = False
        if any(h and sum(c.kind == "section" for c in h) >= _MIN_SECTIONS for h in heads):
            try:
                layout = page.extract_text(extraction_mode="layout") or ""
            except Exception:  # pypdf's layout mode fails on some fonts: keep the plain text
                layout = ""
            # (a page opening with the rest of the row before it, under the head row
            # again, is no table of its own: the table goes on from the page before)
            taken = column_table_text(layout) != layout or went_on and any(
                layout_head(line) for line in layout.split("\n"))
            text = layout if taken else text
        went_on = taken
        out.append(text)
    return out


def _stacked_heads(lines: list[str]) -> list[Any]:
    """The head rows printed one cell a line: runs of `_MIN_HEADS` or more short lines
    (a head of up to three words each) read as one line."""
    from .formats.protocol_heads import spaced_head

    found = []
    for k in range(len(lines) - _MIN_HEADS + 1):
        for n in range(_MIN_HEADS, _MAX_HEADS + 1):
            run = lines[k:k + n]
            if len(run) < n or any(not 1 <= len(cell.split()) <= 3 for cell in run):
                break
            found.append(spaced_head(" ".join(cell.strip() for cell in run)))
    return found
