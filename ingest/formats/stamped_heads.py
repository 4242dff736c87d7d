"""A printout's running head that names the day the file was printed, repeated on each
page: "Qeqqata Kommunia · Økonomiudvalget · Naqitaq / Udskrevet 28.11.2025", with its page
counter in two languages on the next line, "Qupperneq / Side 1". The stamp's date is
no meeting's, and the head opens the file above the meeting's own title: both lines go
(`text_layout.strip_page_furniture`; a counter alone in Danish is dropped there)."""

from __future__ import annotations

import re

# "… · Naqitaq / Udskrevet 28.11.2025": a stamp word and a date after a separator
_STAMPED_RE = re.compile(r"(?:^|\s[·|/–-]\s)(?:udskrevet|printet|udskriftsdato|udskrift)\s*:?\s*"
                         r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\s*$", re.IGNORECASE)
# "Qupperneq / Side 1": the page counter after its other language's word
_COUNTER_RE = re.compile(r"^[^\W\d_]{3,20}\s*/\s*(?:side|page)\s*\d{1,3}(?:\s*(?:af|of|/)\s*\d+)?$",
                         re.IGNORECASE)


def without_stamped_heads(lines: list[str]) -> list[str]:
    """`lines` without a stamped running head seen on two pages or more, and without
    bilingual page counters; `lines` itself when it has no such head.

    >>> without_stamped_heads(["A · B / Udskrevet 28.11.2025", "Qupperneq / Side 1", "x",
    ...                        "A · B / Udskrevet 28.11.2025", "Qupperneq / Side 2"])
    ['x']
    """
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.strip()] = counts.get(line.strip(), 0) + 1
    heads = {k for k, n in counts.items() if n >= 2 and _STAMPED_RE.search(k)}
    if not heads:
        return lines
    return [ln for ln in lines if ln.strip() not in heads and not _COUNTER_RE.match(ln.strip())]
