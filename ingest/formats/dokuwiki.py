"""Minutes kept in a DokuWiki and saved as its page file (`data/pages/…/referat.txt`):

    ~~NOTOC~~
    [[aeldreraad:start|« Tilbage]]
    ====== Referat – Ældrerådet 19. april 2016 ======
    ^ Dato | Tirsdag den 19. april 2016 |
    ===== 1. Godkendelse af dagsorden =====
    **Beslutning:** Godkendt.
    ==== Beslutning ====

read as the markdown the text reader knows: a heading's "=" marks as "#" marks (in
DokuWiki MORE marks are a HIGHER level: six the page's title "#", five "##" …), a row of
the facts' table "^ Dato | … |" as "Dato: …", a link or a media file "[[page|label]]" /
"{{:file.pdf|label}}" as its label, "//italics//" as plain text, and the page's macros
("~~NOTOC~~"), a line that is only a link back and the "----" rule gone. Only a text with
two or more of the wiki's headings is changed.
"""

from __future__ import annotations

import re

# "===== 1. Title =====": the same run of 2-6 "=" on both sides
# (the runs exactly so long: a rule of "=" across the page is no heading)
_HEADING_RE = re.compile(r"(?m)^[ \t]*(={2,6})(?!=)[ \t]*([^=\s].*?)[ \t]*(?<!=)\1[ \t]*$")
# (six marks the page's title, "#"; five "##" …)
_TOP_LEVEL = 7
_MACRO_RE = re.compile(r"~~[A-Z_]+~~")
_LINK_RE = re.compile(r"(?:\[\[|\{\{)[ \t]*([^|\]}\n]*?)[ \t]*(?:\|[ \t]*([^\]}\n]*?)[ \t]*)?"
                      r"(?:\]\]|\}\})")
# a row of a table whose first cell is a header cell: "^ Dato | Tirsdag … |"
_FACT_ROW_RE = re.compile(r"^[ \t]*\^[ \t]*([^|^\n]+?)[ \t]*[|^][ \t]*(.*?)[ \t]*[|^]?[ \t]*$")
_ITALIC_RE = re.compile(r"(?<![:/])//(?=\S)(.+?)(?<=\S)//")  # (not "https://…")
_RULE_RE = re.compile(r"^[ \t]*-{4,}[ \t]*$")


def is_dokuwiki(text: str) -> bool:
    """Two or more of DokuWiki's headings "==== Title ===="."""
    return len(_HEADING_RE.findall(text)) >= 2


def _heading(m: re.Match[str]) -> str:
    return f"{'#' * max(1, _TOP_LEVEL - len(m.group(1)))} {m.group(2)}"


def _link(m: re.Match[str]) -> str:
    target, label = m.group(1), m.group(2)
    return label if label else target.strip(":").rsplit(":", 1)[-1]


def _line(line: str) -> str | None:
    """One line of the page as text; None for a line that goes (a macro, the rule, a
    line that is only a link)."""
    if _RULE_RE.match(line) or not _MACRO_RE.sub("", line).strip() and line.strip():
        return None
    if line.strip().startswith("[[") and not _LINK_RE.sub("", line).strip():
        return None  # a back link ("[[ns:start|« Tilbage til …]]")
    if row := _FACT_ROW_RE.match(line):
        line = f"{row.group(1)}: {' '.join(c.strip() for c in row.group(2).split('|'))}"
    line = _LINK_RE.sub(_link, _MACRO_RE.sub("", line))
    return _ITALIC_RE.sub(r"\1", line)


def dokuwiki_text(text: str) -> str:
    """The page's text as markdown (unchanged when it is no DokuWiki page).

    >>> dokuwiki_text("===== 1. Klagesag =====\\n^ Sagsnr. | 16/1 |\\n"
    ...               "==== Beslutning ====\\n//Godkendt.//")
    '## 1. Klagesag\\nSagsnr.: 16/1\\n### Beslutning\\nGodkendt.'
    """
    if not is_dokuwiki(text):
        return text
    text = _HEADING_RE.sub(_heading, text)
    return "\n".join(ln for line in text.split("\n") if (ln := _line(line)) is not None)
