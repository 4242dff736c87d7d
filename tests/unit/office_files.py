"""Small Word documents (.docx) built in code for the adapter tests: a zip holding
`word/document.xml` (paragraphs with a style, tables, automatic numbering),
`word/styles.xml` and `word/numbering.xml`, as Word writes them, without Word."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def para(text: str, style: str | None = None, num: tuple[int, int] | None = None,
         bold: bool = False) -> str:
    """One `<w:p>`: `style` is the style's id ("Overskrift1", "Heading1"), `num` the
    (numId, level) of automatic numbering; the text may be split into runs by "|"."""
    props = ""
    if style or num:
        props = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + (
            f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
            if num else "") + "</w:pPr>"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    runs = "".join(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
                   for part in text.split("|"))
    return f"<w:p>{props}{runs}</w:p>"


def table(rows: list[list[str]]) -> str:
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>"
                    for row in rows)
    return f"<w:tbl>{cells}</w:tbl>"


def _styles(ids: dict[str, str]) -> str:
    body = "".join(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
                   "</w:style>" for sid, name in ids.items())
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:styles xmlns:w="{W}">{body}</w:styles>')


def _numbering(formats: dict[int, str | list[tuple[str, str]]]) -> str:
    """numId → the format of its level 0 ("decimal", "bullet", "upperRoman"), or each
    level's format and text from level 0 on ([("decimal", "%1."), ("lowerLetter",
    "%1%2.")]: "4." over "4a.", "4b.")."""
    def levels(fmt: str | list[tuple[str, str]]) -> str:
        pairs = [(fmt, "%1.")] if isinstance(fmt, str) else fmt
        return "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{f}"/>'
                       f'<w:lvlText w:val="{text}"/></w:lvl>' for k, (f, text) in enumerate(pairs))
    abstract = "".join(
        f'<w:abstractNum w:abstractNumId="{n}">{levels(fmt)}</w:abstractNum>'
        for n, fmt in formats.items())
    nums = "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>'
                   for n in formats)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:numbering xmlns:w="{W}">{abstract}{nums}</w:numbering>')


def docx(parts: list[str], styles: dict[str, str] | None = None,
         numbering: dict[int, str | list[tuple[str, str]]] | None = None) -> bytes:
    """The bytes of a .docx whose body is `parts` (from `para` and `table`)."""
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W}"><w:body>{"".join(parts)}<w:sectPr/></w:body>'
                "</w:document>")
    parts = {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS,
             "word/document.xml": document}
    if styles:
        parts["word/styles.xml"] = _styles(styles)
    if numbering:
        parts["word/numbering.xml"] = _numbering(numbering)
    return zipped(parts)


def zipped(parts: dict[str, str]) -> bytes:
    """The bytes of a zip holding each part (its path in the zip → its text)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():  # (a fixed time: the same bytes every time)
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def odt(body: str, styles: str = "", header: str = "") -> bytes:
    """The bytes of an .odt whose `content.xml` body is `body` (`text:p`, `text:h`,
    `text:list`, `table:table` elements), `styles` its automatic styles' XML; `header`,
    when given, the master page's header paragraph (in `styles.xml`)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS}>'
               f"{styles}<office:body><office:text>{body}</office:text></office:body>"
               "</office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:  # (the mimetype first, stored)
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        if header:
            archive.writestr("styles.xml", (
                f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODT_NS}>'
                '<office:master-styles><style:master-page style:name="Standard">'
                f"<style:header><text:p>{header}</text:p></style:header></style:master-page>"
                "</office:master-styles></office:document-styles>"), zipfile.ZIP_DEFLATED)
    return buf.getvalue()
