"""The cells of an Excel workbook (.xlsx) as the text a user sees in them, read with the
standard library only (`zipfile` and `xml.etree`).

A workbook is a zip: `xl/workbook.xml` names the sheets in order ("Referat",
"Deltagere"), `xl/_rels/workbook.xml.rels` says which part holds each
(`xl/worksheets/sheet1.xml`), `xl/sharedStrings.xml` holds the text the cells refer to
by number, and `xl/styles.xml` the number format each cell is shown with. A cell is
read as Excel shows it:

* a shared string (`t="s"`, its rich-text runs joined) or an inline one
  (`t="inlineStr"`, `<is><t>…</t></is>`), a formula's text result (`t="str"`);
* a number shown as a date is an Excel serial day ("45446" with format 14 is
  "03-06-2024"), one shown as a time a fraction of a day ("0.8020833" as "hh:mm" is
  "19:15"), both together a date and a time; the 1904 date system is honoured;
* other numbers as written ("6", "2,5": a Danish decimal comma), a yes/no cell
  (`t="b"`) as "Ja" / "Nej", an error ("#N/A") as nothing;
* the characters Excel escapes in its strings (`_x000D_`) as themselves.

Rows keep their places: a row left out between two others is an empty row, so a
blank line still parts the head's facts from the items' table.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .common import ParseError
from .xmlload import zip_part

_MAX_ROWS = 5000  # rows read from one sheet (minutes have dozens)
_MAX_COLUMNS = 100
# Excel's built-in number formats that show a date, a time, or both
_DATE_FORMATS = frozenset({14, 15, 16, 17, *range(27, 32), *range(34, 37), *range(50, 59)})
_TIME_FORMATS = frozenset({18, 19, 20, 21, 32, 33, 45, 46, 47})
_DATETIME_FORMATS = frozenset({22})
# What a custom format code shows once its literal text is left out: "dd-mm-yyyy",
# "[$-406]d. mmmm yyyy", "hh:mm", "dd/mm/yyyy hh:mm"
_LITERAL_RE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_ESCAPED_RE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_REF_RE = re.compile(r"^([A-Z]{1,3})(\d+)$")
_EPOCH = datetime(1899, 12, 30)  # serial 0, as Excel counts (its 1900 leap day included)
_EPOCH_1904 = datetime(1904, 1, 1)


@dataclass
class Sheet:
    """One worksheet: its name and its rows, each the text of its cells from column A."""

    name: str
    rows: list[list[str]]


def workbook_sheets(raw: bytes) -> list[Sheet]:
    """The visible sheets of an .xlsx in their order; raises `ParseError` (Danish) when
    the file is no workbook."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        book = _part(archive, "xl/workbook.xml")
        if book is None:
            raise ParseError("zip-filen er ikke et Excel-regneark (.xlsx): xl/workbook.xml mangler")
        targets = _targets(_part(archive, "xl/_rels/workbook.xml.rels"))
        strings = _shared_strings(_part(archive, "xl/sharedStrings.xml"))
        formats = _cell_formats(_part(archive, "xl/styles.xml"))
        epoch = _EPOCH_1904 if any(_attr(el, "date1904") in ("1", "true") for el in book.iter(
            "workbookPr")) else _EPOCH
        sheets = []
        for el in book.iter("sheet"):
            if _attr(el, "state") in ("hidden", "veryHidden"):
                continue  # (a hidden sheet holds a list's choices, no text of the minutes)
            target = targets.get(_attr(el, "id") or "", "")
            root = _part(archive, _sheet_path(target)) if target else None
            if root is not None:
                reader = _Cells(strings, formats, epoch)
                sheets.append(Sheet(_attr(el, "name") or "", reader.rows(root)))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, RuntimeError, OSError) as err:
        raise ParseError("Excel-filen (.xlsx) kan ikke åbnes; den er beskadiget eller ikke "
                         "en rigtig .xlsx-fil") from err
    if not any(any(cell for cell in row) for s in sheets for row in s.rows):
        raise ParseError("Excel-regnearket (.xlsx) indeholder ingen tekst")
    return sheets


def _part(archive: zipfile.ZipFile, name: str) -> ET.Element | None:
    return zip_part(archive, name, "regnearkets")


def _attr(el: ET.Element, name: str) -> str | None:
    """An attribute by its local name ("id" for `r:id`)."""
    return next((v for k, v in el.attrib.items() if k.rsplit("}", 1)[-1] == name), None)


def _targets(rels: ET.Element | None) -> dict[str, str]:
    """Relationship id → the part it points at ("rId1" → "worksheets/sheet1.xml")."""
    return {_attr(el, "Id") or "": _attr(el, "Target") or ""
            for el in (rels.iter("Relationship") if rels is not None else [])}


