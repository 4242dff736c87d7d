"""An item's own case number printed in its heading rather than on a line below: in
brackets after the title, as Copenhagen's eDoc prints it ("Ny skole i Sydhavnen
(2024-0123456)") and a word processor's minutes type it ("Fordeling af lokaletilskud
2025 (24/05517)"), or before it, as some PDF prints set a heading ("23/38817
Anlægsbevilling til …"). The number is the item's case number, no word of its title."""

from __future__ import annotations

import re

from .text_lines import is_case_token

# "… (2024-0123456)", "… (sagsnr. 23/19877)", "… (sag 24/3310)", or brackets left empty:
# "… dagsorden ( )"
_TRAILING_CASE_RE = re.compile(r"\s*\((?:\s*|\s*(\d{4}-\d{4,}(?:-\d+)?)\s*|\s*(?i:sagsnr|sag nr|"
                               r"sag|j\.\s?nr)\.?:?\s*(\d{2,4}[-/.][\w./-]*\d)\s*)\)$")
# A case number alone in the brackets closing the title: "… (24/05517)"
_BRACKETED_RE = re.compile(r"\s*\((?P<case>[^()\s]+)\)$")
# The first word of the heading, the title after it starting with a capital (or after a
# dash: "24/05517 – Fordeling af lokaletilskud")
_LEADING_TOKEN_RE = re.compile(r"^(?P<case>\S+)\s+(?:[–—-]\s+)?(?=[A-ZÆØÅ])")
# The case's own line ("Sag 05.01.10-Ø00-2-26", no "nr.") joined to the title's end
_TRAILING_SAG_RE = re.compile(r"\s+(?:Sag|Sagsnr\.?:?)\s+(?P<case>\S+)$")
# The case field beside the title left empty, a dash for its number ("Meddelelser Sagsnr.
# -", a heading's table row of number, title and case): the item has none
_EMPTY_SAG_RE = re.compile(r"\s+Sagsnr\.?:?\s*[-–—]$")


def title_case(title: str) -> tuple[str, str | None]:
    """`(title, case number or None)` of an item's heading.

    >>> title_case("Ny skole i Sydhavnen (2024-0123456)")
    ('Ny skole i Sydhavnen', '2024-0123456')
    >>> title_case("23/38817 Anlægsbevilling til udvidelse af skolen")
    ('Anlægsbevilling til udvidelse af skolen', '23/38817')
    >>> title_case("2024-2027 Budgetforslag")
    ('2024-2027 Budgetforslag', None)
    >>> title_case("Fordeling af lokaletilskud 2025 (24/05517)")
    ('Fordeling af lokaletilskud 2025', '24/05517')
    >>> title_case("Høring: Værdighedspolitik 2024-2027 (sag 24/3310)")
    ('Høring: Værdighedspolitik 2024-2027', '24/3310')
    >>> title_case("Budgetopfølgning 3 (2024)")
    ('Budgetopfølgning 3 (2024)', None)
    >>> title_case("Ny bro over åen Sag 2025-004411")
    ('Ny bro over åen', '2025-004411')
    >>> title_case("Status på Sag 2024-2027")
    ('Status på Sag 2024-2027', None)
    >>> title_case("Eventuelt Sagsnr. –")
    ('Eventuelt', None)
    """
    if empty := _EMPTY_SAG_RE.search(title):
        return title[: empty.start()].strip(), None
    if case := _TRAILING_CASE_RE.search(title):
        return title[: case.start()].strip(), case.group(1) or case.group(2)
    if (case := _BRACKETED_RE.search(title)) and is_case_token(case["case"]):
        return title[: case.start()].strip(), case["case"]
    if (lead := _LEADING_TOKEN_RE.match(title)) and is_case_token(lead["case"]):
        return title[lead.end():].strip(), lead["case"]
    if (case := _TRAILING_SAG_RE.search(title)) and is_case_token(case["case"]):
        return title[: case.start()].strip(), case["case"]
    return title, None
