"""A title that says the document publishes a meeting's decisions, as a newsletter, a
press release or a news page heads its short form of the minutes: "Beslutninger fra
byrådsmødet 8. oktober 2025", "Beslutninger fra Arbejdsmarkedsudvalget", "Det besluttede
Teknik- og Miljøudvalget den 3. april 2023". Such a document is a referat (it states
what was decided), and the title is no line of the meeting's own facts: the body and
the hour are in the sentence that tells of the meeting ("Byrådet holdt møde onsdag den
8. oktober 2025 kl. 17.00 i …") or in the title's own words."""

from __future__ import annotations

import re

from .dates import parse_date

# "Beslutninger fra …" / "Det besluttede <body> [den <date>]": a heading, no sentence
# (a day's full stop inside it, "8. oktober", ends no sentence)
_TITLE_RE = re.compile(r"^(?:beslutninger\s+(?:fra|truffet\s+på)\s|det\s+besluttede\s+"
                       r"(?-i:[A-ZÆØÅ]))(?!.*[.!?]\s+(?-i:[A-ZÆØÅ])).{3,100}(?<![.!?])$",
                       re.IGNORECASE)
# "Det besluttede Teknik- og Miljøudvalget den 3. april 2023": the body and the day
_WHAT_BODY_DECIDED_RE = re.compile(r"^det\s+besluttede\s+(?P<body>(?-i:[A-ZÆØÅ])[\w ,-]{2,80}?)"
                                   r"\s+(?:den|d\.|på\s+(?:sit\s+)?møde(?:t)?(?:\s+den)?)\s+\d",
                                   re.IGNORECASE)
# The sentence that tells of the meeting: "Byrådet holdt møde onsdag den 8. oktober 2025"
_HELD_RE = re.compile(r"^(?P<body>[A-ZÆØÅ][\w ,-]{2,80}?)\s+holdt\s+(?:\w+\s+)?møde\b")


def decisions_title(row: str) -> bool:
    """`row` is a title saying the document holds a meeting's decisions.

    >>> decisions_title("Beslutninger fra byrådsmødet 8. oktober 2025")
    True
    >>> decisions_title("Det besluttede Teknik- og Miljøudvalget den 3. april 2023")
    True
    >>> decisions_title("Beslutninger fra mødet blev sendt ud i går.")
    False
    """
    return bool(_TITLE_RE.match(row.strip().strip("*#_ ")))


def decided_body(row: str) -> str | None:
    """The body a title "Det besluttede X den <date>" names, or None.

    >>> decided_body("Det besluttede Teknik- og Miljøudvalget den 3. april 2023")
    'Teknik- og Miljøudvalget'
    """
    m = _WHAT_BODY_DECIDED_RE.match(row.strip().strip("*#_ "))
    return m["body"] if m else None


def meeting_line(rows: list[str], dated: list[int], at: int) -> tuple[int, str | None]:
    """The row that dates the meeting, of the `dated` rows (`at` the first), and the body
    it names: a title "Det besluttede X den <date>" (a news page's own date above it is
    the day it was posted); the sentence right below a decisions title that tells of the
    meeting on the title's day ("Byrådet holdt møde onsdag den 8. oktober 2025 kl. 17.00
    i …"); else `at`, naming none."""
    if titled := next(((i, body) for i in dated if (body := decided_body(rows[i]))), None):
        return titled
    if not decisions_title(rows[at]) or at + 1 >= len(rows) or not (
            held := _HELD_RE.match(rows[at + 1])):
        return at, None
    day, told = parse_date(rows[at]), parse_date(rows[at + 1])
    return (at + 1, held["body"]) if day and told and day[0] == told[0] else (at, None)