def _sheet_path(target: str) -> str:
    """A relationship's target as a path in the zip: relative to `xl/`, or absolute."""
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def _text(el: ET.Element) -> str:
    """A string item's text: its `<t>`, or its rich-text runs' `<t>`s joined (the
    phonetic guide `<rPh>` left out)."""
    parts = [t.text or "" for child in el if child.tag in ("t", "r")
             for t in ([child] if child.tag == "t" else child.iter("t"))]
    return _ESCAPED_RE.sub(lambda m: chr(int(m.group(1), 16)), "".join(parts))


def _shared_strings(root: ET.Element | None) -> list[str]:
    return [_text(si) for si in root.iter("si")] if root is not None else []


def _cell_formats(root: ET.Element | None) -> list[str]:
    """Per cell style (`s="2"`), what its number format shows: "date", "time",
    "datetime" or "" (a plain number)."""
    if root is None:
        return []
    custom = {int(_attr(el, "numFmtId") or -1): _attr(el, "formatCode") or ""
              for el in root.iter("numFmt")}
    xfs = next(root.iter("cellXfs"), None)
    return [_format_kind(int(n) if (n := _attr(xf, "numFmtId") or "0").isdigit() else 0, custom)
            for xf in (xfs.iter("xf") if xfs is not None else [])]


def _format_kind(number: int, custom: dict[int, str]) -> str:
    if number in _DATE_FORMATS:
        return "date"
    if number in _TIME_FORMATS:
        return "time"
    if number in _DATETIME_FORMATS:
        return "datetime"
    code = _LITERAL_RE.sub("", custom.get(number, "").split(";")[0]).lower()
    dated = bool(re.search(r"[dy]", code)) or bool(re.search(r"m", code) and not re.search(
        r"[hs]", code))
    timed = bool(re.search(r"[hs]", code))
    return "datetime" if dated and timed else "date" if dated else "time" if timed else ""


class _Cells:
    """Reads a sheet's cells with the workbook's strings, formats and date system."""

    def __init__(self, strings: list[str], formats: list[str], epoch: datetime) -> None:
        self.strings, self.formats, self.epoch = strings, formats, epoch

    def rows(self, sheet: ET.Element) -> list[list[str]]:
        """The sheet's rows from the first, a row left out an empty one."""
        rows: list[list[str]] = []
        last = 0  # the number of the row read last
        for row in sheet.iter("row"):
            at = _index(_attr(row, "r"), last + 1)
            if at > _MAX_ROWS:
                break
            if at > last + 1:
                rows.append([])  # (rows left out: one empty row stands for them)
            last = at
            cells: list[str] = []
            for c in row.iter("c"):
                ref = _REF_RE.match(_attr(c, "r") or "")
                column = _column(ref.group(1)) if ref else len(cells)
                if column >= _MAX_COLUMNS:
                    continue
                cells += [""] * (column - len(cells))
                cells.append(self.value(c))
            while cells and not cells[-1]:
                cells.pop()
            rows.append(cells)
        while rows and not rows[-1]:
            rows.pop()
        return rows

    def value(self, c: ET.Element) -> str:
        """One cell as Excel shows it."""
        kind = _attr(c, "t") or "n"
        v = next(c.iter("v"), None)
        raw = (v.text or "") if v is not None else ""
        if kind == "inlineStr":
            inline = next(c.iter("is"), None)
            return _text(inline) if inline is not None else ""
        if kind == "s":
            k = int(raw) if raw.strip().isdigit() else -1
            return self.strings[k] if 0 <= k < len(self.strings) else ""
        if kind == "str":
            return _ESCAPED_RE.sub(lambda m: chr(int(m.group(1), 16)), raw)
        if kind == "b":
            return "Ja" if raw.strip() == "1" else "Nej" if raw.strip() == "0" else ""
        if kind == "e" or not raw.strip():
            return ""
        if kind == "d":  # (an ISO date, as the strict format writes it)
            return _iso_day(raw.strip()[:10])
        try:
            number = float(raw)
        except ValueError:
            return raw.strip()
        style = _attr(c, "s")
        shown = self.formats[int(style)] if style and style.isdigit() and int(style) < len(
            self.formats) else ""
        return self.dated(number, shown) if shown else _number(number)

    def dated(self, serial: float, kind: str) -> str:
        """An Excel serial as a date ("03-06-2024"), a time ("19:15") or both."""
        moment = self.epoch + timedelta(days=serial)
        moment += timedelta(seconds=30)  # (to the nearest minute: 0.8020833 is 19:15)
        if kind == "time":
            return f"{moment:%H:%M}"
        day = f"{moment:%d-%m-%Y}"
        return f"{day} {moment:%H:%M}" if kind == "datetime" and serial % 1 else day


def _iso_day(iso: str) -> str:
    try:
        return f"{date.fromisoformat(iso):%d-%m-%Y}"
    except ValueError:
        return iso


def _number(value: float) -> str:
    """A number as written: "6", "2,5" (a Danish decimal comma), never "6.0"."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}".replace(".", ",")


def _column(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _index(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() else default
