"""Minutes written as the agenda followed by one block of what was decided ("DAGSORDEN OG
REFERAT": a council's or a board's agenda sent out, the minutes typed below it after the
meeting), an entry per item:

    Punkt 3: Varmestuen - åbningstider
    Varmestuen har i dag åbent kl. 8-15 på hverdage.

    Punkt 4: Eventuelt

    REFERAT

    Afbud: Jens Okholm

    Ad punkt 3:
    Rådet anbefaler weekendåbning.

    Ad punkt 4:
    Intet.

Read as it stands, the block was the last item's text and the agenda's texts its
decisions. Here each "Ad punkt N:" entry ("Ad pkt. N", "Ad N.") is written under item
N as its "Beslutning:", the agenda's text staying the item's own; the block's lines
before its first entry ("Afbud: …", "Til stede: …") join the meeting's header, and what
follows the last entry ("Referent: …") stays at the text's end. The block is known by
its structure only: a heading line of its own ("REFERAT", "Referat:", "Beslutninger")
after the last item, then two or more entries, in order, each naming an item of the
agenda above it; any other text is returned as it is.
"""

from __future__ import annotations

import re

from .text_items import PLAIN_ITEM_RE

_BLOCK_RE = re.compile(r"^[ \t]*[#*_]*[ \t]*(?:referat|beslutninger|referat af mødet)[ \t]*:?"
                       r"[ \t]*[*_]*[ \t]*$", re.IGNORECASE)
_ENTRY_RE = re.compile(r"^[ \t]*[*_]*(?:Ad|AD)\.?[ \t]+(?:(?i:punkt|pkt\.?)[ \t]*)?(\d{1,3})"
                       r"[ \t]*[:.)]?[*_]*[ \t]*(.*)$")
_MIN_ENTRIES = 2


def _agenda(lines: list[str], end: int) -> dict[int, int]:
    """The agenda's item headings above line `end` by number ("Punkt 3: Title"), each
    number's first; {} when a number heads two lines (a list, not the agenda)."""
    found: dict[int, int] = {}
    for k in range(end):
        if _ENTRY_RE.match(lines[k]) or not (m := PLAIN_ITEM_RE.match(lines[k].strip())):
            continue
        number = int(m.group(1))
        if number in found:
            return {}
        found[number] = k
    return found


def _entries(lines: list[str], start: int) -> list[tuple[int, int]]:
    """The block's entries after line `start`: (number, line) of each, in order."""
    return [(int(m.group(1)), k) for k in range(start + 1, len(lines))
            if (m := _ENTRY_RE.match(lines[k]))]


def ad_entries(text: str) -> str:
    """`text` with a block of "Ad punkt N:" entries after the agenda written under the
    items they answer (see the module's note); unchanged without such a block.

    >>> print(ad_entries("Udvalget\\nPunkt 1: Dagsorden\\nPunkt 2: Eventuelt\\nTekst.\\n"
    ...                  "REFERAT\\nAfbud: Bo\\nAd punkt 1:\\nGodkendt.\\nAd punkt 2: Intet."))
    Udvalget
    Afbud: Bo
    Punkt 1: Dagsorden
    <BLANKLINE>
    Beslutning:
    Godkendt.
    <BLANKLINE>
    Punkt 2: Eventuelt
    Tekst.
    <BLANKLINE>
    Beslutning:
    Intet.
    """
    lines = text.split("\n")
    block = next((k for k in range(len(lines) - 1, -1, -1) if _BLOCK_RE.match(lines[k])), None)
    if block is None:
        return text
    agenda, entries = _agenda(lines, block), _entries(lines, block)
    numbers = [n for n, _ in entries]
    if len(entries) < _MIN_ENTRIES or not agenda or numbers != sorted(set(numbers)) or any(
            n not in agenda for n in numbers):
        return text
    heads = sorted(agenda.values())
    ends = {k: nxt for k, nxt in zip(heads, [*heads[1:], block], strict=True)}
    said = {n: _said(lines, k, nxt) for (n, k), (_, nxt) in zip(
        entries, [*entries[1:], (0, len(lines))], strict=True)}
    out = [*lines[:heads[0]], *lines[block + 1:entries[0][1]]]  # (the block's "Afbud: …")
    for number, k in sorted(agenda.items(), key=lambda a: a[1]):
        item = lines[k:ends[k]]
        while item and not item[-1].strip():
            item.pop()
        out += item + (["", "Beslutning:", *said[number]] if number in said else []) + [""]
    return "\n".join(out).rstrip("\n")


def _said(lines: list[str], k: int, end: int) -> list[str]:
    """Entry `k`'s text up to line `end`: the text after "Ad punkt N:" on its line, then
    the lines below it."""
    rest = _ENTRY_RE.match(lines[k])
    first = [rest.group(2)] if rest and rest.group(2).strip() else []
    body = first + lines[k + 1:end]
    while body and not body[-1].strip():
        body.pop()
    return body
