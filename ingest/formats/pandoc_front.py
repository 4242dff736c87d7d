"""The front of a Pandoc Markdown document, as the text reader knows it:

* the title block, "%" lines at the very top (title / author / date):
  "% Kultur- og Fritidsudvalget -- Dagsorden" / "% Favrskov Kommune" / "% Udsendt 2. maj"
  → "# Kultur- og Fritidsudvalget -- Dagsorden" over the author and date as plain lines,
  so that the title names the body and the kind (not "%" glued to the committee);
* a setext heading that is a list's label ("Medlemmer" over "---------"), a bullet list
  below it (a fenced div's marker between them) → "Medlemmer:", the header's label over
  its list of names;
* a member's role set in emphasis after a dash, "- Ida Holm (V) -- *formand*" →
  "- Ida Holm (V) -- formand", as a list of names is read.

Text without any of it comes back unchanged.
"""

from __future__ import annotations

import re

_TITLE_RE = re.compile(r"^%[ \t]+(\S.*)$")
_PEOPLE_HEADING_RE = re.compile(
    r"^(?:medlemmer|deltagere|mødedeltagere|til stede|indkaldte|fremmødte)$", re.IGNORECASE)
_SETEXT_RE = re.compile(r"^(?:=+|-+)[ \t]*$")
_FENCE_RE = re.compile(r"^:{3,}")
_BULLET_RE = re.compile(r"^[ \t]*[-*+][ \t]+\S")
_ROLE_RE = re.compile(
    r"^([ \t]*[-*+][ \t]+\S.*?)([ \t]+-{2,3}[ \t]+)[*_]{1,2}([^*_]+?)[*_]{1,2}[ \t]*$")


def _title_block(lines: list[str]) -> list[str]:
    block = 0
    while block < min(3, len(lines)) and _TITLE_RE.match(lines[block]):
        block += 1
    if not block:
        return lines
    head = [_TITLE_RE.match(ln).group(1).strip() for ln in lines[:block]]  # type: ignore[union-attr]
    out = [f"# {head[0]}"]
    for line in head[1:]:
        out.extend(["", line])
    return out + lines[block:]


def _people_headings(lines: list[str]) -> list[str]:
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 1 < len(lines) and _PEOPLE_HEADING_RE.match(line.strip()) and _SETEXT_RE.match(
                lines[k + 1]) and len(lines[k + 1].strip()) >= 3:
            j = k + 2
            while j < len(lines) and (not lines[j].strip() or _FENCE_RE.match(lines[j])):
                j += 1
            if j < len(lines) and _BULLET_RE.match(lines[j]):
                out.append(f"{line.strip()}:")
                k += 2
                continue
        out.append(line)
        k += 1
    return out


def pandoc_front(lines: list[str]) -> list[str]:
    """The lines with a Pandoc title block, a setext people heading over its list and
    emphasised roles in that list read as plain Markdown (see the module's docstring)."""
    lines = _people_headings(_title_block(lines))
    return [_ROLE_RE.sub(r"\1\2\3", line) for line in lines]
