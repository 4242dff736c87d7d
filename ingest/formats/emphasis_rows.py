"""Markdown's italics around a line, or around each fact of a row, as a markdown export
sets an item's facts under its heading ("*Sagsnr.: 24/118* · *Åbent punkt*"): the words
without the marks, as `text_layout.clean_markdown` reads every other line, so that the
case number and the closed mark are read as on a plain facts row."""

from __future__ import annotations

import re

# A line in italics as a whole: "*Lukket punkt.*", "_Intet at bemærke._"
EMPHASISED_LINE_RE = re.compile(r"^[*_](?![*_\s])([^*_]*[^*_\s])[*_]$")
# The separator between a row's facts (the spaces around it stripped after: linear time)
_PART_SEP_RE = re.compile(r"([·•|])")


def emphasised_parts(line: str) -> str:
    """A row of facts each in italics, parted by "·", "•" or "|", as its words; any other
    line as it is.

    >>> emphasised_parts("*Sagsnr.: 24/118* · *Lukket punkt*")
    'Sagsnr.: 24/118 · Lukket punkt'
    >>> emphasised_parts("*Sagsnr.: 24/118* · se bilag")
    '*Sagsnr.: 24/118* · se bilag'
    """
    parts = _PART_SEP_RE.split(line)
    found = [EMPHASISED_LINE_RE.match(p.strip()) for p in parts[::2]]
    if len(found) < 2 or not all(found):
        return line
    parts[::2] = [m[1] for m in found if m]  # (each part's words, the separators kept)
    return " ".join(p.strip() for p in parts)
