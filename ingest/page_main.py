"""A web page converted to markdown (pandoc's `-t gfm`, saved as text or markdown) keeps
the page's block elements as raw HTML lines of their own ("<div role="main">" … "</div>"):
the tags are no text, and what follows the close of the page's main region (`<main>`, a
`role="main"`, an id "main" or "content") is the site's footer (the address and phone
line, "[Tilgængelighedserklæring](…)"), never a part of the last item.

Found by that structure only: a text without tag lines is returned as it is; without a
main region, only the tag lines go.
"""

from __future__ import annotations

import re

# A block element's tag alone on its line: "<div>", "<div role=\"main\">", "</div>"
_TAG_RE = re.compile(r"^[ \t]*<(/?)(div|main|section|article)\b([^<>]*)>[ \t]*$", re.IGNORECASE)
_MAIN_RE = re.compile(r"\brole\s*=\s*[\"']?main\b|\bid\s*=\s*[\"']?(?:main|content|main-content)"
                      r"[\"'\s]", re.IGNORECASE)


def page_main(text: str) -> str:
    """The text without its lines of block tags, and without what follows the page's
    main region when one is marked.

    >>> page_main("<div>\\n[Forside](/)\\n</div>\\n<div role=\\"main\\">\\n# Referat\\n"
    ...           "Godkendt.\\n</div>\\nHold-an Vej 7, 2750 Ballerup.")
    '[Forside](/)\\n# Referat\\nGodkendt.'
    """
    lines = text.split("\n")
    if not any(_TAG_RE.match(line) for line in lines):
        return text
    out: list[str] = []
    depth, main = 0, 0  # (the main region's depth, once open)
    for line in lines:
        if not (tag := _TAG_RE.match(line)):
            out.append(line)
        elif tag[1] and main and depth == main:
            break  # the main region's close: the site's footer after it
        elif tag[1]:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            main = main or (depth if tag[2].lower() == "main" or _MAIN_RE.search(tag[3]) else 0)
    return "\n".join(out)
