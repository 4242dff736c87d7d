"""One agenda item's body given as plain text lines (eDoc's item field, a PDF's item):
case number lines, section headings on lines of their own or glued to the following
text, and dated decision headings, of which only the one dated the meeting day is this
meeting's `Beslutning`; the others are case history (`Treatment`s)."""

from __future__ import annotations

import re
from datetime import date

from referat.danish import danish_date
from referat.domain import AgendaItem, Section, Treatment

from .closed_marks import OPEN_MARK_RE, closes
from .common import CASE_TEXT, DECISION, Sections, clean_line, looks_like_heading, section_for
from .dated import dated_decision, other_body
from .reference_lines import REFERENCES, is_reference

CASE_NUMBER_RE = re.compile(
    # (whose number it is, a genitive before the label: "Kommunens sagsnr.: 24/18211")
    r"^(?:(?-i:[A-ZÆØÅ][a-zæøå]+s)\s+(?=(?:sagsnr|sagsnummer|j\.\s?nr|journalnr)))?"
    # (the label first in a neighbour's language, the Danish one after a slash: "Az./J.nr.:")
    r"(?:[^\W\d_]{1,6}\.?\s?/\s?(?=sagsnr|sags nr|sagsnummer|j\.\s?nr|journalnr))?"
    r"(?:sagsnr|sags nr|sagsnummer|sag nr|sags[- ]?id|j\.\s?nr|journalnr|journal nr|"
    r"(?:acadre|sbsys|edoc|workzone|getorganized)[- ]?sag(?:snr|snummer)?|"
    r"emne|sag(?=\s*:))\.?\s*:?\s*"
    # ("Sag: Acadre-sag 24-0122": the system's name before the number)
    r"(?:(?:acadre|sbsys|edoc|workzone|getorganized)[- ]?sag(?:snr)?\.?\s*:?\s*)?"
    r"(?P<n>[A-ZÆØÅ]{0,4}-?[\d][\w./-]*\d)\b"
    # (an older print's KLE subject number before the case's own: "J.nr. 00.01A00 - 12/45")
    r"(?:\s+[-–]\s+(?P<k>\d{2,4}/\d{1,6})\b)?",
    re.IGNORECASE,
)
_KLE_RE = re.compile(r"^\d{2}\.\d{2}")


def own_case_number(m: re.Match[str]) -> str:
    """The case number a `CASE_NUMBER_RE` match names: the case's own after a KLE subject
    number ("00.01A00 - 12/45": "12/45"), else the number as printed.

    >>> own_case_number(CASE_NUMBER_RE.match("J.nr. 00.01A00 - 12/45"))
    '12/45'
    >>> own_case_number(CASE_NUMBER_RE.match("Sagsnr.: 24/8812"))
    '24/8812'
    """
    return m["k"] if m["k"] and _KLE_RE.match(m["n"]) else m["n"]


# A case-number label with a dash in the number's place, as a template prints the field of
# an item without a case ("Godkendelse af dagsorden": "Sagsnr.: –   Åben sag", "Sagsnr.: - |
# Sagsbehandler: … | Åbent punkt"): the item's facts row all the same, its status after it
_NO_CASE_RE = re.compile(r"^(?:sagsnr|sags nr|sagsnummer|sag nr|j\.\s?nr|journalnr|journal nr)"
                         r"\.?\s*:?\s*[-–—]+(?=\s*$|\s{2,}|\s*[|·•]|\s+(?:åben|åbent|lukket)\b)",
                         re.IGNORECASE)  # (not "Sagsnr. - se bilag": a sentence)


def row_case(row: str) -> tuple[str | None, str] | None:
    """The case number an item's facts row opens with (`own_case_number`; None where a
    dash stands for it) and the rest of the row, or None for a row of no case field.

    >>> row_case("Sagsnr.: 24/118  Åben sag"), row_case("Sagsnr.: –  Åben sag")
    (('24/118', '  Åben sag'), (None, '  Åben sag'))
    >>> row_case("Sagsnr. - se bilag") is None, row_case("Godkendt.") is None
    (True, True)
    """
    if m := CASE_NUMBER_RE.match(row):
        return own_case_number(m), row[m.end():]
    return (None, row[m.end():]) if (m := _NO_CASE_RE.match(row)) else None


