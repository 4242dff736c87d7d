"""One line and the line below it read as one (parse stage, used where a label, a name
or a sentence wrapped onto a line of its own: "Teknik- og Miljøudvalget" / "03.09.2019",
"… var indkaldt Eva Dahl" / "(V).")."""

from __future__ import annotations

from collections.abc import Callable


def joined_pairs(lines: list[str], join: Callable[[str, str], str | None]) -> list[str]:
    """`lines` with each line that `join(line, next line stripped)` makes one with the
    next written as the joined line, the next one then dropped; other lines as they are.

    >>> joined_pairs(["a", "b", "c"], lambda x, y: f"{x}+{y}" if x == "a" else None)
    ['a+b', 'c']
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        joined = join(lines[k], nxt)
        out.append(lines[k] if joined is None else joined)
        k += 1 if joined is None else 2
    return out
