"""A damaged Office file (a zip member whose compressed data is broken) is named with a
one-line Danish reason, as every other bad file is: never a traceback that stops ingest."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ingest.formats import read_meetings
from ingest.read import SkipFile

_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_BODY = ("<root>" + "<p>Referat af mødet i Økonomiudvalget den 3. marts 2020</p>" * 40
         + "</root>").encode()


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=kind)
    return out.getvalue()


def _broken(raw: bytes, member: bytes) -> bytes:
    """The zip with bytes in the middle of `member`'s compressed data overwritten."""
    at = raw.index(member) + len(member) + 40
    return raw[:at] + b"\xff" * 16 + raw[at + 16:]


@pytest.mark.parametrize(("name", "parts", "member"), [
    ("referat.odt", {"mimetype": _ODT_MIMETYPE, "content.xml": _BODY}, b"content.xml"),
    ("referat.docx", {"word/document.xml": _BODY}, b"word/document.xml"),
])
def test_a_broken_member_of_an_office_zip_is_a_reason(tmp_path: Path, name: str,
                                                     parts: dict[str, bytes],
                                                     member: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(_broken(_zip(parts), member))
    with pytest.raises(SkipFile) as err:
        read_meetings(path)
    message = str(err.value)
    assert message.startswith(f"{name}: ") and "\n" not in message
    assert "beskadiget" in message
