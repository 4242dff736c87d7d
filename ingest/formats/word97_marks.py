"""Which characters of a Word 97–2003 document are shown: not text a tracked change
deleted (still stored, marked `sprmCFRMarkDel`) nor hidden text (`sprmCFVanish`).

Minutes are often saved with the secretary's changes still tracked; read as stored,
"Beslutning: Udsat til næste møde.Godkendt." would hold both the deleted and the
inserted decision. The text as it reads with every change accepted is the minutes.
Character properties stand in the CHPX FKP pages that `PlcBteChpx` names.
"""

from __future__ import annotations

from .word97_records import Piece, fkp_pages, sprms

_DELETED, _HIDDEN = 0x0800, 0x083C  # sprmCFRMarkDel, sprmCFVanish


def shown_characters(word: bytes, table: bytes, plcf: tuple[int, int], pieces: list[Piece],
                     length: int) -> list[bool]:
    """Per character (CP) of the text: is it shown?"""
    shown = [True] * length
    for first, last in _unshown_ranges(word, table, plcf):
        for cp_first, cp_end, fc, width in pieces:  # the FC range back to CPs, per piece
            lo = max(first, fc)
            hi = min(last, fc + (cp_end - cp_first) * width)
            if lo >= hi:
                continue
            start = cp_first + (lo - fc) // width
            end = min(cp_first + -(-(hi - fc) // width), length)
            shown[start:end] = [False] * max(end - start, 0)
    return shown


def _unshown_ranges(word: bytes, table: bytes, plcf: tuple[int, int]
                    ) -> list[tuple[int, int]]:
    """The FC ranges whose character properties delete or hide them."""
    out: list[tuple[int, int]] = []
    for page in fkp_pages(word, table, plcf):
        crun = page[-1]
        for i in range(crun):
            offset = page[4 * (crun + 1) + i] * 2
            if not offset:
                continue
            props = sprms(page[offset + 1:offset + 1 + page[offset]])
            if props.get(_DELETED) or props.get(_HIDDEN):
                out.append((int.from_bytes(page[4 * i:4 * i + 4], "little"),
                            int.from_bytes(page[4 * i + 4:4 * i + 8], "little")))
    return out
