"""An item's number drawn as a text object of its own beside the title, as an accessible
Word→PDF export sets a grey "Punkt 3" label right-aligned on the title's line.

pypdf writes the two objects in the order they were drawn, so the same heading comes out
in one of two ways: "Trafiksikkerhedsplan 2025-2028 Punkt 2" (the label drawn after the
title: it ends the line) or "Punkt 2Trafiksikkerhedsplan 2025-2028" (drawn before it, no
space between, as the pen moved backwards). Neither is read as an item's heading, so the
file had no items at all. Both are written back as the heading the items reader knows,
"Punkt 2 Trafiksikkerhedsplan 2025-2028", where the document does it for a run of items
(two or more, numbered one after another) and no other heading was found: one sentence
ending in "… Punkt 2", or an earlier treatment's "… beslutning den 13.11.2012 Punkt 9"
under items of their own, is no heading.
"""

from __future__ import annotations

import re

# "Punkt 1Godkendelse af dagsorden": the label glued to the title's first word
_GLUED_RE = re.compile(r"^((?:Punkt|PUNKT)\s*(\d{1,3}))(?=[A-ZÆØÅ][a-zæøå])")
# "Godkendelse af dagsorden Punkt 1": a title (no sentence's end before the label) with
# the label at the line's end
_TRAILING_RE = re.compile(r"^([A-ZÆØÅ\"“”].*?[^\s.,;:!?])\s+((?:Punkt|PUNKT)\s*(\d{1,3}))$")
# a heading the items reader already knows: "Punkt 2 Title", "Punkt 2: Title"
_LEADING_RE = re.compile(r"^(?:Punkt|PUNKT)\s*\d{1,3}\b")


def _rising(numbers: list[int]) -> bool:
    """Whether two or more numbers follow one another (an agenda's run: 1, 2, 3)."""
    return len(numbers) >= 2 and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def placed_numbers(lines: list[str]) -> list[str]:
    """The lines with an item number drawn beside its title moved before it.

    >>> placed_numbers(["Godkendelse af dagsorden Punkt 1", "Godkendt.",
    ...                 "Budget 2025 Punkt 2"])
    ['Punkt 1 Godkendelse af dagsorden', 'Godkendt.', 'Punkt 2 Budget 2025']
    >>> placed_numbers(["Punkt 1Godkendelse", "x", "Punkt 2Budget"])
    ['Punkt 1 Godkendelse', 'x', 'Punkt 2 Budget']
    >>> placed_numbers(["Sagen blev sidst behandlet under Punkt 4", "Godkendt."])
    ['Sagen blev sidst behandlet under Punkt 4', 'Godkendt.']
    """
    stripped = [ln.strip() for ln in lines]
    glued = [(n, m) for n, ln in enumerate(stripped) if (m := _GLUED_RE.match(ln))]
    trailing = [(n, m) for n, ln in enumerate(stripped) if (m := _TRAILING_RE.match(ln))]
    # (a document whose headings already lead with their numbers keeps its lines)
    if any(_LEADING_RE.match(ln) and not _GLUED_RE.match(ln) for ln in stripped):
        trailing = []
    if not _rising([int(m.group(2)) for _, m in glued]):
        glued = []
    if not _rising([int(m.group(3)) for _, m in trailing]):
        trailing = []
    if not glued and not trailing:
        return lines
    out = list(lines)
    for n, m in glued:
        out[n] = f"{m.group(1)} {stripped[n][m.end():]}"
    for n, m in trailing:
        out[n] = f"{m.group(2)} {m.group(1)}"
    return out
