"""What a contents list's group headings ("Åbne punkter", "Lukkede punkter") say of the
items listed under them, before the first item: which items are closed. A supplementary
item's lettered number ("5a. Tillægspunkt: …", or "5a." in a PDF's number column read
apart from its titles, "1. 2. 3. 4. 5. 5a. 6.") is listed too, under its printed mark, so
that the items after it, numbered on in reading order, are looked up by their printed
number (`listed_state`), not by the place the lettered item moved them to."""

from __future__ import annotations

import re

from .outline_numbers import unoutlined
from .text_dividers import (
    LISTED_RE,
    document_part_state,
    is_document_part,
    is_group_heading,
    part_state,
)

# A PDF's number column: "1. 2. 3.", "1. 2. 3. 4. 5. 5a. 6."
_NUMBERS_RE = re.compile(r"^(?:\d{1,3}[a-z]?\.\s*)+$")
_NUMBER_RE = re.compile(r"(\d{1,3})([a-z]?)\.")
# A lettered line of the list: "5a. Tillægspunkt: Ansøgning …", "Punkt 5a Ansøgning"
_LETTERED_RE = re.compile(r"^\s*(?:(?:punkt|pkt\.?)\s*)?(\d{1,3})([a-z])[.):]?\s+\S",
                          re.IGNORECASE)
_PRINTED_RE = re.compile(r"^\d{1,3}$")
_PRINTED_LETTERED_RE = re.compile(r"^\d{1,3}[a-z]$")

Listed = dict[int | str, bool]  # item number (or a lettered item's printed mark): closed


def contents_closed(lines: list[str], first: int, opened: int = 0) -> Listed:
    """What a contents list's group headings say of each item number listed under them,
    before the first item: {4: True} for "Lukkede sager" / "4. Personalesag". A group
    numbered from 1 again ("B. Lukkede punkter" / "1. Køb af ejendom" after the open
    items 1-4, listed under a group or under none) goes on from the numbers above it, as
    its items are numbered (`text_items.closed_part`): {5: True}; `opened` unnumbered
    items before item 1 (`unnumbered_items.unnumbered_first`) come before them all. A
    lettered item is listed by its printed mark ("5a").

    >>> contents_closed(["Åbne punkter", "1. Dagsorden", "2. Budget", "Lukkede punkter",
    ...                  "1. Køb af ejendom", "2. Personalesag"], 6)
    {1: False, 2: False, 3: True, 4: True}
    >>> contents_closed(["A. Sager til beslutning", "1. Dagsorden", "2. Budget",
    ...                  "B. Lukkede punkter", "1. Køb af ejendom"], 5)
    {3: True}
    >>> contents_closed(["1. Budget", "2. Regnskab", "Lukket dagsorden", "1. Køb"], 4, 1)
    {4: True}
    >>> contents_closed(["Åbne punkter", "1. 2. 2a. 3.", "Lukkede punkter", "4."], 4)
    {1: False, 2: False, '2a': False, 3: False, 4: True}
    """
    found: Listed = {}
    state: bool | None = None
    offset = top = 0
    lines = unoutlined(lines)  # ("1. A. Sager til afgørelse": a group, no item listed)
    headed = grouped = False  # (a group's heading above, no number listed under it yet)
    for line in lines[:first]:
        s = line.strip()
        if is_group_heading(s) and not s.endswith((".", ":")):
            said = part_state(s)
            state = state if said is None else said
            top = 0 if state is False and not grouped else top  # (an open group: its own)
            headed = grouped = True
            continue
        if is_document_part(s):  # "Tillægsdagsorden": a new part, closed only if it says
            state = document_part_state(s)  # so ("Lukket referat")
            continue
        # (a group saying neither, "B. Sager til orientering", numbers its items too; a
        # PDF's number column read apart from its titles, "1. 2." / "5.", lists each)
        for n, letter in _listed(s):
            if letter:  # (a supplementary item: numbered as the item it follows)
                if state is not None:
                    found[f"{n}{letter}"] = state
                continue
            if headed and 0 < n <= top:
                offset = top
            headed = False
            if state is not None:
                found[opened + offset + n] = state
            top = max(top, offset + n)
    return found


def _listed(line: str) -> list[tuple[int, str]]:
    """The item numbers a contents line lists, each with its letter if any: "4.
    Personalesag" → [(4, "")], "1. 2. 2a." → [(1, ""), (2, ""), (2, "a")]."""
    if _NUMBERS_RE.match(line.strip()):
        return [(int(n), a) for n, a in _NUMBER_RE.findall(line)]
    if m := _LETTERED_RE.match(line):
        return [(int(m.group(1)), m.group(2).lower())]
    return [(int(m.group(1)), "")] if (m := LISTED_RE.match(line)) else []


def listed_state(found: Listed, number: int, label: str, opened: int = 0) -> bool | None:
    """What the contents list says of the item numbered `number` in reading order, whose
    printed mark is `label` ("" when it is its number): an item after a lettered one is
    listed by its printed number ("6", read as item 7), a lettered one by its mark ("5a").

    >>> found = {5: False, "5a": False, 6: False, 7: True}
    >>> listed_state(found, 7, "6"), listed_state(found, 8, "7"), listed_state(found, 6, "5a")
    (False, True, False)
    """
    if _PRINTED_RE.match(label):
        return found.get(int(label) + opened)
    if _PRINTED_LETTERED_RE.match(label):
        return found.get(label)
    return found.get(number)
