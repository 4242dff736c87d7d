"""A case's earlier treatment printed as a body-and-date line over a "Beslutning:" line
(an Acadre protocol's treatment of each meeting; a FirstAgenda print's or a WorkZone page's
"Tidligere behandlinger", a heading and its paragraph; a Word template's "Tidligere
behandling:" entry "Udvalget den 4. maj 2009, sag nr. 7:" over "Afgørelse: …"): joined into
one dated decision,
which `text_item_body` reads as the case's history when it is of another day."""

from __future__ import annotations

import re

from referat.danish import DANISH_MONTHS

from .common import clean_line
from .dated import BODY, dated_decision

# "Børne- og Uddannelsesudvalget, 05-02-2019" on its line above "Beslutning: Udsat …" (an
# Acadre protocol's treatment of each meeting): the date in figures, which alone stays text;
# the earlier item's number after it ("Teknik- og Miljøudvalget, 13-08-2024, punkt 4", a
# FirstAgenda print's "Tidligere behandlinger"); a Word template's without the comma and
# with a heading's colon ("Bestyrelsen for X 23.09.2020, punkt 4:"); or the date written
# out ("Kultur- og Fritidsudvalget, 8. maj 2024, pkt. 3", a mailed agenda's; closed by a full
# stop, "…, 7. juni 2022, pkt. 6.", as docling keeps a line's)
_MONTHS = "|".join(DANISH_MONTHS)
_BODY_COMMA_FIGURES_RE = re.compile(rf"^(?P<h>{BODY}(?:\s+for\s+(?-i:[A-ZÆØÅ])[^,:]{{1,60}}?)?)"
                                    rf",?\s+(?:den\s+)?(?P<d>\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}}|"
                                    rf"\d{{1,2}}\.\s*(?i:{_MONTHS})\s+\d{{4}})"
                                    r"(?P<p>,\s*(?:punkt|pkt\.|sag\s+nr\.)\s*\d+)?\s*[:.]?$")
# (a template that names the decision "Afgørelse": "Afgørelse: Udsat.")
_DECISION_LABEL_RE = re.compile(r"^\**(?:Beslutning|Afgørelse)\**\s*:\s*(?P<t>\S.*)$",
                                re.IGNORECASE)
_HEAD_LENGTH = 160  # a dated heading is shorter than this
_BARE_DECISION_LABEL_RE = re.compile(r"^\**(?:Beslutning|Afgørelse)\s*:\**$", re.IGNORECASE)
# A body's recommendation named as a step above its dated entry, no text of the entry above
_STEP_HEADING_RE = re.compile(rf"^{BODY}s\s+(?i:indstilling)\s*:?$")


def labelled_treatments(lines: list[str]) -> list[str]:
    """The lines with each body-and-date line that stands above a "Beslutning:" line
    joined to it as one dated decision ("Børne- og Uddannelsesudvalget, 05-02-2019" /
    "Beslutning: Udsat …" → "Børne- og Uddannelsesudvalget den 05-02-2019: Udsat …"), so
    that a treatment of another day is read as the case's history (also with a blank line
    between them, a web page's heading and its paragraph, and with the label over its
    text); a body's step named
    above its dated entry ("Økonomiudvalgets indstilling") is left out, no text of the
    entry before it.

    >>> labelled_treatments(["Byrådet, 05-02-2019", "Beslutning: Udsat.", "Tekst"])
    ['Byrådet den 05-02-2019: Udsat.', 'Tekst']
    >>> labelled_treatments(["Byrådet, 05-02-2019, punkt 4", "Beslutning: Udsat."])
    ['Byrådet den 05-02-2019, punkt 4: Udsat.']
    >>> labelled_treatments(["Byrådet, 8. maj 2024, pkt. 3", "Beslutning: Godkendt."])
    ['Byrådet den 8. maj 2024, pkt. 3: Godkendt.']
    >>> labelled_treatments(["Byrådet, 7. juni 2022, pkt. 6.", "", "Beslutning: Udsat."])
    ['Byrådet den 7. juni 2022, pkt. 6: Udsat.']
    >>> labelled_treatments(["Byrådet, 05-02-2019", "", "Beslutning: Udsat."])
    ['Byrådet den 05-02-2019: Udsat.']
    >>> labelled_treatments(["Byrådet, 05-02-2019", "Beslutning:", "Udsat."])
    ['Byrådet den 05-02-2019: Udsat.']
    >>> labelled_treatments(["Teknisk Udvalg den 4. maj 2009, sag nr. 7:", "Afgørelse: Udsat."])
    ['Teknisk Udvalg den 4. maj 2009, sag nr. 7: Udsat.']
    >>> labelled_treatments(["Bestyrelsen for Egnens Brand 23.09.2020, punkt 4:", "",
    ...                      "Beslutning: Udsat."])
    ['Bestyrelsen for Egnens Brand den 23.09.2020, punkt 4: Udsat.']
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        if stacked := _stacked_head(lines[k]):
            out += stacked  # ("Beslutning: Byrådet den 5. maj 2020:" / its text / …)
            k += 1
            continue
        if _STEP_HEADING_RE.match(clean_line(lines[k]).replace("*", "")) and (
                dated_decision(next((n for n in lines[k + 1:] if n.strip()), ""))):
            k += 1  # ("Økonomiudvalgets indstilling" over "Økonomiudvalget den …, pkt. 2:")
            continue
        head = _BODY_COMMA_FIGURES_RE.match(clean_line(lines[k]))
        below = _filled_after(lines, k)
        label = _DECISION_LABEL_RE.match(lines[below].strip()) if head and below < len(
            lines) else None
        if head and not label and below < len(lines) and _BARE_DECISION_LABEL_RE.match(
                lines[below].strip()) and (text := _filled_after(lines, below)) < len(lines):
            label = _DECISION_LABEL_RE.match(f"Beslutning: {lines[text].strip()}")
            below = text  # ("Beslutning:" / "Anbefales.": the label over its text)
        if head and label:
            out.append(f"{head['h']} den {head['d']}{head['p'] or ''}: {label['t']}")
            k = below + 1
            continue
        out.append(lines[k])
        k += 1
    return out


def _stacked_head(line: str) -> list[str]:
    """A decision's label whose text opens with a dated decision's heading, as a Word
    template's "Beslutning" cell stacks the case's treatments, each body's dated heading
    over its text, this meeting's last ("Beslutning: Byrådet den 5. maj 2020:" / "Udsat."
    / "Byrådet den 2. juni 2020:" / …): the label and the heading on lines of their own,
    so the first treatment is read as history as the others are; [] for any other line.

    >>> _stacked_head("Beslutning: Teknisk Udvalg den 4. maj 2020:")
    ['Beslutning', 'Teknisk Udvalg den 4. maj 2020:']
    >>> _stacked_head("Beslutning: Godkendt den 4. maj 2020.")
    []
    """
    label = _DECISION_LABEL_RE.match(line.strip())
    head = label["t"].strip() if label else ""
    if head.endswith(":") and len(head) < _HEAD_LENGTH and dated_decision(head):
        return ["Beslutning", head]
    return []


def _filled_after(lines: list[str], k: int) -> int:
    """The first line after line `k` with text, or `len(lines)`."""
    return next((n for n in range(k + 1, len(lines)) if lines[n].strip()), len(lines))
