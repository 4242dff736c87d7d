"""The files attached to an e-mail saved as a file (.eml): a cover note whose minutes are
the attachment ("Hermed referatet …" with "Referat LU 01-10-2024.docx" attached) is read
through its attachment, as the file it is.

Only attachments of a kind the parser reads (by the file's name: .docx, .pdf, .html …)
are taken, in the message's order; an image, a signature's logo or a calendar invitation
of another kind is not. A mail attached whole (Outlook's "Videresend som vedhæftet fil",
`message/rfc822`) is given as the .eml it is, so that its own attachments can be read."""

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
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()  # (its payload is the message, not encoded bytes)
            name = name if name.lower().endswith(".eml") else f"{name or 'vedhæftet'}.eml"
            data = inner.as_bytes() if isinstance(inner, EmailMessage) else None
        elif name.lower().endswith(suffixes):
            data = part.get_payload(decode=True)
        else:
            continue
        if isinstance(data, bytes) and data.strip():
            out.append((name, data))
    return out
