"""Quoted-printable a mail client left undecoded in a text saved from a mail: Outlook's
"Gem som" of a message it showed raw, or a reply quoting such a message, keeps the
transfer encoding of the minutes' body – every Danish letter an escape of its byte
("M=F8dedato", "Milj=F8udvalget", in UTF-8 two escapes: "S=C3=A6by") and every long
line cut at 76 characters by a soft break, an "=" at the line's end that may split a word
("dagti=" / "lbudsomr=E5det").

Decoded, the text reads as any other: the soft breaks are joined first – also when the
reply quoted the lines ("> > …stig=" / "> > ningen …"), so that the continuation's own
quote prefix goes before the join – then each run of escapes is turned back into its
bytes and read as UTF-8 where it is that, else as Windows' cp1252 (Latin-1's letters).

Only a text that shows the encoding is decoded: several escapes of the bytes a Danish
letter is written with (`_LETTER_ESCAPE_RE`); an "=" elsewhere ("2+2=4", "x = 10") is
left, as is a text whose "=E6" is a lone exception.
"""

from __future__ import annotations

import re

# An escape of a byte above ASCII that spells a letter: Latin-1's "=E6"/"=F8"/"=C5" …,
# UTF-8's lead byte "=C3"; QP writes its hex digits in capitals
_LETTER_ESCAPE_RE = re.compile(r"=[C-F][0-9A-F]")
# A text this many such escapes holds is quoted-printable
MIN_LETTER_ESCAPES = 3
# A run of escapes: the bytes of one character or more
_ESCAPES_RE = re.compile(r"(?:=[0-9A-F]{2})+")
# A reply's quote prefix ("> ", "> > ", ">>")
_QUOTE_RE = re.compile(r"^(?:[ \t]*>)+[ \t]?")
# A soft line break: one "=" at the line's end (not a rule of "====")
_SOFT_END_RE = re.compile(r"(?<![=])=[ \t]*$")


def has_qp_leftovers(text: str) -> bool:
    """Whether `text` holds quoted-printable escapes of Danish letters.

    >>> has_qp_leftovers("M=F8dedato: 12. januar, Udvalgsv=E6relse 1, R=E5dhuset")
    True
    >>> has_qp_leftovers("x = 10 og 2+2=4, C=E6 ")
    False
    """
    return len(_LETTER_ESCAPE_RE.findall(text)) >= MIN_LETTER_ESCAPES


def _joined_soft_breaks(lines: list[str]) -> list[str]:
    """The lines with every soft break joined to the line below it, that line's quote
    prefix dropped (the client quoted each line of the encoded text)."""
    out: list[str] = []
    joining = False
    for line in lines:
        if joining:
            line = out.pop() + _QUOTE_RE.sub("", line, count=1)
        soft = _SOFT_END_RE.search(line)
        joining = bool(soft)
        out.append(line[:soft.start()] if soft else line)
    return out


def _decoded_run(m: re.Match[str]) -> str:
    """One run of escapes as its text: UTF-8 when its bytes are that, else cp1252."""
    raw = bytes.fromhex(m.group(0).replace("=", ""))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def qp_decoded(text: str) -> str:
    """`text` with its quoted-printable leftovers decoded (unchanged when it has none).

    >>> qp_decoded("M=F8det i Udvalgsv=E6relse 1 p=E5 R=E5d=\\nhuset")
    'Mødet i Udvalgsværelse 1 på Rådhuset'
    >>> qp_decoded("> > Forslaget inde=\\n> > b=E6rer en stigning for b=E5de i S=C3=\\n> > =A6by")
    '> > Forslaget indebærer en stigning for både i Sæby'
    """
    if not has_qp_leftovers(text):
        return text
    lines = _joined_soft_breaks(text.replace("\r\n", "\n").split("\n"))
    return _ESCAPES_RE.sub(_decoded_run, "\n".join(lines))
