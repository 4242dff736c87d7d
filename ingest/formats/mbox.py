"""A mailbox file (.mbox: Thunderbird's folder, or exported from Apple Mail or Gmail's
Takeout) holding several messages one after another, each opened by a "From " line
("From - Tue Jan 08 17:02:11 2019", "From politik@skive.dk Tue Jan  8 16:58:40 2019")
and its header: minutes mailed one meeting a message, the decisions of a committee's
meetings over a year kept in one folder.

Every message is read as the .eml file it would be saved as (`formats.read_message`:
its text, else its attached minutes), each its own meeting(s); a message that holds no
minutes (a reply, a note) is passed over and named among the file's warnings. A body
line that begins "From " is written ">From " by the mailbox (mboxrd, mboxo): one ">"
less gives the line back."""

from __future__ import annotations

import re
from pathlib import Path

from referat.domain import Meeting

from ..read import SkipFile
from .common import ParseError

NAME = "mbox"
MAX_MESSAGES = 2000  # (a year of a committee's mails is dozens)
# A message's "From " line (the envelope sender, or "-", and a date), then a header line
_FROM_LINE = rb"From [^\r\n]*\r?\n(?=[A-Za-z][\w-]{1,40}:)"
_START_RE = re.compile(rb"(?:\A|(?<=\n)(?:\r?\n))" + _FROM_LINE)
_QUOTED_FROM_RE = re.compile(rb"(?m)^>(>*From )")


def sniff(raw: bytes, path: Path) -> bool:
    """A file that opens with a message's "From " line and its header."""
    return re.match(_FROM_LINE, raw.lstrip(b"\xef\xbb\xbf")) is not None


def messages(raw: bytes) -> list[bytes]:
    """The messages of the mailbox, in its order, each as the bytes of an .eml file.

    >>> box = (b"From - Tue Jan 08 17:02:11 2019\\nSubject: A\\n\\nFrom here on.\\n"
    ...        b">From the minutes\\n\\nFrom - Tue Feb 05 18:30:47 2019\\nSubject: B\\n\\nB\\n")
    >>> [m.split(b"\\n")[0] for m in messages(box)]
    [b'Subject: A', b'Subject: B']
    >>> messages(box)[0].split(b"\\n")[3]
    b'From the minutes'
    """
    raw = raw.lstrip(b"\xef\xbb\xbf")
    starts = [m.end() for m in _START_RE.finditer(raw)]
    ends = [m.start() for m in _START_RE.finditer(raw)][1:] + [len(raw)]
    return [_QUOTED_FROM_RE.sub(rb"\1", raw[a:b]) for a, b in zip(starts, ends, strict=True)]


def parse(raw: bytes, path: Path, municipality: str | None = None) -> list[Meeting]:
    """The meetings of every message; raises `ParseError` (Danish) when none holds
    minutes."""
    from . import read_message  # (each message read as an .eml file is)

    found = messages(raw)
    if len(found) > MAX_MESSAGES:
        raise ParseError(f"postkassen har for mange beskeder ({len(found)}; højst {MAX_MESSAGES})")
    meetings: list[Meeting] = []
    unread: list[str] = []
    for n, data in enumerate(found, start=1):
        try:
            meetings += read_message(data, path.with_name(f"{path.stem}-{n}.eml"), municipality)
        except SkipFile as err:
            unread.append(f"besked {n} i postkassen er ikke læst: {err.reason}")
    if not meetings:
        raise ParseError("postkassen (.mbox) indeholder ingen besked, der kan læses som et referat")
    meetings[0].warnings.extend(unread)  # (`referat ingest` names them under the file)
    return meetings
