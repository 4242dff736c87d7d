"""A decision list exported as delimited text, one line per item: a header row naming
the columns ("Punkt⇥Titel⇥Sagsnr.⇥Åben/Lukket⇥Beslutning"), then a row per item
("2⇥Trafiksikkerhedsplan⇥24-018812⇥Åben⇥Anbefales …"), tab- or semicolon-separated.

Such a row has no heading, case line or section label of its own, so the text parser
would find no item in it. Each row is written out as the item block minutes print
("2. Title" / "Sagsnr. …" / "Åben punkt" / "Beslutning: …"), which the parser reads as
any other; the head's rows above the table ("Mødedato⇥2024-11-05") are label lines.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

from .text_sections import section_name

DELIMITERS = ("\t", ";")
# What a column is, by its name in the header row (lower-cased, without its final dot)
NUMBER_COLUMNS = frozenset({"punkt", "pkt", "nr", "nummer", "punktnr", "pkt.nr", "punkt nr"})
TITLE_COLUMNS = frozenset({"titel", "sag", "emne", "overskrift", "dagsordenspunkt",
                           "sagstitel", "punkttitel", "sagens titel"})
CASE_COLUMNS = frozenset({"sagsnr", "sagsnummer", "journalnr", "journalnummer", "j.nr",
                          "sags-id", "sagsid"})
ACCESS_COLUMNS = frozenset({"åben/lukket", "åbent/lukket", "åben / lukket", "lukket/åben",
                            "status", "adgang", "offentlighed", "åben", "lukket"})
_ACCESS_VALUE_RE = re.compile(r"^(?:åben|åbent|lukket)$", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^(\d{1,4})\.?$")
_LABEL_RE = re.compile(r"^[^\W\d_][\w .-]{0,30}$")  # a head row's label: "Mødedato"
_MIN_COLUMNS = 3  # a number, a title and at least one more (the decision)


def _trimmed(cells: list[str]) -> list[str]:
    """`cells` without the empty cells a spreadsheet pads a row with to the table's
    width ("Mødedato;11-06-2025;;;"), each cell's line breaks read as spaces."""
    cells = [" ".join(c.split()) for c in cells]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _cells(line: str, delimiter: str) -> list[str]:
    return _trimmed(next(csv.reader([line], delimiter=delimiter), []))


def _records(lines: list[str], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """The delimited records in `lines`, each with the index of its first line: a
    quoted cell may hold line breaks (a spreadsheet's multi-line decision), so the
    table is read as CSV records, not line by line."""
    reader = csv.reader((f"{line}\n" for line in lines), delimiter=delimiter)
    start = 0
    for record in reader:
        yield start, _trimmed(record)
        start = reader.line_num


def _kind(name: str) -> str:
    """What a header cell names: "number", "title", "case", "access", or the name."""
    key = name.strip().lower().rstrip(".:").strip()
    for kind, names in (("number", NUMBER_COLUMNS), ("title", TITLE_COLUMNS),
                        ("case", CASE_COLUMNS), ("access", ACCESS_COLUMNS)):
        if key in names:
            return kind
    return name.strip().rstrip(":")


def _header(line: str) -> tuple[str, list[str]] | None:
    """The delimiter and the columns' kinds when `line` is an item table's header row."""
    for delimiter in DELIMITERS:
        if delimiter not in line:
            continue
        kinds = [_kind(c) for c in _cells(line, delimiter)]
        if len(kinds) >= _MIN_COLUMNS and kinds[0] == "number" and "title" in kinds and all(
                kinds) and len(set(kinds)) == len(kinds):
            return delimiter, kinds
    return None


def _block(number: str, cells: list[str], kinds: list[str]) -> list[str]:
    """One row as the item block minutes print."""
    row = dict(zip(kinds, cells, strict=False))
    out = [f"{number}. {row.get('title', '')}"]
    if row.get("case"):
        out.append(f"Sagsnr. {row['case']}")
    if _ACCESS_VALUE_RE.match(row.get("access", "")):
        out.append(f"{row['access'].capitalize()} punkt")
    for kind, value in row.items():
        if kind not in ("number", "title", "case", "access") and value:
            out.append(f"{section_name(kind) or kind}: {value}")
    return [*out, ""]


def _head_row(line: str, delimiter: str) -> str:
    """A head row above the table, "Mødedato;2024-09-03", as a label line
    ("Mødedato: 2024-09-03"); any other line as it is."""
    cells = _cells(line, delimiter) if delimiter in line else []
    if delimiter in line and not cells:
        return ""  # a padding row, ";;;;"
    if len(cells) == 2 and _LABEL_RE.match(cells[0]) and cells[1]:
        return f"{cells[0]}: {cells[1]}"
    return line


def item_table_text(text: str) -> str:
    """`text` with a delimited item table's rows written out as item blocks; unchanged
    when no line is such a table's header row."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if (head := _header(line)) is None:
            continue
        delimiter, kinds = head
        out, rest = [_head_row(ln, delimiter) for ln in lines[:i]], len(lines)
        for start, cells in _records(lines[i + 1:], delimiter):
            if not cells:
                continue
            number = _NUMBER_RE.match(cells[0])
            if len(cells) > len(kinds) or not number or len(cells) < 2:
                rest = i + 1 + start
                break
            out.extend(_block(number.group(1), cells, kinds))
        if len(out) == i:
            return text  # a header row with no item row under it
        return "\n".join([*out, *lines[rest:]])
    return text
