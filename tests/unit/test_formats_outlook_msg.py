"""Outlook messages saved as .msg: read as the e-mail they hold — minutes in the text,
or in an attachment of a cover note, or in a mail forwarded as an attachment.

The messages are built here with the properties Outlook writes ([MS-OXMSG]) in a
compound file (`compound_file`)."""

from __future__ import annotations

import struct
from datetime import date, datetime
from pathlib import Path

import pytest

from ingest.formats import read_meetings
from ingest.formats.outlook_msg import is_msg
from ingest.read import SkipFile

from .compound_file import Tree, compound_file
from .fixture_files import FIXTURES

MINUTES = """Ældrerådet i Vordingborg Kommune
Referat af møde den 3. marts 2022 kl. 10.00
Sted: Borgercentret, mødelokale 1
Til stede: Inge Madsen (formand), Poul Erik Juhl, Vibeke Lund
Afbud: Ole Krag

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Høringssvar om madservice
Beslutning: Rådet afgiver høringssvar som drøftet.

3. Eventuelt
Beslutning: Intet.
"""
# sent 4 March 2022 09:41 UTC, the day after the meeting (a FILETIME: 100 ns since 1601)
_SENT = int((datetime(2022, 3, 4, 9, 41) - datetime(1601, 1, 1)).total_seconds() * 10**7)


def _props(values: dict[int, int], header: int) -> bytes:
    """A property stream: its header, then one 16-byte entry per fixed property
    (tag = id << 16 | type)."""
    return b"\0" * header + b"".join(struct.pack("<IIQ", tag, 6, value)
                                     for tag, value in values.items())


def _text(prop: int, value: str) -> Tree:
    return {f"__substg1.0_{prop:04X}001F": value.encode("utf-16-le")}


def _message(subject: str, body: str, header: int = 32, attachments: Tree | None = None,
             codepage: int | None = None) -> Tree:
    fixed = {0x00390040: _SENT} | ({0x3FFD0003: codepage} if codepage else {})
    tree: Tree = {"__properties_version1.0": _props(fixed, header)}
    if codepage:  # 8-bit strings in the message's code page
        tree["__substg1.0_0037001E"] = subject.encode("cp1252")
        tree["__substg1.0_1000001E"] = body.encode("cp1252")
    else:
        tree |= _text(0x0037, subject) | _text(0x1000, body)
    tree |= _text(0x0C1A, "Maja Holt") | _text(0x0C1F, "mh@vordingborg.dk")
    return tree | (attachments or {})


def _attachment(k: int, name: str, data: bytes) -> Tree:
    return {f"__attach_version1.0_#{k:08X}": {
        "__properties_version1.0": _props({}, 8), **_text(0x3707, name),
        "__substg1.0_37010102": data}}


def _read(tmp_path: Path, tree: Tree, name: str = "referat.msg") -> list:
    path = tmp_path / name
    path.write_bytes(compound_file(tree))
    return read_meetings(path)


def _check(meeting) -> None:
    assert (meeting.committee, meeting.date, meeting.municipality) == (
        "Ældrerådet", date(2022, 3, 3), "Vordingborg")
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Høringssvar om madservice", "Eventuelt"]
    assert meeting.items[1].sections[-1].text == "Rådet afgiver høringssvar som drøftet."


def test_minutes_in_the_message_text(tmp_path: Path) -> None:
    (m,) = _read(tmp_path, _message("Referat fra Ældrerådet 3. marts 2022", MINUTES))
    _check(m)
    assert m.source.endswith("referat.msg")  # (the file itself, not the mail it was read as)


def test_eight_bit_strings_in_the_message_code_page(tmp_path: Path) -> None:
    (m,) = _read(tmp_path, _message("Referat Ældrerådet", MINUTES, codepage=1252))
    _check(m)


def test_a_cover_note_is_read_through_its_attachment(tmp_path: Path) -> None:
    note = _message("Referat", "Hej alle\n\nHermed referatet fra mødet.\n\nMvh Maja",
                    attachments=_attachment(0, "Referat Ældrerådet 3-3-2022.txt",
                                            MINUTES.encode("utf-8")))
    (m,) = _read(tmp_path, note)
    _check(m)


def test_a_mail_forwarded_as_an_attachment(tmp_path: Path) -> None:
    inner = _message("Referat fra Ældrerådet", MINUTES, header=24)
    outer = _message("VS: Referat", "Se vedhæftede.", attachments={
        "__attach_version1.0_#00000000": {
            "__properties_version1.0": _props({}, 8), "__substg1.0_3701000D": inner}})
    (m,) = _read(tmp_path, outer)
    _check(m)


def test_a_word_document_is_no_message() -> None:
    raw = (FIXTURES / "word97" / "kultur_2006.doc").read_bytes()
    assert not is_msg(raw)
    assert is_msg(compound_file(_message("Referat", MINUTES)))


def test_a_message_without_minutes_is_named_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(SkipFile) as err:
        _read(tmp_path, _message("Frokost", "Skal vi spise kl. 12?"), name="frokost.msg")
    assert str(err.value).startswith("frokost.msg: ")
