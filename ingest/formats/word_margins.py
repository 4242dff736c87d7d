"""A Word document's page header as the only place that names the committee: the
first page's header reads "LEMVIG KOMMUNE" / "Referat" / "Klima- og Naturudvalget",
while the body opens with "Mødeinformation" and a table of date, place and members.
(A body that names no date gets all the page headers' and footers' lines: `word`; so
does a body whose head names none, its only dates in its items' text, when a page header
names one: the first page's header holding the whole meeting head, `head_in_margins`.)"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .dates import written_date
from .text_header_committee import BODY_NAME_RE
from .text_items import PLAIN_ITEM_RE
from .text_numbered import NUMBERED_LINE_RE

_HEAD_PARAGRAPHS = 40  # the body's head is at most this long
# "Struer Kommune", "Ringkøbing-Skjern Kommune" within a header line; a letterhead in
# capitals too ("SAMSØ KOMMUNE")
_MUNICIPALITY_RE = re.compile(r"\b[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+)? (?:(?:Regions)?[Kk]ommune|"
                              r"(?:REGIONS)?KOMMUNE)\b")


class _Texted(Protocol):
    text: str


P = TypeVar("P", bound=_Texted)


def _head(paras: Sequence[P]) -> Sequence[P]:
    """The body's paragraphs before its first item ("Punkt 1 – …", "1. …")."""
    for k, p in enumerate(paras[:_HEAD_PARAGRAPHS]):
        if PLAIN_ITEM_RE.match(p.text.strip()) or NUMBERED_LINE_RE.match(p.text):
            return paras[:k]
    return paras[:_HEAD_PARAGRAPHS]


def margin_body(paras: Sequence[P], margins: Sequence[P]) -> list[P]:
    """The page header's line that names a body ("Klima- og Naturudvalget"), when no line
    of the body's head does, and the one that names the municipality ("Struer Kommune
    <tab> Integrationsrådet"), when no line of the head does; [] otherwise."""
    head = _head(paras)
    out: list[P] = []
    if not any(BODY_NAME_RE.search(p.text.strip()) for p in head):
        out += [p for p in margins if BODY_NAME_RE.search(p.text.strip())][:1]
    if not any(_MUNICIPALITY_RE.search(p.text) for p in [*head, *out]):
        for p in margins:
            if m := _MUNICIPALITY_RE.search(p.text):
                named = copy.copy(p)  # (the municipality alone: the header's other
                named.text = m.group(0)  # fields are the body's too)
                return [*out, named]
    return out


def head_in_margins(paras: Sequence[P], margins: Sequence[P]) -> bool:
    """Whether the meeting's head stands in the page headers: the body's head (before
    its first item) names no date, while a header's or footer's line does ("Mødedato:
    Mandag den 24. november 2025" in the first page's header over an attendance list)."""
    head = _head(paras)
    return len(head) < len(paras) and not any(written_date(p.text) for p in head) and any(
        written_date(p.text) for p in margins)


# A running header's parts: "Region Nord – Miljøudvalget – Referat", "X | Y", "X · Y"
_PARTS_RE = re.compile(r"\s+[–—|·-]\s+|\n")


def without_composed(margins: Sequence[P]) -> list[P]:
    """The header and footer lines without a later pages' running header made of the
    first page's lines ("Region Nord – Miljøudvalget – Referat" under "REGION NORD" /
    "Referat" / "Miljøudvalget"): the same facts again, no line of the head."""
    def parts(text: str) -> list[str]:
        return [t.strip().casefold() for t in _PARTS_RE.split(text) if t.strip()]

    out: list[P] = []
    for k, p in enumerate(margins):
        others = {t for q in margins[:k] for t in parts(q.text)}
        if len(mine := parts(p.text)) < 2 or not set(mine) <= others:
            out.append(p)
    return out
