"""A PDF page holding a table protocol with two or more section columns ("Pkt. | Sag |
Indstilling | Beslutning"): pypdf's plain text runs a row's cells together ("1
Godkendelse af dagsorden Dagsordenen godkendes. Godkendt.") and gives the Indstilling
cell's lines straight before the Beslutning cell's, with nothing between, so no reader
can tell where the decision starts. Such a page is read again in pypdf's layout mode,
which keeps the columns apart as `pdftotext -layout` does, for
`formats.layout_table` to read by their offsets. A table with one section column
("Pkt. Sag Beslutning") reads well as plain text (the title, then the decision) and is
left to it, as is a page whose layout text does not read as such a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_MIN_SECTIONS = 2


def table_pages(pages: Sequence[Any], texts: list[str]) -> list[str]:
    """Each page's text (`texts`, pypdf's plain text of `pages`), a table protocol's
    page in layout mode instead.

    The head row in plain text: "Pkt. Sag Indstilling Beslutning" (one space apart)."""
    from .formats.layout_table import column_table_text
    from .formats.protocol_heads import spaced_head

    out = []
    for page, text in zip(pages, texts, strict=True):
        heads = [spaced_head(line) for line in text.split("\n") if len(line) < 120]
        if any(h and sum(c.kind == "section" for c in h) >= _MIN_SECTIONS for h in heads):
            try:
                layout = page.extract_text(extraction_mode="layout") or ""
            except Exception:  # pypdf's layout mode fails on some fonts: keep the plain text
                layout = ""
            if column_table_text(layout) != layout:
                text = layout
        out.append(text)
    return out
