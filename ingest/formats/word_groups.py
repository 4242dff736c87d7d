"""Word minutes whose highest headings are groups, not items: "Sager til beslutning" /
"Sager til orientering" / "Lukkede sager" as Heading 1, each above its numbered items as
Heading 2 ("1. Fordeling af puljen"), the numbering often starting at 1 again in each
group.

Such a group heading carries no number while the headings under it do; the items are
then the numbered level. Themes over unnumbered items ("Tema: Trafik" / "Cykelsti langs
Åvej") are groups too when each theme heads its first item directly. A group heading
is left out of the text; one that closes its items ("Lukkede sager") marks the items
under it closed, and only those (`close_by_group`). Items are
numbered 1..N in reading order so that none overwrites another; an item whose printed
number differs keeps it, with its group, as its label ("Sager til orientering, punkt
1"), as lettered items keep their letter. The label travels with the heading's text to
the text adapter between two private-use characters (`with_label`, `split_label`),
which no document's own text holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from .text_dividers import part_state

_NUMBER_RE = re.compile(r"^(\d{1,4})[.)]?\s+(\S.*)$")
_OPEN, _CLOSE = "\ue000", "\ue001"  # around a label carried in a heading's text
_CARRIED_RE = re.compile(f"\\s*{_OPEN}([^{_OPEN}{_CLOSE}]+){_CLOSE}\\s*$")


def with_label(title: str, label: str) -> str:
    """A heading's title carrying the item's printed label to the text adapter."""
    return f"{title} {_OPEN}{label}{_CLOSE}"


def split_label(title: str) -> tuple[str, str]:
    """(the title, the label it carries) — the title and "" when it carries none.

    >>> split_label(with_label("Status", "Sager til orientering, punkt 1"))
    ('Status', 'Sager til orientering, punkt 1')
    >>> split_label("Status (punkt 1)")
    ('Status (punkt 1)', '')
    """
    m = _CARRIED_RE.search(title)
    return (title[:m.start()], m.group(1)) if m else (title, "")


class Heading(Protocol):
    """A paragraph as `word` reads it: its text and heading level (0 for body text)."""

    text: str
    level: int


def grouped_items(paras: Sequence[Heading], heads: list[int],
                  numbered: Callable[[str], bool]) -> tuple[list[int], list[int]] | None:
    """(the group headings, the item headings) when the highest headings in `heads`
    (indices into `paras`) carry no number and each holds numbered headings of the next
    level; None for any other layout."""
    if not heads:
        return None
    top = min(paras[k].level for k in heads)
    groups = [k for k in heads if paras[k].level == top]
    lower = [paras[k].level for k in heads if paras[k].level > top]
    if not lower or any(numbered(paras[k].text) for k in groups):
        return None
    items = [k for k in heads if paras[k].level == min(lower)]
    marked = [numbered(paras[k].text) for k in items]
    if not all(marked) and (any(marked) or not _heads_directly(paras, groups, items)):
        return None
    bounds = [*groups[1:], len(paras)]
    if not all(any(g < k < end for k in items) for g, end in zip(groups, bounds, strict=True)):
        return None  # a heading with no numbered heading under it: no group
    return groups, items


def _heads_directly(paras: Sequence[Heading], groups: list[int], items: list[int]) -> bool:
    """Unnumbered headings of two levels are groups over items when each higher one is
    followed at once by a lower one ("Tema: Trafik" / "Cykelsti langs Åvej"): an item's
    heading has its own text before any heading under it."""
    return all(next((j for j in range(k + 1, len(paras)) if paras[j].text), None) in items
               for k in groups)


def close_by_group(paras: Sequence[Heading], groups: list[int], items: list[int]) -> None:
    """The items under a group heading that closes them ("Lukkede punkter") marked closed
    in their own heading, and every group heading left out of the text: a later group
    ("Afslutning") opens its items again, and no group's name ends the decision above it."""
    for k in items:
        group = next((g for g in reversed(groups) if g < k), None)
        if group is not None and part_state(paras[group].text) is True:
            title, label = split_label(paras[k].text)  # (the mark before a carried label)
            title = f"{title} (lukket punkt)"
            paras[k].text = with_label(title, label) if label else title
    for g in groups:
        paras[g].text = ""


def number_in_order(paras: Sequence[Heading], groups: list[int], items: list[int]) -> None:
    """Number the item headings 1..N in reading order when the printed numbers start
    again in a group; a renumbered item carries its group and printed number as its
    label (`with_label`)."""
    printed = [_NUMBER_RE.match(paras[k].text) for k in items]
    numbers = [int(m.group(1)) if m else 0 for m in printed]
    if all(b > a for a, b in zip(numbers, numbers[1:], strict=False)):
        return  # numbered through already
    for n, (k, m) in enumerate(zip(items, printed, strict=True), 1):
        if m is None or int(m.group(1)) == n:
            continue
        group = next((paras[g].text for g in reversed(groups) if g < k), "")
        where = f"{group}, punkt {m.group(1)}" if group else f"punkt {m.group(1)}"
        paras[k].text = f"{n}. {with_label(m.group(2), where)}"
