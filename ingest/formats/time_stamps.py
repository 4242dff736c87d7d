"""Minutes that stamp each item's heading with the clock time it was taken up: "Kl. 17.05
– Punkt 2: Orientering om …" (a council's or a board's referat written along the
evening), or after it: "Punkt 2: Orientering om … (kl. 17.05)", as a transcription tool
marks the recording's span of each item ("PUNKT 2 · Title  [00:03:51 – 00:27:40]"). The
time is no part of the heading, and the stamped lines between the items that head none
("Kl. 18.15 – Pause", "Kl. 18.55 – Mødet slut.") are the evening's time slots, not an item's text.

Found by structure: only when two or more stamped lines are item headings once the
stamp is gone (a "Kl. 19.00 – 21.00" in the head, or one stamped line of prose, stays).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "Kl. 17.05 – ", "17:05 - ", "kl. 9.30 – " before the line's text
_LEADING_RE = re.compile(r"^(\s*)(?:kl\.?\s*)?\d{1,2}[.:]\d\d\s*[–—-]\s+(?=\S)",
                         re.IGNORECASE)
# " (kl. 17.05)", " (kl. 17.05-17.40)" after a heading's title; a recording's span of the
# item, " [00:03:51 – 00:27:40]" (a transcription tool's hours, minutes and seconds)
_TRAILING_RE = re.compile(r"\(kl\.?\s*\d{1,2}[.:]\d\d(?:\s*[–—-]\s*\d{1,2}[.:]\d\d)?\)\s*$"
                          r"|\[\d{1,2}:\d\d:\d\d(?:\s*[–—-]\s*\d{1,2}:\d\d:\d\d)?\]\s*$",
                          re.IGNORECASE)
_SLOT_WORDS = 4  # "Pause", "Mødet slut.", "Mødet genoptaget": a time slot, no text


def unstamped(lines: list[str], is_item: Callable[[str], bool]) -> list[str]:
    """`lines` with the clock times taken off item headings (`is_item` tells one) and the
    short stamped lines after the first item left blank; `lines` itself when the
    minutes do not stamp their items.

    >>> unstamped(["Kl. 17.00 – Punkt 1: Godkendelse af dagsorden", "Godkendt.",
    ...            "Kl. 18.15 – Pause", "Kl. 18.25 – Punkt 2: Eventuelt"],
    ...           lambda s: s.startswith("Punkt"))
    ['Punkt 1: Godkendelse af dagsorden', 'Godkendt.', '', 'Punkt 2: Eventuelt']
    """
    lead = [(i, m) for i, ln in enumerate(lines) if (m := _LEADING_RE.match(ln))]
    headed = [i for i, m in lead if is_item(lines[i][m.end():].strip())]
    trail = [i for i, ln in enumerate(lines) if is_item(_untimed(ln).strip())
             and _untimed(ln) != ln]
    if len(headed) < 2 and len(trail) < 2:
        return lines
    out = list(lines)
    for i, m in lead:
        rest = lines[i][m.end():]
        if i in headed:
            out[i] = m.group(1) + rest
        elif headed and i > headed[0] and len(rest.split()) <= _SLOT_WORDS:
            out[i] = ""
    for i in trail if len(trail) >= 2 else []:
        out[i] = _untimed(out[i])
    return out


def _untimed(line: str) -> str:
    """A heading without the time after it: "Punkt 2: Title (kl. 17.05)" → "Punkt 2:
    Title" (the line's end alone is searched: a long line costs no more than its
    length)."""
    cut = max(0, len(line) - 40)
    m = _TRAILING_RE.search(line, cut)
    return line[:m.start()].rstrip() if m else line
