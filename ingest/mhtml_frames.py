"""The frames of a page a browser saved as one file (Chrome's "Webpage, single file",
.mhtml): a portal page that shows the minutes in an `<iframe>` is saved as the portal's
HTML part, whose iframe points at another part of the same message
(`<iframe src="cid:frame-…@mhtml.blink">`), and the minutes are only in that part. Read
alone, the portal page holds its menu, its list of other meetings and its news, and no
item. As a browser shows it, each frame's page stands where its iframe is, so the frame
part's body is put in the iframe's place before the page is read (a frame inside a
frame too, a few levels deep). When the frames' pages hold more text than the page
around them, they are the document the page was saved for, and the page around them
is the portal's (its news teasers, its list of the body's other meetings, dated as
they are): then the frames' pages alone are read, under the page's own `<head>` (its
`<title>` may name the municipality).
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from .part_charset import part_text

# <iframe … src="cid:…" …>…</iframe> (or <frame …>): a frame saved in the same file
_FRAME_RE = re.compile(
    r"""<i?frame\b[^>]*?\bsrc\s*=\s*["']?cid:([^"'\s>]+)["']?[^>]*>(?:\s*</iframe\s*>)?""",
    re.IGNORECASE)
_BODY_RE = re.compile(r"<body\b[^>]*>(.*?)(?:</body\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_DEPTH = 3  # frames within frames: a viewer's page rarely nests more
_HEAD_RE = re.compile(r"<head\b.*?</head\s*>", re.IGNORECASE | re.DOTALL)
_UNSHOWN_RE = re.compile(r"<(script|style|noscript|head|template)\b.*?</\1\s*>",
                         re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")
_FRAMED = "saved-frame"  # the class of the block a frame's page is put in
# a frame's page put in the page itself (not one in a frame's page): to its end marker
_FRAMED_RE = re.compile(rf'<div class="{_FRAMED}">.*?</div><!--/{_FRAMED}-0-->', re.DOTALL)


def _frame_parts(message: EmailMessage) -> dict[str, EmailMessage]:
    """The message's HTML parts by the names a `cid:` link gives them: the Content-ID
    without its angle brackets, and a Content-Location of the form "cid:…"."""
    parts: dict[str, EmailMessage] = {}
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        assert isinstance(part, EmailMessage)
        if cid := str(part.get("Content-ID", "")).strip().strip("<>"):
            parts.setdefault(cid.lower(), part)
        location = str(part.get("Content-Location", "")).strip()
        if location.lower().startswith("cid:"):
            parts.setdefault(location[4:].lower(), part)
    return parts


def _body(html: str) -> str:
    """What a frame's page shows: its `<body>`'s content (the whole text without one)."""
    m = _BODY_RE.search(html)
    return m.group(1) if m else html


def _shown_length(html: str) -> int:
    """How much text a piece of HTML shows: its words' characters, tags and scripts out."""
    return len("".join(_TAG_RE.sub(" ", _UNSHOWN_RE.sub(" ", html)).split()))


def framed_html(message: EmailMessage, html: str) -> str:
    """`html` (the message's page) with each iframe whose page the message holds replaced
    by that page's body, in a `<div>` of its own; only those pages, under the page's head,
    when they show more text than the page around them.

    >>> from email import message_from_string, policy
    >>> raw = ('MIME-Version: 1.0\\nContent-Type: multipart/related; boundary="B"\\n\\n'
    ...        '--B\\nContent-Type: text/html\\n\\n<p>Portal<iframe src="cid:f1@x"></iframe>'
    ...        '\\n--B\\nContent-Type: text/html\\nContent-ID: <f1@x>\\n\\n'
    ...        '<html><body><h1>Referat</h1></body></html>\\n--B--\\n')
    >>> message = message_from_string(raw, policy=policy.default)
    >>> framed_html(message, '<p>Portal: nyheder<iframe src="cid:f1@x"></iframe>')
    '<p>Portal: nyheder<div class="saved-frame"><h1>Referat</h1></div><!--/saved-frame-0-->'
    >>> framed_html(message, '<head><title>K</title></head><p>Nyt<iframe src="cid:f1@x">'
    ...             ).split("<body>")
    ['<html><head><title>K</title></head>', \
'<div class="saved-frame"><h1>Referat</h1></div><!--/saved-frame-0--></body></html>']
    """
    if "cid:" not in html.lower():
        return html
    parts = _frame_parts(message)

    def inlined(text: str, depth: int) -> str:
        def frame(m: re.Match[str]) -> str:
            part = parts.get(m.group(1).lower())
            page = part_text(part) if part is not None else None
            if page is None or depth >= _DEPTH:
                return m.group(0)
            body = inlined(_body(page), depth + 1)
            return f'<div class="{_FRAMED}">{body}</div><!--/{_FRAMED}-{depth}-->'
        return _FRAME_RE.sub(frame, text)

    page = inlined(html, 0)
    frames = [m.group(0) for m in _FRAMED_RE.finditer(page)]
    if not frames:
        return page
    around = _FRAMED_RE.sub(" ", page)
    if sum(map(_shown_length, frames)) <= _shown_length(around):
        return page  # (the page's own text outweighs its frames: read as it is shown)
    head = m.group(0) if (m := _HEAD_RE.search(page)) else ""
    return f"<html>{head}<body>{''.join(frames)}</body></html>"
