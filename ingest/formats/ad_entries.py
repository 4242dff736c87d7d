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
its structure only: a heading line of its own ("REFERAT", "Referat:", "Beslutninger",
"Beslutningsprotokol") after the last item, then two or more entries, in order, each
naming an item of the agenda above it; any other text is returned as it is. The agenda
is its keyword headings ("Punkt 3: Title"), or else the items the item finder reads
above the block (numbered "3. Title" headings after a contents list). An entry may
also repeat its item's heading ("Sag 3 – Title", the title the agenda's) over the
decision's own label ("Beslutning: …"), as a protocol signs each decision apart; the
signatures under it ("Underskrifter:" and the names) are no part of the decision.
"""

from __future__ import annotations

import re

from .labels import heading_label
from .text_items import PLAIN_ITEM_RE, find_items
from .text_sections import section_name

_BLOCK_RE = re.compile(r"^[ \t]*[#*_]*[ \t]*(?:referat|beslutninger|beslutningsprotokol|"
                       r"referat af mødet)[ \t]*:?"
                       r"[ \t]*[*_]*[ \t]*$", re.IGNORECASE)
_ENTRY_RE = re.compile(r"^[ \t]*[*_]*(?:Ad|AD)\.?[ \t]+(?:(?i:punkt|pkt\.?)[ \t]*)?(\d{1,3})"
                       r"[ \t]*[:.)]?[*_]*[ \t]*(.*)$")
_MIN_ENTRIES = 2
# the signatures under a signed decision: "Underskrifter:" and the names below it
_SIGNED_RE = re.compile(r"^[ \t]*(?:underskrift(?:er)?|underskrevet af)[ \t]*:", re.IGNORECASE)


def _agenda(lines: list[str], end: int) -> dict[int, tuple[int, str]]:
    """The agenda's item headings above line `end` by number ("Punkt 3: Title"), each
    number's first, with its title; when a number heads two lines (a list, not the
    agenda) or none is a keyword's, the items the item finder reads there."""
    found: dict[int, tuple[int, str]] = {}
    for k in range(end):
        if _ENTRY_RE.match(lines[k]) or not (m := PLAIN_ITEM_RE.match(lines[k].strip())):
            continue
        number = int(m.group(1))
        if number in found:
            found = {}
            break
        found[number] = (k, m.group(2))
    if found:
        return found
    starts = find_items(lines[:end], False)
    if len({s.number for s in starts}) != len(starts):
        return {}
    return {s.number: (s.line, s.title) for s in starts}


def _entries(lines: list[str], start: int,
             agenda: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """The block's entries after line `start`: (number, line) of each, in order; "Ad
    punkt N:" lines, else lines repeating an agenda item's heading when none of the
    agenda's items holds a decision of its own."""
    said = [(int(m.group(1)), k) for k in range(start + 1, len(lines))
            if (m := _ENTRY_RE.match(lines[k]))]
    if said or not agenda or any(_decision_label(ln) for ln in lines[
            min(k for k, _ in agenda.values()):start]):
        return said  # (items with decisions of their own: a second meeting follows)
    return [(int(m.group(1)), k) for k in range(start + 1, len(lines))
            if (m := PLAIN_ITEM_RE.match(lines[k].strip()))
            and _same_title(m.group(2), agenda.get(int(m.group(1))))]


def _decision_label(line: str) -> bool:
    """A decision's heading or label ("Beslutning", "Udvalgets beslutning: …")."""
    label = heading_label(line) if line.strip() else None
    return bool(label) and section_name(label[0]) == "Beslutning"


def _same_title(title: str, item: tuple[int, str] | None) -> bool:
    """An entry's title is its agenda item's (one holds the other: "Køb af areal" under
    "LUKKET SAG – Køb af areal")."""
    if item is None:
        return False
    mine, theirs = (" ".join(t.lower().split()) for t in (title, item[1]))
    return bool(mine and theirs) and (mine in theirs or theirs in mine)


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
    agenda = _agenda(lines, block)
    entries = _entries(lines, block, agenda)
    numbers = [n for n, _ in entries]
    if len(entries) < _MIN_ENTRIES or not agenda or numbers != sorted(set(numbers)) or any(
            n not in agenda for n in numbers):
        return text
    heads = sorted(k for k, _ in agenda.values())
    ends = {k: nxt for k, nxt in zip(heads, [*heads[1:], block], strict=True)}
    said = {n: _said(lines, k, nxt) for (n, k), (_, nxt) in zip(
        entries, [*entries[1:], (0, len(lines))], strict=True)}
    out = [*lines[:heads[0]], *lines[block + 1:entries[0][1]]]  # (the block's "Afbud: …")
    for number, (k, _) in sorted(agenda.items(), key=lambda a: a[1]):
        item = lines[k:ends[k]]
        while item and not item[-1].strip():
            item.pop()
        out += item
        if number in said:  # (an entry's own label: "Beslutning: Godkendt.")
            labelled = heading_label(next((ln for ln in said[number] if ln.strip()), ""))
            out += ["", *([] if labelled else ["Beslutning:"]), *said[number]]
        out += [""]
    return "\n".join(out).rstrip("\n")


def _said(lines: list[str], k: int, end: int) -> list[str]:
    """Entry `k`'s text up to line `end`: the text after "Ad punkt N:" on its line, then
    the lines below it."""
    rest = _ENTRY_RE.match(lines[k])
    first = [rest.group(2)] if rest and rest.group(2).strip() else []
    body = first + lines[k + 1:end]
    signed = next((j for j, line in enumerate(body) if _SIGNED_RE.match(line)), len(body))
    body = body[:signed]
    while body and not body[-1].strip():
        body.pop()
    return body
