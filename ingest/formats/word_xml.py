"""Word's single-file XML documents ("Word XML-dokument (*.xml)"), read as the .docx they
hold:

* Flat OPC, as Word 2007 and later save it: `<?mso-application progid="Word.Document"?>`
  over `<pkg:package>`, each part of a .docx a `<pkg:part pkg:name="/word/document.xml">`
  with its XML in `<pkg:xmlData>` or its bytes base64 in `<pkg:binaryData>` (an image, an
  import chunk). The parts are put back into a .docx in memory, with the content types
  the parts name;
* WordprocessingML 2003 (`<w:wordDocument>`, Word 2003's "XML-dokument"): one tree whose
  `w:body`, `w:styles` and `w:lists` are the later format's document, styles and
  numbering under other names (`w:listPr`/`w:ilfo` for `w:numPr`/`w:numId`, `w:listDef`
  for `w:abstractNum`, a number format as a code, `w:nfc w:val="0"` for decimal), and
  whose page headers and footers (`w:hdr`, `w:ftr`) stand in the section's properties.
  It is written as those parts, a reviewer's comments (`aml:annotation`) left out.

Either way the document is then read by the Word adapter (`word.docx_text`), so a
"Mødedato:" table, "1. Godkendelse af dagsorden" as a heading and a Word list's
numbers read as they do in a .docx.
"""

from __future__ import annotations

import base64
import binascii
import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

from referat.domain import Meeting

from .common import ParseError
from .text import meetings_from_text
from .word import docx_text
from .xmlload import load_xml, root_tag

NAME = "word-xml"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Word 2003's number formats, by code (`w:nfc`), as the later format names them
_NFC = {"0": "decimal", "1": "upperRoman", "2": "lowerRoman", "3": "upperLetter",
        "4": "lowerLetter", "23": "bullet", "255": "none"}


def sniff(raw: bytes, path: Path) -> bool:
    """A Flat OPC package holding a Word document, or a Word 2003 XML document."""
    tag = root_tag(raw)
    return tag == "wordDocument" or tag == "package" and b"/word/document.xml" in raw


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """The document's text, read as minutes by the text adapter (as a .docx is)."""
    root = load_xml(raw, namespaces=True)
    parts = _package_parts(root) if _local(root.tag) == "package" else _wordml_parts(root)
    if "word/document.xml" not in parts:
        raise ParseError("Word-XML-dokumentet har ingen dokumentdel (word/document.xml)")
    return meetings_from_text(docx_text(_zipped(parts)), path, NAME, municipality)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(el: ET.Element | None, name: str) -> str:
    """An attribute by its local name ("name" for `pkg:name`), "" when absent."""
    if el is None:
        return ""
    return next((v for k, v in el.attrib.items() if _local(k) == name), "")


def _children(el: ET.Element | None, name: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) == name] if el is not None else []


def _xml(el: ET.Element) -> bytes:
    return ET.tostring(el, encoding="utf-8")


def _package_parts(root: ET.Element) -> dict[str, bytes]:
    """A Flat OPC package's parts by their path in a .docx, with `[Content_Types].xml`
    naming each part's type."""
    parts: dict[str, bytes] = {}
    types: list[str] = []
    for part in _children(root, "part"):
        name = _attr(part, "name").lstrip("/")
        if not name:
            continue
        if (xml := next(iter(_children(part, "xmlData")), None)) is not None:
            if len(xml):
                parts[name] = _xml(xml[0])
        elif (data := next(iter(_children(part, "binaryData")), None)) is not None:
            try:
                parts[name] = base64.b64decode("".join((data.text or "").split()))
            except (binascii.Error, ValueError):
                continue
        else:
            continue
        if kind := _attr(part, "contentType"):
            types.append(f"<Override PartName={quoteattr('/' + name)} "
                         f"ContentType={quoteattr(kind)}/>")
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(types) + "</Types>").encode()
    return parts


def _wordml_parts(root: ET.Element) -> dict[str, bytes]:
    """A Word 2003 XML document as a .docx's document, styles, numbering, headers and
    footers."""
    # a reviewer's comment (`aml:annotation w:type="Word.Comment"`) is no text of the
    # paragraph it is anchored in (in a .docx it is a part of its own)
    comments = [(el, c) for el in root.iter() for c in el
                if _local(c.tag) == "annotation" and _attr(c, "type") == "Word.Comment"]
    for parent, comment in comments:
        parent.remove(comment)
    for el in root.iter():  # a paragraph's list and its entry under the later names
        if _local(el.tag) == "listPr":
            el.tag = f"{{{W}}}numPr"
        elif _local(el.tag) == "ilfo":
            el.tag = f"{{{W}}}numId"
    parts: dict[str, bytes] = {}
    margins = {"hdr": 0, "ftr": 0}
    for el in root.iter():
        if (kind := _local(el.tag)) in margins:
            margins[kind] += 1
            name = f"word/{'header' if kind == 'hdr' else 'footer'}{margins[kind]}.xml"
            parts[name] = _xml(el)
    if (body := next(iter(_children(root, "body")), None)) is not None:
        document = ET.Element(f"{{{W}}}document")
        document.append(body)
        parts["word/document.xml"] = _xml(document)
    if (styles := next(iter(_children(root, "styles")), None)) is not None:
        parts["word/styles.xml"] = _xml(styles)
    if (lists := next(iter(_children(root, "lists")), None)) is not None:
        parts["word/numbering.xml"] = _xml(_numbering(lists))
    return parts


def _numbering(lists: ET.Element) -> ET.Element:
    """`w:lists` (`w:listDef` with its levels, `w:list` naming one) as `w:numbering`."""
    numbering = ET.Element(f"{{{W}}}numbering")

    def sub(parent: ET.Element, tag: str, **attrs: str) -> ET.Element:
        return ET.SubElement(parent, f"{{{W}}}{tag}", {f"{{{W}}}{k}": v for k, v in attrs.items()})

    for definition in _children(lists, "listDef"):
        abstract = sub(numbering, "abstractNum", abstractNumId=_attr(definition, "listDefId"))
        for level in _children(definition, "lvl"):
            lvl = sub(abstract, "lvl", ilvl=_attr(level, "ilvl") or "0")
            start = _attr(next(iter(_children(level, "start")), None), "val") or "1"
            code = _attr(next(iter(_children(level, "nfc")), None), "val") or "0"
            text = _attr(next(iter(_children(level, "lvlText")), None), "val")
            sub(lvl, "start", val=start)
            sub(lvl, "numFmt", val=_NFC.get(code, "decimal"))
            sub(lvl, "lvlText", val=text)
    for entry in _children(lists, "list"):
        num = sub(numbering, "num", numId=_attr(entry, "ilfo"))
        sub(num, "abstractNumId", val=_attr(next(iter(_children(entry, "ilst")), None), "val"))
    return numbering


def _zipped(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buf.getvalue()
