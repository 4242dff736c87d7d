"""A table's rows as the text adapter reads them, whichever format held the table (a
Word table, a Pandoc grid table): each row → cells → the cell's paragraphs.

The shaped tables of `word_tables` (a header by columns, a whole agenda, earlier
treatments, a members' table with marks) and `word_rows` (an item a row, a table of
figures) first; any other table row by row: an item's heading ("2." | "Title"), a box
around text ("Beslutning" / "Godkendt.") as its lines, labels and their values as
"label: value" lines, other rows as the cells side by side.
"""

from __future__ import annotations

import re

from .dated import dated_decision
from .decision_table import decision_rows, section_columns
from .members_rows import members_lines
from .members_table import table_heads
from .text_items import KEYWORD_ALONE_RE
from .word_rows import data_rows, item_rows
from .word_subitems import sub_item_lines
from .word_tables import Rows, table_lines

_LABEL_RE = re.compile(r"^[^\d.!?]{1,30}\.?:?$")  # ("Sagsnr.", "Mødested:")
# a letterhead's cell: "Kalundborg Kommune | REFERAT" is no label and its value, nor is
# "REGION SJÆLLAND | Beslutningsprotokol" (a region's name, in capitals too)
_LETTERHEAD_RE = re.compile(r"\S\s+(?:Kommune|Regionskommune|KOMMUNE)$|^(?i:region)\s+[A-ZÆØÅ]\w+$")
# An item's number alone in a table's first cell, its title in the next: "2." | "Title"
_NUMBER_CELL_RE = re.compile(r"^\d{1,3}[a-z]?\.?$")  # ("2.", "5a.")
# An item table's column heads above its number and title
_NUMBER_HEADS = frozenset({"punkt", "pkt.", "pkt", "nr.", "nr", "dagsordenspunkt", "sag nr."})
_TITLE_HEADS = frozenset({"titel", "emne", "overskrift", "sag", "sagens titel", "punktets titel"})


def table_paragraphs(rows: Rows) -> list[tuple[str, bool]]:
    """The table as paragraphs, each with whether it stands for a row of the table
    (False: an item's own heading or text, read as if written outside the table)."""
    if (decided := decision_rows(rows)) is not None:  # "Indstilling | Beslutning" points
        return [(line, True) for line in decided]
    if (sections := section_columns(rows)) is not None:  # "Indstilling | Beslutning" cells
        return [(line, False) for line in sections]
    if (shaped := table_lines(rows)) is not None:  # a header by columns, an agenda
        return [(line, True) for line in shaped]
    if (titled := _titled_shape(rows)) is not None:  # ("Sagens tidligere behandling" over it)
        return [(line, True) for line in titled]
    if (agenda := item_rows(rows)) is not None:  # an item a row of two cells
        return [(line, False) for line in agenda]
    if (agenda := sub_item_lines(rows)) is not None:  # groups over "1.1" sub-items
        return [(line, False) for line in agenda]
    if (labelled := data_rows([[" ".join(c) for c in r] for r in rows])) is not None:
        return [(line, True) for line in labelled]
    if (members := _grouped_members(rows)) is not None:  # ("Politisk valgte medlemmer")
        return [(line, True) for line in members]
    out: list[tuple[str, bool]] = []
    if len(rows) > 1 and _column_heads(rows[0]) and _item_heading(rows[1]):
        rows = rows[1:]  # ("Punkt" | "Titel" over "112" | "Godkendelse af dagsorden")
    form = _label_form(rows)
    columns = _column_table(rows)
    for k, paras in enumerate(rows):
        if form and len(paras) == 2 and paras[0] and not paras[1]:
            continue  # (a form's label left without its value: no text)
        if columns and len(paras) == columns and not (k == 0 and _item_heading(paras)):
            # (the column names as they stand; an empty cell below is a column's)
            out.append((" | ".join(" ".join(c) for c in paras), True))
            continue
        paras = [c for c in paras if c]
        if k == 0 and (heading := _item_heading(paras)):
            out.append((heading, True))
        elif len(paras) == 1:  # a box around text ("Beslutning" / "Godkendt."): lines
            out.append(("\n".join(paras[0]), True))
        else:
            out.append((_row_text(paras), True))
    return out


def _titled_shape(rows: Rows) -> list[str] | None:
    """A table whose first row is its title, one cell merged across the columns ("Sagens
    tidligere behandling" over "Dato | Udvalg | Beslutning" and a row a treatment): the
    title's line, then the rest as the shape it is (`word_tables.table_lines`: earlier
    treatments as dated decision headings); None when the rest is no such shape."""
    if len(rows) < 3 or len(rows[0]) != 1 or len(rows[1]) < 2 or not rows[0][0]:
        return None
    shaped = table_lines(rows[1:])
    return None if shaped is None else ["\n".join(rows[0][0]), *shaped]


def _grouped_members(rows: Rows) -> list[str] | None:
    """A members' table whose rows stand under group rows of one cell across it
    ("Navn | Parti / lokalområde | Rolle | Fremmøde" / "Politisk valgte medlemmer" / a
    row a member / "Fra administrationen" / the staff) as the header's labelled lines
    (`members_rows`); None for any other table. Without a group row, its rows are read
    as the columns they are (`_column_table`)."""
    heads = table_heads([" ".join(c) for c in rows[0]]) if len(rows) > 2 else None
    cells = [[" ".join(c) for c in row] for row in rows[1:]]
    if heads is None or not any(len(row) == 1 for row in cells):
        return None
    return members_lines(cells, heads, "Deltagere") or None


