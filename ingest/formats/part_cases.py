"""The case number of an item's parts decided apart: "7.1 Title", "7.2 Title" … under
"7. Title" / "Sagsnr.: 26/215", each with its own text and decision but no case number
of its own, as a pool's applications are treated one by one under the pool's case.
Each part is the item's case too, so a question naming the case finds every part."""

from __future__ import annotations

import re

from referat.domain import AgendaItem


def inherited_cases(items: list[AgendaItem]) -> None:
    """Give each part labelled "N.M" that has no case number the number of the item
    labelled N it follows; a part with a number of its own keeps it. (A lettered "5a"
    after item 5 is an item added to the agenda, a case of its own: left as it is.)"""
    owner: AgendaItem | None = None
    for item in items:
        mark = item.label or str(item.number)
        if owner is not None and _part_of(mark, owner):
            item.journal_number = item.journal_number or owner.journal_number
            continue
        owner = item


def _part_of(mark: str, owner: AgendaItem) -> bool:
    """Whether `mark` ("7.2") is a part of the item `owner` ("7")."""
    own = owner.label or str(owner.number)
    return re.fullmatch(rf"{re.escape(own)}\.\d{{1,2}}", mark) is not None
