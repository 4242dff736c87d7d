"""A Word outline's number before a lettered group heading of the agenda: Heading 1
numbered by its style prints "3. C. Lukkede sager" over the closed items, the group's own
letter after the outline's number. The line is the group "C. Lukkede sager"
(`text_dividers`): no item of a contents list, and no text of the item above it."""

from __future__ import annotations

import re

_OUTLINED_RE = re.compile(r"^\s*\d{1,2}\.\s+(?=(?:[IVX]{1,4}|[A-H])[.)]\s+\S)")


def unoutlined(lines: list[str]) -> list[str]:
    """The lines with a lettered group heading's outline number left out.

    >>> unoutlined(["3. C. Lukkede sager", "3. Budget 2025", "B. Sager til orientering"])
    ['C. Lukkede sager', '3. Budget 2025', 'B. Sager til orientering']
    """
    return [_OUTLINED_RE.sub("", line) for line in lines]
