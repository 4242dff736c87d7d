"""An e-mail's own header among the rows of minutes sent as a mail (`text_header_rows`):
its fields ("Fra: …", "Sendt: 13. marts 2024 09:14", "Til: …", "Emne: …") are no facts of
the meeting, though its sender or subject may name the body and its sending date gives
a yearless date line its year. A forwarded mail ("VS: …") carries the forwarder's note
above the quoted message's own header block: the minutes start below that block, and the
note's greeting ("Hej alle") and signature are no part of them.
"""

from __future__ import annotations

import re
from datetime import date

from referat.danish import DANISH_MONTHS, parse_date

from .mail_chain import FORWARD_RULE_RE
from .margin_year import YEARLESS_RE
from .text_title import titled_row

# An e-mail's own header ("Fra: Sekretariatet …", "Sendt: 13. marts 2024 09:14", "Emne: …")
MAIL_SENT_RE = re.compile(r"^(?:sendt|sent|emne|subject)\s*:", re.IGNORECASE)
_MAIL_FIELD_RE = re.compile(r"^(?:fra|sendt|til|cc|bcc|emne|from|sent|to|subject|"
                            r"vedhæftede filer|attachments)\s*:", re.IGNORECASE)


_MAIL_DATE_RE = re.compile(r"^(?:dato|date)\s*:", re.IGNORECASE)
_SUBJECT_RE = re.compile(r"^(?:emne|subject)\s*:\s*(?:(?:sv|vs|re|fw|fwd|videresend)\s*:\s*)*(.+)$",
                         re.IGNORECASE)
# The sender a board mails its minutes from: "Fra: Ældrerådet Vesthimmerland <…>"
_MAIL_BODY_RE = re.compile(r"^(?i:fra|from)\s*:\s*(?:.*?\s)?([A-ZÆØÅ][\wæøå-]*(?:udvalget|rådet|"
                           r"bestyrelsen|nævnet))\b")


def without_mail_header(rows: list[str]) -> list[str]:
    """An e-mail's rows without its own fields: its first block's "Dato:" is when it was
    sent, not the meeting's date; a sender that is a body ("Fra: Ældrerådet …") is the
    committee when the minutes do not name one."""
    first = next(i for i, r in enumerate(rows) if _MAIL_FIELD_RE.match(r))
    block = first
    while block < len(rows) and (_MAIL_FIELD_RE.match(rows[block])
                                 or _MAIL_DATE_RE.match(rows[block])):
        block += 1
    body = next((m.group(1) for r in rows[first:block] if (m := _MAIL_BODY_RE.match(r))), None)
    # or the subject's: "Emne: SV: Dagsorden til møde i Lokalrådet Lyngholm 21. maj 2024"
    body = body or next((titled[1] for r in rows[first:block] if (m := _SUBJECT_RE.match(r))
                         and (titled := titled_row(m.group(1))) and titled[1]), None)
    # a subject "Referat ældrerådsmøde 3/9" says what the text is
    kind = next(("Referat" for r in rows[first:block] if MAIL_SENT_RE.match(r)
                 and re.search(r"\breferat", r, re.IGNORECASE)), None)
    note = _forward_note(rows, block)
    kept = [r for i, r in enumerate(rows) if not _MAIL_FIELD_RE.match(r) and not first <= i < block
            and i not in note]
    sent = next((found[0] for r in rows[first:block] if (
        MAIL_SENT_RE.match(r) or _MAIL_DATE_RE.match(r)) and (found := parse_date(r))), None)
    if sent and not any(parse_date(r) for r in kept):
        kept = _with_year(kept, sent)
    return ([kind] if kind else []) + ([f"Udvalg: {body}"] if body else []) + kept


# An item's heading ("1. Godkendelse …", "Punkt 2: …"), not a postcode ("7700 Thisted")
_ITEM_LINE_RE = re.compile(r"^\s*(?:punkt\s+|pkt\.\s*)?\d{1,3}[.):]\s+[A-ZÆØÅ]", re.IGNORECASE)


def _quoted_field(row: str) -> bool:
    """A field of a quoted message's header block; Gmail's Danish forward keeps English
    labels for some ("Fra: …" / "Date: man. 11. mar. 2024 kl. 19.12" / "Subject: …")."""
    return bool(_MAIL_FIELD_RE.match(row) or _MAIL_DATE_RE.match(row))


def _forward_note(rows: list[str], start: int) -> range:
    """The rows of a forwarder's note ("Hej alle", a sentence, a signature) between the
    mail's own header (ending at `start`) and the last quoted message's header block
    below it ("Fra: …" / "Sendt: …" / "Til: …" / "Emne: …", or Thunderbird's "Emne: …" /
    "Dato: …" under its "-------- Videresendt meddelelse --------"); an empty range when there is
    no such block, or when the rows above it hold numbered items (the minutes themselves,
    a reply's quoted mail below them)."""
    quoted = [i for i in range(start + 1, len(rows)) if MAIL_SENT_RE.match(rows[i]) and (
        _quoted_field(rows[i - 1]) or FORWARD_RULE_RE.match(rows[i - 1]))]
    if not quoted:
        return range(0)
    end = quoted[-1]
    while end < len(rows) and _quoted_field(rows[end]):
        end += 1
    if end >= len(rows) or any(_ITEM_LINE_RE.match(r) for r in rows[start:end]):
        return range(0)
    return range(start, end)




def _with_year(rows: list[str], sent: date) -> list[str]:
    """Minutes mailed with the meeting's date line lacking its year ("Onsdag den 12. marts
    kl. 17.00-19.00"): the first such date gets the year of the mail's sending, the year
    before when the day would come after it (minutes are sent after the meeting).

    >>> _with_year(["Tirsdag den 17. december kl. 17"], date(2025, 1, 6))
    ['Tirsdag den 17. december 2024 kl. 17']
    """
    for k, row in enumerate(rows):
        if m := YEARLESS_RE.search(row):
            day, month = int(m.group(1)), DANISH_MONTHS.index(m.group(2).lower()) + 1
            year = sent.year
            try:
                year -= date(year, month, day) > sent
            except ValueError:
                continue
            return [*rows[:k], f"{row[:m.end()]} {year}{row[m.end():]}", *rows[k + 1:]]
    return rows
