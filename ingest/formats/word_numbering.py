"""Word's automatic numbers: each list's counters per level, rendered as its level's
number text says ("%1." → "3.", "%1.%2" → "1.2", a bullet → "-"). Read from a .docx's
`word/numbering.xml` (`word.docx_text`) or from a .doc's list tables (`word97_lists`).
"""

from __future__ import annotations

import re

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
