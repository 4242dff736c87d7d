"""A typist's item heading: "Dagsordenspunkt 3." alone on its line, the number ended by a
full stop, and the title below it written as a sentence, its own full stop at its end,
wrapped over a line or two ("Ansøgning om tilskud til lederuddannelse fra Nakskov" /
"Spejdergruppe."), the item's own lines ("J.nr.: …", "Beslutning: Godkendt.") right
below (an old protocol typed, scanned and OCR'ed)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .text_layout import LABEL_LINE_RE, RULE_RE
from .text_numbered import ABBREVIATION_END_RE
from .text_sections import section_name

# the number a typist ends by a full stop ("Dagsordenspunkt 3.") or writes after "nr."
# ("Sag nr. 3")
_TYPED_NUMBER_RE = re.compile(r"\.$|\bnr\.\s*\d{1,3}$")
# the number a typist ends by a full stop ("Dagsordenspunkt 3.") or writes after "nr."
# ("Sag nr. 3")
_TYPED_NUMBER_RE = re.compile(r"\.$|\bnr\.\s*\d{1,3}$")
# "Sag nr. 6      LUKKET MØDE": a closed mark typed beside the number (OCR's "MODE" too)
_CLOSED_BESIDE_RE = re.compile(r"^(\s*\S.*?\bnr\.\s*\d{1,3})\s{2,}lukket"
                               r"(?:\s+(?:m[øo0]de|punkt|sag))?\s*$", re.IGNORECASE)
# how many lines a typist's title sentence may wrap over
_TYPED_TITLE_LINES = 3


def typed_title(lines: list[str], i: int, after: int,
                is_marker: Callable[[str], bool]) -> tuple[str, int] | None:
    """A typist's title under "Dagsordenspunkt 3." (the number ended by a full stop):
    one sentence ending in a full stop, wrapped over up to three lines ("Ansøgning om
    tilskud … fra Nakskov" / "Spejdergruppe."), with the item's own lines (a label and
    its text, a case number) right below it; its text and where the item's lines start."""
    if not _TYPED_NUMBER_RE.search(lines[i].strip()):
        return None
    run: list[str] = []
    for k in range(after, min(len(lines), after + _TYPED_TITLE_LINES)):
        s = lines[k].strip()
        if not s or section_name(s) or is_marker(s) or LABEL_LINE_RE.match(s) or (
                RULE_RE.match(s)) or not (s[:1].isupper() or run):
            return None
        run.append(s)
        if s.endswith(".") and not ABBREVIATION_END_RE.search(s):
            break
    else:
        return None
    nxt = next((ln.strip() for ln in lines[after + len(run):after + len(run) + 3]
                if ln.strip()), "")
    if not (section_name(nxt) or is_marker(nxt)) or _SENTENCE_RE.search(" ".join(run)):
        return None
    return " ".join(run), after + len(run)


# a sentence's end inside a line ("Godkendt. Søren Kjær …"): prose, no title
_SENTENCE_RE = re.compile(r"[a-zæøå]{2}[.!?]\s+[A-ZÆØÅ]")


def typed_heads(lines: list[str], is_keyword: Callable[[str], bool],
                is_case: Callable[[str], bool]) -> list[str]:
    """A typed protocol's item heads as the reader knows them: the closed mark typed beside
    "Sag nr. 6" on a line of its own below it ("Lukket"), and a case number typed
    between the number and its title sentence ("Sag nr. 2" / "J.nr. 06.00.05P15" /
    "Spildevandsplan …" / "forslag.") after the title's last line, where the item's
    own lines start."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if m := _CLOSED_BESIDE_RE.match(line):
            line = m.group(1)
            out += [line, "Lukket"]
        else:
            out.append(line)
        case = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if is_keyword(line.strip()) and _TYPED_NUMBER_RE.search(line.strip()) and is_case(case):
            run = [ln.strip() for ln in lines[k + 2:k + 2 + _TYPED_TITLE_LINES]]
            end = next((n for n, s in enumerate(run) if s.endswith(".") and s[:1]), None)
            if end is not None and all(s and not section_name(s) for s in run[:end + 1]) and (
                    run[0][:1].isupper()) and not _SENTENCE_RE.search(" ".join(run[:end + 1])):
                out += lines[k + 2:k + 3 + end] + [lines[k + 1]]
                k += 3 + end
                continue
        k += 1
    return out
