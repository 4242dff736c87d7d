"""The files attached to an e-mail saved as a file (.eml): a cover note whose minutes are
the attachment ("Hermed referatet …" with "Referat LU 01-10-2024.docx" attached) is read
through its attachment, as the file it is.

Only attachments of a kind the parser reads (by the file's name: .docx, .pdf, .html …)
are taken, in the message's order; an image, a signature's logo or a calendar invitation
of another kind is not."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import PurePath


def attached_files(raw: bytes, suffixes: tuple[str, ...]) -> list[tuple[str, bytes]]:
    """The (file name, content) of each attachment of the message whose name ends in one
    of `suffixes`; [] for a message without any (or no message).

    >>> from email.message import EmailMessage
    >>> m = EmailMessage(); m.set_content("Hermed referatet.")
    >>> m.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf",
    ...                  filename="Referat 3. marts.pdf")
    >>> [(name, len(data)) for name, data in attached_files(m.as_bytes(), (".pdf",))]
    [('Referat 3. marts.pdf', 8)]
    """
    message = message_from_bytes(raw, policy=policy.default)
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        return []
    out = []
    for part in message.iter_attachments():
        name = PurePath(str(part.get_filename() or "")).name
        if not name.lower().endswith(suffixes):
            continue
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and data.strip():
            out.append((name, data))
    return out
