"""Word's automatic numbers: each list's counters per level, rendered as its level's
number text says ("%1." → "3.", "%1.%2" → "1.2", a bullet → "-"). Read from a .docx's
`word/numbering.xml` (`docx_numbering`, for `word.docx_text`) or from a .doc's list
tables (`word97_lists`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

# list id → level → (number format, number text with "%1"-style placeholders, start)
Levels = dict[str, dict[int, tuple[str, str, int]]]


class Numbering:
    """Renders Word's automatic numbers: each list's counters per level."""

    def __init__(self, levels: Levels) -> None:
        self.levels = levels
        self.counters: dict[str, list[int]] = {}

    def label(self, num_id: str, level: int) -> str:
        """The number (or "-" for a bullet) of the next paragraph of list `num_id`."""
        levels = self.levels.get(num_id)
        if not levels or num_id == "0" or level > 8:
            return ""
        fmt, text, start = levels.get(level, ("decimal", f"%{level + 1}.", 1))
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return ""
        counts = self.counters.setdefault(num_id, [])
        while len(counts) <= level:
            counts.append(levels.get(len(counts), ("", "", 1))[2] - 1)
        counts[level] += 1
        del counts[level + 1:]
        return re.sub(r"%(\d)", lambda m: number_label(
            counts[int(m.group(1)) - 1] if int(m.group(1)) - 1 < len(counts) else start,
            levels.get(int(m.group(1)) - 1, (fmt,))[0]), text).strip()


def number_label(n: int, fmt: str) -> str:
    """A counter as its level writes it: 3 → "3", "III", "iii", "C" or "c"."""
    if fmt in ("upperRoman", "lowerRoman") and 0 < n < 40:
        tens, ones = divmod(n, 10)
        roman = "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[ones]
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and 1 <= n <= 26:
        letter = chr(ord("A") + n - 1)
        return letter if fmt == "upperLetter" else letter.lower()
    return str(n)


def _attr(el: ET.Element | None, name: str) -> str:
    """An attribute by its local name ("val" for `w:val`), "" when there is none."""
    return next((v for k, v in el.attrib.items() if k.split("}")[-1] == name), "") if (
        el is not None) else ""


def _child(el: ET.Element | None, name: str) -> ET.Element | None:
    return None if el is None else next((c for c in el if c.tag == name), None)


def _int(value: str, default: int) -> int:
    """A number attribute; a missing or damaged one reads as the default."""
    return int(value) if value.isascii() and value.isdigit() else default


def docx_numbering(root: ET.Element | None) -> Numbering:
    """The lists of a .docx's `word/numbering.xml`: each `num` its abstract list's levels,
    a level's start as the `num` overrides it (`w:lvlOverride` / `w:startOverride`: a
    template's item headings numbered on from the meeting before, "23." for the first,
    while their list's own start is 1)."""
    levels: Levels = {}
    abstract: Levels = {}
    for el in root if root is not None else []:
        if el.tag == "abstractNum":
            abstract[_attr(el, "abstractNumId")] = {
                _int(_attr(lvl, "ilvl"), 0): (
                    _attr(_child(lvl, "numFmt"), "val") or "decimal",
                    _attr(_child(lvl, "lvlText"), "val"),
                    _int(_attr(_child(lvl, "start"), "val"), 1))
                for lvl in el if lvl.tag == "lvl"}
    for el in root if root is not None else []:
        if el.tag == "num":
            own = dict(abstract.get(_attr(_child(el, "abstractNumId"), "val"), {}))
            for over in (c for c in el if c.tag == "lvlOverride"):
                level = _int(_attr(over, "ilvl"), 0)
                start = _attr(_child(over, "startOverride"), "val")
                if level in own and start.isascii() and start.isdigit():
                    fmt, text, _ = own[level]
                    own[level] = (fmt, text, int(start))
            levels[_attr(el, "numId")] = own
    return Numbering(levels)
