"""Minutes typed in a markdown notes editor (HackMD, CodiMD, a wiki's editor), in the
forms the text reader knows:

* facts behind icons before their bold labels, several on a line ("📍 **Sted:** Kilen",
  "🎤 **Ordstyrer:** Freja Holm · ✍️ **Referent:** Sofie Lauridsen"): a labelled line
  each, without the icon;
* the attendance as a list under its heading ("## Fremmøde", "## Deltagere"), a task
  list ("- [x] Freja Holm (formand)" present, "- [ ] Oliver Dahl" not) or bullets
  ("- Oliver Dahl (fraværende)"): the head's labelled lines "Deltagere: …" and
  "Afbud: …";
* a heading's time slot ("## 3) Ungepuljen 2025 (17.10–17.50)"): the agenda's timing,
  no part of the item's title.

Found by that structure only: a list under another heading, an icon before no label
and a bracket that holds no time slot stay as they are.
"""

from __future__ import annotations

import re

from .loop_md import EMOJI
from .text_people import ABSENT

# "📍 **Sted:** …": an icon, a bold label with its colon, the value
_ICON_FACT_RE = re.compile(rf"^[ \t]*(?:{EMOJI}[ \t]*)+(?=(?:\*\*|__)[^*_\n]{{1,30}}:)")
# "… · ✍️ **Referent:** …": the next fact on the same line
_NEXT_FACT_RE = re.compile(rf"[ \t]+[·|•][ \t]+(?:{EMOJI}[ \t]*)+(?=(?:\*\*|__)[^*_\n]{{1,30}}:)")
_HEADING_RE = re.compile(r"^#{1,6}[ \t]+(?P<t>\S.*?)[ \t]*#*[ \t]*$")
# "- [x] Name", "- [ ] Name", "- Name"
_ENTRY_RE = re.compile(r"^[ \t]*[-*+][ \t]+(?:\[(?P<c>[ xX])\][ \t]+)?(?P<t>\S.*?)[ \t]*$")
_ATTENDANCE_HEADS = frozenset(["fremmøde", "fremmødte", "deltagere", "til stede", "tilstede",
                               "mødedeltagere", "deltagelse", "tilstedeværende"])
# "(afbud)", "- fraværende": the entry's own absence mark
_ABSENT_MARK_RE = re.compile(rf"\s*(?:\((?:{'|'.join(ABSENT)})\)|[-–]\s*(?:{'|'.join(ABSENT)}))$",
                             re.IGNORECASE)
# "(17.10–17.50)", "(kl. 17.10-17.50)" at a heading's end
_SLOT_RE = re.compile(r"\s*\((?:kl\.\s*)?\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}\)(?=\**\s*$)")


def _attendance(lines: list[str], k: int) -> tuple[int, list[str], list[str]] | None:
    """The list under an attendance heading at line `k`: where it ends, the present and
    the absent entries; None when line `k` heads no list of people."""
    h = _HEADING_RE.match(lines[k])
    if not h or h.group("t").strip(" :*").lower() not in _ATTENDANCE_HEADS:
        return None
    present: list[str] = []
    absent: list[str] = []
    j = k + 1
    while j < len(lines) and (not lines[j].strip() and not (present or absent)
                              or (m := _ENTRY_RE.match(lines[j]))):
        if lines[j].strip():
            name = m.group("t")  # type: ignore[union-attr]
            mark = _ABSENT_MARK_RE.search(name)
            if m.group("c") == " " or mark:  # type: ignore[union-attr]
                absent.append(name[:mark.start()] if mark else name)
            else:
                present.append(name)
        j += 1
    return (j, present, absent) if len(present) + len(absent) >= 2 else None


def notes_markdown(text: str) -> str:
    """The text with its icon facts, attendance list and heading time slots read as
    above; any other text as it is.

    >>> print(notes_markdown("📍 **Sted:** Kilen · 🎤 **Ordstyrer:** Ida\\n## Fremmøde\\n"
    ...       "- [x] Ida Holm (formand)\\n- [ ] Bo Lind\\n\\n## 1) Budget (17.00–17.30)"))
    **Sted:** Kilen
    **Ordstyrer:** Ida
    Deltagere: Ida Holm (formand)
    Afbud: Bo Lind
    <BLANKLINE>
    ## 1) Budget
    """
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        if found := _attendance(lines, k):
            end, present, absent = found
            out += [f"Deltagere: {', '.join(present)}"] if present else []
            out += [f"Afbud: {', '.join(absent)}"] if absent else []
            k = end
            continue
        line = lines[k]
        if _ICON_FACT_RE.match(line):
            out += _NEXT_FACT_RE.split(_ICON_FACT_RE.sub("", line))
        elif _HEADING_RE.match(line):
            out.append(_SLOT_RE.sub("", line))
        else:
            out.append(line)
        k += 1
    return "\n".join(out)
