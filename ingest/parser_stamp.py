"""Which version of the reading code made an index's meetings.

Ingest skips a file whose sha256 it already holds. That is right while the code that
turns the file into chunks is the same; after an update that reads some layout better
(a decision found where it used to be missed, a closed item now marked), the old reading
would stay in the index until `referat ingest --rebuild`. So every stored meeting carries
the stamp of the code and chunk settings that made it, and ingest reads a known file again
when its stamp differs: a meeting whose chunks come out the same keeps its embeddings
(only the item store is rewritten); one whose chunks changed is embedded and written
again, like a new version of the file.

The stamp is a hash of the source of the packages that read, parse and chunk (`ingest`
and `referat`) and of the chunk settings, so nobody has to remember to bump a number.
Any change there costs one re-read of the archive (parsing is cheap: the 88 Greve
meetings of 2024 parse in ~2 s); only what actually changed is embedded again.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import referat

from .chunk import ChunkSettings

_PACKAGES = (Path(referat.__file__).parent, Path(__file__).parent)


@cache
def _code_hash() -> str:
    digest = hashlib.sha256()
    for root in _PACKAGES:
        for path in sorted(root.rglob("*.py")):
            digest.update(path.relative_to(root.parent).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def parser_stamp(settings: ChunkSettings) -> str:
    """The stamp meetings read now carry: "<code hash>/<chunk tokens>/<overlap>".

    >>> parser_stamp(ChunkSettings(200, 30)).endswith("/200/30")
    True
    """
    return f"{_code_hash()}/{settings.words}/{settings.overlap}"
