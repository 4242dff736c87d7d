"""A decision protocol that gives its decisions once, in a summary table on its front
page, before the items' own texts (which then have none):

    BESLUTNINGSOVERSIGT

    Pkt.  Sag                                   Beslutning
    1     Godkendelse af dagsorden              Godkendt.
    3     Salg af grund, Industrivej 14         Anbefales. Ø stemte
                                                imod.

    SAGSFREMSTILLINGER

    1. Godkendelse af dagsorden
    Indstilling …

Each row's decision (the column under "Beslutning", wrapped lines joined) is the
decision of the item of that number, when the item's own text has none.
"""

from __future__ import annotations

import re

from referat.domain import AgendaItem, Section

# "Pkt.  Sag  Beslutning": the table's head, its columns apart by spaces
HEAD_RE = re.compile(r"^\s*(?:pkt\.?|punkt|nr\.?)\s+(?:sag|emne|titel|overskrift)\s+"
                     r"(?P<d>beslutning\w*|afgørelse)\s*$", re.IGNORECASE)
_ROW_RE = re.compile(r"^\s*(\d{1,4})\.?\s+\S")
_GAP_RE = re.compile(r"\S(\s{2,})(?=\S)")


def summary_decisions(lines: list[str]) -> dict[int, str]:
    """The decision of each numbered row of the first summary table in `lines`, by the
    item's number: `{3: 'Anbefales. Ø stemte imod.'}`; empty when there is none."""
    head = next((k for k, ln in enumerate(lines) if HEAD_RE.match(ln)), None)
    if head is None:
        return {}
    column = HEAD_RE.match(lines[head]).start("d")
    rows: dict[int, list[str]] = {}
    number = None
    for line in lines[head + 1:]:
        if not line.strip():
            if rows:  # (a blank line after the rows ends the table)
                break
            continue
        m = _ROW_RE.match(line)
        if m:
            number = int(m.group(1))
            rows[number] = [_cell(line, column)]
        elif number is not None and len(line) - len(line.lstrip()) >= column - 2:
            rows[number].append(line.strip())  # the decision wrapped in its column
        elif number is None:
            break
    return {n: " ".join(p for p in parts if p) for n, parts in rows.items() if any(parts)}


def _cell(line: str, column: int) -> str:
    """The row's text from the gap nearest the head's decision column on."""
    gaps = [m.end(1) for m in _GAP_RE.finditer(line)]
    if not gaps:
        return ""
    start = min(gaps, key=lambda g: abs(g - column))
    return line[start:].strip() if abs(start - column) <= 8 else ""


def attach_decisions(items: list[AgendaItem], decisions: dict[int, str]) -> None:
    """Each item without a decision of its own gets its row's decision."""
    for item in items:
        text = decisions.get(item.number)
        if text and not item.decision:
            item.sections.append(Section("Beslutning", text))
