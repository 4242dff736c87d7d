"""Markdown minutes (a wiki page, a Git repository's notes) whose items hold only their
case text, every decision standing in one table of the meeting's decisions, after the
items or before them:

    ## 2. Turismestrategi 2025-2028

    ### Indstilling

    Erhverv og Turisme indstiller, at udvalget godkender turismestrategien.

    ## Beslutningsoversigt

    | Pkt. | Sag                | Beslutning              | For         | Imod  | Fraværende |
    |------|--------------------|-------------------------|-------------|-------|------------|
    | 2    | Turismestrategi    | Indstillingen tiltrådt. | A, V, F (4) | Ø (1) |            |

Read as text, the items had no decision (the meeting a dagsorden) and the table, its
rows run together, was the last item's text. A table whose head names the item's
number ("Pkt.", "Punkt", "Nr.") and its decision ("Beslutning", "Udvalgets beslutning")
is such an overview when two or more of its rows' numbers head items of their own
("## 2. Title", "### Punkt 2: Title"). Each row's decision is then written under its
item as the item's own "Beslutning" (a cell's "<br>" a line break), the row's other
cells below it as label lines ("For: A, V, F (4)", "Imod: Ø (1)", "Fraværende: Jonas Bro
(V)"; the title column aside), where the parser reads a decision's votes and absentees;
a line in the item only pointing to the overview ("Se beslutningsoversigten.") goes. An
item that has a decision of its own keeps it. The table goes, with the heading right
above it ("## Beslutningsoversigt").
"""

from __future__ import annotations

import re

from .labels import heading_label
from .text_delimited import column_kind
from .text_sections import section_name

_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")
_RULE_ROW_RE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")
_ITEM_HEADING_RE = re.compile(
    r"^(?P<level>#{1,6})\s+[*_]*\s*(?:(?:punkt|pkt\.?|dagsordens?punkt|sag)\s+(?:nr\.?\s*)?)?"
    r"(?P<number>\d{1,3})\s*(?:[.:)]|\s[–—-])?\s+\S", re.IGNORECASE)
_HEADING_RE = re.compile(r"^(#{1,6})\s+\S")
_BOLD_LINE_RE = re.compile(r"^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$")
_MD_RULE_RE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
# "Se beslutningsoversigten.", "Jf. beslutningsoversigten nedenfor": a pointer, no text
_POINTER_RE = re.compile(r"^\s*[*_]*(?:se|jf\.?)\s+(?:\w+\s+){0,2}\w*oversigt\w*\b[^.]{0,40}"
                         r"\.?[*_]*\s*$", re.IGNORECASE)
_BREAK_RE = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)  # a line break inside a cell
_MIN_MATCHED = 2


def _cells(line: str) -> list[str]:
    """A table row's cells, without their emphasis ("| **Pkt.** | Sag |")."""
    inner = line.strip().removeprefix("|").removesuffix("|")
    return [c.strip().strip("*_").strip() for c in re.split(r"(?<!\\)\|", inner)]


def _table(lines: list[str], i: int) -> tuple[int, list[str], list[list[str]]] | None:
    """The table whose head row is line `i`: where it ends, its heads and its rows."""
    if not (_ROW_RE.match(lines[i]) and i + 1 < len(lines) and _RULE_ROW_RE.match(lines[i + 1])):
        return None
    end = i + 2
    while end < len(lines) and _ROW_RE.match(lines[end]):
        end += 1
    return end, _cells(lines[i]), [_cells(ln) for ln in lines[i + 2:end]]


def _decisions(heads: list[str], rows: list[list[str]]) -> dict[int, list[str]] | None:
    """Each row's decision and its other cells as label lines, by the item's number;
    None when the heads name no number and decision column."""
    kinds = [column_kind(h) for h in heads]
    decided = [k for k, h in enumerate(heads) if section_name(h) == "Beslutning"]
    if "number" not in kinds or not decided:
        return None
    at, said = kinds.index("number"), decided[0]
    out: dict[int, list[str]] = {}
    for cells in rows:
        number = re.fullmatch(r"(\d{1,3})\.?", cells[at] if at < len(cells) else "")
        if not number or said >= len(cells) or not cells[said]:
            continue
        extra = [f"{heads[k]}: {cell}" for k, cell in enumerate(cells[:len(heads)])
                 if cell and k not in (at, said) and kinds[k] not in ("title", "case")]
        out[int(number.group(1))] = [*_BREAK_RE.split(cells[said]), *extra]
    return out


