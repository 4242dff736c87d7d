"""Digits a scanned page's OCR read as letters: "l" (and "I", "O") for "1" (and "0")
inside numbers, times and dates ("Kl. l6.30", "2l.05.2024", "l.2 mio. kr."), an item's
number after its keyword ("Punkt l.") and a day's before its month ("l. juli"). Read
as the digits they are, so the item, the start time, the closing line and a page
header's date are found as when printed with digits. Only where a digit is expected: a
word keeps its letters ("Kl.", "Ole", "CO2"), and a token without any digit ("I",
"II.") is no number.
"""

from __future__ import annotations

import re

from referat.danish import DANISH_MONTHS

from .group_labels import group_label_token

# A token of digits and the letters OCR reads for them, with "." ":" "," "/" inside
# ("l6.30", "2l.05.2024", "l.000"): no letter or digit right before or after it
_TOKEN_RE = re.compile(r"(?<![\w.,:/])[0-9lIO]+(?:[.,:/][0-9lIO]+)*(?![\w]|[.,:/]\w)")
# "Punkt l." / "Pkt. l:" / "PUNKT l": an item's number 1 (the token has no digit)
_ITEM_ONE_RE = re.compile(r"(?m)^([ \t]*(?:Punkt|PUNKT|Pkt\.?|PKT\.?)[ \t]+)l(?=[.:)]?(?:[ \t]|$))")
# "pr. l. januar": a day's number before its month
_DAY_ONE_RE = re.compile(rf"(?<![\w.])l(?=\.\s*(?i:{'|'.join(DANISH_MONTHS)})\b)")
_DIGIT_FOR = str.maketrans({"l": "1", "I": "1", "O": "0"})
# A KLE case number's emne group and hyphen right before a token ("00.01.00-I00-2-24"):
# its handling facet is a letter and two digits (A00, G01, I00, P20), written as it is
_KLE_GROUP_RE = re.compile(r"(?<!\d)\d{2}\.\d{2}(?:\.\d{2})?-$")
_FACET_RE = re.compile(r"[A-ZÆØÅ]\d{2}")


def _as_digits(m: re.Match[str]) -> str:
    """A token that holds a digit and reads as a number once its letters are digits."""
    token = m.group(0)
    if not any(c.isdigit() for c in token) or token.isdigit() or _is_facet(m) or (
            group_label_token(m)):  # ("O1   Status …" under "B1   …": a group's label)
        return token
    for part in re.split(r"[.,:/]", token):
        # ("l" is a "1" anywhere; "I"/"O" only in a part with a digit: "5OO", not "O.5")
        if any(c in "IO" for c in part) and not any(c.isdigit() for c in part):
            return token
    return token.translate(_DIGIT_FOR)


def _is_facet(m: re.Match[str]) -> bool:
    """The token is a KLE case number's handling facet ("I00" in "00.01.00-I00-2-24"):
    a capital letter and two digits after the emne group. Its letter is the facet, no
    OCR's "1"."""
    return bool(_FACET_RE.fullmatch(m.group(0))
                and _KLE_GROUP_RE.search(m.string, 0, m.start()))


def ocr_digits(text: str) -> str:
    """`text` with OCR's letters for digits read as digits where a number stands.

    >>> ocr_digits("Mødetid: Kl. l6.30 - l8.45\\nPunkt l. Godkendelse af dagsorden")
    'Mødetid: Kl. 16.30 - 18.45\\nPunkt 1. Godkendelse af dagsorden'
    >>> ocr_digits("Handicaprådet 2l.05.2024, l.2 mio. kr., 1O stk. fra l. juli")
    'Handicaprådet 21.05.2024, 1.2 mio. kr., 10 stk. fra 1. juli'
    >>> ocr_digits("Ole l I II. CO2 O.5 kl. 9.15 Pkt. II")
    'Ole l I II. CO2 O.5 kl. 9.15 Pkt. II'
    >>> ocr_digits("Sagsnr.: 00.01.00-I00-2-24, 27.69.48-O00-3-24")
    'Sagsnr.: 00.01.00-I00-2-24, 27.69.48-O00-3-24'
    """
    if not re.search(r"[lIO]", text):
        return text
    text = _DAY_ONE_RE.sub("1", _TOKEN_RE.sub(_as_digits, text))
    return _ITEM_ONE_RE.sub(r"\g<1>1", text)
