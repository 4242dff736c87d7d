"""Markdown as a wiki (GitLab, Gitea, Azure DevOps, Python-Markdown) writes it, in the
forms the text reader knows:

* a table-of-contents macro on a line of its own ("[[_TOC_]]", "[TOC]", "[[toc]]",
  "${toc}") is the wiki's furniture: it goes, so it is neither the committee nor text;
* a section's bold label after the prose of the same paragraph ("Dagsordenen blev
  gennemgået. **Beslutning:** Godkendt.") opens a paragraph of its own, as if written
  on its own line: "**Beslutning:** Godkendt.". Only a section's own name counts
  (`labels.heading_label`), and only after a sentence's end, so "… jf. **Bilag 2:** …"
  or a bold word inside a sentence stays text;
* the wiki's note under a rule at the page's end, saying who edited the page last
  ("_Referatet er godkendt af formanden. Siden er sidst redigeret af Ditte Holm den 4.
  december 2024._"), or any short note there wholly in italics ("*Referatet er godkendt
  af formanden og lagt på ravnholt-lokalraad.dk.*") or the page's categories ("Kategori:
  [[Ældrerådet]] · [[Referater 2025]]"), is the page's furniture, no text of the last item.

Found by that structure only: a text without any of them is returned as it is.
"""

from __future__ import annotations

import re

from .labels import heading_label

_TOC_MACRO_RE = re.compile(r"^[ \t]*(?:\[\[_?toc_?\]\]|\[toc\]|\$\{toc\}|\{\{toc\}\})[ \t]*$",
                           re.IGNORECASE | re.MULTILINE)
# "… gennemgået. **Beslutning:** Godkendt.": the label after a sentence's end (an
# emphasised one too: "*Punktet er lukket.* **Beslutning:** …")
_INLINE_LABEL_RE = re.compile(
    r"(?P<end>[.!?)][*_]{0,2})[ \t]+(?P<label>(?:\*\*|__)(?P<name>[^*_\n:]{3,40}):(?:\*\*|__)"
    r"|(?:\*\*|__)(?P<name2>[^*_\n:]{3,40})(?:\*\*|__):)")

# a short paragraph under the page's last rule, and the edit it notes
_LAST_NOTE_RE = re.compile(r"\n[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*\n\s*"
                           r"(?P<note>[^\n]+(?:\n[^\n]+){0,2})\s*\Z")
_EDITED_RE = re.compile(r"\b(?:sidst|senest)\s+(?:redigeret|opdateret|ændret)\b|"
                        r"\b(?:redigeret|opdateret)\s+af\b|\blast\s+(?:edited|modified)\b",
                        re.IGNORECASE)


# a line wholly in italics ("*Referatet er godkendt af formanden og lagt på …*"), or the
# page's categories ("Kategori: [[Ældrerådet]] · [[Referater 2025]]", its links as words)
_EMPHASISED_RE = re.compile(r"^(?:\*[^*\n]+\*|_[^_\n]+_|(?i:kategori(?:er)?|categor(?:y|ies))"
                            r"\s*:\s*\S[^\n]{0,200})$")


def _split_label(m: re.Match[str]) -> str:
    name = m.group("name") or m.group("name2")
    if not heading_label(f"{name}:"):
        return m.group(0)
    return f"{m.group('end')}\n\n{m.group('label')}"


def wiki_markdown(text: str) -> str:
    """The text without a wiki's contents macro and edit note, each section's inline
    bold label on a line of its own.

    >>> wiki_markdown("[[_TOC_]]\\n\\nDagsordenen blev gennemgået. **Beslutning:** Godkendt.")
    '\\n\\nDagsordenen blev gennemgået.\\n\\n**Beslutning:** Godkendt.'
    >>> wiki_markdown("Se **Bemærk:** bilaget. Mødet sluttede.")
    'Se **Bemærk:** bilaget. Mødet sluttede.'
    >>> wiki_markdown("Intet.\\n\\n---\\n\\n_Siden er sidst redigeret af Ditte Holm._\\n")
    'Intet.\\n\\n'
    >>> wiki_markdown("Intet.\\n\\n----\\nKategori: [[Ældrerådet]] · [[Referater 2025]]\\n")
    'Intet.\\n\\n'
    """
    text = _TOC_MACRO_RE.sub("", text)
    if (note := _LAST_NOTE_RE.search(text)) and (_EDITED_RE.search(note.group("note")) or all(
            _EMPHASISED_RE.match(ln.strip()) for ln in note.group("note").split("\n"))):
        text = text[:note.start()] + "\n"
    return _INLINE_LABEL_RE.sub(_split_label, text)
