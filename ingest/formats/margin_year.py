"""A meeting date written without its year ("Referat fra ordinært møde torsdag den 24.
oktober kl. 19.00"), the year printed only in the page margins: a Word or RTF
document's running footer "Referat – Byrådet 2024" or "ØU – referat 2019 – side 3".
The one year the margins print (not inside a full date) is the meeting's, unless the
document's case numbers ("Sagsnr. 24/1188") are of a later year – then the footer is an
old template's, and the head keeps its yearless date (the file is refused as before).
A head that dates the meeting fully, or margins with no year or two, change nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from referat.danish import DANISH_MONTHS

from .dates import written_date

if TYPE_CHECKING:
    from .word import Para

# A date without its year: "Onsdag den 12. marts kl. 17.00"
YEARLESS_RE = re.compile(rf"(?<![\d.])(\d{{1,2}})\.\s*({'|'.join(DANISH_MONTHS)})\b(?!\s*\d)",
                         re.IGNORECASE)
# a year standing alone, not a date's or a number's part ("Byrådet 2024", "2019 – side 3")
_YEAR_RE = re.compile(r"(?<![\d./-])((?:19|20)\d\d)(?![\d./-]|\d)")
# a case number's year: "19/21874", "24/1188"
_CASE_YEAR_RE = re.compile(r"(?<![\d/.-])(\d\d)/\d{3,6}\b")
_HEAD_PARAS = 12  # the head's paragraphs a meeting date is looked for in


def margin_year(margins: list[str]) -> int | None:
    """The one year the page margins print alone.

    >>> margin_year(["Byrådet", "Referat – Byrådet 2024"]), margin_year(["Side 1"])
    (2024, None)
    """
    years = {int(y) for text in margins if not written_date(text) for y in _YEAR_RE.findall(text)}
    return years.pop() if len(years) == 1 else None


def year_dated(paras: list[Para], margins: list[str]) -> list[Para]:
    """`paras` with the head's yearless meeting date given the margins' year."""
    head = [p.text for p in paras[:_HEAD_PARAS]]
    at = next((k for k, text in enumerate(head) if YEARLESS_RE.search(text)), None)
    if at is None or any(written_date(text) for text in head[:at + 1]):
        return paras
    if (year := margin_year(margins)) is None:
        return paras
    cases = [2000 + int(y) for p in paras for y in _CASE_YEAR_RE.findall(p.text)]
    if cases and max(cases) > year:
        return paras
    m = YEARLESS_RE.search(text := head[at])
    dated = replace(paras[at], text=f"{text[:m.end()]} {year}{text[m.end():]}")
    return [*paras[:at], dated, *paras[at + 1:]]
