"""The cells of an OpenDocument spreadsheet (.ods) as the text a user sees in them, read
with the standard library only (`zipfile` and `xml.etree`).

An .ods is a zip whose `content.xml` holds each sheet as a `table:table` of
`table:table-row`s of `table:table-cell`s. A cell's paragraphs (`text:p`) are its lines;
a date cell gives its day in `office:date-value` ("2021-03-01"), read as that ISO day
whatever format it is shown in; a cell merged over others leaves them as
`table:covered-table-cell` (empty here, as Excel leaves a merged cell's others); a run
of equal rows or cells is written once with `number-rows-repeated` /
`number-columns-repeated` (the trailing empty run of a sheet's million rows is cut).
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from .common import ParseError
from .xlsx_cells import Sheet
from .xmlload import zip_part

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_MAX_ROWS = 5000
_MAX_COLUMNS = 100
MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def is_ods(raw: bytes) -> bool:
    """A zip whose stored mimetype (its first part) names a spreadsheet."""
    return raw[:4] == b"PK\x03\x04" and MIMETYPE in raw[:200]


def ods_sheets(raw: bytes) -> list[Sheet]:
    """The sheets of an .ods in their order; raises `ParseError` (Danish) when the file
    holds no readable spreadsheet."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            root = zip_part(archive, "content.xml", "regnearkets")
    except zipfile.BadZipFile as err:
        raise ParseError("regnearket (.ods) er ikke en gyldig zip-fil") from err
    if root is None:
        raise ParseError("regnearket (.ods) har ingen content.xml")
    return [Sheet(t.get(f"{{{_TABLE}}}name", ""), _rows(t)) for t in root.iter("table")]


def _rows(table: ET.Element) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.iter("table-row"):
        cells: list[str] = []
        for cell in row:
            if cell.tag not in ("table-cell", "covered-table-cell"):
                continue
            times = min(int(cell.get(f"{{{_TABLE}}}number-columns-repeated", "1")), _MAX_COLUMNS)
            cells += [_value(cell)] * times
        while cells and not cells[-1]:
            cells.pop()
        times = int(row.get(f"{{{_TABLE}}}number-rows-repeated", "1"))
        rows += [cells[:_MAX_COLUMNS]] * (min(times, _MAX_ROWS) if cells else min(times, 2))
        if len(rows) > _MAX_ROWS:
            break
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _value(cell: ET.Element) -> str:
    """The cell's text: a date cell's day, else its paragraphs one a line."""
    if cell.get(f"{{{_OFFICE}}}value-type") == "date":
        return cell.get(f"{{{_OFFICE}}}date-value", "")[:10]
    return "\n".join(_paragraph(p) for p in cell.iter("p")).strip()


def _paragraph(p: ET.Element) -> str:
    """A paragraph's text with its spaces (`text:s`), tabs and line breaks."""
    out = [p.text or ""]
    for child in p:
        tag = child.tag
        if tag == "s":
            out.append(" " * int(child.get(f"{{{_TEXT}}}c", "1")))
        elif tag == "tab":
            out.append("\t")
        elif tag == "line-break":
            out.append("\n")
        else:
            out.append(_paragraph(child))
        out.append(child.tail or "")
    return "".join(out)
