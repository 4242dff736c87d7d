"""The body of a file's later meetings whose heads name none: a year's protocol heads
each meeting only with its dated line ("Møde nr. 2/2022 – Tirsdag den 8. februar 2022")
over its labels, the committee named once on the title page, and a web page prints its
second meeting under the page's one <h1>. Such a head's first unlabelled line ("Ingen"
under "Afbud:", a staff member's "Mette Lind, chef for Natur og Miljø") is no body: the
first meeting's body, when that one reads as a body's name, is the later meeting's."""

from __future__ import annotations

from referat.domain import UNKNOWN_COMMITTEE, Meeting

from .text_header_rows import BODY_NAME_RE


def later_bodies(meetings: list[Meeting]) -> None:
    """Give each later meeting without a body's name the first meeting's body."""
    first = meetings[0].committee if meetings else UNKNOWN_COMMITTEE
    for later in meetings[1:]:
        if later.committee == UNKNOWN_COMMITTEE or (
                BODY_NAME_RE.search(first) and not BODY_NAME_RE.search(later.committee)):
            later.committee = first
