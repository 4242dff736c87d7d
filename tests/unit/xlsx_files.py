"""Small Excel workbooks (.xlsx) built in code for the adapter tests, as Excel writes
them, without Excel: `xl/workbook.xml` naming the sheets, their relationships, the
shared strings, the styles (number formats for dates and times) and one part a sheet.

A cell is given as what it holds: a `str` (a shared string), an `int`/`float` (a
number), a `bool` (`t="b"`), None (no cell), or a (kind, value) pair: ("inline", text)
an inline string, ("rich", [runs]) a shared string of several runs, ("date", serial)
Excel's built-in date format 14, ("longdate", serial) a custom "[$-406]d. mmmm yyyy",
("time", fraction) a custom "hh:mm", ("clock", fraction) the built-in "h:mm" (20). A
row given as None is left out of the sheet (Excel writes no empty row)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from .office_files import zipped

Cell = object
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_STYLES = (f'{_HEAD}<styleSheet xmlns="{_MAIN}"><numFmts count="2">'
           '<numFmt numFmtId="164" formatCode="hh:mm"/>'
           '<numFmt numFmtId="165" formatCode="[$-406]d\\. mmmm yyyy;@"/></numFmts>'
           '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
           '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/>'
           '<xf numFmtId="20" applyNumberFormat="1"/></cellXfs></styleSheet>')
_STYLE = {"date": 1, "time": 2, "longdate": 3, "clock": 4}


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _t(text: str) -> str:
    return f'<t xml:space="preserve">{escape(text)}</t>'


class _Strings:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, item: str) -> int:
        self.items.append(item)
        return len(self.items) - 1

    def xml(self) -> str:
        return (f'{_HEAD}<sst xmlns="{_MAIN}" count="{len(self.items)}">'
                + "".join(f"<si>{i}</si>" for i in self.items) + "</sst>")


def _cell(ref: str, value: Cell, strings: _Strings) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if isinstance(value, str):
        return f'<c r="{ref}" t="s"><v>{strings.add(_t(value))}</v></c>'
    kind, held = value  # type: ignore[misc]
    if kind == "inline":
        return f'<c r="{ref}" t="inlineStr"><is>{_t(held)}</is></c>'
    if kind == "rich":
        runs = "".join(f"<r><rPr><b/></rPr>{_t(run)}</r>" for run in held)
        return f'<c r="{ref}" t="s"><v>{strings.add(runs)}</v></c>'
    return f'<c r="{ref}" s="{_STYLE[kind]}"><v>{held}</v></c>'


def _sheet(rows: list[list[Cell] | None], strings: _Strings) -> str:
    out = []
    for r, row in enumerate(rows, start=1):
        if row is None:
            continue
        cells = "".join(_cell(f"{_letters(c)}{r}", v, strings) for c, v in enumerate(row))
        out.append(f'<row r="{r}">{cells}</row>')
    return f'{_HEAD}<worksheet xmlns="{_MAIN}"><sheetData>{"".join(out)}</sheetData></worksheet>'


def xlsx(sheets: list[tuple[str, list[list[Cell] | None]]], hidden: tuple[str, ...] = (),
         date1904: bool = False) -> bytes:
    """The bytes of a workbook whose sheets are `sheets` ((name, rows), in order);
    those named in `hidden` are hidden."""
    strings = _Strings()
    parts = [_sheet(rows, strings) for _, rows in sheets]
    book = (f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            + ('<workbookPr date1904="1"/>' if date1904 else "") + "<sheets>"
            + "".join(f'<sheet name="{escape(name)}" sheetId="{k}" r:id="rId{k}"'
                      + (' state="hidden"' if name in hidden else "") + "/>"
                      for k, (name, _) in enumerate(sheets, start=1))
            + "</sheets></workbook>")
    rels = (f'{_HEAD}<Relationships xmlns="{_PKG}">'
            + "".join(f'<Relationship Id="rId{k}" Type="{_REL}/worksheet" '
                      f'Target="worksheets/sheet{k}.xml"/>' for k in range(1, len(sheets) + 1))
            + f'<Relationship Id="rIdS" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rIdT" Type="{_REL}/styles" Target="styles.xml"/>'
            "</Relationships>")
    return zipped({"xl/workbook.xml": book, "xl/_rels/workbook.xml.rels": rels,
                   "xl/sharedStrings.xml": strings.xml(), "xl/styles.xml": _STYLES,
                   **{f"xl/worksheets/sheet{k}.xml": part
                      for k, part in enumerate(parts, start=1)}})
