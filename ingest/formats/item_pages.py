"""Minutes printed one item a page, each page under a header table that names the item
by a label among the page's facts, its title the first line below the table (no number
of its own):

    Viborg Kommune Teknisk Udvalg
    Mødedato: 17.04.2012 Punkt: 41
    Sagsnr.: 12/1002 Status: Åbent punkt
    Godkendelse af dagsorden
    Beslutning

The "… Punkt: 41" line and the fact lines below it are written as the item's heading the
items reader knows ("41. Godkendelse af dagsorden", a title wrapped onto a line opening
in lower case joined), its facts one a line ("Sagsnr.: 12/1002") and its status alone
("Lukket punkt"), as a status under a title is read. The table repeated atop an item's
continuation page (the same number again) is dropped. Found only where two items or more
are labelled so, their numbers rising; the line above the label (the body's name, the
same on every page) is left to the page furniture."""

from __future__ import annotations

import re

from .running_numbers import running_numbers

# "Mødedato: 17.04.2012 Punkt: 41": the item's number labelled at the end of a line of the
# table's facts, another fact before it (the table's row as one line; a "Punkt: 41" alone
# on its line is a label of the items reader's own)
_NUMBER_LABEL_RE = re.compile(r"^[A-ZÆØÅ][\w.]{1,20}:\s+\S.*?\s(?:Punkt|Pkt\.|Punktnr\.?)"
                              r"\s*:\s*(\d{1,4})\s*$")
# a line of the table's facts: "Sagsnr.: 12/1002 Status: Åbent punkt"
_FACT_LINE_RE = re.compile(r"^[A-ZÆØÅ][\w.]{1,20}:\s+\S")
# where the next fact starts on one line ("… 12/1002 Status: …")
_NEXT_FACT_RE = re.compile(r"\s+(?=[A-ZÆØÅ][\w.]{1,20}:\s)")
_STATUS_RE = re.compile(r"^Status:\s*(.+)$", re.IGNORECASE)
_FACT_LINES = 3  # the most fact lines the table has below the number's


def item_pages(lines: list[str]) -> list[str]:
    """`lines` with each item page's header table written as the item's heading (or its
    first line, numbered by its running line: `running_numbers`)."""
    lines = running_numbers(lines)
    labelled = [(n, int(m.group(1))) for n, ln in enumerate(lines)
                if (m := _NUMBER_LABEL_RE.match(ln.strip()))]
    numbers = [number for _, number in labelled]
    if len(set(numbers)) < 2 or numbers != sorted(numbers):
        return lines
    out = list(lines)
    first = {number: n for n, number in reversed(labelled)}  # (each number's first page)
    for n, number in reversed(labelled):
        end = n + 1
        while end < min(len(lines), n + 1 + _FACT_LINES) and _FACT_LINE_RE.match(
                lines[end].strip()):
            end += 1
        if first[number] != n:
            out[n:end] = []  # (the table again atop the item's next page)
            continue
        title_end = end + 1
        while title_end < len(lines) and lines[title_end].strip()[:1].islower():
            title_end += 1
        title = " ".join(" ".join(ln.split()) for ln in lines[end:title_end])
        facts = [part for ln in lines[n + 1:end] for part in _NEXT_FACT_RE.split(ln.strip())]
        facts = [m.group(1) if (m := _STATUS_RE.match(f)) else f for f in facts]
        out[n:title_end] = [f"{number}. {title}", *facts]
    return out