# A case-number label with no number after it (a closed or procedural item's empty
# field, "Sagsnr.:" in a FirstAgenda print's fact box, or a Word template's "J.nr." line
# left empty under "Eventuelt", its abbreviation's dot ending it): an item's own line all
# the same.
EMPTY_CASE_RE = re.compile(
    r"^(?:sagsnr|sags nr|sagsnummer|sag nr|j\.\s?nr|journalnr|journal nr)(?:\.?\s*:|\.)$",
    re.IGNORECASE)
# A case number on a line of its own, as a publication page prints it under the title:
# "EMN-2025-010561", "21-014482", "12/27845", "24/111"; a span of years alone on its
# line ("2025-2028", "2024/2025") is a wrapped title's end, no case number.
BARE_CASE_RE = re.compile(
    r"^(?!(?:19|20)\d\d[-/](?:19|20)\d\d$)(?:[A-ZÆØÅ]{2,5}-)?\d{2,4}[-/]\d{3,}(?:-\d+)*$")
# An absence label naming nobody ("Følgende deltog ikke i behandlingen af punktet:", "Afbud:")
EMPTY_LABEL_RE = re.compile(
    r"\s*(?:følgende deltog ikke[^\n:]*|afbud|fraværende|afbud/fraværende)\s*:\s*$",
    re.IGNORECASE,
)
# The journal number (KLE) before the system's case number on one row, as an Acadre
# print's grey box gives both: "Journalnr.: 05.01.10-G01-1-18   Sagsnr.: 18/11872   Åbent punkt"
_JOURNAL_BEFORE_CASE_RE = re.compile(r"^(?:journalnr|journal nr|j\.\s?nr)\.?\s*:?\s*\S+\s+"
                                     r"(?=(?:sagsnr|sagsnummer)\.?\s*:)", re.IGNORECASE)


def case_first(line: str) -> str:
    """A row of the item's numbers read from its case number: the system's "Sagsnr." is
    the item's case number, the journal number before it the archive's filing (as
    `head_fields` reads the two on lines of their own).

    >>> case_first("Journalnr.: 05.01.10-G01-1-18  Sagsnr.: 18/11872  Åbent punkt")
    'Sagsnr.: 18/11872  Åbent punkt'
    >>> case_first("J.nr. 01.02.05-P16-9-24")
    'J.nr. 01.02.05-P16-9-24'
    """
    return _JOURNAL_BEFORE_CASE_RE.sub("", line)


# The parts of an item's facts row, as a feed or portal prints it under the title:
# "Kulturudvalget · Møde 04.02.2025 · Sagsnr.: 24/118 · Åbent punkt"
_ROW_PART_RE = re.compile(r"[·•|]")  # (the spaces around stripped after: linear time)
_PART_MAX = 60  # (a part is a fact, never a sentence of the case text)


def fact_row(line: str) -> str:
    """A facts row whose first parts name the body and the meeting before the item's own
    case number or status, read from that number (or status) on; any other line as it is.
    The body and the date are the meeting's, which its head gives already.

    >>> fact_row("Kulturudvalget · Møde 04.02.2025 · Sagsnr.: 24/118 · Åbent punkt")
    'Sagsnr.: 24/118 · Åbent punkt'
    >>> fact_row("Kulturudvalget · Møde 04.02.2025 · Lukket punkt")
    'Lukket punkt'
    >>> fact_row("Prisen er 4 mio. kr. · se bilag")
    'Prisen er 4 mio. kr. · se bilag'
    """
    parts = [part.strip() for part in _ROW_PART_RE.split(line)]
    if len(parts) < 3 or any(len(p) > _PART_MAX for p in parts):
        return line
    k = next((k for k, p in enumerate(parts) if CASE_NUMBER_RE.match(p)
              or _NO_CASE_RE.match(p)), None)
    if k is None and OPEN_MARK_RE.match(parts[-1]):
        k = len(parts) - 1
    return line if not k else " · ".join(parts[k:])


