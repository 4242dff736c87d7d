"""Box-drawing frames in extracted text: `pdftotext -layout` keeps the lines a PDF drew
around an item's heading or a table ("┌────┐" / "│ Punkt 2   Title │" / "└────┘"), and the
item finder must read the heading inside, not the frame. `text_lines.normalize` removes
them before any line is read."""

from __future__ import annotations

import re

# A frame drawn with box-drawing characters around an item's heading or a table, as
# `pdftotext -layout` keeps it ("┌────┐" / "│ Punkt 2   Title │" / "└────┘"): the frame's
# own lines are blank, its sides go and a bar between two cells is a column gap
_BARS = "\u2502\u2503\u2551"  # "│", "┃", "║"


def _is_box(c: str) -> bool:
    return "\u2500" <= c <= "\u257f"


def unframed(text: str) -> str:
    """`text` without box-drawing frames, which are furniture, not text:

    >>> unframed("┌──────┐\\n│ Punkt 2   Vintervedligeholdelse │\\n│ A │ B │\\n└──────┘")
    '\\nPunkt 2   Vintervedligeholdelse\\nA   B\\n'
    """
    if not any(_is_box(c) for c in text):
        return text
    out = []
    for line in text.split("\n"):
        if not any(_is_box(c) for c in line):
            out.append(line)
            continue
        cells = [c.strip() for c in re.split(f"[{_BARS}]", line.strip(" \t" + _BARS))]
        out.append("" if all(_is_box(c) or c.isspace() for c in line)
                   else "   ".join(c for c in cells if c))
    return "\n".join(out)
