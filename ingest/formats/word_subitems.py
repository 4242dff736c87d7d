"""A Word agenda table of groups and their sub-items, read as the items it lists.

A joint body's template (a fire service's commission, an inter-municipal board) prints
its whole agenda as one table: a shaded group row spanning the table ("1. Meddelelser",
"3 Lukkede punkter"), under it each sub-item's title row (the number "1.1" in a cell
merged down over the item's rows, the title beside it) and one row per field ("" |
"Sagsfremstilling" | text, "" | "Beslutning" | text); an item with no group ("4." |
"Eventuelt") may close the table. Read row by row the group rows become the items and
the sub-items their text. Written out top to bottom instead, the sub-items are "1.1
Title" lines under their group's heading, as `text_numbered` reads decimal items (each
numbered 1, 2, 3 … with its printed "1.1" as its label), and each field a "Label: text"
line. A group row's closed word ("Lukkede punkter") still closes the items below it.
"""

from __future__ import annotations

import re

from .text_dividers import part_state

Rows = list[list[list[str]]]  # rows → cells → the cell's paragraphs

_SUB_NUMBER_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$")  # "1.1", "2.3."
_NUMBER_RE = re.compile(r"^(\d{1,2})\.?$")  # "4.", "4"
_GROUP_RE = re.compile(r"^(\d{1,2})\.?\s+(\S.*)$")  # "1. Meddelelser" in one cell
_OPEN_PART = "Åbne punkter"
_FIELD_LABEL_RE = re.compile(r"^[A-ZÆØÅ][^\d.!?:]{0,28}\.?:?$")  # "Sagsfremstilling", "Sagsnr."


def sub_item_lines(rows: Rows) -> list[str] | None:
    """The table's lines: a group's heading "1. Meddelelser", each sub-item's heading
    "1.1 Title", each field "Label: text" (more paragraphs on lines of their own); None
    unless the table has two sub-item rows or more and every row is one of a group, a
    sub-item, an item or a field."""
    out: list[str] = []
    subs, closed = 0, False
    for row in rows:
        cells = [" ".join(c).strip() for c in row]
        filled = [k for k, c in enumerate(cells) if c]
        if not filled:
            continue
        first = cells[filled[0]]
        if len(filled) == 1 and (m := _GROUP_RE.match(first)):
            out += ["", f"{m.group(1)}. {m.group(2)}", ""]  # a group row spanning the table
            closed = part_state(m.group(2)) is True
        elif len(filled) >= 2 and (m := _SUB_NUMBER_RE.match(first)):
            subs += 1
            out += ["", f"{m.group(1)}.{m.group(2)} {' '.join(cells[k] for k in filled[1:])}"]
        elif len(filled) >= 2 and filled[0] == 0 and (m := _NUMBER_RE.match(first)):
            # an item of no group ends the group above it: a closed group no longer
            # closes it (the open part's divider, which no item keeps as text)
            out += ["", *(["", _OPEN_PART, ""] if closed else []),
                    f"{m.group(1)}. {' '.join(cells[k] for k in filled[1:])}"]
            closed = False
        elif len(filled) >= 2 and filled[0] > 0 and _FIELD_LABEL_RE.match(first):
            label = first.rstrip(":").strip()
            text = [p for k in filled[1:] for p in row[k] if p.strip()]
            out += [f"{label}: {text[0]}", *text[1:]]
        else:
            return None
    return out if subs >= 2 else None
