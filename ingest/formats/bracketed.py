"""Minutes printed in another language with the Danish original's words in square
brackets after each label (a municipality's English page of a committee's decisions):

    Decisions of the Finance Committee [Økonomiudvalget]
    Date [Dato] Tuesday 19 August 2025
    Members present [Deltagere] Lars Kjeldsen (V), Mayor, chair [borgmester, formand]; …
    142. Budget 2026–2029, first consideration [Budget 2026-2029 – 1. behandling]
    Case no. [Sagsnr.] 25/2231
    Decision [Beslutning]

read as their Danish half: "Beslutninger fra mødet i Økonomiudvalget", "Dato: Tuesday 19 August
2025", "Deltagere: Lars Kjeldsen (V), borgmester, formand; …", "142. Budget 2026-2029 – 1.
behandling", "Sagsnr.: 25/2231", "Beslutning". A line is a label when its bracket, right
after its first words, is a label the parser knows (a head's field, a section's
heading, a case number's or a vote's label); the text is changed only when three or
more lines are such labels. A numbered heading's bracket (wrapped over lines or not) is
the item's Danish title; a bracket closing a list's entry ("Deputy Mayor
[viceborgmester];") stands for as many of the entry's comma-separated parts before it;
a bracket inside a sentence stays as written.
"""

from __future__ import annotations

import re

from .bilingual import danish_label
from .item_text import CASE_NUMBER_RE
from .text_header_rows import BODY_NAME_RE

_LABEL_RE = re.compile(r"^(?P<lead>[ \t]*)(?P<other>[^\[\]\n\d]{2,60}?)\s*"
                       r"\[(?P<da>[^\[\]\n]{2,40})\][ \t]*:?[ \t]*(?P<value>.*?)[ \t]*$")
_VOTE_RE = re.compile(r"^(?:for|imod|undlod|undlader)$", re.IGNORECASE)
# "144. English title" (its bracket on the same line or the next ones)
_HEADING_RE = re.compile(r"^(?P<num>[ \t]*\d{1,4}\.)[ \t]+(?P<rest>\S.*)$")
_BRACKETED_TITLE_RE = re.compile(r"^[^\[\]]+?\s*\[(?P<da>[^\[\]]{3,200})\]$")
# "…, Deputy Mayor [viceborgmester];": a bracket ending a list's entry (no sentence's)
_ENTRY_RE = re.compile(r"(?P<before>[^;\[\]]*?)\s*\[(?P<da>[^\[\].]{2,60})\](?=\s*(?:[,;]|$))")
# A page's title: "Decisions of the Finance Committee [Økonomiudvalget]"
_TITLE_WORDS = {"decisions": "Beslutninger fra mødet i", "minutes": "Referat fra mødet i",
                "beschlüsse": "Beslutninger fra mødet i", "protokoll": "Referat fra mødet i"}
_TITLE_RE = re.compile(rf"^(?P<word>{'|'.join(_TITLE_WORDS)})\b", re.IGNORECASE)
_MIN_LABELS = 3
_LABEL_WORDS = 3  # an English label's words ("Members present", "Case no.")
_WRAP = 3  # lines a heading's bracket may wrap over


def _known(da: str) -> bool:
    da = da.strip()
    return bool(danish_label(f"{da.rstrip(':')}:") or danish_label(da) or _VOTE_RE.match(da)
                or CASE_NUMBER_RE.match(f"{da.rstrip(':')}: 1/1"))


def _label(line: str) -> re.Match[str] | None:
    m = _LABEL_RE.match(line)
    return m if m and len(m["other"].split()) <= _LABEL_WORDS and _known(m["da"]) else None


def _entries(value: str) -> str:
    """A list's entries with each bracket in place of the parts it translates."""
    def part(m: re.Match[str]) -> str:
        parts = m["before"].split(",")
        count = m["da"].count(",") + 1
        if len(parts) < count:
            return m[0]
        kept = ",".join(parts[:-count])
        lead = m["before"][:len(m["before"]) - len(m["before"].lstrip())]
        return f"{kept}, {m['da'].strip()}" if kept.strip() else f"{lead}{m['da'].strip()}"
    return _ENTRY_RE.sub(part, value)


def _heading(lines: list[str], at: int) -> tuple[str, int] | None:
    """A numbered heading read as its bracketed Danish title, and the lines it took."""
    if not (m := _HEADING_RE.match(lines[at])):
        return None
    joined = m["rest"].strip()
    for used in range(1, _WRAP + 1):
        if t := _BRACKETED_TITLE_RE.match(joined):
            return f"{m['num']} {t['da'].strip()}", used
        below = lines[at + used].strip() if at + used < len(lines) else ""
        if not below or _HEADING_RE.match(below) or "[" not in joined + below:
            return None
        joined = f"{joined} {lines[at + used].strip()}"
    return None


def _title(line: str) -> str | None:
    """A page's title "Decisions of the X [Økonomiudvalget]" as the Danish one."""
    m = _LABEL_RE.match(line)
    if not m or m["value"] or not BODY_NAME_RE.search(m["da"].strip()):
        return None
    word = _TITLE_RE.match(m["other"].strip())
    return f"{_TITLE_WORDS[word['word'].lower()]} {m['da'].strip()}" if word else m["da"].strip()


def danish_brackets(text: str) -> str:
    """The text with each bracketed Danish label, title and list entry read as the Danish
    words (unchanged when fewer than three lines are such labels).

    >>> print(danish_brackets("Decisions of the Finance Committee [Økonomiudvalget]\\n"
    ...     "Date [Dato] 19 August 2025\\nMembers present [Deltagere] Eva Ry (V), Mayor, "
    ...     "chair [borgmester, formand]; Bo Dam (A)\\n3. Lease with the school [Lejeaftale "
    ...     "med\\nskolen]\\nCase no. [Sagsnr.] 25/3310\\nDecision [Beslutning]\\nApproved."))
    Beslutninger fra mødet i Økonomiudvalget
    Dato: 19 August 2025
    Deltagere: Eva Ry (V), borgmester, formand; Bo Dam (A)
    3. Lejeaftale med skolen
    Sagsnr.: 25/3310
    Beslutning
    Approved.
    """
    lines = text.split("\n")
    if sum(bool(_label(ln)) for ln in lines) < _MIN_LABELS:
        return text
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        if heading := _heading(lines, at):
            out.append(heading[0])
            at += heading[1]
            continue
        if m := _label(line):
            da = m["da"].strip().rstrip(":")
            value = _entries(m["value"])
            out.append(f"{m['lead']}{da}: {value}" if value else f"{m['lead']}{da}")
        elif (title := _title(line)) is not None:
            out.append(title)
        else:
            out.append(_entries(line))
        at += 1
    return "\n".join(out)
