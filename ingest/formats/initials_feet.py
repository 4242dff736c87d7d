"""The foot of a typed page that the chairman initialled (used by `ocr_scan`): a scanned
protocol ends each page with a field for the initials, "Formandens initialer" (or
"Borgmesterens initialer: ______"), the pen's initials OCR read beside or below it
("J0K", "JOK", ")OK": never twice alike), and the page's own mark below that (the
committee's initials and the date, "TMU 14.5.1996", and the page, "Side 112", OCR's
"Sidc 113"); the next page opens with its number between dashes ("- 2 -", "-3-").

The initials field, the pen's mark and the short lines after them up to the page's end
go, as does a page number between dashes alone on a page's first line: read as text they
end a decision ("… forelagt på mødet i juni. Formandens initialer J0K") or, the
committee's initials with a date, open a decision of their own that swallows the next
page's text. A page without such a field keeps its foot.
"""

from __future__ import annotations

import re

# "Formandens initialer", "Borgmesterens initialer: ______ J0H"
_FIELD_RE = re.compile(r"^[A-ZÆØÅ][a-zæøå]+s\s+initialer\s*:?\s*_*\s*(?:\S{1,4})?$")
# the pen's initials alone: "J0K", ")OK"
_PEN_RE = re.compile(r"^\S{1,4}$")
# a short line of the page's mark: a date or a page counter, no sentence
_MARK_RE = re.compile(r"^(?=.*\d)(?:[^.!?]|(?<=\d)\.(?=\d)){1,30}$")
# "- 2 -", "-3-": the page's number between dashes, alone on its first line
_DASHED_NUMBER_RE = re.compile(r"^-\s*\d{1,3}\s*-$")


def without_initials_feet(text: str) -> str:
    """`text` without the initialled feet of its pages; as it is when it has none."""
    lines = text.split("\n")
    if not any(_FIELD_RE.match(ln.strip()) for ln in lines):
        return text
    drop: set[int] = set()
    for k, line in enumerate(lines):
        if not _FIELD_RE.match(line.strip()):
            continue
        drop.add(k)
        n = k + 1
        if n < len(lines) and _PEN_RE.match(lines[n].strip()):
            drop.add(n)
            n += 1
        while n < len(lines) and "\f" not in lines[n] and _MARK_RE.match(lines[n].strip()):
            drop.add(n)
            n += 1
    for k, line in enumerate(lines[:-1]):
        after = next((n for n in range(k + 1, min(len(lines), k + 3)) if lines[n].strip()), None)
        if "\f" in line and after is not None and _DASHED_NUMBER_RE.match(lines[after].strip()):
            drop.add(after)
    return "\n".join(ln for k, ln in enumerate(lines) if k not in drop)
