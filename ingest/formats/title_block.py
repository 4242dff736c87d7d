"""A word processor's title block: the document's title (style "Title", `level` -1)
and the headings right under it ("Referat" / "Børne- og Kulturudvalget"), the meeting's
head even when a dated notice stands above it ("RETTET REFERAT – VERSION 2" / "Udsendt
30. august 2021. Erstatter …"): no item and no group of items (`word._layout`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class _Para(Protocol):
    text: str
    level: int


def under_title(paras: Sequence[_Para]) -> list[str]:
    """The headings right under the document's title, before its text."""
    at = next((k for k, p in enumerate(paras) if p.level < 0 and p.text), len(paras))
    out: list[str] = []
    for p in paras[at + 1:]:
        if p.text and p.level <= 0:
            break
        out += [p.text] if p.text else []
    return out
