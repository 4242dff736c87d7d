"""Items numbered by the year's count, "23/2025    Budgetopfølgning 1 for 2025" (a
region's agenda: the 23rd item of 2025): the item number is the count, the year no
case number. Such headings are written as the numbered headings the item finder reads
("23. Budgetopfølgning 1 for 2025"), and so are the contents table's cells of the same
numbers ("23/2025" alone on its line)."""

from __future__ import annotations

import re

# "23/2025    Title" (the title after the count, on its line), or the count alone
_YEAR_NUMBER_RE = re.compile(r"^(\s*)(\d{1,3})/((?:19|20)\d\d)(?:\s+(\S.*))?$")


def year_numbered(lines: list[str]) -> list[str]:
    """`lines` with the headings "N/YYYY  Title" as "N. Title" and the same counts alone
    as "N."; `lines` itself unless two or more such headings of one year count up."""
    headed = [(k, m) for k, ln in enumerate(lines) if (m := _YEAR_NUMBER_RE.match(ln))
              and m[4] and m[4][:1].isupper()]
    counts = [int(m[2]) for _, m in headed]
    if len(headed) < 2 or len({m[3] for _, m in headed}) > 1 or any(
            b <= a for a, b in zip(counts, counts[1:], strict=False)):
        return lines
    year, out = headed[0][1][3], list(lines)
    for k, ln in enumerate(lines):
        if (m := _YEAR_NUMBER_RE.match(ln)) and m[3] == year and int(m[2]) in counts:
            out[k] = f"{m[1]}{int(m[2])}." + (f" {m[4]}" if m[4] else "")
    return out
