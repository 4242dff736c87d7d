"""An item's markdown heading that a document converter broke into two paragraphs, as
it breaks a title the PDF printed over two lines:

    ## 5. Dispensation fra åbeskyttelseslinjen ved Lilleå
                                                        (docling: every line a heading)
    ## - matr.nr. 7b Vester By, Vester

    # 5. Forslag til ny skolestruktur for Nord og
                                                        (marker: the rest plain text)
    Syd - godkendelse til høring

The rest is joined to the heading's line: a heading of the same level whose text opens
with a dash ("- matr.nr. …"), or, after a heading cut off at a word no title ends with
("og", "for", "til", a dash), a paragraph of one short line that is no sentence, label,
list or heading of its own. Read as they stand, the rest was taken for the item's first
section (or its text) and the title was cut.
"""

from __future__ import annotations

import re

from .wrap_ends import CONTINUES

# An item's numbered heading: "## 5. Title", "# **Punkt 5:** Title"
_ITEM_HEADING_RE = re.compile(r"^(?P<marks>#{1,6})[ \t]+\**[ \t]*(?:(?i:punkt|pkt\.?)[ \t]*)?"
                              r"\d{1,4}[.):]?\**[ \t]+\S.*?[ \t]*$")
_DASH_REST_RE = re.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<rest>[-–][ \t]+\S[^!?]{0,80}?)[ \t]*$")
# a paragraph that is a title's rest: no mark of a heading, list, table, quote or markup
# first, no label's colon, no sentence's end
_PLAIN_REST_RE = re.compile(r"^(?P<rest>[A-ZÆØÅa-zæøå0-9][^:|]{0,80}?)[ \t]*$")
_MAX_REST_WORDS = 12


def _next_paragraph(lines: list[str], k: int) -> int | None:
    """The line of the next paragraph after line k when one or two blank lines part
    them and it is a paragraph of one line; None otherwise."""
    j = k + 1
    while j < len(lines) and j - k <= 3 and not lines[j].strip():
        j += 1
    if j == k + 1 or j >= len(lines) or j - k > 3:
        return None
    return j if j + 1 == len(lines) or not lines[j + 1].strip() else None


def _cut(title: str) -> bool:
    """A heading cut off where no title ends: at "og", "for", "til", a dash or a comma."""
    title = title.rstrip("* \t")
    return title.endswith(("-", "–", ",")) or title.rsplit(None, 1)[-1].lower() in CONTINUES


def heading_rest(text: str) -> str:
    """The markdown with each item heading's rest joined to its line (see the module's
    docstring); a text without such a heading is returned as it is.

    >>> print(heading_rest("## 5. Dispensation ved Lilleå\\n\\n## - matr.nr. 7b Vester By"
    ...                    "\\n\\nTekst."))
    ## 5. Dispensation ved Lilleå - matr.nr. 7b Vester By
    <BLANKLINE>
    Tekst.
    >>> print(heading_rest("# 5. Skolestruktur for Nord og\\n\\nSyd - høring\\n\\nSagsnr.: 17/2"))
    # 5. Skolestruktur for Nord og Syd - høring
    <BLANKLINE>
    Sagsnr.: 17/2
    >>> heading_rest("# 5. Skolestruktur\\n\\nSyd - høring")
    '# 5. Skolestruktur\\n\\nSyd - høring'
    """
    if "#" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        out.append(line)
        if (head := _ITEM_HEADING_RE.match(line)) and (j := _next_paragraph(lines, k)) and (
                rest := _rest(line, head["marks"], lines[j].strip())):
            out[-1] = f"{line.rstrip()} {rest}"
            k = j + 1  # (the blank line after the rest parts the heading from the text)
            continue
        k += 1
    return "\n".join(out)


def _rest(heading: str, marks: str, nxt: str) -> str | None:
    """The heading's rest in the paragraph `nxt` after it, or None when it is none."""
    if (dash := _DASH_REST_RE.match(nxt)) and dash["marks"] == marks:
        return dash["rest"]
    if _cut(heading) and (plain := _PLAIN_REST_RE.match(nxt)) and not nxt.endswith(
            (".", ":")) and len(nxt.split()) <= _MAX_REST_WORDS:
        return plain["rest"]
    return None
