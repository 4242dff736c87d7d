"""Automatic numbering of a .doc ([MS-DOC] `PlfLst`, `PlfLfo`): which format and number
text each list level has, so that an item heading Word numbered reads "1. Godkendelse af
dagsorden" as it does on paper. Written by hand for the same reason as `word97_binary`.

A paragraph names its list by `ilfo` (1-based, into the LFOs), the LFO names the list
by its id (`lsid`), and the list's levels (LVL) give the number format (`nfc`), the
start and the number text, in which the characters 0–8 stand for the levels' counters
("\\x00." → "1.", "\\x00.\\x01" → "1.2"). Overrides of single levels (LFOLVL) are not read.
"""

from __future__ import annotations

import struct

from .word_numbering import Numbering

# nfc → the .docx number format names `word.Numbering` renders
_FORMATS = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter",
            4: "lowerLetter", 22: "decimal", 23: "bullet", 255: "none"}
_LSTF, _LVLF, _LFO = 28, 28, 16  # structure sizes


def list_numbering(table: bytes, plf_lst: tuple[int, int], plf_lfo: tuple[int, int]
                   ) -> tuple[Numbering, dict[int, str]]:
    """The lists' numbering, and each LFO's (`ilfo`) list id; empty when unreadable."""
    try:
        levels = _lists(table, plf_lst[0]) if plf_lst[1] else {}
        lfos = _lfos(table, plf_lfo[0]) if plf_lfo[1] else {}
    except (struct.error, IndexError, UnicodeDecodeError):
        levels, lfos = {}, {}
    return Numbering(levels), lfos


def _lists(table: bytes, at: int) -> dict[str, dict[int, tuple[str, str, int]]]:
    count = struct.unpack_from("<h", table, at)[0]
    lists = []
    for k in range(max(count, 0)):
        base = at + 2 + _LSTF * k
        lsid = struct.unpack_from("<i", table, base)[0]
        simple = table[base + 26] & 0x01
        lists.append((str(lsid), 1 if simple else 9))
    at += 2 + _LSTF * max(count, 0)  # the LVLs follow the list of lists
    out: dict[str, dict[int, tuple[str, str, int]]] = {}
    for lsid, n in lists:
        levels: dict[int, tuple[str, str, int]] = {}
        for level in range(n):
            start = struct.unpack_from("<i", table, at)[0]
            nfc = table[at + 4]
            chpx, papx = table[at + 24], table[at + 25]
            at += _LVLF + papx + chpx
            chars = struct.unpack_from("<H", table, at)[0]
            xst = table[at + 2:at + 2 + 2 * chars].decode("utf-16-le")
            at += 2 + 2 * chars
            text = "".join(f"%{ord(c) + 1}" if ord(c) < 9 else c for c in xst)
            levels[level] = (_FORMATS.get(nfc, "decimal"), text, start)
        out[lsid] = levels
    return out


def _lfos(table: bytes, at: int) -> dict[int, str]:
    count = struct.unpack_from("<I", table, at)[0]
    return {k + 1: str(struct.unpack_from("<i", table, at + 4 + _LFO * k)[0])
            for k in range(min(count, 0x7FF))}
