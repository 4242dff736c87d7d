"""A Word document's page header as the only place that names the committee: the
first page's header reads "LEMVIG KOMMUNE" / "Referat" / "Klima- og Naturudvalget",
while the body opens with "Mødeinformation" and a table of date, place and members.
(A body that names no date gets all the page headers' and footers' lines: `word`; so
does a body whose head names none, its only dates in its items' text, when a page header
names one: the first page's header holding the whole meeting head, `head_in_margins`.)
A running header's line of fields set apart by tabs ("Fanø Kommune<tab>Social- og
Sundhedsudvalget<tab>Referat") names the body in its middle field (`_body_part`)."""

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
    """The body's paragraphs before its first item ("Punkt 1 – …", "1. …"; a heading
    numbered only by Word's list, "Godkendelse af dagsorden" with its "23." in
    numbering.xml, as shown)."""
    for k, p in enumerate(paras[:_HEAD_PARAGRAPHS]):
        text = _shown(p)
        if PLAIN_ITEM_RE.match(text.strip()) or NUMBERED_LINE_RE.match(text):
            return paras[:k]
    return paras[:_HEAD_PARAGRAPHS]


def _shown(p: _Texted) -> str:
    """A paragraph's text as shown: a heading's automatic number before it."""
    label = getattr(p, "label", "")
    return f"{label} {p.text}" if label and getattr(p, "level", 0) > 0 and p.text else p.text


def margin_body(paras: Sequence[P], margins: Sequence[P]) -> list[P]:
    """The page header's line that names a body ("Klima- og Naturudvalget"), when no line
    of the body's head does, and the one that names the municipality ("Struer Kommune
    <tab> Integrationsrådet"), when no line of the head does; [] otherwise."""
    head = _head(paras)
    out: list[P] = []
    if not any(BODY_NAME_RE.search(p.text.strip()) for p in head):
        out += [p for p in margins if BODY_NAME_RE.search(p.text.strip())][:1] or [
            _named(p, body) for p in margins if (body := _body_part(p.text))][:1]
    if not any(_MUNICIPALITY_RE.search(p.text) for p in [*head, *out]):
        for p in margins:
            if m := _MUNICIPALITY_RE.search(p.text):  # (the municipality alone: the
                return [*out, _named(p, m.group(0))]  # header's other fields are the body's too)
    return out


# The document's kind closing a running header's line ("… Social- og Sundhedsudvalget Referat")
_KIND_TAIL_RE = re.compile(r"\s+(?:tillægs)?(?:referat|dagsorden|beslutningsprotokol|protokol)$",
                           re.IGNORECASE)


def _body_part(text: str) -> str:
    """The body a running header's line names among its fields, set apart by tabs (read as
    spaces) or dashes: "Fanø Kommune<tab>Social- og Sundhedsudvalget<tab>Referat", the
    municipality before it and the document's kind after it; "" when none does.

    >>> _body_part("Fanø Kommune Social- og Sundhedsudvalget Referat")
    'Social- og Sundhedsudvalget'
    >>> _body_part("Region Nord – Miljøudvalget – Dagsorden")
    'Miljøudvalget'
    >>> _body_part("Fanø Kommune Referat")
    ''
    """
    for part in _PARTS_RE.split(text):
        part = part.strip()
        if m := _MUNICIPALITY_RE.match(part):
            part = part[m.end():].strip()
        part = _KIND_TAIL_RE.sub("", part)
        if BODY_NAME_RE.search(part) and part[:1].isupper() and len(part.split()) <= 6:
            return part
    return ""


def _named(p: P, text: str) -> P:
    """A copy of a page header's line holding only the field that matters."""
    named = copy.copy(p)
    named.text = text
    return named


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
