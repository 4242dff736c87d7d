"""What a Word 97–2003 document's character properties say about its text: which
characters are shown, and what its check boxes show.

* Text a tracked change deleted (still stored, marked `sprmCFRMarkDel`) and hidden text
  (`sprmCFVanish`) are not shown. Minutes are often saved with the secretary's changes
  still tracked; read as stored, "Beslutning: Udsat til næste møde.Godkendt." would hold
  both the deleted and the inserted decision. The text as it reads with every change
  accepted is the minutes.
* A check box form field (`{ FORMCHECKBOX }`) keeps its state in the Data stream: the
  field's object character points there (`sprmCPicLocation`) to its `FFData`, whose
  `iRes` (or its default `wDef`) says whether it is ticked. It is shown as the glyph the
  .docx reader gives a ticked or empty box ("☒" / "☐"), so an attendance table of boxes
  reads alike in both formats.

Character properties stand in the CHPX FKP pages that `PlcBteChpx` names.
"""

from __future__ import annotations

import struct

from .ticks import TICKED, UNTICKED
from .word97_records import Piece, fkp_pages, sprms, to_fc, u16

_DELETED, _HIDDEN, _PIC_LOCATION = 0x0800, 0x083C, 0x6A03  # sprmCFRMarkDel, …Vanish, …PicLocation
_FFDATA_AT = 0x44  # a form field's FFData follows the 68-byte header of its NilPICFAndBinData
_CHECKBOX, _DEFAULT_STATE = 1, 25  # FFData iType of a check box; iRes "as its default"
# A run of characters by byte offset: (first FC, end FC, its properties)
Run = tuple[int, int, dict[int, int]]


def character_runs(word: bytes, table: bytes, plcf: tuple[int, int]) -> list[Run]:
    """The character property runs that set any property, by FC."""
    out: list[Run] = []
    for page in fkp_pages(word, table, plcf):
        crun = page[-1]
        for i in range(crun):
            offset = page[4 * (crun + 1) + i] * 2
            if offset:
                out.append((int.from_bytes(page[4 * i:4 * i + 4], "little"),
                            int.from_bytes(page[4 * i + 4:4 * i + 8], "little"),
                            sprms(page[offset + 1:offset + 1 + page[offset]])))
    return sorted(out, key=lambda r: r[0])


def shown_characters(runs: list[Run], pieces: list[Piece], length: int) -> list[bool]:
    """Per character (CP) of the text: is it shown?"""
    shown = [True] * length
    for first, last, props in runs:
        if not (props.get(_DELETED) or props.get(_HIDDEN)):
            continue
        for cp_first, cp_end, fc, width in pieces:  # the FC range back to CPs, per piece
            lo = max(first, fc)
            hi = min(last, fc + (cp_end - cp_first) * width)
            if lo >= hi:
                continue
            start = cp_first + (lo - fc) // width
            end = min(cp_first + -(-(hi - fc) // width), length)
            shown[start:end] = [False] * max(end - start, 0)
    return shown


def check_boxes(text: str, runs: list[Run], pieces: list[Piece], data: bytes) -> dict[int, str]:
    """The glyph of each check box form field, by the CP of its object character."""
    out: dict[int, str] = {}
    at = text.find("FORMCHECKBOX")
    while at >= 0:
        anchor = text.find("\x01", at, at + 40)
        if anchor >= 0 and (ticked := _ticked(to_fc(pieces, anchor), runs, data)) is not None:
            out[anchor] = f"{(TICKED if ticked else UNTICKED)[0]} "
        at = text.find("FORMCHECKBOX", at + 1)
    return out


def _ticked(fc: int, runs: list[Run], data: bytes) -> bool | None:
    location = next((props.get(_PIC_LOCATION) for first, last, props in runs
                     if first <= fc < last and _PIC_LOCATION in props), None)
    if location is None:
        return None
    at = location + _FFDATA_AT
    try:
        bits = u16(data, at + 4)
        if bits & 0x3 != _CHECKBOX:
            return None
        state = (bits >> 2) & 0x1F
        if state == _DEFAULT_STATE:  # its default: after the name (an Xstz) comes wDef
            name_chars = u16(data, at + 10)
            state = u16(data, at + 12 + 2 * name_chars + 2)
        return bool(state)
    except struct.error:
        return None
