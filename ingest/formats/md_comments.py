"""HTML comments in a markdown file. A markdown viewer shows none of them, and the
document-AI converters write what is no text of the minutes as comments: docling its
image placeholder (`<!-- image -->`), Azure AI Document Intelligence the page furniture
(`<!-- PageHeader="Byrådet - Referat - 23. juni 2025" -->`, `<!-- PageFooter="…" -->`,
`<!-- PageNumber="Side 3 af 14" -->`, `<!-- PageBreak -->`).

Every comment goes; a comment on a line of its own leaves the line blank, so the
paragraphs around it stay apart. A page whose running header the tool did not
recognise starts with it as a plain line, right after the page break: a first line of
a page that repeats a PageHeader's or PageFooter's text is that furniture too.

Found by that structure only: a text without comments is returned as it is.
"""

from __future__ import annotations

import re

_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
# Azure's page furniture: `<!-- PageHeader="…" -->`, `<!-- PageFooter="…" -->`
_RUNNING_RE = re.compile(r"^\s*<!--\s*Page(?:Header|Footer)\s*=\s*\"(?P<text>[^\"]*)\"\s*-->\s*$")
_BREAK_RE = re.compile(r"^\s*<!--\s*PageBreak\s*-->\s*$")


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def md_comments(text: str) -> str:
    """The markdown without its HTML comments and without a page's running header left
    as a plain line (see the module's docstring).

    >>> print(md_comments('Tekst.\\n\\n<!-- image -->\\n\\nMere.'))
    Tekst.
    <BLANKLINE>
    <BLANKLINE>
    <BLANKLINE>
    Mere.
    >>> print(md_comments('<!-- PageHeader="Byrådet - 2. maj 2025" -->\\nA\\n<!-- PageBreak -->'
    ...                   '\\n\\nByrådet - 2. maj 2025\\nB'))
    <BLANKLINE>
    A
    <BLANKLINE>
    <BLANKLINE>
    <BLANKLINE>
    B
    """
    if "<!--" not in text:
        return text
    lines = text.split("\n")
    running = {_norm(m["text"]) for ln in lines if (m := _RUNNING_RE.match(ln))}
    page_top = False  # a page break passed, the page's first line not yet seen
    for n, line in enumerate(lines):
        if _BREAK_RE.match(line):
            page_top = True
        elif page_top and line.strip() and not line.lstrip().startswith("<!--"):
            page_top = False
            if _norm(line) in running:
                lines[n] = ""
    return _COMMENT_RE.sub("", "\n".join(lines))
