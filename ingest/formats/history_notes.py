"""A case's earlier treatments noted on one labelled line in the item's text, as a table
protocol's Sag cell prints them under the title and the case number:

    Tidligere behandlet: Børne- og Skoleudvalget 03.09.2019, pkt. 6 (temadrøftelse)
    Tidligere behandling: Teknik- og Miljøudvalget 10.01.2023, pkt. 3; Byrådet 26.01.2023, pkt. 11
    Sagsforløb: Børne- og Ungeudvalget
    04.04.2024, pkt. 6

Each entry (a body, a date, perhaps the item's number and a remark in brackets or, after
the number, the decision after a dash: "pkt. 5 – Kriterierne blev godkendt."; several
set apart by ";", a date alone the body's before it again) is an earlier treatment of
the case, the note no section of its own: the case text below it stays the case text.
The note may wrap in a narrow cell (two or three lines joined, a remark in brackets on
the line below it), or stand below its label, one entry a line ("Tidligere behandlet :"
/ "Teknisk Udvalg 11.02.1999, pkt. 12."). A label with anything else after it (a
decision's text, a sentence) is read as before.
"""

from __future__ import annotations

import re
from datetime import date

from referat.danish import parse_date
from referat.domain import Treatment

from .common import committee_name, section_for
from .text_layout import join_wrapped

_LABEL_RE = re.compile(
    r"^(?:tidligere\s+(?:behandling|behandlet|beslutning(?:er)?)|tidl\.\s*behandling|sagsforløb"
    r"|sagens\s+forløb|behandlingsforløb)\s*[:–—-]\s*(?P<rest>\S.*)$", re.IGNORECASE)
# the participle's label alone on its line, its entries one a line below it ("Tidligere
# behandlet :" / "Teknisk Udvalg 11.02.1999, pkt. 12."): a note, where "Tidligere
# behandling" alone heads a section
_ALONE_RE = re.compile(r"^(?:tidligere|tidl\.)\s+behandlet(?:\s+i)?\s*:$", re.IGNORECASE)
_WRAPPED_LINES = 3  # the most lines a note wraps over
# "Teknik- og Miljøudvalget 07.02.2023, pkt. 5 (drøftelse af principper)": a body's name
# (capitalised words and their links), its date, the item's number, a remark
_ENTRY_RE = re.compile(
    r"^(?:(?P<c>[A-ZÆØÅ][\w.-]*(?:\s+(?:[A-ZÆØÅ0-9][\w.-]*|[a-zæøå]+-|og|for|i|med|af))*?)"
    r"\s*,?\s+)?(?:den\s+)?(?P<d>\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s*[a-zæøå]+\s+\d{4})"
    r"(?:\s*,?\s*(?:pkt\.?|punkt|§)\s*(?P<p>\d{1,4})(?:\s+[–—-]\s+(?P<s>[^;]{1,200}?))?)?"
    r"\s*(?:\((?P<t>[^()]{1,80})\))?\s*\.?$")


def _entries(line: str) -> list[Treatment] | None:
    """The treatments a note line names, or None unless it is one, every entry whole.

    >>> [(t.committee, t.date.isoformat(), t.punkt, t.text) for t in _entries(
    ...     "Tidligere behandlet: Byrådet 26.01.2023, pkt. 11 (1. behandling)")]
    [('Byrådet', '2023-01-26', 11, '1. behandling')]
    >>> _entries("Tidligere behandlet: Byrådet den 26.01.2023 – Godkendt.") is None
    True
    >>> [(t.punkt, t.text) for t in _entries("Tidligere behandlet: Byrådet 26.01.2023, pkt. 11 "
    ...                                      "– Godkendt.")]
    [(11, 'Godkendt.')]
    """
    if not (label := _LABEL_RE.match(line.strip())):
        return None
    out = []
    for part in label["rest"].split(";"):
        m = _ENTRY_RE.match(part.strip())
        if not m or not (found := parse_date(m["d"])) or not (m["c"] or out):
            return None  # (a date alone after the first entry: the same body's again)
        body = committee_name(m["c"]) if m["c"] else out[-1].committee
        said = f"{m['s']}." if m["s"] else (m["t"] or "")  # ("pkt. 5 – Godkendt.")
        out.append(Treatment(body, found[0], said.strip(),
                             int(m["p"]) if m["p"] else None))
    return out


