"""An item's band that prints what the item is for beside its title – "Punkt 2 |
Budgetopfølgning | Beslutning", "Punkt 4 | … | Orientering" – as a PDF's text gives it:
the type word alone on the line under the title, right above the item's case number
("Beslutning" / "Sagsnr.: 15.00.00-A00-1-26"). There the word says what the agenda asks
of the body; it heads no decision (an agenda's closed item would otherwise get its
notice "Sagen behandles for lukkede døre." as a decision). A decision heading is never
printed above the item's case number.

A template may print the type and the journal number on one grey line under the heading
("Til beslutning · J.nr. 2023-0012 · Lukket"): no rest of a wrapped title (`type_line`),
but the item's case number (`without_type_word`).
"""

from __future__ import annotations

import re

_TYPE_RE = re.compile(r"^(?:til\s+)?(?:beslutning|orientering|drøftelse|godkendelse|"
                      r"indstilling)$", re.IGNORECASE)
_CASE_RE = re.compile(r"^(?:sagsnr|sags nr|sagsnummer|j\.\s?nr|journalnr|journalnummer)\.?"
                      r"\s*:?\s*\S*\d", re.IGNORECASE)


# "Til beslutning · J.nr. 2023-0012 · Lukket": the type, then parts after a middle dot or bar
_TYPE_PARTS_RE = re.compile(
    r"^(?P<t>(?:Til\s+)?(?:[Bb]eslutning|[Oo]rientering|[Dd]røftelse|[Gg]odkendelse)|"
    r"(?:Beslutnings|Orienterings|Drøftelses)sag)"
    r"(?P<p>(?:\s*[·•|]\s*(?:(?:j\.\s?nr|sagsnr)\.?\s*:?\s*\S*\d\S*|lukket|åben)?)*)$",
    re.IGNORECASE)
_PART_CASE_RE = re.compile(r"(?:j\.\s?nr|sagsnr)\.?\s*:?\s*(\S*\d\S*)", re.IGNORECASE)


def type_line(line: str) -> bool:
    """Whether `line` is an item's type band under its heading, capitalised as a line of
    its own is ("Til beslutning", "Orientering · J.nr. 2023-0291"), not a title's rest.

    >>> type_line("Til beslutning · J.nr. 2023-0012"), type_line("Drøftelse ·")
    (True, True)
    >>> type_line("orientering"), type_line("Orientering om budget")
    (False, False)
    """
    line = line.strip()
    return line[:1].isupper() and bool(_TYPE_PARTS_RE.match(line))


def without_type_word(body: list[str]) -> list[str]:
    """The item's body lines without its band's type word above the case number.

    >>> without_type_word(["Beslutning", "Sagsnr.: 24/118", "Indstilling", "Godkendes."])
    ['Sagsnr.: 24/118', 'Indstilling', 'Godkendes.']
    >>> without_type_word(["Orientering · J.nr. 2023-0291", "Sagsfremstilling"])
    ['Sagsnr.: 2023-0291', 'Sagsfremstilling']
    >>> without_type_word(["Beslutning", "Godkendt.", "Sagsnr.: 24/118"])
    ['Beslutning', 'Godkendt.', 'Sagsnr.: 24/118']
    """
    filled = [k for k, ln in enumerate(body) if ln.strip()][:2]
    if filled and type_line(band := body[filled[0]]) and (case := _PART_CASE_RE.search(band)):
        return [*body[:filled[0]], f"Sagsnr.: {case.group(1)}", *body[filled[0] + 1:]]
    if len(filled) == 2 and _TYPE_RE.match(body[filled[0]].strip()) and _CASE_RE.match(
            body[filled[1]].strip()):
        return body[:filled[0]] + body[filled[0] + 1:]
    return body