def _label_form(rows: Rows) -> bool:
    """Whether the table is a form of two columns, a label and its value a row, half of
    its rows filled (a mail merge's field table, every merge field a row)."""
    labelled = [r for r in rows if len(r) == 2 and r[0] and _is_label(" ".join(r[0]))]
    return len(labelled) == len(rows) >= 3 and 2 * sum(bool(r[1]) for r in labelled) >= len(rows)


def _item_heading(paras: list[list[str]]) -> str | None:
    """A table that is one item, its heading the first row's number and title
    ("Punkt 2" | "Title", "2." | "Title"): the heading as one line ("Punkt 2 Title"),
    as the item rules read it; None for any other first row."""
    cells = [" ".join(c) for c in paras]
    # (a third cell of labelled facts stays a line of its own: "Punkt 1" | "Title" |
    # "Sagsnr.: 15/1187")
    facts = cells[2:]
    if len(cells) >= 2 and all(":" in c for c in facts) and (
            _NUMBER_CELL_RE.match(cells[0]) or KEYWORD_ALONE_RE.match(cells[0])):
        return "\n".join([f"{cells[0]} {cells[1]}", *facts])
    return None


def _column_table(rows: Rows) -> int:
    """The column count of a table headed by a row of three or more column names
    ("Navn | Parti | Funktion") over rows as wide (0 for any other table): a row with an
    empty cell ("Søren Ravn | C | ") is still a row of those columns, not a label and its
    value. Two columns do when they head a members' table ("Navn | Fremmøde" over "Tove
    Bang (V), borgmester | Til stede"): its rows are no labels and their values. A group
    row of one cell across the table may stand between the rows."""
    head = [" ".join(c) for c in rows[0]] if rows else []
    if len(head) < 3 and not (len(head) == 2 and table_heads(head)):
        return 0
    if not all(_is_label(c) for c in head) or len(rows) < 2:
        return 0
    # (a group's row of one cell across the columns between them: "Lokalområde Nord")
    return len(head) if all(len(r) == len(head) or len(r) == 1 for r in rows[1:]) else 0


def _column_heads(paras: list[list[str]]) -> bool:
    """A row naming the columns of an item's heading row below it: "Punkt" | "Titel"."""
    cells = [" ".join(c).strip().rstrip(":").lower() for c in paras]
    return len(cells) == 2 and cells[0] in _NUMBER_HEADS and cells[1] in _TITLE_HEADS


def _is_label(cell: str) -> bool:
    """A cell that labels the one beside it ("Sagsnr.", "Mødested:"), no letterhead."""
    return bool(_LABEL_RE.match(cell)) and len(cell.split()) <= 4 and not (
        _LETTERHEAD_RE.search(cell))


def _row_text(paras: list[list[str]]) -> str:
    """A table row (each cell's paragraphs): labels and their values as "label: value"
    lines, a value's paragraphs on lines of their own (a vote line stays a line); other
    rows as the cells side by side."""
    cells = [" ".join(c) for c in paras]
    if len(cells) >= 2 and any(_label_lines(c) for c in paras) and not _labels_beside(paras):
        # a page head's layout table, each cell a block of lines ("Randers Kommune" /
        # "Referat" / "Socialudvalget" beside "Mødedato: 03.06.2025" / "Mødested: …"):
        # each paragraph a line, as the page shows it
        return "\n".join(line for c in paras for line in _block_lines(c))
    if len(cells) >= 2 and _LETTERHEAD_RE.search(cells[0]):
        return "\n".join(cells)  # a letterhead's cells: its lines, the sender's name alone
    if len(cells) >= 2 and len(cells) % 2 == 0 and all(
            _is_label(c) or dated_decision(c) for c in cells[0::2]):
        return "\n".join(f"{a.rstrip(':').strip()}:" + _value_text(b) for a, b in zip(
            cells[0::2], paras[1::2], strict=True))
    return " | ".join(cells)


def _labels_beside(paras: list[list[str]]) -> bool:
    """A row of labels, each one paragraph, beside their values ("Beslutning" | "Godkendt."
    / "For stemte: V og A (4)" / "Undlod at stemme: O (1)" / a member's protocol note):
    a value's vote lines are no page head's block of labelled lines."""
    return len(paras) % 2 == 0 and all(
        len(label) == 1 and _is_label(label[0]) for label in paras[0::2])


def _label_lines(cell: list[str]) -> bool:
    """A cell of two or more "label: value" paragraphs ("Mødedato: …" / "Mødested: …")."""
    return sum(_labelled(ln) for ln in cell) >= 2


def _block_lines(cell: list[str]) -> list[str]:
    """A layout cell's paragraphs as lines; one without a label of its own under a labelled
    one in a block of labelled lines goes on with its value, as it is set under it
    ("Mødested: Mødelokale 3.05, Rådhuset" / "Torvet 1, 8900 Randers C")."""
    if not _label_lines(cell):
        return cell
    out: list[str] = []
    for line in cell:
        if out and _labelled(out[-1]) and not _labelled(line) and ":" not in line:
            out[-1] = f"{out[-1].rstrip(',')}, {line}"
        else:
            out.append(line)
    return out


def _labelled(line: str) -> bool:
    """A "label: value" paragraph ("Mødedato: 03.06.2025")."""
    label, colon, value = line.partition(":")
    return bool(colon) and bool(value.strip()) and _is_label(label + ":")


def _value_text(value: list[str]) -> str:
    """A labelled cell's paragraphs after its label's colon: on the label's line, but a
    list under a label of its own ("Medlemmer:" over "Deltagere:" / names, a table
    nested in the cell) below it."""
    listed = bool(value) and value[0].endswith(":") and _is_label(value[0])
    return ("\n" if listed else " ") + "\n".join(value)
