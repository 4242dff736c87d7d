"""The text of a MIME part whose header names no charset ("Content-Type: text/html", as
Chrome's "Save as MHTML" writes its page): Python's `email` then decodes it as ASCII, and
every æ, ø and å of a UTF-8 page becomes "��". Such a part is decoded as a browser would:
by its byte-order mark, else the charset the HTML declares itself (`<meta charset=…>`,
`<meta http-equiv="Content-Type" content="…; charset=…">`, an XML declaration's
encoding), else UTF-8 when the bytes are valid UTF-8, else cp1252 (Windows' Danish).
A part that names its charset is decoded by it, as `email` does.
"""

from __future__ import annotations

import codecs
import re
from email.message import EmailMessage

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# charset=… in a <meta> (either form) or encoding="…" in an XML declaration
_DECLARED_RE = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SNIFF = 4096  # a page declares its charset in its head


def sniffed_charset(raw: bytes) -> str:
    """The charset of undeclared text bytes: BOM, the page's own declaration, UTF-8 when
    valid, else cp1252.

    >>> sniffed_charset(b'<meta charset="iso-8859-1"><p>M\\xf8de')
    'iso8859-1'
    >>> sniffed_charset("<p>Møde".encode()), sniffed_charset(b"<p>M\\xf8de")
    ('utf-8', 'cp1252')
    """
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    if m := _DECLARED_RE.search(raw[:_SNIFF]):
        name = (m.group(1) or m.group(2)).decode("ascii")
        try:
            return codecs.lookup(name).name
        except LookupError:
            pass  # (an unknown name: sniffed as if none were declared)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def part_text(part: EmailMessage) -> str | None:
    """A text part's content as a string; None when it is no text (or cannot be read)."""
    if part.get_content_maintype() == "text" and part.get_param("charset") is None:
        raw = part.get_payload(decode=True)
        if isinstance(raw, bytes):
            return raw.decode(sniffed_charset(raw), errors="replace")
    try:
        body = part.get_content()
    except (LookupError, UnicodeError, ValueError):  # an unknown charset, a broken part
        body = (part.get_payload(decode=True) or b"").decode("cp1252", errors="replace")
    return body if isinstance(body, str) else None
