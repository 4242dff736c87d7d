"""Footnotes a word processor writes at the end of a plain text: Word's "save as plain
text" and Outlook's plain part of a message put each note's mark in the sentence as
"[1]" ("… Skive Vand A/S[1] og …") and the notes themselves after a rule at the very
end ("________________________________" / "[1] Skive Vand A/S er …"), below the
signatures, or below a second document pasted into the same message. Read as it
stands, the notes run on into the last item's text, of whatever meeting comes last.

Found by that structure only – a rule, then nothing but "[n] …" notes (a long note's
wrapped lines with it) to the text's end, each number marked above the rule – each
note's text takes its mark's place in brackets, as `html_notes` places a web export's,
so it stays in the item and the sentence it annotates; the rule and the notes go.
"""

from __future__ import annotations

import re

# A rule of its own: Outlook's "_____" above the notes, a typist's "-----" or "====="
_RULE_RE = re.compile(r"^\s*(?:[-_=–—]\s?){10,}\s*$")
_NOTE_RE = re.compile(r"^\s*\[(\d{1,3})\]\s+(\S.*?)\s*$")
# A mark in the text: "A/S[1] og", "Vendsyssel [1] ." (an HTML part's space before it)
_MARK_RE = re.compile(r"\s?\[(\d{1,3})\]")


def _notes(lines: list[str]) -> dict[str, str] | None:
    """The notes of the lines after a rule ({"1": "Skive Vand A/S er …"}), or None when
    any line there is no note (nor a note's wrapped line right below it)."""
    notes: dict[str, str] = {}
    last: str | None = None
    for line in lines:
        if m := _NOTE_RE.match(line):
            last = m.group(1)
            notes[last] = m.group(2)
        elif line.strip() and last is not None and not line.lstrip().startswith("["):
            notes[last] += " " + line.strip()
        elif line.strip():
            return None
        else:
            last = None  # (a blank line ends a note; only a new note may follow)
    return notes or None


def placed_endnotes(text: str) -> str:
    """The text with its end notes in their marks' places (see the module's docstring);
    a text without them comes back unchanged.

    >>> placed_endnotes("Lavet med Byby Forsyning A/S[1] i år.\\nGodkendt.\\n\\n"
    ...                 "_______________\\n[1] Kommunens selskab.")
    'Lavet med Byby Forsyning A/S (Kommunens selskab.) i år.\\nGodkendt.\\n'
    """
    lines = text.split("\n")
    rule = next((k for k in range(len(lines) - 1, -1, -1) if _RULE_RE.match(lines[k])), None)
    if rule is None or (notes := _notes(lines[rule + 1:])) is None:
        return text
    above = "\n".join(lines[:rule])
    if any(not re.search(rf"\[{n}\]", above) for n in notes):
        return text  # (a note whose mark stands nowhere: no footnotes of this text)
    return _MARK_RE.sub(lambda m: f" ({notes[m[1]]})" if m[1] in notes else m[0],
                        above.rstrip()) + "\n"