def _item_heads(lines: list[str]) -> dict[int, tuple[int, int]]:
    """The items' headings by number: (line, level) of the first heading numbered so at
    the highest level two or more numbered headings share ("## 2. Title", not a
    numbered sub-heading "### 1. Baggrund" under it)."""
    found = [(int(m.group("number")), k, len(m.group("level")))
             for k, ln in enumerate(lines) if (m := _ITEM_HEADING_RE.match(ln))]
    levels = sorted({level for *_, level in found})
    level = next((lv for lv in levels if sum(f[2] == lv for f in found) >= _MIN_MATCHED), 0)
    heads: dict[int, tuple[int, int]] = {}
    for number, k, lv in found:
        if lv == level:
            heads.setdefault(number, (k, lv))
    return heads


def _decided(lines: list[str]) -> bool:
    """Whether an item's lines hold a decision of their own."""
    for line in lines:
        label = heading_label(line.strip().strip("#*_ ").strip())
        if section_name(line) == "Beslutning" or (label and section_name(label[0]) == "Beslutning"):
            return True
    return False


def _item_end(lines: list[str], start: int, level: int, stop: int) -> int:
    """Where the item headed at `start` ends: the next heading of its level or above, a
    rule, the overview table's place (`stop`) or the text's end."""
    for i in range(start + 1, len(lines)):
        heading = _HEADING_RE.match(lines[i])
        if i == stop or _MD_RULE_RE.match(lines[i]) or (heading and len(heading.group(1)) <= level):
            return i
    return len(lines)


def overview_decisions(text: str) -> str:
    """`text` with an overview table's decisions written under the items they belong to,
    the table left out; unchanged when it has no such table.

    >>> print(overview_decisions('''## 1. Godkendelse af dagsorden
    ... Se beslutningsoversigten.
    ... ## 2. Eventuelt
    ... ## Beslutningsoversigt
    ... | Pkt. | Beslutning | Imod |
    ... |---|---|---|
    ... | 1 | Godkendt. | |
    ... | 2 | Intet. | Ø |'''))
    ## 1. Godkendelse af dagsorden
    <BLANKLINE>
    ### Beslutning
    <BLANKLINE>
    Godkendt.
    <BLANKLINE>
    ## 2. Eventuelt
    <BLANKLINE>
    ### Beslutning
    <BLANKLINE>
    Intet.
    Imod: Ø
    <BLANKLINE>
    """
    lines = text.split("\n")
    for i in range(len(lines)):
        found = _table(lines, i)
        decisions = _decisions(found[1], found[2]) if found else None
        if not decisions:
            continue
        heads = _item_heads(lines)
        if sum(n in heads for n in decisions) < _MIN_MATCHED:
            continue
        return "\n".join(_written(lines, i, found[0], heads, decisions))
    return text


def _written(lines: list[str], first: int, end: int, heads: dict[int, tuple[int, int]],
             decisions: dict[int, list[str]]) -> list[str]:
    """The lines with the table (`lines[first:end]`, and the heading right above it)
    left out and each item's decision written at its end."""
    caption = first
    above = [k for k in range(first) if lines[k].strip()]
    if above and (_HEADING_RE.match(lines[above[-1]]) or _BOLD_LINE_RE.match(lines[above[-1]])) \
            and not _ITEM_HEADING_RE.match(lines[above[-1]]):
        caption = above[-1]
    inserts: dict[int, list[str]] = {}
    dropped = set(range(caption, end))
    for number, (start, level) in heads.items():
        if number not in decisions:
            continue
        stop = _item_end(lines, start, level, caption)
        body = range(start + 1, stop)
        if _decided([lines[k] for k in body]):
            continue
        dropped |= {k for k in body if _POINTER_RE.match(lines[k])}
        last = max((k for k in body if lines[k].strip() and k not in dropped), default=start)
        inserts[last] = ["", f"{'#' * min(level + 1, 6)} Beslutning", "", *decisions[number], ""]
    out = []
    for k, line in enumerate(lines):
        if k not in dropped:
            out.append(line)
        out.extend(inserts.get(k, []))
    return out
