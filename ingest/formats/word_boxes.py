"""Word's check boxes that hold no text, as the glyph a ticked or an empty box reads as
("☒" / "☐", `ticks`):

* a legacy form field (`FORMCHECKBOX`): its state is `w:ffData/w:checkBox`, `w:checked`
  (ticked unless its value says "0"/"false") or else `w:default`;
* a box drawn as a symbol (`w:sym w:font="Wingdings" w:char="F0FE"`), the text a
  private-use character of the symbol font.

A content control's check box (`w14:checkbox`) needs nothing: its text is the glyph.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .ticks import TICKED, UNTICKED

_TICK, _EMPTY = TICKED[0], UNTICKED[0]
# The box characters of the symbol fonts, by font and code (with or without the F000
# private-use offset): ticked or empty
_SYMBOL_BOXES = {
    "wingdings": {0xFE: _TICK, 0xFD: _TICK, 0xFC: _TICK, 0x78: _TICK, 0xA8: _EMPTY, 0x6F: _EMPTY,
                  0x71: _EMPTY, 0x72: _EMPTY},
    "wingdings 2": {0x52: _TICK, 0x53: _TICK, 0x54: _TICK, 0x50: _TICK, 0xA3: _EMPTY,
                    0x2A: _EMPTY},
}
_FALSE = ("0", "false", "off")


def _val(el: ET.Element) -> str | None:
    return next((v for k, v in el.attrib.items() if k.split("}")[-1] == "val"), None)


def _find(el: ET.Element | None, name: str) -> ET.Element | None:
    return None if el is None else next((c for c in el if c.tag == name), None)


def box_glyph(node: ET.Element) -> str | None:
    """The glyph of a form field's check box (its `w:fldChar` that begins the field) or
    of a symbol font's box (`w:sym`); None for any other node."""
    if node.tag == "fldChar":
        box = _find(_find(node, "ffData"), "checkBox")
        if box is None:
            return None
        checked, default = _find(box, "checked"), _find(box, "default")
        state = checked if checked is not None else default
        on = state is not None and (_val(state) or "1").lower() not in _FALSE
        return _TICK if on else _EMPTY
    if node.tag == "sym":
        font = next((v for k, v in node.attrib.items() if k.split("}")[-1] == "font"), "")
        code = next((v for k, v in node.attrib.items() if k.split("}")[-1] == "char"), "")
        try:
            char = int(code, 16) & 0xFF
        except ValueError:
            return None
        return _SYMBOL_BOXES.get(font.lower(), {}).get(char)
    return None
