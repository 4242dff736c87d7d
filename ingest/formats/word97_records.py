"""The small records of a Word 97–2003 document ([MS-DOC]) that its readers share:
numbers in the streams, the pieces of the text, the FKP pages of properties and the
property lists (sprms) in them."""

from __future__ import annotations

import bisect
import struct
from collections.abc import Iterator

_FKP = 512  # an FKP page's size

# A piece of the text: its first CP, its end CP, its first FC, bytes per character
Piece = tuple[int, int, int, int]



def u16(data: bytes, at: int) -> int:
    return struct.unpack_from("<H", data, at)[0]


def u32(data: bytes, at: int) -> int:
    return struct.unpack_from("<I", data, at)[0]


def to_fc(pieces: list[Piece], cp: int) -> int:
    """The byte offset (FC) of character `cp`."""
    k = max(bisect.bisect_right([p[0] for p in pieces], cp) - 1, 0)
    first, _, fc, width = pieces[k] if pieces else (0, 0, 0, 1)
    return fc + (cp - first) * width


def fkp_pages(word: bytes, table: bytes, plcf: tuple[int, int]) -> Iterator[bytes]:
    """The FKP pages a bin table (`PlcBteChpx`, `PlcBtePapx`) at `plcf` of the table
    stream names, from the WordDocument stream."""
    at, lcb = plcf
    n = (lcb - 4) // 8
    for k in range(max(n, 0)):
        pn = u32(table, at + 4 * (n + 1) + 4 * k) & 0x3FFFFF
        page = word[pn * _FKP:(pn + 1) * _FKP]
        if len(page) == _FKP:
            yield page


def sprms(grpprl: bytes) -> dict[int, int]:
    """The small operands of a property list, by sprm (variable-length ones skipped)."""
    out: dict[int, int] = {}
    at = 0
    while at + 2 <= len(grpprl):
        sprm = u16(grpprl, at)
        at += 2
        size = (1, 1, 2, 4, 2, 2, 0, 3)[sprm >> 13]
        if sprm >> 13 == 6:  # variable: its first byte (two for the table definition)
            if sprm == 0xD608 and at + 2 <= len(grpprl):
                size, at = u16(grpprl, at) - 1, at + 2
            elif at < len(grpprl):
                size, at = grpprl[at], at + 1
        if at + size > len(grpprl):
            break
        out[sprm] = int.from_bytes(grpprl[at:at + size], "little", signed=size == 4)
        at += size
    return out
