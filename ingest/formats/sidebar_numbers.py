"""An item's number printed in a coloured sidebar beside its text, as a PDF of item
tables reads it: the keyword on a line of its own and the number on the next
("PUNKT" / "2" / title / "Sagsnr." / "2024-0093310" / "ÅBEN").

The items reader takes the bare "2" above the title for the heading, so the keyword
stayed behind as the last line of the item before: an agenda's empty "Beslutning"
heading read "PUNKT" as its decision, and the agenda became minutes. The two lines are
one heading, "PUNKT 2", where the document prints two or more of them.
"""

from __future__ import annotations

import re

# "PUNKT", "Punkt", "Pkt.", "Sag": an item's keyword alone on its line
_KEYWORD_RE = re.compile(r"^\s*(?:PUNKT|Punkt|PKT\.?|Pkt\.?|SAG|Sag)\s*$")
# the item's number alone on the next line
_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\s*$")


def joined_numbers(lines: list[str]) -> list[str]:
    """The lines with each lone item keyword joined to the lone number below it, where
    two or more items are printed so; else the same list.

    >>> joined_numbers([" PUNKT", " 1", "Godkendelse", "Beslutning", " PUNKT", " 2", "Budget"])
    ['PUNKT 1', 'Godkendelse', 'Beslutning', 'PUNKT 2', 'Budget']
    >>> joined_numbers(["Punkt", "3", "Godkendt."])
    ['Punkt', '3', 'Godkendt.']
    """
    pairs = [k for k in range(len(lines) - 1)
             if _KEYWORD_RE.match(lines[k]) and _NUMBER_RE.match(lines[k + 1])]
    if len(pairs) < 2:
        return lines
    out, at = [], set(pairs)
    k = 0
    while k < len(lines):
        if k in at:
            out.append(f"{lines[k].strip()} {lines[k + 1].strip()}")
            k += 2
        else:
            out.append(lines[k])
            k += 1
    return out
