"""Parse XML exports that contain character references XML forbids (`&#xC;`, a form
feed from the word processor), as minutes systems write them; element names are read
without their namespace (an export may declare one, with or without a prefix)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .common import ParseError

_CHAR_REF_RE = re.compile(rb"&#([xX][0-9a-fA-F]+|[0-9]+);")


def _drop_control(m: re.Match[bytes]) -> bytes:
    ref = m.group(1)
    n = int(ref[1:], 16) if ref[:1] in b"xX" else int(ref)
    return b" " if n < 32 and n not in (9, 10, 13) else m.group(0)


def load_xml(raw: bytes) -> ET.Element:
    """The root element; raises `ParseError` (Danish) when the XML is broken."""
    if b"<!ENTITY" in raw[:4096]:
        raise ParseError("XML med egne entiteter læses ikke (af sikkerhedshensyn)")
    try:
        root = ET.fromstring(_CHAR_REF_RE.sub(_drop_control, raw))
    except ET.ParseError as err:
        raise ParseError(f"ugyldig XML ({err})") from err
    for el in root.iter():  # a namespace ("{http://…}Committee") names nothing we read
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.split("}", 1)[1]
    return root


def root_tag(raw: bytes) -> str:
    """The first element's name (without a namespace prefix), without parsing the file."""
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->", b"", raw[:4096], flags=re.S)
    m = re.search(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]", head)
    return m.group(1).decode("ascii", "replace") if m else ""
