"""A meeting's decisions published in a short form that picks some items only: a
newsletter or a press digest prints each chosen item under its agenda number
("Punkt 4: Budget 2026-2029, 2. behandling", "Punkt 6: …", "Punkt 19 (lukket punkt):
…"), a paragraph of what was decided below each. The numbers rise but skip the items
left out, so no run of consecutive numbers holds them, and there is no section heading
nor case number to tell an item's own lines. They are the items when every keyword
line of the text is one of them, in rising order, each over a paragraph of prose of
its own (a contents list prints its lines with nothing between them)."""

from __future__ import annotations

from .numbered_runs import NumberedStart

_MIN_SELECTED = 3  # fewer chosen items are no digest to tell from a citation


def _prose(lines: list[str]) -> bool:
    """Some line among `lines` ends a sentence: a paragraph of text."""
    return any(len(s := ln.strip()) >= 20 and s.endswith((".", "!", "?")) for ln in lines)


def selected_items(found: list[NumberedStart], lines: list[str]) -> list[NumberedStart]:
    """The keyword items `found` (every keyword line, in reading order) as a digest's
    chosen items, or [] when they are none: three or more, numbers rising with a gap
    somewhere, a paragraph of prose after each."""
    numbers = [s.number for s in found]
    rising = all(a < b for a, b in zip(numbers, numbers[1:], strict=False))
    if len(found) < _MIN_SELECTED or not rising or (
            numbers == list(range(numbers[0], numbers[0] + len(numbers)))):
        return []
    ends = [s.line for s in found[1:]] + [len(lines)]
    if not all(_prose(lines[s.body:end]) for s, end in zip(found, ends, strict=True)):
        return []
    for start in found:
        start.evidence = True
    return found
