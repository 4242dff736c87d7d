"""A list's parts: the names of a comma-separated list of people, a comma inside a
bracket ("Eva Holm (formand, V)") no separator."""

from __future__ import annotations


def split_top_level(text: str, sep: str = ",") -> list[str]:
    """Split on commas (or `sep`) that are not inside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == sep and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return [p for p in parts if p]
