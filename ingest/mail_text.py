"""The text of an e-mail saved as a file (.eml, Outlook's "Gem som"), whose body holds the
minutes: the raw message is MIME, its text quoted-printable or base64 in the sender's
charset ("K=E6re medlemmer", a soft line break "=" at the end of every long line), its
subject RFC 2047-encoded ("=?iso-8859-1?Q?=C6ldrer=E5det?="), and often the same text
twice (`multipart/alternative`: plain text and Word's HTML). Word's "Enkelt fil-webside"
(.mht, .mhtml) is such a message too: `multipart/related`, the page its quoted-printable
HTML part ("Referat Handicapr=E5det"), the images and Word's filelist.xml beside it.

Python's `email` package decodes it; the plain-text part is read (else the HTML part,
through `html_text`; the HTML part also when the plain part lost its tables' columns,
`mail_tables`; a "format=flowed" plain part with its wrapped paragraphs joined,
`mail_flowed`), below the message's own header as Outlook prints a forwarded
mail ("Fra: …", "Sendt: 14. november 2024 09:41", "Til: …", "Emne: …"), which the text
reader knows (`formats.text_header_rows`: when it was sent is no meeting's date, its
subject may name the body). An attachment is read only when the text holds no
minutes, a cover note (`mail_attachments`, by `formats.read_meetings`).
"""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

from referat.danish import DANISH_MONTHS

from .html_protocol import holds_item_table
from .html_text import html_text
from .mail_flowed import unflowed
from .mail_tables import flattened_rows
from .mhtml_frames import framed_html
from .part_charset import part_text

# The header lines every saved message begins with; "MIME-Version" says it is MIME
_HEADER_LINE_RE = re.compile(rb"^(?:[A-Za-z][\w-]{1,40}:(?:[ \t]|$)|[ \t]+\S)")
_MIME_RE = re.compile(rb"^MIME-Version:\s*1\.0", re.IGNORECASE | re.MULTILINE)


def is_mail(raw: bytes, path: Path) -> bool:
    """A saved e-mail: an .eml file, or any file that opens with a message's header lines
    and declares MIME (Outlook's message saved as .txt; a page Word or a browser saved as
    a "single file web page", .mht, whose page is the HTML part).

    >>> is_mail(b"From: a@b.dk\\nMIME-Version: 1.0\\nSubject: x\\n\\nHej", Path("m.txt"))
    True
    >>> is_mail(b"Fra: Maja Holt\\nSendt: 14. november 2024\\n\\nHej", Path("m.txt"))
    False
    """
    if path.suffix.lower() == ".eml":
        return True
    head = raw[:4096].lstrip(b"\xef\xbb\xbf").replace(b"\r", b"").split(b"\n\n", 1)[0]
    lines = head.split(b"\n")
    return bool(_MIME_RE.search(head)) and all(_HEADER_LINE_RE.match(ln) for ln in lines if ln)


def _sent(message: EmailMessage) -> str:
    """When it was sent, as Outlook prints it in Danish ("14. november 2024 09:41")."""
    try:
        when = parsedate_to_datetime(str(message["Date"]))
    except (TypeError, ValueError, IndexError):
        return ""
    return f"{when.day}. {DANISH_MONTHS[when.month - 1]} {when.year} {when:%H:%M}"


def _tables_kept(html: EmailMessage, plain: EmailMessage) -> bool:
    """Whether the HTML part keeps as tables what the plain part lost: a table of the
    items, an item a row ("Pkt. | Emne | Referat / beslutning"), or any table whose
    rows the plain part lists a cell a line (Outlook's plain rendering of Word's
    "Kirsten Brodersen (V) | Formand | Deltog": three lines, the columns lost)."""
    body = part_text(html)
    if body is None or "<table" not in body.lower():
        return False
    return holds_item_table(body) or flattened_rows(body, part_text(plain) or "")


def mail_text(raw: bytes) -> str | None:
    """The message's header fields and its text; None when it has no text part (only
    attachments, or no message at all)."""
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return None
    html = message.get_body(preferencelist=("html",))
    if html is not None and html is not part and _tables_kept(html, part):
        part = html  # (the plain part lists a table's cells a line each, its columns lost)
    body = part_text(part)  # (a part naming no charset: as its page declares, `part_charset`)
    if body is not None and part.get_content_type() == "text/html":
        # (a saved page's iframes whose pages the file holds, shown in place: `mhtml_frames`)
        body = html_text(framed_html(message, body))
    elif body is not None and str(part.get_param("format", "")).lower() == "flowed":
        # (Thunderbird's wrap at 72, a space left at each wrapped line's end: `mail_flowed`)
        body = unflowed(body, delsp=str(part.get_param("delsp", "")).lower() == "yes")
    if body is None or not body.strip():
        return None
    fields = [("Fra", message["From"]), ("Sendt", _sent(message)), ("Til", message["To"]),
              ("Emne", message["Subject"])]
    head = [f"{label}: {' '.join(str(value).split())}" for label, value in fields if value]
    return "\n".join(head) + "\n\n" + body.replace("\r\n", "\n").replace("\r", "\n")
