"""A mailing list's archive page of one message: GNU Mailman's pipermail (and MHonArc)
writes the list's subject as the page's `<h1>`, the sender in `<b>` over an address
spelled "kirsten.dahl at mail.dk", the post's date in `<i>`, links to the previous and
next message, and then the message itself between two comments (`<!--beginarticle-->`
… `<!--endarticle-->`; MHonArc's `<!--X-Body-of-Message-->` …
`<!--X-Body-of-Message-End-->`). Read as a whole, the subject, sender, date and links
stood above the minutes' title and were taken for the body's name.

The page is its message: only what stands between the comments is read, without the
note Mailman adds where it scrubbed an attachment ("-------------- næste del
--------------" / "En HTML-vedhæftning blev fjernet…", in English "next part").
"""

from __future__ import annotations

import re

_ARTICLE_RES = (
    re.compile(r"<!--\s*beginarticle\s*-->(?P<body>.*?)<!--\s*endarticle\s*-->",
               re.IGNORECASE | re.DOTALL),
    re.compile(r"<!--\s*X-Body-of-Message\s*-->(?P<body>.*?)<!--\s*X-Body-of-Message-End\s*-->",
               re.IGNORECASE | re.DOTALL),
)
# Mailman's line where it scrubbed an attachment, and all after it
_SCRUBBED_RE = re.compile(r"^-{5,}\s*(?:næste\s+del|next\s+part)\s*-{5,}\s*$.*",
                          re.IGNORECASE | re.MULTILINE | re.DOTALL)


def archived_message(raw: str) -> str:
    """The HTML of the message an archive page holds; `raw` itself for any other page.

    >>> archived_message("<h1>[liste] Referat</h1><b>Kirsten</b><!--beginarticle-->"
    ...                  "<pre>Referat\\n-------------- næste del --------------\\n"
    ...                  "URL: …</pre><!--endarticle--><ul><li>Næste besked</li></ul>")
    '<pre>Referat\\n</pre>'
    """
    for rx in _ARTICLE_RES:
        if (m := rx.search(raw)) and m.group("body").strip():
            body = m.group("body")
            end = body.lower().rfind("</pre>")
            if end < 0:
                return _SCRUBBED_RE.sub("", body)
            return _SCRUBBED_RE.sub("", body[:end]) + body[end:]
    return raw
