"""An item's head set in a protocol's margin column beside its title (a typed ledger
protocol: a ruled page with a margin rule, the margin holding the item's number, its
journal number and the clerk's notes beside the underlined title):

    Pkt. 2                          (the margin column, read first)
    J.nr. 01.02.05P16
    Udskr. sendt ØU 09.05.07        (a note: a copy of the decision was sent)
    Plan for stier i byen           (the title, beside the column)
    Tidligere behandling:

The number alone on its line is an item's keyword line, but the title is not the line
below it: the journal number, the clerk's dispatch note and a closed mark ("LUKKET
MØDE") stand between. The head is written again as the items reader knows it: the
case number above the keyword line (as systems print it that set it before the
heading), then the keyword line and the title (after "Lukket møde:" when the margin
closes the item), which may wrap as any title does. The dispatch note (where the
decision was sent, a clerk's bookkeeping) goes. Only where two items or more are
headed so.
"""

from __future__ import annotations

import re

from .item_text import CASE_NUMBER_RE

# "Pkt. 2", "Punkt 2", "Sag nr. 2": the item's keyword and number alone on the line
_KEYWORD_RE = re.compile(r"^(?:Pkt\.?|PKT\.?|Punkt|PUNKT|Sag\s+nr\.?|Dagsordenspunkt)\s*"
                         r"(\d{1,3})\.?$")
# A clerk's note that the decision was sent on: "Udskr. sendt ØU 20.03.06", "Udskrift
# sendt til Økonomiudvalget", "Kopi sendt til TF 21/3"
_DISPATCH_RE = re.compile(r"^(?:udskr(?:ift)?\.?|kopi|beslutning)\s+(?:er\s+)?"
                          r"(?:fremsendt|videresendt|sendt|send|tilsendt)\b.{0,60}$", re.IGNORECASE)
# The margin's closed mark: "LUKKET MØDE", "Lukket punkt", "Fortroligt"
_CLOSED_RE = re.compile(r"^(?:lukket|fortroligt?|ikke\s+offentligt?)(?:\s+(?:møde|punkt|sag))?$",
                        re.IGNORECASE)
_MAX_NOTES = 3  # margin lines between the case number and the title
_MIN_HEADS = 2


def _head(lines: list[str], k: int) -> tuple[list[str], int, int] | None:
    """The head at keyword line `k`: its case lines, the closed mark (or ""), and the
    title's line index; None when line `k` heads no such margin block."""
    at = k + 1
    cases: list[str] = []
    while at < len(lines) and CASE_NUMBER_RE.match(lines[at].strip()):
        cases.append(lines[at].strip())
        at += 1
    if not cases:
        return None
    closed, notes = "", 0
    while at < len(lines) and notes < _MAX_NOTES:
        s = lines[at].strip()
        if _CLOSED_RE.match(s):
            closed = s
        elif not _DISPATCH_RE.match(s):
            break
        at, notes = at + 1, notes + 1
    title = lines[at].strip() if at < len(lines) else ""
    if not title or title.endswith((".", ":")) or _KEYWORD_RE.match(title) or (
            CASE_NUMBER_RE.match(title)) or not title[:1].isupper():
        return None
    return [*cases, closed], at, k


def margin_heads(lines: list[str]) -> list[str]:
    """The lines with each margin head written as case number, keyword line, title;
    the same list when fewer than two items are headed so.

    >>> margin_heads(["Pkt. 1", "J.nr. 00.01.00A01", "Meddelelser", "Beslutning:",
    ...               "Godkendt.", "Pkt. 2", "J.nr. 01.02.05P16", "Udskr. sendt ØU 09.05.07",
    ...               "LUKKET MØDE", "Salg af jord", "Beslutning:", "Godkendt."])
    ... # doctest: +NORMALIZE_WHITESPACE
    ['J.nr. 00.01.00A01', 'Pkt. 1', 'Meddelelser', 'Beslutning:', 'Godkendt.',
     'J.nr. 01.02.05P16', 'Pkt. 2', 'Lukket møde: Salg af jord', 'Beslutning:', 'Godkendt.']
    """
    heads = {}
    for k, line in enumerate(lines):
        m = _KEYWORD_RE.match(line.strip())
        if m and (head := _head(lines, k)):
            heads[k] = head
    if len(heads) < _MIN_HEADS:
        return lines
    out: list[str] = []
    k = 0
    while k < len(lines):
        if k not in heads:
            out.append(lines[k])
            k += 1
            continue
        (*cases, closed), title_at, _ = heads[k]
        title = lines[title_at].strip()
        if closed:
            title = f"{closed.capitalize()}: {title}"
        out += [*cases, lines[k].strip(), title]
        k = title_at + 1
    return out
