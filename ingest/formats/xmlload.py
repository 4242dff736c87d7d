"""Parse XML exports that contain character references XML forbids (`&#xC;`, a form
feed from the word processor), as minutes systems write them; element names are read
without their namespace (an export may declare one, with or without a prefix)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
import zlib

from .common import ParseError

_CHAR_REF_RE = re.compile(rb"&#([xX][0-9a-fA-F]+|[0-9]+);")


def _drop_control(m: re.Match[bytes]) -> bytes:
    ref = m.group(1)
    n = int(ref[1:], 16) if ref[:1] in b"xX" else int(ref)
    return b" " if n < 32 and n not in (9, 10, 13) else m.group(0)


def load_xml(raw: bytes, namespaces: bool = False) -> ET.Element:
    """The root element; raises `ParseError` (Danish) when the XML is broken. Element
    names lose their namespace unless `namespaces` (a document written out again)."""
    if b"<!ENTITY" in raw[:4096]:
        raise ParseError("XML med egne entiteter læses ikke (af sikkerhedshensyn)")
    try:
        root = ET.fromstring(_CHAR_REF_RE.sub(_drop_control, raw))
    except ET.ParseError as err:
        raise ParseError(f"ugyldig XML ({err})") from err
    if namespaces:
        return root
    for el in root.iter():  # a namespace ("{http://…}Committee") names nothing we read
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.split("}", 1)[1]
    return root


# A part's size unpacked (a Word document's, a workbook's sheet): minutes are far smaller
_MAX_PART = 50 * 1024 * 1024


def zip_part(archive: zipfile.ZipFile, name: str, owner: str) -> ET.Element | None:
    """The XML part `name` of an Office file (a .docx, an .xlsx), None when it has none;
    raises `ParseError` (Danish, naming the part of `owner`: "Word-dokumentets") when it
    is too large unpacked or no valid XML."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_PART:
        raise ParseError(f"{owner} del {name} er for stor "
                         f"({info.file_size / 2**20:.0f} MB udpakket)")
    try:
        return load_xml(archive.read(info))
    except ParseError as err:
        raise ParseError(str(err).replace("ugyldig XML", f"ugyldig XML i {name}", 1)) from err
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as err:  # (a damaged member)
        raise ParseError(f"{owner} del {name} er beskadiget og kan ikke pakkes ud") from err


def root_tag(raw: bytes) -> str:
    """The first element's name (without a namespace prefix), without parsing the file."""
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->", b"", raw[:4096], flags=re.S)
    m = re.search(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]", head)
    return m.group(1).decode("ascii", "replace") if m else ""
