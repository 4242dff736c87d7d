"""A case history's own label written before the earlier meeting it names, on one line:
"Tidligere behandling i Teknik- og Miljøudvalget den 07-05-2025" (a Word heading),
"TIDL. BEHANDLING Plan- og Miljøudvalget 12.05.2025: Sagen udsættes." (a print's label
column run into its text), "Tidligere behandling – Ældrerådet 15.05.2025" (a Markdown
note's callout title). The label says what the entry is; the body is what follows it.
"""

from __future__ import annotations

import re
from datetime import date

from referat.danish import parse_date

from .common import committee_name

# "Tidligere behandling i", "Tidl. behandling:", "Tidligere behandling –", before a body's
# name (a capital letter); a portal's "Behandlet i" heading an earlier treatment the same way
_LABEL_RE = re.compile(r"^(?:(?i:tidligere|tidl\.)\s+(?i:behandling|behandlet|beslutning)"
                       r"(?:\s+(?i:i|af)\b|\s*[:–—-])?|(?i:behandlet)\s+i)\s+(?=[A-ZÆØÅ])")
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
_BOLD_LINE_RE = re.compile(r"^(?:\*\*|__)([^*_].*?)(?:\*\*|__)?$")  # (its end cut off)
# what the label heads: a body and a date ("Ældrerådet 15.05.2025", "Byrådet, 3. juni 2025")
_ENTRY_RE = re.compile(r"^(?P<c>[A-ZÆØÅ][^,:]{2,80}?)\s*[,–—-]?\s+(?:den\s+)?"
                       r"(?P<d>\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s*[a-zæøå]+\s+\d{4})"
                       r"\s*:?$")


def without_heading_marks(line: str) -> str:
    """The line without a Markdown heading's marks ("### Beslutning i Byrådet den …"), or
    the bold around the whole line that stands for a heading where a PDF's converter
    writes no "#" ("**Beslutning i Byrådet den 04-03-2019**", or its closing marks already
    taken off with a heading's)."""
    return _BOLD_LINE_RE.sub(r"\1", _MD_HEADING_RE.sub("", line.strip()))


def without_history_label(line: str) -> str:
    """The line without a case history's label at its start; any other line as it is.

    >>> without_history_label("Tidligere behandling i Børneudvalget den 03-03-2025")
    'Børneudvalget den 03-03-2025'
    >>> without_history_label("TIDL. BEHANDLING Byrådet 12.05.2025: Udsat.")
    'Byrådet 12.05.2025: Udsat.'
    >>> without_history_label("Tidligere behandling")
    'Tidligere behandling'
    """
    return _LABEL_RE.sub("", line, count=1)


def labelled_entry(line: str) -> tuple[str, date, None] | None:
    """(body, date, None) of a line that a case history's label heads and that names only
    a body and a date after it, however they are set apart (a dash, a comma, a space);
    None for any other line.

    >>> labelled_entry("Tidligere behandling – Seniorrådet 14.04.2025")
    ('Seniorrådet', datetime.date(2025, 4, 14), None)
    >>> labelled_entry("Behandlet i Seniorrådet 14.04.2025")
    ('Seniorrådet', datetime.date(2025, 4, 14), None)
    >>> labelled_entry("Seniorrådet 14.04.2025") is None
    True
    """
    line = without_heading_marks(line)  # ("### Tidligere behandling – …", a callout's title)
    rest = without_history_label(line)
    if rest == line or not (m := _ENTRY_RE.match(rest)) or not (found := parse_date(m["d"])):
        return None
    return committee_name(m["c"]), found[0], None
