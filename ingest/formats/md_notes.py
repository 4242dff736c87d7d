"""Minutes typed in a markdown notes editor (HackMD, CodiMD, a wiki's editor), in the
forms the text reader knows:

* facts behind icons before their bold labels, several on a line ("📍 **Sted:** Kilen",
  "🎤 **Ordstyrer:** Freja Holm · ✍️ **Referent:** Sofie Lauridsen"): a labelled line
  each, without the icon;
* the attendance as a list under its heading ("## Fremmøde", "## Deltagere", "###
  Medlemmer"), a task
  list ("- [x] Freja Holm (formand)" present, "- [ ] Oliver Dahl" not) or bullets
  ("- Oliver Dahl (fraværende)"), and the list under an absence heading ("### Afbud",
  one name is enough): the head's labelled lines "Deltagere: …" and "Afbud: …"; an
  entry struck through ("- ~~Jens Ole Kristiansen (A)~~") is one who sent afbud;
* a task list after an item's text ("- [ ] Følg op på …", the note-taker's to-dos; not
  one under a label, a decision's choices): under a heading "Opgaver" of its own, so it
  is no part of the decision above it;
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
# (and "### Medlemmer" over its bullets, "### Afbud" below: the members, the absent once)
_ATTENDANCE_HEADS = frozenset(["fremmøde", "fremmødte", "deltagere", "til stede", "tilstede",
                               "mødedeltagere", "deltagelse", "tilstedeværende", "medlemmer"])
# "(afbud)", "- fraværende": the entry's own absence mark
_ABSENT_MARK_RE = re.compile(rf"\s*(?:\((?:{'|'.join(ABSENT)})\)|[-–]\s*(?:{'|'.join(ABSENT)}))$",
                             re.IGNORECASE)
# "- ~~Jens Ole Kristiansen (A)~~ – afbud meldt 26/4": a list's entry struck through
# (a person's name: capitalised words, the party's letter after them)
_STRUCK_ENTRY_RE = re.compile(r"^(?P<b>[ \t]*[-*+][ \t]+)~~(?P<n>(?:[A-ZÆØÅ][\w'.-]+[ \t]+){1,4}"
                              r"[A-ZÆØÅ][\w'.-]+(?:[ \t]+\([A-ZÆØÅ]{1,3}\))?)~~(?P<r>.*)$")
# a task list's entry ("- [ ] Følg op på …"), and an item's numbered heading above it
_TASK_RE = re.compile(r"^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+\S")
_ITEM_HEADING_RE = re.compile(r"^#{1,6}[ \t]+\d")
_LABEL_RE = re.compile(r"^(?:#{1,6}[ \t].*|[*_]{2}[^*_]+[*_]{2}:?|.*:[*_]*)$")
# "(17.10–17.50)", "(kl. 17.10-17.50)" at a heading's end
_SLOT_RE = re.compile(r"\s*\((?:kl\.\s*)?\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}\)(?=\**\s*$)")


def _attendance(lines: list[str], k: int) -> tuple[int, list[str], list[str]] | None:
    """The list under an attendance heading at line `k`: where it ends, the present and
    the absent entries; None when line `k` heads no list of people."""
    h = _HEADING_RE.match(lines[k])
    head = h.group("t").strip(" :*").lower() if h else ""
    if head not in _ATTENDANCE_HEADS and head not in ABSENT:
        return None
    present: list[str] = []
    absent: list[str] = []
    j = k + 1
    while j < len(lines) and (not lines[j].strip() and not (present or absent)
                              or (m := _ENTRY_RE.match(lines[j]))):
        if lines[j].strip():
            name = m.group("t")  # type: ignore[union-attr]
            mark = _ABSENT_MARK_RE.search(name)
            if m.group("c") == " " or mark or head in ABSENT:  # type: ignore[union-attr]
                absent.append(name[:mark.start()] if mark else name)
            else:
                present.append(name)
        j += 1
    # (one name under "### Afbud" is a list; one under "Deltagere" may be anything)
    return (j, present, absent) if len(present) + len(absent) >= 2 or absent and (
        head in ABSENT) else None


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
        above = next((ln.strip() for ln in reversed(out) if ln.strip()), "")
        if _TASK_RE.match(line) and k and not _TASK_RE.match(lines[k - 1]) and any(
                _ITEM_HEADING_RE.match(ln) for ln in out) and not _LABEL_RE.match(above):
            out += ["", "### Opgaver"]  # (an item's to-dos after its text: no part of its
            # decision; under a label, "**Beslutning**" / "- [x] Godkendt", its choices)
        if struck := _STRUCK_ENTRY_RE.match(line):  # (the one not coming: "(afbud)" unless
            absent = any(w in struck["r"].lower() for w in ABSENT)  # the entry says so)
            out.append(f"{struck['b']}{struck['n']}{'' if absent else ' (afbud)'}{struck['r']}")
        elif _ICON_FACT_RE.match(line):
            out += _NEXT_FACT_RE.split(_ICON_FACT_RE.sub("", line))
        elif _HEADING_RE.match(line):
            out.append(_SLOT_RE.sub("", line))
        else:
            out.append(line)
        k += 1
    return "\n".join(out)