# where one entry ends and the next begins when a cell's lines were read side by side:
# after the item's number or its remark in brackets, a body's name next
_RUN_ON_RE = re.compile(r"(?<=[\d)])\s+(?=[A-ZÆØÅ])")


def value_entries(value: str) -> list[Treatment] | None:
    """The treatments a form field's value names ("Teknik- og Miljøudvalget 14.06.2023,
    pkt. 52 Økonomiudvalget 21.06.2023, pkt. 133"), or None unless it is entries alone.

    >>> [(t.committee, t.punkt) for t in value_entries(
    ...     "Kultur- og Fritidsudvalget 09.01.2024, punkt 6 Byrådet 06.02.2024, punkt 4")]
    [('Kultur- og Fritidsudvalget', 6), ('Byrådet', 4)]
    """
    parts = [p for part in value.split(";") for p in _RUN_ON_RE.split(part) if p.strip()]
    return _entries("Tidligere behandlet: " + "; ".join(parts)) if parts else None


def label_only(lines: list[str]) -> bool:
    """Whether a section's text is the participle's label alone ("Tidligere behandlet:"),
    the entries below it read as the case's history (a dated decision a paragraph each,
    "Teknik- og Miljøudvalget den 16. februar 2016, pkt. 5: Udsat."): no section of its own.

    >>> label_only(["Tidligere behandlet:", ""])
    True
    >>> label_only(["Tidligere behandlet:", "Sagen blev drøftet i 2015."])
    False
    """
    text = [ln.strip() for ln in lines if ln.strip()]
    return len(text) == 1 and bool(_ALONE_RE.match(text[0].replace("**", "")))


# a section's label before the note, on its line ("Sagsfremstilling: Tidligere behandlet: …",
# a table's column written as a label line): the label stays, on a line of its own
_LED_RE = re.compile(r"^(?P<label>[A-ZÆØÅ][^:]{2,40}):\s+(?P<note>(?i:tidligere|tidl\.)\s.*)$")


def _led(line: str) -> list[str]:
    m = _LED_RE.match(line.strip())
    if m and section_for(m["label"])[1] and _entries(m["note"]) is not None:
        return [f"{m['label']}:", m["note"]]
    return [line]


def _listed_below(body: list[str], i: int) -> list[Treatment]:
    """The entries standing one a line right below a note's line (a table cell's
    "Tidligere behandlet: BSU 12.03.2025, pkt. 5" / "Byrådet 26.03.2025, pkt. 14"), each a
    body's name and its date, up to the first line that is none."""
    out: list[Treatment] = []
    while i < len(body) and (m := _ENTRY_RE.match(body[i].strip())) and m["c"] and (
            entry := _entries(f"Tidligere behandlet: {body[i].strip()}")):
        out += entry
        i += 1
    return out


def history_notes(body: list[str], day: date | None = None) -> tuple[list[str], list[Treatment]]:
    """The item's lines without its one-line history notes, and the treatments they name.
    A note's entries one a line below its first ("Sagsforløb: Socialudvalget 06.05.2025" /
    "Socialudvalget 03.06.2025" / "Byrådet 23.06.2025") are the note's too, but those
    below it dated the meeting's `day` or after (this treatment, the bodies the case goes on
    to) are no history."""
    body = [part for line in body for part in _led(line)]
    out: list[str] = []
    found: list[Treatment] = []
    i = 0
    while i < len(body):
        line, n = body[i], 1
        entries = _entries(line) if _LABEL_RE.match(line.strip()) else None
        while entries is None and _LABEL_RE.match(body[i].strip()) and n < _WRAPPED_LINES and (
                i + n < len(body) and body[i + n].strip()):
            line, n = join_wrapped(line, body[i + n]), n + 1
            entries = _entries(line)
        if entries is None and _ALONE_RE.match(body[i].strip()):
            while i + n < len(body) and (below := _entries(f"{body[i]} {body[i + n]}")):
                entries, n = [*(entries or []), *below], n + 1
        if entries is None:
            out.append(body[i])
            i += 1
        else:
            remark = body[i + n].strip() if i + n < len(body) else ""
            if re.fullmatch(r"\([^()]{1,80}\)", remark) and not entries[-1].text:
                entries[-1].text, n = remark[1:-1], n + 1  # (its remark wrapped below it)
            below = _listed_below(body, i + n) if _LABEL_RE.match(body[i].strip()) else []
            found += entries + [t for t in below if not (day and t.date and t.date >= day)]
            i += n + len(below)
    return out, found
