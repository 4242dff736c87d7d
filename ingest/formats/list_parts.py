"""A list's parts: the names of a comma-separated list of people, a comma inside a
bracket ("Eva Holm (formand, V)") no separator."""

from __future__ import annotations

import re


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


def before_top_level(text: str, pattern: str) -> str:
    """`text` up to the first match of regex `pattern` outside every bracket, nested ones
    too: the substitute's name of "Bo Holm (V) for Ida Dam" but the whole of "Bo Holm (V)
    (stedfortræder for Ida Dam (V))", whose "for" is inside its own bracket.

    >>> before_top_level("Bo Holm (V) (stedfortræder for Ida Dam (V))", r"\\s+for\\s+")
    'Bo Holm (V) (stedfortræder for Ida Dam (V))'
    """
    masked, depth = [], 0
    for ch in text:  # (every character inside a bracket masked, so the pattern skips it)
        depth += ch == "("
        masked.append(ch if depth == 0 else "\0")
        depth -= ch == ")" and depth > 0
    m = re.search(pattern, "".join(masked))
    return text[:m.start()] if m else text
