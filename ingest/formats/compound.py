"""Compound files (OLE, [MS-CFB]): the container of Word 97–2003 documents (`word97`) and
Outlook messages (`outlook_msg`), opened with `olefile`."""

from __future__ import annotations

import io
from typing import Any

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def open_compound(raw: bytes) -> Any | None:
    """The compound file `raw` holds (an `olefile.OleFileIO`), or None when it is none or
    cannot be opened."""
    if raw[:8] != OLE_MAGIC:
        return None
    import olefile

    try:
        return olefile.OleFileIO(io.BytesIO(raw))
    except (OSError, ValueError):
        return None
