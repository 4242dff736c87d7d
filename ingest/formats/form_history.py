"""The case's earlier treatments named in an item's form block, the field "Tidligere
behandlet i" among the case number, the case worker and the attachments, whatever the
layout printed it as: a Word table's row, a PDF grid's cell ("Tidligere behandlet i
Teknik- og Miljøudvalget" / "14.06.2023, pkt. 52" / "Økonomiudvalget 21.06.2023, pkt." /
"133"), a web page's definition list (entries a `<br>` apart, read side by side), a
"Label: value" line wrapped onto the lines below it, or a band of labels over their
values. The value's entries (a body, its date, the item's number) are the history; a
value that is not entries alone ("-", "Ikke tidligere behandlet", a sentence) gives
none. The field stays in the item's text, where the form put it."""

from __future__ import annotations

import re
from datetime import date

from referat.domain import AgendaItem, Treatment

from .common import DECISION
from .history_notes import value_entries
from .text_layout import join_wrapped

# the field's label, its value after it on the line or on the lines below it (a colon
# or a cell's edge between them)
_FIELD_RE = re.compile(r"^tidligere\s+behandlet(?:\s+i\b\s*:?|\s*:)\s*(?P<v>.*)$",
                       re.IGNORECASE)
_NEXT_LABEL_RE = re.compile(r"^[A-ZÆØÅ][^\s:]*(?:\s+\S+){0,2}\s*:")  # ("Bilag: …")
_VALUE_LINES = 8  # the most lines a wrapped value runs over


def form_history(item: AgendaItem, day: date | None = None) -> list[Treatment]:
    """The entries of the item's "Tidligere behandlet i" field (none dated after the
    meeting's `day`), from the first field whose value is entries alone."""
    for section in item.sections:
        if section.name == DECISION:
            continue
        lines = section.text.split("\n")
        for k, line in enumerate(lines):
            if (m := _FIELD_RE.match(line.strip())) and (found := _field_value(
                    m["v"], lines[k + 1:k + 1 + _VALUE_LINES])):
                return [t for t in found if not (day and t.date and t.date > day)]
    return []


def _field_value(first: str, below: list[str]) -> list[Treatment] | None:
    """The entries of the longest run of the value's lines that reads as entries alone
    (the lines up to the next label; a line break may have left a blank line between
    two entries)."""
    run = [first] if first.strip() else []
    for line in below:
        if _NEXT_LABEL_RE.match(line.strip()):
            break
        run += [line] if line.strip() else []
    for n in range(len(run), 0, -1):
        text = run[0]
        for line in run[1:n]:
            text = join_wrapped(text, line)
        if found := value_entries(text):
            return found
    return None
