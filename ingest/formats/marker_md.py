"""Markdown that a PDF converter (marker) writes with its page marks and anchors:

* each page opens with its number in braces over a rule ("{3}------------------"), a
  page break: no text of the minutes;
* a heading carries the page's anchor and is set in bold inside the heading's marks
  ("#### <span id="page-1-0"></span>**1. Godkendelse af dagsorden**"): the heading is
  its text ("#### 1. Godkendelse af dagsorden"), and an anchor alone on its line goes.

So does an empty HTML anchor that an export puts above each item's heading as its
contents list's link target (`<a id="punkt-2"></a>`, `<a name="punkt-2"></a>`): a
markdown viewer shows nothing, and read as text it ends the item above.

Found by that structure only: a text without such marks is returned as it is.
"""

from __future__ import annotations

import re

_PAGE_MARK_RE = re.compile(r"(?m)^[ \t]*\{\d{1,4}\}-{3,}[ \t]*$")
_ANCHOR_RE = re.compile(r"<(span|a)\s+(?:id|name)=\"[^\"<>]*\"\s*>\s*</\1\s*>[ \t]*",
                        re.IGNORECASE)
_BOLD_HEADING_RE = re.compile(r"(?m)^(#{1,6}[ \t]+)(?:\*\*|__)([^*_\n]+?)(?:\*\*|__)[ \t]*$")


def marker_markdown(text: str) -> str:
    """The markdown without its page marks and anchors, its headings without the bold.

    >>> marker_markdown('{1}-----\\n\\n#### <span id="page-1-0"></span>**1. Godkendelse**')
    '\\n\\n#### 1. Godkendelse'
    >>> marker_markdown('<a id="punkt-2"></a>\\n\\n### 2. Budget')
    '\\n\\n### 2. Budget'
    """
    if not _PAGE_MARK_RE.search(text) and not _ANCHOR_RE.search(text):
        return text
    text = _ANCHOR_RE.sub("", _PAGE_MARK_RE.sub("", text))
    return _BOLD_HEADING_RE.sub(r"\1\2", text)
