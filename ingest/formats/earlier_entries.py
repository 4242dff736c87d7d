"""A case history under a heading naming earlier decisions ("Tidligere beslutninger",
"Sagens tidligere behandling", "Sagsforløb") whose entries each open with the body and
the date in any order and with any separator, the text after the colon or on the lines
below: "Klima-, Miljø- og Teknikudvalget, 12. november 2024, sag nr. 6: Udsendes.",
"Undervisningsudvalget, 10. marts 2025" / "Forslaget sendes i høring.", "(Plan- og
Erhvervsudvalget 10.06.2025): …", "10.06.2025 Plan- og Erhvervsudvalget: …",
"Udvalget for Regional Udvikling behandlede sagen den 2. september 2025 og besluttede:
"…"". The last of the history readers (`history_text.history_entries`): what the others read
stays theirs."""

from __future__ import annotations

import re
from datetime import date

from referat.danish import parse_date
from referat.domain import Treatment

from .common import committee_name
from .dates import written_date

_DATE_RE = re.compile(r"(?<![\d.])(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s*[a-zæøå]{3,9}"
                      r"\s+\d{4}|\d{4}-\d{2}-\d{2})(?![\d])")
# the earlier meeting's item: "sag nr. 6", "pkt. 12", "punkt 3", "§ 88", "emne 4"
_NUMBER_RE = re.compile(r"[\s,]*(?:sag\s+nr\.?|sagsnr\.?|pkt\.?|punkt|emne|§)\s*(?P<p>\d+)\b",
                        re.IGNORECASE)
# ... or a table's row read as a line, its "Punkt" cell a bare number after the date:
# "Børne- og Uddannelsesudvalget 13-09-2022 5"
_CELL_NUMBER_RE = re.compile(r"\s+(?P<p>\d{1,3})\s*$")
# what a sentence puts between the body and the date ("… behandlede sagen den")
_BEFORE_DATE_RE = re.compile(
    r"(?:\s+(?:behandlede|besluttede|vedtog|godkendte|anbefalede)(?:\s+sagen)?"
    r"(?:\s+(?:på|i)\s+(?:sit\s+)?møde(?:t)?)?)?[\s,]*(?:(?:den|d\.)\s*)?$", re.IGNORECASE)
# ... and after it ("… og besluttede:")
_AFTER_DATE_RE = re.compile(r"^[\s,]*(?:og\s+)?(?:besluttede|vedtog|godkendte|anbefalede)?\s*$",
                            re.IGNORECASE)
# a body's name: capitalised words and their links, naming a body of its kind
_NAME_RE = re.compile(r"(?:[A-ZÆØÅ][\w.-]*,?|[a-zæøå]\w*-,?|og|for|i|med|af)"
                      r"(?:\s+(?:[A-ZÆØÅ][\w.-]*,?|[a-zæøå]\w*-,?|og|for|i|med|af))*")
_KIND_RE = re.compile(r"udvalg|råd|bestyrelse|nævn|magistrat|kommission", re.IGNORECASE)
_QUOTES = "\"'“”„«»"


def earlier_head(head: str) -> tuple[str, date, int | None] | None:
    """`(committee, date, punkt)` of an entry's opening that names a body and a date.

    >>> earlier_head("Klima-, Miljø- og Teknikudvalget, 12. november 2024, sag nr. 6")
    ('Klima-, Miljø- og Teknikudvalget', datetime.date(2024, 11, 12), 6)
    >>> earlier_head("(Plan- og Erhvervsudvalget 10.06.2025)")[:2]
    ('Plan- og Erhvervsudvalget', datetime.date(2025, 6, 10))
    >>> earlier_head("10.06.2025 Plan- og Erhvervsudvalget")[0]
    'Plan- og Erhvervsudvalget'
    >>> earlier_head("Økonomiudvalget 21-09-2022 11")
    ('Økonomiudvalget', datetime.date(2022, 9, 21), 11)
    >>> earlier_head("Udvalget for Regional Udvikling behandlede sagen den 2. september 2025"
    ...              " og besluttede")[0]
    'Udvalget for Regional Udvikling'
    >>> earlier_head("Høringen sluttede den 2. september 2025") is None
    True
    """
    head = head.strip().strip("*_ ")
    if head.startswith("(") and head.endswith(")"):
        head = head[1:-1]
    m = _DATE_RE.search(head)
    found = (parse_date(m.group()) or written_date(m.group())) if m else None
    if not m or not found:
        return None
    before, after = head[:m.start()], head[m.end():]
    number = _NUMBER_RE.search(after) or _CELL_NUMBER_RE.match(after)
    after = f"{after[:number.start()]} {after[number.end():]}" if number else after
    before = _BEFORE_DATE_RE.sub("", before).strip(" ,–-")
    after = "" if _AFTER_DATE_RE.match(after) else after.strip(" ,–-")
    body = before or after
    if (before and after) or not _NAME_RE.fullmatch(body) or not _KIND_RE.search(body):
        return None
    return committee_name(body), found[0], int(number.group("p")) if number else None


def unquoted(text: str) -> str:
    """The decision's words without the quotes a told history sets around them."""
    inner = text.rstrip(".")[1:-1]
    if len(text) > 2 and text[0] in _QUOTES and text.rstrip(".")[-1] in _QUOTES and not any(
            q in inner for q in _QUOTES):
        return inner.strip()
    return text


def noted_entries(lines: list[str]) -> list[Treatment]:
    """Each entry that opens with a body and a date, its text after the opening's colon
    and on the lines below up to the next entry.

    >>> [(t.committee, t.date.day, t.punkt, t.text) for t in noted_entries(
    ...     ["Kulturudvalget, 12. november 2024, sag nr. 6: Sendes i høring.",
    ...      "Byrådet, 3. december 2024", "", "Godkendt."])]
    [('Kulturudvalget', 12, 6, 'Sendes i høring.'), ('Byrådet', 3, None, 'Godkendt.')]
    """
    out: list[Treatment] = []
    for line in lines:
        head, colon, rest = line.strip().partition(":")
        found = earlier_head(head) if len(head) < 160 else None
        if found:  # (no colon: the opening is the whole line, its text below)
            out.append(Treatment(found[0], found[1], rest.strip(), found[2]))
        elif out:
            out[-1].text = f"{out[-1].text}\n{line}".strip()
    return out
