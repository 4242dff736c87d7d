"""Outlook messages saved as .msg ([MS-OXMSG]): minutes mailed as the message's text, or
as its attachment, saved from Outlook with "Gem som" in Outlook's own format.

A .msg is a compound file (OLE) whose streams hold the message's properties: its
subject, sender, recipients and time in `__properties_version1.0` and `__substg1.0_…`
streams, its text as plain text (`PidTagBody`) and HTML (`PidTagBodyHtml`), and each
attachment in a storage of its own (its file name and bytes, or a whole message
attached). It is turned into the MIME message (.eml) it stands for, so that everything
the e-mail reader does (`mail_text`, `mail_attachments`: the text's own header, a cover
note read through its attachment, a forwarded mail) holds for it as well.

Written by hand over `olefile`: the message's properties are a handful of named
streams; a converter package (extract-msg) would bring a large dependency tree for them.
"""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from .common import ParseError
from .compound import open_compound

_PROPERTIES = "__properties_version1.0"
_SUBJECT, _BODY, _HTML, _SENDER, _SENDER_MAIL, _TO = 0x0037, 0x1000, 0x1013, 0x0C1A, 0x0C1F, 0x0E04
_SUBMITTED, _DELIVERED, _CODEPAGE, _INTERNET_CODEPAGE = 0x0039, 0x0E06, 0x3FFD, 0x3FDE
_FILE_NAME, _SHORT_NAME, _DATA, _MIME_TYPE = 0x3707, 0x3704, 0x3701, 0x370E
_UNICODE, _STRING8, _BINARY, _OBJECT = "001F", "001E", "0102", "000D"
_ATTACHMENT = "__attach_version1.0_#"
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_CODEPAGES = {1252: "cp1252", 65001: "utf-8", 28591: "latin-1", 28605: "iso-8859-15",
              20127: "ascii", 1200: "utf-16-le"}


def is_msg(raw: bytes) -> bool:
    """A compound file holding an Outlook message (its property stream and subject or
    text), not a Word or Excel document."""
    ole = open_compound(raw)
    return ole is not None and ole.exists(_PROPERTIES) and any(
        entry[0].startswith("__substg1.0_") for entry in ole.listdir(streams=True))


def msg_as_eml(raw: bytes) -> bytes:
    """The MIME message (.eml) an Outlook .msg holds; raises `ParseError` (Danish)."""
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(raw))
        return _message(_Storage(ole, [])).as_bytes()
    except (OSError, ValueError, struct.error, IndexError) as err:
        if isinstance(err, ParseError):
            raise
        raise ParseError("Outlook-beskeden (.msg) er beskadiget og kan ikke læses") from err


class _Storage:
    """The properties of one storage of the message: the message, an attachment or a
    message attached."""

    def __init__(self, ole: Any, path: list[str], header: int = 32) -> None:
        self.ole, self.path = ole, path
        self.fixed = self._fixed(header)
        codepage = self.fixed.get(_CODEPAGE) or self.fixed.get(_INTERNET_CODEPAGE) or 1252
        self.codepage = _CODEPAGES.get(int(codepage), "cp1252")

    def _stream(self, name: str) -> bytes | None:
        full = [*self.path, name]
        return self.ole.openstream(full).read() if self.ole.exists("/".join(full)) else None

    def _fixed(self, header: int) -> dict[int, int]:
        """The fixed-size properties (times, numbers) of the property stream, by id."""
        data = self._stream(_PROPERTIES) or b""
        out: dict[int, int] = {}
        for at in range(header, len(data) - 15, 16):
            tag, _flags, value = struct.unpack_from("<IIQ", data, at)
            out[tag >> 16] = value
        return out

    def text(self, prop: int) -> str:
        """A string property, Unicode or in the message's code page ("" when absent)."""
        unicode = self._stream(f"__substg1.0_{prop:04X}{_UNICODE}")
        if unicode is not None:
            return unicode.decode("utf-16-le", errors="replace").rstrip("\x00")
        eight = self._stream(f"__substg1.0_{prop:04X}{_STRING8}")
        return eight.decode(self.codepage, errors="replace").rstrip("\x00") if eight else ""

    def binary(self, prop: int) -> bytes | None:
        return self._stream(f"__substg1.0_{prop:04X}{_BINARY}")

    def when(self) -> datetime | None:
        """When the message was sent (else received)."""
        ticks = self.fixed.get(_SUBMITTED) or self.fixed.get(_DELIVERED)
        return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10) if ticks else None

    def attachments(self) -> list[_Storage]:
        depth = len(self.path)
        names = sorted({entry[depth] for entry in self.ole.listdir(streams=True, storages=True)
                        if len(entry) > depth and entry[:depth] == self.path
                        and entry[depth].startswith(_ATTACHMENT)})
        return [_Storage(self.ole, [*self.path, name], header=8) for name in names]

    def embedded(self) -> _Storage | None:
        """A message attached whole (its own storage, as Outlook forwards one)."""
        inner = [*self.path, f"__substg1.0_{_DATA:04X}{_OBJECT}"]
        if not self.ole.exists("/".join(inner)):
            return None
        return _Storage(self.ole, inner, header=24)


def _message(store: _Storage) -> EmailMessage:
    message = EmailMessage()
    for header, value in (("Subject", store.text(_SUBJECT)), ("To", store.text(_TO))):
        if value:
            message[header] = " ".join(value.split())
    sender, address = store.text(_SENDER), store.text(_SENDER_MAIL)
    if sender or address:
        message["From"] = f"{sender} <{address}>" if sender and "@" in address else (
            sender or address)
    if (sent := store.when()) is not None:
        message["Date"] = format_datetime(sent)
    body, html = store.text(_BODY), _html(store)
    message.set_content(body or "")
    if html:
        message.add_alternative(html, subtype="html")
    for attachment in store.attachments():
        inner = attachment.embedded()
        if inner is not None:
            message.add_attachment(_message(inner))  # (message/rfc822)
            continue
        data = attachment.binary(_DATA)
        name = attachment.text(_FILE_NAME) or attachment.text(_SHORT_NAME)
        if data is None or not name:
            continue
        maintype, _, subtype = (attachment.text(_MIME_TYPE) or "application/octet-stream"
                                ).partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream",
                               filename=name)
    return message


def _html(store: _Storage) -> str:
    """The HTML text, in the code page the message names for it."""
    raw = store.binary(_HTML)
    if raw is not None:
        return raw.decode(store.codepage, errors="replace")
    return store.text(_HTML)