_SKIP_RE = re.compile(r"^(?:dok\.?\s?nr|dokumentnr|sags[- ]?id)\.?\s*:", re.IGNORECASE)
# Headings that PDF/eDoc text glues to the next word: "SammendragDet årlige …".
# (the longer heading first: "Økonomiske konsekvenser og finansieringIngen.")
GLUABLE = ("Sammendrag", "Resumé", "Resume", "Baggrund", "Supplerende sagsfremstilling",
           "Sagsfremstilling", "Sagsbeskrivelse", "Indstilling", "Beslutning", "Bilag",
           "Økonomiske konsekvenser og finansiering", "Økonomiske konsekvenser",
           "Lovgrundlag", "Tidligere behandling", "Beslutningen træffes af")
GLUED_HEADING_RE = re.compile(rf"^({'|'.join(GLUABLE)})(?=[A-ZÆØÅ])(?!{'|'.join(GLUABLE)})")


def _is_heading(line: str) -> bool:
    if not looks_like_heading(line):
        return False
    _, known = section_for(line)
    return known and line.rstrip(":").strip()[:1].isupper()


def item_from_lines(
    number: int, title: str, lines: list[str], meeting_date: date, closed: bool = False,
    committee: str = "",
) -> tuple[AgendaItem, list[str]]:
    """The item, and the headings that looked like headings but are not known. A dated
    decision is this meeting's when it is of the meeting's day and by no other body than
    `committee` (another committee's decision that day is the case's history)."""
    item = AgendaItem(number, title, closed=closed)
    sections = Sections(CASE_TEXT)
    history: list[Treatment] = []
    in_history = referenced = False
    for raw in lines:
        line = clean_line(raw)
        if not line:
            continue
        m = CASE_NUMBER_RE.match(line)
        if m and not item.journal_number:
            item.journal_number = own_case_number(m)
            continue
        if _SKIP_RE.match(line):
            continue
        if is_reference(line) and (referenced or not any(ln for _, ln in sections.parts)):
            if not referenced:  # (the earlier treatments by reference, under the case number)
                sections.heading(REFERENCES)
            referenced = True
            sections.add(line)
            continue
        referenced = False
        if (mark := OPEN_MARK_RE.match(line)) and not any(ln for _, ln in sections.parts):
            item.closed = item.closed or closes(mark)
            continue  # "Lukket punkt" under the title: the item's mark, not its text
        dated = dated_decision(line)
        if dated:
            body, when, punkt = dated
            in_history = when != meeting_date or other_body(body, (committee,))
            if in_history:
                history.append(Treatment(body or "", when, "", punkt))
            else:
                sections.heading(DECISION)
            continue
        glued = GLUED_HEADING_RE.match(line)
        if glued:
            in_history = False
            sections.heading(glued.group(1))
            sections.add(line[glued.end():])
            continue
        if _is_heading(line):
            in_history = False
            sections.heading(line)
            continue
        if in_history:  # (its "Følgende deltog ikke …:" kept over the names it heads)
            history[-1].text = f"{history[-1].text}\n{line}".strip()
        else:
            sections.add(line)
    item.sections = sections.sections()
    for entry in history:  # (an earlier decision's "Følgende deltog ikke …:" naming nobody)
        entry.text = EMPTY_LABEL_RE.sub("", entry.text).strip()
    if history:
        item.history = history
        item.sections.append(Section("Beslutningshistorik", "\n\n".join(
            f"{t.committee or 'Beslutning'} den {danish_date(t.date)}:\n{t.text}"
            for t in history if t.date)))
    return item, sections.unknown
